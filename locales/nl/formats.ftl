## Hoe getallen, bedragen en datums worden gelezen en geschreven.

formats-amount-not-a-number = Vul het bedrag in cijfers in, bijvoorbeeld 12.500,50
formats-amount-ambiguous = Dit bedrag kan op twee manieren worden gelezen: zet de centen achter een komma (12,50) en scheid duizendtallen met een punt (12.500,50)
formats-times-in-zone = Tijden worden weergegeven in { $zone }.
