# Pricing, terms, privacy, contact and imprint: the footer's pages.

legal-footer-label = About CrossClaim
legal-pricing-title = Pricing
legal-pricing-1 = CrossClaim charges nothing on top of the collection partner's fees. Creating an account, filing claims, the API, quotes and following your cases cost nothing.
legal-pricing-2 = What you pay is the fee schedule of the partner who takes your case, exactly as the quote shows it before you file: a commission on what is collected, a minimum fee and any fixed fees, or a law firm's estimate for the legal phase. The quote totals what you pay if the claim is collected in full and if nothing is collected.
legal-pricing-3 = The partner deducts its fees from what it collects before paying out to you; the case statement shows every deduction. Partners marked "sandbox" are simulated and charge nothing real.
legal-terms-title = Terms of use
legal-terms-1 = CrossClaim is a portal for businesses: it routes overdue business-to-business invoices to licensed collection partners in the debtor's country. It is not for claims against consumers.
legal-terms-2 = You confirm that the claims you file are owed to your company, are correct and are not paid. The partner who accepts a case works on it under its own licence and its own terms, which the quote and the partner directory link to.
legal-terms-3 = Each user signs in with their own e-mail address and password and keeps them secret. Administrators decide who uses the company's account and are responsible for the API keys they create.
legal-terms-4 = We may suspend an account that files claims in bad faith or misuses the service. You may close your account at any time; cases already handed over continue with the partner until they end.
legal-privacy-title = Privacy and data processing
legal-privacy-1 = What we store: your company's details, your users' names, e-mail addresses and password hashes (never the passwords), the claims you file with the debtor's details, invoices, documents and messages, and a record of who did what on each case.
legal-privacy-2 = Why: to route each claim to a partner, hand it over, show you its progress and tell you by e-mail when something needs you. Sign-in attempts are counted per address for 15 minutes to stop password guessing.
legal-privacy-3 = How long: claims and their history are kept for as long as your account exists and the bookkeeping rules of your country require (generally 7 to 10 years after the case ends). Sessions end after inactivity; e-mail links expire within 7 days at the most.
legal-privacy-4 = Sub-processors: the collection partner that takes a case receives that case's data and processes it as its own controller under its licence. Nothing is sold or passed to anyone else. E-mail goes through the mail server the operator configures.
legal-privacy-5 = Your rights: you may see, correct, export and delete the personal data we hold about you, and object to its use; write to the address on the contact page. You may also complain to your data protection authority.
legal-contact-title = Contact
legal-contact-1 = Questions about your account, a case or an invoice: write to support@crossclaim.localhost and tell us your company's name and, for a case, its reference (it starts with cl_). We answer on working days.
legal-contact-2 = Data protection requests: privacy@crossclaim.localhost. Partners who want to join the network: partners@crossclaim.localhost.
legal-imprint-title = Imprint
legal-imprint-1 = CrossClaim is operated by the company that runs this installation of the portal; this demonstration installation names no operator yet. The operator's name, address, registration number and VAT number are published here before the portal is used for real claims.
legal-imprint-2 = CrossClaim is not a debt collection agency itself: collection is carried out by the licensed partners named on each case.
