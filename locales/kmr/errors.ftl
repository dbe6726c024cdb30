# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Şîfre ne rast e. Kontrol bike û dîsa biceribîne. Tîpên mezin û piçûk ferq dikin.
error-too-many-attempts = { $minutes ->
    [one] Gelek şîfreyên şaş. 1 deqîqe li bendê be, paşê dîsa biceribîne.
   *[other] Gelek şîfreyên şaş. { $minutes } deqîqe li bendê be, paşê dîsa biceribîne.
}
error-passphrase-too-short = Ev şîfre pir kurt e. Herî kêm { $min } tîpan bi kar bîne.

## The logbook files

error-no-logbook = Hîn di vê peldankê de defter tune. Pêşî yekê çêke, an peldanka ku deftera te lê ye hilbijêre.
error-already-exists = Jixwe di vê peldankê de defterek heye. Tiştek nehat guhertin.
error-damaged-key-file = Kilîta deftera te xera bûye an winda ye, ji ber vê nayê vekirin. Kopiyekê ji paşkeftê vegerîne, an ji cîhazeke ku te bi vê re girê daye.
error-damaged-database = Deftera te xera bûye, ji ber vê nayê vekirin. Kopiyekê ji paşkeftê vegerîne, an ji cîhazeke ku te bi vê re girê daye.
error-too-new = { $what ->
    [export-file] Ev pel bi guhertoyeke nûtir a Carnet hatiye çêkirin. Carnet nû bike, paşê dîsa biceribîne.
    [taxonomy] Daneyên ESCO yên ku bi Carnet re hatine ji guhertoyeke nûtir a Carnet in. Carnet nû bike, paşê dîsa biceribîne.
   *[other] Deftera te bi guhertoyeke nûtir a Carnet hatiye tomarkirin. Carnet nû bike, paşê dîsa biceribîne.
}
error-disk-full = Dîsk tije ye. Tiştek winda nebû. Hinek cih vala bike, mînak bi jêbirina pelên kevn, paşê dîsa biceribîne.
error-io = Carnet nikarî pelên deftera te bixwîne an binivîse. Kontrol bike ku peldank heye û destûra te ya nivîsandinê tê de heye, paşê dîsa biceribîne.
error-internal = Di hundirê Carnet de tiştek xelet çû. Ev xeletiya Carnet e, ne ya te. Ji kerema xwe ji çêkerên Carnet re bêje.

## Entries

error-not-found = Tu tomar nasnameya “{ $id }” nîne. Nasnameyê kontrol bike û dîsa biceribîne.
error-ambiguous-id = Ji yekê zêdetir tomar bi “{ $id }” dest pê dikin. Bêtir ji nasnameyê binivîse.

## Values the person typed

error-invalid-kind = “{ $value }” ne cureyekî tomarê ye. skill, qualification, experience, language an learning bi kar bîne.
error-invalid-date = “{ $value }” ne dîrok e. Sal (2019), meh (2019-05) an roj (2019-05-14) binivîse.
error-invalid-level = { $kind ->
    [language] “{ $value }” ne asta zimanî ye. A1, A2, B1, B2, C1 an C2 bi kar bîne.
    [qualification] “{ $value }” ne asteke bawernameyê ye. Hejmarek ji 1 heta 8 bi kar bîne (EQF).
    [learning] “{ $value }” ne asteke kursê ye. Hejmarek ji 1 heta 8 bi kar bîne (EQF).
    [eqf] “{ $value }” ne asta EQF e. Hejmarek ji 1 heta 8 bi kar bîne.
   *[other] “{ $value }” ne ast e. basic, intermediate, advanced an expert bi kar bîne.
}
error-invalid-country = “{ $value }” ne koda welat e. Du tîpan bi kar bîne, mînak SY, AF, ER an DE.
error-invalid-language = “{ $value }” ne koda ziman e. Kodeke kurt bi kar bîne, mînak ar, fa-AF an en.
error-invalid-esco = “{ $value }” ne navnîşana ESCO ye. Bi http://data.europa.eu/esco/ dest pê dike
error-invalid-isco = “{ $value }” ne koda karê ISCO-08 e. 1 heta 4 hejmaran bi kar bîne, mînak 7212.
error-invalid-proficiency = “{ $value }” ne ast e. basic, intermediate, advanced an expert bi kar bîne.
error-invalid-context = “{ $value }” ne awayekî fêrbûnê ye. formal, non-formal an informal bi kar bîne.
error-invalid-stage = “{ $value }” ne qonax e. recruitment, pre-departure, arrival, career an return bi kar bîne.
error-invalid-field = “{ $value }” ne tiştek e ku tu dikarî biguherînî. Yekî ji van bi kar bîne: { $expected }.
error-empty-field = { $field ->
    [title] Sernav vala ye. Sernavekî kurt binivîse.
   *[other] { $field } vala ye. Tiştekî tê de binivîse.
}
error-date-order = Dîroka dawiyê { $to } beriya dîroka destpêkê { $from } e. Her du dîrokan kontrol bike.
error-import-format = Ev pel ne pelekî derxistî yê Carnet e, ji ber vê nayê xwendin. Pelekî ku Carnet derxistiye hilbijêre.

