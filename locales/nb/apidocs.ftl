# API-referansen (/api/docs), lenket fra bunnteksten på hver side.

apidocs-title = API-referanse
apidocs-intro = To OpenAPI 3.1-dokumenter beskriver CrossClaims JSON-API: kreditor-API-et, for regnskapssystemer som registrerer og følger krav, og partnerprotokollen, for inkassoselskapene og advokatfirmaene som tar sakene. Begge genereres fra koden som leverer API-et, og stemmer derfor alltid med det.
apidocs-english = Operasjonene er beskrevet på engelsk, API-ets språk.
apidocs-contents = Innhold
apidocs-download = OpenAPI-dokument (JSON)
apidocs-authentication = Autentisering
apidocs-parameters = Parametere
apidocs-request = Forespørselens innhold
apidocs-responses = Svar
apidocs-example = Eksempel
apidocs-fields = Felter
apidocs-schemas = Skjemaer
apidocs-field = Felt
apidocs-in = Plassering
apidocs-type = Type
apidocs-required = Påkrevd
apidocs-description = Beskrivelse
apidocs-yes = ja
