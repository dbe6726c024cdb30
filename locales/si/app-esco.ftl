# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = සම්මත නම සොයන්න (ESCO)
app-esco-find-hint = අකුරු කිහිපයක් ටයිප් කරන්න, උදාහරණ “වෙල්ඩ්”
app-esco-why = වෙනත් රටවල සේවා යෝජකයන් මෙම නම් දනිති. ඔබ කරන දෙයට ආසන්නතම එක තෝරන්න.
app-esco-none = සම්මත නමක් හමු නොවීය. වෙනත් වචන, හෝ කෙටි වචනයක් උත්සාහ කරන්න.
app-esco-english = ඉංග්‍රීසියෙන්: { $english }
app-esco-linked = සම්මත නම
app-esco-unlink = ඉවත් කරන්න
app-esco-choose = තෝරන්න
app-esco-searching = සොයමින්…
app-esco-kind-skill = කුසලතාව
app-esco-kind-occupation = රැකියාව

## Comparing with a job

app-match = මට රැකියා
app-match-title = මට රැකියා
app-match-intro = රැකියාවක් තෝරන්න, එහි කුසලතාවලින් ඔබේ සටහන් පොතේ ඇත්තේ කුමක්ද, නැත්තේ කුමක්ද යන්න බලන්න.
app-match-find = රැකියාවක් සොයන්න
app-match-chosen = ඔබ තෝරාගත් රැකියාව
app-match-find-hint = උදාහරණ “කෝකියා” හෝ “වෙල්ඩර්”
app-match-fit = මගේ සටහන් පොතට ගැළපෙන රැකියා
app-match-fit-none = ඔබේ කිසිදු සටහනකට තවම සම්මත නමක් නැත. පළමුව සටහනකට එකක් එක් කරන්න: වෙනස් කරන්න, ඉන්පසු “සම්මත නම සොයන්න”.
app-match-fit-line = ප්‍රධාන කුසලතා { $total } න් { $covered } ({ $percent }%)
app-match-summary = { $total ->
    [0] ESCO හි මෙම රැකියාවට ප්‍රධාන කුසලතා නැත.
   *[other] ඔබේ සටහන් පොත එහි ප්‍රධාන කුසලතා { $total } න් { $covered } ක් පෙන්වයි.
}
app-match-essential = ප්‍රධාන කුසලතා
app-match-optional = වෙනත් ප්‍රයෝජනවත් කුසලතා
app-match-endorsed = අත්සන් කළ
app-match-self-declared = ඔබ කියූ
app-match-missing = නැත
app-match-maybe = මෙය ඔබේ සටහන “{ $title }” ද?
app-match-link = ඔව්, සම්බන්ධ කරන්න
app-match-other-job = වෙනත් රැකියාවක්

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = මෙම අදියර සඳහා තෝරන්න
app-stage-template-hint = මෙම අදියරේදී වැදගත් දේ Carnet සලකුණු කරයි. ඔබට එය වෙනස් කළ හැක.
app-stage-target = ඔබ ඉල්ලුම් කරන රැකියාව (ඔබට මෙය මඟ හැරිය හැක)
