# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Elige tu idioma
app-continue = Continuar

## First run: making a passphrase

app-create-title = Protege tu cuaderno
app-create-intro = Elige una contraseña. Solo tú la sabes. Carnet te la pide cada vez que abres tu cuaderno.
app-passphrase = Contraseña
app-passphrase-again = Escríbela otra vez
app-passphrase-show = Mostrar
app-passphrase-hide = Ocultar
app-strength-too-short = Demasiado corta: usa al menos { $min } caracteres.
app-strength-weak = Débil: unas cuantas palabras juntas son más fáciles de recordar y más difíciles de adivinar.
app-strength-fair = Bien. Una más larga es todavía más segura.
app-strength-strong = Fuerte.
app-passphrase-mismatch = Las dos contraseñas no son iguales. Escríbelas otra vez.
app-create = Crear mi cuaderno
app-working = Espera, por favor…
app-back = Atrás

## Unlock

app-unlock-title = Abre tu cuaderno
app-unlock = Abrir
app-lock = Bloquear

## The logbook

app-logbook-title = Mi cuaderno
app-logbook-empty = Tu cuaderno está vacío. Añade algo que sabes hacer.
app-add = Añadir
app-kind-skill = Habilidades
app-kind-qualification = Títulos
app-kind-experience = Experiencia laboral
app-kind-language = Idiomas
app-kind-learning = Cursos
app-self-declared = Lo digo yo
app-show-more = { $count ->
    [one] Mostrar { $count } más
   *[other] Mostrar { $count } más
}
app-endorsed = Avalado

## Adding an entry

app-add-title = Añadir a mi cuaderno
app-add-kind = ¿Qué es?
app-add-title-label = Nombre
app-add-title-hint = Por ejemplo: Soldadura, Conducir un camión, Árabe
app-add-level = Nivel
app-level-none = Sin nivel
app-level-basic = Básico
app-level-intermediate = Intermedio
app-level-advanced = Avanzado
app-level-expert = Experto
app-level-eqf = Nivel { $level }
app-save = Guardar
app-cancel = Cancelar

## Moving around

app-settings = Ajustes
app-sync = Sincronizar
app-edit = Cambiar
app-remove = Quitar

## The logbook: search and filter

app-search = Buscar
app-search-hint = Escribe una palabra, por ejemplo: soldar
app-stage-filter = Etapa de tu camino
app-stage-any = Todas las etapas
app-stage-recruitment = Contratación
app-stage-pre-departure = Antes de salir
app-stage-arrival = Llegada
app-stage-career = Trabajo
app-stage-return = Regreso
app-search-none = No hay resultados. Prueba con otra palabra u otra etapa.

## Changing and removing an entry

app-edit-title = Cambiar esta entrada
app-stages = Etapas de tu camino
app-remove-confirm = ¿Quitar “{ $title }” de tu cuaderno? No se puede deshacer.
app-remove-yes = Sí, quitarla

## Settings

app-settings-title = Ajustes
app-settings-language = Idioma
app-settings-lock = Bloquear tras
app-lock-minutes = { $minutes ->
    [one] { $minutes } minuto sin uso
   *[other] { $minutes } minutos sin uso
}
app-settings-passphrase = Cambiar la contraseña
app-passphrase-current = Contraseña actual
app-passphrase-new = Contraseña nueva
app-passphrase-change = Cambiar la contraseña
app-passphrase-changed = Tu contraseña ha cambiado. Usa la nueva a partir de ahora.
app-about = Sobre Carnet
app-locked-idle = Carnet bloqueó tu cuaderno porque nadie lo usó durante un rato. Ábrelo otra vez con tu contraseña.

## Sync with a hub

app-sync-title = Sincronizar con un servidor
app-sync-intro = Un servidor guarda una copia cerrada de tu cuaderno, para que puedas usarlo en otro teléfono. El servidor no puede leerla.
app-hub-address = Dirección del servidor
app-hub-address-hint = Por ejemplo: https://hub.example.org
app-hub-save = Guardar la dirección
app-sync-now = Sincronizar ahora
app-sync-never = Todavía no se ha sincronizado.
app-sync-last = Última sincronización: { $when }
app-sync-pending = { $count ->
    [0] No hay nada esperando para enviarse.
    [one] { $count } cambio espera para enviarse.
   *[other] { $count } cambios esperan para enviarse.
}
app-sync-sending = Enviando
app-sync-receiving = Recibiendo
app-sync-photos = Fotos
app-sync-done = Sincronización terminada.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Tu cuaderno está bloqueado. Ábrelo con tu contraseña y vuelve a intentarlo.
error-unknown-language = Carnet no tiene el idioma { $tag }. Elige uno de la lista.

## Settings: how the screens look

app-settings-display = Aspecto de Carnet
app-high-contrast = Contraste fuerte (negro sobre blanco)
app-text-size = Tamaño del texto
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Escuchar

## Two languages at once

app-dual-language = Mostrar también en
app-dual-none = Sin segundo idioma
