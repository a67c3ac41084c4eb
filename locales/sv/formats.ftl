## How numbers, amounts and dates are read and written.

formats-amount-not-a-number = Skriv beloppet med siffror, t.ex. 12 500,50
formats-amount-ambiguous = Beloppet kan läsas på två sätt; skriv 12 500 för tolv tusen fem hundra eller 12,50 för tolv och femtio (kommatecken före ören)
formats-times-in-zone = Tider visas i tidszonen { $zone }.
