# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Le mot de passe n’est pas bon. Vérifiez-le et réessayez. Les majuscules comptent.
error-too-many-attempts = { $minutes ->
    [one] Trop de mots de passe faux. Attendez { $minutes } minute, puis réessayez.
   *[other] Trop de mots de passe faux. Attendez { $minutes } minutes, puis réessayez.
}
error-passphrase-too-short = Ce mot de passe est trop court. Utilisez au moins { $min } caractères.

## The logbook files

error-no-logbook = Il n’y a pas encore de carnet dans ce dossier. Créez-en un d’abord, ou choisissez le dossier où se trouve votre carnet.
error-already-exists = Il y a déjà un carnet dans ce dossier. Rien n’a été changé.
error-damaged-key-file = La clé de votre carnet est abîmée ou manquante, donc il ne peut pas être ouvert. Remettez une copie de sauvegarde, ou une copie d’un appareil associé à celui-ci.
error-damaged-database = Votre carnet est abîmé, donc il ne peut pas être ouvert. Remettez une copie de sauvegarde, ou une copie d’un appareil associé à celui-ci.
error-too-new = { $what ->
    [export-file] Ce fichier a été fait par une version plus récente de Carnet. Mettez Carnet à jour, puis réessayez.
    [taxonomy] Les données ESCO livrées avec Carnet viennent d’une version plus récente de Carnet. Mettez Carnet à jour, puis réessayez.
   *[other] Votre carnet a été enregistré par une version plus récente de Carnet. Mettez Carnet à jour, puis réessayez.
}
error-disk-full = Le disque est plein. Rien n’a été perdu. Libérez de la place, par exemple en supprimant de vieux fichiers, puis réessayez.
error-io = Carnet n’a pas pu lire ou écrire les fichiers de votre carnet. Vérifiez que le dossier existe et que vous avez le droit d’y écrire, puis réessayez.
error-internal = Quelque chose s’est mal passé dans Carnet. C’est une erreur de Carnet, pas la vôtre. Merci de prévenir les personnes qui font Carnet.

## Entries

error-not-found = Aucune entrée n’a l’identifiant « { $id } ». Vérifiez l’identifiant et réessayez.
error-ambiguous-id = Plusieurs entrées commencent par « { $id } ». Tapez une plus grande partie de l’identifiant.

## Values the person typed

error-invalid-kind = « { $value } » n’est pas un type d’entrée. Utilisez skill, qualification, experience, language ou learning.
error-invalid-date = « { $value } » n’est pas une date. Écrivez une année (2019), un mois (2019-05) ou un jour (2019-05-14).
error-invalid-level = { $kind ->
    [language] « { $value } » n’est pas un niveau de langue. Utilisez A1, A2, B1, B2, C1 ou C2.
    [qualification] « { $value } » n’est pas un niveau de diplôme. Utilisez un nombre de 1 à 8 (EQF).
    [learning] « { $value } » n’est pas un niveau de formation. Utilisez un nombre de 1 à 8 (EQF).
    [eqf] « { $value } » n’est pas un niveau EQF. Utilisez un nombre de 1 à 8.
   *[other] « { $value } » n’est pas un niveau. Utilisez basic, intermediate, advanced ou expert.
}
error-invalid-country = « { $value } » n’est pas un code de pays. Utilisez deux lettres, par exemple SY, AF, ER ou DE.
error-invalid-language = « { $value } » n’est pas un code de langue. Utilisez un code court, par exemple ar, fa-AF ou en.
error-invalid-esco = « { $value } » n’est pas une adresse ESCO. Elle commence par http://data.europa.eu/esco/
error-invalid-isco = « { $value } » n’est pas un code de métier ISCO-08. Utilisez 1 à 4 chiffres, par exemple 7212.
error-invalid-proficiency = « { $value } » n’est pas un niveau. Utilisez basic, intermediate, advanced ou expert.
error-invalid-context = « { $value } » n’est pas une façon d’apprendre. Utilisez formal, non-formal ou informal.
error-invalid-stage = « { $value } » n’est pas une étape. Utilisez recruitment, pre-departure, arrival, career ou return.
error-invalid-field = « { $value } » n’est pas quelque chose que vous pouvez modifier. Utilisez l’un de ceux-ci : { $expected }.
error-empty-field = { $field ->
    [title] Le titre est vide. Écrivez un titre court.
   *[other] Le champ { $field } est vide. Écrivez-y quelque chose.
}
error-date-order = La date de fin { $to } est avant la date de début { $from }. Vérifiez les deux dates.
error-import-format = Ce fichier n’est pas un export Carnet, donc il ne peut pas être lu. Choisissez un fichier exporté par Carnet.

