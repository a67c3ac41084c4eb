# Konten, die ein Unternehmen selbst verwaltet: Benutzer, Links per E-Mail, Firmendaten.

account-admin-only = Das kann nur ein Administrator Ihres Unternehmens. Bitten Sie einen Ihrer Administratoren darum oder darum, Sie zum Administrator zu machen.
account-signup-check-mail = Fast geschafft: Wir haben Ihnen eine E-Mail mit einem Link geschickt, mit dem Sie Ihre Adresse bestätigen. Öffnen Sie ihn und melden Sie sich dann mit E-Mail-Adresse und Passwort an.
account-too-many = { $count ->
    [one] Zu viele Versuche. Bitte warten Sie zu Ihrer Sicherheit { $count } Minute und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie zu Ihrer Sicherheit { $count } Minuten und versuchen Sie es dann erneut.
}
account-signin-unverified = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in der E-Mail, die wir Ihnen geschickt haben. Bis dahin ist keine Anmeldung möglich.
account-signin-wrong = E-Mail-Adresse oder Passwort ist falsch.
account-verify-resend = Bestätigungslink erneut senden
account-verify-resent = Wenn diese Adresse noch auf ihre Bestätigung wartet, ist ein neuer Link unterwegs. Frühere Links gelten nicht mehr.
account-verified = Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.
account-forgot-link = Passwort vergessen?
account-to-signin = Anmelden
account-forgot-title = Passwort zurücksetzen
account-forgot-lead = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen.
account-forgot-send = Link senden
account-reset-sent = Wenn zu dieser Adresse ein Konto gehört, haben wir einen Link zum Festlegen eines neuen Passworts geschickt. Der Link gilt einmal und eine Stunde lang.
account-reset-title = Neues Passwort wählen
account-reset-lead = Für { $email }. Alle Geräte, die mit dem alten Passwort angemeldet sind, werden abgemeldet.
account-reset-done = Ihr neues Passwort ist gespeichert, alle anderen Geräte sind abgemeldet. Melden Sie sich mit dem neuen Passwort an.
account-invitation-title = Ihren Kollegen beitreten
account-invitation-lead = Sie sind zum Konto von { $company } bei CrossClaim eingeladen. Nennen Sie Ihren Namen und wählen Sie ein Passwort.
account-invitation-done = Willkommen! Ihr Zugang ist eingerichtet. Melden Sie sich mit Ihrer E-Mail-Adresse und dem gewählten Passwort an.
account-label-your-name = Ihr Name
account-label-new-password = Neues Passwort
account-hint-password = Mindestens 10 Zeichen.
account-password-save = Passwort speichern
account-link-dead-title = Dieser Link gilt nicht mehr
account-link-dead = Der Link wurde bereits verwendet, ist abgelaufen oder wurde durch einen neueren ersetzt. Fordern Sie einen neuen Link an, zum Beispiel über „Passwort vergessen?“.
account-error-current-password = Aktuelles Passwort: Das ist nicht Ihr aktuelles Passwort.
account-error-email = E-Mail: Geben Sie eine gültige E-Mail-Adresse ein, etwa anna@example.com.
account-error-name = Ihr Name: Geben Sie Ihren Namen ein.
account-error-role = Rolle: Wählen Sie Administrator oder Mitglied.
account-error-email-taken = E-Mail: Zu dieser Adresse gibt es bereits ein Konto bei CrossClaim.
account-password-changed = Ihr Passwort wurde geändert. Alle anderen Geräte wurden abgemeldet.
account-you-title = Sie
account-member-note = Sie sind Mitglied: Sie reichen Forderungen ein und verfolgen sie. Kollegen, API-Schlüssel, Benachrichtigungen und Firmendaten verwalten Ihre Administratoren.
account-email-title = E-Mail-Adresse
account-email-lead = Wir schicken einen Link an die neue Adresse. Ihre Adresse ändert sich, sobald Sie ihn öffnen; bis dahin melden Sie sich mit der bisherigen an.
account-label-new-email = Neue E-Mail-Adresse
account-label-current-password = Aktuelles Passwort
account-email-send = E-Mail-Adresse ändern
account-email-sent = Wir haben einen Bestätigungslink an { $email } geschickt. Ihre Adresse ändert sich, sobald Sie ihn öffnen.
account-email-changed = Ihre E-Mail-Adresse lautet jetzt { $email }.
account-email-taken = Diese Adresse gehört zu einem anderen Konto bei CrossClaim und kann daher nicht Ihre werden. Ihre Adresse bleibt unverändert.
account-key-revoked = Der API-Schlüssel wurde widerrufen; Anfragen damit werden ab sofort abgelehnt.
account-saved = Gespeichert
account-users-title = Kollegen
account-users-lead = Alle hier melden sich mit eigener E-Mail-Adresse und eigenem Passwort am Konto Ihres Unternehmens an. Im Verlauf jeder Forderung steht, wer was getan hat.
account-users-roles = Administratoren verwalten Kollegen, API-Schlüssel, Benachrichtigungen und Firmendaten einschließlich der Bankverbindung. Mitglieder reichen Forderungen ein und verfolgen sie.
account-label-name = Name
account-label-email = E-Mail
account-label-role = Rolle
account-role-admin = Administrator
account-role-member = Mitglied
account-users-you = Sie
account-users-pending = eingeladen
account-users-change-role = Ändern
account-users-remove = Entfernen
account-users-invite-title = Kollegen einladen
account-users-invite = Einladung senden
account-invited = Einladung an { $email } gesendet. Der Link darin gilt einmal und 7 Tage lang.
account-role-changed = Die Rolle wurde geändert.
account-user-removed = Der Kollege wurde entfernt und überall abgemeldet. Im Verlauf bleibt sein Name erhalten.
account-last-admin = Ihr Unternehmen braucht mindestens einen Administrator. Machen Sie zuerst jemand anderen zum Administrator.
account-company-title = Firmendaten
account-company-lead = Der Inkassopartner erhält diese Angaben ab jetzt mit jedem Fall: wer Sie sind, wen er ansprechen kann und wohin er das Eingezogene auszahlt.
account-company-address = Anschrift
account-company-contact = Ansprechpartner für den Inkassopartner
account-company-payout = Bankverbindung für Auszahlungen
account-company-payout-hint = Hierhin zahlen die Partner aus, was sie für Sie einziehen. Geben Sie IBAN und BIC derselben Bank an.
account-label-company-name = Firmenname
account-label-registration = Registernummer
account-label-country = Land
account-hint-country = Wo Ihr Unternehmen eingetragen ist
account-label-address = Straße und Hausnummer
account-label-postal-code = Postleitzahl
account-label-city = Ort
account-label-contact-name = Name
account-label-contact-email = E-Mail
account-label-contact-phone = Telefon
account-label-iban = IBAN
account-label-bic = BIC (SWIFT)
account-save = Speichern
account-by = von { $name }
account-company-saved = Die Firmendaten sind gespeichert. Die Partner erhalten sie ab jetzt mit jedem Fall.
account-error-company-name = Firmenname: Geben Sie den Namen des Unternehmens ein.
account-error-registration = Registernummer: Verwenden Sie höchstens 64 Zeichen.
account-error-country = Land: Bitte wählen Sie das Land Ihres Unternehmens aus der Liste.
account-error-address = Straße und Hausnummer: eine Zeile mit höchstens 200 Zeichen.
account-error-postal-code = Postleitzahl: eine Zeile mit höchstens 200 Zeichen.
account-error-city = Ort: eine Zeile mit höchstens 200 Zeichen.
account-error-contact-name = Name des Ansprechpartners: eine Zeile mit höchstens 200 Zeichen.
account-error-contact-email = E-Mail des Ansprechpartners: Geben Sie eine gültige E-Mail-Adresse ein, etwa anna@example.com.
account-error-contact-phone = Telefon des Ansprechpartners: Schreiben Sie die Nummer mit Ziffern, Leerzeichen und optional führendem +, z. B. +49 30 1234567.
account-error-iban = IBAN: Das ist keine gültige IBAN. Prüfen Sie Länderkennung, Prüfziffern und Länge.
account-error-iban-missing = IBAN: Geben Sie die IBAN zur BIC an.
account-error-bic-shape = BIC: Eine BIC hat 8 oder 11 Buchstaben und Ziffern, etwa DEUTDEFF oder DEUTDEFF500.
account-error-bic-country = BIC: Der fünfte und sechste Buchstabe müssen ein Ländercode sein, etwa DE oder SE.
account-error-bic-missing = BIC: Geben Sie die BIC der Bank an, die das Konto führt.
account-error-bic-mismatch = BIC: Das Land der Bank passt nicht zum Land der IBAN.

