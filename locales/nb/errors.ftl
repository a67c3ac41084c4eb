
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

## Error pages.

errors-page-title-not-found = Fant ikke siden
errors-page-title-forbidden = Ingen tilgang
errors-page-title-too-large = For stort
errors-page-title-unavailable = Tjenesten er opptatt
errors-page-title-media-type = Forventet et skjema
errors-page-title-bad-request = Skjemaet kunne ikke leses
errors-page-title-too-many = For mange forsøk
errors-page-title-internal = Noe gikk galt
errors-page-not-found = Siden finnes ikke, eller den tilhører ikke kontoen din.
errors-page-sign-in = Logg inn først.
errors-page-csrf = Skjemaet er utløpt eller kom ikke fra dette nettstedet. Gå tilbake, last inn siden på nytt og send det igjen.
errors-page-too-large = Skjemaet er for stort til å bli tatt imot.
errors-page-unavailable = Tjenesten er opptatt akkurat nå. Prøv igjen om litt.
errors-page-media-type = Denne adressen tar bare imot skjemaer sendt fra sidene våre.
errors-page-bad-form = Skjemaet kunne ikke leses. Gå tilbake, last inn siden på nytt og send det igjen.
errors-page-internal = Noe gikk galt hos oss. Feilen er logget; prøv igjen.
errors-page-home = Til forsiden

# No licensed partner for a country (routing)
errors-no-partner = Vi har ennå ingen lisensiert partner i { $country }, så vi kan ikke ta imot krav mot skyldnere der
errors-no-law-firm-disputed = Vi har ikke noe lisensiert advokatfirma i { $country }; et omtvistet krav trenger en advokat
errors-no-law-firm-reserved = Vi har ikke noe lisensiert advokatfirma i { $country }; der er inndriving for andre forbeholdt advokater
errors-no-partner-terms = Ingen lisensiert partner i { $country } tar imot et krav på { $principal }
