# Review status: machine-drafted, needs review by a native speaker.

## Help: headings

cli-help-usage = Cómo escribirlo:
cli-help-commands = Órdenes:
cli-help-arguments = Qué dar:
cli-help-options = Opciones:
cli-help-examples = Ejemplos:

## Help: the whole program

cli-about = Carnet guarda un registro de lo que sabes hacer: habilidades, trabajos, idiomas, títulos y cursos. El registro se queda en tu dispositivo, protegido con tu contraseña.

cli-examples =
    Empezar un cuaderno:        carnet init
    Añadir una habilidad:       carnet add skill --title "Welding" --level advanced
    Ver tus entradas:           carnet list
    Ver una entrada:            carnet show 3f2a
    Ayuda de una orden:         carnet add --help

cli-opt-data-dir = La carpeta donde se guarda tu cuaderno. También puedes usar CARNET_DATA_DIR.
cli-opt-json = Responder en JSON, para otros programas.
cli-opt-lang = El idioma de los mensajes de Carnet, por ejemplo ar, fa, fr, uk o en.
cli-opt-help = Mostrar esta ayuda.
cli-opt-version = Mostrar la versión de Carnet.

## Help: commands

cli-cmd-init = Crear un cuaderno nuevo, protegido con una contraseña.
cli-cmd-passphrase = Cambiar la contraseña de tu cuaderno.
cli-cmd-passphrase-change = Cambiar tu contraseña. Escribes la antigua y luego la nueva dos veces.
cli-cmd-profile = Ver o cambiar tu perfil: tu nombre, tus países, tus idiomas.
cli-cmd-profile-show = Mostrar tu perfil.
cli-cmd-profile-set = Cambiar tu perfil. Para borrar algo, dale un valor vacío, por ejemplo --contact "".
cli-cmd-add = Añadir una entrada: una habilidad, un título, experiencia laboral, un idioma o un curso.
cli-cmd-list = Ver la lista de tus entradas.
cli-cmd-show = Mostrar todo sobre una entrada.
cli-cmd-edit = Cambiar una entrada.
cli-cmd-rm = Borrar una entrada.
cli-cmd-search = Buscar entradas que contienen algunas palabras.
cli-cmd-detach = Quitar una foto o una nota de voz de una entrada. También se borra de este dispositivo, salvo que otra entrada la muestre.
cli-cmd-attach = Añadir a una entrada una foto de un papel, por ejemplo un título, un certificado o un papel de trabajo. O añadir una nota de voz: un archivo de sonido donde hablas de la habilidad.
cli-cmd-export = Escribir todo tu cuaderno en un archivo que otros programas pueden leer.
cli-cmd-import = Leer un archivo de exportación de Carnet en tu cuaderno. No se borra nada de tu cuaderno.
cli-cmd-devices = Los dispositivos que tienen tu cuaderno.
cli-cmd-devices-list = Mostrar los dispositivos que tienen tu cuaderno.
cli-cmd-devices-remove = Quitar tu cuaderno de un dispositivo, por ejemplo un teléfono perdido. No podrá leer nada de lo que añadas a partir de ahora.
cli-cmd-pair = Poner tu cuaderno en otro dispositivo tuyo, como un teléfono nuevo.
cli-cmd-pair-show = En el dispositivo que tiene tu cuaderno: mostrar un código para el dispositivo nuevo y luego permitirlo.
cli-cmd-pair-join = En el dispositivo nuevo: recibir tu cuaderno con el código que muestra tu otro dispositivo.
cli-cmd-sync = Enviar tus cambios al servidor del centro y recibir los cambios hechos en tus otros dispositivos. El servidor solo guarda una copia cerrada que no puede leer.

## Help: what to give to the commands

