# Die API-Referenz (/api/docs), verlinkt in der Fußzeile jeder Seite.

apidocs-title = API-Referenz
apidocs-intro = Zwei OpenAPI-3.1-Dokumente beschreiben die JSON-API von CrossClaim: die Gläubiger-API für Buchhaltungssysteme, die Forderungen einreichen und verfolgen, und das Partnerprotokoll für die Inkassounternehmen und Kanzleien, die die Fälle übernehmen. Beide werden aus dem Code erzeugt, der die API bereitstellt, und stimmen daher immer mit ihr überein.
apidocs-english = Die Operationen sind auf Englisch beschrieben, der Sprache der API.
apidocs-contents = Inhalt
apidocs-download = OpenAPI-Dokument (JSON)
apidocs-authentication = Authentifizierung
apidocs-parameters = Parameter
apidocs-request = Inhalt der Anfrage
apidocs-responses = Antworten
apidocs-example = Beispiel
apidocs-fields = Felder
apidocs-schemas = Schemas
apidocs-field = Feld
apidocs-in = Ort
apidocs-type = Typ
apidocs-required = Pflicht
apidocs-description = Beschreibung
apidocs-yes = ja
