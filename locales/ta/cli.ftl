# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = எப்படித் தட்டச்சு செய்வது:
cli-help-commands = கட்டளைகள்:
cli-help-arguments = என்ன கொடுப்பது:
cli-help-options = விருப்பங்கள்:
cli-help-examples = எடுத்துக்காட்டுகள்:

## Help: the whole program

cli-about = Carnet உங்களால் செய்ய முடிந்தவற்றின் பதிவை வைத்திருக்கும்: திறன்கள், வேலை, மொழிகள், பட்டயங்கள் மற்றும் பாடநெறிகள். பதிவு உங்கள் சாதனத்திலேயே, உங்கள் கடவுச்சொல்லால் பூட்டப்பட்டு இருக்கும்.

cli-examples =
    பதிவேட்டைத் தொடங்க:        carnet init
    திறனைச் சேர்க்க:            carnet add skill --title "Welding" --level advanced
    உங்கள் பதிவுகளைப் பார்க்க:  carnet list
    ஒரு பதிவைப் பார்க்க:        carnet show 3f2a
    கட்டளைக்கு உதவி:            carnet add --help

cli-opt-data-dir = உங்கள் பதிவேடு வைக்கப்படும் கோப்புறை. CARNET_DATA_DIR ஐயும் அமைக்கலாம்.
cli-opt-json = பிற நிரல்களுக்காக JSON இல் பதிலளி.
cli-opt-lang = Carnet செய்திகளின் மொழி, எடுத்துக்காட்டு ar, fa, fr, uk அல்லது en.
cli-opt-help = இந்த உதவியைக் காட்டு.
cli-opt-version = Carnet இன் பதிப்பைக் காட்டு.

## Help: commands

cli-cmd-init = கடவுச்சொல்லால் பூட்டப்பட்ட புதிய பதிவேட்டை உருவாக்கு.
cli-cmd-passphrase = உங்கள் பதிவேட்டின் கடவுச்சொல்லை மாற்று.
cli-cmd-passphrase-change = உங்கள் கடவுச்சொல்லை மாற்று. பழையதைத் தட்டச்சு செய்து, பிறகு புதியதை இரண்டு முறை தட்டச்சு செய்வீர்கள்.
cli-cmd-profile = உங்கள் சுயவிவரத்தைப் பார் அல்லது மாற்று: உங்கள் பெயர், நாடுகள், மொழிகள்.
cli-cmd-profile-show = உங்கள் சுயவிவரத்தைக் காட்டு.
cli-cmd-profile-set = உங்கள் சுயவிவரத்தை மாற்று. ஏதாவதை அழிக்க, வெற்று மதிப்பைக் கொடுங்கள், எடுத்துக்காட்டு --contact "".
cli-cmd-add = பதிவைச் சேர்: திறன், தகுதி, பணி அனுபவம், மொழி அல்லது பாடநெறி.
cli-cmd-list = உங்கள் பதிவுகளைப் பட்டியலிடு.
cli-cmd-show = ஒரு பதிவைப் பற்றிய அனைத்தையும் காட்டு.
cli-cmd-edit = பதிவை மாற்று.
cli-cmd-rm = பதிவை அழி.
cli-cmd-search = சில சொற்களைக் கொண்ட பதிவுகளைக் கண்டுபிடி.
cli-cmd-detach = பதிவிலிருந்து படம் அல்லது குரல் குறிப்பை நீக்கு. வேறு பதிவு அதைக் காட்டாவிட்டால், இது இந்தச் சாதனத்திலிருந்தும் அழிக்கப்படும்.
cli-cmd-attach = பதிவில் ஒரு ஆவணத்தின் படத்தைச் சேர், எடுத்துக்காட்டு பட்டயம், சான்றிதழ் அல்லது பணி ஆவணம். அல்லது குரல் குறிப்பைச் சேர்: திறனைப் பற்றி நீங்கள் சொல்லும் ஒலிக் கோப்பு.
cli-cmd-export = பிற நிரல்கள் படிக்கக்கூடிய கோப்பாக உங்கள் முழுப் பதிவேட்டையும் எழுது.
cli-cmd-import = Carnet ஏற்றுமதிக் கோப்பை உங்கள் பதிவேட்டில் படி. உங்கள் பதிவேட்டில் எதுவும் அழிக்கப்படாது.
cli-cmd-devices = உங்கள் பதிவேடு உள்ள சாதனங்கள்.
cli-cmd-devices-list = உங்கள் பதிவேடு உள்ள சாதனங்களைக் காட்டு.
cli-cmd-devices-remove = ஒரு சாதனத்திலிருந்து உங்கள் பதிவேட்டை எடு, எடுத்துக்காட்டு தொலைந்த தொலைபேசி. இனி நீங்கள் சேர்க்கும் எதையும் அது படிக்க முடியாது.
cli-cmd-pair = புதிய தொலைபேசி போன்ற உங்களுடைய வேறொரு சாதனத்தில் உங்கள் பதிவேட்டை வை.
cli-cmd-pair-show = உங்கள் பதிவேடு உள்ள சாதனத்தில்: புதிய சாதனத்துக்கு ஒரு குறியீட்டைக் காட்டி, பிறகு அனுமதி.
cli-cmd-pair-join = புதிய சாதனத்தில்: உங்கள் மற்ற சாதனம் காட்டும் குறியீட்டால் உங்கள் பதிவேட்டைப் பெறு.
cli-cmd-sync = உங்கள் மாற்றங்களை மையத்தின் சர்வருக்கு அனுப்பி, உங்கள் மற்ற சாதனங்களில் செய்த மாற்றங்களைப் பெறு. சர்வர் தன்னால் படிக்க முடியாத பூட்டிய நகலை மட்டுமே வைத்திருக்கும்.

