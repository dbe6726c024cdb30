# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Firmar las habilidades de otras personas, como formador, empleador, centro, escuela o compañero.
cli-cmd-issuer-init = Hacer tu clave de firma como emisor. Queda protegida con una contraseña.
cli-cmd-issuer-show = Mostrar tu nombre de emisor, tipo y clave pública. No hace falta contraseña.
cli-cmd-issuer-revoke = Retirar una credencial que firmaste, por su número.
cli-cmd-issuer-status-list = Escribir la lista firmada de credenciales que retiraste, para dársela a quien compruebe.
cli-cmd-endorse = Firmar una petición que alguien te dio y escribir la credencial para devolverla.
cli-cmd-trust = Elegir en qué firmas confías cuando compruebas un código QR.
cli-cmd-trust-anchor = Anclas de confianza: las redes o autoridades que respaldan a los emisores.
cli-cmd-trust-anchor-init = Hacer una clave de firma como ancla de confianza, para respaldar a emisores.
cli-cmd-trust-anchor-show = Mostrar el nombre y la clave pública de tu ancla de confianza.
cli-cmd-trust-anchor-add = Confiar en las listas firmadas con la clave de esta ancla de confianza.
cli-cmd-trust-bundle = Como ancla de confianza, firmar una lista de emisores que respaldas.
cli-cmd-trust-import = Añadir desde un archivo una lista firmada de emisores de confianza.
cli-cmd-trust-list = Mostrar los emisores en los que confías y la antigüedad de cada lista.
cli-cmd-revocation = Listas de credenciales que los emisores retiraron.
cli-cmd-revocation-import = Añadir la lista firmada de un emisor con las credenciales que retiró.
cli-cmd-verify = Comprobar un código QR de Carnet: quién firmó cada habilidad y si sigue siendo válida.

## Help: what to give

cli-arg-issuer-name = Tu nombre o el nombre de tu organización, tal como deben verlo los demás.
cli-arg-issuer-country = Tu país, en dos letras, como KE o PT.
cli-arg-issuer-kind = Qué eres: trainer, employer, centre, college o colleague.
cli-arg-revoke-index = El número de la credencial que quieres retirar.
cli-arg-cred-out = El archivo que se escribe.
cli-arg-endorse-request = La petición que te dio la persona: el archivo (request.cbor), una imagen de su código QR (PNG o JPEG), o un archivo de texto con el texto que empieza por CNR1:
cli-arg-endorse-text = El texto de la petición, que empieza por CNR1:, si la persona lo envió como mensaje. En lugar de un archivo.
cli-arg-endorse-assessed-by = Cómo comprobaste la habilidad: observation, test, document o interview.
cli-arg-endorse-expires = El último día en que vale la credencial, como 2027-05-14. Sin esto, no termina.
cli-arg-endorse-valid-days = Cuántos días vale la credencial, a partir de hoy.
cli-arg-anchor-name = El nombre del ancla de confianza, tal como deben verlo los demás.
cli-arg-anchor-key = La clave pública del ancla de confianza: 64 letras y cifras.
cli-arg-bundle-issuer = El archivo de un emisor, de carnet issuer show --json. Dalo una vez por cada emisor.
cli-arg-trust-file = El archivo de la lista de confianza (.cbor).
cli-arg-status-file = El archivo de la lista del emisor (.cbor).
cli-arg-verify-image = Una imagen del código QR: PNG, JPEG o WebP.
cli-arg-verify-text = El texto del código QR, que empieza por CN1:
cli-arg-verify-nonce = El número que pediste a la persona que pusiera en el código (hexadecimal).
cli-arg-verify-audience = El nombre que pediste a la persona que pusiera en el código.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Tu clave de emisor para { $name } está lista. Guarda bien tu contraseña: sin ella no puedes firmar.
issuer-label-name = Nombre:
issuer-label-country = País:
issuer-label-kind = Tipo:
issuer-label-public-key = Clave pública:
issuer-label-kid = Huella de la clave:
issuer-label-issued = Números dados:
issuer-label-revoked = Retiradas:
issuer-revoked = La credencial número { $index } está retirada.
issuer-already-revoked = La credencial número { $index } ya estaba retirada.
issuer-revoked-next-step = Quienes comprueban solo lo sabrán por tu próxima lista: escríbela con carnet issuer status-list --out list.cbor y dales el archivo.
issuer-status-list-written = { $count ->
    [one] La lista está en { $path }. Nombra { $count } credencial retirada.
   *[other] La lista está en { $path }. Nombra { $count } credenciales retiradas.
}

endorse-intro = { $count ->
    [one] Vas a firmar { $count } entrada para la persona con la clave { $holder }:
   *[other] Vas a firmar { $count } entradas para la persona con la clave { $holder }:
}
endorse-entry = { $title } ({ $kind }, nivel { $level }, { $dates })
endorse-untitled = (sin título)
endorse-how-observation = Dices que viste a la persona hacerlo.
endorse-how-test = Dices que la persona aprobó un examen.
endorse-how-document = Dices que revisaste un documento.
endorse-how-interview = Dices que lo comprobaste en una entrevista.
endorse-expires-on = Vale hasta el { $date }.
endorse-no-expiry = No termina.
endorse-written = { $count ->
    [one] Firmado. Devuelve { $path } a la persona. Su número es { $first }.
   *[other] Firmado. Devuelve { $path } a la persona. Sus números van del { $first } al { $last }.
}

