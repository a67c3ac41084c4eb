
## What is wrong with a field of a form, said on the page in its language.

errors-summary-title =
    { $count ->
        [one] Ret dette felt
       *[other] Ret disse { $count } felter
    }
errors-required = Feltet skal udfyldes
errors-too-long = Højst { $max } tegn; her er der { $len }
errors-control-characters = Indeholder kontroltegn
errors-hidden-character = Indeholder et usynligt tegn eller et tekstretningstegn ({ $code }); skriv teksten uden det
errors-email-invalid = “{ $value }” er ikke en gyldig e-mailadresse
errors-phone-invalid = Skriv nummeret med cifre, mellemrum og evt. + først, f.eks. +45 33 12 34 56
errors-country-empty = Vælg skyldnerens land
errors-country-alpha3 = “{ $value }” er en kode på tre bogstaver; vælg landet på listen ({ $code })
errors-country-unknown = “{ $value }” er ikke et land, vi kender; vælg et på listen
errors-language-unknown = “{ $value }” er ikke et sprog, vi kender; vælg et på listen
errors-currency-empty = Angiv en valutakode, f.eks. DKK eller EUR
errors-currency-unknown = “{ $value }” er ikke en valutakode efter ISO 4217
errors-currency-not-for-invoices = { $code } er ikke en valuta, fakturaer betales i
errors-currency-superseded = { $code } er erstattet af { $by }; angiv beløbet i { $by }
errors-amount-empty = Angiv det udestående beløb
errors-amount-not-positive = Beløbet skal være større end nul
errors-amount-too-precise = For mange decimaler: beløb i { $currency } har højst { $places }
errors-amount-too-large = Beløbet er større, end platformen modtager
errors-street-required = Angiv vejnavn og nummer
errors-no-invoice = Tilføj mindst én forfalden faktura
errors-invoice-twice = Faktura { $number } står der to gange
errors-date-empty = Angiv en dato
errors-date-invalid = Dette er ikke en dato
errors-date-implausible = Datoen er ikke sandsynlig; kontrollér året
errors-date-future = Datoen ligger ude i fremtiden
errors-due-before-issue = Forfaldsdatoen ligger før fakturadatoen
errors-not-overdue = Fakturaen er ikke forfalden endnu: den forfalder { $due }; opret sagen efter den dag
errors-one-currency = Alle fakturaer i en sag skal være i samme valuta; den første er i { $first }

## Error pages.

errors-page-title-not-found = Siden blev ikke fundet
errors-page-title-forbidden = Ingen adgang
errors-page-title-too-large = For stor
errors-page-title-unavailable = Tjenesten er optaget
errors-page-title-media-type = Formular forventet
errors-page-title-bad-request = Formularen kunne ikke læses
errors-page-title-too-many = For mange forsøg
errors-page-title-internal = Noget gik galt
errors-page-not-found = Siden findes ikke, eller den hører ikke til din konto.
errors-page-sign-in = Log ind først.
errors-page-csrf = Formularen er udløbet eller kom ikke fra dette websted. Gå tilbage, genindlæs siden og send den igen.
errors-page-too-large = Formularen er for stor til at blive modtaget.
errors-page-unavailable = Tjenesten er optaget lige nu. Prøv igen om et øjeblik.
errors-page-media-type = Denne adresse modtager kun formularer sendt fra vores sider.
errors-page-bad-form = Formularen kunne ikke læses. Gå tilbage, genindlæs siden og send den igen.
errors-page-internal = Noget gik galt hos os. Fejlen er logget; prøv igen.
errors-page-home = Til forsiden

# No licensed partner for a country (routing)
errors-no-partner = Vi har endnu ingen godkendt partner i { $country }, så vi kan ikke modtage krav mod skyldnere der
errors-no-law-firm-disputed = Vi har intet godkendt advokatfirma i { $country }; et omtvistet krav kræver en advokat
errors-no-law-firm-reserved = Vi har intet godkendt advokatfirma i { $country }; der må kun advokater inddrive for andre
errors-no-partner-terms = Ingen godkendt partner i { $country } modtager et krav på { $principal }
