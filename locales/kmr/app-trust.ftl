# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Lîsteyên baweriyê
app-trust-title = Lîsteyên baweriyê
app-trust-intro = Lîsteya baweriyê ji torekê tê ku tu nas dikî, mînak komeke navendên perwerdeyê. Ew navê kolej, navend û kardêrên ku tor ji wan bawer dike dide. Kodeke ku yekî ji wan îmze kiribe wek kontrolkirî xuya dike.
app-trust-warning = Tenê ji toreke bawer bike ku te kilîta wê ji tora bi xwe girtibe: rû bi rû, li ser kaxeza wê, an ji malpera wê. Her kesê ku bikare kilîtekê li vir deyne, dikare kodên sexte wek kontrolkirî nîşan bide.

## What is held

app-trust-held = Ev cîhaz ji çi bawer dike
app-trust-none = Ev cîhaz hîn ji tu torê bawer nake. Kodên îmzekirî “Îmzekirî ye, lê ne ji aliyê îmzekerekî ku tu jê bawer dikî” nîşan didin.
app-trust-kid = Şopa kilîtê: { $kid }
app-trust-no-list = Hîn lîsteya baweriyê ji vê torê tune. Pelê wê li jêr zêde bike.
app-trust-list-line = Lîsteya baweriyê ya { $date } ({ $days ->
    [0] îro
    [one] 1 roj berê
   *[other] { $days } roj berê
}): { $count ->
    [one] 1 cih
   *[other] { $count } cih
}
app-trust-status-held = Pejirandinên paşve kişandî
app-trust-status-line = { $name }: lîsteya { $date } ({ $days ->
    [0] îro
    [one] 1 roj berê
   *[other] { $days } roj berê
}), { $count ->
    [0] tiştek paşve nehatiye kişandin
    [one] 1 paşve hatiye kişandin
   *[other] { $count } paşve hatine kişandin
}

## Stop trusting a network

app-trust-remove = Êdî bawer neke
app-trust-remove-confirm = Êdî ji { $name } bawer nakî? Kodên ku cihên li ser lîsteya wê îmze kirine êdî wek kontrolkirî xuya nakin. Tu dikarî paşê torê dîsa zêde bikî.
app-trust-remove-yes = Erê, êdî bawer neke
app-trust-removed = Tu êdî ji { $name } bawer nakî.

## Trust a network

app-trust-add-title = Ji torekê bawer bike
app-trust-add-hint = Kilît û navê torê binivîse an bizeliqîne, an pelê ku tor dayî te veke.
app-trust-key = Kilîta torê (64 tîp û hejmar)
app-trust-name = Navê torê
app-trust-from-file = Pelê kilîta torê veke
app-trust-add = Ji vê torê bawer bike
app-trust-added = Tu êdî ji { $name } bawer dikî. Niha lîsteya wê ya baweriyê zêde bike.

## Files

app-trust-bundle-title = Lîsteyeke baweriyê zêde bike
app-trust-bundle-hint = Pelek ku bi .cbor diqede û tor dayî te. Ya nûtir cihê ya kevntir digire.
app-trust-bundle-open = Pelê lîsteya baweriyê veke
app-trust-bundle-done = Lîsteya baweriyê ya { $name } hat zêdekirin ({ $date }): { $count ->
    [one] 1 cih
   *[other] { $count } cih
}.
app-trust-status-title = Lîsteya pejirandinên paşve kişandî zêde bike
app-trust-status-hint = Kolej an navendek dikare pejirandineke ku bi şaşî kiriye paşve bikişîne. Lîsteya wê ji vê cîhazê re dibêje kîjan in.
app-trust-status-open = Pelê lîsteyekê veke
app-trust-status-done = Lîsteya { $name } hat zêdekirin ({ $date }): { $count ->
    [0] tiştek paşve nehatiye kişandin
    [one] 1 pejirandin paşve hatiye kişandin
   *[other] { $count } pejirandin paşve hatine kişandin
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Ev pel ne pelê kilîta torekê ye. Pelê ku tor dayî te veke, an kilîtê binivîse.
error-app-anchor-invalid-key = Ev ne kilîta torê ye. Kilîtek tam 64 tîp (a heta f) û hejmar e. Kontrol bike ku bi temamî hatiye kopîkirin.
error-app-anchor-name = Navekî ji 1 heta 100 tîpan bide torê.
error-app-anchor-known = Tu jixwe ji vê torê bawer dikî (şopa kilîtê { $kid }). Tiştek nehat guhertin.
error-app-trust-bundle-malformed = Ev pel ne lîsteya baweriyê ye, an xera bûye. Tiştek nehat guhertin.
error-app-trust-bundle-wrong-file = Ev cureyekî din ê pelê Carnet e, ne lîsteya baweriyê. Tiştek nehat guhertin.
error-app-trust-bundle-newer-version = Ev lîsteya baweriyê bi Carnet-eke nûtir hatiye çêkirin. Ji bo xwendinê Carnet nû bike.
error-app-trust-bundle-unknown-anchor = Ev lîsteya baweriyê ji toreke ku tu jê bawer nakî tê (şopa kilîtê { $kid }). Pêşî ji torê bawer bike, paşê lîsteya wê dîsa zêde bike.
error-app-trust-bundle-bad-signature = Îmzeya li ser vê lîsteya baweriyê li hev nayê: pel hatiye guhertin an xera bûye. Tiştek nehat guhertin. Pelê dîsa ji torê bixwaze.
error-app-trust-bundle-invalid = Ev lîsteya baweriyê nayê bikaranîn. Tiştek nehat guhertin. Pelê dîsa ji torê bixwaze.
error-app-trust-bundle-too-large = Ev pel ji bo lîsteya baweriyê pir mezin e. Tiştek nehat guhertin.
error-app-trust-bundle-not-newer = Jixwe ev lîsteya baweriyê an yeke nûtir ji heman torê li ba te heye. Tiştek nehat guhertin.
error-app-status-list-malformed = Ev pel ne lîsteya pejirandinên paşve kişandî ye, an xera bûye. Tiştek nehat guhertin.
error-app-status-list-wrong-file = Ev cureyekî din ê pelê Carnet e, ne lîsteya pejirandinên paşve kişandî. Tiştek nehat guhertin.
error-app-status-list-newer-version = Ev lîste bi Carnet-eke nûtir hatiye çêkirin. Ji bo xwendinê Carnet nû bike.
error-app-status-list-wrong-issuer = Ev lîste ya îmzekerekî din e ({ $found }, ne { $expected }). Tiştek nehat guhertin.
error-app-status-list-bad-signature = Îmzeya li ser vê lîsteyê li hev nayê: pel hatiye guhertin an xera bûye. Tiştek nehat guhertin.
error-app-status-list-invalid = Ev lîste nayê bikaranîn. Tiştek nehat guhertin. Pelê dîsa bixwaze.
error-app-status-list-too-large = Ev pel ji bo lîsteya pejirandinên paşve kişandî pir mezin e. Tiştek nehat guhertin.
error-app-status-list-issuer-unknown = Ev lîste ji îmzekerekî tê ku tu lîsteya te ya baweriyê navê wî nade (şopa kilîtê { $kid }). Pêşî lîsteya baweriyê ya ku navê wî dide zêde bike.
error-app-status-list-not-newer = Jixwe lîsteyeke nûtir ji vî îmzekerî li ba te heye. Tiştek nehat guhertin.
error-app-verifier-write = Carnet nikarî pelê li { $path } tomar bike. Kontrol bike ku cih li ser cîhazê heye. (Ji bo alîkarekî: { $reason })
