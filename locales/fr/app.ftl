# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Choisissez votre langue
app-continue = Continuer

## First run: making a passphrase

app-create-title = Protégez votre carnet
app-create-intro = Choisissez un mot de passe. Vous seul le connaissez. Carnet le demande chaque fois que vous ouvrez votre carnet.
app-passphrase = Mot de passe
app-passphrase-again = Tapez-le de nouveau
app-passphrase-show = Afficher
app-passphrase-hide = Masquer
app-strength-too-short = Trop court : utilisez au moins { $min } caractères.
app-strength-weak = Faible : quelques mots mis ensemble sont plus faciles à retenir et plus difficiles à deviner.
app-strength-fair = Bien. Un plus long est encore plus sûr.
app-strength-strong = Fort.
app-passphrase-mismatch = Les deux mots de passe ne sont pas les mêmes. Tapez-les de nouveau.
app-create = Créer mon carnet
app-working = Patientez…
app-back = Retour

## Unlock

app-unlock-title = Ouvrez votre carnet
app-unlock = Ouvrir
app-lock = Verrouiller

## The logbook

app-logbook-title = Mon carnet
app-logbook-empty = Votre carnet est vide. Ajoutez quelque chose que vous savez faire.
app-add = Ajouter
app-kind-skill = Compétences
app-kind-qualification = Diplômes
app-kind-experience = Expérience de travail
app-kind-language = Langues
app-kind-learning = Formations
app-self-declared = Déclaré par moi
app-show-more = { $count ->
    [one] Afficher { $count } de plus
   *[other] Afficher { $count } de plus
}
app-endorsed = Attesté

## Adding an entry

app-add-title = Ajouter à mon carnet
app-add-kind = Qu’est-ce que c’est ?
app-add-title-label = Nom
app-add-title-hint = Par exemple : Soudure, Conduite de camion, Arabe
app-add-level = Niveau
app-level-none = Pas de niveau
app-level-basic = Débutant
app-level-intermediate = Intermédiaire
app-level-advanced = Avancé
app-level-expert = Expert
app-level-eqf = Niveau { $level }
app-save = Enregistrer
app-cancel = Annuler

## Moving around

app-settings = Réglages
app-sync = Synchroniser
app-edit = Modifier
app-remove = Retirer

## The logbook: search and filter

app-search = Chercher
app-search-hint = Tapez un mot, par exemple : soudure
app-stage-filter = Étape de votre parcours
app-stage-any = Toutes les étapes
app-stage-recruitment = Recrutement
app-stage-pre-departure = Avant le départ
app-stage-arrival = Arrivée
app-stage-career = Travail
app-stage-return = Retour
app-search-none = Aucun résultat. Essayez un autre mot ou une autre étape.

## Changing and removing an entry

app-edit-title = Modifier cette entrée
app-stages = Étapes de votre parcours
app-remove-confirm = Retirer « { $title } » de votre carnet ? Ce n’est pas réversible.
app-remove-yes = Oui, la retirer

## Settings

app-settings-title = Réglages
app-settings-language = Langue
app-settings-lock = Verrouiller après
app-lock-minutes = { $minutes ->
    [one] { $minutes } minute sans utilisation
   *[other] { $minutes } minutes sans utilisation
}
app-settings-passphrase = Changer de mot de passe
app-passphrase-current = Mot de passe actuel
app-passphrase-new = Nouveau mot de passe
app-passphrase-change = Changer de mot de passe
app-passphrase-changed = Votre mot de passe a changé. Utilisez le nouveau à partir de maintenant.
app-about = À propos de Carnet
app-locked-idle = Carnet a verrouillé votre carnet parce que personne ne l’a utilisé depuis un moment. Ouvrez-le de nouveau avec votre mot de passe.

## Sync with a hub

app-sync-title = Synchroniser avec un serveur
app-sync-intro = Un serveur garde une copie verrouillée de votre carnet, pour que vous puissiez l’utiliser sur un autre téléphone. Le serveur ne peut pas la lire.
app-hub-address = Adresse du serveur
app-hub-address-hint = Par exemple : https://hub.example.org
app-hub-save = Enregistrer l’adresse
app-sync-now = Synchroniser maintenant
app-sync-never = Pas encore synchronisé.
app-sync-last = Dernière synchronisation : { $when }
app-sync-pending = { $count ->
    [0] Rien n’attend d’être envoyé.
    [one] { $count } modification attend d’être envoyée.
   *[other] { $count } modifications attendent d’être envoyées.
}
app-sync-sending = Envoi
app-sync-receiving = Réception
app-sync-photos = Photos
app-sync-done = Synchronisation terminée.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Votre carnet est verrouillé. Ouvrez-le avec votre mot de passe, puis réessayez.
error-unknown-language = Carnet n’a pas la langue { $tag }. Choisissez-en une dans la liste.

## Settings: how the screens look

app-settings-display = Apparence de Carnet
app-high-contrast = Contraste fort (noir sur blanc)
app-text-size = Taille du texte
app-text-size-percent = { $percent } %

## Read aloud

app-read-aloud = Écouter

## Two languages at once

app-dual-language = Afficher aussi en
app-dual-none = Pas de deuxième langue
