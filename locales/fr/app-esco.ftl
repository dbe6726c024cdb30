# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Trouver le nom officiel (ESCO)
app-esco-find-hint = Tapez quelques lettres, par exemple « soud »
app-esco-why = Les employeurs d’autres pays connaissent ces noms. Choisissez celui qui ressemble le plus à ce que vous faites.
app-esco-none = Aucun nom officiel trouvé. Essayez d’autres mots, ou un mot plus court.
app-esco-english = En anglais : { $english }
app-esco-linked = Nom officiel
app-esco-unlink = Retirer
app-esco-choose = Choisir
app-esco-searching = Recherche…
app-esco-kind-skill = Compétence
app-esco-kind-occupation = Métier

## Comparing with a job

app-match = Métiers pour moi
app-match-title = Métiers pour moi
app-match-intro = Choisissez un métier pour voir quelles compétences de ce métier votre carnet montre, et lesquelles manquent.
app-match-find = Chercher un métier
app-match-chosen = Le métier choisi
app-match-find-hint = Par exemple « cuisinier » ou « soudeur »
app-match-fit = Métiers qui vont avec mon carnet
app-match-fit-none = Aucune de vos entrées n’a encore de nom officiel. Ajoutez-en un à une entrée d’abord : Modifier, puis « Trouver le nom officiel ».
app-match-fit-line = { $covered } sur { $total } compétences principales ({ $percent } %)
app-match-summary = { $total ->
    [0] Ce métier n’a pas de compétences principales dans ESCO.
   *[other] Votre carnet montre { $covered } de ses { $total } compétences principales.
}
app-match-essential = Compétences principales
app-match-optional = Autres compétences utiles
app-match-endorsed = Signée
app-match-self-declared = Selon vous
app-match-missing = Manque
app-match-maybe = Est-ce votre entrée « { $title } » ?
app-match-link = Oui, les relier
app-match-other-job = Un autre métier

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Choisir pour cette étape
app-stage-template-hint = Carnet coche ce qui compte à cette étape. Vous pouvez le changer.
app-stage-target = Le métier que vous visez (vous pouvez passer)
