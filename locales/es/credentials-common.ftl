# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Esta petición está dañada o no es una petición de Carnet. Pídela otra vez.
        [credential] Este archivo de credencial está dañado o no es una credencial de Carnet. Pide a la persona que confirmó tus entradas que lo envíe otra vez.
       *[other] Esto está dañado o no es un archivo de Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Esto no es una petición de Carnet: es otro tipo de archivo de Carnet. Una petición se hace con carnet request.
        [credential] Esto no es una credencial de Carnet: es otro tipo de archivo de Carnet. Comprueba que elegiste el archivo que te dio la persona que confirmó tus entradas.
       *[other] Es otro tipo de archivo de Carnet. Comprueba que elegiste el archivo correcto.
    }
error-credential-newer-version = { $what ->
        [request] Esta petición la hizo un Carnet más nuevo.
        [credential] Esta credencial la hizo un Carnet más nuevo.
        [text] Este código lo hizo un Carnet más nuevo.
       *[other] Esto lo hizo un Carnet más nuevo.
    } Actualiza Carnet y vuelve a intentarlo.
error-credential-invalid-field = Un valor no se puede usar ({ $field }): es demasiado largo o no tiene la forma correcta. No se escribió nada.
error-credential-entry-count = Una petición tiene de 1 a { $max } entradas, no { $found }. Para confirmar más, haz dos peticiones.
error-credential-invalid-key = Esto no es una clave pública válida. Comprueba que se copió entera.
error-credential-bad-signature = La firma de esta credencial no coincide: se cambió o se dañó después de firmarla. No se guardó nada. Pide el archivo otra vez.
error-credential-not-yours = Esta credencial se hizo para el cuaderno de otra persona, no para el tuyo. No se guardó nada. Asegúrate de que recibiste tu propio archivo.
error-credential-no-such-entry = No hay entrada { $index } en esta credencial.
error-credential-duplicate-entry = La entrada { $index } está elegida dos veces.
error-credential-wrong-prefix = Este texto no es un código de Carnet: no empieza por CN1: (habilidades para comprobar) ni por CNR1: (una petición para confirmar).
error-credential-base45 = El texto tiene letras que un código de Carnet no puede tener. Puede estar cortado o mal escrito.
error-credential-zlib = El código está cortado o dañado.
error-credential-too-large = El código es demasiado grande para ser un código de Carnet.

## QR codes

error-qr-not-alphanumeric = El texto tiene caracteres que un código QR de Carnet no puede contener. Es un error de Carnet; por favor, infórmanos.
error-qr-too-large = Es demasiado para un código QR: { $chars } caracteres, y un código QR que los teléfonos leen bien (versión { $version }, nivel { $ec }) contiene { $capacity }. No se escribió nada. { $what ->
        [request] Pide menos entradas a la vez, o escribe la petición en un archivo que termine en .cbor.
       *[other] Elige menos entradas, o muestra menos partes con --fields.
    }
error-qr-bad-version = Ese tamaño de código QR no existe.
error-qr-bad-module-size = Ese tamaño de punto no es posible.
error-qr-not-an-image = El archivo no es una imagen que Carnet pueda leer. Usa PNG, JPEG o WebP.
error-qr-image-too-large = La imagen es demasiado grande ({ $width } × { $height } píxeles). Hazla más pequeña y vuelve a intentarlo.
error-qr-not-found = No se pudo leer ningún código QR en la imagen. Haz una foto más nítida y más cerca, con todo el código dentro.
error-qr-render-failed = No se pudo hacer la imagen QR. Es un error de Carnet; por favor, infórmanos.
