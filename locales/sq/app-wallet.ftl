# Review status: machine-drafted, needs review by a native speaker.
# Ekranet e vërtetimeve: vërtetimet e mia, shfaqja e një kodi QR, kontrolli i kodit të dikujt tjetër.

## Moving around

app-wallet = Vërtetimet e mia
app-present = Shfaqni aftësitë e mia
app-verify = Kontrolloni një kod

## Wallet

app-wallet-title = Vërtetimet e mia
app-wallet-intro = Këto janë aftësitë që dikush i ka nënshkruar për ju. Mund t'i shfaqni me një kod QR.
app-wallet-empty = Askush nuk ju ka nënshkruar ende ndonjë aftësi. Kërkojini një trajneri, një punëdhënësi ose një qendre të vërtetojë çfarë dini të bëni.
app-wallet-by = Nënshkruar nga { $name } ({ $kind }, { $country })
app-wallet-issued = Nënshkruar më { $date }
app-wallet-expires = I vlefshëm deri më { $date }
app-wallet-expired = Skadoi më { $date }
app-wallet-no-expiry = Nuk skadon
app-wallet-damaged = Ky vërtetim është i dëmtuar dhe nuk mund të shfaqet. Kërkojini një të ri personit që e nënshkroi.
app-standing-valid = I kontrolluar: nënshkruar nga dikush në listën tuaj të besimit
app-standing-unknown-issuer = I nënshkruar, por nënshkruesi nuk është në listën tuaj të besimit
app-standing-expired = I skaduar
app-standing-revoked = I tërhequr nga nënshkruesi
app-standing-malformed = I dëmtuar

## Present: choosing what to show

app-present-title = Shfaqni aftësitë e mia
app-present-endorsed = Të nënshkruara nga dikush
app-present-self = Vetëm fjala ime
app-present-self-hint = Kontrolluesi i sheh këto si fjalën tuaj, jo si të nënshkruara.
app-present-details = Çfarë të shfaqet nga secila
app-present-details-all = Gjithçka
app-present-details-short = Vetëm emri dhe niveli
app-present-stage = Për kë është?
app-present-print = Për printim në letër (i vlefshëm 5 vjet)
app-present-make = Shfaqni kodin QR
app-present-none = Zgjidhni të paktën një gjë për ta shfaqur.
app-present-nothing-yet = Ditari juaj është bosh. Shtoni fillimisht diçka.

## Present: the QR code

app-qr-title = Lërini ta skanojnë këtë kod
app-qr-expires = Ky kod vlen deri më { $date }.
app-qr-preview = Çfarë do të shohë kontrolluesi
app-qr-preview-hide = Fshihni atë që sheh kontrolluesi
app-qr-done = U krye
app-qr-preview-note = Kjo është ajo që do të shohë një kontrollues me të njëjtat lista besimi si ky telefon.

## Verify

app-verify-title = Kontrolloni një kod
app-verify-intro = Bëni ose zgjidhni një foto të një kodi QR të Carnet. Asgjë nuk dërgohet askund: kontrolli bëhet në këtë pajisje.
app-verify-picture = Bëni ose zgjidhni një foto
app-verify-text = Ose ngjitni tekstin e kodit (fillon me CN1:)
app-verify-check = Kontrolloni
app-verify-checking = Po kontrollojmë…
app-verify-again = Kontrolloni një kod tjetër

## The verdict

app-verdict-title = Rezultati
app-verdict-made = Bërë për fazën «{ $stage }» më { $date }.
app-verdict-expires = Kodi vlen deri më { $date }.
app-verdict-newer = Ky kod u bë nga një Carnet më i ri. Përditësoni Carnet për ta kontrolluar.
app-item-endorsed = I nënshkruar
app-item-self = Fjala e tyre
app-item-assessed = Kontrolluar me: { $how }
app-item-hidden = { $count ->
    [one] { $count } detaj është fshehur nga personi.
   *[other] { $count } detaje janë fshehur nga personi.
}

## Errors of these screens

