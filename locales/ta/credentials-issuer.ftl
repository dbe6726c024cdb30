# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = பயிற்சியாளர், முதலாளி, மையம், கல்லூரி அல்லது சக ஊழியராக மற்றவர்களின் திறன்களில் கையொப்பமிடு.
cli-cmd-issuer-init = வழங்குநராக உங்கள் கையொப்பச் சாவியை உருவாக்கு. அது கடவுச்சொல்லால் பூட்டப்படும்.
cli-cmd-issuer-show = உங்கள் வழங்குநர் பெயர், வகை மற்றும் பொதுச் சாவியைக் காட்டு. கடவுச்சொல் தேவையில்லை.
cli-cmd-issuer-revoke = நீங்கள் கையொப்பமிட்ட ஒரு சான்றை அதன் எண்ணால் திரும்பப் பெறு.
cli-cmd-issuer-status-list = சரிபார்ப்பவர்களுக்குக் கொடுக்க, நீங்கள் திரும்பப் பெற்ற சான்றுகளின் கையொப்பமிட்ட பட்டியலை எழுது.
cli-cmd-endorse = ஒருவர் உங்களுக்குக் கொடுத்த கோரிக்கையில் கையொப்பமிட்டு, திரும்பக் கொடுக்க வேண்டிய சான்றை எழுது.
cli-cmd-trust = QR குறியீட்டைச் சரிபார்க்கும்போது யாருடைய கையொப்பங்களை நம்புவது என்று தேர்ந்தெடு.
cli-cmd-trust-anchor = நம்பிக்கை ஆதாரங்கள்: வழங்குநர்களுக்கு உத்தரவாதம் அளிக்கும் வலையமைப்புகள் அல்லது அதிகார அமைப்புகள்.
cli-cmd-trust-anchor-init = வழங்குநர்களுக்கு உத்தரவாதம் அளிக்க, நம்பிக்கை ஆதாரமாகக் கையொப்பச் சாவியை உருவாக்கு.
cli-cmd-trust-anchor-show = உங்கள் நம்பிக்கை ஆதாரத்தின் பெயரையும் பொதுச் சாவியையும் காட்டு.
cli-cmd-trust-anchor-add = இந்த நம்பிக்கை ஆதாரத்தின் சாவியால் கையொப்பமிட்ட பட்டியல்களை நம்பு.
cli-cmd-trust-bundle = நம்பிக்கை ஆதாரமாக, நீங்கள் உத்தரவாதம் அளிக்கும் வழங்குநர்களின் பட்டியலில் கையொப்பமிடு.
cli-cmd-trust-import = நம்பகமான வழங்குநர்களின் கையொப்பமிட்ட பட்டியலைக் கோப்பிலிருந்து சேர்.
cli-cmd-trust-list = நீங்கள் நம்பும் வழங்குநர்களையும், ஒவ்வொரு பட்டியலும் எவ்வளவு பழையது என்பதையும் காட்டு.
cli-cmd-revocation = வழங்குநர்கள் திரும்பப் பெற்ற சான்றுகளின் பட்டியல்கள்.
cli-cmd-revocation-import = ஒரு வழங்குநர் திரும்பப் பெற்ற சான்றுகளின் கையொப்பமிட்ட பட்டியலைச் சேர்.
cli-cmd-verify = Carnet QR குறியீட்டைச் சரிபார்: ஒவ்வொரு திறனிலும் யார் கையொப்பமிட்டார்கள், அது இன்னும் செல்லுமா.

## Help: what to give

