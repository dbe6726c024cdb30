# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Pelekî çêke ku ji perwerdekar, kardêr an navendekê dixwaze tomaran bipejirîne.
    .long = Daxwazekê çêke ku ji perwerdekar, kardêr, navend, kolej an hevkarekî dixwaze hin tomarên te bipejirîne (endorse): pelek, koda QR (navekî ku bi .png an .svg diqede) ji bo nîşandana li ser telefona xwe an çapkirinê, an bi --text nivîsek ji bo şandinê di peyamekê de. Bide wan. Ew îmze dikin û pelekî belgeyê didin te, ku tu bi vê diparêzî: carnet receive
cli-cmd-holder-receive = Belgeyeke ku perwerdekar, kardêr an navendekê ji bo te îmze kiriye biparêze.
cli-cmd-holder-credentials = Belgeyên ku tu diparêzî rêz bike, tomar bi tomar. Her weha: carnet wallet
cli-cmd-holder-present = Tomarên hilbijartî wek koda QR ya yekane nîşan bide ku her kes bêyî înternetê dikare kontrol bike.
    .long = Tomarên hilbijartî wek koda QR ya yekane nîşan bide ku her kes bêyî înternetê dikare kontrol bike. Tomarên pejirandî bi navê kesê ku pejirandiye tên nîşandan; tomarên ku bi --self-declared hatine dayîn wek tenê gotina te tên nîşandan. Li ser ekranê kod 24 saetan dixebite; bi --print, 5 salan.
cli-cmd-holder-export = Tomareke pejirandî wek W3C Verifiable Credential (Open Badges 3.0) ji bo bernameyên din binivîse.
    .long = Tomareke pejirandî wek W3C Verifiable Credential 2.0 (nîşaneke Open Badges 3.0) binivîse, ji aliyê kesê ku pejirandiye ve îmzekirî, da ku cizdan û bernameyên din bikarin kontrol bikin. Bêyî --out li ser ekranê tê nivîsandin.

## Help: arguments

cli-arg-holder-request-ids = Tomarên ku werin pejirandin: nasnameyên wan, an 4 tîpên pêşîn an zêdetir ên her yekê. Ji bo dîtina nasnameyan, binivîse: carnet list
cli-arg-holder-request-out = Daxwaz li ku were nivîsandin: navekî ku bi .png an .svg diqede wêneyekî koda QR çêdike; her navekî din, wek request.cbor, pelek.
cli-arg-holder-request-text = Nivîsa daxwazê (bi CNR1: dest pê dike) li ser ekranê binivîse, da ku wek peyam bişînî.
cli-arg-holder-receive-file = Pelê belgeyê yê ku ji te re hatiye dayîn, mînak credential.cbor.
cli-arg-holder-present-select = Tomarên pejirandî yên ku werin nîşandan: nasnameyên wan, an 4 tîpên pêşîn an zêdetir ên her yekê.
cli-arg-holder-present-fields = Tenê van beşên her tomarê nîşan bide, bi bêhnok ji hev veqetandî, mînak title,level. Yên din veşartî dimînin. Beş ev in: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Bêyî vê, her tişt tê nîşandan.
cli-arg-holder-present-self-declared = Tomarên ku wek tenê gotina te werin nîşandan, ji aliyê kesî ve nehatine pejirandin.
cli-arg-holder-present-stage = Tu ji bo çi nîşan didî: recruitment, pre-departure, arrival, career an return. Bêyî vê: recruitment.
cli-arg-holder-present-audience = Tu nîşanî kê didî, heke wan xwestibe ku tu navê wan bidî, mînak navê ajansekê.
cli-arg-holder-present-nonce = Koda ku kesê kontrolker dayî te, heke dabe (tîpên 0-9 û a-f).
cli-arg-holder-present-print = Ji bo kaxezê çêke: kod li hember xêzik û qatkirinê baştir radiweste, û li şûna 24 saetan 5 salan dixebite.
cli-arg-holder-present-out = Wêneyê ku were nivîsandin: navekî ku bi .png an .svg diqede.
cli-arg-holder-present-text = Nivîsa hundirê koda QR jî binivîse, da ku wek peyam bişînî.
cli-arg-holder-export-id = Tomara pejirandî: nasnameya wê, an 4 tîpên pêşîn an zêdetir.
cli-arg-holder-export-format = Forma ku were nivîsandin. Tenê: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Li şûna JSON bi delîl, wek tokeneke îmzekirî (VC-JWT) binivîse.
cli-arg-holder-export-out = Pelê ku were nivîsandin, mînak badge.json an badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Ev daxwaz dixwaze 1 tomar were pejirandin.
       *[other] Ev daxwaz dixwaze { $count } tomar werin pejirandin.
    } Kesê ku dipejirîne dê van beşên her yekê bibîne:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Daxwaz li { $path } hat nivîsandin.
