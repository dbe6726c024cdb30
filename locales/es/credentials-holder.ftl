# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Hacer un archivo que pide a un formador, empleador o centro que confirme entradas.
    .long = Hacer una petición para que un formador, empleador, centro, escuela o compañero confirme (“avale”) algunas de tus entradas: un archivo, un código QR (un nombre que termina en .png o .svg) para mostrar en tu teléfono o imprimir, o con --text un texto para enviar en un mensaje. Dáselo. Lo firman y te devuelven un archivo de credencial, que guardas con: carnet receive
cli-cmd-holder-receive = Guardar una credencial que un formador, empleador o centro firmó para ti.
cli-cmd-holder-credentials = Ver las credenciales que guardas, entrada por entrada. También: carnet wallet
cli-cmd-holder-present = Mostrar las entradas elegidas en un solo código QR que cualquiera puede comprobar sin internet.
    .long = Mostrar las entradas elegidas en un solo código QR que cualquiera puede comprobar sin internet. Las entradas confirmadas se muestran con quién las confirmó; las entradas dadas con --self-declared se muestran como dichas solo por ti. En pantalla el código funciona 24 horas; con --print, 5 años.
cli-cmd-holder-export = Escribir una entrada confirmada como W3C Verifiable Credential (Open Badges 3.0) para otras aplicaciones.
    .long = Escribir una entrada confirmada como W3C Verifiable Credential 2.0 (una insignia Open Badges 3.0), firmada por la persona que la confirmó, para que otras carteras y aplicaciones puedan comprobarla. Sin --out se escribe en la pantalla.

## Help: arguments

cli-arg-holder-request-ids = Las entradas que quieres confirmar: sus ids, o los 4 primeros caracteres (o más) de cada una. Para ver los ids, escribe: carnet list
cli-arg-holder-request-out = Dónde escribir la petición: un nombre que termina en .png o .svg hace una imagen de código QR; cualquier otro nombre, como request.cbor, un archivo.
cli-arg-holder-request-text = Escribir en la pantalla el texto de la petición (empieza por CNR1:), para enviarlo como mensaje.
cli-arg-holder-receive-file = El archivo de credencial que te dieron, por ejemplo credential.cbor.
cli-arg-holder-present-select = Entradas confirmadas para mostrar: sus ids, o los 4 primeros caracteres (o más) de cada una.
cli-arg-holder-present-fields = Mostrar solo estas partes de cada entrada, separadas por comas, por ejemplo title,level. Las demás quedan ocultas. Las partes son: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Sin esto, se muestra todo.
cli-arg-holder-present-self-declared = Entradas para mostrar como dichas solo por ti, sin confirmar por nadie.
cli-arg-holder-present-stage = Para qué lo muestras: recruitment, pre-departure, arrival, career o return. Sin esto: recruitment.
cli-arg-holder-present-audience = A quién lo muestras, si te pidieron que pusieras su nombre, por ejemplo el nombre de una agencia.
cli-arg-holder-present-nonce = El código que te dio la persona que comprueba, si te dio uno (letras 0-9 y a-f).
cli-arg-holder-present-print = Hacerlo para papel: el código resiste mejor los arañazos y dobleces, y funciona 5 años en vez de 24 horas.
cli-arg-holder-present-out = La imagen que se escribe: un nombre que termina en .png o .svg.
cli-arg-holder-present-text = Escribir también el texto que hay dentro del código QR, para enviarlo como mensaje.
cli-arg-holder-export-id = La entrada confirmada: su id, o sus 4 primeros caracteres (o más).
cli-arg-holder-export-format = El formato que se escribe. Solo: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Escribirla como un token firmado (VC-JWT) en vez de JSON con prueba.
cli-arg-holder-export-out = El archivo que se escribe, por ejemplo badge.json o badge.jwt.

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
        [one] Esta petición pide confirmar { $count } entrada.
       *[other] Esta petición pide confirmar { $count } entradas.
    } Quien confirme verá estas partes de cada una:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Petición escrita en { $path }.
