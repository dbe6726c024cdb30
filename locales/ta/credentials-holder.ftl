# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = பதிவுகளை உறுதிப்படுத்தப் பயிற்சியாளர், முதலாளி அல்லது மையத்திடம் கேட்கும் கோப்பை உருவாக்கு.
    .long = உங்கள் சில பதிவுகளை உறுதிப்படுத்த ("endorse") பயிற்சியாளர், முதலாளி, மையம், கல்லூரி அல்லது சக ஊழியரிடம் கேட்கும் கோரிக்கையை உருவாக்குங்கள்: ஒரு கோப்பு, உங்கள் தொலைபேசியில் காட்ட அல்லது அச்சிட QR குறியீடு (.png அல்லது .svg என்று முடியும் பெயர்), அல்லது --text மூலம் செய்தியில் அனுப்ப உரை. அதை அவர்களிடம் கொடுங்கள். அவர்கள் அதில் கையொப்பமிட்டு ஒரு சான்றுக் கோப்பைத் திரும்பத் தருவார்கள், அதை இதன் மூலம் வைத்துக்கொள்ளுங்கள்: carnet receive
cli-cmd-holder-receive = பயிற்சியாளர், முதலாளி அல்லது மையம் உங்களுக்காகக் கையொப்பமிட்ட சான்றை வைத்துக்கொள்.
cli-cmd-holder-credentials = நீங்கள் வைத்திருக்கும் சான்றுகளைப் பதிவு வாரியாகப் பட்டியலிடு. மேலும்: carnet wallet
cli-cmd-holder-present = தேர்ந்தெடுத்த பதிவுகளை யாரும் இணையம் இல்லாமல் சரிபார்க்கக்கூடிய ஒரு QR குறியீடாகக் காட்டு.
    .long = தேர்ந்தெடுத்த பதிவுகளை யாரும் இணையம் இல்லாமல் சரிபார்க்கக்கூடிய ஒரு QR குறியீடாகக் காட்டு. உறுதிப்படுத்தப்பட்ட பதிவுகள் உறுதிப்படுத்தியவருடன் காட்டப்படும்; --self-declared மூலம் கொடுத்த பதிவுகள் நீங்கள் மட்டும் சொன்னவையாகக் காட்டப்படும். திரையில் குறியீடு 24 மணி நேரம் வேலை செய்யும்; --print உடன், 5 ஆண்டுகள்.
cli-cmd-holder-export = உறுதிப்படுத்தப்பட்ட பதிவைப் பிற செயலிகளுக்காக W3C Verifiable Credential (Open Badges 3.0) ஆக எழுது.
    .long = உறுதிப்படுத்தப்பட்ட பதிவை W3C Verifiable Credential 2.0 (Open Badges 3.0 பதக்கம்) ஆக எழுது, அதை உறுதிப்படுத்தியவர் கையொப்பமிட்டது, அதனால் பிற பணப்பைகளும் செயலிகளும் அதைச் சரிபார்க்கலாம். --out இல்லாமல் அது திரையில் எழுதப்படும்.

## Help: arguments

