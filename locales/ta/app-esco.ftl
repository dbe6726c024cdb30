# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = நிலையான பெயரைக் கண்டுபிடி (ESCO)
app-esco-find-hint = சில எழுத்துகளைத் தட்டச்சு செய்யுங்கள், எடுத்துக்காட்டு “வெல்ட்”
app-esco-why = மற்ற நாடுகளில் உள்ள முதலாளிகளுக்கு இந்தப் பெயர்கள் தெரியும். நீங்கள் செய்வதற்கு மிக நெருக்கமானதைத் தேர்ந்தெடுங்கள்.
app-esco-none = நிலையான பெயர் கிடைக்கவில்லை. வேறு சொற்களை, அல்லது சிறிய சொல்லை முயலுங்கள்.
app-esco-english = ஆங்கிலத்தில்: { $english }
app-esco-linked = நிலையான பெயர்
app-esco-unlink = நீக்கு
app-esco-choose = தேர்ந்தெடு
app-esco-searching = தேடுகிறது…
app-esco-kind-skill = திறன்
app-esco-kind-occupation = வேலை

## Comparing with a job

app-match = எனக்கான வேலைகள்
app-match-title = எனக்கான வேலைகள்
app-match-intro = ஒரு வேலையைத் தேர்ந்தெடுத்து, அதன் திறன்களில் எவை உங்கள் பதிவேட்டில் உள்ளன, எவை இல்லை என்று பாருங்கள்.
app-match-find = வேலையைக் கண்டுபிடி
app-match-chosen = நீங்கள் தேர்ந்தெடுத்த வேலை
app-match-find-hint = எடுத்துக்காட்டு “சமையலர்” அல்லது “வெல்டர்”
app-match-fit = என் பதிவேட்டுக்குப் பொருந்தும் வேலைகள்
app-match-fit-none = உங்கள் எந்தப் பதிவுக்கும் இன்னும் நிலையான பெயர் இல்லை. முதலில் ஒரு பதிவில் சேருங்கள்: மாற்று, பிறகு “நிலையான பெயரைக் கண்டுபிடி”.
app-match-fit-line = { $total } முக்கியத் திறன்களில் { $covered } ({ $percent }%)
app-match-summary = { $total ->
    [0] ESCO இல் இந்த வேலைக்கு முக்கியத் திறன்கள் இல்லை.
   *[other] உங்கள் பதிவேடு இதன் { $total } முக்கியத் திறன்களில் { $covered } ஐக் காட்டுகிறது.
}
app-match-essential = முக்கியத் திறன்கள்
app-match-optional = பிற பயனுள்ள திறன்கள்
app-match-endorsed = கையொப்பமிட்டது
app-match-self-declared = நீங்கள் சொன்னது
app-match-missing = இல்லை
app-match-maybe = இது உங்கள் பதிவு “{ $title }” ஆ?
app-match-link = ஆம், இணை
app-match-other-job = வேறு வேலை

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = இந்தக் கட்டத்துக்குத் தேர்ந்தெடு
app-stage-template-hint = இந்தக் கட்டத்தில் முக்கியமானவற்றை Carnet குறிக்கும். நீங்கள் அதை மாற்றலாம்.
app-stage-target = நீங்கள் விண்ணப்பிக்கும் வேலை (இதைத் தவிர்க்கலாம்)
