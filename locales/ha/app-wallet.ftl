# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Shaidu na
app-present = Nuna ƙwarewata
app-verify = Duba lamba

## Wallet

app-wallet-title = Shaidu na
app-wallet-intro = Waɗannan ƙwarewa ne da wani ya sa muku hannu. Kuna iya nuna su da lambar QR.
app-wallet-empty = Har yanzu babu wanda ya sa muku hannu kan wata ƙwarewa. Ku roƙi mai horarwa, mai ɗaukar aiki ko cibiya su tabbatar da abin da kuke iya yi.
app-wallet-by = { $name } ne ya sa hannu ({ $kind }, { $country })
app-wallet-issued = An sa hannu { $date }
app-wallet-expires = Yana aiki har { $date }
app-wallet-expired = Ya ƙare { $date }
app-wallet-no-expiry = Ba ya ƙarewa
app-wallet-damaged = Wannan shaida ta lalace kuma ba za a iya nuna ta ba. Ku roƙi wanda ya sa hannu sabuwa.
app-standing-valid = An tabbatar: wani a jerin amintattunku ne ya sa hannu
app-standing-unknown-issuer = An sa hannu, amma mai sa hannun ba ya cikin jerin amintattunku
app-standing-expired = Ya ƙare
app-standing-revoked = Mai sa hannu ya janye
app-standing-malformed = Ya lalace

## Present: choosing what to show

app-present-title = Nuna ƙwarewata
app-present-endorsed = Wani ya sa hannu
app-present-self = Ni kaɗai na faɗa
app-present-self-hint = Mai dubawa yana ganin waɗannan a matsayin maganarku, ba a matsayin an sa hannu ba.
app-present-details = Abin da za a nuna na kowanne
app-present-details-all = Komai
app-present-details-short = Suna da mataki kawai
app-present-stage = Don wa ne?
app-present-print = Don bugawa a takarda (yana aiki shekara 5)
app-present-make = Nuna lambar QR
app-present-none = Zaɓi aƙalla abu ɗaya da za a nuna.
app-present-nothing-yet = Rajistarku babu komai a ciki. Da farko ku ƙara wani abu.

## Present: the QR code

app-qr-title = Bari su duba wannan lambar
app-qr-expires = Wannan lambar tana aiki har { $date }.
app-qr-preview = Abin da mai dubawa zai gani
app-qr-preview-hide = Ɓoye abin da mai dubawa yake gani
app-qr-done = An gama
app-qr-preview-note = Wannan shi ne abin da mai dubawa mai jerin amintattu irin na wannan waya zai gani.

## Verify

app-verify-title = Duba lamba
app-verify-intro = Ɗauki ko zaɓi hoton lambar QR ta Carnet. Ba a aika komai ko'ina ba: dubawar tana faruwa a wannan na'ura.
app-verify-picture = Ɗauki ko zaɓi hoto
app-verify-text = Ko liƙa rubutun lambar (yana farawa da CN1:)
app-verify-check = Duba
app-verify-checking = Ana dubawa…
app-verify-again = Duba wata lamba

## The verdict

app-verdict-title = Sakamako
app-verdict-made = An yi don { $stage } a { $date }.
app-verdict-expires = Lambar tana aiki har { $date }.
app-verdict-newer = Sabuwar Carnet ce ta yi wannan lambar. Sabunta Carnet don duba ta.
app-item-endorsed = An sa hannu
app-item-self = Maganarsu kawai
app-item-assessed = An tabbatar ta hanyar { $how }
app-item-hidden = { $count ->
    [one] Mutumin ya ɓoye bayani 1.
   *[other] Mutumin ya ɓoye bayanai { $count }.
}

## Errors of these screens