cli-arg-issuer-name = மக்கள் பார்க்க வேண்டிய உங்கள் பெயர் அல்லது உங்கள் நிறுவனத்தின் பெயர்.
cli-arg-issuer-country = உங்கள் நாடு, இரண்டு எழுத்துகளில், KE அல்லது PT போல.
cli-arg-issuer-kind = நீங்கள் யார்: trainer, employer, centre, college அல்லது colleague.
cli-arg-revoke-index = திரும்பப் பெற வேண்டிய சான்றின் எண்.
cli-arg-cred-out = எழுத வேண்டிய கோப்பு.
cli-arg-endorse-request = அந்த நபர் கொடுத்த கோரிக்கை: கோப்பு (request.cbor), அதன் QR குறியீட்டின் படம் (PNG அல்லது JPEG), அல்லது CNR1: என்று தொடங்கும் உரை கொண்ட உரைக் கோப்பு
cli-arg-endorse-text = அந்த நபர் செய்தியாக அனுப்பியிருந்தால், CNR1: என்று தொடங்கும் கோரிக்கையின் உரை. கோப்புக்குப் பதிலாக.
cli-arg-endorse-assessed-by = திறனை எப்படிச் சரிபார்த்தீர்கள்: observation, test, document அல்லது interview.
cli-arg-endorse-expires = சான்று செல்லும் கடைசி நாள், 2027-05-14 போல. இது இல்லாமல், அது முடியாது.
cli-arg-endorse-valid-days = இன்றிலிருந்து சான்று எத்தனை நாட்கள் செல்லும்.
cli-arg-anchor-name = மக்கள் பார்க்க வேண்டிய நம்பிக்கை ஆதாரத்தின் பெயர்.
cli-arg-anchor-key = நம்பிக்கை ஆதாரத்தின் பொதுச் சாவி: 64 எழுத்துகளும் இலக்கங்களும்.
cli-arg-bundle-issuer = carnet issuer show --json இலிருந்து ஒரு வழங்குநரின் கோப்பு. ஒவ்வொரு வழங்குநருக்கும் ஒரு முறை கொடுங்கள்.
cli-arg-trust-file = நம்பிக்கைப் பட்டியல் கோப்பு (.cbor).
cli-arg-status-file = வழங்குநரின் பட்டியல் கோப்பு (.cbor).
cli-arg-verify-image = QR குறியீட்டின் படம்: PNG, JPEG அல்லது WebP.
cli-arg-verify-text = CN1: என்று தொடங்கும் QR குறியீட்டின் உரை
cli-arg-verify-nonce = குறியீட்டில் வைக்கும்படி நீங்கள் அந்த நபரிடம் கேட்ட எண் (hex).
cli-arg-verify-audience = குறியீட்டில் வைக்கும்படி நீங்கள் அந்த நபரிடம் கேட்ட பெயர்.

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

issuer-created = { $name } க்கான உங்கள் வழங்குநர் சாவி தயார். உங்கள் கடவுச்சொல்லைப் பாதுகாப்பாக வையுங்கள்: அது இல்லாமல் நீங்கள் கையொப்பமிட முடியாது.
issuer-label-name = பெயர்:
issuer-label-country = நாடு:
issuer-label-kind = வகை:
issuer-label-public-key = பொதுச் சாவி:
issuer-label-kid = சாவி கைரேகை:
issuer-label-issued = கொடுத்த எண்கள்:
issuer-label-revoked = திரும்பப் பெற்றவை:
issuer-revoked = சான்று எண் { $index } திரும்பப் பெறப்பட்டது.
issuer-already-revoked = சான்று எண் { $index } ஏற்கெனவே திரும்பப் பெறப்பட்டது.
issuer-revoked-next-step = சரிபார்ப்பவர்கள் இதை உங்கள் அடுத்த பட்டியலிலிருந்து மட்டுமே அறிவார்கள்: carnet issuer status-list --out list.cbor மூலம் எழுதி, கோப்பை அவர்களிடம் கொடுங்கள்.
issuer-status-list-written = { $count ->
    [one] பட்டியல் { $path } இல் உள்ளது. அது திரும்பப் பெற்ற 1 சான்றைக் குறிப்பிடுகிறது.
   *[other] பட்டியல் { $path } இல் உள்ளது. அது திரும்பப் பெற்ற { $count } சான்றுகளைக் குறிப்பிடுகிறது.
}

