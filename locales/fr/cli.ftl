# Review status: machine-drafted, needs review by a native speaker.

## Help: headings

cli-help-usage = Comment l’écrire :
cli-help-commands = Commandes :
cli-help-arguments = Ce qu’il faut donner :
cli-help-options = Options :
cli-help-examples = Exemples :

## Help: the whole program

cli-about = Carnet garde une trace de ce que vous savez faire : compétences, travail, langues, diplômes et formations. Tout reste sur votre appareil, verrouillé par votre mot de passe.

cli-examples =
    Commencer un carnet :          carnet init
    Ajouter une compétence :       carnet add skill --title "Welding" --level advanced
    Voir vos entrées :             carnet list
    Voir une entrée :              carnet show 3f2a
    Aide pour une commande :       carnet add --help

cli-opt-data-dir = Le dossier où votre carnet est gardé. Vous pouvez aussi utiliser CARNET_DATA_DIR.
cli-opt-json = Répondre en JSON, pour d’autres programmes.
cli-opt-lang = La langue des messages de Carnet, par exemple ar, fa, fr, uk ou en.
cli-opt-help = Afficher cette aide.
cli-opt-version = Afficher la version de Carnet.

## Help: commands

cli-cmd-init = Créer un nouveau carnet, verrouillé par un mot de passe.
cli-cmd-passphrase = Changer le mot de passe de votre carnet.
cli-cmd-passphrase-change = Changer votre mot de passe. Vous tapez l’ancien, puis le nouveau deux fois.
cli-cmd-profile = Voir ou modifier votre profil : votre nom, vos pays, vos langues.
cli-cmd-profile-show = Afficher votre profil.
cli-cmd-profile-set = Modifier votre profil. Pour effacer quelque chose, donnez une valeur vide, par exemple --contact "".
cli-cmd-add = Ajouter une entrée : une compétence, un diplôme, une expérience de travail, une langue ou une formation.
cli-cmd-list = Lister vos entrées.
cli-cmd-show = Tout afficher sur une entrée.
cli-cmd-edit = Modifier une entrée.
cli-cmd-rm = Supprimer une entrée.
cli-cmd-search = Trouver les entrées qui contiennent certains mots.
cli-cmd-detach = Retirer une photo ou un message vocal d’une entrée. Il est aussi supprimé de cet appareil, sauf si une autre entrée le montre.
cli-cmd-attach = Ajouter à une entrée la photo d’un papier, par exemple un diplôme, un certificat ou un papier de travail. Ou ajouter un message vocal : un fichier son où vous parlez de la compétence.
cli-cmd-export = Écrire tout votre carnet dans un fichier que d’autres programmes peuvent lire.
cli-cmd-import = Lire un fichier d’export Carnet dans votre carnet. Rien n’est supprimé de votre carnet.
cli-cmd-devices = Les appareils qui ont votre carnet.
cli-cmd-devices-list = Afficher les appareils qui ont votre carnet.
cli-cmd-devices-remove = Retirer votre carnet d’un appareil, par exemple un téléphone perdu. Il ne pourra rien lire de ce que vous ajoutez à partir de maintenant.
cli-cmd-pair = Mettre votre carnet sur un autre de vos appareils, comme un nouveau téléphone.
cli-cmd-pair-show = Sur l’appareil qui a votre carnet : afficher un code pour le nouvel appareil, puis l’autoriser.
cli-cmd-pair-join = Sur le nouvel appareil : recevoir votre carnet avec le code que montre votre autre appareil.
cli-cmd-sync = Envoyer vos modifications au serveur du centre et recevoir celles faites sur vos autres appareils. Le serveur garde seulement une copie verrouillée qu’il ne peut pas lire.

## Help: what to give to the commands