cli-arg-kind = Qué tipo de entrada: skill (habilidad), qualification (título), experience (trabajo), language (idioma) o learning (un curso).
cli-arg-title = Un nombre corto, por ejemplo "Welding" o "Driving licence B".
cli-arg-description = Más palabras sobre ello, si quieres.
cli-arg-level = Lo bien que lo haces. Para una habilidad o un trabajo: basic, intermediate, advanced o expert. Para un idioma: de A1 (principiante) a C2 (muy bien). Para un título o un curso: su nivel EQF, del 1 al 8.
cli-arg-eqf = El nivel EQF de un título o curso, del 1 al 8, si lo sabes.
cli-arg-from = Cuándo empezó: un año (2019), un mes (2019-05) o un día (2019-05-14).
cli-arg-to = Cuándo terminó, escrito de la misma forma. Déjalo fuera si todavía sigue.
cli-arg-organisation = El empleador, la escuela o el centro de formación.
cli-arg-place = La ciudad o el lugar.
cli-arg-country = El país, en dos letras, por ejemplo SY, AF, DE.
cli-arg-context = Cómo lo aprendiste: formal (escuela, título), non-formal (un curso) o informal (haciéndolo).
cli-arg-written-in = El idioma en que escribiste esta entrada, con un código corto, por ejemplo ar o en.
cli-arg-esco = La dirección ESCO de la habilidad o el trabajo, si la sabes.
cli-arg-isco = El código de ocupación ISCO-08 (de 1 a 4 cifras), si lo sabes.
cli-arg-stage = En qué momento de tu camino importa esto: recruitment, pre-departure, arrival, career o return. Puedes dar más de uno.

cli-arg-list-kind = Mostrar solo las entradas de este tipo: skill, qualification, experience, language o learning.
cli-arg-list-stage = Mostrar solo las entradas de esta etapa: recruitment, pre-departure, arrival, career o return.

cli-arg-id = El id de la entrada. Bastan los 4 primeros caracteres o más. Para ver los ids, escribe: carnet list
cli-arg-set = Un cambio, escrito FIELD=VALUE, por ejemplo level=advanced. Repítelo para cambiar más cosas. Un valor vacío borra el campo. Los campos son: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Las palabras que buscar.
cli-arg-evidence = La foto o nota de voz que quitar: su id, como lo muestran carnet show y carnet attach (bastan los 8 primeros caracteres o más).
cli-arg-photo = Una foto (JPEG, PNG o WebP) o un archivo de sonido (WebM, Ogg, MP4, M4A, AAC, MP3 o WAV, hasta 5 MB). Carnet mira dentro del archivo para saber qué es. Quita los datos ocultos, como el lugar donde se hizo una foto.
cli-arg-format = El tipo de archivo. Por ahora solo json.
cli-arg-file = El archivo de exportación que leer.

cli-arg-name = Tu nombre, como quieres que lo vean los demás.
cli-arg-birth-date = Tu fecha de nacimiento: 1990, 1990-05 o 1990-05-14.
cli-arg-origin = El país de donde vienes, en dos letras, por ejemplo SY, AF, ER.
cli-arg-current = El país donde vives ahora, en dos letras, por ejemplo DE, FR.
cli-arg-contact = Cómo pueden contactarte, por ejemplo un número de teléfono o un correo.
cli-arg-language = Un idioma que sabes, con un código corto, por ejemplo ar, fa-AF o en. Las opciones de abajo son sobre este idioma.
cli-arg-mother-tongue = Este idioma es tu lengua materna.
cli-arg-not-mother-tongue = Este idioma no es tu lengua materna.
cli-arg-listening = Lo bien que entiendes a la gente que habla: de A1 (principiante) a C2 (muy bien).
cli-arg-reading = Lo bien que lees: de A1 a C2.
cli-arg-spoken-interaction = Lo bien que participas en una conversación: de A1 a C2.
cli-arg-spoken-production = Lo bien que hablas tú solo: de A1 a C2.
cli-arg-writing = Lo bien que escribes: de A1 a C2.
cli-arg-remove-language = Quitar un idioma de tu perfil.
cli-arg-hub = La dirección del servidor del centro, por ejemplo http://192.168.1.10:8470. Carnet la recuerda.
cli-arg-device-id = El id del dispositivo, como lo muestra: carnet devices list (bastan los 4 primeros caracteres o más).
cli-arg-pair-approve = Permitir el dispositivo nuevo sin preguntar, si muestra este código (para quien ayuda y para scripts).
cli-arg-pair-code = El código que muestra tu otro dispositivo. Empieza por CNP1:
cli-arg-pair-name = Un nombre para este dispositivo, para reconocerlo en el otro (por ejemplo "Amal's phone").
cli-arg-sync-status = Solo mostrar cuándo sincronizaste por última vez y cuántos cambios esperan. No se envía nada.
cli-arg-sync-watch = Seguir sincronizando. Si no se puede llegar al servidor, volver a intentarlo más tarde, esperando más cada vez.
cli-arg-sync-every = Con --watch: cuántos segundos esperar entre sincronizaciones (300 si no se da).

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

