# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Ev daxwaz xera bûye, an ne daxwazeke Carnet e. Dîsa bixwaze.
        [credential] Ev pelê belgeyê xera bûye, an ne belgeyeke Carnet e. Ji kesê ku tomarên te pejirandine bixwaze ku dîsa bişîne.
       *[other] Ev xera bûye, an ne pelekî Carnet e.
    }
error-credential-wrong-file = { $expected ->
        [request] Ev ne daxwazeke Carnet e: cureyekî din ê pelê Carnet e. Daxwaz bi carnet request tê çêkirin.
        [credential] Ev ne belgeyeke Carnet e: cureyekî din ê pelê Carnet e. Kontrol bike ku te pelê ku kesê tomarên te pejirandine dayî te hilbijartiye.
       *[other] Ev cureyekî din ê pelê Carnet e. Kontrol bike ku te pelê rast hilbijartiye.
    }
error-credential-newer-version = { $what ->
        [request] Ev daxwaz bi Carnet-eke nûtir hatiye çêkirin.
        [credential] Ev belge bi Carnet-eke nûtir hatiye çêkirin.
        [text] Ev kod bi Carnet-eke nûtir hatiye çêkirin.
       *[other] Ev bi Carnet-eke nûtir hatiye çêkirin.
    } Carnet nû bike, paşê dîsa biceribîne.
error-credential-invalid-field = Nirxek nayê bikaranîn ({ $field }): pir dirêj e an ne di forma rast de ye. Tiştek nehat nivîsandin.
error-credential-entry-count = Daxwazek 1 heta { $max } tomaran digire, ne { $found }. Ji bo pejirandina bêtir, du daxwazan çêke.
error-credential-invalid-key = Ev ne kilîteke giştî ya derbasdar e. Kontrol bike ku bi temamî hatiye kopîkirin.
error-credential-bad-signature = Îmzeya li ser vê belgeyê li hev nayê: piştî îmzekirinê hatiye guhertin an xera bûye. Tiştek nehat hilanîn. Pelê dîsa bixwaze.
error-credential-not-yours = Ev belge ji bo deftera kesekî din hatiye çêkirin, ne ya te. Tiştek nehat hilanîn. Piştrast be ku te pelê xwe wergirtiye.
error-credential-no-such-entry = Di vê belgeyê de tomara { $index } tune.
error-credential-duplicate-entry = Tomara { $index } du caran hatiye hilbijartin.
error-credential-wrong-prefix = Ev nivîs ne kodeke Carnet e: bi CN1: (jêhatî ji bo kontrolê) an CNR1: (daxwazek ji bo pejirandinê) dest pê nake.
error-credential-base45 = Di nivîsê de tîp hene ku koda Carnet nikare hebe. Dibe ku qut bûbe an şaş hatibe nivîsandin.
error-credential-zlib = Kod qut bûye an xera bûye.
error-credential-too-large = Kod ji bo koda Carnet gelek mezin e.

## QR codes

error-qr-not-alphanumeric = Di nivîsê de tîp hene ku koda QR ya Carnet nikare bigire. Ev xeletiyek di Carnet de ye; ji kerema xwe ragihîne.
error-qr-too-large = Ev ji bo koda QR ya yekane pir zêde ye: { $chars } tîp, û koda QR ya ku telefon baş dixwînin (guhertoya { $version }, asta { $ec }) { $capacity } digire. Tiştek nehat nivîsandin. { $what ->
        [request] Di carekê de tomarên kêmtir bixwaze, an li şûna wê daxwazê di pelekî de ku bi .cbor diqede binivîse.
       *[other] Tomarên kêmtir hilbijêre, an bi --fields beşên kêmtir nîşan bide.
    }
error-qr-bad-version = Ew mezinahiya koda QR tune.
error-qr-bad-module-size = Ew mezinahiya xalê ne gengaz e.
error-qr-not-an-image = Pel ne wêneyek e ku Carnet bikare bixwîne. PNG, JPEG an WebP bi kar bîne.
error-qr-image-too-large = Wêne pir mezin e ({ $width } × { $height } pîksel). Piçûktir bike û dîsa biceribîne.
error-qr-not-found = Di wêneyê de tu koda QR nehat xwendin. Wêneyekî zelaltir û nêzîktir bikişîne, bi tevahiya kodê re.
error-qr-render-failed = Wêneyê QR nehat çêkirin. Ev xeletiyek di Carnet de ye; ji kerema xwe ragihîne.