cli-arg-holder-request-ids = உறுதிப்படுத்த வேண்டிய பதிவுகள்: அவற்றின் id கள், அல்லது ஒவ்வொன்றின் முதல் 4 அல்லது அதற்கு மேற்பட்ட எழுத்துகள். id களைப் பார்க்கத் தட்டச்சு செய்யுங்கள்: carnet list
cli-arg-holder-request-out = கோரிக்கையை எங்கே எழுதுவது: .png அல்லது .svg என்று முடியும் பெயர் QR குறியீட்டுப் படத்தை உருவாக்கும்; request.cbor போன்ற வேறு எந்தப் பெயரும் ஒரு கோப்பை.
cli-arg-holder-request-text = செய்தியாக அனுப்ப, கோரிக்கையின் உரையை (CNR1: என்று தொடங்கும்) திரையில் எழுது.
cli-arg-holder-receive-file = உங்களுக்குக் கொடுக்கப்பட்ட சான்றுக் கோப்பு, எடுத்துக்காட்டு credential.cbor.
cli-arg-holder-present-select = காட்ட வேண்டிய உறுதிப்படுத்தப்பட்ட பதிவுகள்: அவற்றின் id கள், அல்லது ஒவ்வொன்றின் முதல் 4 அல்லது அதற்கு மேற்பட்ட எழுத்துகள்.
cli-arg-holder-present-fields = ஒவ்வொரு பதிவின் இந்தப் பகுதிகளை மட்டும் காட்டு, காற்புள்ளிகளால் பிரித்து, எடுத்துக்காட்டு title,level. மற்றவை மறைந்திருக்கும். பகுதிகள்: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. இது இல்லாமல், அனைத்தும் காட்டப்படும்.
cli-arg-holder-present-self-declared = யாரும் உறுதிப்படுத்தாத, நீங்கள் மட்டும் சொன்னவையாகக் காட்ட வேண்டிய பதிவுகள்.
cli-arg-holder-present-stage = எதற்காகக் காட்டுகிறீர்கள்: recruitment, pre-departure, arrival, career அல்லது return. இது இல்லாமல்: recruitment.
cli-arg-holder-present-audience = அவர்களின் பெயரைக் குறிப்பிடச் சொன்னால், யாருக்குக் காட்டுகிறீர்கள், எடுத்துக்காட்டு ஒரு நிறுவனத்தின் பெயர்.
cli-arg-holder-present-nonce = சரிபார்ப்பவர் உங்களுக்குக் கொடுத்த குறியீடு, கொடுத்திருந்தால் (எழுத்துகள் 0-9 மற்றும் a-f).
cli-arg-holder-present-print = காகிதத்துக்காக உருவாக்கு: குறியீடு கீறல்களையும் மடிப்புகளையும் நன்றாகத் தாங்கும், 24 மணி நேரத்துக்குப் பதிலாக 5 ஆண்டுகள் வேலை செய்யும்.
cli-arg-holder-present-out = எழுத வேண்டிய படம்: .png அல்லது .svg என்று முடியும் பெயர்.
cli-arg-holder-present-text = செய்தியாக அனுப்ப, QR குறியீட்டின் உள்ளே உள்ள உரையையும் எழுது.
cli-arg-holder-export-id = உறுதிப்படுத்தப்பட்ட பதிவு: அதன் id, அல்லது அதன் முதல் 4 அல்லது அதற்கு மேற்பட்ட எழுத்துகள்.
cli-arg-holder-export-format = எழுத வேண்டிய வடிவம். மட்டும்: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = சான்றுடன் கூடிய JSON க்குப் பதிலாகக் கையொப்பமிட்ட டோக்கனாக (VC-JWT) எழுது.
cli-arg-holder-export-out = எழுத வேண்டிய கோப்பு, எடுத்துக்காட்டு badge.json அல்லது badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] இந்தக் கோரிக்கை 1 பதிவை உறுதிப்படுத்தக் கேட்கிறது.
       *[other] இந்தக் கோரிக்கை { $count } பதிவுகளை உறுதிப்படுத்தக் கேட்கிறது.
    } உறுதிப்படுத்துபவர் ஒவ்வொன்றின் இந்தப் பகுதிகளைப் பார்ப்பார்:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = கோரிக்கை { $path } இல் எழுதப்பட்டது.
holder-request-next = கோப்பை உறுதிப்படுத்துபவரிடம் கொடுங்கள். அவர்கள் சான்றுக் கோப்பைத் திரும்பத் தந்ததும், தட்டச்சு செய்யுங்கள்: carnet receive FILE
holder-receive-done = வைக்கப்பட்டது: { $issuer }, { $kind }, { $country } உறுதிப்படுத்தியது. அவர்கள் சரிபார்த்த விதம்: { $assessed }.
holder-validity-until = { $issued } அன்று வழங்கப்பட்டது. { $expires } வரை செல்லும்.
holder-validity-open = { $issued } அன்று வழங்கப்பட்டது. முடிவுத் தேதி இல்லை.
holder-wallet-empty = உங்களிடம் இன்னும் சான்றுகள் இல்லை. ஒன்றைக் கேட்கத் தட்டச்சு செய்யுங்கள்: carnet request ID --out request.cbor
holder-wallet-damaged = இனி படிக்க முடியாத சான்று. அதைக் கொடுத்தவரிடம் புதியதைக் கேளுங்கள்.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): வழங்கியது { $issued }, { $expires } வரை செல்லும்
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): வழங்கியது { $issued }, முடிவுத் தேதி இல்லை
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): வழங்கியது { $issued }, { $expires } அன்று முடிந்தது
holder-present-nothing = எதைக் காட்டுவது என்று சொல்லுங்கள்: உறுதிப்படுத்தப்பட்ட பதிவுகளுக்கு --select ID, மற்றவற்றுக்கு --self-declared ID.
holder-present-done = QR குறியீடு { $path } இல் எழுதப்பட்டது: { $endorsed } உறுதிப்படுத்தப்பட்டவை, { $declared } நீங்கள் சொன்னவை.
holder-present-size = அளவு: QR பதிப்பு { $version }, நிலை { $ec }, { $chars } எழுத்துகள்.
holder-present-expires = இதை { $when } வரை சரிபார்க்கலாம் ({ $hours } மணி நேரம்).
holder-present-by-kid = பொருந்த வைக்க, வழங்குநர்கள் சிறிய கைரேகையால் குறிப்பிடப்பட்டுள்ளனர். சரிபார்ப்பவரின் நம்பகமான வழங்குநர் பட்டியலில் அவர்கள் இருந்தால் மட்டுமே அவர்கள் யார் என்று தெரியும்.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = ஒரு பயிற்சியாளர்
holder-issuer-kind-employer = ஒரு முதலாளி
holder-issuer-kind-centre = ஒரு மையம்
holder-issuer-kind-college = ஒரு கல்லூரி
holder-issuer-kind-colleague = ஒரு சக ஊழியர் (உங்களுடன் வேலை செய்த ஒருவர், நிறுவனம் அல்ல)

