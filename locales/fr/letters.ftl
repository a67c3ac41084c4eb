## Ce que lit le débiteur : les relances écrites et la confirmation d'un engagement de paiement.
## Ne jamais numéroter une relance (cela annonce au débiteur qu'il y en aura d'autres).

letters-reminder-subject = Rappel de paiement : facture { $invoices } de { $creditor }
letters-notice-subject = Mise en demeure avant recouvrement : facture { $invoices } de { $creditor }
letters-greeting = Madame, Monsieur,
letters-reminder-intro = { $count ->
    [one] Sauf erreur de notre part, la facture ci-dessous de { $creditor } n'a pas encore été réglée. Il s'agit sans doute d'un simple oubli ; nous nous permettons donc de vous la rappeler.
   *[other] Sauf erreur de notre part, les factures ci-dessous de { $creditor } n'ont pas encore été réglées. Il s'agit sans doute d'un simple oubli ; nous nous permettons donc de vous les rappeler.
}
letters-reminder-pay-by = Nous vous remercions de bien vouloir régler le montant total au plus tard le { $date }.
letters-reminder-crossed = Si votre règlement a croisé ce message, nous vous en remercions et vous prions de ne pas en tenir compte.
letters-notice-intro = { $count ->
    [one] Malgré notre rappel, la facture ci-dessous de { $creditor } reste impayée. Par la présente, nous vous mettons en demeure de régler le montant total indiqué ci-dessous.
   *[other] Malgré notre rappel, les factures ci-dessous de { $creditor } restent impayées. Par la présente, nous vous mettons en demeure de régler le montant total indiqué ci-dessous.
}
letters-notice-pay-by = Le paiement doit nous parvenir au plus tard le { $date }.
letters-notice-agency = À défaut de paiement à cette date, nous confierons la créance, sans autre avis, à { $agency } (agrément : { $licence }), société de recouvrement agréée dans votre pays.
letters-notice-no-agency = À défaut de paiement à cette date, nous confierons la créance, sans autre avis, à une société de recouvrement agréée dans votre pays.
letters-notice-costs = Vous serez alors également redevable des intérêts de retard légaux jusqu'au jour du paiement ainsi que de l'indemnité forfaitaire pour frais de recouvrement de { $compensation }.
letters-notice-costs-by-law = Vous serez alors également redevable des intérêts de retard légaux jusqu'au jour du paiement ainsi que de l'indemnité pour frais de recouvrement prévue par la loi.
letters-invoice-line = Facture { $number } du { $issued }, échue le { $due } : { $amount }
letters-col-invoice = Facture
letters-col-issued = Date de facture
letters-col-due = Échéance
letters-col-outstanding = Restant dû
letters-outstanding = Montant restant dû
letters-interest = Intérêts de retard légaux au { $date }
letters-fee = Frais de rappel
letters-total = Total à régler
letters-pay-to = Merci d'effectuer votre virement sur le compte suivant :
letters-reference = Référence de paiement
letters-pay-invoice-details = Merci d'utiliser les coordonnées bancaires figurant sur la facture et d'indiquer le numéro de facture.
letters-respond = Vous avez déjà payé, vous avez besoin d'un délai ou vous contestez la créance ? Dites-le-nous ici :
letters-regards = Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
letters-promise-subject = Confirmation de votre engagement de paiement envers { $creditor } : { $amount } au plus tard le { $date }
letters-promise-body = Nous vous remercions de votre réponse et vous confirmons votre engagement : vous réglerez { $amount } à { $creditor } au plus tard le { $date }.
letters-promise-keep = Si le paiement ne nous est pas parvenu à cette date, le recouvrement se poursuivra sans autre avis.
letters-promise-change = En cas de changement, merci de nous en informer ici :
