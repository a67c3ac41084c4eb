# The API reference (/api/docs), linked from every page's footer.

apidocs-title = API reference
apidocs-intro = Two OpenAPI 3.1 documents describe CrossClaim's JSON API: the creditor API, for accounting systems that file and follow claims, and the partner protocol, for the collection agencies and law firms that take the cases. Both are generated from the code that serves the API, so they always match it.
apidocs-english = The operations are described in English, the language of the API.
apidocs-contents = Contents
apidocs-download = OpenAPI document (JSON)
apidocs-authentication = Authentication
apidocs-parameters = Parameters
apidocs-request = Request body
apidocs-responses = Responses
apidocs-example = Example
apidocs-fields = Fields
apidocs-schemas = Schemas
apidocs-field = Field
apidocs-in = In
apidocs-type = Type
apidocs-required = Required
apidocs-description = Description
apidocs-yes = yes
