# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Faire un fichier qui demande à un formateur, un employeur ou un centre de confirmer des entrées.
    .long = Faire une demande pour qu’un formateur, un employeur, un centre, une école ou un collègue confirme (« atteste ») certaines de vos entrées : un fichier, un code QR (un nom qui finit par .png ou .svg) à montrer sur votre téléphone ou à imprimer, ou avec --text un texte à envoyer dans un message. Donnez-la-lui. Il la signe et vous rend un fichier d’attestation, que vous gardez avec : carnet receive
cli-cmd-holder-receive = Garder une attestation qu’un formateur, un employeur ou un centre a signée pour vous.
cli-cmd-holder-credentials = Lister les attestations que vous gardez, entrée par entrée. Aussi : carnet wallet
cli-cmd-holder-present = Montrer les entrées choisies dans un seul code QR que tout le monde peut vérifier sans internet.
    .long = Montrer les entrées choisies dans un seul code QR que tout le monde peut vérifier sans internet. Les entrées confirmées sont montrées avec la personne qui les a confirmées ; les entrées données avec --self-declared sont montrées comme dites par vous seul. À l’écran, le code marche 24 heures ; avec --print, 5 ans.
cli-cmd-holder-export = Écrire une entrée confirmée comme W3C Verifiable Credential (Open Badges 3.0) pour d’autres applications.
    .long = Écrire une entrée confirmée comme W3C Verifiable Credential 2.0 (un badge Open Badges 3.0), signée par la personne qui l’a confirmée, pour que d’autres portefeuilles et applications puissent la vérifier. Sans --out, elle est écrite à l’écran.

## Help: arguments

cli-arg-holder-request-ids = Les entrées à confirmer : leurs identifiants, ou les 4 premiers caractères (ou plus) de chacun. Pour voir les identifiants, tapez : carnet list
cli-arg-holder-request-out = Où écrire la demande : un nom qui finit par .png ou .svg donne une image de code QR ; tout autre nom, comme request.cbor, un fichier.
cli-arg-holder-request-text = Écrire à l’écran le texte de la demande (il commence par CNR1:), pour l’envoyer dans un message.
cli-arg-holder-receive-file = Le fichier d’attestation qu’on vous a donné, par exemple credential.cbor.
cli-arg-holder-present-select = Les entrées confirmées à montrer : leurs identifiants, ou les 4 premiers caractères (ou plus) de chacun.
cli-arg-holder-present-fields = Montrer seulement ces parties de chaque entrée, séparées par des virgules, par exemple title,level. Les autres restent cachées. Les parties sont : kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Sans cela, tout est montré.
cli-arg-holder-present-self-declared = Les entrées à montrer comme dites par vous seul, confirmées par personne.
cli-arg-holder-present-stage = Pour quoi vous le montrez : recruitment, pre-departure, arrival, career ou return. Sans cela : recruitment.
cli-arg-holder-present-audience = À qui vous le montrez, si on vous a demandé de l’indiquer, par exemple le nom d’une agence.
cli-arg-holder-present-nonce = Le code que vous a donné la personne qui vérifie, si elle en a donné un (lettres 0-9 et a-f).
cli-arg-holder-present-print = Le faire pour le papier : le code résiste mieux aux rayures et aux plis, et marche 5 ans au lieu de 24 heures.
cli-arg-holder-present-out = L’image à écrire : un nom qui finit par .png ou .svg.
cli-arg-holder-present-text = Écrire aussi le texte contenu dans le code QR, pour l’envoyer dans un message.
cli-arg-holder-export-id = L’entrée confirmée : son identifiant, ou ses 4 premiers caractères (ou plus).
cli-arg-holder-export-format = Le format à écrire. Seulement : vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = L’écrire comme jeton signé (VC-JWT) au lieu de JSON avec preuve.
cli-arg-holder-export-out = Le fichier à écrire, par exemple badge.json ou badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Cette demande demande de confirmer { $count } entrée.
       *[other] Cette demande demande de confirmer { $count } entrées.
    } La personne qui confirme verra ces parties de chacune :
