lang-switch = Språk
