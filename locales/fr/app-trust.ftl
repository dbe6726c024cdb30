# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Listes de confiance
app-trust-title = Listes de confiance
app-trust-intro = Une liste de confiance vient d’un réseau que vous connaissez, par exemple un groupe de centres de formation. Elle nomme les écoles, centres et employeurs dont ce réseau se porte garant. Un code signé par l’un d’eux apparaît comme vérifié.
app-trust-warning = Ne faites confiance qu’à un réseau dont vous avez reçu la clé du réseau lui-même : en personne, sur son propre papier ou sur son propre site web. Toute personne qui peut mettre une clé ici peut faire passer de faux codes pour vérifiés.

## What is held

app-trust-held = Ce que cet appareil croit
app-trust-none = Cet appareil ne fait encore confiance à aucun réseau. Les codes signés apparaissent comme « Signé, mais pas par un émetteur de confiance ».
app-trust-kid = Empreinte de la clé : { $kid }
app-trust-no-list = Pas encore de liste de confiance de ce réseau. Ajoutez son fichier ci-dessous.
app-trust-list-line = Liste de confiance du { $date } ({ $days ->
    [0] aujourd’hui
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}) : { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
app-trust-status-held = Attestations retirées
app-trust-status-line = { $name } : liste du { $date } ({ $days ->
    [0] aujourd’hui
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}), { $count ->
    [0] rien de retiré
    [one] { $count } retirée
   *[other] { $count } retirées
}

## Stop trusting a network

app-trust-remove = Ne plus faire confiance
app-trust-remove-confirm = Ne plus faire confiance à { $name } ? Les codes signés par les lieux de sa liste n’apparaîtront plus comme vérifiés. Vous pourrez ajouter ce réseau de nouveau plus tard.
app-trust-remove-yes = Oui, ne plus lui faire confiance
app-trust-removed = Vous ne faites plus confiance à { $name }.

## Trust a network

app-trust-add-title = Faire confiance à un réseau
app-trust-add-hint = Tapez ou collez la clé et le nom du réseau, ou ouvrez le fichier que le réseau vous a donné.
app-trust-key = La clé du réseau (64 lettres et chiffres)
app-trust-name = Le nom du réseau
app-trust-from-file = Ouvrir le fichier de clé du réseau
app-trust-add = Faire confiance à ce réseau
app-trust-added = Vous faites maintenant confiance à { $name }. Ajoutez maintenant sa liste de confiance.

## Files

app-trust-bundle-title = Ajouter une liste de confiance
app-trust-bundle-hint = Un fichier qui finit par .cbor et que le réseau vous a donné. Un plus récent remplace le plus ancien.
app-trust-bundle-open = Ouvrir un fichier de liste de confiance
app-trust-bundle-done = Liste de confiance de { $name } ajoutée ({ $date }) : { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}.
app-trust-status-title = Ajouter une liste d’attestations retirées
app-trust-status-hint = Une école ou un centre peut retirer une attestation faite par erreur. Sa liste indique à cet appareil lesquelles.
app-trust-status-open = Ouvrir un fichier de liste
app-trust-status-done = Liste de { $name } ajoutée ({ $date }) : { $count ->
    [0] rien de retiré
    [one] { $count } attestation retirée
   *[other] { $count } attestations retirées
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Ce fichier n’est pas un fichier de clé de réseau. Ouvrez le fichier que le réseau vous a donné, ou tapez la clé.
error-app-anchor-invalid-key = Ce n’est pas une clé de réseau. Une clé a exactement 64 lettres (de a à f) et chiffres. Vérifiez qu’elle a été copiée en entier.
error-app-anchor-name = Donnez au réseau un nom de 1 à 100 lettres.
error-app-anchor-known = Vous faites déjà confiance à ce réseau (empreinte de la clé { $kid }). Rien n’a été changé.
error-app-trust-bundle-malformed = Ce fichier n’est pas une liste de confiance, ou il est abîmé. Rien n’a été changé.
error-app-trust-bundle-wrong-file = C’est un autre type de fichier Carnet, pas une liste de confiance. Rien n’a été changé.
error-app-trust-bundle-newer-version = Cette liste de confiance a été faite par un Carnet plus récent. Mettez Carnet à jour pour la lire.
error-app-trust-bundle-unknown-anchor = Cette liste de confiance vient d’un réseau auquel vous ne faites pas confiance (empreinte de la clé { $kid }). Faites d’abord confiance au réseau, puis ajoutez de nouveau sa liste.
error-app-trust-bundle-bad-signature = La signature de cette liste de confiance ne correspond pas : le fichier a été modifié ou abîmé. Rien n’a été changé. Redemandez le fichier au réseau.
error-app-trust-bundle-invalid = Cette liste de confiance ne peut pas servir. Rien n’a été changé. Redemandez le fichier au réseau.
error-app-trust-bundle-too-large = Ce fichier est trop gros pour être une liste de confiance. Rien n’a été changé.
error-app-trust-bundle-not-newer = Vous avez déjà cette liste de confiance ou une plus récente du même réseau. Rien n’a été changé.
error-app-status-list-malformed = Ce fichier n’est pas une liste d’attestations retirées, ou il est abîmé. Rien n’a été changé.
error-app-status-list-wrong-file = C’est un autre type de fichier Carnet, pas une liste d’attestations retirées. Rien n’a été changé.
error-app-status-list-newer-version = Cette liste a été faite par un Carnet plus récent. Mettez Carnet à jour pour la lire.
error-app-status-list-wrong-issuer = Cette liste appartient à un autre signataire ({ $found }, pas { $expected }). Rien n’a été changé.
error-app-status-list-bad-signature = La signature de cette liste ne correspond pas : le fichier a été modifié ou abîmé. Rien n’a été changé.
error-app-status-list-invalid = Cette liste ne peut pas servir. Rien n’a été changé. Redemandez le fichier.
error-app-status-list-too-large = Ce fichier est trop gros pour être une liste d’attestations retirées. Rien n’a été changé.
error-app-status-list-issuer-unknown = Cette liste vient d’un signataire qu’aucune de vos listes de confiance ne nomme (empreinte de la clé { $kid }). Ajoutez d’abord la liste de confiance qui le nomme.
error-app-status-list-not-newer = Vous avez déjà une liste plus récente de ce signataire. Rien n’a été changé.
error-app-verifier-write = Carnet n’a pas pu enregistrer le fichier dans { $path }. Vérifiez qu’il reste de la place sur l’appareil. (Pour la personne qui vous aide : { $reason })