## Help: what to give to the commands

cli-arg-kind = பதிவின் வகை: skill (திறன்), qualification (தகுதி), experience (வேலை), language (மொழி) அல்லது learning (பாடநெறி).
cli-arg-title = சிறிய பெயர், எடுத்துக்காட்டு "வெல்டிங்" அல்லது "ஓட்டுநர் உரிமம் B".
cli-arg-description = விரும்பினால், அதைப் பற்றி மேலும் சில சொற்கள்.
cli-arg-level = நீங்கள் எவ்வளவு திறமையானவர். திறன் அல்லது வேலைக்கு: basic, intermediate, advanced அல்லது expert. மொழிக்கு: A1 (தொடக்கநிலை) முதல் C2 (மிக நன்று) வரை. தகுதி அல்லது பாடநெறிக்கு: அதன் EQF நிலை, 1 முதல் 8 வரை.
cli-arg-eqf = தெரிந்தால், பட்டயம் அல்லது பாடநெறியின் EQF நிலை, 1 முதல் 8 வரை.
cli-arg-from = எப்போது தொடங்கியது: ஆண்டு (2019), மாதம் (2019-05) அல்லது நாள் (2019-05-14).
cli-arg-to = எப்போது முடிந்தது, அதே வழியில் எழுதப்பட்டது. இன்னும் தொடர்ந்தால் இதை விட்டுவிடுங்கள்.
cli-arg-organisation = முதலாளி, பள்ளி அல்லது பயிற்சி மையம்.
cli-arg-place = ஊர் அல்லது இடம்.
cli-arg-country = நாடு, இரண்டு எழுத்துகளில், எடுத்துக்காட்டு SY, AF, DE.
cli-arg-context = நீங்கள் எப்படிக் கற்றீர்கள்: formal (பள்ளி, பட்டயம்), non-formal (பாடநெறி) அல்லது informal (செய்வதன் மூலம்).
cli-arg-written-in = இந்தப் பதிவை எழுதிய மொழி, சிறிய குறியீடாக, எடுத்துக்காட்டு ar அல்லது en.
cli-arg-esco = தெரிந்தால், திறன் அல்லது வேலையின் ESCO முகவரி.
cli-arg-isco = தெரிந்தால், ISCO-08 வேலைக் குறியீடு (1 முதல் 4 இலக்கங்கள்).
cli-arg-stage = உங்கள் பயணத்தில் இது எப்போது முக்கியம்: recruitment, pre-departure, arrival, career அல்லது return. ஒன்றுக்கு மேல் கொடுக்கலாம்.

cli-arg-list-kind = இந்த வகைப் பதிவுகளை மட்டும் காட்டு: skill, qualification, experience, language அல்லது learning.
cli-arg-list-stage = இந்தக் கட்டத்துக்கான பதிவுகளை மட்டும் காட்டு: recruitment, pre-departure, arrival, career அல்லது return.

