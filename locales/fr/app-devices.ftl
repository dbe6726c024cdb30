# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Ajouter un autre appareil
app-pair-intro = Mettez votre carnet sur un autre de vos téléphones ou ordinateurs. Les deux appareils ont besoin du serveur.
app-pair-start = Ajouter un autre appareil
app-pair-passphrase = Pour ajouter un appareil, tapez votre mot de passe.
app-pair-show = Afficher le code
app-pair-scan = Sur le nouvel appareil, choisissez « Rejoindre un carnet », puis scannez ce code carré ou tapez le texte en dessous.
app-pair-qr-alt = Code carré à scanner avec le nouvel appareil
app-pair-code-label = Le code en texte
app-pair-expires = Le code marche encore { $time }.
app-pair-waiting = En attente du nouvel appareil…
app-pair-request = « { $name } » demande votre carnet.
app-pair-compare = Le nouvel appareil affiche-t-il ce même code ?
app-pair-approve = Oui, autoriser
app-pair-refuse = Non
app-pair-approved = « { $name } » a maintenant votre carnet. Il apparaît dans la liste des appareils après sa synchronisation.
app-pair-refused = Vous avez dit non. « { $name } » n’a rien reçu.
app-pair-again = Afficher un nouveau code

## Sync screen: the devices of this logbook

app-devices-title = Vos appareils
app-devices-none = Aucun appareil n’a encore synchronisé ce carnet. Synchronisez, et cet appareil apparaîtra ici.
app-devices-this = Cet appareil
app-devices-added = Ajouté le { $date }
app-devices-removed = Retiré le { $date }
app-devices-remove = Retirer
app-devices-remove-confirm = Retirer « { $name } » ? Faites-le quand un téléphone est perdu, vendu ou donné.
app-devices-remove-consequences = Il garde ce qu’il a déjà, mais il ne pourra rien recevoir de ce que vous ajoutez à partir de maintenant. Votre carnet reçoit une nouvelle clé, et vos autres appareils la reçoivent en se synchronisant. Pour utiliser de nouveau cet appareil, ajoutez-le de nouveau.
app-devices-remove-yes = Oui, le retirer
app-devices-removed-done = « { $name } » a été retiré. Votre carnet a maintenant une nouvelle clé, que cet appareil n’a pas.
app-devices-new-sheet = Votre feuille de secours contient l’ancienne clé. Faites-en une nouvelle maintenant dans Réglages, et détruisez l’ancienne.

## First run: another way to start

app-start-other = Avez-vous déjà un carnet ?
app-start-join = Rejoindre depuis un autre appareil
app-start-recover = Récupérer avec une feuille

## First run: joining a logbook from another device

app-join-title = Rejoindre un carnet
app-join-intro = Sur votre autre appareil, ouvrez Synchroniser et choisissez « Ajouter un autre appareil ». Il affiche un code.
app-join-code = Le code (il commence par CNP1:)
app-join-code-hint = Collez ou tapez le code ici
app-join-picture = Ouvrir une image du code
app-join-name = Un nom pour cet appareil
app-join-name-default = Mon nouvel appareil
app-join-passphrase = Choisissez un mot de passe pour cet appareil
app-join-send = Continuer
app-join-check = Votre autre appareil doit afficher ce même code. Autorisez-le là-bas.
app-join-waiting = En attente de l’accord de votre autre appareil…
app-join-copying = Copie de votre carnet…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Récupérer votre carnet
app-recover-intro = Utilisez votre feuille de secours et votre mot de passe. Carnet récupère votre carnet sur le serveur.
app-recover-by-words = Taper les 12 mots
app-recover-by-code = Utiliser le code carré
app-recover-words = Les 12 mots, dans l’ordre
app-recover-words-hint = mot1 mot2 mot3 …
app-recover-hub = L’adresse du serveur écrite sur la feuille
app-recover-code = Le texte du code carré (il commence par CNS1:)
app-recover-picture = Ouvrir une photo de la feuille
app-recover-passphrase = Votre mot de passe (celui que vous utilisiez avant)
app-recover-start = Récupérer mon carnet