cli-passphrase-new-intro = Elige una contraseña de al menos { $min } caracteres. La necesitas cada vez que abres tu cuaderno. Nadie puede recuperarla por ti.
cli-passphrase-prompt = Contraseña:
cli-passphrase-new-prompt = Contraseña nueva:
cli-passphrase-repeat-prompt = Escribe otra vez la contraseña nueva:
cli-passphrase-changed = Tu contraseña ha cambiado. Usa la nueva a partir de ahora.

## Answers

cli-init-done = Tu cuaderno está listo. Está en esta carpeta: { $dir }
cli-init-next = Guarda bien tu contraseña. Sin ella, nadie puede abrir tu cuaderno, ni siquiera tú. Ahora añade lo que sabes hacer, por ejemplo: carnet add skill --title "Cooking"

cli-list-empty = Tu cuaderno todavía no tiene entradas. Para añadir una, escribe: carnet add skill --title "Cooking"
cli-list-none-match = Ninguna entrada coincide con lo que pediste.
cli-search-none = Ninguna entrada tiene estas palabras. Prueba con otras palabras o escribe: carnet list

cli-edit-saved = Tu cambio está guardado.
cli-rm-done = Borrada: { $title }
cli-detached = Se quitó la foto o nota de voz de la entrada.

cli-profile-saved = Tu perfil está guardado.
cli-profile-empty = Tu perfil está vacío. Para añadir tu nombre, escribe: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] Se añadió { $count } entrada.
   *[other] Se añadieron { $count } entradas.
}
cli-import-updated = { $count ->
    [one] Se actualizó { $count } entrada.
   *[other] Se actualizaron { $count } entradas.
}
cli-import-unchanged = { $count ->
    [one] { $count } entrada ya era igual.
   *[other] { $count } entradas ya eran iguales.
}
cli-import-profile-updated = Tu perfil también se actualizó.
cli-import-missing-photos = { $count ->
    [one] { $count } foto no está en este dispositivo. Los archivos de exportación no llevan fotos. Añádela otra vez con: carnet attach
   *[other] { $count } fotos no están en este dispositivo. Los archivos de exportación no llevan fotos. Añádelas otra vez con: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Tipo
cli-show-added = Añadida
cli-show-changed = Cambiada
cli-show-evidence = Fotos y notas de voz
cli-show-photo = { $sha }  { $width } × { $height } píxeles, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } píxeles, no está en este dispositivo
cli-show-voice = { $sha }  nota de voz, { $kilobytes } KB
cli-show-voice-missing = { $sha }  nota de voz, no está en este dispositivo
cli-show-conflicts = Otro dispositivo también escribió:
cli-show-conflicts-hint = Para quedarte con uno de estos, escribe: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Título
cli-field-description = Descripción
cli-field-written-in = Escrito en
cli-field-esco = ESCO
cli-field-isco = Código de ocupación ISCO-08
cli-field-level = Nivel
cli-field-eqf = Nivel EQF
cli-field-organisation = Organización
cli-field-place = Lugar
cli-field-country = País
cli-field-from = Desde
cli-field-to = Hasta
cli-field-context = Cómo lo aprendiste
cli-field-stages = Etapas

cli-kind-skill = habilidad
cli-kind-qualification = título
cli-kind-experience = experiencia
cli-kind-language = idioma
cli-kind-learning = curso

cli-context-formal = formal (escuela, título)
cli-context-non-formal = no formal (un curso)
cli-context-informal = informal (haciéndolo)

cli-stage-recruitment = contratación
cli-stage-pre-departure = antes de salir
cli-stage-arrival = llegada
cli-stage-career = trabajo
cli-stage-return = regreso

cli-proficiency-basic = básico
cli-proficiency-intermediate = intermedio
cli-proficiency-advanced = avanzado
cli-proficiency-expert = experto

cli-level-eqf = Nivel EQF { $level }

