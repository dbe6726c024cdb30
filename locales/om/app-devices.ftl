# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Meeshaa biraa ida'aa
app-pair-intro = Galmee keessan bilbila ykn kompiitara keessan biraa irratti kaa'aa. Meeshaaleen lamaanuu kuusaa giddugalaa (hub) barbaadu.
app-pair-start = Meeshaa biraa ida'aa
app-pair-passphrase = Meeshaa ida'uuf, jecha icciitii keessanii barreessaa.
app-pair-show = Koodii agarsiisaa
app-pair-scan = Meeshaa haaraa irratti “Galmeetti makamaa” filadhaa, achiis koodii afurgeessaa kana iskaan godhaa ykn barreeffama jala isaa jiru barreessaa.
app-pair-qr-alt = Koodii afurgeessaa meeshaa haaraan iskaan godhamu
app-pair-code-label = Koodii akka barreeffamaatti
app-pair-expires = Koodiin kun { $time } dabalataaf hojjeta.
app-pair-waiting = Meeshaa haaraa eegaa jira…
app-pair-request = “{ $name }” galmee keessan barbaada.
app-pair-compare = Meeshaan haaraan koodii walfakkaataa kana agarsiisaa?
app-pair-approve = Eeyyee, hayyamaa
app-pair-refuse = Lakki
app-pair-approved = “{ $name }” amma galmee keessan qaba. Erga walsimsiisee booda tarree meeshaalee keessatti mul'ata.
app-pair-refused = Lakki jettaniittu. “{ $name }” homaa hin arganne.
app-pair-again = Koodii haaraa agarsiisaa

## Sync screen: the devices of this logbook

app-devices-title = Meeshaalee keessan
app-devices-none = Hanga ammaatti meeshaan galmee kana walsimsiise hin jiru. Walsimsiisaa, meeshaan kunis asitti mul'ata.
app-devices-this = Meeshaa kana
app-devices-added = Kan ida'ame { $date }
app-devices-removed = Kan haqame { $date }
app-devices-remove = Haqaa
app-devices-remove-confirm = “{ $name }” haa haqamu? Yeroo bilbilli bade, gurgurame ykn nama biraaf kennametti kana fayyadamaa.
app-devices-remove-consequences = Waan duraan qabu ni qabata, garuu waan isin amma booda daaltan argachuu hin danda'u. Galmeen keessan furtuu haaraa argata, meeshaaleen keessan biroos yeroo walsimsiisan ni argatu. Meeshaa sana irra deebitanii fayyadamuuf, irra deebitanii ida'aa.
app-devices-remove-yes = Eeyyee, haqaa
app-devices-removed-done = “{ $name }” haqameera. Galmeen keessan amma furtuu haaraa qaba, meeshaan sun garuu hin qabu.
app-devices-new-sheet = Waraqaan deebisuu keessanii furtuu durii qaba. Amma Qindaa'ina keessatti haaraa uumaa, kan duriis balleessaa.

## First run: another way to start

app-start-other = Galmee duraan qabduu?
app-start-join = Meeshaa biraatiin makamaa
app-start-recover = Waraqaa deebisuutiin deebisaa

## First run: joining a logbook from another device

app-join-title = Galmeetti makamaa
app-join-intro = Meeshaa keessan biraa irratti Walsimsiisuu banaa, “Meeshaa biraa ida'aa” filadhaa. Koodii agarsiisa.
app-join-code = Koodii (CNP1: n jalqaba)
app-join-code-hint = Koodii as maxxansaa ykn barreessaa
app-join-picture = Suuraa koodii banaa
app-join-name = Maqaa meeshaa kanaa
app-join-name-default = Meeshaa koo haaraa
app-join-passphrase = Meeshaa kanaaf jecha icciitii filadhaa
app-join-send = Itti fufaa
app-join-check = Meeshaan keessan biraa koodii walfakkaataa kana agarsiisuu qaba. Achitti hayyamaa.
app-join-waiting = Akka meeshaan keessan biraa hayyamu eegaa jira…
app-join-copying = Galmeen keessan garagalfamaa jira…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Galmee keessan deebisaa
app-recover-intro = Waraqaa deebisuu fi jecha icciitii keessanii fayyadamaa. Carnet galmee keessan kuusaa giddugalaa irraa deebisa.
app-recover-by-words = Jechoota 12 barreessaa
app-recover-by-code = Koodii afurgeessaa fayyadamaa
app-recover-words = Jechoota 12, akka tartiibaan
app-recover-words-hint = jecha1 jecha2 jecha3 …
app-recover-hub = Teessoo kuusaa giddugalaa waraqaa irra jiru
app-recover-code = Barreeffama koodii afurgeessaa (CNS1: n jalqaba)
app-recover-picture = Suuraa waraqaa banaa
app-recover-passphrase = Jecha icciitii keessan (kan duraan fayyadamtan)
app-recover-start = Galmee koo deebisi

