## Comment les nombres, les montants et les dates sont lus et écrits.

formats-amount-not-a-number = Indiquez le montant en chiffres, par exemple 12 500,50
formats-amount-ambiguous = Ce montant peut se lire de deux façons : écrivez les centimes après une virgule (12,50) et séparez les milliers par une espace (12 500,50)
formats-times-in-zone = Les heures sont indiquées en { $zone }.
