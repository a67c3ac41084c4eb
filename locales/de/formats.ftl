## How numbers, amounts and dates are read and written.

formats-amount-not-a-number = Bitte geben Sie den Betrag in Ziffern an, z. B. 12.500,50
formats-amount-ambiguous = Dieser Betrag ist mehrdeutig; schreiben Sie 12.500 für zwölftausendfünfhundert oder 12,50 für zwölf Komma fünfzig (Komma vor den Cent)
formats-times-in-zone = Zeiten werden in der Zeitzone { $zone } angezeigt.