holder-request-next = Da el archivo a la persona que confirma. Cuando te devuelva un archivo de credencial, escribe: carnet receive FILE
holder-receive-done = Guardado: confirmado por { $issuer }, { $kind }, { $country }. Cómo lo comprobó: { $assessed }.
holder-validity-until = Emitido el { $issued }. Válido hasta el { $expires }.
holder-validity-open = Emitido el { $issued }. Sin fecha de fin.
holder-wallet-empty = Todavía no tienes credenciales. Para pedir una, escribe: carnet request ID --out request.cbor
holder-wallet-damaged = Una credencial que ya no se puede leer. Pide una nueva a la persona que te la dio.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): emitida el { $issued }, válida hasta el { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): emitida el { $issued }, sin fecha de fin
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): emitida el { $issued }, terminó el { $expires }
holder-present-nothing = Di qué mostrar: --select ID para las entradas confirmadas, --self-declared ID para las demás.
holder-present-done = Código QR escrito en { $path }: { $endorsed } confirmadas, { $declared } dichas por ti.
holder-present-size = Tamaño: QR versión { $version }, nivel { $ec }, { $chars } caracteres.
holder-present-expires = Se puede comprobar hasta el { $when } ({ $hours } horas).
holder-present-by-kid = Para que quepa, los emisores aparecen con una huella corta. Quien compruebe solo sabrá quiénes son si los tiene en su lista de emisores de confianza.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = un formador
holder-issuer-kind-employer = un empleador
holder-issuer-kind-centre = un centro
holder-issuer-kind-college = una escuela
holder-issuer-kind-colleague = un compañero (una persona que trabajó contigo, no una organización)

## How they checked

holder-assessed-observation = te vieron trabajar
holder-assessed-test = un examen
holder-assessed-document = revisaron un documento
holder-assessed-interview = una entrevista

## Errors

error-holder-no-key = Este cuaderno no tiene clave para firmar credenciales. No se cambió nada. Por favor, informa de este problema.
error-holder-write-file = No se pudo escribir el archivo { $path }: { $reason }. Comprueba que la carpeta existe y que hay espacio libre, y vuelve a intentarlo.
error-holder-entry-unfit = La entrada “{ $title }” no se puede poner en una credencial: su { $field } es demasiado largo o no tiene la forma correcta. Cámbiala con carnet edit y vuelve a intentarlo.
error-holder-unknown-field = “{ $value }” no es una parte de una entrada que se pueda mostrar. Las partes son: { $known }.
error-holder-credential-no-entries = La credencial { $path } no dice qué entradas tuyas confirma. No se guardó nada. Pide una nueva hecha a partir de un archivo de petición: carnet request
error-holder-credential-entry-gone = La credencial { $path } confirma una entrada que ya no está en tu cuaderno ({ $id }). No se guardó nada. Si la borraste en este dispositivo, añádela desde una copia del cuaderno y vuelve a intentarlo.
error-holder-credential-damaged = La credencial de la entrada “{ $title }” ya no se puede leer. Pide una nueva a la persona que la confirmó.
error-holder-not-endorsed = Nadie ha confirmado todavía la entrada “{ $title }”. Muéstrala con --self-declared o pide una confirmación: carnet request
error-holder-selected-twice = La entrada “{ $title }” está dada con --select y también con --self-declared. Dala una sola vez.
error-holder-bad-stage = “{ $value }” no es una etapa. Las etapas son: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = El destinatario debe tener de 1 a 100 caracteres, en una sola línea.
error-holder-bad-nonce = “{ $value }” no es un código de la persona que comprueba: debe tener de 2 a 128 letras 0-9 y a-f.
error-holder-bad-out = La imagen { $path } debe tener un nombre que termine en .png o .svg.
error-holder-no-vc = La confirmación de “{ $title }” por { $issuer } se hizo antes de que Carnet pudiera escribirla como credencial W3C, y solo esa persona puede firmar una. Pídele que la confirme otra vez: haz una petición nueva (carnet request ID --out request.cbor), dásela y guarda el archivo que te devuelva (carnet receive FILE).
