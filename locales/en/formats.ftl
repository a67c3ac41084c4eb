## How numbers, amounts and dates are read and written.

formats-amount-not-a-number = Write the amount in digits, e.g. 12,500.50
formats-amount-ambiguous = This amount can be read two ways: write the cents after a decimal point (12.50) and group thousands with commas (12,500.50)
formats-times-in-zone = Times are shown in { $zone }.
