# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Çawa binivîsî:
cli-help-commands = Ferman:
cli-help-arguments = Çi bidî:
cli-help-options = Vebijark:
cli-help-examples = Mînak:

## Help: the whole program

cli-about = Carnet qeyda tiştên ku tu dikarî bikî digire: jêhatî, kar, ziman, dîplome û kurs. Qeyd li ser cîhaza te dimîne, bi şîfreya te kilîtkirî.

cli-examples =
    Defterekê dest pê bike:     carnet init
    Jêhatîyekê zêde bike:       carnet add skill --title "Welding" --level advanced
    Tomarên xwe bibîne:         carnet list
    Tomarekê bibîne:            carnet show 3f2a
    Alîkarî ji bo fermanekê:    carnet add --help

cli-opt-data-dir = Peldanka ku deftera te lê tê parastin. Tu dikarî CARNET_DATA_DIR jî saz bikî.
cli-opt-json = Bi JSON bersiv bide, ji bo bernameyên din.
cli-opt-lang = Zimanê peyamên Carnet, mînak ar, fa, fr, uk an en.
cli-opt-help = Vê alîkariyê nîşan bide.
cli-opt-version = Guhertoya Carnet nîşan bide.

## Help: commands

cli-cmd-init = Defterek nû çêke, bi şîfreyê kilîtkirî.
cli-cmd-passphrase = Şîfreya deftera xwe biguherîne.
cli-cmd-passphrase-change = Şîfreya xwe biguherîne. Tu ya kevn dinivîsî, paşê ya nû du caran.
cli-cmd-profile = Profîla xwe bibîne an biguherîne: navê te, welatên te, zimanên te.
cli-cmd-profile-show = Profîla xwe nîşan bide.
cli-cmd-profile-set = Profîla xwe biguherîne. Ji bo paqijkirina tiştekî, nirxeke vala bide, mînak --contact "".
cli-cmd-add = Tomarekê zêde bike: jêhatî, bawername, ezmûna kar, ziman an kurs.
cli-cmd-list = Tomarên xwe rêz bike.
cli-cmd-show = Her tiştî derbarê tomarekê de nîşan bide.
cli-cmd-edit = Tomarekê biguherîne.
cli-cmd-rm = Tomarekê jê bibe.
cli-cmd-search = Tomarên ku hin peyvan dihewînin bibîne.
cli-cmd-detach = Wêneyek an notek dengî ji tomarekê rake. Ew ji vê cîhazê jî tê jêbirin, heke tomareke din wê nîşan nede.
cli-cmd-attach = Wêneyê kaxezekê li tomarekê zêde bike, mînak dîplome, belge an kaxeza kar. An notek dengî zêde bike: pelek dengî ku tu tê de qala jêhatîyê dikî.
cli-cmd-export = Tevahiya deftera xwe wek pelekî ku bernameyên din dikarin bixwînin binivîse.
cli-cmd-import = Pelekî derxistî yê Carnet bixe nav deftera xwe. Tiştek ji deftera te nayê jêbirin.
cli-cmd-devices = Cîhazên ku deftera te li ba wan heye.
cli-cmd-devices-list = Cîhazên ku deftera te li ba wan heye nîşan bide.
cli-cmd-devices-remove = Deftera xwe ji cîhazekê bistîne, mînak telefoneke winda. Ew nikare tiştekî ku tu ji niha pê ve zêde dikî bixwîne.
cli-cmd-pair = Deftera xwe bixe ser cîhazeke xwe ya din, wek telefoneke nû.
cli-cmd-pair-show = Li ser cîhaza ku deftera te li ba wê ye: ji bo cîhaza nû kodekê nîşan bide, paşê destûrê bide.
cli-cmd-pair-join = Li ser cîhaza nû: deftera xwe bi koda ku cîhaza te ya din nîşan dide bistîne.
cli-cmd-sync = Guhertinên xwe bişîne serverê navendê û guhertinên ku li ser cîhazên te yên din hatine kirin bistîne. Server tenê kopiyeke kilîtkirî digire ku nikare bixwîne.