cli-arg-kind = Le type d’entrée : skill (compétence), qualification (diplôme), experience (travail), language (langue) ou learning (une formation).
cli-arg-title = Un nom court, par exemple "Welding" ou "Driving licence B".
cli-arg-description = Plus de détails, si vous voulez.
cli-arg-level = Votre niveau. Pour une compétence ou un travail : basic, intermediate, advanced ou expert. Pour une langue : de A1 (débutant) à C2 (très bien). Pour un diplôme ou une formation : son niveau EQF, de 1 à 8.
cli-arg-eqf = Le niveau EQF d’un diplôme ou d’une formation, de 1 à 8, si vous le connaissez.
cli-arg-from = Quand cela a commencé : une année (2019), un mois (2019-05) ou un jour (2019-05-14).
cli-arg-to = Quand cela a fini, écrit de la même façon. Laissez vide si cela continue.
cli-arg-organisation = L’employeur, l’école ou le centre de formation.
cli-arg-place = La ville ou le lieu.
cli-arg-country = Le pays, en deux lettres, par exemple SY, AF, DE.
cli-arg-context = Comment vous l’avez appris : formal (école, diplôme), non-formal (une formation) ou informal (en le faisant).
cli-arg-written-in = La langue dans laquelle vous avez écrit cette entrée, en code court, par exemple ar ou en.
cli-arg-esco = L’adresse ESCO de la compétence ou du métier, si vous la connaissez.
cli-arg-isco = Le code de métier ISCO-08 (1 à 4 chiffres), si vous le connaissez.
cli-arg-stage = À quel moment de votre parcours cela compte : recruitment, pre-departure, arrival, career ou return. Vous pouvez en donner plusieurs.

cli-arg-list-kind = Afficher seulement les entrées de ce type : skill, qualification, experience, language ou learning.
cli-arg-list-stage = Afficher seulement les entrées de cette étape : recruitment, pre-departure, arrival, career ou return.

cli-arg-id = L’identifiant de l’entrée. Les 4 premiers caractères ou plus suffisent. Pour voir les identifiants, tapez : carnet list
cli-arg-set = Une modification, écrite FIELD=VALUE, par exemple level=advanced. Répétez-la pour modifier plus de choses. Une valeur vide efface le champ. Les champs sont : title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Les mots à chercher.
cli-arg-evidence = La photo ou le message vocal à retirer : son identifiant, tel que carnet show et carnet attach l’affichent (les 8 premiers caractères ou plus suffisent).
cli-arg-photo = Une photo (JPEG, PNG ou WebP) ou un fichier son (WebM, Ogg, MP4, M4A, AAC, MP3 ou WAV, jusqu’à 5 Mo). Carnet regarde dans le fichier pour savoir ce que c’est. Il enlève les données cachées, comme le lieu où une photo a été prise.
cli-arg-format = Le type de fichier. Seulement json pour l’instant.
cli-arg-file = Le fichier d’export à lire.

cli-arg-name = Votre nom, tel que vous voulez que les autres le voient.
cli-arg-birth-date = Votre date de naissance : 1990, 1990-05 ou 1990-05-14.
cli-arg-origin = Le pays d’où vous venez, en deux lettres, par exemple SY, AF, ER.
cli-arg-current = Le pays où vous vivez maintenant, en deux lettres, par exemple DE, FR.
cli-arg-contact = Comment on peut vous joindre, par exemple un numéro de téléphone ou un e-mail.
cli-arg-language = Une langue que vous connaissez, en code court, par exemple ar, fa-AF ou en. Les options ci-dessous portent sur cette langue.
cli-arg-mother-tongue = Cette langue est votre langue maternelle.
cli-arg-not-mother-tongue = Cette langue n’est pas votre langue maternelle.
cli-arg-listening = Comment vous comprenez les gens qui parlent : de A1 (débutant) à C2 (très bien).
cli-arg-reading = Comment vous lisez : de A1 à C2.
cli-arg-spoken-interaction = Comment vous participez à une conversation : de A1 à C2.
cli-arg-spoken-production = Comment vous parlez seul : de A1 à C2.
cli-arg-writing = Comment vous écrivez : de A1 à C2.
cli-arg-remove-language = Retirer une langue de votre profil.
cli-arg-hub = L’adresse du serveur du centre, par exemple http://192.168.1.10:8470. Carnet s’en souvient.
cli-arg-device-id = L’identifiant de l’appareil, tel que l’affiche : carnet devices list (les 4 premiers caractères ou plus suffisent).
cli-arg-pair-approve = Autoriser le nouvel appareil sans demander, s’il affiche ce code (pour les personnes qui aident et les scripts).
cli-arg-pair-code = Le code que montre votre autre appareil. Il commence par CNP1:
cli-arg-pair-name = Un nom pour cet appareil, pour le reconnaître sur l’autre (par exemple "Amal's phone").
cli-arg-sync-status = Montrer seulement la date de la dernière synchronisation et combien de modifications attendent. Rien n’est envoyé.
cli-arg-sync-watch = Continuer à synchroniser. Si le serveur ne répond pas, réessayer plus tard, en attendant plus longtemps à chaque fois.
cli-arg-sync-every = Avec --watch : combien de secondes attendre entre deux synchronisations (300 si rien n’est donné).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Choisissez un mot de passe d’au moins { $min } caractères. Vous en avez besoin chaque fois que vous ouvrez votre carnet. Personne ne peut le retrouver pour vous.
cli-passphrase-prompt = Mot de passe :
cli-passphrase-new-prompt = Nouveau mot de passe :
cli-passphrase-repeat-prompt = Tapez de nouveau le nouveau mot de passe :
cli-passphrase-changed = Votre mot de passe a changé. Utilisez le nouveau à partir de maintenant.