error-wallet-no-key = Ky ditar nuk ka çelës për të nënshkruar. Asgjë nuk u shfaq. Ju lutemi raportojeni këtë problem.
error-wallet-not-endorsed = «{ $title }» nuk është nënshkruar ende nga askush. Shfaqeni si «vetëm fjala ime» ose kërkojini dikujt ta vërtetojë.
error-wallet-credential-damaged = Vërtetimi i «{ $title }» është i dëmtuar. Shfaqeni si «vetëm fjala ime» ose kërkoni një të ri.
error-wallet-entry-unfit = «{ $title }» nuk mund të futet në një kod: fusha { $field } është shumë e gjatë ose nuk ka formën e duhur. Ndryshoni shënimin, pastaj provoni përsëri.
error-wallet-selected-twice = «{ $title }» është zgjedhur dy herë. Zgjidheni një herë.
error-wallet-nothing-chosen = Zgjidhni të paktën një gjë për ta shfaqur.
error-wallet-too-large = Kjo është shumë për një kod QR ({ $chars } shenja). Zgjidhni më pak gjëra ose shfaqni vetëm emrin dhe nivelin.
error-wallet-credential = Kodi nuk u bë dot. Asgjë nuk u shfaq. Ju lutemi raportojeni këtë problem. (Për një ndihmës: { $reason })
error-wallet-no-code = Nuk u gjet asnjë kod QR i Carnet në këtë foto. Bëni sërish foton, më afër dhe më qartë, me gjithë kodin brenda.
error-wallet-not-a-picture = Ky skedar nuk është foto që Carnet mund ta lexojë. Përdorni një foto (JPEG ose PNG).
error-wallet-picture-too-large = Fotoja është shumë e madhe ({ $width } × { $height } piksela). Bëni një më të vogël dhe provoni përsëri.
error-wallet-got-request = Kjo është një kërkesë për të nënshkruar aftësitë e dikujt, jo një kod që tregon aftësi. Asgjë nuk u kontrollua.
error-wallet-trust-damaged = Listat tuaja të besimit janë të dëmtuara ose janë ndryshuar. Importojini përsëri. Deri atëherë, asnjë nënshkrues nuk llogaritet i besueshëm.
error-wallet-trust-unreadable = Carnet nuk i lexoi dot listat tuaja të besimit në { $path }. Kontrolloni që pajisja ka hapësirë. (Për një ndihmës: { $reason })
error-wallet-not-yours = Ky vërtetim u bë për ditarin e dikujt tjetër, jo për tuajin. Asgjë nuk u ruajt. Sigurohuni që morët skedarin tuaj.
error-wallet-bad-signature = Nënshkrimi në këtë skedar nuk përputhet: u ndryshua ose u dëmtua. Asgjë nuk u ruajt. Kërkoni sërish skedarin.
error-wallet-not-a-credential = Ky skedar nuk është vërtetim i nënshkruar nga Carnet. Asgjë nuk u ruajt. Kërkojini personit që nënshkroi skedarin që bëri.
error-wallet-too-many = Kërkoni më së shumti { $max } gjëra njëherësh. Zgjidhni më pak.
error-wallet-not-from-request = Ky vërtetim nuk thotë cilin nga shënimet tuaja vërteton. Asgjë nuk u ruajt. Kërkoni një të ri, të bërë nga kodi i kërkesës suaj.
error-wallet-entry-gone = Ky vërtetim vërteton një shënim që nuk është më në ditarin tuaj. Asgjë nuk u ruajt. Nëse e hoqët, shtojeni përsëri nga një kopje, pastaj kërkoni një vërtetim të ri.

## Asking for a signature, and keeping it

app-request = Kërkoni një nënshkrim
app-request-title = Kërkoni një nënshkrim
app-request-intro = Tregojani këtë kod trajnerit, punëdhënësit ose qendrës që do të vërtetojë çfarë dini të bëni. Ata e skanojnë me Carnet dhe ju kthejnë një skedar të nënshkruar.
app-request-key = Çelësi juaj: { $kid }. Personi që nënshkruan sheh të njëjtin kod.
app-request-text = I njëjti kod si tekst, për ta dërguar në një mesazh
app-request-next = Kur të merrni skedarin e nënshkruar, hapni «Vërtetimet e mia» dhe prekni «Shtoni një skedar të nënshkruar».
app-receive = Shtoni një skedar të nënshkruar
app-received = U ruajt: { $name } ({ $kind }) nënshkroi { $titles }.
