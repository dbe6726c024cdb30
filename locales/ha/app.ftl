# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Zaɓi harshenku
app-continue = Ci gaba

## First run: making a passphrase

app-create-title = Kare rajistarku
app-create-intro = Zaɓi kalmar sirri. Ku kaɗai kuka san ta. Carnet za ta tambaye ku ita duk lokacin da kuka buɗe rajistarku.
app-passphrase = Kalmar sirri
app-passphrase-again = Sake rubuta ta
app-passphrase-show = Nuna
app-passphrase-hide = Ɓoye
app-strength-too-short = Ta yi gajarta: yi amfani da aƙalla haruffa { $min }.
app-strength-weak = Mai rauni: 'yan kalmomi a haɗe sun fi sauƙin tunawa kuma sun fi wuyar hasashe.
app-strength-fair = Mai kyau. Mai tsawo ta fi aminci.
app-strength-strong = Mai ƙarfi.
app-passphrase-mismatch = Kalmomin sirri biyun ba ɗaya ba ne. Sake rubuta su.
app-create = Ƙirƙiri rajistata
app-working = Don Allah ku jira…
app-back = Koma baya

## Unlock

app-unlock-title = Buɗe rajistarku
app-unlock = Buɗe
app-lock = Kulle

## The logbook

app-logbook-title = Rajistata
app-logbook-empty = Rajistarku babu komai a ciki. Ƙara abin da kuke iya yi.
app-add = Ƙara
app-kind-skill = Ƙwarewa
app-kind-qualification = Takardun cancanta
app-kind-experience = Gogewar aiki
app-kind-language = Harsuna
app-kind-learning = Kwasa-kwasai
app-self-declared = Ni na faɗa
app-show-more = { $count ->
    [one] Nuna ƙarin 1
   *[other] Nuna ƙarin { $count }
}
app-endorsed = An tabbatar

## Adding an entry

app-add-title = Ƙara zuwa rajistata
app-add-kind = Menene shi?
app-add-title-label = Suna
app-add-title-hint = Misali: Walda, Tuƙa babbar mota, Larabci
app-add-level = Mataki
app-level-none = Babu mataki
app-level-basic = Na farko
app-level-intermediate = Na tsakiya
app-level-advanced = Na gaba
app-level-expert = Ƙwararre
app-level-eqf = Mataki { $level }
app-save = Ajiye
app-cancel = Soke

## Moving around

app-settings = Saituna
app-sync = Daidaitawa
app-edit = Canza
app-remove = Cire

## The logbook: search and filter

app-search = Nema
app-search-hint = Rubuta kalma, misali: weld
app-stage-filter = Zangon tafiyarku
app-stage-any = Duk zangogi
app-stage-recruitment = Ɗaukar aiki
app-stage-pre-departure = Kafin tafiya
app-stage-arrival = Isowa
app-stage-career = Aiki
app-stage-return = Dawowa
app-search-none = Babu abin da ya yi daidai. Gwada wata kalma ko wani zango.

## Changing and removing an entry

app-edit-title = Canza wannan shigarwa
app-stages = Zangogin tafiyarku
app-remove-confirm = A cire “{ $title }” daga rajistarku? Ba za a iya maido da wannan ba.
app-remove-yes = Ee, a cire shi

## Settings

app-settings-title = Saituna
app-settings-language = Harshe
app-settings-lock = Kulle bayan
app-lock-minutes = { $minutes ->
    [one] minti { $minutes } ba tare da amfani ba
   *[other] mintuna { $minutes } ba tare da amfani ba
}
app-settings-passphrase = Canza kalmar sirri
app-passphrase-current = Kalmar sirri ta yanzu
app-passphrase-new = Sabuwar kalmar sirri
app-passphrase-change = Canza kalmar sirri
app-passphrase-changed = An canza kalmar sirrinku. Yi amfani da sabuwar daga yanzu.
app-about = Game da Carnet
app-locked-idle = Carnet ta kulle rajistarku saboda babu wanda ya yi amfani da ita na ɗan lokaci. Ku sake buɗe ta da kalmar sirrinku.

## Sync with a hub

app-sync-title = Daidaita da cibiyar ajiya
app-sync-intro = Cibiyar ajiya (hub) tana riƙe da kwafin rajistarku a kulle, don ku iya amfani da ita a wata waya. Cibiyar ajiya ba za ta iya karanta ta ba.
app-hub-address = Adireshin cibiyar ajiya
app-hub-address-hint = Misali: https://hub.example.org
app-hub-save = Ajiye adireshi
app-sync-now = Daidaita yanzu
app-sync-never = Ba a daidaita ba tukuna.
app-sync-last = Daidaitawa ta ƙarshe: { $when }
app-sync-pending = { $count ->
    [0] Babu abin da ke jiran a aika.
    [one] Canji { $count } yana jiran a aika.
   *[other] Canje-canje { $count } suna jiran a aika.
}
app-sync-sending = Ana aikawa
app-sync-receiving = Ana karɓa
app-sync-photos = Hotuna
app-sync-done = Daidaitawa ta kammala.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Rajistarku a kulle take. Buɗe ta da kalmar sirrinku, sannan ku sake gwadawa.
error-unknown-language = Carnet ba ta da harshen { $tag }. Zaɓi ɗaya daga jerin.

## Settings: how the screens look

app-settings-display = Yadda Carnet take bayyana
app-high-contrast = Bambanci mai ƙarfi (baƙi a kan fari)
app-text-size = Girman rubutu
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Saurara

## Two languages at once

app-dual-language = Nuna kuma a
app-dual-none = Babu harshe na biyu