account-signin-title = Anmelden
account-label-password = Passwort
account-signin-no-account = Noch kein Konto?
account-signin-create = Jetzt anlegen
account-signup-title = Konto anlegen
account-signup-lead = Für Unternehmen, die ins Ausland verkauft haben und nicht bezahlt wurden. Ihre Firmendaten gehen mit jeder Forderung an den Inkassopartner. Wir schicken einen Link zur Bestätigung Ihrer E-Mail-Adresse; danach melden Sie sich an.
account-label-registration-long = Handelsregisternummer
account-hint-registration = Wie im Handelsregister Ihres Landes
account-label-company-country = Land Ihres Unternehmens
account-signup-submit = Konto anlegen
account-signup-have-account = Sie haben bereits ein Konto?
account-title = Konto
account-api-keys-title = API-Schlüssel
account-api-keys-empty = Noch keine API-Schlüssel.
account-api-keys-create = API-Schlüssel erstellen
account-api-keys-revoke = Widerrufen
account-label-label = Bezeichnung
account-notifications-title = E-Mail-Benachrichtigungen
account-password-title = Passwort
account-password-lead = Wenn Sie das Passwort ändern, werden Sie überall sonst abgemeldet: auf anderen Computern, Telefonen und Browsern.
account-password-change = Passwort ändern