## Photos

error-evidence-not-an-image = Ev pel ne wêne ye. Carnet wêneyên JPEG, PNG û WebP qebûl dike.
error-evidence-unsupported-format = Ev wêneyekî { $format } e, û Carnet nikare wî bi kar bîne. Wek JPEG, PNG an WebP tomar bike, paşê dîsa biceribîne.
error-evidence-damaged = Wêne xera bûye an ne temam e. Wêneyê dîsa bikişîne an hilbijêre.
error-evidence-too-large = Wêne pir mezin e ({ $width } × { $height } pîksel). Wêneyê bi kalîteyeke nizmtir bikişîne, an kopiyeke piçûktir hilbijêre.
error-evidence-file-too-big = Pel pir mezin e ({ $megabytes } MB). Sînor 32 MB e. Pelekî piçûktir hilbijêre.
error-evidence-encode-failed = Carnet nikarî wêneyê tomar bike. Ji kerema xwe dîsa biceribîne. Heke dîsa bibe, ji kerema xwe ji çêkerên Carnet re bêje.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” ne navnîşana serverê ye. Navnîşana serverê wek http://192.168.1.10:8470 xuya dike. Ji navendê bixwaze.
error-sync-no-hub = Hîn ji bo vê defterê tu server nehatiye sazkirin. Navnîşana servera wan ji navendê bixwaze.
error-sync-unreachable = Carnet nikare bigihîje servera li { $url }. Deftera te li ser vê cîhazê ewle ye. Dema ku tu bi tora navendê ve girêdayî bî, dîsa biceribîne.
error-sync-refused = Server vê cîhazê ji bo vê defterê qebûl nake. Heke te ev cîhaz ji deftera xwe rakiribe, ev tê hêvîkirin. Wekî din, ji navendê bipirse.
error-sync-unknown-logbook = Hîn kopiyeke vê defterê li ser serverê tune. Pêşî cîhaza ku deftera te li ba wê ye hevdem bike, paşê dîsa biceribîne.
error-sync-rate-limited = Server mijûl e. { $seconds } çirkeyan li bendê be, paşê dîsa biceribîne. Deftera te li ser vê cîhazê ewle ye.
error-sync-hub-full = Li ser serverê ji bo deftera te cih nemaye. Deftera te li ser vê cîhazê ewle ye. Ji navendê bipirse.
error-sync-hub-error = Pirsgirêkek li serverê çêbû ({ $status } { $code }). Deftera te li ser vê cîhazê ewle ye. Paşê dîsa biceribîne, an ji navendê bipirse.
error-sync-protocol = Server tiştek şand ku ev guhertoya Carnet nikare bixwîne. Deftera te li ser vê cîhazê ewle ye. Carnet nû bike, an ji navendê bipirse.
error-sync-forged = Server guhertinek şand ku xera bûye an ji aliyê kesekî ve hatiye guhertin. Carnet ew bi kar neanî, û deftera te nehat guhertin. Ji navendê re bêje.
error-sync-incomplete = Server hemû guhertinên ku diviyabû bişanda neşandin. Carnet ew bi kar neanîn, û deftera te nehat guhertin. Paşê dîsa biceribîne, an ji navendê re bêje.
error-sync-unknown-epoch = Kilîta herî nû ya deftera te li ba vê cîhazê nîne, ji ber vê nikare tiştê li ser serverê bixwîne. Heke te ev cîhaz rakiribe, ev tê hêvîkirin. Wekî din, dîsa girê bide.
error-sync-rolled-back = Server hin dane winda kirine. Deftera te li ser vê cîhazê temam e û nehat guhertin. Ji navendê re bêje.
error-sync-pairing-code = Ev ne koda girêdanê ye, an beşek jê kêm e. Kodê dîsa li ser cîhaza xwe ya din nîşan bide, û hemûyê bişopîne an binivîse.
error-sync-pairing-expired = Ev koda girêdanê pir kevn e. Li ser cîhaza xwe ya din kodeke nû nîşan bide.
error-sync-pairing-taken = Cîhazeke din jixwe bersiva vê koda girêdanê daye. Tiştek nehat parvekirin. Li ser cîhaza xwe ya din kodeke nû nîşan bide û dîsa biceribîne.
error-sync-pairing-refused = Cîhaza te ya din ji vê girêdanê re got na. Tiştek nehat parvekirin.
error-sync-remove-self = Ev cîhaza ku tu bi kar tînî ye. Ji bo rakirinê, wê ji cîhazeke xwe ya din bike.
error-sync-cancelled = Te dev ji benda cîhaza din berda. Tiştek nehat parvekirin. Dema ku her du cîhaz amade bin, dîsa dest pê bike.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Ev ne koda çargoşe ya pelê vegerandinê yê Carnet e, an Carnet nikarî hemûyê bixwîne. Wêneyekî zelaltir ê tevahiya kodê bikişîne, an 12 peyvan binivîse.
error-sync-recovery-words = { $problem ->
    [count] Pelê vegerandinê 12 peyv hene; te { $position } dan. Hemû 12an binivîse, bi rêzê.
    [unknown] Peyva { $position } ne peyveke pelên vegerandinê ye. Rastnivîsa wê li ser pelê kontrol bike.
   *[other] Peyv li hev nayên: yek ji wan şaş e, an du cihê xwe guhertine. Her peyvê li ser pelê kontrol bike.
}
error-sync-recovery-no-box = Ji bo vî pelê vegerandinê tiştek li ser serverê tune. Dibe ku pelekî nûtir cihê wî girtibe, an pel ji bo serverekî din be. Pelê xwe yê herî nû bi kar bîne.
error-sheet-write = Carnet nikarî pelê li { $path } binivîse. Peldank û cihê vala kontrol bike. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet nikare pelê xwe yê daneyên ESCO bibîne ({ $path }). Carnet dîsa saz bike.
error-taxonomy-damaged = Pelê daneyên ESCO yê Carnet xera bûye ({ $reason }). Carnet dîsa saz bike.
error-unknown-concept = Tu jêhatî an pîşeya ESCO bi navê “{ $concept }” tune. Navnîşana wê bi carnet esco search bibîne.
error-not-an-occupation = “{ $concept }” jêhatîyeke ESCO ye, ne pîşe. Pîşeyê bi carnet esco search --kind occupation bibîne.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet di vî wêneyî de tu koda çargoşe nedît. Wêneyekî zelaltir ê tevahiya kodê bikişîne, an li şûna wê kodê binivîse.
error-save-file = Carnet nikarî pelê li { $path } tomar bike. Cihê vala kontrol bike. ({ $reason })

