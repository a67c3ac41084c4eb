lang-switch = Sprache
