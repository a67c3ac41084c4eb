# Priser, vilkår, personvern, kontakt og selskapsopplysninger: sidene i bunnteksten.

legal-footer-label = Om CrossClaim
legal-pricing-title = Priser
legal-pricing-1 = CrossClaim tar ingenting i tillegg til inkassopartnerens gebyrer. Konto, registrering av saker, API, tilbud og oppfølging av saker koster ingenting.
legal-pricing-2 = Det du betaler, er gebyrene til partneren som tar saken din, nøyaktig slik tilbudet viser dem før du registrerer: provisjon av det som kreves inn, et minstegebyr og eventuelle faste gebyrer, eller et advokatfirmas anslag for den rettslige fasen. Tilbudet summerer hva du betaler hvis kravet kreves inn i sin helhet, og hvis ingenting kreves inn.
legal-pricing-3 = Partneren trekker sine gebyrer fra det innkrevde før den betaler ut til deg; saksoppgjøret viser hvert trekk. Partnere merket «sandbox» er simulerte og tar ikke noe reelt betalt.
legal-terms-title = Vilkår for bruk
legal-terms-1 = CrossClaim er en portal for bedrifter: den sender forfalte fakturaer mellom bedrifter til autoriserte inkassopartnere i skyldnerens land. Den er ikke ment for krav mot forbrukere.
legal-terms-2 = Du bekrefter at kravene du registrerer, tilhører selskapet ditt, er riktige og ikke er betalt. Partneren som tar en sak, arbeider med den under sin egen bevilling og sine egne vilkår, som tilbudet og partneroversikten lenker til.
legal-terms-3 = Hver bruker logger inn med egen e-postadresse og eget passord og holder dem hemmelige. Administratorer bestemmer hvem som bruker selskapets konto, og er ansvarlige for API-nøklene de oppretter.
legal-terms-4 = Vi kan stenge en konto som registrerer krav i ond tro eller misbruker tjenesten. Du kan avslutte kontoen når som helst; saker som allerede er overlevert, fortsetter hos partneren til de avsluttes.
legal-privacy-title = Personvern og databehandling
legal-privacy-1 = Hva vi lagrer: selskapets opplysninger, brukernes navn, e-postadresser og passord-hasher (aldri passordene), sakene dere registrerer med skyldnerens opplysninger, fakturaer, dokumenter og meldinger, og hvem som gjorde hva i hver sak.
legal-privacy-2 = Hvorfor: for å sende hver sak til en partner, overlevere den, vise dere fremdriften og varsle dere på e-post når noe trenger dere. Innloggingsforsøk telles per adresse i 15 minutter for å stoppe gjetting av passord.
legal-privacy-3 = Hvor lenge: saker og historikken deres lagres så lenge kontoen finnes og bokføringsreglene i landet deres krever (vanligvis 7 til 10 år etter at saken er avsluttet). Økter avsluttes etter inaktivitet; lenker i e-post utløper innen høyst 7 dager.
legal-privacy-4 = Underdatabehandlere og mottakere: inkassopartneren som tar en sak, får sakens opplysninger og behandler dem som egen behandlingsansvarlig under sin bevilling. Ingenting selges eller gis til andre. E-post går gjennom e-postserveren operatøren har satt opp.
legal-privacy-5 = Dine rettigheter: du kan få innsyn i, rette, eksportere og slette personopplysningene vi har om deg, og protestere mot behandlingen; skriv til adressen på kontaktsiden. Du kan også klage til Datatilsynet.
legal-contact-title = Kontakt
legal-contact-1 = Spørsmål om kontoen, en sak eller en faktura: skriv til support@crossclaim.localhost og oppgi selskapets navn og, for en sak, referansen (den begynner med cl_). Vi svarer på hverdager.
legal-contact-2 = Henvendelser om personvern: privacy@crossclaim.localhost. Partnere som vil bli med i nettverket: partners@crossclaim.localhost.
legal-imprint-title = Selskapsopplysninger
legal-imprint-1 = CrossClaim drives av selskapet som driver denne installasjonen av portalen; denne demonstrasjonsinstallasjonen oppgir ennå ingen operatør. Operatørens navn, adresse, organisasjonsnummer og MVA-nummer publiseres her før portalen brukes til reelle krav.
legal-imprint-2 = CrossClaim er ikke selv et inkassoselskap: innkrevingen utføres av de autoriserte partnerne som er oppgitt i hver sak.
