# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Dooro luqaddaada
app-continue = Sii wad

## First run: making a passphrase

app-create-title = Ilaali diiwaankaaga
app-create-intro = Dooro erey sir ah. Adiga oo keliya ayaa garanaya. Carnet wuu ku weydiinayaa mar kasta oo aad furto diiwaankaaga.
app-passphrase = Ereyga sirta
app-passphrase-again = Mar kale qor
app-passphrase-show = Tus
app-passphrase-hide = Qari
app-strength-too-short = Aad buu u gaaban yahay: isticmaal ugu yaraan { $min } xaraf.
app-strength-weak = Daciif: dhowr erey oo isku xiga way fududahay in la xasuusto, wayna adag tahay in la qiyaaso.
app-strength-fair = Wanaagsan. Mid ka dheer ayaa ka sii ammaan badan.
app-strength-strong = Xoog badan.
app-passphrase-mismatch = Labada erey sir ah isku mid ma aha. Mar kale qor.
app-create = Samee diiwaankayga
app-working = Fadlan sug…
app-back = Dib u noqo

## Unlock

app-unlock-title = Fur diiwaankaaga
app-unlock = Fur
app-lock = Xir

## The logbook

app-logbook-title = Diiwaankayga
app-logbook-empty = Diiwaankaagu waa madhan yahay. Ku dar wax aad samayn karto.
app-add = Ku dar
app-kind-skill = Xirfado
app-kind-qualification = Shahaadooyin
app-kind-experience = Khibrad shaqo
app-kind-language = Luqado
app-kind-learning = Koorsooyin
app-self-declared = Aniga ayaa sheegay
app-show-more = { $count ->
    [one] Tus 1 kale
   *[other] Tus { $count } kale
}
app-endorsed = La xaqiijiyay

## Adding an entry

app-add-title = Ku dar diiwaankayga
app-add-kind = Waa maxay?
app-add-title-label = Magaca
app-add-title-hint = Tusaale ahaan: Alxan, Wadista gaari xamuul, Carabi
app-add-level = Heerka
app-level-none = Heer ma leh
app-level-basic = Aasaasi
app-level-intermediate = Dhexe
app-level-advanced = Sare
app-level-expert = Khabiir
app-level-eqf = Heerka { $level }
app-save = Kaydi
app-cancel = Jooji

## Moving around

app-settings = Dejinta
app-sync = Is-waafaji
app-edit = Beddel
app-remove = Ka saar

## The logbook: search and filter

app-search = Raadi
app-search-hint = Qor erey, tusaale ahaan: weld
app-stage-filter = Marxaladda safarkaaga
app-stage-any = Dhammaan marxaladaha
app-stage-recruitment = Shaqaaleysiin
app-stage-pre-departure = Ka hor ambabaxa
app-stage-arrival = Imaatinka
app-stage-career = Shaqaynta
app-stage-return = Ku noqoshada
app-search-none = Waxba ma waafaqsana. Isku day erey kale ama marxalad kale.

## Changing and removing an entry

app-edit-title = Beddel qoraalkan
app-stages = Marxaladaha safarkaaga
app-remove-confirm = Ma laga saaraa “{ $title }” diiwaankaaga? Tan dib looma celin karo.
app-remove-yes = Haa, ka saar

## Settings

app-settings-title = Dejinta
app-settings-language = Luqadda
app-settings-lock = Xir kadib
app-lock-minutes = { $minutes ->
    [one] { $minutes } daqiiqo oo aan la isticmaalin
   *[other] { $minutes } daqiiqo oo aan la isticmaalin
}
app-settings-passphrase = Beddel ereyga sirta
app-passphrase-current = Ereyga sirta hadda
app-passphrase-new = Erey sir cusub
app-passphrase-change = Beddel ereyga sirta
app-passphrase-changed = Ereyga sirta waa la beddelay. Hadda wixii ka dambeeya isticmaal kan cusub.
app-about = Ku saabsan Carnet
app-locked-idle = Carnet wuu xiray diiwaankaaga sababtoo ah qofna muddo ma isticmaalin. Mar kale ku fur ereyga sirta.

## Sync with a hub

app-sync-title = La is-waafaji kaydka dhexe
app-sync-intro = Kaydka dhexe (hub) wuxuu hayaa nuqul xiran oo diiwaankaaga ah, si aad ugu isticmaasho taleefan kale. Kaydka dhexe ma akhriyi karo.
app-hub-address = Cinwaanka kaydka dhexe
app-hub-address-hint = Tusaale ahaan: https://hub.example.org
app-hub-save = Kaydi cinwaanka
app-sync-now = Hadda is-waafaji
app-sync-never = Weli lama is-waafajin.
app-sync-last = Is-waafajintii ugu dambaysay: { $when }
app-sync-pending = { $count ->
    [0] Waxba ma sugayaan in la diro.
    [one] { $count } isbeddel ayaa sugaya in la diro.
   *[other] { $count } isbeddel ayaa sugaya in la diro.
}
app-sync-sending = Dirid
app-sync-receiving = Helid
app-sync-photos = Sawirro
app-sync-done = Is-waafajintu way dhammaatay.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Diiwaankaagu waa xiran yahay. Ku fur ereyga sirta, kadibna isku day mar kale.
error-unknown-language = Carnet ma laha luqadda { $tag }. Mid ka dooro liiska.

## Settings: how the screens look

app-settings-display = Sida Carnet u muuqdo
app-high-contrast = Kala duwanaansho xoog leh (madow ku yaal caddaan)
app-text-size = Cabbirka qoraalka
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Dhageyso

## Two languages at once

app-dual-language = Sidoo kale ku muuji
app-dual-none = Luqad labaad ma jirto