cli-profile-name = Nombre
cli-profile-birth-date = Fecha de nacimiento
cli-profile-origin = Viene de
cli-profile-current = Vive en
cli-profile-contact = Contacto
cli-profile-languages = Idiomas
cli-profile-mother-tongue = { $language } (lengua materna)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = comprensión oral { $level }
cli-cefr-reading = lectura { $level }
cli-cefr-spoken-interaction = conversación { $level }
cli-cefr-spoken-production = expresión oral { $level }
cli-cefr-writing = escritura { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet no conoce “{ $arg }” aquí.
cli-error-unknown-command = No existe la orden “{ $command }”.
cli-error-invalid-value = “{ $value }” no se puede usar para { $arg }.
cli-error-missing-value = { $arg } necesita un valor detrás.
cli-error-valid-values = Puedes usar: { $values }
cli-error-missing-argument = Falta algo: { $arg }
cli-error-missing-command = Di qué debe hacer Carnet después de “{ $command }”.
cli-error-valid-commands = Las órdenes son: { $commands }
cli-error-conflict = { $arg } no se puede usar junto con { $other }.
cli-error-no-equals = Escribe { $arg } con un signo igual y el valor justo detrás.
cli-error-too-many-values = { $arg } admite menos valores. “{ $value }” sobra.
cli-error-wrong-number-of-values = { $arg } tiene un número equivocado de valores.
cli-error-invalid-utf8 = Carnet no puede leer algunas de las letras que escribiste. Escríbelas otra vez.
cli-error-did-you-mean = ¿Querías decir { $suggestion }?
cli-error-usage = Carnet no entendió esta orden.
cli-error-usage-hint = Escribe { $command } --help para ver lo que puedes escribir.
cli-error-set-format = “{ $value }” no es un cambio. Escribe FIELD=VALUE, por ejemplo --set level=advanced
cli-error-nothing-to-change = No hay nada que cambiar. Da al menos una opción, por ejemplo --name "Your name".

cli-error-passphrase-unavailable = Carnet necesita una contraseña pero aquí no puede pedirla. Ejecuta Carnet en un terminal o usa { $variable }.
cli-error-passphrase-mismatch = Las dos contraseñas no son iguales. No se cambió nada. Inténtalo otra vez.
cli-error-read-file = Carnet no puede leer el archivo { $path }. Revisa el nombre del archivo y la carpeta, y vuelve a intentarlo.
cli-error-no-data-dir = Carnet no encuentra una carpeta para tu cuaderno. Elige una con --data-dir, por ejemplo --data-dir ./carnet
cli-error-output = Carnet no pudo escribir su respuesta. Comprueba que el disco no está lleno y vuelve a intentarlo.
cli-error-details = Detalles para quien te ayude: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Para crear uno, escribe: carnet init
cli-hint-already-exists = Para ver lo que contiene, escribe: carnet list. Para un segundo cuaderno, elige otra carpeta con --data-dir.
cli-hint-not-found = Para ver los ids, escribe: carnet list
cli-hint-ambiguous-id = Para ver los ids, escribe: carnet list
cli-hint-import-format = Elige un archivo hecho con: carnet export --format json
cli-hint-invalid-field = Para ver la lista de campos, escribe: carnet edit --help

## carnet sync

cli-sync-phase-sending = Enviando
cli-sync-phase-receiving = Recibiendo
cli-sync-phase-photos = Fotos
cli-sync-done = Sincronizado con { $hub }.
cli-sync-changes = { $sent ->
    [one] { $sent } cambio enviado
   *[other] { $sent } cambios enviados
}, { $received ->
    [one] { $received } cambio recibido.
   *[other] { $received } cambios recibidos.
}
cli-sync-photos = { $sent ->
    [one] { $sent } foto enviada
   *[other] { $sent } fotos enviadas
}, { $received ->
    [one] { $received } foto recibida.
   *[other] { $received } fotos recibidas.
}
cli-sync-bytes = Datos usados: { $up } KB de subida, { $down } KB de bajada.
cli-sync-retry = Se volverá a intentar en { $seconds ->
    [one] { $seconds } segundo.
   *[other] { $seconds } segundos.
}
cli-sync-status-hub = Servidor: { $hub }
cli-sync-status-last = Última sincronización: { $when }
cli-sync-status-pending = { $count ->
    [0] No hay cambios esperando.
    [one] { $count } cambio espera para enviarse.
   *[other] { $count } cambios esperan para enviarse.
}
cli-sync-no-hub = todavía ninguno
cli-sync-never = nunca
cli-hint-sync-no-hub = Para ponerlo, escribe: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Tus cambios se guardan. Para intentarlo más tarde, escribe: carnet sync

## carnet pair

cli-pair-show-scan = Escanea este código con tu dispositivo nuevo, o escribe allí el texto de abajo.
cli-pair-show-expires = El código funciona 10 minutos.
cli-pair-show-request = El dispositivo “{ $name }” quiere tu cuaderno. Su código es { $fingerprint }.
cli-pair-show-ask = ¿Tu dispositivo nuevo muestra el mismo código? Escribe sí para permitirlo, o no.
cli-pair-yes = sí
cli-pair-show-approved = “{ $name }” ya tiene tu cuaderno.
cli-pair-show-refused = Dijiste que no. “{ $name }” no recibió nada.
cli-pair-default-name = Dispositivo nuevo
cli-pair-join-check = Tu otro dispositivo debe mostrar este código: { $fingerprint }. Permítelo allí.
cli-pair-join-done = { $count ->
    [one] Este dispositivo ya tiene tu cuaderno, con { $count } entrada.
   *[other] Este dispositivo ya tiene tu cuaderno, con { $count } entradas.
}

## carnet devices

cli-devices-none = Ningún dispositivo ha sincronizado este cuaderno todavía.
cli-devices-line = { $id }  { $name }  (desde el { $added })
cli-devices-this = ← este dispositivo
cli-devices-removed = (quitado el { $when })
cli-devices-removed-done = “{ $name }” se quitó. Tu cuaderno tiene ahora una clave nueva, que ese dispositivo no tiene.
cli-devices-new-sheet = Tu hoja de recuperación tiene la clave antigua. Imprime una nueva ahora y destruye la antigua: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Imprimir una hoja de recuperación: con ella y tu contraseña, puedes recuperar tu cuaderno en un teléfono nuevo si pierdes este.
cli-cmd-recover = En un dispositivo nuevo: recuperar tu cuaderno con tu hoja de recuperación y tu contraseña.
cli-arg-recovery-out = El archivo donde escribir la hoja. Debe terminar en .png o .pdf.
cli-arg-recover-sheet = Una foto o escaneo de tu hoja de recuperación (PNG o JPEG). Carnet lee su código cuadrado.
cli-arg-recover-words = Las 12 palabras de tu hoja de recuperación, en orden, entre comillas. Da también --hub.
cli-arg-recover-hub = La dirección del servidor impresa en tu hoja de recuperación, por ejemplo http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet puede escribir la hoja como archivo .png o .pdf, no como “{ $path }”.
cli-recovery-sheet-done = Tu hoja de recuperación está en { $path }. Imprímela y guarda el papel en un lugar seguro, lejos de tu teléfono.
cli-recovery-sheet-english = La hoja está en inglés: Carnet todavía no puede escribir bien en ella las letras de tu idioma.
cli-recovery-sheet-replaced = Cualquier hoja que imprimieras antes ya no funciona. Destrúyela.
cli-recover-done = { $count ->
    [one] Tu cuaderno ha vuelto a este dispositivo: { $count } entrada.
   *[other] Tu cuaderno ha vuelto a este dispositivo: { $count } entradas.
}
cli-passphrase-sheet-updated = Tu hoja de recuperación sigue funcionando, con tu nueva contraseña.
cli-passphrase-sheet-not-updated = No se pudo actualizar tu hoja de recuperación en el servidor. Hasta que imprimas una nueva, necesita tu contraseña antigua. Imprime una hoja nueva cuando tengas conexión: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Hoja de recuperación de Carnet
cli-sheet-made = Hecha el { $date }
cli-sheet-hub = Servidor: { $hub }
cli-sheet-words = Tus 12 palabras
cli-sheet-instructions =
    Guarda este papel en un lugar seguro. Con él y tu contraseña puedes recuperar tu cuaderno en un teléfono nuevo:
    1. Pon Carnet en el teléfono nuevo y elige recuperar un cuaderno.
    2. Escanea el código cuadrado, o escribe las 12 palabras y la dirección del servidor.
    3. Escribe tu contraseña. El cuaderno vuelve desde el servidor.
    En un ordenador: carnet recover --sheet photo.jpg
cli-sheet-warning = Este papel solo no abre tu cuaderno: también hace falta tu contraseña. No los guardes juntos. Si imprimes una hoja nueva, esta deja de funcionar.
