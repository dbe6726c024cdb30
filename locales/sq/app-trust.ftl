# Review status: machine-drafted, needs review by a native speaker.
# Ekrani i listave të besimit: cilave rrjete u beson kjo pajisje, listat e tyre dhe listat e vërtetimeve të tërhequra.

## The screen

app-trust-open = Listat e besimit
app-trust-title = Listat e besimit
app-trust-intro = Një listë besimi vjen nga një rrjet që e njihni, për shembull një grup qendrash trajnimi. Ajo emërton kolegjet, qendrat dhe punëdhënësit për të cilët garanton rrjeti. Një kod i nënshkruar nga njëri prej tyre shfaqet si i kontrolluar.
app-trust-warning = Besojini vetëm një rrjeti çelësin e të cilit e keni marrë nga vetë rrjeti: personalisht, në letrën e tij ose nga faqja e tij e internetit. Kushdo që mund të vendosë një çelës këtu mund t'i bëjë kodet e rreme të duken të kontrolluara.

## What is held

app-trust-held = Kujt i beson kjo pajisje
app-trust-none = Kjo pajisje nuk i beson ende asnjë rrjeti. Kodet e nënshkruara shfaqin «I nënshkruar, por jo nga dikush të cilit i besoni».
app-trust-kid = Gjurma e çelësit: { $kid }
app-trust-no-list = Ende nuk ka listë besimi nga ky rrjet. Shtoni skedarin e tij më poshtë.
app-trust-list-line = Listë besimi e { $date } ({ $days ->
    [0] e sotme
    [one] { $days } ditë e vjetër
   *[other] { $days } ditë e vjetër
}): { $count ->
    [one] { $count } vend
   *[other] { $count } vende
}
app-trust-status-held = Vërtetime të tërhequra
app-trust-status-line = { $name }: listë e { $date } ({ $days ->
    [0] e sotme
    [one] { $days } ditë e vjetër
   *[other] { $days } ditë e vjetër
}), { $count ->
    [0] asgjë e tërhequr
    [one] { $count } e tërhequr
   *[other] { $count } të tërhequra
}

## Trust a network

app-trust-add-title = Besoni një rrjeti
app-trust-add-hint = Shkruani ose ngjitni çelësin dhe emrin e rrjetit, ose hapni skedarin që ju dha rrjeti.
app-trust-key = Çelësi i rrjetit (64 shkronja dhe shifra)
app-trust-name = Emri i rrjetit
app-trust-from-file = Hapni skedarin e çelësit të rrjetit
app-trust-add = Besoji këtij rrjeti
app-trust-added = Tani i besoni { $name }. Tani shtoni listën e tij të besimit.

## Stop trusting a network

app-trust-remove = Mos i beso më
app-trust-remove-confirm = Të mos i besoni më { $name }? Kodet e nënshkruara nga vendet në listën e tij nuk do të shfaqen më si të kontrolluara. Mund ta shtoni sërish rrjetin më vonë.
app-trust-remove-yes = Po, mos i beso më
app-trust-removed = Nuk i besoni më { $name }.

## Files

