# Review status: machine-drafted, needs review by a native speaker.
# Deschiderea jurnalului cu un PIN scurt pe acest dispozitiv.

## Settings

app-pin-title = Deschidere cu PIN
app-pin-intro = Un PIN este un număr scurt care vă deschide jurnalul doar pe acest dispozitiv. Parola funcționează în continuare, iar celelalte dispozitive au nevoie de ea în continuare.
app-pin-unavailable = Acest dispozitiv nu are un loc sigur pentru un PIN. Deschideți jurnalul cu parola.
app-pin-on = Un PIN vă deschide jurnalul pe acest dispozitiv.
app-pin-new = PIN nou (6 până la 12 cifre)
app-pin-again = Scrieți PIN-ul din nou
app-pin-set = Folosiți acest PIN
app-pin-set-done = PIN-ul este gata. Data viitoare, deschideți jurnalul cu el.
app-pin-remove = Nu mai folosiți PIN
app-pin-removed = PIN-ul este oprit. Deschideți jurnalul cu parola.
app-pin-mismatch = Cele două PIN-uri nu sunt la fel. Scrieți-le din nou.

## Unlock

app-pin = PIN
app-pin-unlock = Deschideți cu PIN-ul meu
app-pin-use-passphrase = Folosiți parola
app-pin-use-pin = Folosiți PIN-ul meu

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Un PIN are 6 până la 12 cifre și nimic altceva.
error-pin-wrong = Acest PIN nu este corect. { $left ->
    [one] Mai aveți { $left } încercare, apoi aveți nevoie de parolă.
    [few] Mai aveți { $left } încercări, apoi aveți nevoie de parolă.
   *[other] Mai aveți { $left } de încercări, apoi aveți nevoie de parolă.
}
error-pin-locked = Prea multe PIN-uri greșite, așa că PIN-ul este oprit. Deschideți jurnalul cu parola. Apoi puteți face un PIN nou.
error-pin-none = Nu există niciun PIN pe acest dispozitiv. Deschideți jurnalul cu parola.
error-pin-keystore = Spațiul sigur al acestui dispozitiv nu a răspuns, așa că PIN-ul nu poate fi folosit acum. Deschideți jurnalul cu parola.