trust-anchor-added = Ahora confías en las listas firmadas por { $name } (huella de la clave { $kid }).
trust-bundle-written = { $count ->
    [one] La lista firmada de { $count } emisor está en { $path }.
   *[other] La lista firmada de { $count } emisores está en { $path }.
}
trust-imported = { $count ->
    [one] Se añadió una lista de confianza de { $count } emisor, hecha el { $date }.
   *[other] Se añadió una lista de confianza de { $count } emisores, hecha el { $date }.
}
trust-list-empty = Todavía no confías en ningún emisor. Añade una lista de confianza con carnet trust import.
trust-list-bundle = { $days ->
    [0] Lista de confianza de { $anchor }, hecha hoy ({ $date }):
    [one] Lista de confianza de { $anchor }, hecha hace { $days } día ({ $date }):
   *[other] Lista de confianza de { $anchor }, hecha hace { $days } días ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, huella de la clave { $kid }
revocation-imported = { $count ->
    [one] Se añadió la lista de { $name }, hecha el { $date }: { $count } credencial retirada.
   *[other] Se añadió la lista de { $name }, hecha el { $date }: { $count } credenciales retiradas.
}

## Errors of these commands

error-issuer-exists = Ya hay una clave de emisor en esta carpeta. No se cambió nada.
error-no-issuer = Todavía no hay clave de emisor en esta carpeta. Haz una con carnet issuer init.
error-issuer-damaged = La clave de emisor de esta carpeta está dañada o no coincide con sus datos. Recupera una copia de seguridad.
error-anchor-exists = Ya hay una clave de ancla de confianza en esta carpeta. No se cambió nada.
error-no-anchor = Todavía no hay clave de ancla de confianza en esta carpeta. Haz una con carnet trust anchor init.
error-anchor-damaged = La clave de ancla de confianza de esta carpeta está dañada o no coincide con sus datos. Recupera una copia de seguridad.
error-identity-too-new = Esta clave la hizo un Carnet más nuevo. Actualiza Carnet para usarla.
error-storage-file = Carnet no pudo escribir ni leer { $path }. Comprueba que hay espacio y que puedes escribir ahí. (Para quien te ayude: { $reason })
error-file-too-big = { $path } es demasiado grande para ser un archivo de Carnet.
error-issuer-kind = “{ $value }” no es un tipo de emisor. Escribe trainer, employer, centre, college o colleague.
error-assessed-by = “{ $value }” no es una forma de comprobar. Escribe observation, test, document o interview.
error-expires-date = “{ $value }” no es un día. Escríbelo como año-mes-día, por ejemplo 2027-05-14.
error-expires-past = El día final debe ser posterior a hoy.
error-issuer-indexes-used-up = Esta clave de emisor ya usó todos sus números. Haz una clave de emisor nueva.
error-revoke-not-issued = No has firmado ninguna credencial con el número { $index }. Tus números van de 0 a menos de { $next }.
error-anchor-name = El nombre debe tener de 1 a 100 caracteres.
error-anchor-known = Ya confías en esta ancla de confianza (huella de la clave { $kid }).
error-issuer-file = { $path } no es el archivo de un emisor. Pide al emisor la salida de carnet issuer show --json.
error-trust-bundle-not-newer = Ya tienes esta lista de confianza o una más nueva de la misma ancla de confianza. No se cambió nada.
error-status-list-not-newer = Ya tienes una lista más nueva de este emisor. No se cambió nada.
error-status-list-issuer-unknown = Esta lista es de un emisor en el que todavía no confías (huella de la clave { $kid }). Primero importa una lista de confianza que lo nombre.
error-verifier-damaged = Tus listas de confianza guardadas están dañadas o se cambiaron. Impórtalas otra vez.
error-verify-nonce = “{ $value }” no es un número hexadecimal, como 3fa9.
error-verify-got-request = Esto es una petición para confirmar las entradas de alguien (su texto empieza por CNR1:), no un código que muestra habilidades. No se comprobó nada. Quien confirma la firma con: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Esto es un código que muestra las habilidades de alguien (su texto empieza por CN1:), no una petición para confirmarlas. No se firmó nada. Para comprobarlo, escribe: carnet verify PICTURE, o carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = La lista de confianza está dañada o no es una lista de confianza.
error-trust-bundle-wrong-file = Es otro tipo de archivo de Carnet, no una lista de confianza.
error-trust-bundle-newer-version = Esta lista de confianza la hizo un Carnet más nuevo. Actualiza Carnet para leerla.
error-trust-bundle-unknown-anchor = Esta lista de confianza está firmada por un ancla de confianza en la que no confías (huella de la clave { $kid }). Añádela primero con carnet trust anchor add, si la conoces.
error-trust-bundle-bad-signature = La firma de esta lista de confianza no coincide. El archivo se cambió o está dañado.
error-trust-bundle-invalid = Un valor de la lista de confianza no se puede usar ({ $field }).
error-trust-bundle-too-large = La lista de confianza es demasiado grande.
error-status-list-malformed = La lista está dañada o no es una lista de credenciales retiradas.
error-status-list-wrong-file = Es otro tipo de archivo de Carnet, no una lista de credenciales retiradas.
error-status-list-newer-version = Esta lista la hizo un Carnet más nuevo. Actualiza Carnet para leerla.
error-status-list-wrong-issuer = Esta lista es de otro emisor ({ $found }, no { $expected }).
error-status-list-bad-signature = La firma de esta lista no coincide. El archivo se cambió o está dañado.
error-status-list-invalid = Un valor de la lista no se puede usar ({ $field }).
error-status-list-too-large = La lista es demasiado grande.