## Reading a square code from a picture

app-picture-read = Koodiin suuraa irraa dubbifameera.
app-scan-camera = Kaameraan iskaan godhaa
error-camera-scan = Koodiin tokkollee hin dubbifamne. Yoo Carnet kaamera fayyadamuu hin hayyamamneef, qindaa'ina bilbila keessanii keessatti hayyamaa. Suuraa koodii banuus ni dandeessu.

## Settings: the recovery sheet

app-sheet-title = Waraqaa deebisuu
app-sheet-intro = Waraqaan deebisuu waraqaa jechoota 12 fi koodii afurgeessaa qabuudha. Yoo bilbila kana dhabdan, waraqaan kun fi jechi icciitii keessanii galmee keessan bilbila haaraa irratti deebisu. Waraqaa bilbila keessan irraa fagaatee nageenyaan kaa'aa. Jecha icciitii keessanii isa waliin hin kaa'inaa.
app-sheet-replaces = Waraqaan haaraan kan duraa bakka bu'a: waraqaan duraa hojii dhaaba.
app-sheet-needs-hub = Waraqaan kun kuusaa giddugalaa fayyadama. Jalqaba fuula Walsimsiisuu irratti teessoo kuusaa giddugalaa galchaa.
app-sheet-passphrase = Waraqaa uumuuf jecha icciitii keessanii barreessaa
app-sheet-format = Akka kanaatti kuusaa
app-sheet-pdf = PDF, maxxansuuf
app-sheet-png = Suuraa
app-sheet-make = Waraqaa deebisuu uumaa
app-sheet-saved = Waraqaan deebisuu keessanii { $path } keessatti kuufameera. Maxxansaa, ykn jechoota armaan gadii barreessaa, waraqaa sanas nageenyaan kaa'aa.
app-sheet-english = Waraqaan kun Afaan Ingiliziitiini: Carnet ammaaf qubee afaan keessanii irratti barreessuu hin danda'u.
app-sheet-words = Jechoota keessan 12

## Settings: export and import

app-export-title = Baasuu fi galchuu
app-export-intro = Baasuun galmee keessan guutuu faayilii tokko keessatti kuusa, ofii qabachuuf ykn nama filattaniif kennuuf.
app-export-consent = Faayiliin kun galmee keessan haala dubbifamuun qaba: jecha icciitii keessaniin hin cufamne. Namni faayilii kana argate kamiyyuu waan keessa jiru hunda dubbisuu danda'a. Suuraaleen faayilii keessa hin jiran.
app-export-agree = Naaf galeera. Faayilii kuusi
app-export = Baasaa
app-export-saved = { $count ->
    [one] Barreeffamni { $count } { $path } keessatti kuufame.
   *[other] Barreeffamoonni { $count } { $path } keessatti kuufaman.
}
app-import-intro = Galchuun waan faayilii baafame keessa jiru galmee kanatti ida'a. Galmee keessan irraa wanti haqamu hin jiru.
app-import = Faayilii galchaa
app-import-added = { $count ->
    [0] Barreeffamni haaraan hin jiru.
    [one] Barreeffamni haaraan { $count } ida'ame.
   *[other] Barreeffamoonni haaraan { $count } ida'aman.
}
app-import-updated = { $count ->
    [0] Barreeffamni jijjiirame hin jiru.
    [one] Barreeffamni { $count } jijjiirame.
   *[other] Barreeffamoonni { $count } jijjiiraman.
}
app-import-unchanged = { $count ->
    [0] Barreeffamni duraan walfakkaatu hin jiru.
    [one] Barreeffamni { $count } duraanuu walfakkaata ture.
   *[other] Barreeffamoonni { $count } duraanuu walfakkaatu turan.
}
app-import-profile = Ibsi dhuunfaa keessanii haaromfameera.
app-import-missing-photos = { $count ->
    [one] Suuraan { $count } faayilii keessatti caqafame meeshaa kana irra hin jiru.
   *[other] Suuraaleen { $count } faayilii keessatti caqafaman meeshaa kana irra hin jiran.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Waraqaan deebisuu keessanii jecha icciitii haaraa keessaniin ammas ni hojjeta.
app-passphrase-sheet-not-updated = Waraqaan deebisuu keessanii kuusaa giddugalaa irratti haaromfamuu hin dandeenye. Hanga haaraa uumtanitti, jecha icciitii keessan durii barbaada. Yeroo walqunnamtan waraqaa haaraa uumaa.

## This device's name

app-device-name = Maqaa meeshaa kanaa
app-device-name-hint = Maqaa meeshaaleen keessan biroo meeshaa kanaaf agarsiisan, fakkeenyaaf “Bilbila Aaminaa”.
app-device-name-saved = Kuufameera. Erga meeshaan kun walsimsiisee booda meeshaaleen keessan biroo ni agarsiisu.
