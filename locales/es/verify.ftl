# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = un formador
issuer-kind-employer = un empleador
issuer-kind-centre = un centro
issuer-kind-college = una escuela
issuer-kind-colleague = un compañero

## verify: verdicts, one per code

verdict-valid = Válido: firmado por un emisor de confianza, vigente y no retirado.
verdict-self-declared = Solo lo dice la persona: nadie lo firmó.
verdict-unknown-issuer = Firmado, pero no por un emisor de confianza.
verdict-expired = Caducado.
verdict-revoked = Retirado por el emisor que lo firmó.
verdict-tampered = Cambiado o copiado: no te fíes.
verdict-malformed = Esto no es un código de Carnet que se pueda leer.

## verify: reasons, one per code

reason-wrong-prefix = El texto no empieza por CN1:, así que no es un código de Carnet.
reason-bad-base45 = El texto tiene letras que un código de Carnet no puede tener. Puede estar cortado o mal escrito.
reason-bad-zlib = El código está cortado o dañado.
reason-too-large = El código es demasiado grande para ser un código de Carnet.
reason-bad-cose = El código está dañado o no es un código de Carnet.
reason-unsupported-header = El código usa una firma que Carnet no conoce. Un Carnet más nuevo quizá pueda leerlo.
reason-bad-payload = El contenido del código está dañado.
reason-holder-signature-invalid = La firma de la persona no coincide: el código se cambió.
reason-nonce-mismatch = El código se hizo para otra petición (número { $found }, no { $expected }). Puede ser una copia.
reason-audience-mismatch = El código se hizo para “{ $found }”, no para “{ $expected }”.
reason-presentation-expired = El propio código caducó el { $exp }. Pide a la persona que haga uno nuevo.
reason-presentation-not-yet-valid = El código dice que se hizo el { $iat }, que todavía no ha llegado. Revisa el reloj de este dispositivo.
reason-endorsement-signature-invalid = La firma del emisor no coincide: la habilidad se cambió.
reason-issuer-key-not-sent = El emisor solo aparece con la huella { $kid }, y no la conoces.
reason-endorsement-expired = La firma de la habilidad caducó el { $exp }.
reason-endorsement-not-yet-valid = La habilidad dice que se firmó el { $iat }, que todavía no ha llegado. Revisa el reloj de este dispositivo.
reason-issuer-unknown = “{ $name }” (huella de la clave { $kid }) no está en tus listas de confianza. Cualquiera puede ponerse un nombre.
reason-issuer-not-trusted-at-issue = “{ $name }” (huella de la clave { $kid }) no estaba respaldado el día en que firmó.
reason-issuer-trusted = El emisor está en tu lista de confianza (huella de la clave { $kid }).
reason-issuer-claims-differ = Tu lista de confianza dice que este emisor es { $kind } en { $country }; la firma dice otra cosa. Hazle caso a la lista de confianza.
reason-revoked = El emisor retiró la credencial número { $index }.
reason-no-revocation-list = No tienes ninguna lista de este emisor con lo que ha retirado.
reason-self-declared = Lo dice la persona; nadie lo firmó.

## verify: the rest of the report

verify-presentation = Mostrado para { $stage }, hecho el { $date }, por la persona con la clave { $kid }.
verify-audience = Hecho para: { $audience }
verify-stage-recruitment = contratación
verify-stage-pre-departure = preparar la salida
verify-stage-arrival = llegada
verify-stage-career = trabajo y formación
verify-stage-return = regreso a casa
verify-endorsed-by = Firmado por { $name }, { $kind } en { $country }.
verify-endorsed-by-unchecked = Firmado por alguien que se llama a sí mismo “{ $name }”, { $kind } en { $country } (sin comprobar; huella de la clave { $kid }).
verify-colleague-note = Es la palabra de un compañero: alguien que trabajó junto a la persona, no una escuela ni un empleador.
verify-endorsed-on = Firmado el { $date }; comprobado mediante { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Vale hasta el { $expires }.
}
verify-how-observation = verle trabajar
verify-how-test = un examen
verify-how-document = un documento
verify-how-interview = una entrevista
verify-hidden = { $count ->
    [one] La persona ocultó { $count } dato.
   *[other] La persona ocultó { $count } datos.
}
verify-trust-age = { $days ->
    [0] Lista de confianza de hoy.
    [one] Lista de confianza de hace { $days } día ({ $date }).
   *[other] Lista de confianza de hace { $days } días ({ $date }).
}
verify-newer-code = Este código lo hizo un Carnet más nuevo. Actualiza Carnet para comprobarlo.
verify-status-age = { $days ->
    [0] Lista de credenciales retiradas: de hoy.
    [one] Lista de credenciales retiradas: de hace { $days } día ({ $date }).
   *[other] Lista de credenciales retiradas: de hace { $days } días ({ $date }).
}
verify-field-kind = Qué:
verify-field-title = Título:
verify-field-esco = ESCO:
verify-field-entry-id = Entrada:
verify-field-level = Nivel:
verify-field-from = Desde:
verify-field-to = Hasta:
verify-field-country = País:
verify-field-context = Aprendido:
verify-field-evidence = Prueba (hash):
verify-field-eqf = Nivel EQF:
verify-entry-kind-skill = una habilidad
verify-entry-kind-qualification = un título o cualificación
verify-entry-kind-experience = experiencia laboral
verify-entry-kind-language = un idioma
verify-entry-kind-learning = un curso
verify-context-formal = en la escuela o un centro de estudios
verify-context-non-formal = en un curso
verify-context-informal = en el trabajo o por su cuenta
verify-esco-skill = habilidad
verify-esco-occupation = ocupación
verify-esco-qualification = cualificación
