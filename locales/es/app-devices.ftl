# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Añadir otro dispositivo
app-pair-intro = Pon tu cuaderno en otro teléfono u ordenador tuyo. Los dos dispositivos necesitan el servidor.
app-pair-start = Añadir otro dispositivo
app-pair-passphrase = Para añadir un dispositivo, escribe tu contraseña.
app-pair-show = Mostrar el código
app-pair-scan = En el dispositivo nuevo, elige “Unirse a un cuaderno” y escanea este código cuadrado o escribe el texto que hay debajo.
app-pair-qr-alt = Código cuadrado para escanear con el dispositivo nuevo
app-pair-code-label = El código en texto
app-pair-expires = El código funciona { $time } más.
app-pair-waiting = Esperando al dispositivo nuevo…
app-pair-request = “{ $name }” quiere tu cuaderno.
app-pair-compare = ¿El dispositivo nuevo muestra este mismo código?
app-pair-approve = Sí, permitir
app-pair-refuse = No
app-pair-approved = “{ $name }” ya tiene tu cuaderno. Aparecerá en la lista de dispositivos cuando se sincronice.
app-pair-refused = Dijiste que no. “{ $name }” no recibió nada.
app-pair-again = Mostrar un código nuevo

## Sync screen: the devices of this logbook

app-devices-title = Tus dispositivos
app-devices-none = Ningún dispositivo ha sincronizado este cuaderno todavía. Sincroniza y este dispositivo aparecerá aquí.
app-devices-this = Este dispositivo
app-devices-added = Añadido el { $date }
app-devices-removed = Quitado el { $date }
app-devices-remove = Quitar
app-devices-remove-confirm = ¿Quitar “{ $name }”? Hazlo cuando un teléfono se pierde, se vende o se regala.
app-devices-remove-consequences = Conserva lo que ya tiene, pero no podrá recibir nada de lo que añadas a partir de ahora. Tu cuaderno recibe una clave nueva, y tus otros dispositivos la reciben al sincronizar. Para volver a usar ese dispositivo, añádelo de nuevo.
app-devices-remove-yes = Sí, quitarlo
app-devices-removed-done = “{ $name }” se quitó. Tu cuaderno tiene ahora una clave nueva, que ese dispositivo no tiene.
app-devices-new-sheet = Tu hoja de recuperación tiene la clave antigua. Haz una nueva ahora en Ajustes y destruye la antigua.

## First run: another way to start

app-start-other = ¿Ya tienes un cuaderno?
app-start-join = Unirse desde otro dispositivo
app-start-recover = Recuperar con una hoja

## First run: joining a logbook from another device

app-join-title = Unirse a un cuaderno
app-join-intro = En tu otro dispositivo, abre Sincronizar y elige “Añadir otro dispositivo”. Mostrará un código.
app-join-code = El código (empieza por CNP1:)
app-join-code-hint = Pega o escribe aquí el código
app-join-picture = Abrir una imagen del código
app-join-name = Un nombre para este dispositivo
app-join-name-default = Mi dispositivo nuevo
app-join-passphrase = Elige una contraseña para este dispositivo
app-join-send = Continuar
app-join-check = Tu otro dispositivo debe mostrar este mismo código. Permítelo allí.
app-join-waiting = Esperando a que tu otro dispositivo lo permita…
app-join-copying = Copiando tu cuaderno…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Recuperar tu cuaderno
app-recover-intro = Usa tu hoja de recuperación y tu contraseña. Carnet recupera tu cuaderno desde el servidor.
app-recover-by-words = Escribir las 12 palabras
app-recover-by-code = Usar el código cuadrado
app-recover-words = Las 12 palabras, en orden
app-recover-words-hint = palabra1 palabra2 palabra3 …
app-recover-hub = La dirección del servidor que está en la hoja
app-recover-code = El texto del código cuadrado (empieza por CNS1:)
app-recover-picture = Abrir una foto de la hoja
app-recover-passphrase = Tu contraseña (la que usabas antes)
app-recover-start = Recuperar mi cuaderno

## Reading a square code from a picture

app-picture-read = Se leyó el código de la imagen.
app-scan-camera = Escanear con la cámara
error-camera-scan = No se leyó ningún código. Si Carnet no puede usar la cámara, permítelo en los ajustes de tu teléfono. También puedes abrir una foto del código.

## Settings: the recovery sheet

app-sheet-title = Hoja de recuperación
app-sheet-intro = Una hoja de recuperación es un papel con 12 palabras y un código cuadrado. Si pierdes este teléfono, con la hoja y tu contraseña recuperas tu cuaderno en uno nuevo. Guarda la hoja en un lugar seguro, lejos de tu teléfono. No guardes tu contraseña con ella.
app-sheet-replaces = Una hoja nueva sustituye a la antigua: la hoja antigua deja de funcionar.
app-sheet-needs-hub = La hoja usa el servidor. Primero pon la dirección del servidor en la pantalla Sincronizar.
app-sheet-passphrase = Escribe tu contraseña para hacer una hoja
app-sheet-format = Guardar como
app-sheet-pdf = PDF, para imprimir
app-sheet-png = Imagen
app-sheet-make = Hacer una hoja de recuperación
app-sheet-saved = Tu hoja de recuperación está guardada en { $path }. Imprímela o copia las palabras de abajo, y guarda el papel en un lugar seguro.
app-sheet-english = La hoja está en inglés: Carnet todavía no puede escribir en ella las letras de tu idioma.
app-sheet-words = Tus 12 palabras

## Settings: export and import

app-export-title = Exportar e importar
app-export-intro = Exportar guarda todo tu cuaderno en un archivo, para conservarlo o dárselo a quien tú elijas.
app-export-consent = Este archivo contiene tu cuaderno en forma legible: no está protegido con tu contraseña. Cualquiera que tenga el archivo puede leer todo lo que contiene. Las fotos no están en el archivo.
app-export-agree = Lo entiendo. Guardar el archivo
app-export = Exportar
app-export-saved = { $count ->
    [one] Se guardó { $count } entrada en { $path }.
   *[other] Se guardaron { $count } entradas en { $path }.
}
app-import-intro = Importar añade a este cuaderno lo que hay en un archivo exportado. No se borra nada de tu cuaderno.
app-import = Importar un archivo
app-import-added = { $count ->
    [0] No hay entradas nuevas.
    [one] Se añadió { $count } entrada nueva.
   *[other] Se añadieron { $count } entradas nuevas.
}
app-import-updated = { $count ->
    [0] No cambió ninguna entrada.
    [one] Cambió { $count } entrada.
   *[other] Cambiaron { $count } entradas.
}
app-import-unchanged = { $count ->
    [0] Ninguna entrada era ya igual.
    [one] { $count } entrada ya era igual.
   *[other] { $count } entradas ya eran iguales.
}
app-import-profile = Tu perfil se actualizó.
app-import-missing-photos = { $count ->
    [one] { $count } foto mencionada en el archivo no está en este dispositivo.
   *[other] { $count } fotos mencionadas en el archivo no están en este dispositivo.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Tu hoja de recuperación sigue funcionando, con tu nueva contraseña.
app-passphrase-sheet-not-updated = No se pudo actualizar tu hoja de recuperación en el servidor. Hasta que hagas una nueva, necesita tu contraseña antigua. Haz una hoja nueva cuando tengas conexión.

## This device's name

app-device-name = Nombre de este dispositivo
app-device-name-hint = El nombre con el que tus otros dispositivos muestran este, por ejemplo “Teléfono de Amina”.
app-device-name-saved = Guardado. Tus otros dispositivos lo mostrarán cuando este dispositivo se sincronice.