endorse-intro = { $count ->
    [one] { $holder } சாவி கொண்ட நபருக்காக 1 பதிவில் கையொப்பமிடப் போகிறீர்கள்:
   *[other] { $holder } சாவி கொண்ட நபருக்காக { $count } பதிவுகளில் கையொப்பமிடப் போகிறீர்கள்:
}
endorse-entry = { $title } ({ $kind }, நிலை { $level }, { $dates })
endorse-untitled = (தலைப்பு இல்லை)
endorse-how-observation = அவர்கள் அதைச் செய்வதைப் பார்த்ததாக நீங்கள் சொல்கிறீர்கள்.
endorse-how-test = அவர்கள் தேர்வில் தேர்ச்சி பெற்றதாக நீங்கள் சொல்கிறீர்கள்.
endorse-how-document = ஒரு ஆவணத்தைச் சரிபார்த்ததாக நீங்கள் சொல்கிறீர்கள்.
endorse-how-interview = நேர்காணலில் சரிபார்த்ததாக நீங்கள் சொல்கிறீர்கள்.
endorse-expires-on = இது { $date } வரை செல்லும்.
endorse-no-expiry = இது முடியாது.
endorse-written = { $count ->
    [one] கையொப்பமிடப்பட்டது. { $path } ஐ அந்த நபரிடம் திரும்பக் கொடுங்கள். அதன் எண் { $first }.
   *[other] கையொப்பமிடப்பட்டது. { $path } ஐ அந்த நபரிடம் திரும்பக் கொடுங்கள். அதன் எண்கள் { $first } முதல் { $last } வரை.
}

