# Priser, vilkår, privatliv, kontakt og virksomhedsoplysninger: siderne i sidefoden.

legal-footer-label = Om CrossClaim
legal-pricing-title = Priser
legal-pricing-1 = CrossClaim tager intet ud over inkassopartnerens gebyrer. Konto, oprettelse af sager, API, tilbud og opfølgning på sager er gratis.
legal-pricing-2 = Det, du betaler, er gebyrerne hos den partner, der tager din sag, præcis som tilbuddet viser dem, før du opretter sagen: salær af det inddrevne, et minimumsgebyr og eventuelle faste gebyrer eller et advokatfirmas overslag for den retlige fase. Tilbuddet lægger sammen, hvad du betaler, hvis kravet inddrives fuldt ud, og hvis intet inddrives.
legal-pricing-3 = Partneren trækker sine gebyrer fra det inddrevne, før den udbetaler til dig; sagens opgørelse viser hvert fradrag. Partnere mærket "sandbox" er simulerede og tager intet reelt betalt.
legal-terms-title = Vilkår for brug
legal-terms-1 = CrossClaim er en portal for virksomheder: den sender forfaldne fakturaer mellem virksomheder til autoriserede inkassopartnere i skyldnerens land. Den er ikke beregnet til krav mod forbrugere.
legal-terms-2 = Du bekræfter, at de krav, du opretter, tilkommer din virksomhed, er korrekte og ikke betalt. Den partner, der tager en sag, behandler den under sin egen autorisation og sine egne vilkår, som tilbuddet og partneroversigten linker til.
legal-terms-3 = Hver bruger logger ind med egen e-mailadresse og egen adgangskode og holder dem hemmelige. Administratorer bestemmer, hvem der bruger virksomhedens konto, og er ansvarlige for de API-nøgler, de opretter.
legal-terms-4 = Vi kan lukke en konto, der opretter krav i ond tro eller misbruger tjenesten. Du kan lukke din konto når som helst; sager, der allerede er overdraget, fortsætter hos partneren, til de er afsluttet.
legal-privacy-title = Privatliv og databehandling
legal-privacy-1 = Hvad vi gemmer: virksomhedens oplysninger, brugernes navne, e-mailadresser og adgangskode-hashes (aldrig adgangskoderne), de sager, I opretter, med skyldnerens oplysninger, fakturaer, dokumenter og beskeder samt hvem der gjorde hvad i hver sag.
legal-privacy-2 = Hvorfor: for at sende hver sag til en partner, overdrage den, vise jer forløbet og give jer besked pr. e-mail, når noget kræver jer. Loginforsøg tælles pr. adresse i 15 minutter for at stoppe gæt på adgangskoder.
legal-privacy-3 = Hvor længe: sager og deres historik gemmes, så længe kontoen findes, og bogføringsreglerne i jeres land kræver det (typisk 5 til 10 år efter sagens afslutning). Sessioner udløber efter inaktivitet; links i e-mails udløber inden for højst 7 dage.
legal-privacy-4 = Underdatabehandlere og modtagere: den inkassopartner, der tager en sag, får sagens oplysninger og behandler dem som selvstændig dataansvarlig under sin autorisation. Intet sælges eller gives videre til andre. E-mail går gennem den mailserver, som operatøren har sat op.
legal-privacy-5 = Dine rettigheder: du kan få indsigt i, rette, eksportere og slette de personoplysninger, vi har om dig, og gøre indsigelse mod behandlingen; skriv til adressen på kontaktsiden. Du kan også klage til Datatilsynet.
legal-contact-title = Kontakt
legal-contact-1 = Spørgsmål om kontoen, en sag eller en faktura: skriv til support@crossclaim.localhost, og oplys virksomhedens navn og, for en sag, dens reference (den begynder med cl_). Vi svarer på hverdage.
legal-contact-2 = Henvendelser om persondata: privacy@crossclaim.localhost. Partnere, der vil med i netværket: partners@crossclaim.localhost.
legal-imprint-title = Virksomhedsoplysninger
legal-imprint-1 = CrossClaim drives af den virksomhed, der driver denne installation af portalen; denne demonstrationsinstallation angiver endnu ingen operatør. Operatørens navn, adresse, CVR-nummer og momsnummer offentliggøres her, før portalen bruges til reelle krav.
legal-imprint-2 = CrossClaim er ikke selv et inkassofirma: inddrivelsen udføres af de autoriserede partnere, der er angivet i hver sag.
