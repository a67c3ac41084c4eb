# Accounts a company can run: users, links by e-mail, company details.

account-admin-only = Only an administrator of your company can do this. Ask one of your administrators, or ask them to make you an administrator.
account-signup-check-mail = Almost done: we have sent you an e-mail with a link to confirm your address. Open it, then sign in with your e-mail address and password.
account-too-many = { $count ->
    [one] Too many attempts. For your security, please wait { $count } minute and try again.
   *[other] Too many attempts. For your security, please wait { $count } minutes and try again.
}
account-signin-unverified = Please confirm your e-mail address first: open the link in the e-mail we sent you. Until then you cannot sign in.
account-signin-wrong = The e-mail address or the password is wrong.
account-verify-resend = Send the confirmation link again
account-verify-resent = If this address is waiting for confirmation, a new link is on its way. Earlier links no longer work.
account-verified = Your e-mail address is confirmed. You can sign in now.
account-forgot-link = Forgot your password?
account-to-signin = Sign in
account-forgot-title = Reset your password
account-forgot-lead = Enter the e-mail address you sign in with. We will send you a link to choose a new password.
account-forgot-send = Send the link
account-reset-sent = If an account has this address, we have sent it a link to choose a new password. The link works once, for one hour.
account-reset-title = Choose a new password
account-reset-lead = For { $email }. Every device signed in with the old password is signed out.
account-reset-done = Your new password is set, and every other device is signed out. Sign in with the new password.
account-invitation-title = Join your colleagues
account-invitation-lead = You are invited to { $company }'s account on CrossClaim. Tell your colleagues your name and choose a password.
account-invitation-done = Welcome! Your account is ready. Sign in with your e-mail address and the password you chose.
account-label-your-name = Your name
account-label-new-password = New password
account-hint-password = At least 10 characters.
account-password-save = Save password
account-link-dead-title = This link no longer works
account-link-dead = The link has been used already, has expired, or was replaced by a newer one. Ask for a new link, for example with "Forgot your password?".
account-error-current-password = Current password: this is not your current password.
account-error-email = E-mail: enter a valid e-mail address, such as anna@example.com.
account-error-name = Your name: enter your name.
account-error-role = Role: choose administrator or member.
account-error-email-taken = E-mail: this address already has an account on CrossClaim.
account-password-changed = Your password was changed. Every other device was signed out.
account-you-title = You
account-member-note = You are a member: you file and follow claims. Colleagues, API keys, notifications and company details are managed by your administrators.
account-email-title = E-mail address
account-email-lead = We send a link to the new address. Your address changes when you open it; until then you sign in with the current one.
account-label-new-email = New e-mail address
account-label-current-password = Current password
account-email-send = Change e-mail address
account-email-sent = We have sent a confirmation link to { $email }. Your address changes when you open it.
account-email-changed = Your e-mail address is now { $email }.
account-email-taken = This address belongs to another account on CrossClaim, so it cannot become yours. Your address has not changed.
account-key-revoked = The API key was revoked; requests with it are refused from now on.
account-saved = Saved
account-users-title = Colleagues
account-users-lead = Everyone here signs in to your company's account with their own e-mail address and password. The claim timeline shows who did what.
account-users-roles = Administrators manage colleagues, API keys, notifications and company details, including the bank account. Members file and follow claims.
account-label-name = Name
account-label-email = E-mail
account-label-role = Role
account-role-admin = Administrator
account-role-member = Member
account-users-you = you
account-users-pending = invited
account-users-change-role = Change
account-users-remove = Remove
account-users-invite-title = Invite a colleague
account-users-invite = Send invitation
account-invited = Invitation sent to { $email }. The link in it works once, for 7 days.
account-role-changed = The role was changed.
account-user-removed = The colleague was removed and signed out everywhere. The timeline keeps their name.
account-last-admin = Your company needs at least one administrator. Make someone else an administrator first.
account-company-title = Company details
account-company-lead = The collection partner receives these details with every case from now on: who you are, whom to contact and where to pay out what is collected.
account-company-address = Address
account-company-contact = Contact person for the partner
account-company-payout = Payout bank account
account-company-payout-hint = Where partners pay out what they collect for you. Enter the IBAN and the BIC of the same bank.
account-label-company-name = Company name
account-label-registration = Registration number
account-label-country = Country
account-hint-country = Where your company is registered
account-label-address = Street address
account-label-postal-code = Postal code
account-label-city = City
account-label-contact-name = Name
account-label-contact-email = E-mail
account-label-contact-phone = Phone
account-label-iban = IBAN
account-label-bic = BIC (SWIFT)
account-save = Save
account-by = by { $name }
account-company-saved = The company details are saved. Partners receive them with every case from now on.
account-error-company-name = Company name: enter the company's name.
account-error-registration = Registration number: use at most 64 characters.
account-error-country = Country: choose your company's country from the list.
account-error-address = Street address: use one line of at most 200 characters.
account-error-postal-code = Postal code: use one line of at most 200 characters.
account-error-city = City: use one line of at most 200 characters.
account-error-contact-name = Contact name: use one line of at most 200 characters.
account-error-contact-email = Contact e-mail: enter a valid e-mail address, such as anna@example.com.
account-error-contact-phone = Contact phone: write the number with digits, spaces and an optional leading +, e.g. +46 8 123 456.
account-error-iban = IBAN: this is not a valid IBAN. Check the country letters, the check digits and the length.
account-error-iban-missing = IBAN: enter the IBAN that goes with the BIC.
account-error-bic-shape = BIC: a BIC has 8 or 11 letters and digits, such as ESSESESS or DEUTDEFF500.
account-error-bic-country = BIC: its fifth and sixth letters must be a country code, such as SE or DE.
account-error-bic-missing = BIC: enter the BIC of the bank that keeps the IBAN.
account-error-bic-mismatch = BIC: the bank's country does not match the IBAN's country.

