# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Cîhazeke din zêde bike
app-pair-intro = Deftera xwe bixe ser telefon an kompîtereke xwe ya din. Her du cîhaz pêwîstî serverê ne.
app-pair-start = Cîhazeke din zêde bike
app-pair-passphrase = Ji bo zêdekirina cîhazekê, şîfreya xwe binivîse.
app-pair-show = Kodê nîşan bide
app-pair-scan = Li ser cîhaza nû, “Tevlî defterekê bibe” hilbijêre, paşê vê koda çargoşe bişopîne an nivîsa li binê wê binivîse.
app-pair-qr-alt = Koda çargoşe ji bo şopandinê bi cîhaza nû
app-pair-code-label = Kod wek nivîs
app-pair-expires = Kod { $time } din dixebite.
app-pair-waiting = Li benda cîhaza nû…
app-pair-request = “{ $name }” deftera te dixwaze.
app-pair-compare = Ma cîhaza nû heman kodê nîşan dide?
app-pair-approve = Erê, destûr bide
app-pair-refuse = Na
app-pair-approved = Êdî deftera te li ba “{ $name }” heye. Piştî ku hevdem bike, di lîsteya cîhazan de xuya dike.
app-pair-refused = Te got na. Tiştek negihîşt “{ $name }”.
app-pair-again = Kodeke nû nîşan bide

## Sync screen: the devices of this logbook

app-devices-title = Cîhazên te
app-devices-none = Hîn tu cîhazê ev defter hevdem nekiriye. Hevdem bike, û ev cîhaz li vir xuya dike.
app-devices-this = Ev cîhaz
app-devices-added = Di { $date } de hat zêdekirin
app-devices-removed = Di { $date } de hat rakirin
app-devices-remove = Rake
app-devices-remove-confirm = “{ $name }” were rakirin? Vê bi kar bîne dema telefonek winda bibe, were firotin an bê dayîn.
app-devices-remove-consequences = Tiştê ku jixwe li ba wê heye dimîne, lê ew nikare tiştekî ku tu ji niha pê ve zêde dikî bistîne. Deftera te kilîteke nû distîne, û cîhazên te yên din dema hevdem dikin wê distînin. Ji bo ku tu wê cîhazê dîsa bi kar bînî, dîsa zêde bike.
app-devices-remove-yes = Erê, rake
app-devices-removed-done = “{ $name }” hat rakirin. Êdî kilîteke nû ya deftera te heye, ku li ba wê cîhazê nîne.
app-devices-new-sheet = Kilîta kevn li ser pelê te yê vegerandinê ye. Niha di Mîhengan de yekî nû çêke, û yê kevn tune bike.

## First run: another way to start

app-start-other = Ma jixwe defterek te heye?
app-start-join = Ji cîhazeke din tevlî bibe
app-start-recover = Bi pelekê vegerîne

## First run: joining a logbook from another device

app-join-title = Tevlî defterekê bibe
app-join-intro = Li ser cîhaza xwe ya din, Hevdemkirinê veke û “Cîhazeke din zêde bike” hilbijêre. Ew kodekê nîşan dide.
app-join-code = Kod (bi CNP1: dest pê dike)
app-join-code-hint = Kodê li vir bizeliqîne an binivîse
app-join-picture = Wêneyekî kodê veke
app-join-name = Navek ji bo vê cîhazê
app-join-name-default = Cîhaza min a nû
app-join-passphrase = Ji bo vê cîhazê şîfreyekê hilbijêre
app-join-send = Bidomîne
app-join-check = Divê cîhaza te ya din heman kodê nîşan bide. Li wir destûrê bide.
app-join-waiting = Li benda destûra cîhaza te ya din…
app-join-copying = Deftera te tê kopîkirin…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Deftera xwe vegerîne
app-recover-intro = Pelê xwe yê vegerandinê û şîfreya xwe bi kar bîne. Carnet deftera te ji serverê vedigerîne.
app-recover-by-words = 12 peyvan binivîse
app-recover-by-code = Koda çargoşe bi kar bîne
app-recover-words = 12 peyv, bi rêzê
app-recover-words-hint = peyv1 peyv2 peyv3 …
app-recover-hub = Navnîşana serverê li ser pelê
app-recover-code = Nivîsa koda çargoşe (bi CNS1: dest pê dike)
app-recover-picture = Wêneyekî pelê veke
app-recover-passphrase = Şîfreya te (ya ku te berê bi kar anî)
app-recover-start = Deftera min vegerîne

