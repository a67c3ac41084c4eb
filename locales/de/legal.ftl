# Preise, Nutzungsbedingungen, Datenschutz, Kontakt und Impressum: die Seiten der Fußzeile.

legal-footer-label = Über CrossClaim
legal-pricing-title = Preise
legal-pricing-1 = CrossClaim berechnet nichts zusätzlich zu den Gebühren des Inkassopartners. Konto, Einreichen von Forderungen, API, Angebote und das Verfolgen Ihrer Fälle sind kostenlos.
legal-pricing-2 = Sie zahlen die Gebührenordnung des Partners, der Ihren Fall übernimmt, genau so, wie das Angebot sie vor dem Einreichen zeigt: eine Provision auf das Eingezogene, eine Mindestgebühr und etwaige Festgebühren oder die Schätzung einer Kanzlei für das gerichtliche Verfahren. Das Angebot summiert, was Sie bei vollständigem Eingang und was Sie ohne Eingang zahlen.
legal-pricing-3 = Der Partner behält seine Gebühren vom Eingezogenen ein, bevor er an Sie auszahlt; die Fallabrechnung zeigt jeden Abzug. Als „sandbox“ gekennzeichnete Partner sind simuliert und berechnen nichts.
legal-terms-title = Nutzungsbedingungen
legal-terms-1 = CrossClaim ist ein Portal für Unternehmen: Es leitet überfällige Rechnungen zwischen Unternehmen an zugelassene Inkassopartner im Land des Schuldners weiter. Es ist nicht für Forderungen gegen Verbraucher bestimmt.
legal-terms-2 = Sie bestätigen, dass die eingereichten Forderungen Ihrem Unternehmen zustehen, richtig und nicht bezahlt sind. Der Partner, der einen Fall annimmt, bearbeitet ihn unter seiner eigenen Zulassung und seinen eigenen Bedingungen, auf die Angebot und Partnerverzeichnis verweisen.
legal-terms-3 = Jeder Benutzer meldet sich mit eigener E-Mail-Adresse und eigenem Passwort an und hält beides geheim. Administratoren entscheiden, wer das Konto des Unternehmens nutzt, und sind für die von ihnen erstellten API-Schlüssel verantwortlich.
legal-terms-4 = Wir können ein Konto sperren, das Forderungen bösgläubig einreicht oder den Dienst missbraucht. Sie können Ihr Konto jederzeit schließen; bereits übergebene Fälle laufen beim Partner bis zu ihrem Abschluss weiter.
legal-privacy-title = Datenschutz und Auftragsverarbeitung
legal-privacy-1 = Was wir speichern: die Daten Ihres Unternehmens, Namen, E-Mail-Adressen und Passwort-Hashes Ihrer Benutzer (nie die Passwörter), die eingereichten Forderungen mit den Angaben zum Schuldner, Rechnungen, Dokumente und Nachrichten sowie, wer was in welchem Fall getan hat.
legal-privacy-2 = Wozu: um jede Forderung einem Partner zuzuordnen, sie zu übergeben, Ihnen den Fortschritt zu zeigen und Sie per E-Mail zu benachrichtigen, wenn Sie gefragt sind. Anmeldeversuche werden je Adresse 15 Minuten lang gezählt, um das Erraten von Passwörtern zu verhindern.
legal-privacy-3 = Wie lange: Forderungen und ihr Verlauf werden aufbewahrt, solange Ihr Konto besteht und die Aufbewahrungspflichten Ihres Landes es verlangen (meist 7 bis 10 Jahre nach Abschluss des Falls). Sitzungen enden nach Inaktivität; E-Mail-Links verfallen spätestens nach 7 Tagen.
legal-privacy-4 = Unterauftragsverarbeiter und Empfänger: Der Inkassopartner, der einen Fall übernimmt, erhält die Daten dieses Falls und verarbeitet sie unter seiner Zulassung als eigener Verantwortlicher. Nichts wird verkauft oder an Dritte weitergegeben. E-Mails laufen über den vom Betreiber eingerichteten Mailserver.
legal-privacy-5 = Ihre Rechte: Sie können Auskunft über Ihre personenbezogenen Daten verlangen, sie berichtigen, exportieren und löschen lassen und der Verarbeitung widersprechen; schreiben Sie an die Adresse auf der Kontaktseite. Außerdem können Sie sich bei Ihrer Datenschutzaufsichtsbehörde beschweren.
legal-contact-title = Kontakt
legal-contact-1 = Fragen zu Ihrem Konto, einem Fall oder einer Rechnung: Schreiben Sie an support@crossclaim.localhost und nennen Sie den Namen Ihres Unternehmens und, zu einem Fall, dessen Kennung (sie beginnt mit cl_). Wir antworten an Werktagen.
legal-contact-2 = Datenschutzanfragen: privacy@crossclaim.localhost. Partner, die dem Netzwerk beitreten möchten: partners@crossclaim.localhost.
legal-imprint-title = Impressum
legal-imprint-1 = CrossClaim wird von dem Unternehmen betrieben, das diese Installation des Portals führt; diese Demonstrationsinstallation nennt noch keinen Betreiber. Name, Anschrift, Registernummer und Umsatzsteuer-ID des Betreibers werden hier veröffentlicht, bevor das Portal für echte Forderungen genutzt wird.
legal-imprint-2 = CrossClaim ist selbst kein Inkassounternehmen: Das Inkasso führen die zugelassenen Partner durch, die in jedem Fall genannt sind.
