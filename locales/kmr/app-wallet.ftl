# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Pejirandinên min
app-present = Jêhatîyên min nîşan bide
app-verify = Kodekê kontrol bike

## Wallet

app-wallet-title = Pejirandinên min
app-wallet-intro = Ev ew jêhatî ne ku kesekî ji bo te îmze kirine. Tu dikarî wan bi koda QR nîşan bidî.
app-wallet-empty = Hîn kesî jêhatîyek ji bo te îmze nekiriye. Ji perwerdekarekî, kardêrekî an navendekê bixwaze ku tiştê tu dikarî bikî bipejirîne.
app-wallet-by = Îmzekirî ji aliyê { $name } ({ $kind }, { $country })
app-wallet-issued = Di { $date } de hat îmzekirin
app-wallet-expires = Derbasdar heta { $date }
app-wallet-expired = Di { $date } de qediya
app-wallet-no-expiry = Naqede
app-wallet-damaged = Ev pejirandin xera bûye û nayê nîşandan. Ji kesê ku îmze kiriye yeke nû bixwaze.
app-standing-valid = Kontrolkirî: ji aliyê kesekî di lîsteya te ya baweriyê de hatiye îmzekirin
app-standing-unknown-issuer = Îmzekirî ye, lê îmzeker ne di lîsteya te ya baweriyê de ye
app-standing-expired = Dema wê derbas bûye
app-standing-revoked = Îmzeker paşve kişandiye
app-standing-malformed = Xera bûye

## Present: choosing what to show

app-present-title = Jêhatîyên min nîşan bide
app-present-endorsed = Ji aliyê kesekî ve îmzekirî
app-present-self = Tenê min gotiye
app-present-self-hint = Kontrolker van wek gotina te dibîne, ne wek îmzekirî.
app-present-details = Ji her yekê çi were nîşandan
app-present-details-all = Her tişt
app-present-details-short = Tenê nav û ast
app-present-stage = Ji bo kê ye?
app-present-print = Ji bo çapkirina li ser kaxezê (5 salan derbasdar e)
app-present-make = Koda QR nîşan bide
app-present-none = Herî kêm tiştekî ji bo nîşandanê hilbijêre.
app-present-nothing-yet = Deftera te vala ye. Pêşî tiştekî zêde bike.

## Present: the QR code

app-qr-title = Bila vê kodê bişopînin
app-qr-expires = Ev kod heta { $date } dixebite.
app-qr-preview = Tiştê ku kontrolker dê bibîne
app-qr-preview-hide = Tiştê ku kontrolker dibîne veşêre
app-qr-done = Qediya
app-qr-preview-note = Ev e tiştê ku kontrolkerek bi heman lîsteyên baweriyê yên vê telefonê dê bibîne.

## Verify

app-verify-title = Kodekê kontrol bike
app-verify-intro = Wêneyekî koda QR ya Carnet bikişîne an hilbijêre. Tiştek ji tu derî re nayê şandin: kontrol li ser vê cîhazê çêdibe.
app-verify-picture = Wêneyekî bikişîne an hilbijêre
app-verify-text = An nivîsa kodê bizeliqîne (bi CN1: dest pê dike)
app-verify-check = Kontrol bike
app-verify-checking = Tê kontrolkirin…
app-verify-again = Kodeke din kontrol bike

## The verdict

app-verdict-title = Encam
app-verdict-made = Ji bo { $stage } di { $date } de hat çêkirin.
app-verdict-expires = Kod heta { $date } dixebite.
app-verdict-newer = Ev kod bi Carnet-eke nûtir hatiye çêkirin. Ji bo kontrolkirinê Carnet nû bike.
app-item-endorsed = Îmzekirî
app-item-self = Gotina wan bi xwe
app-item-assessed = Bi { $how } hatiye kontrolkirin
app-item-hidden = { $count ->
    [one] 1 hûrgulî ji aliyê kesê ve hatiye veşartin.
   *[other] { $count } hûrgulî ji aliyê kesê ve hatine veşartin.
}

## Errors of these screens

