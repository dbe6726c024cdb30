# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Fotos y notas de voz
app-evidence-hint = Muestra lo que sabes hacer: haz una foto de un papel o cuéntalo con tu voz.
app-evidence-add-photo = Añadir una foto de un certificado
app-evidence-record = Grabar una nota de voz
app-evidence-attach-sound = Adjuntar un archivo de sonido
app-evidence-adding-photo = Añadiendo la foto…
app-evidence-adding-voice = Añadiendo la nota de voz…
app-evidence-recording = Grabando: { $time } de { $max }
app-evidence-stop = Parar y guardar
app-evidence-starting = Encendiendo el micrófono…
app-evidence-photo = Foto { $number }
app-evidence-voice = Nota de voz { $number }
app-evidence-view = Ver en grande
app-evidence-close = Cerrar
app-evidence-missing = Todavía no está en este teléfono. Sincroniza para tenerla.
app-evidence-other = Un archivo de un Carnet más nuevo. Actualiza Carnet para verlo.
app-evidence-saved = Guardado. Puedes añadir más.
app-evidence-remove-confirm = ¿Quitar esto de la entrada? También se borra de este dispositivo.