## Reading a square code from a picture

app-picture-read = Le code a été lu sur l’image.
app-scan-camera = Scanner avec l’appareil photo
error-camera-scan = Aucun code n’a été lu. Si Carnet n’a pas le droit d’utiliser l’appareil photo, autorisez-le dans les réglages de votre téléphone. Vous pouvez aussi ouvrir une photo du code.

## Settings: the recovery sheet

app-sheet-title = Feuille de secours
app-sheet-intro = Une feuille de secours est un papier avec 12 mots et un code carré. Si vous perdez ce téléphone, la feuille et votre mot de passe permettent de retrouver votre carnet sur un nouveau. Gardez la feuille en lieu sûr, loin de votre téléphone. Ne gardez pas votre mot de passe avec elle.
app-sheet-replaces = Une nouvelle feuille remplace l’ancienne : l’ancienne feuille ne marche plus.
app-sheet-needs-hub = La feuille utilise le serveur. Indiquez d’abord l’adresse du serveur dans l’écran Synchroniser.
app-sheet-passphrase = Tapez votre mot de passe pour faire une feuille
app-sheet-format = Enregistrer en
app-sheet-pdf = PDF, pour imprimer
app-sheet-png = Image
app-sheet-make = Faire une feuille de secours
app-sheet-saved = Votre feuille de secours est enregistrée dans { $path }. Imprimez-la, ou recopiez les mots ci-dessous, et gardez le papier en lieu sûr.
app-sheet-english = La feuille est en anglais : Carnet ne sait pas encore y écrire les lettres de votre langue.
app-sheet-words = Vos 12 mots

## Settings: export and import

app-export-title = Exporter et importer
app-export-intro = Exporter enregistre tout votre carnet dans un fichier, pour le garder ou le donner à une personne de votre choix.
app-export-consent = Ce fichier contient votre carnet sous une forme lisible : il n’est pas verrouillé par votre mot de passe. Toute personne qui a le fichier peut tout y lire. Les photos ne sont pas dans le fichier.
app-export-agree = J’ai compris. Enregistrer le fichier
app-export = Exporter
app-export-saved = { $count ->
    [one] { $count } entrée enregistrée dans { $path }.
   *[other] { $count } entrées enregistrées dans { $path }.
}
app-import-intro = Importer ajoute à ce carnet le contenu d’un fichier exporté. Rien n’est supprimé de votre carnet.
app-import = Importer un fichier
app-import-added = { $count ->
    [0] Aucune nouvelle entrée.
    [one] { $count } nouvelle entrée ajoutée.
   *[other] { $count } nouvelles entrées ajoutées.
}
app-import-updated = { $count ->
    [0] Aucune entrée modifiée.
    [one] { $count } entrée modifiée.
   *[other] { $count } entrées modifiées.
}
app-import-unchanged = { $count ->
    [0] Aucune entrée n’était déjà identique.
    [one] { $count } entrée était déjà identique.
   *[other] { $count } entrées étaient déjà identiques.
}
app-import-profile = Votre profil a été mis à jour.
app-import-missing-photos = { $count ->
    [one] { $count } photo citée dans le fichier n’est pas sur cet appareil.
   *[other] { $count } photos citées dans le fichier ne sont pas sur cet appareil.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Votre feuille de secours marche toujours, avec votre nouveau mot de passe.
app-passphrase-sheet-not-updated = Votre feuille de secours n’a pas pu être mise à jour sur le serveur. Tant que vous n’en faites pas une nouvelle, elle demande votre ancien mot de passe. Faites une nouvelle feuille quand vous êtes connecté.

## This device's name

app-device-name = Nom de cet appareil
app-device-name-hint = Le nom sous lequel vos autres appareils affichent celui-ci, par exemple « Téléphone d’Amina ».
app-device-name-saved = Enregistré. Vos autres appareils l’affichent après la synchronisation de cet appareil.
