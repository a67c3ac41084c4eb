# Konton som ett företag sköter själv: användare, länkar per e-post, företagsuppgifter.

account-admin-only = Det här kan bara en administratör i ditt företag göra. Be någon av era administratörer om hjälp, eller be dem göra dig till administratör.
account-signup-check-mail = Nästan klart: vi har skickat ett mejl med en länk som bekräftar din adress. Öppna den och logga sedan in med din e-postadress och ditt lösenord.
account-too-many = { $count ->
    [one] För många försök. För din säkerhet: vänta { $count } minut och försök igen.
   *[other] För många försök. För din säkerhet: vänta { $count } minuter och försök igen.
}
account-signin-unverified = Bekräfta först din e-postadress via länken i mejlet vi skickade. Tills dess kan du inte logga in.
account-signin-wrong = E-postadressen eller lösenordet är fel.
account-verify-resend = Skicka bekräftelselänken igen
account-verify-resent = Om adressen väntar på bekräftelse är en ny länk på väg. Tidigare länkar fungerar inte längre.
account-verified = Din e-postadress är bekräftad. Nu kan du logga in.
account-forgot-link = Glömt lösenordet?
account-to-signin = Logga in
account-forgot-title = Återställ lösenordet
account-forgot-lead = Ange e-postadressen du loggar in med. Vi skickar en länk där du väljer ett nytt lösenord.
account-forgot-send = Skicka länken
account-reset-sent = Om det finns ett konto med den här adressen har vi skickat en länk för att välja nytt lösenord. Länken fungerar en gång, i en timme.
account-reset-title = Välj ett nytt lösenord
account-reset-lead = För { $email }. Alla enheter som är inloggade med det gamla lösenordet loggas ut.
account-reset-done = Ditt nya lösenord är sparat och alla andra enheter är utloggade. Logga in med det nya lösenordet.
account-invitation-title = Gå med dina kollegor
account-invitation-lead = Du är inbjuden till { $company }s konto på CrossClaim. Ange ditt namn och välj ett lösenord.
account-invitation-done = Välkommen! Ditt konto är klart. Logga in med din e-postadress och lösenordet du valde.
account-label-your-name = Ditt namn
account-label-new-password = Nytt lösenord
account-hint-password = Minst 10 tecken.
account-password-save = Spara lösenordet
account-link-dead-title = Länken fungerar inte längre
account-link-dead = Länken har redan använts, har gått ut eller har ersatts av en nyare. Be om en ny länk, till exempel via ”Glömt lösenordet?”.
account-error-current-password = Nuvarande lösenord: det här är inte ditt nuvarande lösenord.
account-error-email = E-post: ange en giltig e-postadress, till exempel anna@example.com.
account-error-name = Ditt namn: ange ditt namn.
account-error-role = Roll: välj administratör eller medlem.
account-error-email-taken = E-post: adressen har redan ett konto på CrossClaim.
account-password-changed = Ditt lösenord är ändrat. Alla andra enheter har loggats ut.
account-you-title = Du
account-member-note = Du är medlem: du registrerar och följer ärenden. Kollegor, API-nycklar, aviseringar och företagsuppgifter sköts av era administratörer.
account-email-title = E-postadress
account-email-lead = Vi skickar en länk till den nya adressen. Adressen byts när du öppnar länken; tills dess loggar du in med den nuvarande.
account-label-new-email = Ny e-postadress
account-label-current-password = Nuvarande lösenord
account-email-send = Byt e-postadress
account-email-sent = Vi har skickat en bekräftelselänk till { $email }. Adressen byts när du öppnar den.
account-email-changed = Din e-postadress är nu { $email }.
account-email-taken = Adressen tillhör ett annat konto på CrossClaim och kan därför inte bli din. Din adress är oförändrad.
account-key-revoked = API-nyckeln är återkallad; anrop med den nekas från och med nu.
account-saved = Sparat
account-users-title = Kollegor
account-users-lead = Alla här loggar in på företagets konto med egen e-postadress och eget lösenord. Ärendets historik visar vem som gjorde vad.
account-users-roles = Administratörer sköter kollegor, API-nycklar, aviseringar och företagsuppgifter, även bankkontot. Medlemmar registrerar och följer ärenden.
account-label-name = Namn
account-label-email = E-post
account-label-role = Roll
account-role-admin = Administratör
account-role-member = Medlem
account-users-you = du
account-users-pending = inbjuden
account-users-change-role = Ändra
account-users-remove = Ta bort
account-users-invite-title = Bjud in en kollega
account-users-invite = Skicka inbjudan
account-invited = Inbjudan skickad till { $email }. Länken i den fungerar en gång, i 7 dagar.
account-role-changed = Rollen är ändrad.
account-user-removed = Kollegan är borttagen och utloggad överallt. Historiken behåller namnet.
account-last-admin = Företaget behöver minst en administratör. Gör först någon annan till administratör.
account-company-title = Företagsuppgifter
account-company-lead = Inkassopartnern får de här uppgifterna med varje ärende från och med nu: vilka ni är, vem de kan kontakta och vart det indrivna ska betalas ut.
account-company-address = Adress
account-company-contact = Kontaktperson för partnern
account-company-payout = Bankkonto för utbetalningar
account-company-payout-hint = Hit betalar partnerna ut det de driver in åt er. Ange IBAN och BIC för samma bank.
account-label-company-name = Företagsnamn
account-label-registration = Organisationsnummer
account-label-country = Land
account-hint-country = Där företaget är registrerat
account-label-address = Gatuadress
account-label-postal-code = Postnummer
account-label-city = Ort
account-label-contact-name = Namn
account-label-contact-email = E-post
account-label-contact-phone = Telefon
account-label-iban = IBAN
account-label-bic = BIC (SWIFT)
account-save = Spara
account-by = av { $name }
account-company-saved = Företagsuppgifterna är sparade. Partnerna får dem med varje ärende från och med nu.
account-error-company-name = Företagsnamn: ange företagets namn.
account-error-registration = Organisationsnummer: högst 64 tecken.
account-error-country = Land: välj företagets land i listan.
account-error-address = Gatuadress: en rad på högst 200 tecken.
account-error-postal-code = Postnummer: en rad på högst 200 tecken.
account-error-city = Ort: en rad på högst 200 tecken.
account-error-contact-name = Kontaktpersonens namn: en rad på högst 200 tecken.
account-error-contact-email = Kontaktpersonens e-post: ange en giltig e-postadress, till exempel anna@example.com.
account-error-contact-phone = Kontaktpersonens telefon: skriv numret med siffror, mellanslag och eventuellt ett inledande +, t.ex. +46 8 123 456.
account-error-iban = IBAN: det här är inte ett giltigt IBAN. Kontrollera landskoden, kontrollsiffrorna och längden.
account-error-iban-missing = IBAN: ange det IBAN som hör till BIC-koden.
account-error-bic-shape = BIC: en BIC har 8 eller 11 bokstäver och siffror, till exempel ESSESESS eller DEUTDEFF500.
account-error-bic-country = BIC: femte och sjätte bokstaven måste vara en landskod, till exempel SE eller DE.
account-error-bic-missing = BIC: ange BIC för banken som har kontot.
account-error-bic-mismatch = BIC: bankens land stämmer inte med IBAN-numrets land.