## Voice notes

error-evidence-not-audio = Ev pel ne tomareke dengî ye. Carnet pelên dengî yên WebM, Ogg, MP4, M4A, AAC, MP3 û WAV qebûl dike.
error-evidence-audio-is-video = Ev pel vîdyo ye. Carnet tenê deng diparêze. Notek dengî tomar bike, an pelekî dengî hilbijêre.
error-evidence-audio-too-big = Pelê dengî pir mezin e ({ $megabytes } MB). Sînor 5 MB e. Notek dengî ya kurttir tomar bike.
error-evidence-audio-damaged = Pelê dengî xera bûye an ne temam e. Dîsa tomar bike an hilbijêre.
error-evidence-not-evidence = Ev pel ne wêne û ne jî tomareke dengî ye. Carnet wêne (JPEG, PNG, WebP) û pelên dengî (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) qebûl dike.
error-microphone-denied = Destûra Carnet tune ku mîkrofonê bi kar bîne. Di mîhengên telefona xwe de destûrê bide, an pelekî dengî pêve bike.
error-microphone-failed = Carnet nikarî tomar bike. Dîsa biceribîne, an pelekî dengî pêve bike.
error-recording-empty = Tiştek nehat tomarkirin. Dîsa biceribîne û piştî ku li bişkojê xist biaxive.
error-evidence-missing = Ev wêne an nota dengî hîn li ser vê cîhazê nîne ({ $sha }). Hevdem bike da ku bigihîje te.
