# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = un formateur
issuer-kind-employer = un employeur
issuer-kind-centre = un centre
issuer-kind-college = une école
issuer-kind-colleague = un collègue

## verify: verdicts, one per code

verdict-valid = Valable : signé par un émetteur de confiance, toujours en cours, non retiré.
verdict-self-declared = Dit par la personne seulement : personne ne l’a signé.
verdict-unknown-issuer = Signé, mais pas par un émetteur de confiance.
verdict-expired = Expiré.
verdict-revoked = Retiré par l’émetteur qui l’a signé.
verdict-tampered = Modifié ou copié : ne vous y fiez pas.
verdict-malformed = Ce n’est pas un code Carnet lisible.

## verify: reasons, one per code

reason-wrong-prefix = Le texte ne commence pas par CN1:, donc ce n’est pas un code Carnet.
reason-bad-base45 = Le texte contient des lettres qu’un code Carnet ne peut pas avoir. Il est peut-être coupé ou mal tapé.
reason-bad-zlib = Le code est coupé ou abîmé.
reason-too-large = Le code est bien trop grand pour être un code Carnet.
reason-bad-cose = Le code est abîmé ou n’est pas un code Carnet.
reason-unsupported-header = Le code utilise une signature que Carnet ne connaît pas. Un Carnet plus récent pourra peut-être le lire.
reason-bad-payload = Le contenu du code est abîmé.
reason-holder-signature-invalid = La signature de la personne ne correspond pas : le code a été modifié.
reason-nonce-mismatch = Le code a été fait pour une autre demande (numéro { $found }, pas { $expected }). C’est peut-être une copie.
reason-audience-mismatch = Le code a été fait pour « { $found } », pas pour « { $expected } ».
reason-presentation-expired = Le code lui-même a expiré le { $exp }. Demandez à la personne d’en faire un nouveau.
reason-presentation-not-yet-valid = Le code dit qu’il a été fait le { $iat }, qui n’est pas encore arrivé. Vérifiez l’horloge de cet appareil.
reason-endorsement-signature-invalid = La signature de l’émetteur ne correspond pas : la compétence a été modifiée.
reason-issuer-key-not-sent = L’émetteur est nommé seulement par l’empreinte { $kid }, et vous ne la connaissez pas.
reason-endorsement-expired = La signature de la compétence a expiré le { $exp }.
reason-endorsement-not-yet-valid = La compétence dit qu’elle a été signée le { $iat }, qui n’est pas encore arrivé. Vérifiez l’horloge de cet appareil.
reason-issuer-unknown = « { $name } » (empreinte de la clé { $kid }) n’est pas dans vos listes de confiance. N’importe qui peut se donner un nom.
reason-issuer-not-trusted-at-issue = « { $name } » (empreinte de la clé { $kid }) n’avait pas de garant le jour où il a signé.
reason-issuer-trusted = L’émetteur est dans votre liste de confiance (empreinte de la clé { $kid }).
reason-issuer-claims-differ = Votre liste de confiance dit que cet émetteur est { $kind } (pays : { $country }) ; la signature dit autre chose. Fiez-vous à la liste de confiance.
reason-revoked = L’émetteur a retiré l’attestation numéro { $index }.
reason-no-revocation-list = Vous n’avez pas de liste de cet émetteur avec ce qu’il a retiré.
reason-self-declared = La personne le dit ; personne ne l’a signé.

## verify: the rest of the report

verify-presentation = Montré pour { $stage }, fait le { $date }, par la personne qui a la clé { $kid }.
verify-audience = Fait pour : { $audience }
verify-stage-recruitment = recrutement
verify-stage-pre-departure = préparation du départ
verify-stage-arrival = arrivée
verify-stage-career = travail et formation
verify-stage-return = retour au pays
verify-endorsed-by = Signé par { $name }, { $kind }, pays : { $country }.
verify-endorsed-by-unchecked = Signé par quelqu’un qui se dit « { $name } », { $kind }, pays : { $country } (non vérifié ; empreinte de la clé { $kid }).
verify-colleague-note = C’est la parole d’un collègue : quelqu’un qui a travaillé à côté de la personne, pas une école ni un employeur.
verify-endorsed-on = Signé le { $date } ; vérifié par { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Valable jusqu’au { $expires }.
}
verify-how-observation = l’observation de son travail
verify-how-test = un test
verify-how-document = un document
verify-how-interview = un entretien
verify-hidden = { $count ->
    [one] { $count } détail est caché par la personne.
   *[other] { $count } détails sont cachés par la personne.
}
verify-trust-age = { $days ->
    [0] Liste de confiance d’aujourd’hui.
    [one] Liste de confiance d’il y a { $days } jour ({ $date }).
   *[other] Liste de confiance d’il y a { $days } jours ({ $date }).
}
verify-newer-code = Ce code a été fait par un Carnet plus récent. Mettez Carnet à jour pour le vérifier.
verify-status-age = { $days ->
    [0] Liste des attestations retirées : d’aujourd’hui.
    [one] Liste des attestations retirées : d’il y a { $days } jour ({ $date }).
   *[other] Liste des attestations retirées : d’il y a { $days } jours ({ $date }).
}
verify-field-kind = Quoi :
verify-field-title = Titre :
verify-field-esco = ESCO :
verify-field-entry-id = Entrée :
verify-field-level = Niveau :
verify-field-from = Du :
verify-field-to = Au :
verify-field-country = Pays :
verify-field-context = Appris :
verify-field-evidence = Preuve (hash) :
verify-field-eqf = Niveau EQF :
verify-entry-kind-skill = une compétence
verify-entry-kind-qualification = un diplôme ou une qualification
verify-entry-kind-experience = une expérience de travail
verify-entry-kind-language = une langue
verify-entry-kind-learning = une formation
verify-context-formal = à l’école ou dans un établissement
verify-context-non-formal = dans une formation
verify-context-informal = au travail ou seul
verify-esco-skill = compétence
verify-esco-occupation = métier
verify-esco-qualification = qualification
