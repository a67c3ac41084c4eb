# Konti, som en virksomhed selv styrer: brugere, links pr. e-mail, virksomhedsoplysninger.

account-admin-only = Det kan kun en administrator i din virksomhed. Bed en af jeres administratorer om hjælp, eller bed dem gøre dig til administrator.
account-signup-check-mail = Næsten færdig: vi har sendt dig en e-mail med et link, der bekræfter din adresse. Åbn det, og log derefter ind med din e-mailadresse og adgangskode.
account-too-many = { $count ->
    [one] For mange forsøg. Af hensyn til sikkerheden: vent { $count } minut, og prøv igen.
   *[other] For mange forsøg. Af hensyn til sikkerheden: vent { $count } minutter, og prøv igen.
}
account-signin-unverified = Bekræft først din e-mailadresse via linket i den e-mail, vi sendte. Indtil da kan du ikke logge ind.
account-signin-wrong = E-mailadressen eller adgangskoden er forkert.
account-verify-resend = Send bekræftelseslinket igen
account-verify-resent = Hvis adressen venter på bekræftelse, er et nyt link på vej. Tidligere links virker ikke længere.
account-verified = Din e-mailadresse er bekræftet. Nu kan du logge ind.
account-forgot-link = Glemt adgangskoden?
account-to-signin = Log ind
account-forgot-title = Nulstil adgangskoden
account-forgot-lead = Indtast den e-mailadresse, du logger ind med. Vi sender dig et link, hvor du vælger en ny adgangskode.
account-forgot-send = Send linket
account-reset-sent = Hvis der findes en konto med denne adresse, har vi sendt et link til at vælge en ny adgangskode. Linket virker én gang, i én time.
account-reset-title = Vælg en ny adgangskode
account-reset-lead = For { $email }. Alle enheder, der er logget ind med den gamle adgangskode, bliver logget ud.
account-reset-done = Din nye adgangskode er gemt, og alle andre enheder er logget ud. Log ind med den nye adgangskode.
account-invitation-title = Slut dig til dine kolleger
account-invitation-lead = Du er inviteret til { $company }s konto på CrossClaim. Angiv dit navn, og vælg en adgangskode.
account-invitation-done = Velkommen! Din konto er klar. Log ind med din e-mailadresse og den adgangskode, du valgte.
account-label-your-name = Dit navn
account-label-new-password = Ny adgangskode
account-hint-password = Mindst 10 tegn.
account-password-save = Gem adgangskoden
account-link-dead-title = Linket virker ikke længere
account-link-dead = Linket er allerede brugt, er udløbet eller er erstattet af et nyere. Bed om et nyt link, fx via "Glemt adgangskoden?".
account-error-current-password = Nuværende adgangskode: det er ikke din nuværende adgangskode.
account-error-email = E-mail: indtast en gyldig e-mailadresse, fx anna@example.com.
account-error-name = Dit navn: indtast dit navn.
account-error-role = Rolle: vælg administrator eller medlem.
account-error-email-taken = E-mail: adressen har allerede en konto på CrossClaim.
account-password-changed = Din adgangskode er ændret. Alle andre enheder er logget ud.
account-you-title = Dig
account-member-note = Du er medlem: du opretter og følger sager. Kolleger, API-nøgler, notifikationer og virksomhedsoplysninger styres af jeres administratorer.
account-email-title = E-mailadresse
account-email-lead = Vi sender et link til den nye adresse. Adressen skifter, når du åbner linket; indtil da logger du ind med den nuværende.
account-label-new-email = Ny e-mailadresse
account-label-current-password = Nuværende adgangskode
account-email-send = Skift e-mailadresse
account-email-sent = Vi har sendt et bekræftelseslink til { $email }. Adressen skifter, når du åbner det.
account-email-changed = Din e-mailadresse er nu { $email }.
account-email-taken = Adressen tilhører en anden konto på CrossClaim og kan derfor ikke blive din. Din adresse er uændret.
account-key-revoked = API-nøglen er tilbagekaldt; forespørgsler med den afvises fra nu af.
account-saved = Gemt
account-users-title = Kolleger
account-users-lead = Alle her logger ind på virksomhedens konto med egen e-mailadresse og egen adgangskode. Sagens historik viser, hvem der gjorde hvad.
account-users-roles = Administratorer styrer kolleger, API-nøgler, notifikationer og virksomhedsoplysninger, også bankkontoen. Medlemmer opretter og følger sager.
account-label-name = Navn
account-label-email = E-mail
account-label-role = Rolle
account-role-admin = Administrator
account-role-member = Medlem
account-users-you = dig
account-users-pending = inviteret
account-users-change-role = Skift
account-users-remove = Fjern
account-users-invite-title = Invitér en kollega
account-users-invite = Send invitation
account-invited = Invitation sendt til { $email }. Linket i den virker én gang, i 7 dage.
account-role-changed = Rollen er ændret.
account-user-removed = Kollegaen er fjernet og logget ud overalt. Historikken bevarer navnet.
account-last-admin = Virksomheden skal have mindst én administrator. Gør først en anden til administrator.
account-company-title = Virksomhedsoplysninger
account-company-lead = Inkassopartneren får disse oplysninger med hver sag fra nu af: hvem I er, hvem de kan kontakte, og hvortil det inddrevne skal udbetales.
account-company-address = Adresse
account-company-contact = Kontaktperson for partneren
account-company-payout = Bankkonto til udbetalinger
account-company-payout-hint = Hertil udbetaler partnerne det, de inddriver for jer. Angiv IBAN og BIC for samme bank.
account-label-company-name = Virksomhedsnavn
account-label-registration = CVR-nummer
account-label-country = Land
account-hint-country = Hvor virksomheden er registreret
account-label-address = Adresse
account-label-postal-code = Postnummer
account-label-city = By
account-label-contact-name = Navn
account-label-contact-email = E-mail
account-label-contact-phone = Telefon
account-label-iban = IBAN
account-label-bic = BIC (SWIFT)
account-save = Gem
account-by = af { $name }
account-company-saved = Virksomhedsoplysningerne er gemt. Partnerne får dem med hver sag fra nu af.
account-error-company-name = Virksomhedsnavn: indtast virksomhedens navn.
account-error-registration = CVR-nummer: højst 64 tegn.
account-error-country = Land: vælg virksomhedens land på listen.
account-error-address = Adresse: én linje på højst 200 tegn.
account-error-postal-code = Postnummer: én linje på højst 200 tegn.
account-error-city = By: én linje på højst 200 tegn.
account-error-contact-name = Kontaktpersonens navn: én linje på højst 200 tegn.
account-error-contact-email = Kontaktpersonens e-mail: indtast en gyldig e-mailadresse, fx anna@example.com.
account-error-contact-phone = Kontaktpersonens telefon: skriv nummeret med cifre, mellemrum og evt. + foran, fx +45 33 12 34 56.
account-error-iban = IBAN: det er ikke et gyldigt IBAN. Kontrollér landekoden, kontrolcifrene og længden.
account-error-iban-missing = IBAN: angiv det IBAN, der hører til BIC'en.
account-error-bic-shape = BIC: en BIC har 8 eller 11 bogstaver og cifre, fx DABADKKK eller DEUTDEFF500.
account-error-bic-country = BIC: femte og sjette bogstav skal være en landekode, fx DK eller DE.
account-error-bic-missing = BIC: angiv BIC for den bank, der fører kontoen.
account-error-bic-mismatch = BIC: bankens land passer ikke med IBAN'ens land.

