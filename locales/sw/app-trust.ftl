# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Orodha za kuaminika
app-trust-title = Orodha za kuaminika
app-trust-intro = Orodha ya kuaminika inatoka kwa mtandao unaoujua, kwa mfano kikundi cha vituo vya mafunzo. Inataja vyuo, vituo na waajiri ambao mtandao huo unawadhamini. Msimbo uliotiwa sahihi na mmoja wao unaonyeshwa kama umekaguliwa.
app-trust-warning = Amini tu mtandao ambao ufunguo wake uliupata kutoka kwa mtandao wenyewe: ana kwa ana, kwenye karatasi yake, au kutoka tovuti yake. Yeyote anayeweza kuweka ufunguo hapa anaweza kufanya misimbo bandia ionekane imekaguliwa.

## What is held

app-trust-held = Kile kifaa hiki kinachoamini
app-trust-none = Kifaa hiki bado hakiamini mtandao wowote. Misimbo iliyotiwa sahihi inaonyeshwa “Imetiwa sahihi, lakini si na mtia sahihi unayemwamini”.
app-trust-kid = Alama ya ufunguo: { $kid }
app-trust-no-list = Bado hakuna orodha ya kuaminika kutoka mtandao huu. Ongeza faili yake hapa chini.
app-trust-list-line = Orodha ya kuaminika ya { $date } ({ $days ->
    [0] leo
    [one] siku 1 iliyopita
   *[other] siku { $days } zilizopita
}): { $count ->
    [one] mahali 1
   *[other] mahali { $count }
}
app-trust-status-held = Uthibitisho uliofutwa
app-trust-status-line = { $name }: orodha ya { $date } ({ $days ->
    [0] leo
    [one] siku 1 iliyopita
   *[other] siku { $days } zilizopita
}), { $count ->
    [0] hakuna kilichofutwa
    [one] 1 umefutwa
   *[other] { $count } imefutwa
}

## Stop trusting a network

app-trust-remove = Acha kuamini
app-trust-remove-confirm = Acha kuamini { $name }? Misimbo iliyotiwa sahihi na maeneo kwenye orodha yake haitaonyeshwa tena kama imekaguliwa. Unaweza kuongeza mtandao huo tena baadaye.
app-trust-remove-yes = Ndiyo, acha kuuamini
app-trust-removed = Huamini tena { $name }.

## Trust a network

app-trust-add-title = Amini mtandao
app-trust-add-hint = Andika au bandika ufunguo na jina la mtandao, au fungua faili ambayo mtandao ulikupa.
app-trust-key = Ufunguo wa mtandao (herufi na tarakimu 64)
app-trust-name = Jina la mtandao
app-trust-from-file = Fungua faili ya ufunguo wa mtandao
app-trust-add = Amini mtandao huu
app-trust-added = Sasa unaamini { $name }. Sasa ongeza orodha yake ya kuaminika.

## Files

app-trust-bundle-title = Ongeza orodha ya kuaminika
app-trust-bundle-hint = Faili inayoishia na .cbor ambayo mtandao ulikupa. Mpya zaidi inachukua nafasi ya ya zamani.
app-trust-bundle-open = Fungua faili ya orodha ya kuaminika
app-trust-bundle-done = Orodha ya kuaminika ya { $name } imeongezwa ({ $date }): { $count ->
    [one] mahali 1
   *[other] mahali { $count }
}.
app-trust-status-title = Ongeza orodha ya uthibitisho uliofutwa
app-trust-status-hint = Chuo au kituo kinaweza kufuta uthibitisho kilioutoa kwa makosa. Orodha yake inakiambia kifaa hiki ni upi.
app-trust-status-open = Fungua faili ya orodha
app-trust-status-done = Orodha ya { $name } imeongezwa ({ $date }): { $count ->
    [0] hakuna kilichofutwa
    [one] uthibitisho 1 umefutwa
   *[other] uthibitisho { $count } umefutwa
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Faili hii si faili ya ufunguo wa mtandao. Fungua faili ambayo mtandao ulikupa, au andika ufunguo.
error-app-anchor-invalid-key = Huu si ufunguo wa mtandao. Ufunguo una herufi (a hadi f) na tarakimu 64 kamili. Hakikisha umenakiliwa wote.
error-app-anchor-name = Upe mtandao jina la herufi 1 hadi 100.
error-app-anchor-known = Tayari unaamini mtandao huu (alama ya ufunguo { $kid }). Hakuna kilichobadilishwa.
error-app-trust-bundle-malformed = Faili hii si orodha ya kuaminika, au imeharibika. Hakuna kilichobadilishwa.
error-app-trust-bundle-wrong-file = Hii ni aina nyingine ya faili ya Carnet, si orodha ya kuaminika. Hakuna kilichobadilishwa.
error-app-trust-bundle-newer-version = Orodha hii ya kuaminika ilitengenezwa na Carnet mpya zaidi. Sasisha Carnet ili uisome.
error-app-trust-bundle-unknown-anchor = Orodha hii ya kuaminika inatoka kwa mtandao usiouamini (alama ya ufunguo { $kid }). Kwanza amini mtandao huo, kisha ongeza orodha yake tena.
error-app-trust-bundle-bad-signature = Sahihi kwenye orodha hii ya kuaminika hailingani: faili ilibadilishwa au imeharibika. Hakuna kilichobadilishwa. Omba faili tena kutoka kwa mtandao.
error-app-trust-bundle-invalid = Orodha hii ya kuaminika haiwezi kutumika. Hakuna kilichobadilishwa. Omba faili tena kutoka kwa mtandao.
error-app-trust-bundle-too-large = Faili hii ni kubwa mno kuwa orodha ya kuaminika. Hakuna kilichobadilishwa.
error-app-trust-bundle-not-newer = Tayari una orodha hii ya kuaminika au mpya zaidi kutoka mtandao huo huo. Hakuna kilichobadilishwa.
error-app-status-list-malformed = Faili hii si orodha ya uthibitisho uliofutwa, au imeharibika. Hakuna kilichobadilishwa.
error-app-status-list-wrong-file = Hii ni aina nyingine ya faili ya Carnet, si orodha ya uthibitisho uliofutwa. Hakuna kilichobadilishwa.
error-app-status-list-newer-version = Orodha hii ilitengenezwa na Carnet mpya zaidi. Sasisha Carnet ili uisome.
error-app-status-list-wrong-issuer = Orodha hii ni ya mtia sahihi mwingine ({ $found }, si { $expected }). Hakuna kilichobadilishwa.
error-app-status-list-bad-signature = Sahihi kwenye orodha hii hailingani: faili ilibadilishwa au imeharibika. Hakuna kilichobadilishwa.
error-app-status-list-invalid = Orodha hii haiwezi kutumika. Hakuna kilichobadilishwa. Omba faili tena.
error-app-status-list-too-large = Faili hii ni kubwa mno kuwa orodha ya uthibitisho uliofutwa. Hakuna kilichobadilishwa.
error-app-status-list-issuer-unknown = Orodha hii inatoka kwa mtia sahihi ambaye hakuna orodha yako ya kuaminika inayomtaja (alama ya ufunguo { $kid }). Kwanza ongeza orodha ya kuaminika inayomtaja.
error-app-status-list-not-newer = Tayari una orodha mpya zaidi kutoka kwa mtia sahihi huyu. Hakuna kilichobadilishwa.
error-app-verifier-write = Carnet haikuweza kuhifadhi faili katika { $path }. Hakikisha kifaa kina nafasi. (Kwa msaidizi: { $reason })
