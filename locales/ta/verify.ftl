# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = ஒரு பயிற்சியாளர்
issuer-kind-employer = ஒரு முதலாளி
issuer-kind-centre = ஒரு மையம்
issuer-kind-college = ஒரு கல்லூரி
issuer-kind-colleague = ஒரு சக ஊழியர்

## verify: verdicts, one per code

verdict-valid = செல்லுபடியானது: நீங்கள் நம்பும் வழங்குநர் கையொப்பமிட்டது, இன்னும் செல்லும், திரும்பப் பெறப்படவில்லை.
verdict-self-declared = அந்த நபர் மட்டும் சொன்னது: யாரும் இதில் கையொப்பமிடவில்லை.
verdict-unknown-issuer = கையொப்பமிடப்பட்டது, ஆனால் நீங்கள் நம்பும் வழங்குநரால் அல்ல.
verdict-expired = காலாவதியானது.
verdict-revoked = கையொப்பமிட்ட வழங்குநர் திரும்பப் பெற்றார்.
verdict-tampered = மாற்றப்பட்டது அல்லது நகலெடுக்கப்பட்டது: இதை நம்பாதீர்கள்.
verdict-malformed = இது படிக்கக்கூடிய Carnet குறியீடு அல்ல.

## verify: reasons, one per code

reason-wrong-prefix = உரை CN1: என்று தொடங்கவில்லை, அதனால் இது Carnet குறியீடு அல்ல.
reason-bad-base45 = Carnet குறியீட்டில் இருக்க முடியாத எழுத்துகள் உரையில் உள்ளன. அது துண்டிக்கப்பட்டிருக்கலாம் அல்லது தவறாகத் தட்டச்சு செய்யப்பட்டிருக்கலாம்.
reason-bad-zlib = குறியீடு துண்டிக்கப்பட்டுள்ளது அல்லது சேதமடைந்துள்ளது.
reason-too-large = குறியீடு Carnet குறியீடாக இருக்க மிக மிகப் பெரியது.
reason-bad-cose = குறியீடு சேதமடைந்துள்ளது அல்லது Carnet குறியீடு அல்ல.
reason-unsupported-header = குறியீடு Carnet க்குத் தெரியாத கையொப்பத்தைப் பயன்படுத்துகிறது. புதிய Carnet அதைப் படிக்கலாம்.
reason-bad-payload = குறியீட்டின் உள்ளடக்கம் சேதமடைந்துள்ளது.
reason-holder-signature-invalid = அந்த நபரின் கையொப்பம் பொருந்தவில்லை: குறியீடு மாற்றப்பட்டது.
reason-nonce-mismatch = குறியீடு வேறொரு கோரிக்கைக்காக உருவாக்கப்பட்டது (எண் { $found }, { $expected } அல்ல). அது நகலாக இருக்கலாம்.
reason-audience-mismatch = குறியீடு “{ $found }” க்காக உருவாக்கப்பட்டது, “{ $expected }” க்காக அல்ல.
reason-presentation-expired = குறியீடு { $exp } அன்று காலாவதியானது. புதியதை உருவாக்க அந்த நபரிடம் கேளுங்கள்.
reason-presentation-not-yet-valid = குறியீடு { $iat } அன்று உருவாக்கப்பட்டதாகச் சொல்கிறது, அது இன்னும் வரவில்லை. இந்தச் சாதனத்தின் கடிகாரத்தைச் சரிபாருங்கள்.
reason-endorsement-signature-invalid = வழங்குநரின் கையொப்பம் பொருந்தவில்லை: திறன் மாற்றப்பட்டது.
reason-issuer-key-not-sent = வழங்குநர் { $kid } என்ற கைரேகையால் மட்டுமே குறிப்பிடப்படுகிறார், உங்களுக்கு அது தெரியாது.
reason-endorsement-expired = திறனின் கையொப்பம் { $exp } அன்று காலாவதியானது.
reason-endorsement-not-yet-valid = திறன் { $iat } அன்று கையொப்பமிடப்பட்டதாகச் சொல்கிறது, அது இன்னும் வரவில்லை. இந்தச் சாதனத்தின் கடிகாரத்தைச் சரிபாருங்கள்.
reason-issuer-unknown = “{ $name }” (சாவி கைரேகை { $kid }) உங்கள் நம்பிக்கைப் பட்டியல்களில் இல்லை. யார் வேண்டுமானாலும் தனக்கு ஒரு பெயரை வைத்துக்கொள்ளலாம்.
reason-issuer-not-trusted-at-issue = “{ $name }” (சாவி கைரேகை { $kid }) கையொப்பமிட்ட நாளில் அவருக்கு யாரும் உத்தரவாதம் அளிக்கவில்லை.
reason-issuer-trusted = வழங்குநர் உங்கள் நம்பிக்கைப் பட்டியலில் உள்ளார் (சாவி கைரேகை { $kid }).
reason-issuer-claims-differ = உங்கள் நம்பிக்கைப் பட்டியல் இந்த வழங்குநர் { $country } இல் { $kind } என்று சொல்கிறது; கையொப்பம் வேறு சொல்கிறது. நம்பிக்கைப் பட்டியலைப் பின்பற்றுங்கள்.
reason-revoked = வழங்குநர் சான்று எண் { $index } ஐத் திரும்பப் பெற்றார்.
reason-no-revocation-list = இந்த வழங்குநர் திரும்பப் பெற்றவற்றின் பட்டியல் உங்களிடம் இல்லை.
reason-self-declared = அந்த நபர் இதைச் சொல்கிறார்; யாரும் கையொப்பமிடவில்லை.

