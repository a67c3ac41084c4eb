## Det gäldenären läser: de skriftliga påminnelserna och bekräftelsen av ett betalningslöfte.
## Numrera aldrig en påminnelse (det säger gäldenären att fler kommer).

letters-reminder-subject = Betalningspåminnelse: faktura { $invoices } från { $creditor }
letters-notice-subject = Betalningskrav före inkasso: faktura { $invoices } från { $creditor }
letters-greeting = Till { $debtor }
letters-reminder-intro = { $count ->
    [one] Enligt vår bokföring är följande faktura från { $creditor } ännu inte betald. Den har kanske förbisetts, och vi vill därför vänligen påminna er.
   *[other] Enligt vår bokföring är följande fakturor från { $creditor } ännu inte betalda. De har kanske förbisetts, och vi vill därför vänligen påminna er.
}
letters-reminder-pay-by = Vänligen betala hela beloppet senast { $date }.
letters-reminder-crossed = Har er betalning korsat detta meddelande ber vi er bortse från det. Tack för betalningen.
letters-notice-intro = { $count ->
    [one] Trots vår påminnelse är följande faktura från { $creditor } fortfarande obetald. Vi kräver härmed betalning av hela beloppet nedan.
   *[other] Trots vår påminnelse är följande fakturor från { $creditor } fortfarande obetalda. Vi kräver härmed betalning av hela beloppet nedan.
}
letters-notice-pay-by = Betalningen ska vara oss tillhanda senast { $date }.
letters-notice-agency = Har vi inte fått betalt till dess lämnar vi utan ytterligare meddelande över fordran till { $agency } (tillstånd: { $licence }), ett auktoriserat inkassoföretag i ert land.
letters-notice-no-agency = Har vi inte fått betalt till dess lämnar vi utan ytterligare meddelande över fordran till ett auktoriserat inkassoföretag i ert land.
letters-notice-costs = Ni blir då även skyldiga att betala lagstadgad dröjsmålsränta fram till betalningsdagen samt förseningsersättning för indrivningskostnader på { $compensation }.
letters-notice-costs-by-law = Ni blir då även skyldiga att betala lagstadgad dröjsmålsränta fram till betalningsdagen samt förseningsersättning enligt lag.
letters-invoice-line = Faktura { $number } daterad { $issued }, förfallodag { $due }: { $amount }
letters-col-invoice = Faktura
letters-col-issued = Fakturadatum
letters-col-due = Förfallodatum
letters-col-outstanding = Obetalt
letters-outstanding = Obetalt belopp
letters-interest = Dröjsmålsränta till och med { $date }
letters-fee = Påminnelseavgift
letters-total = Totalt att betala
letters-pay-to = Betala till:
letters-reference = Betalningsreferens
letters-pay-invoice-details = Använd betalningsuppgifterna på fakturan och ange fakturanumret.
letters-respond = Har ni redan betalat, behöver ni mer tid eller bestrider ni fordran? Meddela oss här:
letters-regards = Med vänliga hälsningar
letters-promise-subject = Bekräftelse av ert betalningslöfte till { $creditor }: { $amount } senast { $date }
letters-promise-body = Tack för ert besked. Vi bekräftar härmed ert löfte: ni betalar { $amount } till { $creditor } senast { $date }.
letters-promise-keep = Har betalningen inte kommit in senast det datumet fortsätter vi indrivningen utan ytterligare meddelande.
letters-promise-change = Om något ändras, meddela oss här:
