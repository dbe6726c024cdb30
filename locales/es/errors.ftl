# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = La contraseña no es correcta. Revísala y vuelve a intentarlo. Las mayúsculas cuentan.
error-too-many-attempts = { $minutes ->
    [one] Demasiadas contraseñas incorrectas. Espera { $minutes } minuto y vuelve a intentarlo.
   *[other] Demasiadas contraseñas incorrectas. Espera { $minutes } minutos y vuelve a intentarlo.
}
error-passphrase-too-short = Esta contraseña es demasiado corta. Usa al menos { $min } caracteres.

## The logbook files

error-no-logbook = Todavía no hay ningún cuaderno en esta carpeta. Crea uno primero o elige la carpeta donde está tu cuaderno.
error-already-exists = Ya hay un cuaderno en esta carpeta. No se cambió nada.
error-damaged-key-file = La clave de tu cuaderno está dañada o falta, así que no se puede abrir. Recupera una copia de seguridad o una copia de un dispositivo emparejado con este.
error-damaged-database = Tu cuaderno está dañado, así que no se puede abrir. Recupera una copia de seguridad o una copia de un dispositivo emparejado con este.
error-too-new = { $what ->
    [export-file] Este archivo lo hizo una versión más nueva de Carnet. Actualiza Carnet y vuelve a intentarlo.
    [taxonomy] Los datos ESCO que vienen con Carnet son de una versión más nueva de Carnet. Actualiza Carnet y vuelve a intentarlo.
   *[other] Tu cuaderno lo guardó una versión más nueva de Carnet. Actualiza Carnet y vuelve a intentarlo.
}
error-disk-full = El disco está lleno. No se perdió nada. Libera espacio, por ejemplo borrando archivos viejos, y vuelve a intentarlo.
error-io = Carnet no pudo leer ni escribir los archivos de tu cuaderno. Comprueba que la carpeta existe y que puedes escribir en ella, y vuelve a intentarlo.
error-internal = Algo salió mal dentro de Carnet. Es un error de Carnet, no tuyo. Por favor, avisa a quienes hacen Carnet.

## Entries

error-not-found = Ninguna entrada tiene el id “{ $id }”. Revisa el id y vuelve a intentarlo.
error-ambiguous-id = Más de una entrada empieza por “{ $id }”. Escribe más caracteres del id.

## Values the person typed

error-invalid-kind = “{ $value }” no es un tipo de entrada. Usa skill, qualification, experience, language o learning.
error-invalid-date = “{ $value }” no es una fecha. Escribe un año (2019), un mes (2019-05) o un día (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” no es un nivel de idioma. Usa A1, A2, B1, B2, C1 o C2.
    [qualification] “{ $value }” no es un nivel para un título. Usa un número del 1 al 8 (EQF).
    [learning] “{ $value }” no es un nivel para un curso. Usa un número del 1 al 8 (EQF).
    [eqf] “{ $value }” no es un nivel EQF. Usa un número del 1 al 8.
   *[other] “{ $value }” no es un nivel. Usa basic, intermediate, advanced o expert.
}
error-invalid-country = “{ $value }” no es un código de país. Usa dos letras, por ejemplo SY, AF, ER o DE.
error-invalid-language = “{ $value }” no es un código de idioma. Usa un código corto, por ejemplo ar, fa-AF o en.
error-invalid-esco = “{ $value }” no es una dirección ESCO. Empieza por http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” no es un código de ocupación ISCO-08. Usa de 1 a 4 cifras, por ejemplo 7212.
error-invalid-proficiency = “{ $value }” no es un nivel. Usa basic, intermediate, advanced o expert.
error-invalid-context = “{ $value }” no es una forma de aprender. Usa formal, non-formal o informal.
error-invalid-stage = “{ $value }” no es una etapa. Usa recruitment, pre-departure, arrival, career o return.
error-invalid-field = “{ $value }” no es algo que puedas cambiar. Usa uno de estos: { $expected }.
error-empty-field = { $field ->
    [title] El título está vacío. Escribe un título corto.
   *[other] El campo { $field } está vacío. Escribe algo en él.
}
error-date-order = La fecha final { $to } es anterior a la fecha de inicio { $from }. Revisa las dos fechas.
error-import-format = Este archivo no es una exportación de Carnet, así que no se puede leer. Elige un archivo que exportó Carnet.

## Photos