app-trust-bundle-title = Shtoni një listë besimi
app-trust-bundle-hint = Një skedar që mbaron me .cbor, që jua dha rrjeti. Një më i ri zëvendëson më të vjetrin.
app-trust-bundle-open = Hapni një skedar liste besimi
app-trust-bundle-done = Lista e besimit e { $name } u shtua ({ $date }): { $count ->
    [one] { $count } vend
   *[other] { $count } vende
}.
app-trust-status-title = Shtoni një listë të vërtetimeve të tërhequra
app-trust-status-hint = Një kolegj ose qendër mund të tërheqë një vërtetim që e dha gabimisht. Lista e saj i tregon kësaj pajisjeje cilat.
app-trust-status-open = Hapni një skedar liste
app-trust-status-done = Lista e { $name } u shtua ({ $date }): { $count ->
    [0] asgjë e tërhequr
    [one] { $count } vërtetim i tërhequr
   *[other] { $count } vërtetime të tërhequra
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Ky nuk është skedar çelësi i një rrjeti. Hapni skedarin që ju dha rrjeti ose shkruani çelësin.
error-app-anchor-invalid-key = Ky nuk është çelës rrjeti. Një çelës ka saktësisht 64 shkronja (a deri në f) dhe shifra. Kontrolloni që është kopjuar i plotë.
error-app-anchor-name = Jepini rrjetit një emër me 1 deri në 100 shkronja.
error-app-anchor-known = Ju i besoni tashmë këtij rrjeti (gjurma e çelësit { $kid }). Asgjë nuk ndryshoi.
error-app-trust-bundle-malformed = Ky skedar nuk është listë besimi ose është i dëmtuar. Asgjë nuk ndryshoi.
error-app-trust-bundle-wrong-file = Ky është një lloj tjetër skedari Carnet, jo listë besimi. Asgjë nuk ndryshoi.
error-app-trust-bundle-newer-version = Kjo listë besimi u bë nga një Carnet më i ri. Përditësoni Carnet për ta lexuar.
error-app-trust-bundle-unknown-anchor = Kjo listë besimi vjen nga një rrjet të cilit nuk i besoni (gjurma e çelësit { $kid }). Besojini fillimisht rrjetit, pastaj shtoni sërish listën e tij.
error-app-trust-bundle-bad-signature = Nënshkrimi në këtë listë besimi nuk përputhet: skedari u ndryshua ose u dëmtua. Asgjë nuk ndryshoi. Kërkojini rrjetit sërish skedarin.
error-app-trust-bundle-invalid = Kjo listë besimi nuk mund të përdoret. Asgjë nuk ndryshoi. Kërkojini rrjetit sërish skedarin.
error-app-trust-bundle-too-large = Ky skedar është shumë i madh për të qenë listë besimi. Asgjë nuk ndryshoi.
error-app-trust-bundle-not-newer = Ju e keni tashmë këtë listë besimi ose një më të re nga i njëjti rrjet. Asgjë nuk ndryshoi.
error-app-status-list-malformed = Ky skedar nuk është listë e vërtetimeve të tërhequra ose është i dëmtuar. Asgjë nuk ndryshoi.
error-app-status-list-wrong-file = Ky është një lloj tjetër skedari Carnet, jo listë e vërtetimeve të tërhequra. Asgjë nuk ndryshoi.
error-app-status-list-newer-version = Kjo listë u bë nga një Carnet më i ri. Përditësoni Carnet për ta lexuar.
error-app-status-list-wrong-issuer = Kjo listë i përket një nënshkruesi tjetër ({ $found }, jo { $expected }). Asgjë nuk ndryshoi.
error-app-status-list-bad-signature = Nënshkrimi në këtë listë nuk përputhet: skedari u ndryshua ose u dëmtua. Asgjë nuk ndryshoi.
error-app-status-list-invalid = Kjo listë nuk mund të përdoret. Asgjë nuk ndryshoi. Kërkoni sërish skedarin.
error-app-status-list-too-large = Ky skedar është shumë i madh për të qenë listë e vërtetimeve të tërhequra. Asgjë nuk ndryshoi.
error-app-status-list-issuer-unknown = Kjo listë vjen nga një nënshkrues që nuk e përmend asnjë nga listat tuaja të besimit (gjurma e çelësit { $kid }). Shtoni fillimisht listën e besimit që e përmend.
error-app-status-list-not-newer = Ju keni tashmë një listë më të re nga ky nënshkrues. Asgjë nuk ndryshoi.
error-app-verifier-write = Carnet nuk e ruajti dot skedarin në { $path }. Kontrolloni që pajisja ka hapësirë. (Për një ndihmës: { $reason })
