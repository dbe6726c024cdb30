# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Afaan keessan filadhaa
app-continue = Itti fufaa

## First run: making a passphrase

app-create-title = Galmee keessan eegaa
app-create-intro = Jecha icciitii filadhaa. Isin qofatu beeka. Carnet yeroo galmee keessan bantan hunda isin gaafata.
app-passphrase = Jecha icciitii
app-passphrase-again = Irra deebitanii barreessaa
app-passphrase-show = Agarsiisi
app-passphrase-hide = Dhoksi
app-strength-too-short = Baay'ee gabaabaa: yoo xiqqaate qubee { $min } fayyadamaa.
app-strength-weak = Laafaa: jechoota muraasa walitti qabuun yaadachuuf salphaa, tilmaamuuf immoo ulfaataa dha.
app-strength-fair = Gaarii. Kan dheeraan caalaatti nagaa dha.
app-strength-strong = Cimaa.
app-passphrase-mismatch = Jechoonni icciitii lamaan tokko miti. Irra deebitanii barreessaa.
app-create = Galmee koo uumi
app-working = Maaloo eegaa…
app-back = Duubatti

## Unlock

app-unlock-title = Galmee keessan banaa
app-unlock = Bani
app-lock = Cufi

## The logbook

app-logbook-title = Galmee koo
app-logbook-empty = Galmeen keessan duwwaadha. Waan gochuu dandeessan ida'aa.
app-add = Ida'i
app-kind-skill = Dandeettiiwwan
app-kind-qualification = Ragaalee barnootaa
app-kind-experience = Muuxannoo hojii
app-kind-language = Afaanota
app-kind-learning = Koorsiiwwan
app-self-declared = Ofiin kan ibsame
app-show-more = { $count ->
    [one] 1 dabalataan agarsiisi
   *[other] { $count } dabalataan agarsiisi
}
app-endorsed = Kan mirkanaa'e

## Adding an entry

app-add-title = Galmee kootti ida'i
app-add-kind = Maali?
app-add-title-label = Maqaa
app-add-title-hint = Fakkeenyaaf: Weldii, Konkolaataa fe'umsaa oofuu, Afaan Arabaa
app-add-level = Sadarkaa
app-level-none = Sadarkaa hin qabu
app-level-basic = Bu'uuraa
app-level-intermediate = Giddugaleessa
app-level-advanced = Ol'aanaa
app-level-expert = Ogeessa
app-level-eqf = Sadarkaa { $level }
app-save = Kuusi
app-cancel = Dhiisi

## Moving around

app-settings = Qindaa'ina
app-sync = Walsimsiisuu
app-edit = Jijjiiri
app-remove = Haqi

## The logbook: search and filter

app-search = Barbaadi
app-search-hint = Jecha tokko barreessaa, fakkeenyaaf: weld
app-stage-filter = Marsaa imala keessanii
app-stage-any = Marsaalee hunda
app-stage-recruitment = Qacarrii
app-stage-pre-departure = Deemuun dura
app-stage-arrival = Gahuu
app-stage-career = Hojjechuu
app-stage-return = Deebi'uu
app-search-none = Wanti walsimu hin jiru. Jecha biraa ykn marsaa biraa yaalaa.

## Changing and removing an entry

app-edit-title = Barreeffama kana jijjiiraa
app-stages = Marsaalee imala keessanii
app-remove-confirm = “{ $title }” galmee keessan irraa haa haqamu? Kun deebi'uu hin danda'u.
app-remove-yes = Eeyyee, haqi

## Settings

app-settings-title = Qindaa'ina
app-settings-language = Afaan
app-settings-lock = Erga kana booda cufi
app-lock-minutes = { $minutes ->
    [one] Daqiiqaa { $minutes } osoo hin fayyadamin
   *[other] Daqiiqaa { $minutes } osoo hin fayyadamin
}
app-settings-passphrase = Jecha icciitii jijjiiri
app-passphrase-current = Jecha icciitii ammaa
app-passphrase-new = Jecha icciitii haaraa
app-passphrase-change = Jecha icciitii jijjiiri
app-passphrase-changed = Jechi icciitii keessanii jijjiirameera. Amma booda isa haaraa fayyadamaa.
app-about = Waa'ee Carnet
app-locked-idle = Namni yeroo muraasaaf waan hin fayyadamneef Carnet galmee keessan cufeera. Jecha icciitii keessaniin irra deebitanii banaa.

## Sync with a hub

app-sync-title = Kuusaa giddugalaa waliin walsimsiisuu
app-sync-intro = Kuusaan giddugalaa (hub) garagalcha galmee keessanii cufame qabata, kanaaf bilbila biraa irratti fayyadamuu dandeessu. Kuusaan giddugalaa dubbisuu hin danda'u.
app-hub-address = Teessoo kuusaa giddugalaa
app-hub-address-hint = Fakkeenyaaf: https://hub.example.org
app-hub-save = Teessoo kuusi
app-sync-now = Amma walsimsiisi
app-sync-never = Ammaaf hin walsimne.
app-sync-last = Walsimsiisa dhumaa: { $when }
app-sync-pending = { $count ->
    [0] Wanti ergamuuf eegu hin jiru.
    [one] Jijjiiramni { $count } ergamuuf eegaa jira.
   *[other] Jijjiiramoonni { $count } ergamuuf eegaa jiru.
}
app-sync-sending = Ergaa jira
app-sync-receiving = Fudhachaa jira
app-sync-photos = Suuraalee
app-sync-done = Walsimsiisni xumurameera.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Galmeen keessan cufameera. Jecha icciitii keessaniin banaa, achiis irra deebitanii yaalaa.
error-unknown-language = Carnet afaan { $tag } hin qabu. Tarree keessaa tokko filadhaa.

## Settings: how the screens look

app-settings-display = Akkaataa Carnet itti mul'atu
app-high-contrast = Garaagarummaa cimaa (gurraacha adii irratti)
app-text-size = Hamma barreeffamaa
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Dhaggeeffadhaa

## Two languages at once

app-dual-language = Dabalataan kanaan agarsiisi
app-dual-none = Afaan lammaffaa hin jiru
