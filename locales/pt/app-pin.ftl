# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device.

## Settings

app-pin-title = Abrir com um PIN
app-pin-intro = Um PIN é um número curto que abre a sua caderneta só neste aparelho. A sua palavra-passe continua a funcionar, e os outros aparelhos continuam a precisar dela.
app-pin-unavailable = Este aparelho não tem um lugar seguro para guardar um PIN. Abra a sua caderneta com a sua palavra-passe.
app-pin-on = Um PIN abre a sua caderneta neste aparelho.
app-pin-new = Novo PIN (6 a 12 algarismos)
app-pin-again = Escreva o PIN outra vez
app-pin-set = Usar este PIN
app-pin-set-done = O seu PIN está pronto. Da próxima vez, abra a sua caderneta com ele.
app-pin-remove = Deixar de usar um PIN
app-pin-removed = O PIN está desligado. Abra a sua caderneta com a sua palavra-passe.
app-pin-mismatch = Os dois PIN não são iguais. Escreva-os outra vez.

## Unlock

app-pin = PIN
app-pin-unlock = Abrir com o meu PIN
app-pin-use-passphrase = Usar antes a minha palavra-passe
app-pin-use-pin = Usar o meu PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Um PIN tem 6 a 12 algarismos, e mais nada.
error-pin-wrong = Este PIN não está certo. { $left ->
    [one] Resta { $left } tentativa; depois precisa da sua palavra-passe.
   *[other] Restam { $left } tentativas; depois precisa da sua palavra-passe.
}
error-pin-locked = Demasiados PIN errados, por isso o PIN foi desligado. Abra a sua caderneta com a sua palavra-passe. Depois pode fazer um PIN novo.
error-pin-none = Não há nenhum PIN neste aparelho. Abra a sua caderneta com a sua palavra-passe.
error-pin-keystore = O armazenamento seguro deste aparelho não respondeu, por isso o PIN não pode ser usado agora. Abra a sua caderneta com a sua palavra-passe.
