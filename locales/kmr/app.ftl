# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Zimanê xwe hilbijêre
app-continue = Bidomîne

## First run: making a passphrase

app-create-title = Deftera xwe biparêze
app-create-intro = Şîfreyekê hilbijêre. Tenê tu wê dizanî. Her carê ku tu deftera xwe vekî, Carnet wê dipirse.
app-passphrase = Şîfre
app-passphrase-again = Dîsa binivîse
app-passphrase-show = Nîşan bide
app-passphrase-hide = Veşêre
app-strength-too-short = Pir kurt e: herî kêm { $min } tîpan bi kar bîne.
app-strength-weak = Qels e: çend peyv bi hev re hêsantir tên bîrê û zehmettir tên texmînkirin.
app-strength-fair = Baş e. Dirêjtir hê ewletir e.
app-strength-strong = Xurt e.
app-passphrase-mismatch = Her du şîfre ne wek hev in. Dîsa binivîse.
app-create = Deftera min çêke
app-working = Ji kerema xwe li bendê be…
app-back = Paş

## Unlock

app-unlock-title = Deftera xwe veke
app-unlock = Veke
app-lock = Kilît bike

## The logbook

app-logbook-title = Deftera min
app-logbook-empty = Deftera te vala ye. Tiştekî ku tu dikarî bikî lê zêde bike.
app-add = Zêde bike
app-kind-skill = Jêhatî
app-kind-qualification = Bawername
app-kind-experience = Ezmûna kar
app-kind-language = Ziman
app-kind-learning = Kurs
app-self-declared = Min bi xwe gotiye
app-show-more = { $count ->
    [one] 1 yê din nîşan bide
   *[other] { $count } yên din nîşan bide
}
app-endorsed = Îmzekirî

## Adding an entry

app-add-title = Li deftera min zêde bike
app-add-kind = Ev çi ye?
app-add-title-label = Nav
app-add-title-hint = Mînak: Qeynaxkirin, Ajotina kamyonê, Erebî
app-add-level = Ast
app-level-none = Bê ast
app-level-basic = Destpêk
app-level-intermediate = Navîn
app-level-advanced = Pêşketî
app-level-expert = Pispor
app-level-eqf = Asta { $level }
app-save = Tomar bike
app-cancel = Betal bike

## Moving around

app-settings = Mîheng
app-sync = Hevdem bike
app-edit = Biguherîne
app-remove = Rake

## The logbook: search and filter

app-search = Lêgerîn
app-search-hint = Peyvekê binivîse, mînak: qeynax
app-stage-filter = Qonaxa rêwîtiya te
app-stage-any = Hemû qonax
app-stage-recruitment = Xebatdayîn
app-stage-pre-departure = Beriya çûyînê
app-stage-arrival = Gihîştin
app-stage-career = Xebat
app-stage-return = Vegerîn
app-search-none = Tiştek li hev nayê. Peyveke din an qonaxeke din biceribîne.

## Changing and removing an entry

app-edit-title = Vê tomarê biguherîne
app-stages = Qonaxên rêwîtiya te
app-remove-confirm = “{ $title }” ji deftera te were rakirin? Ev nayê vegerandin.
app-remove-yes = Erê, rake

## Settings

app-settings-title = Mîheng
app-settings-language = Ziman
app-settings-lock = Kilît bike piştî
app-lock-minutes = { $minutes ->
    [one] { $minutes } deqîqe bê bikaranîn
   *[other] { $minutes } deqîqe bê bikaranîn
}
app-settings-passphrase = Şîfreyê biguherîne
app-passphrase-current = Şîfreya niha
app-passphrase-new = Şîfreya nû
app-passphrase-change = Şîfreyê biguherîne
app-passphrase-changed = Şîfreya te hat guhertin. Ji niha pê ve ya nû bi kar bîne.
app-about = Derbarê Carnet de
app-locked-idle = Carnet deftera te kilît kir, ji ber ku demekê kesî ew bi kar neanî. Bi şîfreya xwe dîsa veke.

## Sync with a hub

app-sync-title = Bi serverê re hevdem bike
app-sync-intro = Server kopiyeke kilîtkirî ya deftera te digire, da ku tu bikarî wê li ser telefoneke din bi kar bînî. Server nikare wê bixwîne.
app-hub-address = Navnîşana serverê
app-hub-address-hint = Mînak: https://hub.example.org
app-hub-save = Navnîşanê tomar bike
app-sync-now = Niha hevdem bike
app-sync-never = Hîn nehatiye hevdemkirin.
app-sync-last = Hevdemkirina dawî: { $when }
app-sync-pending = { $count ->
    [0] Tiştek li benda şandinê nîne.
    [one] { $count } guhertin li benda şandinê ye.
   *[other] { $count } guhertin li benda şandinê ne.
}
app-sync-sending = Tê şandin
app-sync-receiving = Tê wergirtin
app-sync-photos = Wêne
app-sync-done = Hevdemkirin qediya.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Deftera te kilîtkirî ye. Bi şîfreya xwe veke, paşê dîsa biceribîne.
error-unknown-language = Zimanê { $tag } di Carnet de tune. Yekî ji lîsteyê hilbijêre.

## Settings: how the screens look

app-settings-display = Carnet çawa xuya dike
app-high-contrast = Kontrasta xurt (reş li ser spî)
app-text-size = Mezinahiya nivîsê
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Guhdarî bike

## Two languages at once

app-dual-language = Her weha nîşan bide bi
app-dual-none = Zimanê duyemîn tune