account-company-email = Adresse für Benachrichtigungen
account-api-keys-lead = Ihre Buchhaltung kann Forderungen über die JSON-API mit einem API-Schlüssel einreichen und verfolgen; er wird gesendet als
account-api-keys-first = Eine erste Anfrage ohne Schlüssel:
account-api-keys-new = Ihr neuer Schlüssel. Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt.
account-api-keys-prefix = Schlüssel beginnt mit
account-api-keys-created = Erstellt
account-notifications-lead = Wir schreiben an { $email }, wenn:
account-notify-requests = ein Partner Sie um Informationen bittet
account-notify-money = Geld eingezogen oder an Sie ausgezahlt wird
account-notify-closed = ein Fall abgeschlossen wird

account-mail-footer = CrossClaim · grenzüberschreitendes Forderungsinkasso für Unternehmen. Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.
account-mail-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse für CrossClaim
account-mail-verify-body = Guten Tag,

    bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie diesen Link öffnen:

    { $link }

    { $hours ->
        [one] Der Link gilt einmal und { $hours } Stunde lang.
       *[other] Der Link gilt einmal und { $hours } Stunden lang.
    } Bis zur Bestätigung ist keine Anmeldung möglich.
account-mail-exists-subject = Jemand wollte mit Ihrer Adresse ein CrossClaim-Konto anlegen
account-mail-exists-body = Guten Tag,

    jemand hat versucht, mit dieser E-Mail-Adresse ein neues Konto bei CrossClaim anzulegen. Zu der Adresse gibt es bereits ein Konto, daher wurde nichts geändert.

    Waren Sie das, melden Sie sich hier an: { $signin }
    Passwort vergessen? Hier wählen Sie ein neues: { $forgot }
account-mail-reset-subject = Neues Passwort für CrossClaim wählen
account-mail-reset-body = Guten Tag,

    um ein neues Passwort zu wählen, öffnen Sie diesen Link:

    { $link }

    { $hours ->
        [one] Der Link gilt einmal und { $hours } Stunde lang.
       *[other] Der Link gilt einmal und { $hours } Stunden lang.
    } Haben Sie das nicht angefordert, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
account-mail-invite-subject = { $company } lädt Sie zu CrossClaim ein
account-mail-invite-body = Guten Tag,

    { $inviter } lädt Sie zum Konto von { $company } bei CrossClaim ein. Dort reicht Ihr Unternehmen seine grenzüberschreitenden Inkassofälle ein und verfolgt sie.

    Öffnen Sie diesen Link, nennen Sie Ihren Namen und wählen Sie ein Passwort:

    { $link }

    { $days ->
        [one] Der Link gilt einmal und { $days } Tag lang.
       *[other] Der Link gilt einmal und { $days } Tage lang.
    }
account-mail-email-subject = Bestätigen Sie Ihre neue E-Mail-Adresse für CrossClaim
account-mail-email-body = Guten Tag,

    damit dies Ihre E-Mail-Adresse bei CrossClaim wird, öffnen Sie diesen Link:

    { $link }

    { $hours ->
        [one] Der Link gilt einmal und { $hours } Stunde lang.
       *[other] Der Link gilt einmal und { $hours } Stunden lang.
    } Bis dahin gilt Ihre bisherige Adresse.

## The country field of sign-up and company details.

account-choose-country = Land auswählen
account-error-password-short = Verwenden Sie mindestens { $count } Zeichen
account-error-password-long = Verwenden Sie höchstens { $count } Zeichen
