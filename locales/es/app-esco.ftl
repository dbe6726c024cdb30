# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Buscar el nombre estándar (ESCO)
app-esco-find-hint = Escribe unas letras, por ejemplo “sold”
app-esco-why = Los empleadores de otros países conocen estos nombres. Elige el más parecido a lo que haces.
app-esco-none = No se encontró ningún nombre estándar. Prueba con otras palabras o con una palabra más corta.
app-esco-english = En inglés: { $english }
app-esco-linked = Nombre estándar
app-esco-unlink = Quitar
app-esco-choose = Elegir
app-esco-searching = Buscando…
app-esco-kind-skill = Habilidad
app-esco-kind-occupation = Trabajo

## Comparing with a job

app-match = Trabajos para mí
app-match-title = Trabajos para mí
app-match-intro = Elige un trabajo para ver qué habilidades de ese trabajo muestra tu cuaderno y cuáles faltan.
app-match-find = Buscar un trabajo
app-match-chosen = El trabajo que elegiste
app-match-find-hint = Por ejemplo “cocinero” o “soldador”
app-match-fit = Trabajos que encajan con mi cuaderno
app-match-fit-none = Ninguna de tus entradas tiene todavía un nombre estándar. Añade uno a una entrada primero: Cambiar y luego “Buscar el nombre estándar”.
app-match-fit-line = { $covered } de { $total } habilidades principales ({ $percent }%)
app-match-summary = { $total ->
    [0] Este trabajo no tiene habilidades principales en ESCO.
   *[other] Tu cuaderno muestra { $covered } de sus { $total } habilidades principales.
}
app-match-essential = Habilidades principales
app-match-optional = Otras habilidades útiles
app-match-endorsed = Firmada
app-match-self-declared = Lo dices tú
app-match-missing = Falta
app-match-maybe = ¿Es tu entrada “{ $title }”?
app-match-link = Sí, unirlas
app-match-other-job = Otro trabajo

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Elegir para esta etapa
app-stage-template-hint = Carnet marca lo que importa en esta etapa. Puedes cambiarlo.
app-stage-target = El trabajo al que te presentas (puedes saltarlo)
