
## The public instant quote page.

quote-title = Straks-tilbud
quote-heading = Hvad koster det at inddrive denne faktura?
quote-lead = Angiv skyldnerens land og den forfaldne faktura. Du ser med det samme, hvad hver autoriseret partner der tager, linje for linje, og hvad du derudover kan kræve af skyldneren efter landets lov. Ingen konto nødvendig.
quote-country-hint = Landekode på to bogstaver, f.eks. DE
quote-due-date = Forfaldsdato
quote-show = Vis tilbuddet
quote-placeholder = Angiv land, beløb og valuta samt forfaldsdato for at se tilbuddet.
