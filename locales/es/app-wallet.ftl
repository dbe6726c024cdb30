# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Mis avales
app-present = Mostrar mis habilidades
app-verify = Comprobar un código

## Wallet

app-wallet-title = Mis avales
app-wallet-intro = Estas son las habilidades que alguien firmó por ti. Puedes mostrarlas con un código QR.
app-wallet-empty = Nadie ha firmado todavía ninguna habilidad tuya. Pide a un formador, un empleador o un centro que confirme lo que sabes hacer.
app-wallet-by = Firmado por { $name } ({ $kind }, { $country })
app-wallet-issued = Firmado el { $date }
app-wallet-expires = Válido hasta el { $date }
app-wallet-expired = Caducó el { $date }
app-wallet-no-expiry = No caduca
app-wallet-damaged = Este aval está dañado y no se puede mostrar. Pide uno nuevo a la persona que lo firmó.
app-standing-valid = Comprobado: firmado por alguien de tu lista de confianza
app-standing-unknown-issuer = Firmado, pero quien firma no está en tu lista de confianza
app-standing-expired = Caducado
app-standing-revoked = Retirado por quien lo firmó
app-standing-malformed = Dañado

## Present: choosing what to show

app-present-title = Mostrar mis habilidades
app-present-endorsed = Firmado por alguien
app-present-self = Lo digo yo
app-present-self-hint = Quien compruebe verá esto como tu palabra, no como algo firmado.
app-present-details = Qué mostrar de cada uno
app-present-details-all = Todo
app-present-details-short = Solo el nombre y el nivel
app-present-stage = ¿Para quién es?
app-present-print = Para imprimir en papel (válido 5 años)
app-present-make = Mostrar el código QR
app-present-none = Elige al menos una cosa para mostrar.
app-present-nothing-yet = Tu cuaderno está vacío. Añade algo primero.

## Present: the QR code

app-qr-title = Deja que escaneen este código
app-qr-expires = Este código funciona hasta el { $date }.
app-qr-preview = Lo que verá quien compruebe
app-qr-preview-hide = Ocultar lo que ve quien compruebe
app-qr-done = Hecho
app-qr-preview-note = Esto es lo que verá quien compruebe si tiene las mismas listas de confianza que este teléfono.

## Verify

app-verify-title = Comprobar un código
app-verify-intro = Haz o elige una foto de un código QR de Carnet. No se envía nada a ningún sitio: la comprobación se hace en este dispositivo.
app-verify-picture = Hacer o elegir una foto
app-verify-text = O pega el texto del código (empieza por CN1:)
app-verify-check = Comprobar
app-verify-checking = Comprobando…
app-verify-again = Comprobar otro código

## The verdict

app-verdict-title = Resultado
app-verdict-made = Hecho para { $stage } el { $date }.
app-verdict-expires = El código funciona hasta el { $date }.
app-verdict-newer = Este código lo hizo un Carnet más nuevo. Actualiza Carnet para comprobarlo.
app-item-endorsed = Firmado
app-item-self = Lo dice la persona
app-item-assessed = Comprobado mediante { $how }
app-item-hidden = { $count ->
    [one] La persona ocultó { $count } dato.
   *[other] La persona ocultó { $count } datos.
}

## Errors of these screens

error-wallet-no-key = Este cuaderno no tiene clave para firmar. No se mostró nada. Por favor, informa de este problema.
error-wallet-not-endorsed = Nadie ha firmado todavía “{ $title }”. Muéstralo como “lo digo yo” o pide a alguien que lo confirme.
error-wallet-credential-damaged = El aval de “{ $title }” está dañado. Muéstralo como “lo digo yo” o pide uno nuevo.
error-wallet-entry-unfit = “{ $title }” no cabe en un código: su { $field } es demasiado largo o no tiene la forma correcta. Cambia la entrada y vuelve a intentarlo.
error-wallet-selected-twice = “{ $title }” está elegido dos veces. Elígelo una sola vez.
error-wallet-nothing-chosen = Elige al menos una cosa para mostrar.
error-wallet-too-large = Es demasiado para un código QR ({ $chars } caracteres). Elige menos cosas o muestra solo el nombre y el nivel.
error-wallet-credential = No se pudo hacer el código. No se mostró nada. Por favor, informa de este problema. (Para quien te ayude: { $reason })
error-wallet-no-code = No se encontró ningún código QR de Carnet en esta imagen. Haz la foto otra vez, más cerca y más nítida, con todo el código dentro.
error-wallet-not-a-picture = Este archivo no es una imagen que Carnet pueda leer. Usa una foto (JPEG o PNG).
error-wallet-picture-too-large = La imagen es demasiado grande ({ $width } × { $height } píxeles). Haz una más pequeña y vuelve a intentarlo.
error-wallet-got-request = Esto es una petición para firmar las habilidades de alguien, no un código que muestra habilidades. No se comprobó nada.
error-wallet-trust-damaged = Tus listas de confianza están dañadas o se cambiaron. Impórtalas otra vez. Hasta entonces, ningún firmante cuenta como de confianza.
error-wallet-trust-unreadable = Carnet no pudo leer tus listas de confianza en { $path }. Comprueba que el dispositivo tiene espacio. (Para quien te ayude: { $reason })
error-wallet-not-yours = Este aval se hizo para el cuaderno de otra persona, no para el tuyo. No se guardó nada. Asegúrate de que recibiste tu propio archivo.
error-wallet-bad-signature = La firma de este archivo no coincide: se cambió o está dañado. No se guardó nada. Pide el archivo otra vez.
error-wallet-not-a-credential = Este archivo no es un aval firmado de Carnet. No se guardó nada. Pide a la persona que firmó el archivo que hizo.
error-wallet-too-many = Pide como máximo { $max } cosas a la vez. Elige menos.
error-wallet-not-from-request = Este aval no dice qué entrada tuya confirma. No se guardó nada. Pide uno nuevo, hecho a partir de tu código de petición.
error-wallet-entry-gone = Este aval confirma una entrada que ya no está en tu cuaderno. No se guardó nada. Si la quitaste, añádela otra vez desde una copia y luego pide un aval nuevo.

## Asking for a signature, and keeping it

app-request = Pedir una firma
app-request-title = Pedir una firma
app-request-intro = Muestra este código al formador, empleador o centro que va a confirmar lo que sabes hacer. Lo escanean con Carnet y te devuelven un archivo firmado.
app-request-key = Tu clave: { $kid }. Quien firma ve el mismo código.
app-request-text = El mismo código en texto, para enviarlo en un mensaje
app-request-next = Cuando recibas el archivo firmado, abre “Mis avales” y toca “Añadir un archivo firmado”.
app-receive = Añadir un archivo firmado
app-received = Guardado: { $name } ({ $kind }) firmó { $titles }.