holder-request-next = Pelê bide kesê ku dipejirîne. Dema ku wan pelekî belgeyê da te, binivîse: carnet receive FILE
holder-receive-done = Hat hilanîn: ji aliyê { $issuer }, { $kind }, { $country } hat pejirandin. Wan çawa kontrol kir: { $assessed }.
holder-validity-until = Di { $issued } de hat dayîn. Heta { $expires } derbasdar e.
holder-validity-open = Di { $issued } de hat dayîn. Dîroka dawiyê tune.
holder-wallet-empty = Hîn belgeyên te tune. Ji bo xwestina yekê, binivîse: carnet request ID --out request.cbor
holder-wallet-damaged = Belgeyek ku êdî nayê xwendin. Ji kesê ku dayî te yeke nû bixwaze.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): dayîn { $issued }, derbasdar heta { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): dayîn { $issued }, bê dîroka dawiyê
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): dayîn { $issued }, di { $expires } de qediya
holder-present-nothing = Bêje çi were nîşandan: --select ID ji bo tomarên pejirandî, --self-declared ID ji bo yên din.
holder-present-done = Koda QR li { $path } hat nivîsandin: { $endorsed } pejirandî, { $declared } gotina te.
holder-present-size = Mezinahî: guhertoya QR { $version }, asta { $ec }, { $chars } tîp.
holder-present-expires = Heta { $when } dikare were kontrolkirin ({ $hours } saet).
holder-present-by-kid = Ji bo ku cih bibe, navê îmzekeran bi şopeke kurt hatiye dayîn. Kontrolker tenê dizane ew kî ne heke ew di lîsteya wî ya îmzekerên ewle de bin.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = perwerdekarek
holder-issuer-kind-employer = kardêrek
holder-issuer-kind-centre = navendek
holder-issuer-kind-college = kolejek
holder-issuer-kind-colleague = hevkarek (kesek ku bi te re xebitiye, ne saziyek)

## How they checked

holder-assessed-observation = wan li xebata te temaşe kir
holder-assessed-test = ceribandinek
holder-assessed-document = wan belgeyek kontrol kir
holder-assessed-interview = hevpeyvînek

## Errors

error-holder-no-key = Kilîta vê defterê ji bo îmzekirina belgeyan tune. Tiştek nehat guhertin. Ji kerema xwe vê pirsgirêkê ragihîne.
error-holder-write-file = Pelê { $path } nehat nivîsandin: { $reason }. Kontrol bike ku peldank heye û cihê vala heye, paşê dîsa biceribîne.
error-holder-entry-unfit = Tomara "{ $title }" nikare bikeve belgeyekê: { $field } ya wê pir dirêj e an ne di forma rast de ye. Bi carnet edit biguherîne, paşê dîsa biceribîne.
error-holder-unknown-field = "{ $value }" ne beşek ji tomarê ye ku dikare were nîşandan. Beş ev in: { $known }.
error-holder-credential-no-entries = Belgeya { $path } nabêje kîjan ji tomarên te dipejirîne. Tiştek nehat hilanîn. Yeke nû bixwaze ku ji pelê daxwazê hatibe çêkirin: carnet request
error-holder-credential-entry-gone = Belgeya { $path } tomarekê dipejirîne ku êdî ne di deftera te de ye ({ $id }). Tiştek nehat hilanîn. Heke te ew li ser vê cîhazê jê biribe, ji kopiyeke defterê zêde bike, paşê dîsa biceribîne.
error-holder-credential-damaged = Belgeya tomara "{ $title }" êdî nayê xwendin. Ji kesê ku pejirandiye yeke nû bixwaze.
error-holder-not-endorsed = Tomara "{ $title }" hîn ji aliyê kesî ve nehatiye pejirandin. Bi --self-declared nîşan bide, an pejirandinê bixwaze: carnet request
error-holder-selected-twice = Tomara "{ $title }" hem bi --select hem bi --self-declared hatiye dayîn. Carekê bide.
error-holder-bad-stage = "{ $value }" ne qonaxek e. Qonax ev in: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Temaşevan divê 1 heta 100 tîp be, li ser rêzekê.
error-holder-bad-nonce = "{ $value }" ne kodeke ji kesê kontrolker e: divê 2 heta 128 tîpên 0-9 û a-f be.
error-holder-bad-out = Divê navê wêneyê { $path } bi .png an .svg biqede.
error-holder-no-vc = Pejirandina "{ $title }" ji aliyê { $issuer } beriya ku Carnet bikare wê wek belgeya W3C binivîse hatiye kirin, û tenê ew dikarin yekê îmze bikin. Ji wan bixwaze ku dîsa bipejirînin: daxwazeke nû çêke (carnet request ID --out request.cbor), bide wan, û pelê ku ew vedigerînin biparêze (carnet receive FILE).