trust-anchor-added = நீங்கள் இப்போது { $name } கையொப்பமிட்ட பட்டியல்களை நம்புகிறீர்கள் (சாவி கைரேகை { $kid }).
trust-bundle-written = { $count ->
    [one] 1 வழங்குநரின் கையொப்பமிட்ட பட்டியல் { $path } இல் உள்ளது.
   *[other] { $count } வழங்குநர்களின் கையொப்பமிட்ட பட்டியல் { $path } இல் உள்ளது.
}
trust-imported = { $count ->
    [one] { $date } அன்று உருவாக்கிய, 1 வழங்குநரின் நம்பிக்கைப் பட்டியல் சேர்க்கப்பட்டது.
   *[other] { $date } அன்று உருவாக்கிய, { $count } வழங்குநர்களின் நம்பிக்கைப் பட்டியல் சேர்க்கப்பட்டது.
}
trust-list-empty = நீங்கள் இன்னும் எந்த வழங்குநரையும் நம்பவில்லை. carnet trust import மூலம் நம்பிக்கைப் பட்டியலைச் சேருங்கள்.
trust-list-bundle = { $days ->
    [0] { $anchor } இன் நம்பிக்கைப் பட்டியல், இன்று உருவாக்கப்பட்டது ({ $date }):
    [one] { $anchor } இன் நம்பிக்கைப் பட்டியல், 1 நாள் முன்பு உருவாக்கப்பட்டது ({ $date }):
   *[other] { $anchor } இன் நம்பிக்கைப் பட்டியல், { $days } நாட்கள் முன்பு உருவாக்கப்பட்டது ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, சாவி கைரேகை { $kid }
revocation-imported = { $count ->
    [one] { $date } அன்று உருவாக்கிய { $name } இன் பட்டியல் சேர்க்கப்பட்டது: 1 சான்று திரும்பப் பெறப்பட்டது.
   *[other] { $date } அன்று உருவாக்கிய { $name } இன் பட்டியல் சேர்க்கப்பட்டது: { $count } சான்றுகள் திரும்பப் பெறப்பட்டன.
}

## Errors of these commands

error-issuer-exists = இந்தக் கோப்புறையில் ஏற்கெனவே வழங்குநர் சாவி உள்ளது. எதுவும் மாற்றப்படவில்லை.
error-no-issuer = இந்தக் கோப்புறையில் இன்னும் வழங்குநர் சாவி இல்லை. carnet issuer init மூலம் ஒன்றை உருவாக்குங்கள்.
error-issuer-damaged = இந்தக் கோப்புறையில் உள்ள வழங்குநர் சாவி சேதமடைந்துள்ளது அல்லது அதன் விவரங்களுடன் பொருந்தவில்லை. காப்புப் பிரதியிலிருந்து நகலைத் திரும்ப வையுங்கள்.
error-anchor-exists = இந்தக் கோப்புறையில் ஏற்கெனவே நம்பிக்கை ஆதாரச் சாவி உள்ளது. எதுவும் மாற்றப்படவில்லை.
error-no-anchor = இந்தக் கோப்புறையில் இன்னும் நம்பிக்கை ஆதாரச் சாவி இல்லை. carnet trust anchor init மூலம் ஒன்றை உருவாக்குங்கள்.
error-anchor-damaged = இந்தக் கோப்புறையில் உள்ள நம்பிக்கை ஆதாரச் சாவி சேதமடைந்துள்ளது அல்லது அதன் விவரங்களுடன் பொருந்தவில்லை. காப்புப் பிரதியிலிருந்து நகலைத் திரும்ப வையுங்கள்.
error-identity-too-new = இந்தச் சாவி புதிய Carnet ஆல் உருவாக்கப்பட்டது. அதைப் பயன்படுத்த Carnet ஐப் புதுப்பியுங்கள்.
error-storage-file = Carnet ஆல் { $path } ஐ எழுதவோ படிக்கவோ முடியவில்லை. இடம் உள்ளதா, அங்கே எழுத உங்களுக்கு அனுமதி உள்ளதா என்று சரிபாருங்கள். (உதவியாளருக்கு: { $reason })
error-file-too-big = { $path } Carnet கோப்பாக இருக்க மிக மிகப் பெரியது.
error-issuer-kind = “{ $value }” வழங்குநர் வகை அல்ல. trainer, employer, centre, college அல்லது colleague என்று எழுதுங்கள்.
error-assessed-by = “{ $value }” சரிபார்க்கும் முறை அல்ல. observation, test, document அல்லது interview என்று எழுதுங்கள்.
error-expires-date = “{ $value }” ஒரு நாள் அல்ல. ஆண்டு-மாதம்-நாள் என எழுதுங்கள், 2027-05-14 போல.
error-expires-past = முடிவு நாள் இன்றைக்குப் பிறகு இருக்க வேண்டும்.
error-issuer-indexes-used-up = இந்த வழங்குநர் சாவி அதன் எல்லா எண்களையும் கொடுத்துவிட்டது. புதிய வழங்குநர் சாவியை உருவாக்குங்கள்.
error-revoke-not-issued = நீங்கள் எண் { $index } கொண்ட சான்றில் கையொப்பமிடவில்லை. உங்கள் எண்கள் 0 முதல் { $next } க்குக் கீழ் வரை.
error-anchor-name = பெயர் 1 முதல் 100 எழுத்துகள் கொண்டதாக இருக்க வேண்டும்.
error-anchor-known = நீங்கள் ஏற்கெனவே இந்த நம்பிக்கை ஆதாரத்தை நம்புகிறீர்கள் (சாவி கைரேகை { $kid }).
error-issuer-file = { $path } வழங்குநரின் கோப்பு அல்ல. வழங்குநரிடம் carnet issuer show --json இன் வெளியீட்டைக் கேளுங்கள்.
error-trust-bundle-not-newer = உங்களிடம் ஏற்கெனவே இந்த நம்பிக்கைப் பட்டியல் அல்லது அதே நம்பிக்கை ஆதாரத்தின் புதியது உள்ளது. எதுவும் மாற்றப்படவில்லை.
error-status-list-not-newer = இந்த வழங்குநரின் புதிய பட்டியல் உங்களிடம் ஏற்கெனவே உள்ளது. எதுவும் மாற்றப்படவில்லை.
error-status-list-issuer-unknown = இந்தப் பட்டியல் நீங்கள் இன்னும் நம்பாத வழங்குநரிடமிருந்து வருகிறது (சாவி கைரேகை { $kid }). முதலில் அதைக் குறிப்பிடும் நம்பிக்கைப் பட்டியலை இறக்குமதி செய்யுங்கள்.
error-verifier-damaged = நீங்கள் சேமித்த நம்பிக்கைப் பட்டியல்கள் சேதமடைந்துள்ளன அல்லது மாற்றப்பட்டுள்ளன. அவற்றை மீண்டும் இறக்குமதி செய்யுங்கள்.
error-verify-nonce = “{ $value }” hex எண் அல்ல, 3fa9 போல.
error-verify-got-request = இது ஒருவரின் பதிவுகளை உறுதிப்படுத்தக் கேட்கும் கோரிக்கை (அதன் உரை CNR1: என்று தொடங்குகிறது), திறன்களைக் காட்டும் குறியீடு அல்ல. எதுவும் சரிபார்க்கப்படவில்லை. உறுதிப்படுத்துபவர் இதன் மூலம் கையொப்பமிடுவார்: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = இது ஒருவரின் திறன்களைக் காட்டும் குறியீடு (அதன் உரை CN1: என்று தொடங்குகிறது), அவற்றை உறுதிப்படுத்தக் கேட்கும் கோரிக்கை அல்ல. எதிலும் கையொப்பமிடப்படவில்லை. அதைச் சரிபார்க்கத் தட்டச்சு செய்யுங்கள்: carnet verify PICTURE, அல்லது carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = நம்பிக்கைப் பட்டியல் சேதமடைந்துள்ளது அல்லது நம்பிக்கைப் பட்டியல் அல்ல.
error-trust-bundle-wrong-file = இது வேறு வகை Carnet கோப்பு, நம்பிக்கைப் பட்டியல் அல்ல.
error-trust-bundle-newer-version = இந்த நம்பிக்கைப் பட்டியல் புதிய Carnet ஆல் உருவாக்கப்பட்டது. அதைப் படிக்க Carnet ஐப் புதுப்பியுங்கள்.
error-trust-bundle-unknown-anchor = இந்த நம்பிக்கைப் பட்டியல் நீங்கள் நம்பாத நம்பிக்கை ஆதாரத்தால் கையொப்பமிடப்பட்டது (சாவி கைரேகை { $kid }). உங்களுக்குத் தெரிந்தால், முதலில் carnet trust anchor add மூலம் சேருங்கள்.
error-trust-bundle-bad-signature = இந்த நம்பிக்கைப் பட்டியலின் கையொப்பம் பொருந்தவில்லை. கோப்பு மாற்றப்பட்டது அல்லது சேதமடைந்தது.
error-trust-bundle-invalid = நம்பிக்கைப் பட்டியலில் உள்ள ஒரு மதிப்பைப் பயன்படுத்த முடியாது ({ $field }).
error-trust-bundle-too-large = நம்பிக்கைப் பட்டியல் மிகப் பெரியது.
error-status-list-malformed = பட்டியல் சேதமடைந்துள்ளது அல்லது திரும்பப் பெற்ற சான்றுகளின் பட்டியல் அல்ல.
error-status-list-wrong-file = இது வேறு வகை Carnet கோப்பு, திரும்பப் பெற்ற சான்றுகளின் பட்டியல் அல்ல.
error-status-list-newer-version = இந்தப் பட்டியல் புதிய Carnet ஆல் உருவாக்கப்பட்டது. அதைப் படிக்க Carnet ஐப் புதுப்பியுங்கள்.
error-status-list-wrong-issuer = இந்தப் பட்டியல் வேறொரு வழங்குநருடையது ({ $found }, { $expected } அல்ல).
error-status-list-bad-signature = இந்தப் பட்டியலின் கையொப்பம் பொருந்தவில்லை. கோப்பு மாற்றப்பட்டது அல்லது சேதமடைந்தது.
error-status-list-invalid = பட்டியலில் உள்ள ஒரு மதிப்பைப் பயன்படுத்த முடியாது ({ $field }).
error-status-list-too-large = பட்டியல் மிகப் பெரியது.