cli-arg-id = பதிவின் id. முதல் 4 அல்லது அதற்கு மேற்பட்ட எழுத்துகள் போதும். id களைப் பார்க்கத் தட்டச்சு செய்யுங்கள்: carnet list
cli-arg-set = ஒரு மாற்றம், FIELD=VALUE என எழுதப்பட்டது, எடுத்துக்காட்டு level=advanced. மேலும் மாற்ற மீண்டும் கொடுங்கள். வெற்று மதிப்பு புலத்தை அழிக்கும். புலங்கள்: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = தேட வேண்டிய சொற்கள்.
cli-arg-evidence = நீக்க வேண்டிய படம் அல்லது குரல் குறிப்பு: carnet show மற்றும் carnet attach அச்சிடும் அதன் id (முதல் 8 அல்லது அதற்கு மேற்பட்ட எழுத்துகள் போதும்).
cli-arg-photo = ஒரு படம் (JPEG, PNG அல்லது WebP) அல்லது ஒலிக் கோப்பு (WebM, Ogg, MP4, M4A, AAC, MP3 அல்லது WAV, 5 MB வரை). எது என்று அறிய Carnet கோப்பின் உள்ளே பார்க்கும். படம் எடுத்த இடம் போன்ற மறைந்த தரவை அது நீக்கும்.
cli-arg-format = கோப்பு வகை. இப்போதைக்கு json மட்டும்.
cli-arg-file = படிக்க வேண்டிய ஏற்றுமதிக் கோப்பு.

cli-arg-name = மற்றவர்கள் பார்க்க நீங்கள் விரும்பும் உங்கள் பெயர்.
cli-arg-birth-date = உங்கள் பிறந்த தேதி: 1990, 1990-05 அல்லது 1990-05-14.
cli-arg-origin = நீங்கள் வந்த நாடு, இரண்டு எழுத்துகளில், எடுத்துக்காட்டு SY, AF, ER.
cli-arg-current = நீங்கள் இப்போது வசிக்கும் நாடு, இரண்டு எழுத்துகளில், எடுத்துக்காட்டு DE, FR.
cli-arg-contact = உங்களை எப்படித் தொடர்புகொள்ளலாம், எடுத்துக்காட்டு தொலைபேசி எண் அல்லது மின்னஞ்சல்.
cli-arg-language = உங்களுக்குத் தெரிந்த மொழி, சிறிய குறியீடாக, எடுத்துக்காட்டு ar, fa-AF அல்லது en. கீழே உள்ள விருப்பங்கள் இந்த மொழியைப் பற்றியவை.
cli-arg-mother-tongue = இந்த மொழி உங்கள் தாய்மொழி.
cli-arg-not-mother-tongue = இந்த மொழி உங்கள் தாய்மொழி அல்ல.
cli-arg-listening = பேசுபவர்களை நீங்கள் எவ்வளவு நன்றாகப் புரிந்துகொள்கிறீர்கள்: A1 (தொடக்கநிலை) முதல் C2 (மிக நன்று) வரை.
cli-arg-reading = நீங்கள் எவ்வளவு நன்றாகப் படிக்கிறீர்கள்: A1 முதல் C2 வரை.
cli-arg-spoken-interaction = உரையாடலில் நீங்கள் எவ்வளவு நன்றாகப் பங்கேற்கிறீர்கள்: A1 முதல் C2 வரை.
cli-arg-spoken-production = நீங்கள் தனியாக எவ்வளவு நன்றாகப் பேசுகிறீர்கள்: A1 முதல் C2 வரை.
cli-arg-writing = நீங்கள் எவ்வளவு நன்றாக எழுதுகிறீர்கள்: A1 முதல் C2 வரை.
cli-arg-remove-language = உங்கள் சுயவிவரத்திலிருந்து ஒரு மொழியை நீக்கு.
cli-arg-hub = மையத்தின் சர்வர் முகவரி, எடுத்துக்காட்டு http://192.168.1.10:8470. Carnet அதை நினைவில் வைக்கும்.
cli-arg-device-id = carnet devices list காட்டும் சாதனத்தின் id (முதல் 4 அல்லது அதற்கு மேற்பட்ட எழுத்துகள் போதும்).
cli-arg-pair-approve = புதிய சாதனம் இந்தக் குறியீட்டைக் காட்டினால், கேட்காமலேயே அனுமதி (உதவியாளர்கள் மற்றும் ஸ்கிரிப்டுகளுக்கு).
cli-arg-pair-code = உங்கள் மற்ற சாதனம் காட்டும் குறியீடு. அது CNP1: என்று தொடங்கும்
cli-arg-pair-name = இந்தச் சாதனத்துக்கு ஒரு பெயர், மற்றதில் இதை அடையாளம் காண (எடுத்துக்காட்டு "அமலின் தொலைபேசி").
cli-arg-sync-status = கடைசியாக எப்போது ஒத்திசைத்தீர்கள், எத்தனை மாற்றங்கள் காத்திருக்கின்றன என்பதை மட்டும் காட்டு. எதுவும் அனுப்பப்படாது.
cli-arg-sync-watch = தொடர்ந்து ஒத்திசை. சர்வரை அடைய முடியாதபோது, ஒவ்வொரு முறையும் நீண்ட நேரம் காத்திருந்து, பின்னர் மீண்டும் முயல்.
cli-arg-sync-every = --watch உடன்: ஒத்திசைவுகளுக்கு இடையே எத்தனை வினாடிகள் காத்திருப்பது (கொடுக்காவிட்டால் 300).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = குறைந்தது { $min } எழுத்துகள் கொண்ட கடவுச்சொல்லைத் தேர்ந்தெடுங்கள். பதிவேட்டைத் திறக்கும் ஒவ்வொரு முறையும் அது தேவை. அதை யாராலும் உங்களுக்குத் திரும்பப் பெற்றுத் தர முடியாது.
cli-passphrase-prompt = கடவுச்சொல்:
cli-passphrase-new-prompt = புதிய கடவுச்சொல்:
cli-passphrase-repeat-prompt = புதிய கடவுச்சொல்லை மீண்டும் தட்டச்சு செய்யுங்கள்:
cli-passphrase-changed = உங்கள் கடவுச்சொல் மாற்றப்பட்டது. இனி புதியதைப் பயன்படுத்துங்கள்.

