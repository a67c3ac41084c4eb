## How numbers, amounts and dates are read and written.

formats-amount-not-a-number = Kirjoita summa numeroin, esim. 12 500,50
formats-amount-ambiguous = Summan voi lukea kahdella tavalla; kirjoita 12 500 (kaksitoista tuhatta viisisataa) tai 12,50 (desimaalipilkku ennen senttejä)
formats-times-in-zone = Ajat näytetään aikavyöhykkeellä { $zone }.
