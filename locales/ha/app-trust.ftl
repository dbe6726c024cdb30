# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Jerin amintattu
app-trust-title = Jerin amintattu
app-trust-intro = Jerin amintattu yana fitowa daga hanyar sadarwa da kuka sani, misali ƙungiyar cibiyoyin horarwa. Yana ambaton kwalejoji, cibiyoyi da masu ɗaukar aiki da hanyar sadarwar ta lamunta. Lambar da ɗaya daga cikinsu ya sa hannu tana bayyana kamar an tabbatar da ita.
app-trust-warning = Ku amince da hanyar sadarwa kawai wadda kuka samu maɓallinta daga gare ta kai tsaye: ido da ido, a takardarta, ko daga shafin yanar gizonta. Duk wanda zai iya saka maɓalli a nan zai iya sa lambobin ƙarya su bayyana kamar an tabbatar da su.

## What is held

app-trust-held = Abin da wannan na'ura ta amince da shi
app-trust-none = Wannan na'ura ba ta amince da wata hanyar sadarwa ba tukuna. Lambobin da aka sa hannu suna bayyana “An sa hannu, amma ba mai sa hannun da kuka amince da shi ba”.
app-trust-kid = Alamar maɓalli: { $kid }
app-trust-no-list = Babu jerin amintattu daga wannan hanyar sadarwa tukuna. Ƙara fayil ɗinta a ƙasa.
app-trust-list-line = Jerin amintattu na { $date } ({ $days ->
    [0] yau
    [one] kwana 1
   *[other] kwanaki { $days }
}): { $count ->
    [one] wuri 1
   *[other] wurare { $count }
}
app-trust-status-held = Shaidun da aka janye
app-trust-status-line = { $name }: jerin { $date } ({ $days ->
    [0] yau
    [one] kwana 1
   *[other] kwanaki { $days }
}), { $count ->
    [0] ba a janye komai ba
    [one] an janye 1
   *[other] an janye { $count }
}

## Stop trusting a network

app-trust-remove = Daina amincewa
app-trust-remove-confirm = A daina amincewa da { $name }? Lambobin da wuraren da ke jerinta suka sa hannu ba za su ƙara bayyana kamar an tabbatar da su ba. Kuna iya sake ƙara hanyar sadarwar daga baya.
app-trust-remove-yes = Ee, a daina amincewa da ita
app-trust-removed = Ba ku ƙara amincewa da { $name } ba.

## Trust a network

app-trust-add-title = Amince da hanyar sadarwa
app-trust-add-hint = Rubuta ko liƙa maɓalli da sunan hanyar sadarwar, ko ku buɗe fayil ɗin da hanyar sadarwar ta ba ku.
app-trust-key = Maɓallin hanyar sadarwa (haruffa da lambobi 64)
app-trust-name = Sunan hanyar sadarwa
app-trust-from-file = Buɗe fayil ɗin maɓallin hanyar sadarwa
app-trust-add = Amince da wannan hanyar sadarwa
app-trust-added = Yanzu kun amince da { $name }. Yanzu ku ƙara jerin amintattunta.

## Files

