# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = படங்கள் மற்றும் குரல் குறிப்புகள்
app-evidence-hint = உங்களால் என்ன செய்ய முடியும் என்று காட்டுங்கள்: ஒரு ஆவணத்தைப் படம் எடுங்கள், அல்லது உங்கள் குரலில் அதைப் பற்றிச் சொல்லுங்கள்.
app-evidence-add-photo = சான்றிதழின் படத்தைச் சேர்
app-evidence-record = குரல் குறிப்பைப் பதிவுசெய்
app-evidence-attach-sound = ஒலிக் கோப்பை இணை
app-evidence-adding-photo = படம் சேர்க்கப்படுகிறது…
app-evidence-adding-voice = குரல் குறிப்பு சேர்க்கப்படுகிறது…
app-evidence-recording = பதிவாகிறது: { $time } / { $max }
app-evidence-stop = நிறுத்தி வை
app-evidence-starting = மைக்ரோஃபோன் தொடங்குகிறது…
app-evidence-photo = படம் { $number }
app-evidence-voice = குரல் குறிப்பு { $number }
app-evidence-view = பெரிதாகப் பார்
app-evidence-close = மூடு
app-evidence-missing = இன்னும் இந்தத் தொலைபேசியில் இல்லை. பெற ஒத்திசையுங்கள்.
app-evidence-other = புதிய Carnet இலிருந்து வந்த கோப்பு. அதைப் பார்க்க Carnet ஐப் புதுப்பியுங்கள்.
app-evidence-saved = சேமிக்கப்பட்டது. நீங்கள் மேலும் சேர்க்கலாம்.
app-evidence-remove-confirm = இதைப் பதிவிலிருந்து நீக்கவா? இது இந்தச் சாதனத்திலிருந்தும் அழிக்கப்படும்.