error-wallet-no-key = Wannan rajista ba ta da maɓallin sa hannu. Ba a nuna komai ba. Don Allah ku kai rahoton wannan matsala.
error-wallet-not-endorsed = Har yanzu babu wanda ya sa hannu kan “{ $title }”. Ku nuna shi a matsayin “ni kaɗai na faɗa”, ko ku roƙi wani ya tabbatar da shi.
error-wallet-credential-damaged = Shaidar “{ $title }” ta lalace. Ku nuna shi a matsayin “ni kaɗai na faɗa”, ko ku roƙi sabuwa.
error-wallet-entry-unfit = “{ $title }” ba zai iya shiga lamba ba: { $field } ɗinsa ya yi tsawo da yawa ko ba a tsarin da ya dace ba. Canza shigarwar, sannan ku sake gwadawa.
error-wallet-selected-twice = An zaɓi “{ $title }” sau biyu. Zaɓe shi sau ɗaya.
error-wallet-nothing-chosen = Zaɓi aƙalla abu ɗaya da za a nuna.
error-wallet-too-large = Wannan ya yi yawa don lambar QR guda (haruffa { $chars }). Zaɓi abubuwa kaɗan, ko ku nuna suna da mataki kawai.
error-wallet-credential = Ba a iya yin lambar ba. Ba a nuna komai ba. Don Allah ku kai rahoton wannan matsala. (Don mai taimako: { $reason })
error-wallet-no-code = Ba a sami lambar QR ta Carnet a wannan hoto ba. Ku sake ɗaukar hoton, kusa kuma a fili, lambar gaba ɗaya a ciki.
error-wallet-not-a-picture = Wannan fayil ba hoto ne da Carnet za ta iya karantawa ba. Yi amfani da hoto (JPEG ko PNG).
error-wallet-picture-too-large = Hoton ya yi girma da yawa ({ $width } × { $height } pixel). Ɗauki ƙarami ku sake gwadawa.
error-wallet-got-request = Wannan roƙo ne na sa hannu kan ƙwarewar wani, ba lambar da ke nuna ƙwarewa ba. Ba a duba komai ba.
error-wallet-trust-damaged = Jerin amintattunku sun lalace ko an canza su. Ku sake shigar da su. Har zuwa lokacin, babu mai sa hannun da ake ɗauka amintacce.
error-wallet-trust-unreadable = Carnet ba ta iya karanta jerin amintattunku a { $path } ba. Ku tabbatar na'urar tana da sarari. (Don mai taimako: { $reason })
error-wallet-not-yours = An yi wannan shaida ne don rajistar wani, ba taku ba. Ba a ajiye komai ba. Ku tabbatar kun karɓi fayil ɗinku.
error-wallet-bad-signature = Sa hannun da ke kan wannan fayil bai yi daidai ba: an canza shi ko ya lalace. Ba a ajiye komai ba. Ku sake roƙon fayil ɗin.
error-wallet-not-a-credential = Wannan fayil ba shaidar da aka sa hannu ce daga Carnet ba. Ba a ajiye komai ba. Ku roƙi wanda ya sa hannu fayil ɗin da ya yi.
error-wallet-too-many = Ku roƙi abubuwa { $max } a mafi yawa a lokaci guda. Zaɓi kaɗan.
error-wallet-not-from-request = Wannan shaida ba ta faɗi wace daga cikin shigarwarku take tabbatarwa ba. Ba a ajiye komai ba. Ku roƙi sabuwa, wadda aka yi daga lambar roƙonku.
error-wallet-entry-gone = Wannan shaida tana tabbatar da shigarwar da ba ta cikin rajistarku yanzu. Ba a ajiye komai ba. Idan kun cire ta, ku sake ƙara ta daga kwafi, sannan ku roƙi sabuwar shaida.

## Asking for a signature, and keeping it

app-request = Roƙi sa hannu
app-request-title = Roƙi sa hannu
app-request-intro = Nuna wannan lambar ga mai horarwa, mai ɗaukar aiki ko cibiyar da za ta tabbatar da abin da kuke iya yi. Za su duba ta da Carnet su mayar muku da fayil da aka sa hannu.
app-request-key = Maɓallinku: { $kid }. Wanda zai sa hannu yana ganin wannan lambar.
app-request-text = Lambar a rubuce, don aikawa ta saƙo
app-request-next = Idan kun samu fayil ɗin da aka sa hannu, buɗe “Shaidu na” ku taɓa “Ƙara fayil da aka sa hannu”.
app-receive = Ƙara fayil da aka sa hannu
app-received = An ajiye: { $name } ({ $kind }) ya sa hannu kan { $titles }.
