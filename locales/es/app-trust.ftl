# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Listas de confianza
app-trust-title = Listas de confianza
app-trust-intro = Una lista de confianza viene de una red que conoces, por ejemplo un grupo de centros de formación. Nombra las escuelas, centros y empleadores que esa red respalda. Un código firmado por uno de ellos aparece como comprobado.
app-trust-warning = Confía solo en una red cuya clave recibiste de la propia red: en persona, en su propio papel o en su propia web. Cualquiera que pueda poner una clave aquí puede hacer que códigos falsos parezcan comprobados.

## What is held

app-trust-held = En qué confía este dispositivo
app-trust-none = Este dispositivo todavía no confía en ninguna red. Los códigos firmados aparecen como “Firmado, pero no por un emisor de confianza”.
app-trust-kid = Huella de la clave: { $kid }
app-trust-no-list = Todavía no hay lista de confianza de esta red. Añade su archivo abajo.
app-trust-list-line = Lista de confianza del { $date } ({ $days ->
    [0] de hoy
    [one] de hace { $days } día
   *[other] de hace { $days } días
}): { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
app-trust-status-held = Avales retirados
app-trust-status-line = { $name }: lista del { $date } ({ $days ->
    [0] de hoy
    [one] de hace { $days } día
   *[other] de hace { $days } días
}), { $count ->
    [0] nada retirado
    [one] { $count } retirado
   *[other] { $count } retirados
}

## Stop trusting a network

app-trust-remove = Dejar de confiar
app-trust-remove-confirm = ¿Dejar de confiar en { $name }? Los códigos firmados por los lugares de su lista ya no aparecerán como comprobados. Puedes volver a añadir esta red más tarde.
app-trust-remove-yes = Sí, dejar de confiar
app-trust-removed = Ya no confías en { $name }.

## Trust a network

app-trust-add-title = Confiar en una red
app-trust-add-hint = Escribe o pega la clave y el nombre de la red, o abre el archivo que te dio la red.
app-trust-key = La clave de la red (64 letras y cifras)
app-trust-name = El nombre de la red
app-trust-from-file = Abrir el archivo de la clave de la red
app-trust-add = Confiar en esta red
app-trust-added = Ahora confías en { $name }. Ahora añade su lista de confianza.

## Files

app-trust-bundle-title = Añadir una lista de confianza
app-trust-bundle-hint = Un archivo que termina en .cbor y que te dio la red. Uno más nuevo sustituye al anterior.
app-trust-bundle-open = Abrir un archivo de lista de confianza
app-trust-bundle-done = Se añadió la lista de confianza de { $name } ({ $date }): { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}.
app-trust-status-title = Añadir una lista de avales retirados
app-trust-status-hint = Una escuela o un centro puede retirar un aval que dio por error. Su lista le dice a este dispositivo cuáles.
app-trust-status-open = Abrir un archivo de lista
app-trust-status-done = Se añadió la lista de { $name } ({ $date }): { $count ->
    [0] nada retirado
    [one] { $count } aval retirado
   *[other] { $count } avales retirados
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Este archivo no es un archivo de clave de una red. Abre el archivo que te dio la red o escribe la clave.
error-app-anchor-invalid-key = Esto no es una clave de red. Una clave tiene exactamente 64 letras (de la a a la f) y cifras. Comprueba que se copió entera.
error-app-anchor-name = Ponle a la red un nombre de 1 a 100 letras.
error-app-anchor-known = Ya confías en esta red (huella de la clave { $kid }). No se cambió nada.
error-app-trust-bundle-malformed = Este archivo no es una lista de confianza, o está dañado. No se cambió nada.
error-app-trust-bundle-wrong-file = Es otro tipo de archivo de Carnet, no una lista de confianza. No se cambió nada.
error-app-trust-bundle-newer-version = Esta lista de confianza la hizo un Carnet más nuevo. Actualiza Carnet para leerla.
error-app-trust-bundle-unknown-anchor = Esta lista de confianza viene de una red en la que no confías (huella de la clave { $kid }). Primero confía en la red y luego vuelve a añadir su lista.
error-app-trust-bundle-bad-signature = La firma de esta lista de confianza no coincide: el archivo se cambió o está dañado. No se cambió nada. Pide el archivo otra vez a la red.
error-app-trust-bundle-invalid = Esta lista de confianza no se puede usar. No se cambió nada. Pide el archivo otra vez a la red.
error-app-trust-bundle-too-large = Este archivo es demasiado grande para ser una lista de confianza. No se cambió nada.
error-app-trust-bundle-not-newer = Ya tienes esta lista de confianza o una más nueva de la misma red. No se cambió nada.
error-app-status-list-malformed = Este archivo no es una lista de avales retirados, o está dañado. No se cambió nada.
error-app-status-list-wrong-file = Es otro tipo de archivo de Carnet, no una lista de avales retirados. No se cambió nada.
error-app-status-list-newer-version = Esta lista la hizo un Carnet más nuevo. Actualiza Carnet para leerla.
error-app-status-list-wrong-issuer = Esta lista es de otro firmante ({ $found }, no { $expected }). No se cambió nada.
error-app-status-list-bad-signature = La firma de esta lista no coincide: el archivo se cambió o está dañado. No se cambió nada.
error-app-status-list-invalid = Esta lista no se puede usar. No se cambió nada. Pide el archivo otra vez.
error-app-status-list-too-large = Este archivo es demasiado grande para ser una lista de avales retirados. No se cambió nada.
error-app-status-list-issuer-unknown = Esta lista viene de un firmante que no aparece en ninguna de tus listas de confianza (huella de la clave { $kid }). Primero añade la lista de confianza que lo nombra.
error-app-status-list-not-newer = Ya tienes una lista más nueva de este firmante. No se cambió nada.
error-app-verifier-write = Carnet no pudo guardar el archivo en { $path }. Comprueba que el dispositivo tiene espacio. (Para quien te ayude: { $reason })
