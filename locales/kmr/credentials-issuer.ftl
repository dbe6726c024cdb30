# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Jêhatîyên kesên din îmze bike, wek perwerdekar, kardêr, navend, kolej an hevkar.
cli-cmd-issuer-init = Kilîta xwe ya îmzekirinê wek îmzeker çêke. Bi şîfreyê kilîtkirî ye.
cli-cmd-issuer-show = Nav, cure û kilîta giştî ya xwe ya îmzekeriyê nîşan bide. Şîfre ne pêwîst e.
cli-cmd-issuer-revoke = Belgeyeke ku te îmze kiriye paşve bikişîne, bi hejmara wê.
cli-cmd-issuer-status-list = Lîsteya îmzekirî ya belgeyên ku te paşve kişandine binivîse, da ku bidî kontrolkeran.
cli-cmd-endorse = Daxwazeke ku kesekî dayî te îmze bike, û belgeyê ji bo vegerandinê binivîse.
cli-cmd-trust = Hilbijêre ka tu ji îmzeyên kê bawer dikî dema ku koda QR kontrol dikî.
cli-cmd-trust-anchor = Lengerên baweriyê: tor an desthilatên ku kefîliya îmzekeran dikin.
cli-cmd-trust-anchor-init = Kilîteke îmzekirinê wek lengerê baweriyê çêke, da ku kefîliya îmzekeran bikî.
cli-cmd-trust-anchor-show = Nav û kilîta giştî ya lengerê xwe yê baweriyê nîşan bide.
cli-cmd-trust-anchor-add = Ji lîsteyên ku bi kilîta vî lengerê baweriyê hatine îmzekirin bawer bike.
cli-cmd-trust-bundle = Wek lengerê baweriyê, lîsteyeke îmzekerên ku tu kefîliya wan dikî îmze bike.
cli-cmd-trust-import = Lîsteyeke îmzekirî ya îmzekerên ewle ji pelekî zêde bike.
cli-cmd-trust-list = Îmzekerên ku tu jê bawer dikî nîşan bide, û her lîste çiqas kevn e.
cli-cmd-revocation = Lîsteyên belgeyên ku îmzekeran paşve kişandine.
cli-cmd-revocation-import = Lîsteya îmzekirî ya îmzekerekî ya belgeyên ku paşve kişandine zêde bike.
cli-cmd-verify = Koda QR ya Carnet kontrol bike: kê her jêhatî îmze kiriye, û ka hîn derbasdar e.

## Help: what to give

cli-arg-issuer-name = Navê te an navê saziya te, wek ku divê mirov bibînin.
cli-arg-issuer-country = Welatê te, bi du tîpan, wek KE an PT.
cli-arg-issuer-kind = Tu çi yî: trainer, employer, centre, college an colleague.
cli-arg-revoke-index = Hejmara belgeya ku were paşve kişandin.
cli-arg-cred-out = Pelê ku were nivîsandin.
cli-arg-endorse-request = Daxwaza ku kes dayî te: pel (request.cbor), wêneyek ji koda wê ya QR (PNG an JPEG), an pelekî nivîsê ku nivîs bi CNR1: dest pê dike
cli-arg-endorse-text = Nivîsa daxwazê, ku bi CNR1: dest pê dike, heke kes wek peyam şandibe. Li şûna pelekî.
cli-arg-endorse-assessed-by = Te jêhatî çawa kontrol kir: observation, test, document an interview.
cli-arg-endorse-expires = Roja dawî ya ku belge derbasdar e, wek 2027-05-14. Bêyî vê, naqede.
cli-arg-endorse-valid-days = Belge çend rojan derbasdar e, ji îro.
cli-arg-anchor-name = Navê lengerê baweriyê, wek ku divê mirov bibînin.
cli-arg-anchor-key = Kilîta giştî ya lengerê baweriyê: 64 tîp û hejmar.
cli-arg-bundle-issuer = Pelê îmzekerekî, ji carnet issuer show --json. Ji bo her îmzekerî carekê bide.
cli-arg-trust-file = Pelê lîsteya baweriyê (.cbor).
cli-arg-status-file = Pelê lîsteya îmzekerî (.cbor).
cli-arg-verify-image = Wêneyek ji koda QR: PNG, JPEG an WebP.
cli-arg-verify-text = Nivîsa koda QR, ku bi CN1: dest pê dike
cli-arg-verify-nonce = Hejmara ku te ji kesê xwest bixe nav kodê (hex).
cli-arg-verify-audience = Navê ku te ji kesê xwest bixe nav kodê.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Kilîta te ya îmzekeriyê ji bo { $name } amade ye. Şîfreya xwe biparêze: bêyî wê tu nikarî îmze bikî.
issuer-label-name = Nav:
issuer-label-country = Welat:
issuer-label-kind = Cure:
issuer-label-public-key = Kilîta giştî:
issuer-label-kid = Şopa kilîtê:
issuer-label-issued = Hejmarên dayî:
issuer-label-revoked = Paşve kişandî:
issuer-revoked = Belgeya hejmara { $index } paşve hat kişandin.
issuer-already-revoked = Belgeya hejmara { $index } jixwe paşve hatibû kişandin.
issuer-revoked-next-step = Kontrolker vê tenê ji lîsteya te ya pêş dibin: bi carnet issuer status-list --out list.cbor binivîse, paşê pelê bide wan.
issuer-status-list-written = { $count ->
    [one] Lîste li { $path } e. Navê 1 belgeya paşve kişandî dide.
   *[other] Lîste li { $path } e. Navê { $count } belgeyên paşve kişandî dide.
}