account-signin-title = Log ind
account-label-password = Adgangskode
account-signin-no-account = Ingen konto endnu?
account-signin-create = Opret en
account-signup-title = Opret en konto
account-signup-lead = For virksomheder, der har solgt til udlandet og ikke fået betaling. Jeres virksomhedsoplysninger følger med hver sag til inkassopartneren. Vi sender et link, der bekræfter din e-mailadresse; du logger ind, når den er bekræftet.
account-label-registration-long = CVR-nummer
account-hint-registration = Som i dit lands virksomhedsregister
account-label-company-country = Virksomhedens land
account-signup-submit = Opret konto
account-signup-have-account = Har du allerede en konto?
account-title = Konto
account-api-keys-title = API-nøgler
account-api-keys-empty = Ingen API-nøgler endnu.
account-api-keys-create = Opret API-nøgle
account-api-keys-revoke = Tilbagekald
account-label-label = Navn
account-notifications-title = E-mailnotifikationer
account-password-title = Adgangskode
account-password-lead = Når du skifter adgangskode, bliver du logget ud alle andre steder: på andre computere, telefoner og browsere.
account-password-change = Skift adgangskode

account-company-email = Adresse til notifikationer
account-api-keys-lead = Jeres økonomisystem kan oprette og følge sager via JSON-API'et med en API-nøgle, der sendes som
account-api-keys-first = En første forespørgsel, der ikke kræver nøgle:
account-api-keys-new = Din nye nøgle. Kopiér den nu: den vises kun denne ene gang.
account-api-keys-prefix = Nøglen starter med
account-api-keys-created = Oprettet
account-notifications-lead = Vi skriver til { $email }, når:
account-notify-requests = en partner beder jer om oplysninger
account-notify-money = penge inddrives eller udbetales til jer
account-notify-closed = en sag afsluttes

account-mail-footer = CrossClaim · grænseoverskridende inkasso for virksomheder. Hvis du ikke ventede denne e-mail, kan du se bort fra den.
account-mail-verify-subject = Bekræft din e-mailadresse til CrossClaim
account-mail-verify-body = Hej

    Bekræft din e-mailadresse ved at åbne dette link:

    { $link }

    { $hours ->
        [one] Linket virker én gang, i { $hours } time.
       *[other] Linket virker én gang, i { $hours } timer.
    } Indtil du har bekræftet, kan du ikke logge ind.
account-mail-exists-subject = Nogen forsøgte at oprette en CrossClaim-konto med din adresse
account-mail-exists-body = Hej

    Nogen forsøgte at oprette en ny konto på CrossClaim med denne e-mailadresse. Adressen har allerede en konto, så intet er ændret.

    Var det dig? Log ind her: { $signin }
    Glemt adgangskoden? Vælg en ny her: { $forgot }
account-mail-reset-subject = Vælg en ny adgangskode til CrossClaim
account-mail-reset-body = Hej

    Åbn dette link for at vælge en ny adgangskode:

    { $link }

    { $hours ->
        [one] Linket virker én gang, i { $hours } time.
       *[other] Linket virker én gang, i { $hours } timer.
    } Hvis du ikke bad om det, kan du se bort fra denne e-mail: din adgangskode er uændret.
account-mail-invite-subject = { $company } inviterer dig til CrossClaim
account-mail-invite-body = Hej

    { $inviter } inviterer dig til { $company }s konto på CrossClaim, hvor virksomheden opretter og følger sine grænseoverskridende inkassosager.

    Åbn linket for at angive dit navn og vælge en adgangskode:

    { $link }

    { $days ->
        [one] Linket virker én gang, i { $days } dag.
       *[other] Linket virker én gang, i { $days } dage.
    }
account-mail-email-subject = Bekræft din nye e-mailadresse til CrossClaim
account-mail-email-body = Hej

    Åbn dette link for at gøre dette til din e-mailadresse på CrossClaim:

    { $link }

    { $hours ->
        [one] Linket virker én gang, i { $hours } time.
       *[other] Linket virker én gang, i { $hours } timer.
    } Indtil da gælder din gamle adresse.

## The country field of sign-up and company details.

account-choose-country = Vælg et land
account-error-password-short = Brug mindst { $count } tegn
account-error-password-long = Brug højst { $count } tegn
