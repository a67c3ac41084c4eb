
## The e-mails to creditors, in the account's language.

mail-hello = Guten Tag,
mail-info-subject = Informationen benötigt: Ihre Forderung gegen { $debtor }
mail-info-intro = { $partner }, der Inkassopartner, der Ihre Forderung gegen { $debtor } bearbeitet, benötigt Informationen von Ihnen, um weiterzumachen:
mail-info-answer-by = Bitte antworten Sie bis zum { $date }.
mail-info-answer-here = Sie können auf der Seite der Forderung antworten:
mail-collected-subject = { $debtor } hat { $amount } gezahlt
mail-collected-body = Gute Nachrichten: Der Inkassopartner hat { $amount } von { $debtor } eingezogen.
mail-paid-out-subject = { $amount } an Sie ausgezahlt: Ihre Forderung gegen { $debtor }
mail-paid-out-body = { $amount } aus Ihrer Forderung gegen { $debtor } wurden an Sie ausgezahlt.
mail-paid-out-commission = Die Provision des Partners von { $commission } wurde vorher abgezogen.
mail-payments-here = Die Seite der Forderung zeigt jede Zahlung:
mail-closed-subject = Fall abgeschlossen: { $debtor } ({ $status })
mail-closed-body = Ihre Forderung gegen { $debtor } ist abgeschlossen: { $status }.
mail-closed-nothing = Es wurde nichts eingezogen.
mail-closed-collected = Insgesamt wurden { $amount } eingezogen.
mail-closed-history = Die Seite der Forderung bewahrt den gesamten Verlauf:
mail-new-quote-subject = Ein neues Angebot wartet auf Ihre Annahme: { $debtor }
mail-new-quote-body = Wir haben Ihre Forderung gegen { $debtor } beim nächsten Partner kalkuliert, der sie übernehmen kann: { $partner } berechnet { $price }, wenn die Forderung vollständig eingezogen wird.
mail-new-quote-previous = Das bisherige Angebot: { $price }.
mail-new-quote-accept = Nichts wird übergeben, bevor Sie das neue Angebot annehmen. Nehmen Sie es an oder wählen Sie einen anderen Partner auf der Seite der Forderung:
mail-declined-subject = Ihre Forderung gegen { $debtor } wurde abgelehnt
mail-declined-body = Kein anderer Partner kann Ihre Forderung gegen { $debtor } übernehmen: { $reason }, außer den Partnern, die sie abgelehnt haben.
mail-declined-withdraw = Sie können die Forderung auf ihrer Seite zurückziehen:
mail-case-number = Fallnummer: { $id }
mail-footer = Sie erhalten diese E-Mail aufgrund Ihres CrossClaim-Kontos. Welche E-Mails Sie erhalten und wohin sie gehen, legen Sie in Ihren Kontoeinstellungen fest: { $url }