endorse-intro = { $count ->
    [one] Tu dê 1 tomar ji bo kesê bi kilîta { $holder } îmze bikî:
   *[other] Tu dê { $count } tomaran ji bo kesê bi kilîta { $holder } îmze bikî:
}
endorse-entry = { $title } ({ $kind }, asta { $level }, { $dates })
endorse-untitled = (bê sernav)
endorse-how-observation = Tu dibêjî te dît ku wan ew kir.
endorse-how-test = Tu dibêjî ew di ceribandinekê de derbas bûn.
endorse-how-document = Tu dibêjî te belgeyek kontrol kir.
endorse-how-interview = Tu dibêjî te di hevpeyvînekê de kontrol kir.
endorse-expires-on = Heta { $date } derbasdar e.
endorse-no-expiry = Naqede.
endorse-written = { $count ->
    [one] Hat îmzekirin. { $path } vegerîne kesê. Hejmara wê { $first } e.
   *[other] Hat îmzekirin. { $path } vegerîne kesê. Hejmarên wê { $first } heta { $last } in.
}

trust-anchor-added = Tu êdî ji lîsteyên ku { $name } îmze kirine bawer dikî (şopa kilîtê { $kid }).
trust-bundle-written = { $count ->
    [one] Lîsteya îmzekirî ya 1 îmzekerî li { $path } e.
   *[other] Lîsteya îmzekirî ya { $count } îmzekeran li { $path } e.
}
trust-imported = { $count ->
    [one] Lîsteyeke baweriyê ya 1 îmzekerî hat zêdekirin, di { $date } de hatiye çêkirin.
   *[other] Lîsteyeke baweriyê ya { $count } îmzekeran hat zêdekirin, di { $date } de hatiye çêkirin.
}
trust-list-empty = Tu hîn ji tu îmzekeran bawer nakî. Bi carnet trust import lîsteyeke baweriyê zêde bike.
trust-list-bundle = { $days ->
    [0] Lîsteya baweriyê ji { $anchor }, îro hatiye çêkirin ({ $date }):
    [one] Lîsteya baweriyê ji { $anchor }, 1 roj berê hatiye çêkirin ({ $date }):
   *[other] Lîsteya baweriyê ji { $anchor }, { $days } roj berê hatiye çêkirin ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, şopa kilîtê { $kid }
revocation-imported = { $count ->
    [one] Lîsteya { $name } hat zêdekirin, di { $date } de hatiye çêkirin: 1 belge paşve hatiye kişandin.
   *[other] Lîsteya { $name } hat zêdekirin, di { $date } de hatiye çêkirin: { $count } belge paşve hatine kişandin.
}

## Errors of these commands

error-issuer-exists = Jixwe di vê peldankê de kilîteke îmzekeriyê heye. Tiştek nehat guhertin.
error-no-issuer = Hîn di vê peldankê de kilîteke îmzekeriyê tune. Bi carnet issuer init yekê çêke.
error-issuer-damaged = Kilîta îmzekeriyê ya di vê peldankê de xera bûye an li gorî hûrguliyên xwe nayê. Kopiyekê ji paşkeftê vegerîne.
error-anchor-exists = Jixwe di vê peldankê de kilîteke lengerê baweriyê heye. Tiştek nehat guhertin.
error-no-anchor = Hîn di vê peldankê de kilîteke lengerê baweriyê tune. Bi carnet trust anchor init yekê çêke.
error-anchor-damaged = Kilîta lengerê baweriyê ya di vê peldankê de xera bûye an li gorî hûrguliyên xwe nayê. Kopiyekê ji paşkeftê vegerîne.
error-identity-too-new = Ev kilît bi Carnet-eke nûtir hatiye çêkirin. Ji bo bikaranînê Carnet nû bike.
error-storage-file = Carnet nikarî { $path } binivîse an bixwîne. Kontrol bike ku cih heye û destûra te ya nivîsandinê li wir heye. (Ji bo alîkarekî: { $reason })
error-file-too-big = { $path } ji bo pelekî Carnet gelek mezin e.
error-issuer-kind = “{ $value }” ne cureyekî îmzekeran e. trainer, employer, centre, college an colleague binivîse.
error-assessed-by = “{ $value }” ne awayekî kontrolê ye. observation, test, document an interview binivîse.
error-expires-date = “{ $value }” ne roj e. Wek sal-meh-roj binivîse, wek 2027-05-14.
error-expires-past = Roja dawiyê divê piştî îro be.
error-issuer-indexes-used-up = Vê kilîta îmzekeriyê hemû hejmarên xwe dane. Kilîteke îmzekeriyê ya nû çêke.
error-revoke-not-issued = Te belgeyek bi hejmara { $index } îmze nekiriye. Hejmarên te ji 0 heta kêmtir ji { $next } in.
error-anchor-name = Nav divê 1 heta 100 tîp be.
error-anchor-known = Tu jixwe ji vî lengerê baweriyê bawer dikî (şopa kilîtê { $kid }).
error-issuer-file = { $path } ne pelê îmzekerekî ye. Ji îmzeker encama carnet issuer show --json bixwaze.
error-trust-bundle-not-newer = Jixwe ev lîsteya baweriyê an yeke nûtir ji heman lengerê baweriyê li ba te heye. Tiştek nehat guhertin.
error-status-list-not-newer = Jixwe lîsteyeke nûtir ji vî îmzekerî li ba te heye. Tiştek nehat guhertin.
error-status-list-issuer-unknown = Ev lîste ji îmzekerekî ye ku tu hîn jê bawer nakî (şopa kilîtê { $kid }). Pêşî lîsteyeke baweriyê ya ku navê wî dide bîne.
error-verifier-damaged = Lîsteyên te yên baweriyê yên tomarkirî xera bûne an hatine guhertin. Dîsa wan bîne.
error-verify-nonce = “{ $value }” ne hejmareke hex e, wek 3fa9.
error-verify-got-request = Ev daxwazeke pejirandina tomarên kesekî ye (nivîsa wê bi CNR1: dest pê dike), ne kodeke ku jêhatîyan nîşan dide. Tiştek nehat kontrolkirin. Kesê ku dipejirîne bi vê îmze dike: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Ev kodeke ku jêhatîyên kesekî nîşan dide ye (nivîsa wê bi CN1: dest pê dike), ne daxwazeke pejirandina wan. Tiştek nehat îmzekirin. Ji bo kontrolkirinê, binivîse: carnet verify PICTURE, an carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Lîsteya baweriyê xera bûye an ne lîsteya baweriyê ye.
error-trust-bundle-wrong-file = Ev cureyekî din ê pelê Carnet e, ne lîsteya baweriyê.
error-trust-bundle-newer-version = Ev lîsteya baweriyê bi Carnet-eke nûtir hatiye çêkirin. Ji bo xwendinê Carnet nû bike.
error-trust-bundle-unknown-anchor = Ev lîsteya baweriyê ji aliyê lengerekî baweriyê ve hatiye îmzekirin ku tu jê bawer nakî (şopa kilîtê { $kid }). Pêşî bi carnet trust anchor add zêde bike, heke tu wî nas dikî.
error-trust-bundle-bad-signature = Îmzeya li ser vê lîsteya baweriyê li hev nayê. Pel hatiye guhertin an xera bûye.
error-trust-bundle-invalid = Nirxek di lîsteya baweriyê de nayê bikaranîn ({ $field }).
error-trust-bundle-too-large = Lîsteya baweriyê pir mezin e.
error-status-list-malformed = Lîste xera bûye an ne lîsteya belgeyên paşve kişandî ye.
error-status-list-wrong-file = Ev cureyekî din ê pelê Carnet e, ne lîsteya belgeyên paşve kişandî.
error-status-list-newer-version = Ev lîste bi Carnet-eke nûtir hatiye çêkirin. Ji bo xwendinê Carnet nû bike.
error-status-list-wrong-issuer = Ev lîste ya îmzekerekî din e ({ $found }, ne { $expected }).
error-status-list-bad-signature = Îmzeya li ser vê lîsteyê li hev nayê. Pel hatiye guhertin an xera bûye.
error-status-list-invalid = Nirxek di lîsteyê de nayê bikaranîn ({ $field }).
error-status-list-too-large = Lîste pir mezin e.