account-signin-title = Sign in
account-label-password = Password
account-signin-no-account = No account yet?
account-signin-create = Create one
account-signup-title = Create an account
account-signup-lead = For companies that sold abroad and were not paid. Your company details go to the collection partner with each claim. We send a link to confirm your e-mail address; you sign in once it is confirmed.
account-label-registration-long = Company registration number
account-hint-registration = As in your country's trade register
account-label-company-country = Country of your company
account-signup-submit = Create account
account-signup-have-account = Already have an account?
account-title = Account
account-api-keys-title = API keys
account-api-keys-empty = No API keys yet.
account-api-keys-create = Create API key
account-api-keys-revoke = Revoke
account-label-label = Label
account-notifications-title = E-mail notifications
account-password-title = Password
account-password-lead = Changing the password signs you out everywhere else: on other computers, phones and browsers.
account-password-change = Change password

account-company-email = Notification address
account-api-keys-lead = Your accounting system can file and follow claims over the JSON API with an API key, sent as
account-api-keys-first = A first request that needs no key:
account-api-keys-new = Your new key. Copy it now: it is shown only this once.
account-api-keys-prefix = Key starts with
account-api-keys-created = Created
account-notifications-lead = We write to { $email } when:
account-notify-requests = a partner asks you for information
account-notify-money = money is collected or paid out to you
account-notify-closed = a case closes

account-mail-footer = CrossClaim · cross-border debt collection for businesses. If you did not expect this e-mail, you can ignore it.
account-mail-verify-subject = Confirm your e-mail address for CrossClaim
account-mail-verify-body = Hello,

    please confirm your e-mail address by opening this link:

    { $link }

    { $hours ->
        [one] The link works once, for { $hours } hour.
       *[other] The link works once, for { $hours } hours.
    } Until you confirm, you cannot sign in.
account-mail-exists-subject = Someone tried to create a CrossClaim account with your address
account-mail-exists-body = Hello,

    someone tried to create a new CrossClaim account with this e-mail address. It already has an account, so nothing was changed.

    If it was you, sign in here: { $signin }
    Forgotten your password? Choose a new one here: { $forgot }
account-mail-reset-subject = Choose a new CrossClaim password
account-mail-reset-body = Hello,

    to choose a new password, open this link:

    { $link }

    { $hours ->
        [one] The link works once, for { $hours } hour.
       *[other] The link works once, for { $hours } hours.
    } If you did not ask for it, ignore this e-mail: your password stays as it is.
account-mail-invite-subject = { $company } invites you to CrossClaim
account-mail-invite-body = Hello,

    { $inviter } invites you to { $company }'s account on CrossClaim, where your company files and follows its cross-border collection cases.

    Open this link to give your name and choose a password:

    { $link }

    { $days ->
        [one] The link works once, for { $days } day.
       *[other] The link works once, for { $days } days.
    }
account-mail-email-subject = Confirm your new e-mail address for CrossClaim
account-mail-email-body = Hello,

    to make this your e-mail address on CrossClaim, open this link:

    { $link }

    { $hours ->
        [one] The link works once, for { $hours } hour.
       *[other] The link works once, for { $hours } hours.
    } Until then your old address stays in use.

## The country field of sign-up and company details.

account-choose-country = Choose a country
account-error-password-short = Use at least { $count } characters
account-error-password-long = Use at most { $count } characters
