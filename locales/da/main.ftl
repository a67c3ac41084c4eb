lang-switch = Sprog