## Answers

cli-init-done = உங்கள் பதிவேடு தயார். அது இந்தக் கோப்புறையில் உள்ளது: { $dir }
cli-init-next = உங்கள் கடவுச்சொல்லைப் பாதுகாப்பாக வையுங்கள். அது இல்லாமல், யாராலும் உங்கள் பதிவேட்டைத் திறக்க முடியாது, உங்களாலும் கூட. அடுத்து, உங்களால் செய்ய முடிந்ததைச் சேருங்கள், எடுத்துக்காட்டு: carnet add skill --title "Cooking"

cli-list-empty = உங்கள் பதிவேட்டில் இன்னும் பதிவுகள் இல்லை. ஒன்றைச் சேர்க்கத் தட்டச்சு செய்யுங்கள்: carnet add skill --title "Cooking"
cli-list-none-match = நீங்கள் கேட்டதற்கு எந்தப் பதிவும் பொருந்தவில்லை.
cli-search-none = எந்தப் பதிவிலும் இந்தச் சொற்கள் இல்லை. வேறு சொற்களை முயலுங்கள், அல்லது தட்டச்சு செய்யுங்கள்: carnet list

cli-edit-saved = உங்கள் மாற்றம் சேமிக்கப்பட்டது.
cli-rm-done = அழிக்கப்பட்டது: { $title }
cli-detached = படம் அல்லது குரல் குறிப்பு பதிவிலிருந்து நீக்கப்பட்டது.

