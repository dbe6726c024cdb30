# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Abrir con un PIN
app-pin-intro = Un PIN es un número corto que abre tu cuaderno solo en este dispositivo. Tu contraseña sigue funcionando, y los otros dispositivos la siguen necesitando.
app-pin-unavailable = Este dispositivo no tiene un lugar seguro para guardar un PIN. Abre tu cuaderno con tu contraseña.
app-pin-on = Un PIN abre tu cuaderno en este dispositivo.
app-pin-new = PIN nuevo (de 6 a 12 cifras)
app-pin-again = Escribe otra vez el PIN
app-pin-set = Usar este PIN
app-pin-set-done = Tu PIN está listo. La próxima vez, abre tu cuaderno con él.
app-pin-remove = Dejar de usar el PIN
app-pin-removed = El PIN está desactivado. Abre tu cuaderno con tu contraseña.
app-pin-mismatch = Los dos PIN no son iguales. Escríbelos otra vez.

## Unlock

app-pin = PIN
app-pin-unlock = Abrir con mi PIN
app-pin-use-passphrase = Usar mi contraseña
app-pin-use-pin = Usar mi PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Un PIN tiene de 6 a 12 cifras, y nada más.
error-pin-wrong = Este PIN no es correcto. { $left ->
    [one] Te queda { $left } intento; después necesitarás tu contraseña.
   *[other] Te quedan { $left } intentos; después necesitarás tu contraseña.
}
error-pin-locked = Demasiados PIN incorrectos, así que el PIN está desactivado. Abre tu cuaderno con tu contraseña. Después podrás crear un PIN nuevo.
error-pin-none = No hay ningún PIN en este dispositivo. Abre tu cuaderno con tu contraseña.
error-pin-keystore = El almacén seguro de este dispositivo no respondió, así que ahora no se puede usar el PIN. Abre tu cuaderno con tu contraseña.
