# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = መደበኛ ስሙን ይፈልጉ (ESCO)
app-esco-find-hint = ጥቂት ፊደላት ይጻፉ፣ ለምሳሌ “ብየዳ”
app-esco-why = በሌሎች አገሮች ያሉ አሠሪዎች እነዚህን ስሞች ያውቃሉ። ከሚሠሩት ጋር በጣም የሚቀርበውን ይምረጡ።
app-esco-none = መደበኛ ስም አልተገኘም። ሌሎች ቃላትን ወይም አጭር ቃል ይሞክሩ።
app-esco-english = በእንግሊዝኛ፦ { $english }
app-esco-linked = መደበኛ ስም
app-esco-unlink = ያስወግዱ
app-esco-choose = ይምረጡ
app-esco-searching = በመፈለግ ላይ…
app-esco-kind-skill = ክህሎት
app-esco-kind-occupation = ሥራ

## Comparing with a job

app-match = ለእኔ የሚሆኑ ሥራዎች
app-match-title = ለእኔ የሚሆኑ ሥራዎች
app-match-intro = ከክህሎቶቹ የትኞቹ በመዝገብዎ ውስጥ እንዳሉ እና የትኞቹ እንደጎደሉ ለማየት ሥራ ይምረጡ።
app-match-find = ሥራ ይፈልጉ
app-match-chosen = የመረጡት ሥራ
app-match-find-hint = ለምሳሌ “ምግብ አብሳይ” ወይም “በያጅ”
app-match-fit = ከመዝገቤ ጋር የሚስማሙ ሥራዎች
app-match-fit-none = ከግቤቶችዎ አንዱም ገና መደበኛ ስም የለውም። መጀመሪያ ለአንድ ግቤት ያክሉ፤ ይቀይሩ፣ ከዚያ “መደበኛ ስሙን ይፈልጉ”።
app-match-fit-line = ከ{ $total } ዋና ክህሎቶች { $covered } ({ $percent }%)
app-match-summary = { $total ->
    [0] ይህ ሥራ በESCO ውስጥ ዋና ክህሎቶች የሉትም።
   *[other] መዝገብዎ ከ{ $total } ዋና ክህሎቶቹ { $covered }ን ያሳያል።
}
app-match-essential = ዋና ክህሎቶች
app-match-optional = ሌሎች ጠቃሚ ክህሎቶች
app-match-endorsed = የተፈረመ
app-match-self-declared = እርስዎ ያሉት
app-match-missing = የጎደለ
app-match-maybe = ይህ የእርስዎ ግቤት “{ $title }” ነው?
app-match-link = አዎ፣ ያገናኙት
app-match-other-job = ሌላ ሥራ

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = ለዚህ ምዕራፍ ይምረጡ
app-stage-template-hint = Carnet በዚህ ምዕራፍ አስፈላጊ የሆነውን ምልክት ያደርጋል። ሊቀይሩት ይችላሉ።
app-stage-target = የሚያመለክቱበት ሥራ (መዝለል ይችላሉ)