cli-profile-saved = உங்கள் சுயவிவரம் சேமிக்கப்பட்டது.
cli-profile-empty = உங்கள் சுயவிவரம் காலியாக உள்ளது. உங்கள் பெயரைச் சேர்க்கத் தட்டச்சு செய்யுங்கள்: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1 பதிவு சேர்க்கப்பட்டது.
   *[other] { $count } பதிவுகள் சேர்க்கப்பட்டன.
}
cli-import-updated = { $count ->
    [one] 1 பதிவு புதுப்பிக்கப்பட்டது.
   *[other] { $count } பதிவுகள் புதுப்பிக்கப்பட்டன.
}
cli-import-unchanged = { $count ->
    [one] 1 பதிவு ஏற்கெனவே அப்படியே இருந்தது.
   *[other] { $count } பதிவுகள் ஏற்கெனவே அப்படியே இருந்தன.
}
cli-import-profile-updated = உங்கள் சுயவிவரமும் புதுப்பிக்கப்பட்டது.
cli-import-missing-photos = { $count ->
    [one] 1 படம் இந்தச் சாதனத்தில் இல்லை. ஏற்றுமதிக் கோப்புகளில் படங்கள் இருக்காது. இதன் மூலம் மீண்டும் சேருங்கள்: carnet attach
   *[other] { $count } படங்கள் இந்தச் சாதனத்தில் இல்லை. ஏற்றுமதிக் கோப்புகளில் படங்கள் இருக்காது. இதன் மூலம் மீண்டும் சேருங்கள்: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = வகை
cli-show-added = சேர்க்கப்பட்டது
cli-show-changed = மாற்றப்பட்டது
cli-show-evidence = படங்கள் மற்றும் குரல் குறிப்புகள்
cli-show-photo = { $sha }  { $width } × { $height } பிக்சல்கள், { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } பிக்சல்கள், இந்தச் சாதனத்தில் இல்லை
cli-show-voice = { $sha }  குரல் குறிப்பு, { $kilobytes } KB
cli-show-voice-missing = { $sha }  குரல் குறிப்பு, இந்தச் சாதனத்தில் இல்லை
cli-show-conflicts = வேறொரு சாதனமும் எழுதியது:
cli-show-conflicts-hint = இவற்றில் ஒன்றை வைத்துக்கொள்ளத் தட்டச்சு செய்யுங்கள்: carnet edit { $id } --set FIELD=VALUE

cli-field-title = தலைப்பு
cli-field-description = விளக்கம்
cli-field-written-in = எழுதிய மொழி
cli-field-esco = ESCO
cli-field-isco = ISCO-08 வேலைக் குறியீடு
cli-field-level = நிலை
cli-field-eqf = EQF நிலை
cli-field-organisation = நிறுவனம்
cli-field-place = இடம்
cli-field-country = நாடு
cli-field-from = இருந்து
cli-field-to = வரை
cli-field-context = எப்படிக் கற்றீர்கள்
cli-field-stages = கட்டங்கள்

cli-kind-skill = திறன்
cli-kind-qualification = தகுதி
cli-kind-experience = அனுபவம்
cli-kind-language = மொழி
cli-kind-learning = பாடநெறி

cli-context-formal = முறைசார் (பள்ளி, பட்டயம்)
cli-context-non-formal = முறைசாரா (பாடநெறி)
cli-context-informal = அனுபவம் மூலம் (செய்வதன் மூலம்)

cli-stage-recruitment = ஆட்சேர்ப்பு
cli-stage-pre-departure = புறப்படும் முன்
cli-stage-arrival = வருகை
cli-stage-career = பணி
cli-stage-return = திரும்புதல்

cli-proficiency-basic = அடிப்படை
cli-proficiency-intermediate = இடைநிலை
cli-proficiency-advanced = மேம்பட்டது
cli-proficiency-expert = நிபுணர்

cli-level-eqf = EQF நிலை { $level }

cli-profile-name = பெயர்
cli-profile-birth-date = பிறந்த தேதி
cli-profile-origin = சொந்த நாடு
cli-profile-current = வசிக்கும் நாடு
cli-profile-contact = தொடர்பு
cli-profile-languages = மொழிகள்
cli-profile-mother-tongue = { $language } (தாய்மொழி)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = கேட்டல் { $level }
cli-cefr-reading = படித்தல் { $level }
cli-cefr-spoken-interaction = மற்றவர்களுடன் உரையாடல் { $level }
cli-cefr-spoken-production = பேசுதல் { $level }
cli-cefr-writing = எழுதுதல் { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = இங்கே Carnet க்கு “{ $arg }” தெரியாது.
cli-error-unknown-command = “{ $command }” என்ற கட்டளை இல்லை.
cli-error-invalid-value = “{ $value }” ஐ { $arg } க்குப் பயன்படுத்த முடியாது.
cli-error-missing-value = { $arg } க்குப் பின் ஒரு மதிப்பு தேவை.
cli-error-valid-values = நீங்கள் பயன்படுத்தக்கூடியவை: { $values }
cli-error-missing-argument = ஏதோ ஒன்று இல்லை: { $arg }
cli-error-missing-command = “{ $command }” க்குப் பிறகு Carnet என்ன செய்ய வேண்டும் என்று சொல்லுங்கள்.
cli-error-valid-commands = கட்டளைகள்: { $commands }
cli-error-conflict = { $arg } ஐ { $other } உடன் சேர்த்துப் பயன்படுத்த முடியாது.
cli-error-no-equals = { $arg } ஐச் சம அடையாளத்துடனும் (=) அதன் உடனே மதிப்புடனும் எழுதுங்கள்.
cli-error-too-many-values = { $arg } குறைவான மதிப்புகளை எடுக்கும். “{ $value }” ஒன்று அதிகம்.
cli-error-wrong-number-of-values = { $arg } இல் மதிப்புகளின் எண்ணிக்கை தவறு.
cli-error-invalid-utf8 = நீங்கள் தட்டச்சு செய்த சில எழுத்துகளை Carnet ஆல் படிக்க முடியவில்லை. மீண்டும் தட்டச்சு செய்யுங்கள்.
cli-error-did-you-mean = நீங்கள் { $suggestion } என்று சொல்ல வந்தீர்களா?
cli-error-usage = Carnet க்கு இந்தக் கட்டளை புரியவில்லை.
cli-error-usage-hint = நீங்கள் என்ன தட்டச்சு செய்யலாம் என்று பார்க்க { $command } --help என்று தட்டச்சு செய்யுங்கள்.
cli-error-set-format = “{ $value }” ஒரு மாற்றம் அல்ல. FIELD=VALUE என எழுதுங்கள், எடுத்துக்காட்டு --set level=advanced
cli-error-nothing-to-change = மாற்ற எதுவும் இல்லை. குறைந்தது ஒரு விருப்பத்தைக் கொடுங்கள், எடுத்துக்காட்டு --name "Your name".

cli-error-passphrase-unavailable = Carnet க்குக் கடவுச்சொல் தேவை, ஆனால் இங்கே அதைக் கேட்க முடியாது. Carnet ஐ டெர்மினலில் இயக்குங்கள், அல்லது { $variable } ஐ அமையுங்கள்.
cli-error-passphrase-mismatch = இரண்டு கடவுச்சொற்களும் ஒன்றாக இல்லை. எதுவும் மாற்றப்படவில்லை. தயவுசெய்து மீண்டும் முயலுங்கள்.
cli-error-read-file = Carnet ஆல் { $path } கோப்பைப் படிக்க முடியவில்லை. கோப்புப் பெயரையும் கோப்புறையையும் சரிபார்த்து, மீண்டும் முயலுங்கள்.
cli-error-no-data-dir = உங்கள் பதிவேட்டுக்கான கோப்புறையை Carnet ஆல் கண்டுபிடிக்க முடியவில்லை. --data-dir மூலம் ஒன்றைத் தேர்ந்தெடுங்கள், எடுத்துக்காட்டு --data-dir ./carnet
cli-error-output = Carnet ஆல் அதன் பதிலை எழுத முடியவில்லை. வட்டு நிரம்பவில்லை என்று சரிபார்த்து, மீண்டும் முயலுங்கள்.
cli-error-details = உதவியாளருக்கான விவரங்கள்: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = ஒன்றை உருவாக்கத் தட்டச்சு செய்யுங்கள்: carnet init
cli-hint-already-exists = அதில் உள்ளதைப் பார்க்கத் தட்டச்சு செய்யுங்கள்: carnet list. இரண்டாவது பதிவேட்டுக்கு, --data-dir மூலம் வேறு கோப்புறையைத் தேர்ந்தெடுங்கள்.
cli-hint-not-found = id களைப் பார்க்கத் தட்டச்சு செய்யுங்கள்: carnet list
cli-hint-ambiguous-id = id களைப் பார்க்கத் தட்டச்சு செய்யுங்கள்: carnet list
cli-hint-import-format = இதன் மூலம் உருவாக்கிய கோப்பைத் தேர்ந்தெடுங்கள்: carnet export --format json
cli-hint-invalid-field = புலங்களின் பட்டியலுக்குத் தட்டச்சு செய்யுங்கள்: carnet edit --help

## carnet sync

cli-sync-phase-sending = அனுப்புகிறது
cli-sync-phase-receiving = பெறுகிறது
cli-sync-phase-photos = படங்கள்
cli-sync-done = { $hub } உடன் ஒத்திசைக்கப்பட்டது.
cli-sync-changes = { $sent ->
    [one] 1 மாற்றம் அனுப்பப்பட்டது
   *[other] { $sent } மாற்றங்கள் அனுப்பப்பட்டன
}, { $received ->
    [one] 1 மாற்றம் பெறப்பட்டது.
   *[other] { $received } மாற்றங்கள் பெறப்பட்டன.
}
cli-sync-photos = { $sent ->
    [one] 1 படம் அனுப்பப்பட்டது
   *[other] { $sent } படங்கள் அனுப்பப்பட்டன
}, { $received ->
    [one] 1 படம் பெறப்பட்டது.
   *[other] { $received } படங்கள் பெறப்பட்டன.
}
cli-sync-bytes = பயன்படுத்திய தரவு: { $up } KB அனுப்பியது, { $down } KB பெற்றது.
cli-sync-retry = மீண்டும் முயல்கிறது { $seconds ->
    [one] 1 வினாடியில்.
   *[other] { $seconds } வினாடிகளில்.
}
cli-sync-status-hub = சர்வர்: { $hub }
cli-sync-status-last = கடைசி ஒத்திசைவு: { $when }
cli-sync-status-pending = { $count ->
    [0] காத்திருக்கும் மாற்றங்கள் இல்லை.
    [one] 1 மாற்றம் அனுப்பக் காத்திருக்கிறது.
   *[other] { $count } மாற்றங்கள் அனுப்பக் காத்திருக்கின்றன.
}
cli-sync-no-hub = இன்னும் இல்லை
cli-sync-never = ஒருபோதும் இல்லை
cli-hint-sync-no-hub = அமைக்கத் தட்டச்சு செய்யுங்கள்: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = உங்கள் மாற்றங்கள் வைக்கப்பட்டுள்ளன. பின்னர் மீண்டும் முயலத் தட்டச்சு செய்யுங்கள்: carnet sync

## carnet pair

cli-pair-show-scan = இந்தக் குறியீட்டை உங்கள் புதிய சாதனத்தால் ஸ்கேன் செய்யுங்கள், அல்லது கீழே உள்ள உரையை அங்கே தட்டச்சு செய்யுங்கள்.
cli-pair-show-expires = குறியீடு 10 நிமிடங்கள் வேலை செய்யும்.
cli-pair-show-request = “{ $name }” சாதனம் உங்கள் பதிவேட்டைக் கேட்கிறது. அதன் குறியீடு { $fingerprint }.
cli-pair-show-ask = உங்கள் புதிய சாதனம் அதே குறியீட்டைக் காட்டுகிறதா? அனுமதிக்க ஆம் என்று தட்டச்சு செய்யுங்கள், அல்லது இல்லை.
cli-pair-yes = ஆம்
cli-pair-show-approved = “{ $name }” இல் இப்போது உங்கள் பதிவேடு உள்ளது.
cli-pair-show-refused = நீங்கள் இல்லை என்றீர்கள். “{ $name }” க்கு எதுவும் கிடைக்கவில்லை.
cli-pair-default-name = புதிய சாதனம்
cli-pair-join-check = உங்கள் மற்ற சாதனம் இந்தக் குறியீட்டைக் காட்ட வேண்டும்: { $fingerprint }. அங்கே அனுமதியுங்கள்.
cli-pair-join-done = { $count ->
    [one] இந்தச் சாதனத்தில் இப்போது உங்கள் பதிவேடு உள்ளது, 1 பதிவுடன்.
   *[other] இந்தச் சாதனத்தில் இப்போது உங்கள் பதிவேடு உள்ளது, { $count } பதிவுகளுடன்.
}

## carnet devices

cli-devices-none = இன்னும் எந்தச் சாதனமும் இந்தப் பதிவேட்டை ஒத்திசைக்கவில்லை.
cli-devices-line = { $id }  { $name }  ({ $added } முதல்)
cli-devices-this = ← இந்தச் சாதனம்
cli-devices-removed = ({ $when } அன்று நீக்கப்பட்டது)
cli-devices-removed-done = “{ $name }” நீக்கப்பட்டது. உங்கள் பதிவேட்டுக்கு இப்போது புதிய சாவி உள்ளது, அது அந்தச் சாதனத்தில் இல்லை.
cli-devices-new-sheet = உங்கள் மீட்புத் தாளில் பழைய சாவி உள்ளது. இப்போதே புதியதை அச்சிட்டு, பழையதை அழியுங்கள்: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = மீட்புத் தாளை அச்சிடு: இதையும் உங்கள் கடவுச்சொல்லையும் கொண்டு, இந்தத் தொலைபேசியை இழந்தால் புதிய தொலைபேசியில் உங்கள் பதிவேட்டைத் திரும்பப் பெறலாம்.
cli-cmd-recover = புதிய சாதனத்தில்: உங்கள் மீட்புத் தாள் மற்றும் கடவுச்சொல்லால் உங்கள் பதிவேட்டைத் திரும்பப் பெறு.
cli-arg-recovery-out = தாளை எழுத வேண்டிய கோப்பு. அது .png அல்லது .pdf என்று முடிய வேண்டும்.
cli-arg-recover-sheet = உங்கள் மீட்புத் தாளின் படம் அல்லது ஸ்கேன் (PNG அல்லது JPEG). Carnet அதன் சதுரக் குறியீட்டைப் படிக்கும்.
cli-arg-recover-words = உங்கள் மீட்புத் தாளின் 12 சொற்கள், வரிசையாக, மேற்கோள் குறிகளுக்குள். --hub ஐயும் கொடுங்கள்.
cli-arg-recover-hub = உங்கள் மீட்புத் தாளில் அச்சிடப்பட்ட சர்வர் முகவரி, எடுத்துக்காட்டு http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet தாளை .png அல்லது .pdf கோப்பாக எழுதலாம், “{ $path }” ஆக அல்ல.
cli-recovery-sheet-done = உங்கள் மீட்புத் தாள் { $path } இல் உள்ளது. அதை அச்சிட்டு, காகிதத்தை உங்கள் தொலைபேசியிலிருந்து தள்ளி ஒரு பாதுகாப்பான இடத்தில் வையுங்கள்.
cli-recovery-sheet-english = தாள் ஆங்கிலத்தில் உள்ளது: Carnet இன்னும் உங்கள் மொழியின் எழுத்துகளை அதில் சரியாக வரைய முடியாது.
cli-recovery-sheet-replaced = நீங்கள் முன்பு அச்சிட்ட எந்தத் தாளும் இனி வேலை செய்யாது. அதை அழியுங்கள்.
cli-recover-done = { $count ->
    [one] உங்கள் பதிவேடு இந்தச் சாதனத்துக்குத் திரும்பியது: { $count } பதிவு.
   *[other] உங்கள் பதிவேடு இந்தச் சாதனத்துக்குத் திரும்பியது: { $count } பதிவுகள்.
}
cli-passphrase-sheet-updated = உங்கள் மீட்புத் தாள் உங்கள் புதிய கடவுச்சொல்லுடன் இன்னும் வேலை செய்யும்.
cli-passphrase-sheet-not-updated = உங்கள் மீட்புத் தாளைச் சர்வரில் புதுப்பிக்க முடியவில்லை. நீங்கள் புதியதை அச்சிடும் வரை, அதற்கு உங்கள் பழைய கடவுச்சொல் தேவை. இணைப்பில் இருக்கும்போது புதிய தாளை அச்சிடுங்கள்: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet மீட்புத் தாள்
cli-sheet-made = { $date } அன்று உருவாக்கப்பட்டது
cli-sheet-hub = சர்வர்: { $hub }
cli-sheet-words = உங்கள் 12 சொற்கள்
cli-sheet-instructions =
    இந்தக் காகிதத்தைப் பாதுகாப்பாக வையுங்கள். இதையும் உங்கள் கடவுச்சொல்லையும் கொண்டு புதிய தொலைபேசியில் உங்கள் பதிவேட்டைத் திரும்பப் பெறலாம்:
    1. புதிய தொலைபேசியில் Carnet ஐ நிறுவி, பதிவேட்டைத் திரும்பப் பெறுவதைத் தேர்ந்தெடுங்கள்.
    2. சதுரக் குறியீட்டை ஸ்கேன் செய்யுங்கள், அல்லது 12 சொற்களையும் சர்வர் முகவரியையும் தட்டச்சு செய்யுங்கள்.
    3. உங்கள் கடவுச்சொல்லைத் தட்டச்சு செய்யுங்கள். பதிவேடு சர்வரிலிருந்து திரும்பி வரும்.
    கணினியில்: carnet recover --sheet photo.jpg
cli-sheet-warning = இந்தக் காகிதம் மட்டும் உங்கள் பதிவேட்டைத் திறக்காது: உங்கள் கடவுச்சொல்லும் தேவை. இரண்டையும் சேர்த்து வைக்காதீர்கள். நீங்கள் புதிய தாளை அச்சிட்டால், இது வேலை செய்யாது.