## Photos

error-evidence-not-an-image = Ce fichier n’est pas une photo. Carnet accepte les images JPEG, PNG et WebP.
error-evidence-unsupported-format = C’est une image { $format }, et Carnet ne peut pas l’utiliser. Enregistrez-la en JPEG, PNG ou WebP, puis réessayez.
error-evidence-damaged = La photo est abîmée ou incomplète. Prenez ou choisissez la photo de nouveau.
error-evidence-too-large = L’image est trop grande ({ $width } × { $height } pixels). Prenez la photo avec une qualité plus basse, ou choisissez une copie plus petite.
error-evidence-file-too-big = Le fichier est trop gros ({ $megabytes } Mo). La limite est de 32 Mo. Choisissez un fichier plus petit.
error-evidence-encode-failed = Carnet n’a pas pu enregistrer la photo. Réessayez. Si cela recommence, merci de prévenir les personnes qui font Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = « { $url } » n’est pas une adresse de serveur. Une adresse de serveur ressemble à http://192.168.1.10:8470. Demandez-la au centre.
error-sync-no-hub = Aucun serveur n’est encore indiqué pour ce carnet. Demandez au centre l’adresse de son serveur.
error-sync-unreachable = Carnet ne peut pas joindre le serveur à { $url }. Votre carnet est en sécurité sur cet appareil. Réessayez quand vous êtes connecté au réseau du centre.
error-sync-refused = Le serveur n’accepte pas cet appareil pour ce carnet. Si vous avez retiré cet appareil de votre carnet, c’est normal. Sinon, demandez au centre.
error-sync-unknown-logbook = Le serveur n’a pas encore de copie de ce carnet. Synchronisez d’abord l’appareil qui a votre carnet, puis réessayez.
error-sync-rate-limited = Le serveur est occupé. Attendez { $seconds } secondes, puis réessayez. Votre carnet est en sécurité sur cet appareil.
error-sync-hub-full = Le serveur n’a plus de place pour votre carnet. Votre carnet est en sécurité sur cet appareil. Demandez au centre.
error-sync-hub-error = Le serveur a eu un problème ({ $status } { $code }). Votre carnet est en sécurité sur cet appareil. Réessayez plus tard, ou demandez au centre.
error-sync-protocol = Le serveur a envoyé quelque chose que cette version de Carnet ne sait pas lire. Votre carnet est en sécurité sur cet appareil. Mettez Carnet à jour, ou demandez au centre.
error-sync-forged = Le serveur a envoyé une modification abîmée ou changée par quelqu’un. Carnet ne l’a pas utilisée, et votre carnet n’a pas changé. Prévenez le centre.
error-sync-incomplete = Le serveur n’a pas envoyé toutes les modifications prévues. Carnet ne les a pas utilisées, et votre carnet n’a pas changé. Réessayez plus tard, ou prévenez le centre.
error-sync-unknown-epoch = Cet appareil n’a pas la clé la plus récente de votre carnet, donc il ne peut pas lire ce que le serveur contient. Si vous avez retiré cet appareil, c’est normal. Sinon, associez-le de nouveau.
error-sync-rolled-back = Le serveur a perdu des données. Votre carnet sur cet appareil est complet et n’a pas changé. Prévenez le centre.
error-sync-pairing-code = Ce n’est pas un code d’association, ou il en manque une partie. Affichez de nouveau le code sur votre autre appareil, et scannez-le ou tapez-le en entier.
error-sync-pairing-expired = Ce code d’association est trop ancien. Affichez un nouveau code sur votre autre appareil.
error-sync-pairing-taken = Un autre appareil a déjà répondu à ce code d’association. Rien n’a été partagé. Affichez un nouveau code sur votre autre appareil et réessayez.
error-sync-pairing-refused = Votre autre appareil a refusé cette association. Rien n’a été partagé.
error-sync-remove-self = C’est l’appareil que vous utilisez. Pour le retirer, faites-le depuis un autre de vos appareils.
error-sync-cancelled = Vous avez arrêté d’attendre l’autre appareil. Rien n’a été partagé. Recommencez quand les deux appareils sont prêts.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Ce n’est pas le code carré d’une feuille de secours Carnet, ou Carnet n’a pas pu le lire en entier. Prenez une photo plus nette de tout le code, ou tapez les 12 mots.
error-sync-recovery-words = { $problem ->
    [count] Une feuille de secours a 12 mots ; vous en avez donné { $position }. Tapez les 12, dans l’ordre.
    [unknown] Le mot { $position } n’est pas un mot des feuilles de secours. Vérifiez son orthographe sur la feuille.
   *[other] Les mots ne vont pas ensemble : l’un d’eux est faux, ou deux sont inversés. Vérifiez chaque mot sur la feuille.
}
error-sync-recovery-no-box = Le serveur n’a rien pour cette feuille de secours. Une feuille plus récente l’a peut-être remplacée, ou la feuille est pour un autre serveur. Utilisez votre feuille la plus récente.
error-sheet-write = Carnet n’a pas pu écrire la feuille dans { $path }. Vérifiez le dossier et la place libre. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ne trouve pas son fichier de données ESCO ({ $path }). Installez Carnet de nouveau.
error-taxonomy-damaged = Le fichier de données ESCO de Carnet est abîmé ({ $reason }). Installez Carnet de nouveau.
error-unknown-concept = Aucune compétence ni aucun métier ESCO n’est « { $concept } ». Trouvez son adresse avec carnet esco search.
error-not-an-occupation = « { $concept } » est une compétence ESCO, pas un métier. Trouvez le métier avec carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet n’a trouvé aucun code carré sur cette image. Prenez une photo plus nette de tout le code, ou tapez plutôt le code.
error-save-file = Carnet n’a pas pu enregistrer le fichier dans { $path }. Vérifiez la place libre. ({ $reason })

