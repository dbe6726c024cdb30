# Review status: machine-drafted, needs review by a native speaker.
# Hapja e ditarit me një PIN të shkurtër në këtë pajisje.

## Settings

app-pin-title = Hapeni me PIN
app-pin-intro = PIN-i është një numër i shkurtër që e hap ditarin tuaj vetëm në këtë pajisje. Fjalëkalimi juaj vazhdon të funksionojë dhe pajisjet e tjera kanë ende nevojë për të.
app-pin-unavailable = Kjo pajisje nuk ka një vend të sigurt për të mbajtur PIN. Hapeni ditarin me fjalëkalimin.
app-pin-on = Një PIN e hap ditarin tuaj në këtë pajisje.
app-pin-new = PIN i ri (6 deri në 12 shifra)
app-pin-again = Shkruajeni përsëri PIN-in
app-pin-set = Përdorni këtë PIN
app-pin-set-done = PIN-i juaj është gati. Herën tjetër, hapeni ditarin me të.
app-pin-remove = Mos përdorni PIN
app-pin-removed = PIN-i është çaktivizuar. Hapeni ditarin me fjalëkalimin.
app-pin-mismatch = Dy PIN-et nuk janë të njëjtë. Shkruajini përsëri.

## Unlock

app-pin = PIN
app-pin-unlock = Hapeni me PIN-in tim
app-pin-use-passphrase = Përdorni fjalëkalimin
app-pin-use-pin = Përdorni PIN-in tim

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN-i ka 6 deri në 12 shifra dhe asgjë tjetër.
error-pin-wrong = Ky PIN nuk është i saktë. { $left ->
    [one] Edhe { $left } provë, pastaj ju duhet fjalëkalimi.
   *[other] Edhe { $left } prova, pastaj ju duhet fjalëkalimi.
}
error-pin-locked = Shumë PIN të gabuar, ndaj PIN-i u çaktivizua. Hapeni ditarin me fjalëkalimin. Pastaj mund të bëni një PIN të ri.
error-pin-none = Nuk ka PIN në këtë pajisje. Hapeni ditarin me fjalëkalimin.
error-pin-keystore = Hapësira e sigurt e kësaj pajisjeje nuk u përgjigj, ndaj PIN-i nuk mund të përdoret tani. Hapeni ditarin me fjalëkalimin.
