
## What is wrong with a field of a form, said on the page in its language.

errors-summary-title =
    { $count ->
        [one] Rätta det här fältet
       *[other] Rätta de här { $count } fälten
    }
errors-required = Fältet måste fyllas i
errors-too-long = Högst { $max } tecken; här finns { $len }
errors-control-characters = Innehåller styrtecken
errors-hidden-character = Innehåller ett osynligt tecken eller ett textriktningstecken ({ $code }); skriv texten utan det
errors-email-invalid = ”{ $value }” är inte en giltig e-postadress
errors-phone-invalid = Skriv numret med siffror, mellanslag och ett valfritt + först, t.ex. +46 8 123 456 78
errors-country-empty = Välj gäldenärens land
errors-country-alpha3 = ”{ $value }” är en kod med tre bokstäver; välj landet i listan ({ $code })
errors-country-unknown = ”{ $value }” är inget land vi känner till; välj ett i listan
errors-language-unknown = ”{ $value }” är inget språk vi känner till; välj ett i listan
errors-currency-empty = Ange en valutakod, t.ex. SEK eller EUR
errors-currency-unknown = ”{ $value }” är ingen valutakod enligt ISO 4217
errors-currency-not-for-invoices = { $code } är ingen valuta som fakturor betalas i
errors-currency-superseded = { $code } har ersatts av { $by }; ange beloppet i { $by }
errors-amount-empty = Ange det obetalda beloppet
errors-amount-not-positive = Beloppet måste vara större än noll
errors-amount-too-precise = För många decimaler: belopp i { $currency } har högst { $places }
errors-amount-too-large = Beloppet är större än plattformen tar emot
errors-street-required = Ange gatuadressen
errors-no-invoice = Lägg till minst en förfallen faktura
errors-invoice-twice = Faktura { $number } finns med två gånger
errors-date-empty = Ange ett datum
errors-date-invalid = Det här är inget datum
errors-date-implausible = Datumet är inte rimligt; kontrollera året
errors-date-future = Datumet ligger i framtiden
errors-due-before-issue = Förfallodagen ligger före fakturadatumet
errors-not-overdue = Fakturan har inte förfallit än: den förfaller { $due }; registrera ärendet efter den dagen
errors-one-currency = Alla fakturor i ett ärende ska vara i samma valuta; den första är i { $first }

## Error pages.

errors-page-title-not-found = Sidan hittades inte
errors-page-title-forbidden = Åtkomst nekad
errors-page-title-too-large = För stort
errors-page-title-unavailable = Tjänsten är upptagen
errors-page-title-media-type = Formulär förväntades
errors-page-title-bad-request = Formuläret kunde inte läsas
errors-page-title-too-many = För många försök
errors-page-title-internal = Något gick fel
errors-page-not-found = Sidan finns inte, eller så tillhör den inte ditt konto.
errors-page-sign-in = Logga in först.
errors-page-csrf = Formuläret har gått ut eller kom inte från den här webbplatsen. Gå tillbaka, ladda om sidan och skicka det igen.
errors-page-too-large = Formuläret är för stort för att tas emot.
errors-page-unavailable = Tjänsten är upptagen just nu. Försök igen om en liten stund.
errors-page-media-type = Den här adressen tar bara emot formulär som skickas från våra sidor.
errors-page-bad-form = Formuläret kunde inte läsas. Gå tillbaka, ladda om sidan och skicka det igen.
errors-page-internal = Något gick fel hos oss. Felet är loggat; försök igen.
errors-page-home = Till startsidan

# No licensed partner for a country (routing)
errors-no-partner = Vi har ännu ingen licensierad partner i { $country }, så vi kan inte ta emot fordringar mot gäldenärer där
errors-no-law-firm-disputed = Vi har ingen licensierad advokatbyrå i { $country }; en bestridd fordran kräver en jurist
errors-no-law-firm-reserved = Vi har ingen licensierad advokatbyrå i { $country }; där får bara advokater driva in fordringar åt andra
errors-no-partner-terms = Ingen licensierad partner i { $country } tar emot en fordran på { $principal }
