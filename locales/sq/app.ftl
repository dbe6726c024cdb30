# Review status: machine-drafted, needs review by a native speaker.
# Mesazhet e aplikacionit Carnet. Fjali të shkurtra dhe të thjeshta.

## First run: choosing a language

app-choose-language = Zgjidhni gjuhën tuaj
app-continue = Vazhdoni

## First run: making a passphrase

app-create-title = Mbroni ditarin tuaj
app-create-intro = Zgjidhni një fjalëkalim. Vetëm ju e dini. Carnet e kërkon sa herë që hapni ditarin.
app-passphrase = Fjalëkalimi
app-passphrase-again = Shkruajeni përsëri
app-passphrase-show = Shfaqe
app-passphrase-hide = Fshihe
app-strength-too-short = Shumë i shkurtër: përdorni të paktën { $min } shenja.
app-strength-weak = I dobët: disa fjalë bashkë mbahen mend më lehtë dhe gjenden më vështirë.
app-strength-fair = I mirë. Një më i gjatë është edhe më i sigurt.
app-strength-strong = I fortë.
app-passphrase-mismatch = Dy fjalëkalimet nuk janë të njëjta. Shkruajini përsëri.
app-create = Krijoni ditarin tim
app-working = Ju lutemi prisni…
app-back = Prapa

## Unlock

app-unlock-title = Hapni ditarin tuaj
app-unlock = Hape
app-lock = Kyçe

## The logbook

app-logbook-title = Ditari im
app-logbook-empty = Ditari juaj është bosh. Shtoni diçka që dini të bëni.
app-add = Shtoni
app-kind-skill = Aftësi
app-kind-qualification = Kualifikime
app-kind-experience = Përvojë pune
app-kind-language = Gjuhë
app-kind-learning = Kurse
app-self-declared = E deklaruar nga unë
app-show-more = { $count ->
    [one] Shfaqni edhe { $count }
   *[other] Shfaqni edhe { $count }
}
app-endorsed = E vërtetuar

## Adding an entry

app-add-title = Shtoni në ditarin tim
app-add-kind = Çfarë është?
app-add-title-label = Emri
app-add-title-hint = Për shembull: Saldim, Drejtim kamioni, Arabisht
app-add-level = Niveli
app-level-none = Pa nivel
app-level-basic = Bazë
app-level-intermediate = Mesatar
app-level-advanced = I avancuar
app-level-expert = Ekspert
app-level-eqf = Niveli { $level }
app-save = Ruaje
app-cancel = Anuloje

## Moving around

app-settings = Cilësimet
app-sync = Sinkronizim
app-edit = Ndryshoni
app-remove = Hiqe

## The logbook: search and filter

app-search = Kërko
app-search-hint = Shkruani një fjalë, për shembull: sald
app-stage-filter = Faza e rrugëtimit tuaj
app-stage-any = Të gjitha fazat
app-stage-recruitment = Punësimi
app-stage-pre-departure = Para nisjes
app-stage-arrival = Mbërritja
app-stage-career = Puna
app-stage-return = Kthimi
app-search-none = Asgjë nuk përputhet. Provoni një fjalë tjetër ose një fazë tjetër.

## Changing and removing an entry

app-edit-title = Ndryshoni këtë shënim
app-stages = Fazat e rrugëtimit tuaj
app-remove-confirm = Të hiqet «{ $title }» nga ditari juaj? Kjo nuk mund të zhbëhet.
app-remove-yes = Po, hiqe

## Settings

app-settings-title = Cilësimet
app-settings-language = Gjuha
app-settings-lock = Kyçe pas
app-lock-minutes = { $minutes ->
    [one] { $minutes } minute pa përdorim
   *[other] { $minutes } minutash pa përdorim
}
app-settings-passphrase = Ndryshoni fjalëkalimin
app-passphrase-current = Fjalëkalimi i tanishëm
app-passphrase-new = Fjalëkalimi i ri
app-passphrase-change = Ndryshoni fjalëkalimin
app-passphrase-changed = Fjalëkalimi juaj u ndryshua. Tani e tutje përdorni të riun.
app-about = Rreth Carnet
app-locked-idle = Carnet e kyçi ditarin tuaj sepse askush nuk e përdori për një kohë. Hapeni përsëri me fjalëkalimin.

## Sync with a hub

app-sync-title = Sinkronizim me një hub
app-sync-intro = Një hub mban një kopje të kyçur të ditarit tuaj, që ta përdorni në një telefon tjetër. Hubi nuk mund ta lexojë.
app-hub-address = Adresa e hubit
app-hub-address-hint = Për shembull: https://hub.example.org
app-hub-save = Ruani adresën
app-sync-now = Sinkronizoni tani
app-sync-never = Ende pa sinkronizim.
app-sync-last = Sinkronizimi i fundit: { $when }
app-sync-pending = { $count ->
    [0] Asgjë nuk pret të dërgohet.
    [one] { $count } ndryshim pret të dërgohet.
   *[other] { $count } ndryshime presin të dërgohen.
}
app-sync-sending = Po dërgohet
app-sync-receiving = Po merret
app-sync-photos = Fotot
app-sync-done = Sinkronizimi përfundoi.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Ditari juaj është i kyçur. Hapeni me fjalëkalimin, pastaj provoni përsëri.
error-unknown-language = Carnet nuk e ka gjuhën { $tag }. Zgjidhni një nga lista.

## Settings: how the screens look

app-settings-display = Si duket Carnet
app-high-contrast = Kontrast i fortë (e zezë mbi të bardhë)
app-text-size = Madhësia e tekstit
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Dëgjoni

## Two languages at once

app-dual-language = Shfaqe edhe në
app-dual-none = Pa gjuhë të dytë
