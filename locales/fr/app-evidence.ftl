# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Photos et messages vocaux
app-evidence-hint = Montrez ce que vous savez faire : prenez un papier en photo, ou racontez-le avec votre voix.
app-evidence-add-photo = Ajouter une photo d’un certificat
app-evidence-record = Enregistrer un message vocal
app-evidence-attach-sound = Joindre un fichier son
app-evidence-adding-photo = Ajout de la photo…
app-evidence-adding-voice = Ajout du message vocal…
app-evidence-recording = Enregistrement : { $time } sur { $max }
app-evidence-stop = Arrêter et garder
app-evidence-starting = Démarrage du micro…
app-evidence-photo = Photo { $number }
app-evidence-voice = Message vocal { $number }
app-evidence-view = Voir en grand
app-evidence-close = Fermer
app-evidence-missing = Pas encore sur ce téléphone. Synchronisez pour l’avoir.
app-evidence-other = Un fichier d’un Carnet plus récent. Mettez Carnet à jour pour le voir.
app-evidence-saved = Enregistré. Vous pouvez en ajouter d’autres.
app-evidence-remove-confirm = Retirer ceci de l’entrée ? Il est aussi supprimé de cet appareil.
