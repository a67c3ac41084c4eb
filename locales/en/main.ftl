## The frame of every page: navigation, language switcher, footer.

lang-switch = Language
