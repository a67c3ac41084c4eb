## How numbers, amounts and dates are read and written.

formats-amount-not-a-number = Skriv beløbet med tal, f.eks. 12.500,50
formats-amount-ambiguous = Beløbet kan læses på to måder; skriv 12.500 for tolv tusind fem hundrede eller 12,50 for tolv og halvtreds (komma før ørerne)
formats-times-in-zone = Tidspunkter vises i tidszonen { $zone }.
