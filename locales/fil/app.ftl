# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Piliin ang iyong wika
app-continue = Magpatuloy

## First run: making a passphrase

app-create-title = Protektahan ang iyong talaan
app-create-intro = Pumili ng password. Ikaw lang ang nakakaalam nito. Hihingin ito ng Carnet tuwing bubuksan mo ang iyong talaan.
app-passphrase = Password
app-passphrase-again = I-type ulit
app-passphrase-show = Ipakita
app-passphrase-hide = Itago
app-strength-too-short = Masyadong maikli: gumamit ng kahit { $min } character.
app-strength-weak = Mahina: mas madaling tandaan at mas mahirap hulaan ang ilang salitang pinagsama.
app-strength-fair = Mabuti. Mas ligtas pa ang mas mahaba.
app-strength-strong = Malakas.
app-passphrase-mismatch = Hindi pareho ang dalawang password. I-type ulit ang mga ito.
app-create = Gawin ang aking talaan
app-working = Sandali lang…
app-back = Bumalik

## Unlock

app-unlock-title = Buksan ang iyong talaan
app-unlock = Buksan
app-lock = I-lock

## The logbook

app-logbook-title = Aking talaan
app-logbook-empty = Walang laman ang iyong talaan. Magdagdag ng isang bagay na kaya mong gawin.
app-add = Magdagdag
app-kind-skill = Mga kasanayan
app-kind-qualification = Mga kwalipikasyon
app-kind-experience = Karanasan sa trabaho
app-kind-language = Mga wika
app-kind-learning = Mga kurso
app-self-declared = Sariling pahayag
app-show-more = { $count ->
   *[other] Ipakita ang { $count } pa
}
app-endorsed = Pinatunayan

## Adding an entry

app-add-title = Idagdag sa aking talaan
app-add-kind = Ano ito?
app-add-title-label = Pangalan
app-add-title-hint = Halimbawa: Pagwe-weld, Pagmamaneho ng trak, Arabic
app-add-level = Antas
app-level-none = Walang antas
app-level-basic = Batayan
app-level-intermediate = Katamtaman
app-level-advanced = Mataas
app-level-expert = Eksperto
app-level-eqf = Antas { $level }
app-save = I-save
app-cancel = Kanselahin

## Moving around

app-settings = Settings
app-sync = Sync
app-edit = Baguhin
app-remove = Tanggalin

## The logbook: search and filter

app-search = Maghanap
app-search-hint = Mag-type ng salita, halimbawa: weld
app-stage-filter = Yugto ng iyong paglalakbay
app-stage-any = Lahat ng yugto
app-stage-recruitment = Recruitment
app-stage-pre-departure = Bago umalis
app-stage-arrival = Pagdating
app-stage-career = Pagtatrabaho
app-stage-return = Pag-uwi
app-search-none = Walang tumugma. Subukan ang ibang salita o ibang yugto.

## Changing and removing an entry

app-edit-title = Baguhin ang entry na ito
app-stages = Mga yugto ng iyong paglalakbay
app-remove-confirm = Tanggalin ang “{ $title }” sa iyong talaan? Hindi na ito maibabalik.
app-remove-yes = Oo, tanggalin

## Settings

app-settings-title = Settings
app-settings-language = Wika
app-settings-lock = I-lock pagkatapos ng
app-lock-minutes = { $minutes ->
   *[other] { $minutes } minutong hindi ginagamit
}
app-settings-passphrase = Palitan ang password
app-passphrase-current = Kasalukuyang password
app-passphrase-new = Bagong password
app-passphrase-change = Palitan ang password
app-passphrase-changed = Napalitan na ang iyong password. Gamitin ang bago mula ngayon.
app-about = Tungkol sa Carnet
app-locked-idle = Ni-lock ng Carnet ang iyong talaan dahil walang gumamit nito nang ilang sandali. Buksan itong muli gamit ang iyong password.

## Sync with a hub

app-sync-title = Mag-sync sa hub
app-sync-intro = Nagtatago ang hub ng naka-lock na kopya ng iyong talaan, para magamit mo ito sa ibang telepono. Hindi ito mabasa ng hub.
app-hub-address = Address ng hub
app-hub-address-hint = Halimbawa: https://hub.example.org
app-hub-save = I-save ang address
app-sync-now = Mag-sync ngayon
app-sync-never = Hindi pa nagsi-sync.
app-sync-last = Huling sync: { $when }
app-sync-pending = { $count ->
    [0] Walang naghihintay na ipadala.
   *[other] { $count } pagbabago ang naghihintay na ipadala.
}
app-sync-sending = Nagpapadala
app-sync-receiving = Tumatanggap
app-sync-photos = Mga litrato
app-sync-done = Tapos na ang sync.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Naka-lock ang iyong talaan. Buksan ito gamit ang iyong password, saka subukan ulit.
error-unknown-language = Walang wikang { $tag } ang Carnet. Pumili ng isa sa listahan.

## Settings: how the screens look

app-settings-display = Hitsura ng Carnet
app-high-contrast = Matapang na contrast (itim sa puti)
app-text-size = Laki ng text
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Pakinggan

## Two languages at once

app-dual-language = Ipakita rin sa
app-dual-none = Walang pangalawang wika
