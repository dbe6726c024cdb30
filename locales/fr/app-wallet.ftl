# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Mes attestations
app-present = Montrer mes compétences
app-verify = Vérifier un code

## Wallet

app-wallet-title = Mes attestations
app-wallet-intro = Voici les compétences que quelqu’un a signées pour vous. Vous pouvez les montrer avec un code QR.
app-wallet-empty = Personne n’a encore signé de compétence pour vous. Demandez à un formateur, un employeur ou un centre de confirmer ce que vous savez faire.
app-wallet-by = Signé par { $name } ({ $kind }, { $country })
app-wallet-issued = Signé le { $date }
app-wallet-expires = Valable jusqu’au { $date }
app-wallet-expired = Expiré le { $date }
app-wallet-no-expiry = N’expire pas
app-wallet-damaged = Cette attestation est abîmée et ne peut pas être montrée. Demandez-en une nouvelle à la personne qui l’a signée.
app-standing-valid = Vérifié : signé par quelqu’un de votre liste de confiance
app-standing-unknown-issuer = Signé, mais le signataire n’est pas dans votre liste de confiance
app-standing-expired = Expiré
app-standing-revoked = Retiré par le signataire
app-standing-malformed = Abîmé

## Present: choosing what to show

app-present-title = Montrer mes compétences
app-present-endorsed = Signé par quelqu’un
app-present-self = Dit par moi seul
app-present-self-hint = La personne qui vérifie les voit comme votre propre parole, pas comme signées.
app-present-details = Ce qu’il faut montrer de chacun
app-present-details-all = Tout
app-present-details-short = Seulement le nom et le niveau
app-present-stage = Pour qui ?
app-present-print = Pour imprimer sur papier (valable 5 ans)
app-present-make = Afficher le code QR
app-present-none = Choisissez au moins une chose à montrer.
app-present-nothing-yet = Votre carnet est vide. Ajoutez d’abord quelque chose.

## Present: the QR code

app-qr-title = Laissez-les scanner ce code
app-qr-expires = Ce code marche jusqu’au { $date }.
app-qr-preview = Ce que verra la personne qui vérifie
app-qr-preview-hide = Masquer ce que voit la personne qui vérifie
app-qr-done = Terminé
app-qr-preview-note = Voici ce que verra une personne qui vérifie avec les mêmes listes de confiance que ce téléphone.

## Verify

app-verify-title = Vérifier un code
app-verify-intro = Prenez ou choisissez une photo d’un code QR Carnet. Rien n’est envoyé nulle part : la vérification se fait sur cet appareil.
app-verify-picture = Prendre ou choisir une photo
app-verify-text = Ou collez le texte du code (il commence par CN1:)
app-verify-check = Vérifier
app-verify-checking = Vérification…
app-verify-again = Vérifier un autre code

## The verdict

app-verdict-title = Résultat
app-verdict-made = Fait pour { $stage } le { $date }.
app-verdict-expires = Le code marche jusqu’au { $date }.
app-verdict-newer = Ce code a été fait par un Carnet plus récent. Mettez Carnet à jour pour le vérifier.
app-item-endorsed = Signé
app-item-self = Selon la personne
app-item-assessed = Vérifié par { $how }
app-item-hidden = { $count ->
    [one] { $count } détail est caché par la personne.
   *[other] { $count } détails sont cachés par la personne.
}

## Errors of these screens

error-wallet-no-key = Ce carnet n’a pas de clé pour signer. Rien n’a été montré. Merci de signaler ce problème.
error-wallet-not-endorsed = Personne n’a encore signé « { $title } ». Montrez-le comme « dit par moi seul », ou demandez à quelqu’un de le confirmer.
error-wallet-credential-damaged = L’attestation de « { $title } » est abîmée. Montrez-la comme « dit par moi seul », ou demandez-en une nouvelle.
error-wallet-entry-unfit = « { $title } » ne peut pas aller dans un code : son champ { $field } est trop long ou n’a pas la bonne forme. Modifiez l’entrée, puis réessayez.
error-wallet-selected-twice = « { $title } » est choisi deux fois. Choisissez-le une seule fois.
error-wallet-nothing-chosen = Choisissez au moins une chose à montrer.
error-wallet-too-large = C’est trop pour un seul code QR ({ $chars } caractères). Choisissez moins de choses, ou montrez seulement le nom et le niveau.
error-wallet-credential = Le code n’a pas pu être fait. Rien n’a été montré. Merci de signaler ce problème. (Pour la personne qui vous aide : { $reason })
error-wallet-no-code = Aucun code QR Carnet trouvé sur cette image. Reprenez la photo, plus près et plus nette, avec tout le code dedans.
error-wallet-not-a-picture = Ce fichier n’est pas une image que Carnet peut lire. Utilisez une photo (JPEG ou PNG).
error-wallet-picture-too-large = L’image est trop grande ({ $width } × { $height } pixels). Prenez-en une plus petite et réessayez.
error-wallet-got-request = C’est une demande de signature des compétences de quelqu’un, pas un code qui montre des compétences. Rien n’a été vérifié.
error-wallet-trust-damaged = Vos listes de confiance sont abîmées ou ont été modifiées. Importez-les de nouveau. D’ici là, aucun signataire n’est considéré comme de confiance.
error-wallet-trust-unreadable = Carnet n’a pas pu lire vos listes de confiance dans { $path }. Vérifiez qu’il reste de la place sur l’appareil. (Pour la personne qui vous aide : { $reason })
error-wallet-not-yours = Cette attestation a été faite pour le carnet de quelqu’un d’autre, pas le vôtre. Rien n’a été gardé. Vérifiez que vous avez reçu votre propre fichier.
error-wallet-bad-signature = La signature de ce fichier ne correspond pas : il a été modifié ou abîmé. Rien n’a été gardé. Redemandez le fichier.
error-wallet-not-a-credential = Ce fichier n’est pas une attestation signée de Carnet. Rien n’a été gardé. Demandez à la personne qui a signé le fichier qu’elle a fait.
error-wallet-too-many = Demandez au plus { $max } choses à la fois. Choisissez-en moins.
error-wallet-not-from-request = Cette attestation ne dit pas laquelle de vos entrées elle confirme. Rien n’a été gardé. Demandez-en une nouvelle, faite à partir de votre code de demande.
error-wallet-entry-gone = Cette attestation confirme une entrée qui n’est plus dans votre carnet. Rien n’a été gardé. Si vous l’avez retirée, ajoutez-la de nouveau depuis une copie, puis demandez une nouvelle attestation.

## Asking for a signature, and keeping it

app-request = Demander une signature
app-request-title = Demander une signature
app-request-intro = Montrez ce code au formateur, à l’employeur ou au centre qui va confirmer ce que vous savez faire. Il le scanne avec Carnet et vous rend un fichier signé.
app-request-key = Votre clé : { $kid }. La personne qui signe voit le même code.
app-request-text = Le même code en texte, à envoyer dans un message
app-request-next = Quand vous recevez le fichier signé, ouvrez « Mes attestations » et touchez « Ajouter un fichier signé ».
app-receive = Ajouter un fichier signé
app-received = Gardé : { $name } ({ $kind }) a signé { $titles }.
