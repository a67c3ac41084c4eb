## Det skyldneren læser: de skriftlige påmindelser og bekræftelsen af et betalingstilsagn.
## Nummerér aldrig en påmindelse (det fortæller skyldneren, at der kommer flere).

letters-reminder-subject = Betalingspåmindelse: faktura { $invoices } fra { $creditor }
letters-notice-subject = Inkassovarsel: faktura { $invoices } fra { $creditor }
letters-greeting = Til { $debtor }
letters-reminder-intro = { $count ->
    [one] Ifølge vores bogføring er følgende faktura fra { $creditor } endnu ikke betalt. Den kan være blevet overset, og vi tillader os derfor venligst at minde om betalingen.
   *[other] Ifølge vores bogføring er følgende fakturaer fra { $creditor } endnu ikke betalt. De kan være blevet overset, og vi tillader os derfor venligst at minde om betalingen.
}
letters-reminder-pay-by = Vi beder jer venligst betale hele beløbet senest { $date }.
letters-reminder-crossed = Hvis jeres betaling har krydset denne meddelelse, kan I se bort fra den. Tak for betalingen.
letters-notice-intro = { $count ->
    [one] Trods vores påmindelse er følgende faktura fra { $creditor } fortsat ubetalt. Vi skal hermed kræve betaling af hele beløbet nedenfor.
   *[other] Trods vores påmindelse er følgende fakturaer fra { $creditor } fortsat ubetalte. Vi skal hermed kræve betaling af hele beløbet nedenfor.
}
letters-notice-pay-by = Betalingen skal være os i hænde senest { $date }.
letters-notice-agency = Har vi ikke modtaget betaling inden da, overdrager vi uden yderligere varsel kravet til { $agency } (tilladelse: { $licence }), et autoriseret inkassobureau i jeres land.
letters-notice-no-agency = Har vi ikke modtaget betaling inden da, overdrager vi uden yderligere varsel kravet til et autoriseret inkassobureau i jeres land.
letters-notice-costs = I skal da også betale lovbestemte morarenter, indtil betaling sker, samt kompensation for inddrivelsesomkostninger på { $compensation }.
letters-notice-costs-by-law = I skal da også betale lovbestemte morarenter, indtil betaling sker, samt kompensation for inddrivelsesomkostninger efter loven.
letters-invoice-line = Faktura { $number } af { $issued }, forfaldsdato { $due }: { $amount }
letters-col-invoice = Faktura
letters-col-issued = Fakturadato
letters-col-due = Forfaldsdato
letters-col-outstanding = Udestående
letters-outstanding = Udestående beløb
letters-interest = Morarenter til og med { $date }
letters-fee = Rykkergebyr
letters-total = I alt at betale
letters-pay-to = Betal til:
letters-reference = Betalingsreference
letters-pay-invoice-details = Benyt betalingsoplysningerne på fakturaen, og angiv fakturanummeret.
letters-respond = Har I allerede betalt, har I brug for mere tid, eller bestrider I kravet? Giv os besked her:
letters-regards = Med venlig hilsen
letters-promise-subject = Bekræftelse af jeres betalingstilsagn til { $creditor }: { $amount } senest { $date }
letters-promise-body = Tak for jeres besked. Vi bekræfter hermed jeres tilsagn: I betaler { $amount } til { $creditor } senest { $date }.
letters-promise-keep = Har vi ikke modtaget betalingen på denne dato, fortsætter vi inddrivelsen uden yderligere varsel.
letters-promise-change = Hvis noget ændrer sig, så giv os besked her:
