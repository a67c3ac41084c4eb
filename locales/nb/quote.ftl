
## The public instant quote page.

quote-title = Pristilbud med en gang
quote-heading = Hva koster det å kreve inn denne fakturaen?
quote-lead = Oppgi skyldnerens land og den forfalte fakturaen. Du ser med en gang hva hver autoriserte partner der tar, linje for linje, og hva du i tillegg kan kreve av skyldneren etter landets lov. Ingen konto trengs.
quote-country-hint = Landkode på to bokstaver, f.eks. DE
quote-due-date = Forfallsdato
quote-show = Vis tilbudet
quote-placeholder = Oppgi land, beløp og valuta og forfallsdato for å se tilbudet.
