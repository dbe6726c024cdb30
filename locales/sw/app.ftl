# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Chagua lugha yako
app-continue = Endelea

## First run: making a passphrase

app-create-title = Linda daftari lako
app-create-intro = Chagua nenosiri. Ni wewe tu unayelijua. Carnet inakuuliza kila unapofungua daftari lako.
app-passphrase = Nenosiri
app-passphrase-again = Liandike tena
app-passphrase-show = Onyesha
app-passphrase-hide = Ficha
app-strength-too-short = Fupi mno: tumia angalau herufi { $min }.
app-strength-weak = Dhaifu: maneno machache pamoja ni rahisi kukumbuka na magumu kukisia.
app-strength-fair = Nzuri. Refu zaidi ni salama zaidi.
app-strength-strong = Imara.
app-passphrase-mismatch = Manenosiri mawili hayafanani. Yaandike tena.
app-create = Unda daftari langu
app-working = Tafadhali subiri…
app-back = Rudi

## Unlock

app-unlock-title = Fungua daftari lako
app-unlock = Fungua
app-lock = Funga

## The logbook

app-logbook-title = Daftari langu
app-logbook-empty = Daftari lako ni tupu. Ongeza kitu unachoweza kufanya.
app-add = Ongeza
app-kind-skill = Ujuzi
app-kind-qualification = Sifa za kielimu
app-kind-experience = Uzoefu wa kazi
app-kind-language = Lugha
app-kind-learning = Kozi
app-self-declared = Nimejieleza mwenyewe
app-show-more = { $count ->
    [one] Onyesha 1 zaidi
   *[other] Onyesha { $count } zaidi
}
app-endorsed = Imethibitishwa

## Adding an entry

app-add-title = Ongeza kwenye daftari langu
app-add-kind = Ni nini?
app-add-title-label = Jina
app-add-title-hint = Kwa mfano: Uchomeleaji, Kuendesha lori, Kiarabu
app-add-level = Kiwango
app-level-none = Hakuna kiwango
app-level-basic = Cha msingi
app-level-intermediate = Cha kati
app-level-advanced = Cha juu
app-level-expert = Mtaalamu
app-level-eqf = Kiwango { $level }
app-save = Hifadhi
app-cancel = Ghairi

## Moving around

app-settings = Mipangilio
app-sync = Sawazisha
app-edit = Badilisha
app-remove = Ondoa

## The logbook: search and filter

app-search = Tafuta
app-search-hint = Andika neno, kwa mfano: weld
app-stage-filter = Hatua ya safari yako
app-stage-any = Hatua zote
app-stage-recruitment = Kuajiriwa
app-stage-pre-departure = Kabla ya kuondoka
app-stage-arrival = Kuwasili
app-stage-career = Kufanya kazi
app-stage-return = Kurudi
app-search-none = Hakuna kinacholingana. Jaribu neno jingine au hatua nyingine.

## Changing and removing an entry

app-edit-title = Badilisha ingizo hili
app-stages = Hatua za safari yako
app-remove-confirm = Ondoa “{ $title }” kwenye daftari lako? Hili haliwezi kutenduliwa.
app-remove-yes = Ndiyo, liondoe

## Settings

app-settings-title = Mipangilio
app-settings-language = Lugha
app-settings-lock = Funga baada ya
app-lock-minutes = { $minutes ->
    [one] dakika { $minutes } bila kutumika
   *[other] dakika { $minutes } bila kutumika
}
app-settings-passphrase = Badilisha nenosiri
app-passphrase-current = Nenosiri la sasa
app-passphrase-new = Nenosiri jipya
app-passphrase-change = Badilisha nenosiri
app-passphrase-changed = Nenosiri lako limebadilishwa. Tumia jipya kuanzia sasa.
app-about = Kuhusu Carnet
app-locked-idle = Carnet imefunga daftari lako kwa sababu hakuna aliyelitumia kwa muda. Lifungue tena kwa nenosiri lako.

## Sync with a hub

app-sync-title = Sawazisha na kitovu
app-sync-intro = Kitovu (hub) kinahifadhi nakala iliyofungwa ya daftari lako, ili uweze kulitumia kwenye simu nyingine. Kitovu hakiwezi kulisoma.
app-hub-address = Anwani ya kitovu
app-hub-address-hint = Kwa mfano: https://hub.example.org
app-hub-save = Hifadhi anwani
app-sync-now = Sawazisha sasa
app-sync-never = Bado halijasawazishwa.
app-sync-last = Ilisawazishwa mwisho: { $when }
app-sync-pending = { $count ->
    [0] Hakuna kinachosubiri kutumwa.
    [one] Badiliko { $count } linasubiri kutumwa.
   *[other] Mabadiliko { $count } yanasubiri kutumwa.
}
app-sync-sending = Inatuma
app-sync-receiving = Inapokea
app-sync-photos = Picha
app-sync-done = Usawazishaji umekamilika.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Daftari lako limefungwa. Lifungue kwa nenosiri lako, kisha jaribu tena.
error-unknown-language = Carnet haina lugha { $tag }. Chagua moja kutoka kwenye orodha.

## Settings: how the screens look

app-settings-display = Jinsi Carnet inavyoonekana
app-high-contrast = Tofauti kubwa ya rangi (nyeusi juu ya nyeupe)
app-text-size = Ukubwa wa maandishi
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Sikiliza

## Two languages at once

app-dual-language = Onyesha pia kwa
app-dual-none = Hakuna lugha ya pili