## verify: the rest of the report

verify-presentation = { $stage } க்காகக் காட்டப்பட்டது, { $date } அன்று உருவாக்கப்பட்டது, { $kid } சாவி கொண்ட நபரால்.
verify-audience = இவருக்காக உருவாக்கப்பட்டது: { $audience }
verify-stage-recruitment = ஆட்சேர்ப்பு
verify-stage-pre-departure = புறப்படத் தயாராதல்
verify-stage-arrival = வருகை
verify-stage-career = வேலையும் பயிற்சியும்
verify-stage-return = தாய்நாட்டுக்குத் திரும்புதல்
verify-endorsed-by = { $name } கையொப்பமிட்டது, { $country } இல் { $kind }.
verify-endorsed-by-unchecked = தன்னை “{ $name }” என்று அழைத்துக்கொள்ளும் ஒருவர் கையொப்பமிட்டது, { $country } இல் { $kind } (சரிபார்க்கப்படவில்லை; சாவி கைரேகை { $kid }).
verify-colleague-note = இது ஒரு சக ஊழியரின் சொல்: அந்த நபருடன் சேர்ந்து வேலை செய்த ஒருவர், பள்ளியோ முதலாளியோ அல்ல.
verify-endorsed-on = { $date } அன்று கையொப்பமிடப்பட்டது; { $how } மூலம் சரிபார்க்கப்பட்டது.{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } வரை செல்லும்.
}
verify-how-observation = அவர்கள் வேலை செய்வதைப் பார்த்தல்
verify-how-test = ஒரு தேர்வு
verify-how-document = ஒரு ஆவணம்
verify-how-interview = ஒரு நேர்காணல்
verify-hidden = { $count ->
    [one] 1 விவரத்தை அந்த நபர் மறைத்துள்ளார்.
   *[other] { $count } விவரங்களை அந்த நபர் மறைத்துள்ளார்.
}
verify-trust-age = { $days ->
    [0] இன்றைய நம்பிக்கைப் பட்டியல்.
    [one] 1 நாள் முந்தைய நம்பிக்கைப் பட்டியல் ({ $date }).
   *[other] { $days } நாட்கள் முந்தைய நம்பிக்கைப் பட்டியல் ({ $date }).
}
verify-newer-code = இந்தக் குறியீடு புதிய Carnet ஆல் உருவாக்கப்பட்டது. அதைச் சரிபார்க்க Carnet ஐப் புதுப்பியுங்கள்.
verify-status-age = { $days ->
    [0] திரும்பப் பெற்ற சான்றுகளின் பட்டியல்: இன்றையது.
    [one] திரும்பப் பெற்ற சான்றுகளின் பட்டியல்: 1 நாள் முந்தையது ({ $date }).
   *[other] திரும்பப் பெற்ற சான்றுகளின் பட்டியல்: { $days } நாட்கள் முந்தையது ({ $date }).
}
verify-field-kind = என்ன:
verify-field-title = தலைப்பு:
verify-field-esco = ESCO:
verify-field-entry-id = பதிவு:
verify-field-level = நிலை:
verify-field-from = இருந்து:
verify-field-to = வரை:
verify-field-country = நாடு:
verify-field-context = கற்றது:
verify-field-evidence = சான்று (hash):
verify-field-eqf = EQF நிலை:
verify-entry-kind-skill = ஒரு திறன்
verify-entry-kind-qualification = பட்டயம் அல்லது தகுதி
verify-entry-kind-experience = பணி அனுபவம்
verify-entry-kind-language = ஒரு மொழி
verify-entry-kind-learning = ஒரு பாடநெறி
verify-context-formal = பள்ளியில் அல்லது கல்லூரியில்
verify-context-non-formal = பாடநெறியில்
verify-context-informal = வேலையில் அல்லது தானாகவே
verify-esco-skill = திறன்
verify-esco-occupation = தொழில்
verify-esco-qualification = தகுதி
