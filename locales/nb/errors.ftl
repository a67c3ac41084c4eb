
## What is wrong with a field of a form, said on the page in its language.

errors-summary-title =
    { $count ->
        [one] Rett opp dette feltet
       *[other] Rett opp disse { $count } feltene
    }
errors-required = Feltet må fylles ut
errors-too-long = Høyst { $max } tegn; her er det { $len }
errors-control-characters = Inneholder kontrolltegn
errors-hidden-character = Inneholder et usynlig tegn eller et tekstretningstegn ({ $code }); skriv teksten uten det
errors-email-invalid = «{ $value }» er ikke en gyldig e-postadresse
errors-phone-invalid = Skriv nummeret med sifre, mellomrom og eventuelt + først, f.eks. +47 22 12 34 56
errors-country-empty = Velg skyldnerens land
errors-country-alpha3 = «{ $value }» er en kode på tre bokstaver; velg landet i listen ({ $code })
errors-country-unknown = «{ $value }» er ikke et land vi kjenner; velg et fra listen
errors-language-unknown = «{ $value }» er ikke et språk vi kjenner; velg et fra listen
errors-currency-empty = Oppgi en valutakode, f.eks. NOK eller EUR
errors-currency-unknown = «{ $value }» er ikke en valutakode etter ISO 4217
errors-currency-not-for-invoices = { $code } er ikke en valuta fakturaer betales i
errors-currency-superseded = { $code } er erstattet av { $by }; oppgi beløpet i { $by }
errors-amount-empty = Oppgi det utestående beløpet
errors-amount-not-positive = Beløpet må være større enn null
errors-amount-too-precise = For mange desimaler: beløp i { $currency } har høyst { $places }
errors-amount-too-large = Beløpet er større enn plattformen tar imot
errors-street-required = Oppgi gateadressen
errors-no-invoice = Legg til minst én forfalt faktura
errors-invoice-twice = Faktura { $number } er oppført to ganger
errors-date-empty = Oppgi en dato
errors-date-invalid = Dette er ikke en dato
errors-date-implausible = Datoen er ikke sannsynlig; sjekk året
errors-date-future = Datoen ligger fram i tid
errors-due-before-issue = Forfallsdatoen er før fakturadatoen
errors-not-overdue = Fakturaen har ikke forfalt ennå: den forfaller { $due }; registrer kravet etter den dagen
errors-one-currency = Alle fakturaer i ett krav må være i samme valuta; den første er i { $first }
