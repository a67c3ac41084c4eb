## De antwoordpagina van de schuldenaar, waarnaar elke herinnering verwijst.

debtor-title = Uw facturen van { $creditor }
debtor-intro = { $creditor } heeft voor onderstaande facturen nog geen betaling ontvangen. Heeft u al betaald, wilt u laten weten wanneer u betaalt, heeft u een betalingsregeling nodig of betwist u de vordering? Antwoord hier: uw antwoord komt direct bij { $creditor } aan.
debtor-language = Taal
debtor-total-today = Totaal per { $date }
debtor-answers = Uw antwoord
debtor-paid-heading = Wij hebben betaald
debtor-paid-on = Datum van betaling
debtor-paid-reference = Betalingskenmerk (optioneel)
debtor-promise-heading = Wij betalen op een bepaalde datum
debtor-promise-on = Wij betalen het totaalbedrag op
debtor-promise-hint = Uiterlijk 30 dagen na vandaag. U ontvangt een schriftelijke bevestiging.
debtor-plan-heading = Wij hebben een betalingsregeling nodig
debtor-plan-count = Aantal termijnen
debtor-plan-first = Eerste termijn op
debtor-plan-note = Wat de schuldeiser moet weten (optioneel)
debtor-dispute-heading = Wij betwisten deze vordering
debtor-dispute-reason = Reden
debtor-choose = Kies…
debtor-reason-not-ordered = Wij hebben de goederen of diensten niet besteld
debtor-reason-not-delivered = Niet geleverd, of niet zoals afgesproken
debtor-reason-wrong-amount = Het bedrag klopt niet
debtor-reason-already-paid = Wij hebben al betaald
debtor-reason-other = Een andere reden
debtor-dispute-text = Wat klopt er niet?
debtor-dispute-document = Een document dat het aantoont (optioneel)
debtor-document-hint = PDF, afbeelding, Word-, Excel- of tekstbestand, maximaal 20 MB.
debtor-send = Versturen
debtor-errors = Controleer het volgende:
debtor-error-date = Vul een datum in, bijvoorbeeld 30-11-2026.
debtor-error-paid-future = De datum van betaling kan niet in de toekomst liggen.
debtor-error-past = De datum kan niet in het verleden liggen.
debtor-error-too-late = Kies een datum die maximaal { $days } dagen na vandaag ligt, uiterlijk { $date }.
debtor-error-count = Vul een aantal termijnen in van { $min } tot { $max }.
debtor-error-reason = Kies de reden.
debtor-error-text = Vertel in een paar woorden wat er niet klopt.
debtor-error-too-long = Maximaal { $max } tekens.
debtor-error-document = Dit document kan niet worden aangenomen: stuur een PDF, een afbeelding of een Word-, Excel- of tekstbestand van maximaal 20 MB.
debtor-unavailable = Uw antwoord kon op dit moment niet worden opgeslagen. Probeer het over een paar minuten opnieuw.
debtor-thanks-heading = Dank u wel
debtor-thanks-paid = Wij hebben { $creditor } laten weten dat u heeft betaald. De herinneringen zijn gepauzeerd terwijl { $creditor } de betaling controleert.
debtor-thanks-promise = { $creditor } heeft uw toezegging ontvangen. Een schriftelijke bevestiging is per e-mail naar u onderweg.
debtor-thanks-plan = { $creditor } heeft uw voorstel voor een betalingsregeling ontvangen en laat u weten of het wordt aanvaard.
debtor-thanks-dispute = { $creditor } heeft uw bezwaar ontvangen. Zolang het wordt onderzocht, worden er geen herinneringen meer verstuurd.
debtor-back = Terug naar de facturen
debtor-private = Deze pagina is alleen bedoeld voor { $debtor }. Deel het adres ervan niet.
debtor-too-many-heading = Een ogenblik geduld
debtor-too-many = Er kwamen te veel verzoeken van uw adres. Wacht { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} en probeer het dan opnieuw.
