lang-switch = Kieli
