# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Signer les compétences d’autres personnes, comme formateur, employeur, centre, école ou collègue.
cli-cmd-issuer-init = Faire votre clé de signature d’émetteur. Elle est verrouillée par un mot de passe.
cli-cmd-issuer-show = Afficher votre nom d’émetteur, votre type et votre clé publique. Pas besoin de mot de passe.
cli-cmd-issuer-revoke = Retirer une attestation que vous avez signée, par son numéro.
cli-cmd-issuer-status-list = Écrire la liste signée des attestations que vous avez retirées, à donner aux personnes qui vérifient.
cli-cmd-endorse = Signer une demande qu’on vous a donnée, et écrire l’attestation à rendre.
cli-cmd-trust = Choisir à quelles signatures vous faites confiance quand vous vérifiez un code QR.
cli-cmd-trust-anchor = Ancres de confiance : les réseaux ou autorités qui se portent garants des émetteurs.
cli-cmd-trust-anchor-init = Faire une clé de signature d’ancre de confiance, pour se porter garant d’émetteurs.
cli-cmd-trust-anchor-show = Afficher le nom et la clé publique de votre ancre de confiance.
cli-cmd-trust-anchor-add = Faire confiance aux listes signées par la clé de cette ancre de confiance.
cli-cmd-trust-bundle = Comme ancre de confiance, signer une liste d’émetteurs dont vous vous portez garant.
cli-cmd-trust-import = Ajouter depuis un fichier une liste signée d’émetteurs de confiance.
cli-cmd-trust-list = Afficher les émetteurs auxquels vous faites confiance, et l’âge de chaque liste.
cli-cmd-revocation = Listes des attestations que des émetteurs ont retirées.
cli-cmd-revocation-import = Ajouter la liste signée d’un émetteur avec les attestations qu’il a retirées.
cli-cmd-verify = Vérifier un code QR Carnet : qui a signé chaque compétence, et si elle est toujours valable.

## Help: what to give

cli-arg-issuer-name = Votre nom ou celui de votre organisation, tel que les gens doivent le voir.
cli-arg-issuer-country = Votre pays, en deux lettres, comme KE ou PT.
cli-arg-issuer-kind = Ce que vous êtes : trainer, employer, centre, college ou colleague.
cli-arg-revoke-index = Le numéro de l’attestation à retirer.
cli-arg-cred-out = Le fichier à écrire.
cli-arg-endorse-request = La demande que la personne vous a donnée : le fichier (request.cbor), une image de son code QR (PNG ou JPEG), ou un fichier texte avec le texte qui commence par CNR1:
cli-arg-endorse-text = Le texte de la demande, qui commence par CNR1:, si la personne l’a envoyé dans un message. À la place d’un fichier.
cli-arg-endorse-assessed-by = Comment vous avez vérifié la compétence : observation, test, document ou interview.
cli-arg-endorse-expires = Le dernier jour où l’attestation est valable, comme 2027-05-14. Sans cela, elle ne finit pas.
cli-arg-endorse-valid-days = Combien de jours l’attestation est valable, à partir d’aujourd’hui.
cli-arg-anchor-name = Le nom de l’ancre de confiance, tel que les gens doivent le voir.
cli-arg-anchor-key = La clé publique de l’ancre de confiance : 64 lettres et chiffres.
cli-arg-bundle-issuer = Le fichier d’un émetteur, issu de carnet issuer show --json. Donnez-le une fois par émetteur.
cli-arg-trust-file = Le fichier de liste de confiance (.cbor).
cli-arg-status-file = Le fichier de liste de l’émetteur (.cbor).
cli-arg-verify-image = Une image du code QR : PNG, JPEG ou WebP.
cli-arg-verify-text = Le texte du code QR, qui commence par CN1:
cli-arg-verify-nonce = Le nombre que vous avez demandé à la personne de mettre dans le code (hexadécimal).
cli-arg-verify-audience = Le nom que vous avez demandé à la personne de mettre dans le code.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Votre clé d’émetteur pour { $name } est prête. Gardez bien votre mot de passe : sans lui, vous ne pouvez pas signer.
issuer-label-name = Nom :
issuer-label-country = Pays :
issuer-label-kind = Type :
issuer-label-public-key = Clé publique :
issuer-label-kid = Empreinte de la clé :
issuer-label-issued = Numéros donnés :
issuer-label-revoked = Retirées :
issuer-revoked = L’attestation numéro { $index } est retirée.
issuer-already-revoked = L’attestation numéro { $index } était déjà retirée.
issuer-revoked-next-step = Les personnes qui vérifient ne l’apprennent que par votre prochaine liste : écrivez-la avec carnet issuer status-list --out list.cbor, puis donnez-leur le fichier.
issuer-status-list-written = { $count ->
    [one] La liste est dans { $path }. Elle nomme { $count } attestation retirée.
   *[other] La liste est dans { $path }. Elle nomme { $count } attestations retirées.
}