## How they checked

holder-assessed-observation = நீங்கள் வேலை செய்வதை அவர்கள் பார்த்தனர்
holder-assessed-test = ஒரு தேர்வு
holder-assessed-document = அவர்கள் ஒரு ஆவணத்தைச் சரிபார்த்தனர்
holder-assessed-interview = ஒரு நேர்காணல்

## Errors

error-holder-no-key = இந்தப் பதிவேட்டில் சான்றுகளில் கையொப்பமிட சாவி இல்லை. எதுவும் மாற்றப்படவில்லை. தயவுசெய்து இந்தச் சிக்கலைத் தெரிவியுங்கள்.
error-holder-write-file = { $path } கோப்பை எழுத முடியவில்லை: { $reason }. கோப்புறை இருக்கிறதா, இடம் உள்ளதா என்று சரிபார்த்து, மீண்டும் முயலுங்கள்.
error-holder-entry-unfit = "{ $title }" பதிவைச் சான்றில் வைக்க முடியாது: அதன் { $field } மிக நீளமானது அல்லது சரியான வடிவில் இல்லை. carnet edit மூலம் அதை மாற்றி, மீண்டும் முயலுங்கள்.
error-holder-unknown-field = "{ $value }" காட்டக்கூடிய பதிவின் பகுதி அல்ல. பகுதிகள்: { $known }.
error-holder-credential-no-entries = { $path } சான்று உங்கள் எந்தப் பதிவுகளை உறுதிப்படுத்துகிறது என்று சொல்லவில்லை. எதுவும் வைக்கப்படவில்லை. கோரிக்கைக் கோப்பிலிருந்து உருவாக்கிய புதியதைக் கேளுங்கள்: carnet request
error-holder-credential-entry-gone = { $path } சான்று இனி உங்கள் பதிவேட்டில் இல்லாத பதிவை உறுதிப்படுத்துகிறது ({ $id }). எதுவும் வைக்கப்படவில்லை. இந்தச் சாதனத்தில் அதை அழித்திருந்தால், பதிவேட்டின் நகலிலிருந்து சேர்த்து, மீண்டும் முயலுங்கள்.
error-holder-credential-damaged = "{ $title }" பதிவின் சான்றை இனி படிக்க முடியாது. அதை உறுதிப்படுத்தியவரிடம் புதியதைக் கேளுங்கள்.
error-holder-not-endorsed = "{ $title }" பதிவை இன்னும் யாரும் உறுதிப்படுத்தவில்லை. அதை --self-declared மூலம் காட்டுங்கள், அல்லது உறுதிப்படுத்தலைக் கேளுங்கள்: carnet request
error-holder-selected-twice = "{ $title }" பதிவு --select மற்றும் --self-declared இரண்டிலும் கொடுக்கப்பட்டுள்ளது. ஒரு முறை கொடுங்கள்.
error-holder-bad-stage = "{ $value }" ஒரு கட்டம் அல்ல. கட்டங்கள்: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = பார்வையாளர் ஒரே வரியில் 1 முதல் 100 எழுத்துகள் கொண்டதாக இருக்க வேண்டும்.
error-holder-bad-nonce = "{ $value }" சரிபார்ப்பவரின் குறியீடு அல்ல: அது 0-9 மற்றும் a-f இல் 2 முதல் 128 எழுத்துகளாக இருக்க வேண்டும்.
error-holder-bad-out = { $path } படத்தின் பெயர் .png அல்லது .svg என்று முடிய வேண்டும்.
error-holder-no-vc = { $issuer } "{ $title }" ஐ உறுதிப்படுத்தியது, Carnet அதை W3C சான்றாக எழுதக்கூடிய முன்பு, அவர்களால் மட்டுமே ஒன்றில் கையொப்பமிட முடியும். மீண்டும் உறுதிப்படுத்த அவர்களிடம் கேளுங்கள்: புதிய கோரிக்கையை உருவாக்கி (carnet request ID --out request.cbor), அவர்களிடம் கொடுத்து, அவர்கள் திரும்பத் தரும் கோப்பை வைத்துக்கொள்ளுங்கள் (carnet receive FILE).
