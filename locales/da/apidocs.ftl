# API-referencen (/api/docs), linket fra sidefoden på hver side.

apidocs-title = API-reference
apidocs-intro = To OpenAPI 3.1-dokumenter beskriver CrossClaims JSON-API: kreditor-API'et, til regnskabssystemer der opretter og følger krav, og partnerprotokollen, til de inkassobureauer og advokatfirmaer der tager sagerne. Begge genereres fra den kode, der leverer API'et, og stemmer derfor altid overens med det.
apidocs-english = Operationerne er beskrevet på engelsk, API'ets sprog.
apidocs-contents = Indhold
apidocs-download = OpenAPI-dokument (JSON)
apidocs-authentication = Godkendelse
apidocs-parameters = Parametre
apidocs-request = Anmodningens indhold
apidocs-responses = Svar
apidocs-example = Eksempel
apidocs-fields = Felter
apidocs-schemas = Skemaer
apidocs-field = Felt
apidocs-in = Placering
apidocs-type = Type
apidocs-required = Påkrævet
apidocs-description = Beskrivelse
apidocs-yes = ja