endorse-intro = { $count ->
    [one] Vous allez signer { $count } entrée pour la personne qui a la clé { $holder } :
   *[other] Vous allez signer { $count } entrées pour la personne qui a la clé { $holder } :
}
endorse-entry = { $title } ({ $kind }, niveau { $level }, { $dates })
endorse-untitled = (sans titre)
endorse-how-observation = Vous dites l’avoir vue le faire.
endorse-how-test = Vous dites qu’elle a réussi un test.
endorse-how-document = Vous dites avoir vérifié un document.
endorse-how-interview = Vous dites l’avoir vérifié lors d’un entretien.
endorse-expires-on = Valable jusqu’au { $date }.
endorse-no-expiry = Pas de fin.
endorse-written = { $count ->
    [1] Signé. Rendez { $path } à la personne. Son numéro est { $first }.
   *[other] Signé. Rendez { $path } à la personne. Ses numéros vont de { $first } à { $last }.
}

trust-anchor-added = Vous faites maintenant confiance aux listes signées par { $name } (empreinte de la clé { $kid }).
trust-bundle-written = { $count ->
    [one] La liste signée de { $count } émetteur est dans { $path }.
   *[other] La liste signée de { $count } émetteurs est dans { $path }.
}
trust-imported = { $count ->
    [one] Liste de confiance de { $count } émetteur ajoutée, faite le { $date }.
   *[other] Liste de confiance de { $count } émetteurs ajoutée, faite le { $date }.
}
trust-list-empty = Vous ne faites encore confiance à aucun émetteur. Ajoutez une liste de confiance avec carnet trust import.
trust-list-bundle = { $days ->
    [0] Liste de confiance de { $anchor }, faite aujourd’hui ({ $date }) :
    [one] Liste de confiance de { $anchor }, faite il y a { $days } jour ({ $date }) :
   *[other] Liste de confiance de { $anchor }, faite il y a { $days } jours ({ $date }) :
}
trust-list-issuer =   { $name } : { $kind }, { $country }, empreinte de la clé { $kid }
revocation-imported = { $count ->
    [one] Liste de { $name } ajoutée, faite le { $date } : { $count } attestation retirée.
   *[other] Liste de { $name } ajoutée, faite le { $date } : { $count } attestations retirées.
}

## Errors of these commands

