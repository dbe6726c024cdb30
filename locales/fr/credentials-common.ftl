# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Cette demande est abîmée, ou ce n’est pas une demande Carnet. Redemandez-la.
        [credential] Ce fichier d’attestation est abîmé, ou ce n’est pas une attestation Carnet. Demandez à la personne qui a confirmé vos entrées de vous le renvoyer.
       *[other] Ceci est abîmé, ou ce n’est pas un fichier Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Ce n’est pas une demande Carnet : c’est un autre type de fichier Carnet. Une demande se fait avec carnet request.
        [credential] Ce n’est pas une attestation Carnet : c’est un autre type de fichier Carnet. Vérifiez que vous avez choisi le fichier que vous a donné la personne qui a confirmé vos entrées.
       *[other] C’est un autre type de fichier Carnet. Vérifiez que vous avez choisi le bon fichier.
    }
error-credential-newer-version = { $what ->
        [request] Cette demande a été faite par un Carnet plus récent.
        [credential] Cette attestation a été faite par un Carnet plus récent.
        [text] Ce code a été fait par un Carnet plus récent.
       *[other] Ceci a été fait par un Carnet plus récent.
    } Mettez Carnet à jour, puis réessayez.
error-credential-invalid-field = Une valeur ne peut pas servir ({ $field }) : elle est trop longue ou n’a pas la bonne forme. Rien n’a été écrit.
error-credential-entry-count = Une demande contient de 1 à { $max } entrées, pas { $found }. Pour en faire confirmer plus, faites deux demandes.
error-credential-invalid-key = Ce n’est pas une clé publique valable. Vérifiez qu’elle a été copiée en entier.
error-credential-bad-signature = La signature de cette attestation ne correspond pas : elle a été modifiée ou abîmée après la signature. Rien n’a été gardé. Redemandez le fichier.
error-credential-not-yours = Cette attestation a été faite pour le carnet de quelqu’un d’autre, pas le vôtre. Rien n’a été gardé. Vérifiez que vous avez reçu votre propre fichier.
error-credential-no-such-entry = Il n’y a pas d’entrée { $index } dans cette attestation.
error-credential-duplicate-entry = L’entrée { $index } est choisie deux fois.
error-credential-wrong-prefix = Ce texte n’est pas un code Carnet : il ne commence pas par CN1: (des compétences à vérifier) ni par CNR1: (une demande à confirmer).
error-credential-base45 = Le texte contient des lettres qu’un code Carnet ne peut pas avoir. Il est peut-être coupé ou mal tapé.
error-credential-zlib = Le code est coupé ou abîmé.
error-credential-too-large = Le code est bien trop grand pour être un code Carnet.

## QR codes

error-qr-not-alphanumeric = Le texte contient des caractères qu’un code QR Carnet ne peut pas contenir. C’est une erreur de Carnet ; merci de la signaler.
error-qr-too-large = C’est trop pour un seul code QR : { $chars } caractères, alors qu’un code QR que les téléphones lisent bien (version { $version }, niveau { $ec }) en contient { $capacity }. Rien n’a été écrit. { $what ->
        [request] Demandez moins d’entrées à la fois, ou écrivez plutôt la demande dans un fichier qui finit par .cbor.
       *[other] Choisissez moins d’entrées, ou montrez moins de parties avec --fields.
    }
error-qr-bad-version = Cette taille de code QR n’existe pas.
error-qr-bad-module-size = Cette taille de point n’est pas possible.
error-qr-not-an-image = Le fichier n’est pas une image que Carnet peut lire. Utilisez PNG, JPEG ou WebP.
error-qr-image-too-large = L’image est trop grande ({ $width } × { $height } pixels). Réduisez-la et réessayez.
error-qr-not-found = Aucun code QR n’a pu être lu sur l’image. Prenez une photo plus nette et plus proche, avec tout le code dedans.
error-qr-render-failed = L’image du code QR n’a pas pu être faite. C’est une erreur de Carnet ; merci de la signaler.