## Help: what to give to the commands

cli-arg-kind = Cureyê tomarê: skill (jêhatî), qualification (bawername), experience (kar), language (ziman) an learning (kurs).
cli-arg-title = Navekî kurt, mînak "Qeynaxkirin" an "Ehliyeta B".
cli-arg-description = Bêtir peyv derbarê wê de, heke tu bixwazî.
cli-arg-level = Tu çiqas baş î. Ji bo jêhatî an kar: basic, intermediate, advanced an expert. Ji bo ziman: A1 (destpêk) heta C2 (pir baş). Ji bo bawername an kurs: asta wê ya EQF, ji 1 heta 8.
cli-arg-eqf = Asta EQF ya dîplome an kursê, ji 1 heta 8, heke tu dizanî.
cli-arg-from = Kengî dest pê kir: sal (2019), meh (2019-05) an roj (2019-05-14).
cli-arg-to = Kengî qediya, bi heman awayî hatiye nivîsandin. Heke hîn berdewam e, nenivîse.
cli-arg-organisation = Kardêr, dibistan an navenda perwerdeyê.
cli-arg-place = Bajar an cih.
cli-arg-country = Welat, bi du tîpan, mînak SY, AF, DE.
cli-arg-context = Te çawa fêr bû: formal (dibistan, dîplome), non-formal (kurs) an informal (bi kirinê).
cli-arg-written-in = Zimanê ku te ev tomar pê nivîsiye, bi kodeke kurt, mînak ar an en.
cli-arg-esco = Navnîşana ESCO ya jêhatî an karê, heke tu dizanî.
cli-arg-isco = Koda karê ISCO-08 (1 heta 4 hejmar), heke tu dizanî.
cli-arg-stage = Di rêwîtiya te de ev kengî girîng e: recruitment, pre-departure, arrival, career an return. Tu dikarî ji yekê zêdetir bidî.

cli-arg-list-kind = Tenê tomarên vî cureyî nîşan bide: skill, qualification, experience, language an learning.
cli-arg-list-stage = Tenê tomarên vê qonaxê nîşan bide: recruitment, pre-departure, arrival, career an return.

cli-arg-id = Nasnameya (id) tomarê. 4 tîpên pêşîn an zêdetir bes in. Ji bo dîtina nasnameyan, binivîse: carnet list
cli-arg-set = Guhertinek, wek FIELD=VALUE hatiye nivîsandin, mînak level=advanced. Ji bo guhertina bêtir dîsa bide. Nirxa vala qadê paqij dike. Qad ev in: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Peyvên ku tu lê digerî.
cli-arg-evidence = Wêne an nota dengî ya ku were rakirin: nasnameya wê, wek ku carnet show û carnet attach çap dikin (8 tîpên pêşîn an zêdetir bes in).
cli-arg-photo = Wêneyek (JPEG, PNG an WebP) an pelek dengî (WebM, Ogg, MP4, M4A, AAC, MP3 an WAV, heta 5 MB). Carnet li hundirê pelê dinêre da ku bizane kîjan e. Daneyên veşartî radike, wek cihê ku wêne lê hatiye kişandin.
cli-arg-format = Cureyê pelê. Niha tenê json.
cli-arg-file = Pelê derxistî yê ku were xwendin.