account-signin-title = Logga in
account-label-password = Lösenord
account-signin-no-account = Inget konto än?
account-signin-create = Skapa ett
account-signup-title = Skapa ett konto
account-signup-lead = För företag som sålt utomlands och inte fått betalt. Era företagsuppgifter följer med varje ärende till inkassopartnern. Vi skickar en länk som bekräftar din e-postadress; du loggar in när den är bekräftad.
account-label-registration-long = Organisationsnummer
account-hint-registration = Som i ert lands företagsregister
account-label-company-country = Land där företaget finns
account-signup-submit = Skapa konto
account-signup-have-account = Har du redan ett konto?
account-title = Konto
account-api-keys-title = API-nycklar
account-api-keys-empty = Inga API-nycklar än.
account-api-keys-create = Skapa API-nyckel
account-api-keys-revoke = Återkalla
account-label-label = Namn
account-notifications-title = E-postaviseringar
account-password-title = Lösenord
account-password-lead = När du byter lösenord loggas du ut överallt annars: på andra datorer, telefoner och webbläsare.
account-password-change = Byt lösenord

account-company-email = Adress för aviseringar
account-api-keys-lead = Ert ekonomisystem kan registrera och följa ärenden via JSON-API:t med en API-nyckel, som skickas som
account-api-keys-first = En första förfrågan som inte kräver någon nyckel:
account-api-keys-new = Din nya nyckel. Kopiera den nu: den visas bara den här gången.
account-api-keys-prefix = Nyckeln börjar med
account-api-keys-created = Skapad
account-notifications-lead = Vi mejlar { $email } när:
account-notify-requests = en partner ber er om information
account-notify-money = pengar drivs in eller betalas ut till er
account-notify-closed = ett ärende avslutas

account-mail-footer = CrossClaim · gränsöverskridande inkasso för företag. Om du inte väntade dig det här mejlet kan du bortse från det.
account-mail-verify-subject = Bekräfta din e-postadress för CrossClaim
account-mail-verify-body = Hej,

    bekräfta din e-postadress genom att öppna den här länken:

    { $link }

    { $hours ->
        [one] Länken fungerar en gång, i { $hours } timme.
       *[other] Länken fungerar en gång, i { $hours } timmar.
    } Tills du har bekräftat kan du inte logga in.
account-mail-exists-subject = Någon försökte skapa ett CrossClaim-konto med din adress
account-mail-exists-body = Hej,

    någon försökte skapa ett nytt konto på CrossClaim med den här e-postadressen. Adressen har redan ett konto, så inget har ändrats.

    Var det du? Logga in här: { $signin }
    Glömt lösenordet? Välj ett nytt här: { $forgot }
account-mail-reset-subject = Välj ett nytt lösenord för CrossClaim
account-mail-reset-body = Hej,

    öppna den här länken för att välja ett nytt lösenord:

    { $link }

    { $hours ->
        [one] Länken fungerar en gång, i { $hours } timme.
       *[other] Länken fungerar en gång, i { $hours } timmar.
    } Om du inte bad om det kan du bortse från mejlet: ditt lösenord är oförändrat.
account-mail-invite-subject = { $company } bjuder in dig till CrossClaim
account-mail-invite-body = Hej,

    { $inviter } bjuder in dig till { $company }s konto på CrossClaim, där företaget registrerar och följer sina gränsöverskridande inkassoärenden.

    Öppna länken för att ange ditt namn och välja ett lösenord:

    { $link }

    { $days ->
        [one] Länken fungerar en gång, i { $days } dag.
       *[other] Länken fungerar en gång, i { $days } dagar.
    }
account-mail-email-subject = Bekräfta din nya e-postadress för CrossClaim
account-mail-email-body = Hej,

    öppna den här länken för att göra detta till din e-postadress på CrossClaim:

    { $link }

    { $hours ->
        [one] Länken fungerar en gång, i { $hours } timme.
       *[other] Länken fungerar en gång, i { $hours } timmar.
    } Tills dess gäller din gamla adress.

## The country field of sign-up and company details.

account-choose-country = Välj ett land
account-error-password-short = Använd minst { $count } tecken
account-error-password-long = Använd högst { $count } tecken
