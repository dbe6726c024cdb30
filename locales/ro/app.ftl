# Review status: machine-drafted, needs review by a native speaker.
# Mesajele aplicației Carnet. Propoziții scurte și simple.

## First run: choosing a language

app-choose-language = Alegeți limba
app-continue = Continuați

## First run: making a passphrase

app-create-title = Protejați-vă jurnalul
app-create-intro = Alegeți o parolă. Doar dumneavoastră o știți. Carnet o cere de fiecare dată când deschideți jurnalul.
app-passphrase = Parolă
app-passphrase-again = Scrieți-o din nou
app-passphrase-show = Arătați
app-passphrase-hide = Ascundeți
app-strength-too-short = Prea scurtă: folosiți cel puțin { $min } caractere.
app-strength-weak = Slabă: câteva cuvinte puse împreună sunt mai ușor de ținut minte și mai greu de ghicit.
app-strength-fair = Bună. Una mai lungă e și mai sigură.
app-strength-strong = Puternică.
app-passphrase-mismatch = Cele două parole nu sunt la fel. Scrieți-le din nou.
app-create = Creați jurnalul meu
app-working = Vă rugăm să așteptați…
app-back = Înapoi

## Unlock

app-unlock-title = Deschideți jurnalul
app-unlock = Deschideți
app-lock = Blocați

## The logbook

app-logbook-title = Jurnalul meu
app-logbook-empty = Jurnalul este gol. Adăugați ceva ce știți să faceți.
app-add = Adăugați
app-kind-skill = Abilități
app-kind-qualification = Calificări
app-kind-experience = Experiență de muncă
app-kind-language = Limbi
app-kind-learning = Cursuri
app-self-declared = Declarat de mine
app-show-more = { $count ->
    [one] Arătați încă { $count }
    [few] Arătați încă { $count }
   *[other] Arătați încă { $count }
}
app-endorsed = Confirmat

## Adding an entry

app-add-title = Adăugați în jurnalul meu
app-add-kind = Ce este?
app-add-title-label = Nume
app-add-title-hint = De exemplu: Sudură, Condus camion, Arabă
app-add-level = Nivel
app-level-none = Fără nivel
app-level-basic = De bază
app-level-intermediate = Mediu
app-level-advanced = Avansat
app-level-expert = Expert
app-level-eqf = Nivelul { $level }
app-save = Salvați
app-cancel = Anulați

## Moving around

app-settings = Setări
app-sync = Sincronizare
app-edit = Modificați
app-remove = Eliminați

## The logbook: search and filter

app-search = Căutare
app-search-hint = Scrieți un cuvânt, de exemplu: sud
app-stage-filter = Etapa drumului dumneavoastră
app-stage-any = Toate etapele
app-stage-recruitment = Angajare
app-stage-pre-departure = Înainte de plecare
app-stage-arrival = Sosire
app-stage-career = Muncă
app-stage-return = Întoarcere
app-search-none = Nimic nu se potrivește. Încercați alt cuvânt sau altă etapă.

## Changing and removing an entry

app-edit-title = Modificați această înregistrare
app-stages = Etapele drumului dumneavoastră
app-remove-confirm = Eliminați „{ $title }” din jurnal? Acest lucru nu poate fi anulat.
app-remove-yes = Da, eliminați

## Settings

app-settings-title = Setări
app-settings-language = Limba
app-settings-lock = Blocare după
app-lock-minutes = { $minutes ->
    [one] { $minutes } minut fără folosire
    [few] { $minutes } minute fără folosire
   *[other] { $minutes } de minute fără folosire
}
app-settings-passphrase = Schimbați parola
app-passphrase-current = Parola actuală
app-passphrase-new = Parola nouă
app-passphrase-change = Schimbați parola
app-passphrase-changed = Parola a fost schimbată. De acum folosiți-o pe cea nouă.
app-about = Despre Carnet
app-locked-idle = Carnet v-a blocat jurnalul pentru că nu l-a folosit nimeni o vreme. Deschideți-l din nou cu parola.

## Sync with a hub

app-sync-title = Sincronizare cu un hub
app-sync-intro = Un hub păstrează o copie încuiată a jurnalului, ca să-l puteți folosi pe alt telefon. Hubul nu o poate citi.
app-hub-address = Adresa hubului
app-hub-address-hint = De exemplu: https://hub.example.org
app-hub-save = Salvați adresa
app-sync-now = Sincronizați acum
app-sync-never = Nesincronizat încă.
app-sync-last = Ultima sincronizare: { $when }
app-sync-pending = { $count ->
    [0] Nimic nu așteaptă să fie trimis.
    [one] { $count } modificare așteaptă să fie trimisă.
    [few] { $count } modificări așteaptă să fie trimise.
   *[other] { $count } de modificări așteaptă să fie trimise.
}
app-sync-sending = Se trimite
app-sync-receiving = Se primește
app-sync-photos = Fotografii
app-sync-done = Sincronizare terminată.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Jurnalul este blocat. Deschideți-l cu parola, apoi încercați din nou.
error-unknown-language = Carnet nu are limba { $tag }. Alegeți una din listă.

## Settings: how the screens look

app-settings-display = Cum arată Carnet
app-high-contrast = Contrast puternic (negru pe alb)
app-text-size = Mărimea textului
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Ascultați

## Two languages at once

app-dual-language = Arătați și în
app-dual-none = Fără a doua limbă