cli-arg-name = Navê te, wek ku tu dixwazî yên din bibînin.
cli-arg-birth-date = Roja te ya jidayikbûnê: 1990, 1990-05 an 1990-05-14.
cli-arg-origin = Welatê ku tu jê tê, bi du tîpan, mînak SY, AF, ER.
cli-arg-current = Welatê ku tu niha lê dijî, bi du tîpan, mînak DE, FR.
cli-arg-contact = Mirov çawa dikarin bigihîjin te, mînak hejmara telefonê an e-name.
cli-arg-language = Zimanek ku tu dizanî, bi kodeke kurt, mînak ar, fa-AF an en. Vebijarkên li jêr derbarê vî zimanî ne.
cli-arg-mother-tongue = Ev ziman zimanê te yê dayikê ye.
cli-arg-not-mother-tongue = Ev ziman ne zimanê te yê dayikê ye.
cli-arg-listening = Tu çiqas baş ji axaftina mirovan fêm dikî: A1 (destpêk) heta C2 (pir baş).
cli-arg-reading = Tu çiqas baş dixwînî: A1 heta C2.
cli-arg-spoken-interaction = Tu çiqas baş beşdarî axaftinê dibî: A1 heta C2.
cli-arg-spoken-production = Tu çiqas baş bi serê xwe diaxivî: A1 heta C2.
cli-arg-writing = Tu çiqas baş dinivîsî: A1 heta C2.
cli-arg-remove-language = Zimanekî ji profîla xwe rake.
cli-arg-hub = Navnîşana serverê navendê, mînak http://192.168.1.10:8470. Carnet wê bi bîr tîne.
cli-arg-device-id = Nasnameya cîhazê, wek ku carnet devices list nîşan dide (4 tîpên pêşîn an zêdetir bes in).
cli-arg-pair-approve = Bêyî pirsê destûrê bide cîhaza nû, heke vê kodê nîşan bide (ji bo alîkar û skrîptan).
cli-arg-pair-code = Koda ku cîhaza te ya din nîşan dide. Bi CNP1: dest pê dike
cli-arg-pair-name = Navek ji bo vê cîhazê, da ku tu li ser ya din wê nas bikî (mînak "Telefona Amalê").
cli-arg-sync-status = Tenê nîşan bide ka te cara dawî kengî hevdem kir û çend guhertin li bendê ne. Tiştek nayê şandin.
cli-arg-sync-watch = Hevdemkirinê bidomîne. Dema ku server nayê gihîştin, paşê dîsa biceribîne, her carê bêtir li bendê be.
cli-arg-sync-every = Bi --watch: di navbera hevdemkirinan de çend çirke li bendê be (300 heke nehatibe dayîn).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Şîfreyeke herî kêm { $min } tîpan hilbijêre. Her carê ku tu deftera xwe vekî, ew pêwîst e. Kes nikare wê ji te re vegerîne.
cli-passphrase-prompt = Şîfre:
cli-passphrase-new-prompt = Şîfreya nû:
cli-passphrase-repeat-prompt = Şîfreya nû dîsa binivîse:
cli-passphrase-changed = Şîfreya te hat guhertin. Ji niha pê ve ya nû bi kar bîne.

## Answers

cli-init-done = Deftera te amade ye. Di vê peldankê de ye: { $dir }
cli-init-next = Şîfreya xwe biparêze. Bêyî wê, kes nikare deftera te veke, tu jî nikarî. Paşê, tiştê ku tu dikarî bikî zêde bike, mînak: carnet add skill --title "Cooking"

cli-list-empty = Hîn tu tomar di deftera te de tune. Ji bo zêdekirina yekê, binivîse: carnet add skill --title "Cooking"
cli-list-none-match = Tu tomar li gorî daxwaza te nayê.
cli-search-none = Tu tomar van peyvan nahewîne. Peyvên din biceribîne, an binivîse: carnet list

cli-edit-saved = Guhertina te hat tomarkirin.
cli-rm-done = Hat jêbirin: { $title }
cli-detached = Wêne an nota dengî ji tomarê hat rakirin.