## Reading a square code from a picture

app-picture-read = Kod ji wêneyê hat xwendin.
app-scan-camera = Bi kamerayê bişopîne
error-camera-scan = Tu kod nehat xwendin. Heke destûra Carnet tune ku kamerayê bi kar bîne, di mîhengên telefona xwe de destûrê bide. Tu dikarî wêneyekî kodê jî vekî.

## Settings: the recovery sheet

app-sheet-title = Pelê vegerandinê
app-sheet-intro = Pelê vegerandinê kaxezek e ku 12 peyv û kodeke çargoşe li ser e. Heke tu vê telefonê winda bikî, pel û şîfreya te deftera te li ser telefoneke nû vedigerînin. Pelê li cihekî ewle, dûrî telefona xwe, biparêze. Şîfreya xwe bi wî re nehêle.
app-sheet-replaces = Pelekî nû cihê yê kevn digire: pelê kevn êdî naxebite.
app-sheet-needs-hub = Pel serverê bi kar tîne. Pêşî li ekrana Hevdemkirinê navnîşana serverê saz bike.
app-sheet-passphrase = Ji bo çêkirina pelekî şîfreya xwe binivîse
app-sheet-format = Wek vê tomar bike
app-sheet-pdf = PDF, ji bo çapkirinê
app-sheet-png = Wêne
app-sheet-make = Pelê vegerandinê çêke
app-sheet-saved = Pelê te yê vegerandinê li { $path } hat tomarkirin. Çap bike, an peyvên li jêr binivîse, û kaxezê li cihekî ewle biparêze.
app-sheet-english = Pel bi Îngilîzî ye: Carnet hîn nikare tîpên zimanê te li ser binivîse.
app-sheet-words = 12 peyvên te

## Settings: export and import

app-export-title = Derxistin û anîn
app-export-intro = Derxistin tevahiya deftera te di pelekî de tomar dike, da ku tu biparêzî an bidî kesekî ku tu hilbijêrî.
app-export-consent = Ev pel deftera te bi awayekî xwendî di xwe de digire: bi şîfreya te ne kilîtkirî ye. Her kesê ku pel bigihîje destê wî dikare her tiştî tê de bixwîne. Wêne ne di pelê de ne.
app-export-agree = Ez fêm dikim. Pelê tomar bike
app-export = Derxe
app-export-saved = { $count ->
    [one] { $count } tomar li { $path } hat tomarkirin.
   *[other] { $count } tomar li { $path } hatin tomarkirin.
}
app-import-intro = Anîn tiştê ku di pelekî derxistî de ye li vê defterê zêde dike. Tiştek ji deftera te nayê jêbirin.
app-import = Pelekî bîne
app-import-added = { $count ->
    [0] Tomarên nû tune.
    [one] { $count } tomara nû hat zêdekirin.
   *[other] { $count } tomarên nû hatin zêdekirin.
}
app-import-updated = { $count ->
    [0] Tu tomar nehat guhertin.
    [one] { $count } tomar hat guhertin.
   *[other] { $count } tomar hatin guhertin.
}
app-import-unchanged = { $count ->
    [0] Tu tomar jixwe ne wek hev bû.
    [one] { $count } tomar jixwe wek hev bû.
   *[other] { $count } tomar jixwe wek hev bûn.
}
app-import-profile = Profîla te hat nûkirin.
app-import-missing-photos = { $count ->
    [one] { $count } wêneyê ku navê wî di pelê de ye li ser vê cîhazê nîne.
   *[other] { $count } wêneyên ku navê wan di pelê de ne li ser vê cîhazê nînin.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Pelê te yê vegerandinê hîn dixebite, bi şîfreya te ya nû.
app-passphrase-sheet-not-updated = Pelê te yê vegerandinê li serverê nehat nûkirin. Heta ku tu yekî nû çêkî, şîfreya te ya kevn pêwîst e. Dema ku tu girêdayî bî, pelekî nû çêke.

## This device's name

app-device-name = Navê vê cîhazê
app-device-name-hint = Navê ku cîhazên te yên din ji bo vê nîşan didin, mînak “Telefona Amînayê”.
app-device-name-saved = Hat tomarkirin. Cîhazên te yên din piştî hevdemkirina vê cîhazê wê nîşan didin.