error-wallet-no-key = Kilîta vê defterê ji bo îmzekirinê tune. Tiştek nehat nîşandan. Ji kerema xwe vê pirsgirêkê ragihîne.
error-wallet-not-endorsed = “{ $title }” hîn ji aliyê kesî ve nehatiye îmzekirin. Wek “tenê min gotiye” nîşan bide, an ji kesekî bixwaze ku bipejirîne.
error-wallet-credential-damaged = Pejirandina “{ $title }” xera bûye. Wek “tenê min gotiye” nîşan bide, an yeke nû bixwaze.
error-wallet-entry-unfit = “{ $title }” nikare bikeve kodekê: { $field } ya wê pir dirêj e an ne di forma rast de ye. Tomarê biguherîne, paşê dîsa biceribîne.
error-wallet-selected-twice = “{ $title }” du caran hatiye hilbijartin. Carekê hilbijêre.
error-wallet-nothing-chosen = Herî kêm tiştekî ji bo nîşandanê hilbijêre.
error-wallet-too-large = Ev ji bo koda QR ya yekane pir zêde ye ({ $chars } tîp). Tiştên kêmtir hilbijêre, an tenê nav û ast nîşan bide.
error-wallet-credential = Kod nehat çêkirin. Tiştek nehat nîşandan. Ji kerema xwe vê pirsgirêkê ragihîne. (Ji bo alîkarekî: { $reason })
error-wallet-no-code = Di vî wêneyî de tu koda QR ya Carnet nehat dîtin. Wêneyê dîsa bikişîne, nêzîktir û zelaltir, bi tevahiya kodê re.
error-wallet-not-a-picture = Ev pel ne wêneyek e ku Carnet bikare bixwîne. Wêneyekî bi kar bîne (JPEG an PNG).
error-wallet-picture-too-large = Wêne pir mezin e ({ $width } × { $height } pîksel). Yekî piçûktir bikişîne û dîsa biceribîne.
error-wallet-got-request = Ev daxwazeke îmzekirina jêhatîyên kesekî ye, ne kodeke ku jêhatîyan nîşan dide. Tiştek nehat kontrolkirin.
error-wallet-trust-damaged = Lîsteyên te yên baweriyê xera bûne an hatine guhertin. Dîsa wan bîne. Heta wê demê, tu îmzeker wek ewle nayê hesibandin.
error-wallet-trust-unreadable = Carnet nikarî lîsteyên te yên baweriyê li { $path } bixwîne. Kontrol bike ku cih li ser cîhazê heye. (Ji bo alîkarekî: { $reason })
error-wallet-not-yours = Ev pejirandin ji bo deftera kesekî din hatiye çêkirin, ne ya te. Tiştek nehat hilanîn. Piştrast be ku te pelê xwe wergirtiye.
error-wallet-bad-signature = Îmzeya li ser vî pelî li hev nayê: hatiye guhertin an xera bûye. Tiştek nehat hilanîn. Pelê dîsa bixwaze.
error-wallet-not-a-credential = Ev pel ne pejirandineke îmzekirî ya Carnet e. Tiştek nehat hilanîn. Ji kesê ku îmze kiriye pelê ku wî çêkiriye bixwaze.
error-wallet-too-many = Di carekê de herî zêde { $max } tiştan bixwaze. Kêmtir hilbijêre.
error-wallet-not-from-request = Ev pejirandin nabêje kîjan ji tomarên te dipejirîne. Tiştek nehat hilanîn. Yeke nû bixwaze, ku ji koda daxwaza te hatibe çêkirin.
error-wallet-entry-gone = Ev pejirandin tomareke dipejirîne ku êdî ne di deftera te de ye. Tiştek nehat hilanîn. Heke te ew rakiribe, ji kopiyekê dîsa zêde bike, paşê pejirandineke nû bixwaze.

## Asking for a signature, and keeping it

app-request = Îmzeyê bixwaze
app-request-title = Îmzeyê bixwaze
app-request-intro = Vê kodê nîşanî perwerdekar, kardêr an navenda ku dê tiştê tu dikarî bikî bipejirîne bide. Ew bi Carnet dişopînin û pelekî îmzekirî didin te.
app-request-key = Kilîta te: { $kid }. Kesê ku îmze dike heman kodê dibîne.
app-request-text = Heman kod wek nivîs, ji bo şandinê di peyamekê de
app-request-next = Dema ku te pelê îmzekirî wergirt, “Pejirandinên min” veke û li “Pelekî îmzekirî zêde bike” bixe.
app-receive = Pelekî îmzekirî zêde bike
app-received = Hat hilanîn: { $name } ({ $kind }) { $titles } îmze kir.
