
## The public instant quote page.

quote-title = Direktoffert
quote-heading = Vad kostar det att driva in den här fakturan?
quote-lead = Ange gäldenärens land och den förfallna fakturan. Du ser direkt vad varje auktoriserad partner där tar betalt, rad för rad, och vad du dessutom kan kräva av gäldenären enligt landets lag. Inget konto behövs.
quote-country-hint = Landskod med två bokstäver, t.ex. DE
quote-due-date = Förfallodag
quote-show = Visa offerten
quote-placeholder = Ange land, belopp och valuta samt förfallodag för att se offerten.