holder-request-entry = { $title } ({ $kind }) : { $fields }
holder-request-written = Demande écrite dans { $path }.
holder-request-next = Donnez le fichier à la personne qui confirme. Quand elle vous rend un fichier d’attestation, tapez : carnet receive FILE
holder-receive-done = Gardé : confirmé par { $issuer }, { $kind }, { $country }. Comment il a vérifié : { $assessed }.
holder-validity-until = Délivré le { $issued }. Valable jusqu’au { $expires }.
holder-validity-open = Délivré le { $issued }. Pas de date de fin.
holder-wallet-empty = Vous n’avez pas encore d’attestation. Pour en demander une, tapez : carnet request ID --out request.cbor
holder-wallet-damaged = Une attestation qui ne peut plus être lue. Demandez-en une nouvelle à la personne qui l’a donnée.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }) : délivrée le { $issued }, valable jusqu’au { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }) : délivrée le { $issued }, pas de date de fin
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }) : délivrée le { $issued }, terminée le { $expires }
holder-present-nothing = Dites quoi montrer : --select ID pour les entrées confirmées, --self-declared ID pour les autres.
holder-present-done = Code QR écrit dans { $path } : { $endorsed } confirmées, { $declared } dites par vous.
holder-present-size = Taille : QR version { $version }, niveau { $ec }, { $chars } caractères.
holder-present-expires = Il peut être vérifié jusqu’au { $when } ({ $hours } heures).
holder-present-by-kid = Pour que tout tienne, les émetteurs sont nommés par une courte empreinte. La personne qui vérifie ne sait qui ils sont que si sa liste d’émetteurs de confiance les contient.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = un formateur
holder-issuer-kind-employer = un employeur
holder-issuer-kind-centre = un centre
holder-issuer-kind-college = une école
holder-issuer-kind-colleague = un collègue (une personne qui a travaillé avec vous, pas une organisation)

## How they checked

holder-assessed-observation = il vous a vu travailler
holder-assessed-test = un test
holder-assessed-document = il a vérifié un document
holder-assessed-interview = un entretien

## Errors

error-holder-no-key = Ce carnet n’a pas de clé pour signer des attestations. Rien n’a été changé. Merci de signaler ce problème.
error-holder-write-file = Le fichier { $path } n’a pas pu être écrit : { $reason }. Vérifiez que le dossier existe et qu’il reste de la place, puis réessayez.
error-holder-entry-unfit = L’entrée « { $title } » ne peut pas aller dans une attestation : son champ { $field } est trop long ou n’a pas la bonne forme. Modifiez-la avec carnet edit, puis réessayez.
error-holder-unknown-field = « { $value } » n’est pas une partie d’entrée qui peut être montrée. Les parties sont : { $known }.
error-holder-credential-no-entries = L’attestation { $path } ne dit pas laquelle de vos entrées elle confirme. Rien n’a été gardé. Demandez-en une nouvelle faite à partir d’un fichier de demande : carnet request
error-holder-credential-entry-gone = L’attestation { $path } confirme une entrée qui n’est plus dans votre carnet ({ $id }). Rien n’a été gardé. Si vous l’avez supprimée sur cet appareil, ajoutez-la depuis une copie du carnet, puis réessayez.
error-holder-credential-damaged = L’attestation de l’entrée « { $title } » ne peut plus être lue. Demandez-en une nouvelle à la personne qui l’a confirmée.
error-holder-not-endorsed = L’entrée « { $title } » n’a encore été confirmée par personne. Montrez-la avec --self-declared, ou demandez une confirmation : carnet request
error-holder-selected-twice = L’entrée « { $title } » est donnée avec --select et aussi avec --self-declared. Donnez-la une seule fois.
error-holder-bad-stage = « { $value } » n’est pas une étape. Les étapes sont : recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Le destinataire doit faire de 1 à 100 caractères, sur une seule ligne.
error-holder-bad-nonce = « { $value } » n’est pas un code de la personne qui vérifie : il doit avoir de 2 à 128 lettres 0-9 et a-f.
error-holder-bad-out = L’image { $path } doit avoir un nom qui finit par .png ou .svg.
error-holder-no-vc = La confirmation de « { $title } » par { $issuer } a été faite avant que Carnet sache l’écrire comme attestation W3C, et seul cet émetteur peut en signer une. Demandez-lui de la confirmer de nouveau : faites une nouvelle demande (carnet request ID --out request.cbor), donnez-la-lui, et gardez le fichier qu’il vous rend (carnet receive FILE).