## Voice notes

error-evidence-not-audio = Ce fichier n’est pas un enregistrement sonore. Carnet accepte les fichiers son WebM, Ogg, MP4, M4A, AAC, MP3 et WAV.
error-evidence-audio-is-video = Ce fichier est une vidéo. Carnet ne garde que le son. Enregistrez un message vocal, ou choisissez un fichier son.
error-evidence-audio-too-big = Le fichier son est trop gros ({ $megabytes } Mo). La limite est de 5 Mo. Enregistrez un message vocal plus court.
error-evidence-audio-damaged = Le fichier son est abîmé ou incomplet. Enregistrez-le ou choisissez-le de nouveau.
error-evidence-not-evidence = Ce fichier n’est ni une photo ni un enregistrement sonore. Carnet accepte les photos (JPEG, PNG, WebP) et les fichiers son (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet n’a pas le droit d’utiliser le micro. Autorisez-le dans les réglages de votre téléphone, ou joignez un fichier son.
error-microphone-failed = Carnet n’a pas pu enregistrer. Réessayez, ou joignez un fichier son.
error-recording-empty = Rien n’a été enregistré. Réessayez et parlez après avoir appuyé sur le bouton.
error-evidence-missing = Cette photo ou ce message vocal n’est pas encore sur cet appareil ({ $sha }). Synchronisez pour l’avoir.