## Answers

cli-init-done = Votre carnet est prêt. Il est dans ce dossier : { $dir }
cli-init-next = Gardez bien votre mot de passe. Sans lui, personne ne peut ouvrir votre carnet, pas même vous. Ensuite, ajoutez ce que vous savez faire, par exemple : carnet add skill --title "Cooking"

cli-list-empty = Votre carnet n’a pas encore d’entrée. Pour en ajouter une, tapez : carnet add skill --title "Cooking"
cli-list-none-match = Aucune entrée ne correspond à votre demande.
cli-search-none = Aucune entrée ne contient ces mots. Essayez d’autres mots, ou tapez : carnet list

cli-edit-saved = Votre modification est enregistrée.
cli-rm-done = Supprimée : { $title }
cli-detached = La photo ou le message vocal a été retiré de l’entrée.

cli-profile-saved = Votre profil est enregistré.
cli-profile-empty = Votre profil est vide. Pour ajouter votre nom, tapez : carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] { $count } entrée ajoutée.
   *[other] { $count } entrées ajoutées.
}
cli-import-updated = { $count ->
    [one] { $count } entrée mise à jour.
   *[other] { $count } entrées mises à jour.
}
cli-import-unchanged = { $count ->
    [one] { $count } entrée était déjà identique.
   *[other] { $count } entrées étaient déjà identiques.
}
cli-import-profile-updated = Votre profil a aussi été mis à jour.
cli-import-missing-photos = { $count ->
    [one] { $count } photo n’est pas sur cet appareil. Les fichiers d’export ne contiennent pas les photos. Ajoutez-la de nouveau avec : carnet attach
   *[other] { $count } photos ne sont pas sur cet appareil. Les fichiers d’export ne contiennent pas les photos. Ajoutez-les de nouveau avec : carnet attach
}

## Showing an entry or a profile

cli-label = { $label } :

cli-show-id = Identifiant
cli-show-kind = Type
cli-show-added = Ajoutée
cli-show-changed = Modifiée
cli-show-evidence = Photos et messages vocaux
cli-show-photo = { $sha }  { $width } × { $height } pixels, { $kilobytes } Ko
cli-show-photo-missing = { $sha }  { $width } × { $height } pixels, pas sur cet appareil
cli-show-voice = { $sha }  message vocal, { $kilobytes } Ko
cli-show-voice-missing = { $sha }  message vocal, pas sur cet appareil
cli-show-conflicts = Un autre appareil a aussi écrit :
cli-show-conflicts-hint = Pour garder l’une de ces valeurs, tapez : carnet edit { $id } --set FIELD=VALUE

cli-field-title = Titre
cli-field-description = Description
cli-field-written-in = Écrit en
cli-field-esco = ESCO
cli-field-isco = Code de métier ISCO-08
cli-field-level = Niveau
cli-field-eqf = Niveau EQF
cli-field-organisation = Organisation
cli-field-place = Lieu
cli-field-country = Pays
cli-field-from = Du
cli-field-to = Au
cli-field-context = Comment vous l’avez appris
cli-field-stages = Étapes

cli-kind-skill = compétence
cli-kind-qualification = diplôme
cli-kind-experience = expérience
cli-kind-language = langue
cli-kind-learning = formation

cli-context-formal = formel (école, diplôme)
cli-context-non-formal = non formel (une formation)
cli-context-informal = informel (en le faisant)

cli-stage-recruitment = recrutement
cli-stage-pre-departure = avant le départ
cli-stage-arrival = arrivée
cli-stage-career = carrière
cli-stage-return = retour

cli-proficiency-basic = débutant
cli-proficiency-intermediate = intermédiaire
cli-proficiency-advanced = avancé
cli-proficiency-expert = expert

cli-level-eqf = Niveau EQF { $level }

