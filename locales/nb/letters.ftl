## Det skyldneren leser: de skriftlige påminnelsene og bekreftelsen av et betalingsløfte.
## Nummerer aldri en påminnelse (det forteller skyldneren at flere kommer).

letters-reminder-subject = Betalingspåminnelse: faktura { $invoices } fra { $creditor }
letters-notice-subject = Inkassovarsel: faktura { $invoices } fra { $creditor }
letters-greeting = Til { $debtor }
letters-reminder-intro = { $count ->
    [one] Ifølge vårt regnskap er følgende faktura fra { $creditor } ennå ikke betalt. Den kan ha blitt oversett, så vi minner vennligst om betalingen.
   *[other] Ifølge vårt regnskap er følgende fakturaer fra { $creditor } ennå ikke betalt. De kan ha blitt oversett, så vi minner vennligst om betalingen.
}
letters-reminder-pay-by = Vennligst betal hele beløpet innen { $date }.
letters-reminder-crossed = Dersom betalingen deres har krysset denne meldingen, kan dere se bort fra den. Takk for betalingen.
letters-notice-intro = { $count ->
    [one] Til tross for vår påminnelse er følgende faktura fra { $creditor } fortsatt ubetalt. Vi krever herved betaling av hele beløpet nedenfor.
   *[other] Til tross for vår påminnelse er følgende fakturaer fra { $creditor } fortsatt ubetalt. Vi krever herved betaling av hele beløpet nedenfor.
}
letters-notice-pay-by = Betalingen må være oss i hende senest { $date }.
letters-notice-agency = Har vi ikke mottatt betaling innen fristen, overlater vi kravet uten ytterligere varsel til { $agency } (bevilling: { $licence }), et autorisert inkassoforetak i deres land.
letters-notice-no-agency = Har vi ikke mottatt betaling innen fristen, overlater vi kravet uten ytterligere varsel til et autorisert inkassoforetak i deres land.
letters-notice-costs = Dere må da også betale lovbestemt forsinkelsesrente frem til betaling skjer, samt standardkompensasjon for inndrivingskostnader på { $compensation }.
letters-notice-costs-by-law = Dere må da også betale lovbestemt forsinkelsesrente frem til betaling skjer, samt kompensasjon for inndrivingskostnader etter loven.
letters-invoice-line = Faktura { $number } datert { $issued }, forfallsdato { $due }: { $amount }
letters-col-invoice = Faktura
letters-col-issued = Fakturadato
letters-col-due = Forfallsdato
letters-col-outstanding = Utestående
letters-outstanding = Utestående beløp
letters-interest = Forsinkelsesrente til og med { $date }
letters-fee = Purregebyr
letters-total = Totalt å betale
letters-pay-to = Betal til:
letters-reference = Betalingsreferanse
letters-pay-invoice-details = Bruk betalingsopplysningene på fakturaen, og oppgi fakturanummeret.
letters-respond = Har dere allerede betalt, trenger dere mer tid, eller bestrider dere kravet? Gi oss beskjed her:
letters-regards = Med vennlig hilsen
letters-promise-subject = Bekreftelse av betalingsløftet deres til { $creditor }: { $amount } innen { $date }
letters-promise-body = Takk for beskjeden. Vi bekrefter herved det dere har lovet: dere betaler { $amount } til { $creditor } innen { $date }.
letters-promise-keep = Har vi ikke mottatt betalingen innen denne datoen, fortsetter vi inndrivingen uten ytterligere varsel.
letters-promise-change = Dersom noe endrer seg, gi oss beskjed her:
