# Kontoer et selskap styrer selv: brukere, lenker på e-post, selskapsopplysninger.

account-admin-only = Dette kan bare en administrator i selskapet ditt gjøre. Be en av administratorene om hjelp, eller be dem gjøre deg til administrator.
account-signup-check-mail = Nesten ferdig: vi har sendt deg en e-post med en lenke som bekrefter adressen din. Åpne den, og logg deretter inn med e-postadressen og passordet ditt.
account-too-many = { $count ->
    [one] For mange forsøk. Av hensyn til sikkerheten: vent { $count } minutt og prøv igjen.
   *[other] For mange forsøk. Av hensyn til sikkerheten: vent { $count } minutter og prøv igjen.
}
account-signin-unverified = Bekreft først e-postadressen din med lenken i e-posten vi sendte. Inntil da kan du ikke logge inn.
account-signin-wrong = E-postadressen eller passordet er feil.
account-verify-resend = Send bekreftelseslenken på nytt
account-verify-resent = Hvis adressen venter på bekreftelse, er en ny lenke på vei. Tidligere lenker virker ikke lenger.
account-verified = E-postadressen din er bekreftet. Nå kan du logge inn.
account-forgot-link = Glemt passordet?
account-to-signin = Logg inn
account-forgot-title = Tilbakestill passordet
account-forgot-lead = Skriv inn e-postadressen du logger inn med. Vi sender deg en lenke der du velger et nytt passord.
account-forgot-send = Send lenken
account-reset-sent = Hvis det finnes en konto med denne adressen, har vi sendt en lenke for å velge nytt passord. Lenken virker én gang, i én time.
account-reset-title = Velg et nytt passord
account-reset-lead = For { $email }. Alle enheter som er logget inn med det gamle passordet, blir logget ut.
account-reset-done = Det nye passordet er lagret, og alle andre enheter er logget ut. Logg inn med det nye passordet.
account-invitation-title = Bli med kollegene dine
account-invitation-lead = Du er invitert til kontoen til { $company } på CrossClaim. Oppgi navnet ditt og velg et passord.
account-invitation-done = Velkommen! Kontoen din er klar. Logg inn med e-postadressen din og passordet du valgte.
account-label-your-name = Navnet ditt
account-label-new-password = Nytt passord
account-hint-password = Minst 10 tegn.
account-password-save = Lagre passordet
account-link-dead-title = Lenken virker ikke lenger
account-link-dead = Lenken er allerede brukt, har utløpt eller er erstattet av en nyere. Be om en ny lenke, for eksempel med «Glemt passordet?».
account-error-current-password = Nåværende passord: dette er ikke det nåværende passordet ditt.
account-error-email = E-post: skriv inn en gyldig e-postadresse, for eksempel anna@example.com.
account-error-name = Navnet ditt: skriv inn navnet ditt.
account-error-role = Rolle: velg administrator eller medlem.
account-error-email-taken = E-post: adressen har allerede en konto på CrossClaim.
account-password-changed = Passordet ditt er endret. Alle andre enheter er logget ut.
account-you-title = Deg
account-member-note = Du er medlem: du registrerer og følger saker. Kolleger, API-nøkler, varsler og selskapsopplysninger styres av administratorene deres.
account-email-title = E-postadresse
account-email-lead = Vi sender en lenke til den nye adressen. Adressen endres når du åpner lenken; inntil da logger du inn med den nåværende.
account-label-new-email = Ny e-postadresse
account-label-current-password = Nåværende passord
account-email-send = Endre e-postadresse
account-email-sent = Vi har sendt en bekreftelseslenke til { $email }. Adressen endres når du åpner den.
account-email-changed = E-postadressen din er nå { $email }.
account-email-taken = Adressen tilhører en annen konto på CrossClaim og kan derfor ikke bli din. Adressen din er uendret.
account-key-revoked = API-nøkkelen er trukket tilbake; forespørsler med den avvises fra nå av.
account-saved = Lagret
account-users-title = Kolleger
account-users-lead = Alle her logger inn på selskapets konto med egen e-postadresse og eget passord. Sakshistorikken viser hvem som gjorde hva.
account-users-roles = Administratorer styrer kolleger, API-nøkler, varsler og selskapsopplysninger, også bankkontoen. Medlemmer registrerer og følger saker.
account-label-name = Navn
account-label-email = E-post
account-label-role = Rolle
account-role-admin = Administrator
account-role-member = Medlem
account-users-you = deg
account-users-pending = invitert
account-users-change-role = Endre
account-users-remove = Fjern
account-users-invite-title = Inviter en kollega
account-users-invite = Send invitasjon
account-invited = Invitasjon sendt til { $email }. Lenken i den virker én gang, i 7 dager.
account-role-changed = Rollen er endret.
account-user-removed = Kollegaen er fjernet og logget ut overalt. Historikken beholder navnet.
account-last-admin = Selskapet trenger minst én administrator. Gjør først noen andre til administrator.
account-company-title = Selskapsopplysninger
account-company-lead = Inkassopartneren får disse opplysningene med hver sak fra nå av: hvem dere er, hvem de kan kontakte og hvor det innkrevde skal utbetales.
account-company-address = Adresse
account-company-contact = Kontaktperson for partneren
account-company-payout = Bankkonto for utbetalinger
account-company-payout-hint = Hit betaler partnerne ut det de krever inn for dere. Oppgi IBAN og BIC for samme bank.
account-label-company-name = Selskapsnavn
account-label-registration = Organisasjonsnummer
account-label-country = Land
account-hint-country = Der selskapet er registrert
account-label-address = Gateadresse
account-label-postal-code = Postnummer
account-label-city = Poststed
account-label-contact-name = Navn
account-label-contact-email = E-post
account-label-contact-phone = Telefon
account-label-iban = IBAN
account-label-bic = BIC (SWIFT)
account-save = Lagre
account-by = av { $name }
account-company-saved = Selskapsopplysningene er lagret. Partnerne får dem med hver sak fra nå av.
account-error-company-name = Selskapsnavn: skriv inn selskapets navn.
account-error-registration = Organisasjonsnummer: høyst 64 tegn.
account-error-country = Land: velg selskapets land fra listen.
account-error-address = Gateadresse: én linje på høyst 200 tegn.
account-error-postal-code = Postnummer: én linje på høyst 200 tegn.
account-error-city = Poststed: én linje på høyst 200 tegn.
account-error-contact-name = Kontaktpersonens navn: én linje på høyst 200 tegn.
account-error-contact-email = Kontaktpersonens e-post: skriv inn en gyldig e-postadresse, for eksempel anna@example.com.
account-error-contact-phone = Kontaktpersonens telefon: skriv nummeret med sifre, mellomrom og eventuelt + først, f.eks. +47 22 12 34 56.
account-error-iban = IBAN: dette er ikke et gyldig IBAN. Kontroller landkoden, kontrollsifrene og lengden.
account-error-iban-missing = IBAN: oppgi IBAN-en som hører til BIC-en.
account-error-bic-shape = BIC: en BIC har 8 eller 11 bokstaver og sifre, for eksempel DNBANOKK eller DEUTDEFF500.
account-error-bic-country = BIC: femte og sjette bokstav må være en landkode, for eksempel NO eller DE.
account-error-bic-missing = BIC: oppgi BIC for banken som har kontoen.
account-error-bic-mismatch = BIC: bankens land stemmer ikke med landet til IBAN-en.

account-signin-title = Logg inn
account-label-password = Passord
account-signin-no-account = Ingen konto ennå?
account-signin-create = Opprett en
account-signup-title = Opprett en konto
account-signup-lead = For selskaper som har solgt til utlandet og ikke fått betalt. Selskapsopplysningene følger med hver sak til inkassopartneren. Vi sender en lenke som bekrefter e-postadressen din; du logger inn når den er bekreftet.
account-label-registration-long = Organisasjonsnummer
account-hint-registration = Som i foretaksregisteret i ditt land
account-label-company-country = Selskapets land
account-signup-submit = Opprett konto
account-signup-have-account = Har du allerede en konto?
account-title = Konto
account-api-keys-title = API-nøkler
account-api-keys-empty = Ingen API-nøkler ennå.
account-api-keys-create = Opprett API-nøkkel
account-api-keys-revoke = Trekk tilbake
account-label-label = Navn
account-notifications-title = E-postvarsler
account-password-title = Passord
account-password-lead = Når du endrer passordet, blir du logget ut alle andre steder: på andre datamaskiner, telefoner og nettlesere.
account-password-change = Endre passord

account-company-email = Adresse for varsler
account-api-keys-lead = Økonomisystemet deres kan registrere og følge saker via JSON-API-et med en API-nøkkel, som sendes som
account-api-keys-first = En første forespørsel som ikke trenger nøkkel:
account-api-keys-new = Den nye nøkkelen din. Kopier den nå: den vises bare denne ene gangen.
account-api-keys-prefix = Nøkkelen starter med
account-api-keys-created = Opprettet
account-notifications-lead = Vi skriver til { $email } når:
account-notify-requests = en partner ber dere om opplysninger
account-notify-money = penger kreves inn eller utbetales til dere
account-notify-closed = en sak avsluttes

