# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Liisaska kalsoonida
app-trust-title = Liisaska kalsoonida
app-trust-intro = Liiska kalsoonidu wuxuu ka yimaadaa shabakad aad taqaanid, tusaale ahaan koox xarumo tababar. Wuxuu magacaabaa kulliyadaha, xarumaha iyo loo-shaqeeyayaasha ay shabakaddu dammaanad qaado. Koodh ay mid ka mid ah saxiixday wuxuu u muuqdaa mid la hubiyay.
app-trust-warning = Kalsoonow oo keliya shabakad aad furaheeda ka heshay shabakadda lafteeda: adigoo joogo, warqaddeeda, ama websaydkeeda. Qof kasta oo halkan fure geli kara wuxuu ka dhigi karaa koodhad been ah kuwo la hubiyay.

## What is held

app-trust-held = Waxa qalabkan aamino
app-trust-none = Qalabkani weli ma aamino shabakad. Koodhadhka la saxiixay waxay u muuqdaan “La saxiixay, laakiin ma aha saxiixe aad aamintid”.
app-trust-kid = Summadda furaha: { $kid }
app-trust-no-list = Weli ma jiro liis kalsooni oo shabakaddan ka yimid. Faylkeeda hoos ku dar.
app-trust-list-line = Liiska kalsoonida ee { $date } ({ $days ->
    [0] maanta
    [one] 1 maalin jir
   *[other] { $days } maalmood jir
}): { $count ->
    [one] 1 meel
   *[other] { $count } meelood
}
app-trust-status-held = Caddeymo la laalay
app-trust-status-line = { $name }: liiska { $date } ({ $days ->
    [0] maanta
    [one] 1 maalin jir
   *[other] { $days } maalmood jir
}), { $count ->
    [0] waxba lama laalin
    [one] 1 la laalay
   *[other] { $count } la laalay
}

## Stop trusting a network

app-trust-remove = Jooji aaminaadda
app-trust-remove-confirm = Ma joojinaysaa aaminaadda { $name }? Koodhadhka ay saxiixeen meelaha liiskeeda ku jira mar dambe uma muuqan doonaan kuwo la hubiyay. Shabakadda mar kale ayaad ku dari kartaa.
app-trust-remove-yes = Haa, jooji aaminaadda
app-trust-removed = Mar dambe ma aaminaysid { $name }.

## Trust a network

app-trust-add-title = Aamin shabakad
app-trust-add-hint = Qor ama dheji furaha iyo magaca shabakadda, ama fur faylka ay shabakaddu ku siisay.
app-trust-key = Furaha shabakadda (64 xaraf iyo tiro)
app-trust-name = Magaca shabakadda
app-trust-from-file = Fur faylka furaha shabakadda
app-trust-add = Aamin shabakaddan
app-trust-added = Hadda waad aaminaysaa { $name }. Hadda ku dar liiskeeda kalsoonida.

## Files

app-trust-bundle-title = Ku dar liis kalsooni
app-trust-bundle-hint = Fayl ku dhammaada .cbor oo ay shabakaddu ku siisay. Kan cusub ayaa beddelaya kii hore.
app-trust-bundle-open = Fur fayl liis kalsooni
app-trust-bundle-done = Liiska kalsoonida ee { $name } waa lagu daray ({ $date }): { $count ->
    [one] 1 meel
   *[other] { $count } meelood
}.
app-trust-status-title = Ku dar liiska caddeymaha la laalay
app-trust-status-hint = Kulliyad ama xarun waxay laali kartaa caddeyn ay si khalad ah u bixisay. Liiskeeda ayaa u sheegaya qalabkan kuwa ay yihiin.
app-trust-status-open = Fur fayl liis
app-trust-status-done = Liiska { $name } waa lagu daray ({ $date }): { $count ->
    [0] waxba lama laalin
    [one] 1 caddeyn ayaa la laalay
   *[other] { $count } caddeymood ayaa la laalay
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Faylkani ma aha faylka furaha shabakad. Fur faylka ay shabakaddu ku siisay, ama qor furaha.
error-app-anchor-invalid-key = Kani ma aha fure shabakad. Furuhu wuxuu leeyahay si sax ah 64 xaraf (a ilaa f) iyo tiro. Hubi in si buuxda loo koobiyeeyay.
error-app-anchor-name = Shabakadda sii magac ka kooban 1 ilaa 100 xaraf.
error-app-anchor-known = Horey ayaad u aaminsanayd shabakaddan (summadda furaha { $kid }). Waxba lama beddelin.
error-app-trust-bundle-malformed = Faylkani ma aha liis kalsooni, ama wuu xumaaday. Waxba lama beddelin.
error-app-trust-bundle-wrong-file = Kani waa nooc kale oo fayl Carnet ah, ma aha liis kalsooni. Waxba lama beddelin.
error-app-trust-bundle-newer-version = Liiskan kalsoonida waxaa sameeyay Carnet ka cusub. Cusboonaysii Carnet si aad u akhrido.
error-app-trust-bundle-unknown-anchor = Liiskan kalsoonida wuxuu ka yimid shabakad aadan aamin (summadda furaha { $kid }). Marka hore aamin shabakadda, kadibna mar kale ku dar liiskeeda.
error-app-trust-bundle-bad-signature = Saxiixa liiskan kalsoonida ma waafaqsana: faylka waa la beddelay ama wuu xumaaday. Waxba lama beddelin. Shabakadda mar kale weydii faylka.
error-app-trust-bundle-invalid = Liiskan kalsoonida lama isticmaali karo. Waxba lama beddelin. Shabakadda mar kale weydii faylka.
error-app-trust-bundle-too-large = Faylkani aad buu u weyn yahay inuu noqdo liis kalsooni. Waxba lama beddelin.
error-app-trust-bundle-not-newer = Horey ayaad u haysatay liiskan kalsoonida ama mid ka cusub oo isla shabakaddaas ka yimid. Waxba lama beddelin.
error-app-status-list-malformed = Faylkani ma aha liiska caddeymaha la laalay, ama wuu xumaaday. Waxba lama beddelin.
error-app-status-list-wrong-file = Kani waa nooc kale oo fayl Carnet ah, ma aha liiska caddeymaha la laalay. Waxba lama beddelin.
error-app-status-list-newer-version = Liiskan waxaa sameeyay Carnet ka cusub. Cusboonaysii Carnet si aad u akhrido.
error-app-status-list-wrong-issuer = Liiskani wuxuu leeyahay saxiixe kale ({ $found }, ma aha { $expected }). Waxba lama beddelin.
error-app-status-list-bad-signature = Saxiixa liiskan ma waafaqsana: faylka waa la beddelay ama wuu xumaaday. Waxba lama beddelin.
error-app-status-list-invalid = Liiskan lama isticmaali karo. Waxba lama beddelin. Mar kale weydii faylka.
error-app-status-list-too-large = Faylkani aad buu u weyn yahay inuu noqdo liiska caddeymaha la laalay. Waxba lama beddelin.
error-app-status-list-issuer-unknown = Liiskani wuxuu ka yimid saxiixe aan midna liisaska kalsoonidaadu magacaabin (summadda furaha { $kid }). Marka hore ku dar liiska kalsoonida ee magacaaba.
error-app-status-list-not-newer = Horey ayaad u haysatay liis ka cusub oo saxiixahan ka yimid. Waxba lama beddelin.
error-app-verifier-write = Carnet ma kaydin karin faylka { $path }. Hubi in qalabku meel bannaan leeyahay. (Qofka caawiya: { $reason })