error-issuer-exists = Il y a déjà une clé d’émetteur dans ce dossier. Rien n’a été changé.
error-no-issuer = Il n’y a pas encore de clé d’émetteur dans ce dossier. Faites-en une avec carnet issuer init.
error-issuer-damaged = La clé d’émetteur de ce dossier est abîmée ou ne correspond pas à ses informations. Remettez une copie de sauvegarde.
error-anchor-exists = Il y a déjà une clé d’ancre de confiance dans ce dossier. Rien n’a été changé.
error-no-anchor = Il n’y a pas encore de clé d’ancre de confiance dans ce dossier. Faites-en une avec carnet trust anchor init.
error-anchor-damaged = La clé d’ancre de confiance de ce dossier est abîmée ou ne correspond pas à ses informations. Remettez une copie de sauvegarde.
error-identity-too-new = Cette clé a été faite par un Carnet plus récent. Mettez Carnet à jour pour l’utiliser.
error-storage-file = Carnet n’a pas pu écrire ni lire { $path }. Vérifiez qu’il reste de la place et que vous avez le droit d’y écrire. (Pour la personne qui vous aide : { $reason })
error-file-too-big = { $path } est bien trop gros pour être un fichier Carnet.
error-issuer-kind = « { $value } » n’est pas un type d’émetteur. Écrivez trainer, employer, centre, college ou colleague.
error-assessed-by = « { $value } » n’est pas une façon de vérifier. Écrivez observation, test, document ou interview.
error-expires-date = « { $value } » n’est pas un jour. Écrivez-le sous la forme année-mois-jour, comme 2027-05-14.
error-expires-past = Le jour de fin doit être après aujourd’hui.
error-issuer-indexes-used-up = Cette clé d’émetteur a donné tous ses numéros. Faites une nouvelle clé d’émetteur.
error-revoke-not-issued = Vous n’avez pas signé d’attestation avec le numéro { $index }. Vos numéros vont de 0 à moins de { $next }.
error-anchor-name = Le nom doit faire de 1 à 100 caractères.
error-anchor-known = Vous faites déjà confiance à cette ancre de confiance (empreinte de la clé { $kid }).
error-issuer-file = { $path } n’est pas un fichier d’émetteur. Demandez à l’émetteur le résultat de carnet issuer show --json.
error-trust-bundle-not-newer = Vous avez déjà cette liste de confiance ou une plus récente de la même ancre de confiance. Rien n’a été changé.
error-status-list-not-newer = Vous avez déjà une liste plus récente de cet émetteur. Rien n’a été changé.
error-status-list-issuer-unknown = Cette liste vient d’un émetteur auquel vous ne faites pas encore confiance (empreinte de la clé { $kid }). Importez d’abord une liste de confiance qui le nomme.
error-verifier-damaged = Vos listes de confiance enregistrées sont abîmées ou ont été modifiées. Importez-les de nouveau.
error-verify-nonce = « { $value } » n’est pas un nombre hexadécimal, comme 3fa9.
error-verify-got-request = C’est une demande de confirmation des entrées de quelqu’un (son texte commence par CNR1:), pas un code qui montre des compétences. Rien n’a été vérifié. La personne qui confirme la signe avec : carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = C’est un code qui montre les compétences de quelqu’un (son texte commence par CN1:), pas une demande de confirmation. Rien n’a été signé. Pour le vérifier, tapez : carnet verify PICTURE, ou carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = La liste de confiance est abîmée ou n’est pas une liste de confiance.
error-trust-bundle-wrong-file = C’est un autre type de fichier Carnet, pas une liste de confiance.
error-trust-bundle-newer-version = Cette liste de confiance a été faite par un Carnet plus récent. Mettez Carnet à jour pour la lire.
error-trust-bundle-unknown-anchor = Cette liste de confiance est signée par une ancre de confiance à laquelle vous ne faites pas confiance (empreinte de la clé { $kid }). Ajoutez-la d’abord avec carnet trust anchor add, si vous la connaissez.
error-trust-bundle-bad-signature = La signature de cette liste de confiance ne correspond pas. Le fichier a été modifié ou abîmé.
error-trust-bundle-invalid = Une valeur de la liste de confiance ne peut pas servir ({ $field }).
error-trust-bundle-too-large = La liste de confiance est trop grande.
error-status-list-malformed = La liste est abîmée ou n’est pas une liste d’attestations retirées.
error-status-list-wrong-file = C’est un autre type de fichier Carnet, pas une liste d’attestations retirées.
error-status-list-newer-version = Cette liste a été faite par un Carnet plus récent. Mettez Carnet à jour pour la lire.
error-status-list-wrong-issuer = Cette liste appartient à un autre émetteur ({ $found }, pas { $expected }).
error-status-list-bad-signature = La signature de cette liste ne correspond pas. Le fichier a été modifié ou abîmé.
error-status-list-invalid = Une valeur de la liste ne peut pas servir ({ $field }).
error-status-list-too-large = La liste est trop grande.