app-trust-bundle-title = Ƙara jerin amintattu
app-trust-bundle-hint = Fayil mai ƙarewa da .cbor da hanyar sadarwar ta ba ku. Sabo yana maye gurbin tsoho.
app-trust-bundle-open = Buɗe fayil ɗin jerin amintattu
app-trust-bundle-done = An ƙara jerin amintattu na { $name } ({ $date }): { $count ->
    [one] wuri 1
   *[other] wurare { $count }
}.
app-trust-status-title = Ƙara jerin shaidun da aka janye
app-trust-status-hint = Kwaleji ko cibiya za ta iya janye shaidar da ta bayar bisa kuskure. Jerinta yana gaya wa wannan na'ura waɗanne ne.
app-trust-status-open = Buɗe fayil ɗin jeri
app-trust-status-done = An ƙara jerin { $name } ({ $date }): { $count ->
    [0] ba a janye komai ba
    [one] an janye shaida 1
   *[other] an janye shaidu { $count }
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Wannan fayil ba fayil ɗin maɓallin hanyar sadarwa ba ne. Buɗe fayil ɗin da hanyar sadarwar ta ba ku, ko ku rubuta maɓallin.
error-app-anchor-invalid-key = Wannan ba maɓallin hanyar sadarwa ba ne. Maɓalli yana da haruffa (a zuwa f) da lambobi 64 daidai. Ku tabbatar an kwafe shi duka.
error-app-anchor-name = Ku ba hanyar sadarwar suna mai haruffa 1 zuwa 100.
error-app-anchor-known = Kun riga kun amince da wannan hanyar sadarwa (alamar maɓalli { $kid }). Ba a canza komai ba.
error-app-trust-bundle-malformed = Wannan fayil ba jerin amintattu ba ne, ko ya lalace. Ba a canza komai ba.
error-app-trust-bundle-wrong-file = Wannan wani nau'in fayil ne na Carnet, ba jerin amintattu ba. Ba a canza komai ba.
error-app-trust-bundle-newer-version = Sabuwar Carnet ce ta yi wannan jerin amintattu. Sabunta Carnet don karanta shi.
error-app-trust-bundle-unknown-anchor = Wannan jerin amintattu ya fito daga hanyar sadarwa da ba ku amince da ita ba (alamar maɓalli { $kid }). Da farko ku amince da hanyar sadarwar, sannan ku sake ƙara jerinta.
error-app-trust-bundle-bad-signature = Sa hannun da ke kan wannan jerin amintattu bai yi daidai ba: an canza fayil ɗin ko ya lalace. Ba a canza komai ba. Ku sake roƙon fayil ɗin daga hanyar sadarwar.
error-app-trust-bundle-invalid = Ba za a iya amfani da wannan jerin amintattu ba. Ba a canza komai ba. Ku sake roƙon fayil ɗin daga hanyar sadarwar.
error-app-trust-bundle-too-large = Wannan fayil ya yi girma da yawa ya zama jerin amintattu. Ba a canza komai ba.
error-app-trust-bundle-not-newer = Kun riga kuna da wannan jerin amintattu ko wanda ya fi shi sabo daga hanyar sadarwa ɗaya. Ba a canza komai ba.
error-app-status-list-malformed = Wannan fayil ba jerin shaidun da aka janye ba ne, ko ya lalace. Ba a canza komai ba.
error-app-status-list-wrong-file = Wannan wani nau'in fayil ne na Carnet, ba jerin shaidun da aka janye ba. Ba a canza komai ba.
error-app-status-list-newer-version = Sabuwar Carnet ce ta yi wannan jeri. Sabunta Carnet don karanta shi.
error-app-status-list-wrong-issuer = Wannan jeri na wani mai sa hannu ne ({ $found }, ba { $expected } ba). Ba a canza komai ba.
error-app-status-list-bad-signature = Sa hannun da ke kan wannan jeri bai yi daidai ba: an canza fayil ɗin ko ya lalace. Ba a canza komai ba.
error-app-status-list-invalid = Ba za a iya amfani da wannan jeri ba. Ba a canza komai ba. Ku sake roƙon fayil ɗin.
error-app-status-list-too-large = Wannan fayil ya yi girma da yawa ya zama jerin shaidun da aka janye. Ba a canza komai ba.
error-app-status-list-issuer-unknown = Wannan jeri ya fito daga mai sa hannu da babu ɗaya daga cikin jerin amintattunku da ya ambace shi (alamar maɓalli { $kid }). Da farko ku ƙara jerin amintattu da ya ambace shi.
error-app-status-list-not-newer = Kun riga kuna da sabon jeri daga wannan mai sa hannu. Ba a canza komai ba.
error-app-verifier-write = Carnet ba ta iya ajiye fayil ɗin a { $path } ba. Ku tabbatar na'urar tana da sarari. (Don mai taimako: { $reason })
