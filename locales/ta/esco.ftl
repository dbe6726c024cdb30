# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = இந்தச் சேவை ஐரோப்பிய ஆணையத்தின் ESCO வகைப்பாட்டைப் பயன்படுத்துகிறது.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, தழுவப்பட்டது: இணையம் இல்லாமல் பயன்படுத்த மாற்றப்பட்ட ஒரு பகுதி.

## Help

cli-cmd-esco = திறன்கள் மற்றும் தொழில்களின் ஐரோப்பியப் பட்டியலான ESCO இல், இணையம் இல்லாமல், திறன்களையும் தொழில்களையும் தேடு.
cli-cmd-esco-search = ESCO திறன்களையும் தொழில்களையும் அவற்றின் பெயர்களால், உங்கள் மொழியில் அல்லது ஆங்கிலத்தில் கண்டுபிடி. சிறிய தட்டச்சுப் பிழைகள் பொறுத்துக்கொள்ளப்படும்.
cli-cmd-match = உங்கள் பதிவேட்டை ஒரு தொழிலுடன் ஒப்பிடு: அதன் எந்தத் திறன்கள் உங்களிடம் உள்ளன, எவை இன்னும் இல்லை.
cli-arg-esco-text = தேட வேண்டிய சொற்கள், எடுத்துக்காட்டு "welding" அல்லது "carpenter".
cli-arg-esco-kind = skill (திறன்) மட்டும் அல்லது occupation (தொழில்) மட்டும்.
cli-arg-esco-limit = அதிகபட்சம் எத்தனை முடிவுகளைக் காட்டுவது. இயல்புநிலை 10.
cli-arg-esco-taxonomy = Carnet உடன் வருவதற்குப் பதிலாகப் பயன்படுத்த வேண்டிய ESCO தரவுக் கோப்பு.
cli-arg-match-occupation = ESCO தொழில்: அதன் முகவரி (http://data.europa.eu/esco/occupation/…) அல்லது அதன் முடிவில் உள்ள குறியீடு.
cli-arg-match-rank = பதிலாக, உங்கள் பதிவேடு அத்தியாவசியத் திறன்களைச் சிறப்பாக உள்ளடக்கும் 10 தொழில்களைக் காட்டு.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = உங்கள் பயணத்தின் ஒரு கட்டத்தில் உங்கள் எந்தப் பதிவுகள் முக்கியம், ஏன் என்று காட்டு. recruitment க்கு, நீங்கள் விண்ணப்பிக்கும் வேலையைக் குறிப்பிடலாம்.
cli-arg-stage-view-stage = கட்டம்: recruitment, pre-departure, arrival, career அல்லது return.
cli-arg-stage-view-occupation = recruitment க்கு: நீங்கள் விண்ணப்பிக்கும் வேலை, அதன் ESCO முகவரியாக (http://data.europa.eu/esco/occupation/…) அல்லது அதன் முடிவில் உள்ள குறியீடாக.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = திறன்
esco-kind-occupation = தொழில்
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = “{ $text }” க்குப் பொருந்தும் ESCO திறனோ தொழிலோ இல்லை.
esco-match-summary = { $total ->
    [0] ESCO இல் இந்தத் தொழிலுக்கு அத்தியாவசியத் திறன்கள் இல்லை.
   *[other] உங்கள் பதிவேடு இதன் { $total } அத்தியாவசியத் திறன்களில் { $covered } ஐ உள்ளடக்குகிறது.
}
esco-match-essential = அத்தியாவசியத் திறன்கள்:
esco-match-optional = விருப்பத் திறன்கள்:
esco-coverage-endorsed = உறுதிப்படுத்தப்பட்டது
esco-coverage-self-declared = நீங்கள் சொன்னது
esco-coverage-missing = இல்லை
esco-match-maybe = ஒருவேளை உங்கள் பதிவு “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = உங்கள் எந்தப் பதிவுக்கும் இன்னும் ESCO திறன் இல்லை. carnet add skill --title … --esco ADDRESS மூலம் ஒன்றைச் சேருங்கள் (carnet esco search மூலம் முகவரியைக் கண்டுபிடியுங்கள்).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage } க்கு, இந்தப் பதிவு முக்கியம்:
   *[other] { $stage } க்கு, இந்த { $count } பதிவுகள் முக்கியம்:
}
stage-view-none = உங்கள் எந்தப் பதிவும் இன்னும் { $stage } க்கு முக்கியமில்லை. இந்தக் கட்டத்துடன் பதிவுகளைக் குறியுங்கள்: carnet edit ID --set stages={ $stage }
stage-view-present = அவற்றை QR குறியீடாகக் காட்ட: { $command }
stage-why-target-essential = இந்த வேலைக்கான முக்கியத் திறன்
stage-why-target-optional = இந்த வேலைக்குப் பயனுள்ளது
stage-why-target-maybe = இந்த வேலையின் திறனுடன் பொருந்தலாம்
stage-why-marked = இந்தக் கட்டத்துக்கு நீங்கள் குறித்தது
stage-why-abroad = வெளிநாட்டில் கற்றது அல்லது செய்தது
stage-why-endorsed = கையொப்பமிட்டது
stage-why-qualification = பட்டயம் அல்லது சான்றிதழ்
stage-why-language = ஒரு மொழி
stage-why-experience = நீங்கள் செய்த வேலை
stage-why-learning = ஒரு பாடநெறி
stage-why-skill = ஒரு திறன்
