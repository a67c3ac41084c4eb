## How numbers, amounts and dates are read and written.

formats-amount-not-a-number = Skriv beløpet med sifre, f.eks. 12 500,50
formats-amount-ambiguous = Beløpet kan leses på to måter; skriv 12 500 for tolv tusen fem hundre eller 12,50 for tolv og femti (komma før ørene)
formats-times-in-zone = Tidspunkter vises i tidssonen { $zone }.