error-evidence-not-an-image = Este archivo no es una foto. Carnet acepta imágenes JPEG, PNG y WebP.
error-evidence-unsupported-format = Es una imagen { $format } y Carnet no puede usarla. Guárdala como JPEG, PNG o WebP y vuelve a intentarlo.
error-evidence-damaged = La foto está dañada o incompleta. Haz o elige la foto otra vez.
error-evidence-too-large = La imagen es demasiado grande ({ $width } × { $height } píxeles). Haz la foto con menos calidad o elige una copia más pequeña.
error-evidence-file-too-big = El archivo es demasiado grande ({ $megabytes } MB). El límite es 32 MB. Elige un archivo más pequeño.
error-evidence-encode-failed = Carnet no pudo guardar la foto. Inténtalo otra vez. Si vuelve a pasar, avisa a quienes hacen Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” no es una dirección de servidor. Una dirección de servidor se parece a http://192.168.1.10:8470. Pídesela al centro.
error-sync-no-hub = Este cuaderno todavía no tiene servidor. Pide al centro la dirección de su servidor.
error-sync-unreachable = Carnet no puede conectar con el servidor en { $url }. Tu cuaderno está seguro en este dispositivo. Vuelve a intentarlo cuando estés conectado a la red del centro.
error-sync-refused = El servidor no acepta este dispositivo para este cuaderno. Si quitaste este dispositivo de tu cuaderno, es normal. Si no, pregunta en el centro.
error-sync-unknown-logbook = El servidor todavía no tiene ninguna copia de este cuaderno. Sincroniza primero el dispositivo que tiene tu cuaderno y vuelve a intentarlo.
error-sync-rate-limited = El servidor está ocupado. Espera { $seconds } segundos y vuelve a intentarlo. Tu cuaderno está seguro en este dispositivo.
error-sync-hub-full = El servidor no tiene más espacio para tu cuaderno. Tu cuaderno está seguro en este dispositivo. Pregunta en el centro.
error-sync-hub-error = El servidor tuvo un problema ({ $status } { $code }). Tu cuaderno está seguro en este dispositivo. Vuelve a intentarlo más tarde o pregunta en el centro.
error-sync-protocol = El servidor envió algo que esta versión de Carnet no puede leer. Tu cuaderno está seguro en este dispositivo. Actualiza Carnet o pregunta en el centro.
error-sync-forged = El servidor envió un cambio dañado o cambiado por alguien. Carnet no lo usó y tu cuaderno no cambió. Avisa al centro.
error-sync-incomplete = El servidor no envió todos los cambios que debía. Carnet no los usó y tu cuaderno no cambió. Vuelve a intentarlo más tarde o avisa al centro.
error-sync-unknown-epoch = Este dispositivo no tiene la clave más nueva de tu cuaderno, así que no puede leer lo que tiene el servidor. Si quitaste este dispositivo, es normal. Si no, emparéjalo otra vez.
error-sync-rolled-back = El servidor perdió algunos datos. Tu cuaderno en este dispositivo está completo y no cambió. Avisa al centro.
error-sync-pairing-code = Esto no es un código de emparejamiento, o le falta una parte. Muestra el código otra vez en tu otro dispositivo y escanéalo o escríbelo entero.
error-sync-pairing-expired = Este código de emparejamiento es demasiado antiguo. Muestra un código nuevo en tu otro dispositivo.
error-sync-pairing-taken = Otro dispositivo ya respondió a este código de emparejamiento. No se compartió nada. Muestra un código nuevo en tu otro dispositivo y vuelve a intentarlo.
error-sync-pairing-refused = Tu otro dispositivo dijo que no a este emparejamiento. No se compartió nada.
error-sync-remove-self = Este es el dispositivo que estás usando. Para quitarlo, hazlo desde otro de tus dispositivos.
error-sync-cancelled = Dejaste de esperar al otro dispositivo. No se compartió nada. Empieza otra vez cuando los dos dispositivos estén listos.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Esto no es el código cuadrado de una hoja de recuperación de Carnet, o Carnet no pudo leerlo entero. Haz una foto más nítida de todo el código o escribe las 12 palabras.
error-sync-recovery-words = { $problem ->
    [count] Una hoja de recuperación tiene 12 palabras; diste { $position }. Escribe las 12, en orden.
    [unknown] La palabra { $position } no es una palabra de las hojas de recuperación. Revisa cómo se escribe en la hoja.
   *[other] Las palabras no encajan: una está mal o dos están cambiadas de sitio. Revisa cada palabra en la hoja.
}
error-sync-recovery-no-box = El servidor no tiene nada para esta hoja de recuperación. Puede que una hoja más nueva la haya sustituido, o que la hoja sea de otro servidor. Usa tu hoja más nueva.
error-sheet-write = Carnet no pudo escribir la hoja en { $path }. Revisa la carpeta y el espacio libre. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet no encuentra su archivo de datos ESCO ({ $path }). Instala Carnet otra vez.
error-taxonomy-damaged = El archivo de datos ESCO de Carnet está dañado ({ $reason }). Instala Carnet otra vez.
error-unknown-concept = Ninguna habilidad ni ocupación ESCO es “{ $concept }”. Busca su dirección con carnet esco search.
error-not-an-occupation = “{ $concept }” es una habilidad ESCO, no una ocupación. Busca la ocupación con carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet no encontró ningún código cuadrado en esta imagen. Haz una foto más nítida de todo el código, o escribe el código.
error-save-file = Carnet no pudo guardar el archivo en { $path }. Revisa el espacio libre. ({ $reason })

## Voice notes

error-evidence-not-audio = Este archivo no es una grabación de sonido. Carnet acepta archivos de sonido WebM, Ogg, MP4, M4A, AAC, MP3 y WAV.
error-evidence-audio-is-video = Este archivo es un vídeo. Carnet solo guarda sonido. Graba una nota de voz o elige un archivo de sonido.
error-evidence-audio-too-big = El archivo de sonido es demasiado grande ({ $megabytes } MB). El límite es 5 MB. Graba una nota de voz más corta.
error-evidence-audio-damaged = El archivo de sonido está dañado o incompleto. Grábalo o elígelo otra vez.
error-evidence-not-evidence = Este archivo no es una foto ni una grabación de sonido. Carnet acepta fotos (JPEG, PNG, WebP) y archivos de sonido (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet no puede usar el micrófono. Permítelo en los ajustes de tu teléfono o adjunta un archivo de sonido.
error-microphone-failed = Carnet no pudo grabar. Vuelve a intentarlo o adjunta un archivo de sonido.
error-recording-empty = No se grabó nada. Vuelve a intentarlo y habla después de pulsar el botón.
error-evidence-missing = Esta foto o nota de voz todavía no está en este dispositivo ({ $sha }). Sincroniza para tenerla.
