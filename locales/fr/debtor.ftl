## La page de réponse du débiteur, à laquelle renvoie chaque relance.

debtor-title = Vos factures de { $creditor }
debtor-intro = { $creditor } n'a pas encore reçu le règlement des factures ci-dessous. Vous avez déjà payé, vous souhaitez indiquer une date de paiement, vous avez besoin d'un échéancier ou vous contestez la créance ? Répondez ici : votre réponse parvient immédiatement à { $creditor }.
debtor-language = Langue
debtor-total-today = Total au { $date }
debtor-answers = Votre réponse
debtor-paid-heading = Nous avons payé
debtor-paid-on = Date du paiement
debtor-paid-reference = Référence du paiement (facultatif)
debtor-promise-heading = Nous paierons à une date précise
debtor-promise-on = Nous réglerons le total le
debtor-promise-hint = Au plus tard dans 30 jours. Vous recevrez une confirmation écrite.
debtor-plan-heading = Nous avons besoin d'un échéancier
debtor-plan-count = Nombre d'échéances
debtor-plan-first = Première échéance le
debtor-plan-note = Ce que le créancier doit savoir (facultatif)
debtor-dispute-heading = Nous contestons cette créance
debtor-dispute-reason = Motif
debtor-choose = Choisissez…
debtor-reason-not-ordered = Nous n'avons pas commandé ces marchandises ou prestations
debtor-reason-not-delivered = Non livré, ou non conforme à la commande
debtor-reason-wrong-amount = Le montant est erroné
debtor-reason-already-paid = Nous avons déjà payé
debtor-reason-other = Autre motif
debtor-dispute-text = Qu'est-ce qui ne va pas ?
debtor-dispute-document = Un document qui l'atteste (facultatif)
debtor-document-hint = PDF, image, fichier Word, Excel ou texte, 20 Mo au plus.
debtor-send = Envoyer
debtor-errors = Veuillez vérifier les points suivants :
debtor-error-date = Indiquez une date, par exemple 30/11/2026.
debtor-error-paid-future = La date du paiement ne peut pas être dans le futur.
debtor-error-past = La date ne peut pas être dans le passé.
debtor-error-too-late = Choisissez une date dans { $days } jours au plus, soit au plus tard le { $date }.
debtor-error-count = Indiquez un nombre d'échéances compris entre { $min } et { $max }.
debtor-error-reason = Choisissez le motif.
debtor-error-text = Expliquez en quelques mots ce qui ne va pas.
debtor-error-too-long = { $max } caractères au plus.
debtor-error-document = Ce document ne peut pas être accepté : envoyez un PDF, une image ou un fichier Word, Excel ou texte de 20 Mo au plus.
debtor-unavailable = Votre réponse n'a pas pu être enregistrée pour le moment. Veuillez réessayer dans quelques minutes.
debtor-thanks-heading = Merci
debtor-thanks-paid = Nous avons informé { $creditor } de votre paiement. Les relances sont suspendues le temps que { $creditor } le vérifie.
debtor-thanks-promise = { $creditor } a bien reçu votre engagement. Une confirmation écrite vous est envoyée par e-mail.
debtor-thanks-plan = { $creditor } a bien reçu votre proposition d'échéancier et vous fera savoir si elle est acceptée.
debtor-thanks-dispute = { $creditor } a bien reçu votre contestation. Aucune autre relance ne sera envoyée pendant son examen.
debtor-back = Retour aux factures
debtor-private = Cette page est destinée à { $debtor } uniquement. Merci de ne pas en partager l'adresse.
debtor-too-many-heading = Veuillez patienter
debtor-too-many = Trop de demandes proviennent de votre adresse. Veuillez patienter { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
} avant de réessayer.