cli-profile-name = Nom
cli-profile-birth-date = Date de naissance
cli-profile-origin = Pays d’origine
cli-profile-current = Pays de résidence
cli-profile-contact = Contact
cli-profile-languages = Langues
cli-profile-mother-tongue = { $language } (langue maternelle)
cli-profile-language-levels = { $language } : { $levels }
cli-cefr-listening = écoute { $level }
cli-cefr-reading = lecture { $level }
cli-cefr-spoken-interaction = conversation { $level }
cli-cefr-spoken-production = expression orale { $level }
cli-cefr-writing = écriture { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet ne connaît pas « { $arg } » ici.
cli-error-unknown-command = Il n’y a pas de commande « { $command } ».
cli-error-invalid-value = « { $value } » ne peut pas servir pour { $arg }.
cli-error-missing-value = { $arg } demande une valeur après lui.
cli-error-valid-values = Vous pouvez utiliser : { $values }
cli-error-missing-argument = Il manque quelque chose : { $arg }
cli-error-missing-command = Dites ce que Carnet doit faire après « { $command } ».
cli-error-valid-commands = Les commandes sont : { $commands }
cli-error-conflict = { $arg } ne peut pas être utilisé avec { $other }.
cli-error-no-equals = Écrivez { $arg } avec un signe égal et la valeur juste après.
cli-error-too-many-values = { $arg } prend moins de valeurs. « { $value } » est en trop.
cli-error-wrong-number-of-values = { $arg } n’a pas le bon nombre de valeurs.
cli-error-invalid-utf8 = Carnet ne peut pas lire certaines lettres que vous avez tapées. Tapez-les de nouveau.
cli-error-did-you-mean = Vouliez-vous dire { $suggestion } ?
cli-error-usage = Carnet n’a pas compris cette commande.
cli-error-usage-hint = Tapez { $command } --help pour voir ce que vous pouvez taper.
cli-error-set-format = « { $value } » n’est pas une modification. Écrivez FIELD=VALUE, par exemple --set level=advanced
cli-error-nothing-to-change = Il n’y a rien à modifier. Donnez au moins une option, par exemple --name "Your name".

cli-error-passphrase-unavailable = Carnet a besoin d’un mot de passe mais ne peut pas le demander ici. Lancez Carnet dans un terminal, ou utilisez { $variable }.
cli-error-passphrase-mismatch = Les deux mots de passe ne sont pas les mêmes. Rien n’a été changé. Réessayez.
cli-error-read-file = Carnet ne peut pas lire le fichier { $path }. Vérifiez le nom du fichier et le dossier, puis réessayez.
cli-error-no-data-dir = Carnet ne trouve pas de dossier pour votre carnet. Choisissez-en un avec --data-dir, par exemple --data-dir ./carnet
cli-error-output = Carnet n’a pas pu écrire sa réponse. Vérifiez que le disque n’est pas plein, puis réessayez.
cli-error-details = Détails pour la personne qui vous aide : { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Pour en créer un, tapez : carnet init
cli-hint-already-exists = Pour voir son contenu, tapez : carnet list. Pour un deuxième carnet, choisissez un autre dossier avec --data-dir.
cli-hint-not-found = Pour voir les identifiants, tapez : carnet list
cli-hint-ambiguous-id = Pour voir les identifiants, tapez : carnet list
cli-hint-import-format = Choisissez un fichier fait avec : carnet export --format json
cli-hint-invalid-field = Pour la liste des champs, tapez : carnet edit --help

## carnet sync

cli-sync-phase-sending = Envoi
cli-sync-phase-receiving = Réception
cli-sync-phase-photos = Photos
cli-sync-done = Synchronisé avec { $hub }.
cli-sync-changes = { $sent ->
    [one] { $sent } modification envoyée
   *[other] { $sent } modifications envoyées
}, { $received ->
    [one] { $received } modification reçue.
   *[other] { $received } modifications reçues.
}
cli-sync-photos = { $sent ->
    [one] { $sent } photo envoyée
   *[other] { $sent } photos envoyées
}, { $received ->
    [one] { $received } photo reçue.
   *[other] { $received } photos reçues.
}
cli-sync-bytes = Données utilisées : { $up } Ko envoyés, { $down } Ko reçus.
cli-sync-retry = Nouvel essai dans { $seconds ->
    [one] { $seconds } seconde.
   *[other] { $seconds } secondes.
}
cli-sync-status-hub = Serveur : { $hub }
cli-sync-status-last = Dernière synchronisation : { $when }
cli-sync-status-pending = { $count ->
    [0] Aucune modification n’attend.
    [one] { $count } modification attend d’être envoyée.
   *[other] { $count } modifications attendent d’être envoyées.
}
cli-sync-no-hub = pas encore
cli-sync-never = jamais
cli-hint-sync-no-hub = Pour l’indiquer, tapez : carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Vos modifications sont gardées. Pour réessayer plus tard, tapez : carnet sync

## carnet pair

cli-pair-show-scan = Scannez ce code avec votre nouvel appareil, ou tapez-y le texte ci-dessous.
cli-pair-show-expires = Le code marche pendant 10 minutes.
cli-pair-show-request = L’appareil « { $name } » demande votre carnet. Son code est { $fingerprint }.
cli-pair-show-ask = Votre nouvel appareil affiche-t-il le même code ? Tapez oui pour l’autoriser, ou non.
cli-pair-yes = oui
cli-pair-show-approved = « { $name } » a maintenant votre carnet.
cli-pair-show-refused = Vous avez dit non. « { $name } » n’a rien reçu.
cli-pair-default-name = Nouvel appareil
cli-pair-join-check = Votre autre appareil doit afficher ce code : { $fingerprint }. Autorisez-le là-bas.
cli-pair-join-done = { $count ->
    [one] Cet appareil a maintenant votre carnet, avec { $count } entrée.
   *[other] Cet appareil a maintenant votre carnet, avec { $count } entrées.
}

## carnet devices

cli-devices-none = Aucun appareil n’a encore synchronisé ce carnet.
cli-devices-line = { $id }  { $name }  (depuis le { $added })
cli-devices-this = ← cet appareil
cli-devices-removed = (retiré le { $when })
cli-devices-removed-done = « { $name } » a été retiré. Votre carnet a maintenant une nouvelle clé, que cet appareil n’a pas.
cli-devices-new-sheet = Votre feuille de secours contient l’ancienne clé. Imprimez-en une nouvelle maintenant et détruisez l’ancienne : carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Imprimer une feuille de secours : avec elle et votre mot de passe, vous pouvez retrouver votre carnet sur un nouveau téléphone si vous perdez celui-ci.
cli-cmd-recover = Sur un nouvel appareil : retrouver votre carnet avec votre feuille de secours et votre mot de passe.
cli-arg-recovery-out = Le fichier où écrire la feuille. Il doit finir par .png ou .pdf.
cli-arg-recover-sheet = Une photo ou un scan de votre feuille de secours (PNG ou JPEG). Carnet lit son code carré.
cli-arg-recover-words = Les 12 mots de votre feuille de secours, dans l’ordre, entre guillemets. Donnez aussi --hub.
cli-arg-recover-hub = L’adresse du serveur imprimée sur votre feuille de secours, par exemple http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet peut écrire la feuille en fichier .png ou .pdf, pas en « { $path } ».
cli-recovery-sheet-done = Votre feuille de secours est dans { $path }. Imprimez-la et gardez le papier en lieu sûr, loin de votre téléphone.
cli-recovery-sheet-english = La feuille est en anglais : Carnet ne sait pas encore y écrire correctement les lettres de votre langue.
cli-recovery-sheet-replaced = Toute feuille imprimée avant ne marche plus. Détruisez-la.
cli-recover-done = { $count ->
    [one] Votre carnet est de retour sur cet appareil : { $count } entrée.
   *[other] Votre carnet est de retour sur cet appareil : { $count } entrées.
}
cli-passphrase-sheet-updated = Votre feuille de secours marche toujours, avec votre nouveau mot de passe.
cli-passphrase-sheet-not-updated = Votre feuille de secours n’a pas pu être mise à jour sur le serveur. Tant que vous n’en imprimez pas une nouvelle, elle demande votre ancien mot de passe. Imprimez une nouvelle feuille quand vous êtes connecté : carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Feuille de secours Carnet
cli-sheet-made = Faite le { $date }
cli-sheet-hub = Serveur : { $hub }
cli-sheet-words = Vos 12 mots
cli-sheet-instructions =
    Gardez ce papier en lieu sûr. Avec lui et votre mot de passe, vous pouvez retrouver votre carnet sur un nouveau téléphone :
    1. Installez Carnet sur le nouveau téléphone et choisissez de récupérer un carnet.
    2. Scannez le code carré, ou tapez les 12 mots et l’adresse du serveur.
    3. Tapez votre mot de passe. Le carnet revient depuis le serveur.
    Sur un ordinateur : carnet recover --sheet photo.jpg
cli-sheet-warning = Ce papier seul n’ouvre pas votre carnet : il faut aussi votre mot de passe. Ne les gardez pas ensemble. Si vous imprimez une nouvelle feuille, celle-ci ne marche plus.