account-mail-footer = CrossClaim · grenseoverskridende inkasso for bedrifter. Hvis du ikke ventet denne e-posten, kan du se bort fra den.
account-mail-verify-subject = Bekreft e-postadressen din for CrossClaim
account-mail-verify-body = Hei,

    bekreft e-postadressen din ved å åpne denne lenken:

    { $link }

    { $hours ->
        [one] Lenken virker én gang, i { $hours } time.
       *[other] Lenken virker én gang, i { $hours } timer.
    } Før du har bekreftet, kan du ikke logge inn.
account-mail-exists-subject = Noen prøvde å opprette en CrossClaim-konto med adressen din
account-mail-exists-body = Hei,

    noen prøvde å opprette en ny konto på CrossClaim med denne e-postadressen. Adressen har allerede en konto, så ingenting er endret.

    Var det deg? Logg inn her: { $signin }
    Glemt passordet? Velg et nytt her: { $forgot }
account-mail-reset-subject = Velg et nytt passord for CrossClaim
account-mail-reset-body = Hei,

    åpne denne lenken for å velge et nytt passord:

    { $link }

    { $hours ->
        [one] Lenken virker én gang, i { $hours } time.
       *[other] Lenken virker én gang, i { $hours } timer.
    } Hvis du ikke ba om dette, kan du se bort fra e-posten: passordet ditt er uendret.
account-mail-invite-subject = { $company } inviterer deg til CrossClaim
account-mail-invite-body = Hei,

    { $inviter } inviterer deg til kontoen til { $company } på CrossClaim, der selskapet registrerer og følger sine grenseoverskridende inkassosaker.

    Åpne lenken for å oppgi navnet ditt og velge et passord:

    { $link }

    { $days ->
        [one] Lenken virker én gang, i { $days } dag.
       *[other] Lenken virker én gang, i { $days } dager.
    }
account-mail-email-subject = Bekreft den nye e-postadressen din for CrossClaim
account-mail-email-body = Hei,

    åpne denne lenken for å gjøre dette til e-postadressen din på CrossClaim:

    { $link }

    { $hours ->
        [one] Lenken virker én gang, i { $hours } time.
       *[other] Lenken virker én gang, i { $hours } timer.
    } Inntil da gjelder den gamle adressen.

## The country field of sign-up and company details.

account-choose-country = Velg et land
account-error-password-short = Bruk minst { $count } tegn
account-error-password-long = Bruk høyst { $count } tegn
