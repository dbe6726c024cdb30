# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Acrescentar outro aparelho
app-pair-intro = Ponha a sua caderneta noutro telemóvel ou computador seu. Os dois aparelhos precisam do servidor.
app-pair-start = Acrescentar outro aparelho
app-pair-passphrase = Para acrescentar um aparelho, escreva a sua palavra-passe.
app-pair-show = Mostrar o código
app-pair-scan = No aparelho novo, escolha “Juntar-me a uma caderneta” e depois leia este código quadrado ou escreva o texto que está por baixo.
app-pair-qr-alt = Código quadrado para ler com o aparelho novo
app-pair-code-label = O código em texto
app-pair-expires = O código funciona durante mais { $time }.
app-pair-waiting = À espera do aparelho novo…
app-pair-request = “{ $name }” quer a sua caderneta.
app-pair-compare = O aparelho novo mostra este mesmo código?
app-pair-approve = Sim, permitir
app-pair-refuse = Não
app-pair-approved = “{ $name }” já tem a sua caderneta. Aparece na lista de aparelhos depois de sincronizar.
app-pair-refused = Disse que não. “{ $name }” não recebeu nada.
app-pair-again = Mostrar um código novo

## Sync screen: the devices of this logbook

app-devices-title = Os seus aparelhos
app-devices-none = Nenhum aparelho sincronizou ainda esta caderneta. Sincronize, e este aparelho aparece aqui.
app-devices-this = Este aparelho
app-devices-added = Acrescentado em { $date }
app-devices-removed = Retirado em { $date }
app-devices-remove = Retirar
app-devices-remove-confirm = Retirar “{ $name }”? Use isto quando um telemóvel foi perdido, vendido ou oferecido.
app-devices-remove-consequences = Ele fica com o que já tem, mas não pode receber nada do que acrescentar a partir de agora. A sua caderneta recebe uma chave nova, e os seus outros aparelhos recebem-na quando sincronizarem. Para voltar a usar esse aparelho, acrescente-o outra vez.
app-devices-remove-yes = Sim, retirar
app-devices-removed-done = “{ $name }” foi retirado. A sua caderneta tem agora uma chave nova, que esse aparelho não tem.
app-devices-new-sheet = A sua folha de recuperação tem a chave antiga. Faça já uma nova nas Definições e destrua a antiga.

## First run: another way to start

app-start-other = Já tem uma caderneta?
app-start-join = Juntar a partir de outro aparelho
app-start-recover = Recuperar com uma folha

## First run: joining a logbook from another device

app-join-title = Juntar-me a uma caderneta
app-join-intro = No seu outro aparelho, abra Sincronizar e escolha “Acrescentar outro aparelho”. Aparece um código.
app-join-code = O código (começa por CNP1:)
app-join-code-hint = Cole ou escreva o código aqui
app-join-picture = Abrir uma imagem do código
app-join-name = Um nome para este aparelho
app-join-name-default = O meu aparelho novo
app-join-passphrase = Escolha uma palavra-passe para este aparelho
app-join-send = Continuar
app-join-check = O seu outro aparelho tem de mostrar este mesmo código. Permita lá.
app-join-waiting = À espera que o seu outro aparelho permita…
app-join-copying = A copiar a sua caderneta…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Recuperar a sua caderneta
app-recover-intro = Use a sua folha de recuperação e a sua palavra-passe. O Carnet traz a sua caderneta de volta a partir do servidor.
app-recover-by-words = Escrever as 12 palavras
app-recover-by-code = Usar o código quadrado
app-recover-words = As 12 palavras, por ordem
app-recover-words-hint = palavra1 palavra2 palavra3 …
app-recover-hub = O endereço do servidor que está na folha
app-recover-code = O texto do código quadrado (começa por CNS1:)
app-recover-picture = Abrir uma fotografia da folha
app-recover-passphrase = A sua palavra-passe (a que usava antes)
app-recover-start = Recuperar a minha caderneta

## Reading a square code from a picture

app-picture-read = O código foi lido a partir da imagem.
app-scan-camera = Ler com a câmara
error-camera-scan = Nenhum código foi lido. Se o Carnet não puder usar a câmara, permita-o nas definições do seu telemóvel. Também pode abrir uma fotografia do código.

## Settings: the recovery sheet

app-sheet-title = Folha de recuperação
app-sheet-intro = Uma folha de recuperação é um papel com 12 palavras e um código quadrado. Se perder este telemóvel, a folha e a sua palavra-passe trazem a sua caderneta de volta num telemóvel novo. Guarde a folha num lugar seguro, longe do seu telemóvel. Não guarde a sua palavra-passe junto dela.
app-sheet-replaces = Uma folha nova substitui a antiga: a folha antiga deixa de funcionar.
app-sheet-needs-hub = A folha usa o servidor. Primeiro, indique o endereço do servidor no ecrã Sincronizar.
app-sheet-passphrase = Escreva a sua palavra-passe para fazer uma folha
app-sheet-format = Guardar como
app-sheet-pdf = PDF, para imprimir
app-sheet-png = Imagem
app-sheet-make = Fazer uma folha de recuperação
app-sheet-saved = A sua folha de recuperação está guardada em { $path }. Imprima-a, ou escreva as palavras abaixo, e guarde o papel num lugar seguro.
app-sheet-english = A folha está em inglês: o Carnet ainda não consegue escrever nela as letras da sua língua.
app-sheet-words = As suas 12 palavras

## Settings: export and import

app-export-title = Exportar e importar
app-export-intro = Exportar guarda toda a sua caderneta num ficheiro, para guardar ou para dar a alguém que escolher.
app-export-consent = Este ficheiro tem a sua caderneta de forma legível: não está fechado com a sua palavra-passe. Quem tiver o ficheiro pode ler tudo o que está nele. As fotografias não estão no ficheiro.
app-export-agree = Compreendo. Guardar o ficheiro
app-export = Exportar
app-export-saved = { $count ->
    [one] { $count } entrada guardada em { $path }.
   *[other] { $count } entradas guardadas em { $path }.
}
app-import-intro = Importar acrescenta a esta caderneta o que está num ficheiro exportado. Nada na sua caderneta é apagado.
app-import = Importar um ficheiro
app-import-added = { $count ->
    [0] Nenhuma entrada nova.
    [one] { $count } entrada nova acrescentada.
   *[other] { $count } entradas novas acrescentadas.
}
app-import-updated = { $count ->
    [0] Nenhuma entrada mudou.
    [one] { $count } entrada mudou.
   *[other] { $count } entradas mudaram.
}
app-import-unchanged = { $count ->
    [0] Nenhuma entrada já era igual.
    [one] { $count } entrada já era igual.
   *[other] { $count } entradas já eram iguais.
}
app-import-profile = O seu perfil foi atualizado.
app-import-missing-photos = { $count ->
    [one] { $count } fotografia indicada no ficheiro não está neste aparelho.
   *[other] { $count } fotografias indicadas no ficheiro não estão neste aparelho.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = A sua folha de recuperação continua a funcionar, com a sua nova palavra-passe.
app-passphrase-sheet-not-updated = Não foi possível atualizar a sua folha de recuperação no servidor. Até fazer uma nova, ela precisa da sua palavra-passe antiga. Faça uma folha nova quando estiver ligado.

## This device's name

app-device-name = Nome deste aparelho
app-device-name-hint = O nome que os seus outros aparelhos mostram para este, por exemplo “Telemóvel da Amina”.
app-device-name-saved = Guardado. Os seus outros aparelhos mostram-no depois de este aparelho sincronizar.