cli-profile-saved = Profîla te hat tomarkirin.
cli-profile-empty = Profîla te vala ye. Ji bo zêdekirina navê xwe, binivîse: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1 tomar hat zêdekirin.
   *[other] { $count } tomar hatin zêdekirin.
}
cli-import-updated = { $count ->
    [one] 1 tomar hat nûkirin.
   *[other] { $count } tomar hatin nûkirin.
}
cli-import-unchanged = { $count ->
    [one] 1 tomar jixwe wek hev bû.
   *[other] { $count } tomar jixwe wek hev bûn.
}
cli-import-profile-updated = Profîla te jî hat nûkirin.
cli-import-missing-photos = { $count ->
    [one] 1 wêne li ser vê cîhazê nîne. Pelên derxistî wêneyan nahewînin. Bi vê dîsa zêde bike: carnet attach
   *[other] { $count } wêne li ser vê cîhazê nînin. Pelên derxistî wêneyan nahewînin. Bi vê dîsa zêde bike: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Nasname
cli-show-kind = Cure
cli-show-added = Hat zêdekirin
cli-show-changed = Hat guhertin
cli-show-evidence = Wêne û notên dengî
cli-show-photo = { $sha }  { $width } × { $height } pîksel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pîksel, ne li ser vê cîhazê ye
cli-show-voice = { $sha }  nota dengî, { $kilobytes } KB
cli-show-voice-missing = { $sha }  nota dengî, ne li ser vê cîhazê ye
cli-show-conflicts = Cîhazeke din jî nivîsî:
cli-show-conflicts-hint = Ji bo hiştina yekî ji van, binivîse: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Sernav
cli-field-description = Danasîn
cli-field-written-in = Bi vî zimanî hatiye nivîsandin
cli-field-esco = ESCO
cli-field-isco = Koda karê ISCO-08
cli-field-level = Ast
cli-field-eqf = Asta EQF
cli-field-organisation = Saziye
cli-field-place = Cih
cli-field-country = Welat
cli-field-from = Ji
cli-field-to = Heta
cli-field-context = Te çawa fêr bû
cli-field-stages = Qonax

cli-kind-skill = jêhatî
cli-kind-qualification = bawername
cli-kind-experience = ezmûn
cli-kind-language = ziman
cli-kind-learning = kurs

cli-context-formal = fermî (dibistan, dîplome)
cli-context-non-formal = ne-fermî (kurs)
cli-context-informal = bi kirinê (di kar de)

cli-stage-recruitment = xebatdayîn
cli-stage-pre-departure = beriya çûyînê
cli-stage-arrival = gihîştin
cli-stage-career = xebat
cli-stage-return = vegerîn

cli-proficiency-basic = destpêk
cli-proficiency-intermediate = navîn
cli-proficiency-advanced = pêşketî
cli-proficiency-expert = pispor

cli-level-eqf = Asta EQF { $level }

cli-profile-name = Nav
cli-profile-birth-date = Roja jidayikbûnê
cli-profile-origin = Ji ku tê
cli-profile-current = Li ku dijî
cli-profile-contact = Têkilî
cli-profile-languages = Ziman
cli-profile-mother-tongue = { $language } (zimanê dayikê)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = guhdarî { $level }
cli-cefr-reading = xwendin { $level }
cli-cefr-spoken-interaction = axaftina bi yên din re { $level }
cli-cefr-spoken-production = axaftin { $level }
cli-cefr-writing = nivîsandin { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet li vir “{ $arg }” nas nake.
cli-error-unknown-command = Fermanek bi navê “{ $command }” tune.
cli-error-invalid-value = “{ $value }” ji bo { $arg } nayê bikaranîn.
cli-error-missing-value = { $arg } pêwîstî nirxekê li pey xwe ye.
cli-error-valid-values = Tu dikarî van bi kar bînî: { $values }
cli-error-missing-argument = Tiştek kêm e: { $arg }
cli-error-missing-command = Bêje ka Carnet piştî “{ $command }” çi bike.
cli-error-valid-commands = Ferman ev in: { $commands }
cli-error-conflict = { $arg } bi { $other } re bi hev re nayê bikaranîn.
cli-error-no-equals = { $arg } bi nîşana wekheviyê (=) û nirxê yekser li pey wê binivîse.
cli-error-too-many-values = { $arg } nirxên kêmtir digire. “{ $value }” yek zêde ye.
cli-error-wrong-number-of-values = Hejmara nirxên { $arg } şaş e.
cli-error-invalid-utf8 = Carnet nikare hin tîpên ku te nivîsîn bixwîne. Dîsa binivîse.
cli-error-did-you-mean = Mebesta te { $suggestion } bû?
cli-error-usage = Carnet ji vê fermanê fêm nekir.
cli-error-usage-hint = Binivîse { $command } --help da ku bibînî tu dikarî çi binivîsî.
cli-error-set-format = “{ $value }” ne guhertinek e. FIELD=VALUE binivîse, mînak --set level=advanced
cli-error-nothing-to-change = Tiştek ji bo guhertinê tune. Herî kêm vebijarkekê bide, mînak --name "Your name".

cli-error-passphrase-unavailable = Carnet pêwîstî şîfreyê ye lê li vir nikare wê bipirse. Carnet di termînalekê de bixebitîne, an { $variable } saz bike.
cli-error-passphrase-mismatch = Her du şîfre ne wek hev in. Tiştek nehat guhertin. Ji kerema xwe dîsa biceribîne.
cli-error-read-file = Carnet nikare pelê { $path } bixwîne. Navê pelê û peldankê kontrol bike, paşê dîsa biceribîne.
cli-error-no-data-dir = Carnet nikare peldankekê ji bo deftera te bibîne. Bi --data-dir yekê hilbijêre, mînak --data-dir ./carnet
cli-error-output = Carnet nikarî bersiva xwe binivîse. Kontrol bike ku dîsk ne tije ye, paşê dîsa biceribîne.
cli-error-details = Hûrgulî ji bo alîkarekî: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Ji bo çêkirina yekê, binivîse: carnet init
cli-hint-already-exists = Ji bo dîtina tiştên tê de, binivîse: carnet list. Ji bo defterek duyemîn, bi --data-dir peldankeke din hilbijêre.
cli-hint-not-found = Ji bo dîtina nasnameyan, binivîse: carnet list
cli-hint-ambiguous-id = Ji bo dîtina nasnameyan, binivîse: carnet list
cli-hint-import-format = Pelekî ku bi vê hatiye çêkirin hilbijêre: carnet export --format json
cli-hint-invalid-field = Ji bo lîsteya qadan, binivîse: carnet edit --help

## carnet sync

cli-sync-phase-sending = Tê şandin
cli-sync-phase-receiving = Tê wergirtin
cli-sync-phase-photos = Wêne
cli-sync-done = Bi { $hub } re hat hevdemkirin.
cli-sync-changes = { $sent ->
    [one] 1 guhertin hat şandin
   *[other] { $sent } guhertin hatin şandin
}, { $received ->
    [one] 1 guhertin hat wergirtin.
   *[other] { $received } guhertin hatin wergirtin.
}
cli-sync-photos = { $sent ->
    [one] 1 wêne hat şandin
   *[other] { $sent } wêne hatin şandin
}, { $received ->
    [one] 1 wêne hat wergirtin.
   *[other] { $received } wêne hatin wergirtin.
}
cli-sync-bytes = Daneyên hatine bikaranîn: { $up } KB şandin, { $down } KB wergirtin.
cli-sync-retry = Dîsa tê ceribandin piştî { $seconds ->
    [one] 1 çirkeyê.
   *[other] { $seconds } çirkeyan.
}
cli-sync-status-hub = Server: { $hub }
cli-sync-status-last = Hevdemkirina dawî: { $when }
cli-sync-status-pending = { $count ->
    [0] Tu guhertin li bendê nînin.
    [one] 1 guhertin li benda şandinê ye.
   *[other] { $count } guhertin li benda şandinê ne.
}
cli-sync-no-hub = hîn tune
cli-sync-never = qet
cli-hint-sync-no-hub = Ji bo sazkirinê, binivîse: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Guhertinên te têne parastin. Ji bo paşê dîsa ceribandinê, binivîse: carnet sync

## carnet pair

cli-pair-show-scan = Vê kodê bi cîhaza xwe ya nû bişopîne, an nivîsa li jêr li wir binivîse.
cli-pair-show-expires = Kod 10 deqîqeyan dixebite.
cli-pair-show-request = Cîhaza “{ $name }” deftera te dixwaze. Koda wê { $fingerprint } e.
cli-pair-show-ask = Ma cîhaza te ya nû heman kodê nîşan dide? Ji bo destûrdanê erê binivîse, an na.
cli-pair-yes = erê
cli-pair-show-approved = Êdî deftera te li ba “{ $name }” heye.
cli-pair-show-refused = Te got na. Tiştek negihîşt “{ $name }”.
cli-pair-default-name = Cîhaza nû
cli-pair-join-check = Divê cîhaza te ya din vê kodê nîşan bide: { $fingerprint }. Li wir destûrê bide.
cli-pair-join-done = { $count ->
    [one] Êdî deftera te li ser vê cîhazê ye, bi 1 tomarê.
   *[other] Êdî deftera te li ser vê cîhazê ye, bi { $count } tomaran.
}

## carnet devices

cli-devices-none = Hîn tu cîhazê ev defter hevdem nekiriye.
cli-devices-line = { $id }  { $name }  (ji { $added })
cli-devices-this = ← ev cîhaz
cli-devices-removed = (di { $when } de hat rakirin)
cli-devices-removed-done = “{ $name }” hat rakirin. Êdî kilîteke nû ya deftera te heye, ku li ba wê cîhazê nîne.
cli-devices-new-sheet = Kilîta kevn li ser pelê te yê vegerandinê ye. Niha yekî nû çap bike û yê kevn tune bike: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Pelê vegerandinê çap bike: bi wî û şîfreya xwe, heke tu vê telefonê winda bikî, tu dikarî deftera xwe li ser telefoneke nû vegerînî.
cli-cmd-recover = Li ser cîhazeke nû: deftera xwe bi pelê vegerandinê û şîfreya xwe vegerîne.
cli-arg-recovery-out = Pelê ku pel lê were nivîsandin. Divê bi .png an .pdf biqede.
cli-arg-recover-sheet = Wêneyek an skanek ji pelê te yê vegerandinê (PNG an JPEG). Carnet koda wê ya çargoşe dixwîne.
cli-arg-recover-words = 12 peyvên pelê te yê vegerandinê, bi rêzê, di nav dunikan de. --hub jî bide.
cli-arg-recover-hub = Navnîşana serverê ya li ser pelê te yê vegerandinê çapkirî, mînak http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet dikare pelê wek pelekî .png an .pdf binivîse, ne wek “{ $path }”.
cli-recovery-sheet-done = Pelê te yê vegerandinê li { $path } e. Çap bike û kaxezê li cihekî ewle, dûrî telefona xwe, biparêze.
cli-recovery-sheet-english = Pel bi Îngilîzî ye: Carnet hîn nikare tîpên zimanê te bi rastî li ser binivîse.
cli-recovery-sheet-replaced = Her pelê ku te berê çap kiribe êdî naxebite. Wî tune bike.
cli-recover-done = { $count ->
    [one] Deftera te vegeriya ser vê cîhazê: { $count } tomar.
   *[other] Deftera te vegeriya ser vê cîhazê: { $count } tomar.
}
cli-passphrase-sheet-updated = Pelê te yê vegerandinê hîn dixebite, bi şîfreya te ya nû.
cli-passphrase-sheet-not-updated = Pelê te yê vegerandinê li serverê nehat nûkirin. Heta ku tu yekî nû çap bikî, şîfreya te ya kevn pêwîst e. Dema ku tu girêdayî bî, pelekî nû çap bike: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Pelê vegerandinê yê Carnet
cli-sheet-made = Di { $date } de hat çêkirin
cli-sheet-hub = Server: { $hub }
cli-sheet-words = 12 peyvên te
cli-sheet-instructions =
    Vê kaxezê biparêze. Bi wê û şîfreya xwe tu dikarî deftera xwe li ser telefoneke nû vegerînî:
    1. Carnet li ser telefona nû saz bike û vegerandina defterê hilbijêre.
    2. Koda çargoşe bişopîne, an 12 peyvan û navnîşana serverê binivîse.
    3. Şîfreya xwe binivîse. Defter ji serverê vedigere.
    Li ser kompîterê: carnet recover --sheet photo.jpg
cli-sheet-warning = Ev kaxez bi tenê deftera te venake: şîfreya te jî pêwîst e. Wan bi hev re nehêle. Heke tu pelekî nû çap bikî, ev yek êdî naxebite.
