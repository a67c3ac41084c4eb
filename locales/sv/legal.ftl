# Priser, villkor, integritet, kontakt och företagsuppgifter: sidfotens sidor.

legal-footer-label = Om CrossClaim
legal-pricing-title = Priser
legal-pricing-1 = CrossClaim tar inget betalt utöver inkassopartnerns avgifter. Konto, registrering av ärenden, API, offerter och uppföljning av ärenden kostar ingenting.
legal-pricing-2 = Det du betalar är avgifterna hos den partner som tar ditt ärende, precis som offerten visar dem innan du registrerar: provision på det som drivs in, en minimiavgift och eventuella fasta avgifter, eller en advokatbyrås uppskattning för den rättsliga fasen. Offerten summerar vad du betalar om fordran drivs in helt och om inget drivs in.
legal-pricing-3 = Partnern drar sina avgifter från det indrivna innan den betalar ut till dig; ärendets redovisning visar varje avdrag. Partner märkta ”sandbox” är simulerade och tar inget verkligt betalt.
legal-terms-title = Användarvillkor
legal-terms-1 = CrossClaim är en portal för företag: den skickar förfallna fakturor mellan företag till auktoriserade inkassopartner i gäldenärens land. Den är inte avsedd för fordringar på konsumenter.
legal-terms-2 = Du intygar att de fordringar du registrerar tillkommer ditt företag, är korrekta och obetalda. Partnern som tar ett ärende arbetar med det under sitt eget tillstånd och sina egna villkor, som offerten och partnerförteckningen länkar till.
legal-terms-3 = Varje användare loggar in med egen e-postadress och eget lösenord och håller dem hemliga. Administratörer bestämmer vem som använder företagets konto och ansvarar för de API-nycklar de skapar.
legal-terms-4 = Vi kan stänga av ett konto som registrerar fordringar i ond tro eller missbrukar tjänsten. Du kan avsluta ditt konto när som helst; ärenden som redan lämnats över fortsätter hos partnern tills de avslutas.
legal-privacy-title = Integritet och personuppgiftsbehandling
legal-privacy-1 = Vad vi lagrar: företagets uppgifter, användarnas namn, e-postadresser och lösenordshashar (aldrig lösenorden), ärendena ni registrerar med gäldenärens uppgifter, fakturor, dokument och meddelanden, samt vem som gjorde vad i varje ärende.
legal-privacy-2 = Varför: för att skicka varje ärende till en partner, lämna över det, visa hur det går och meddela er per e-post när något behöver er. Inloggningsförsök räknas per adress i 15 minuter för att stoppa gissning av lösenord.
legal-privacy-3 = Hur länge: ärenden och deras historik sparas så länge kontot finns och bokföringsreglerna i ert land kräver (oftast 7 till 10 år efter att ärendet avslutats). Sessioner upphör efter inaktivitet; länkar i mejl går ut inom högst 7 dagar.
legal-privacy-4 = Underbiträden och mottagare: inkassopartnern som tar ett ärende får ärendets uppgifter och behandlar dem som egen personuppgiftsansvarig under sitt tillstånd. Inget säljs eller lämnas till någon annan. E-post går via den e-postserver som operatören har ställt in.
legal-privacy-5 = Dina rättigheter: du kan få se, rätta, exportera och radera de personuppgifter vi har om dig och invända mot behandlingen; skriv till adressen på kontaktsidan. Du kan också klaga hos Integritetsskyddsmyndigheten eller motsvarande myndighet.
legal-contact-title = Kontakt
legal-contact-1 = Frågor om kontot, ett ärende eller en faktura: skriv till support@crossclaim.localhost och ange företagets namn och, för ett ärende, dess referens (den börjar med cl_). Vi svarar på vardagar.
legal-contact-2 = Frågor om personuppgifter: privacy@crossclaim.localhost. Partner som vill ansluta till nätverket: partners@crossclaim.localhost.
legal-imprint-title = Företagsuppgifter
legal-imprint-1 = CrossClaim drivs av det företag som driver den här installationen av portalen; den här demonstrationsinstallationen anger ännu ingen operatör. Operatörens namn, adress, organisationsnummer och momsnummer publiceras här innan portalen används för verkliga fordringar.
legal-imprint-2 = CrossClaim är inte själv ett inkassobolag: indrivningen sköts av de auktoriserade partner som anges i varje ärende.
