# API-referensen (/api/docs), länkad från varje sidas sidfot.

apidocs-title = API-referens
apidocs-intro = Två OpenAPI 3.1-dokument beskriver CrossClaims JSON-API: borgenärs-API:t, för ekonomisystem som registrerar och följer fordringar, och partnerprotokollet, för de inkassobolag och advokatbyråer som tar ärendena. Båda genereras från koden som tillhandahåller API:t och stämmer därför alltid med det.
apidocs-english = Operationerna beskrivs på engelska, API:ts språk.
apidocs-contents = Innehåll
apidocs-download = OpenAPI-dokument (JSON)
apidocs-authentication = Autentisering
apidocs-parameters = Parametrar
apidocs-request = Förfrågans innehåll
apidocs-responses = Svar
apidocs-example = Exempel
apidocs-fields = Fält
apidocs-schemas = Scheman
apidocs-field = Fält
apidocs-in = Plats
apidocs-type = Typ
apidocs-required = Obligatoriskt
apidocs-description = Beskrivning
apidocs-yes = ja
