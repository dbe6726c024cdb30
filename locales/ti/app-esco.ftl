# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = መደበኛ ስም ድለዩ (ESCO)
app-esco-find-hint = ውሑዳት ፊደላት ጽሓፉ፡ ንኣብነት “ብየዳ”
app-esco-why = ኣብ ካልኦት ሃገራት ዘለዉ ኣስራሕቲ ነዞም ኣስማት ይፈልጥዎም። ነቲ ምስ እትሰርሕዎ ዝቐረበ ምረጹ።
app-esco-none = መደበኛ ስም ኣይተረኽበን። ካልእ ቃላት ወይ ሓጺር ቃል ፈትኑ።
app-esco-english = ብእንግሊዝኛ፦ { $english }
app-esco-linked = መደበኛ ስም
app-esco-unlink = ኣልግሱ
app-esco-choose = ምረጹ
app-esco-searching = ይደሊ ኣሎ…
app-esco-kind-skill = ክእለት
app-esco-kind-occupation = ስራሕ

## Comparing with a job

app-match = ንዓይ ዝኾኑ ስራሓት
app-match-title = ንዓይ ዝኾኑ ስራሓት
app-match-intro = ኣየናይ ካብ ክእለታቱ ኣብ መዝገብኩም ከም ዘሎን ኣየናይ ከም ዝጎደለን ንምርኣይ ስራሕ ምረጹ።
app-match-find = ስራሕ ድለዩ
app-match-chosen = ዝመረጽኩምዎ ስራሕ
app-match-find-hint = ንኣብነት “ከሻኒ” ወይ “በያዲ”
app-match-fit = ምስ መዝገበይ ዝሰማምዑ ስራሓት
app-match-fit-none = ካብ ምዝገባታትኩም ሓደ እኳ ገና መደበኛ ስም የብሉን። ቅድም ን ሓደ ምዝገባ ወስኹሉ፡ ቀይሩ፡ ድሕሪኡ “መደበኛ ስም ድለዩ”።
app-match-fit-line = { $covered } ካብ { $total } ቀንዲ ክእለታት ({ $percent }%)
app-match-summary = { $total ->
    [0] እዚ ስራሕ ኣብ ESCO ቀንዲ ክእለታት የብሉን።
   *[other] መዝገብኩም { $covered } ካብቶም { $total } ቀንዲ ክእለታቱ የርኢ።
}
app-match-essential = ቀንዲ ክእለታት
app-match-optional = ካልኦት ጠቐምቲ ክእለታት
app-match-endorsed = ዝተፈረመ
app-match-self-declared = ባዕልኹም ዝበልኩምዎ
app-match-missing = ዝጎደለ
app-match-maybe = እዚ ምዝገባኹም “{ $title }” ድዩ?
app-match-link = እወ፡ ኣተኣሳስሩ
app-match-other-job = ካልእ ስራሕ

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = ነዚ ደረጃ ምረጹ
app-stage-template-hint = Carnet ኣብዚ ደረጃ ኣገዳሲ ዝኾነ ይምልክት። ክትቕይርዎ ትኽእሉ ኢኹም።
app-stage-target = ዝሓትትዎ ስራሕ (ክትሓልፍዎ ትኽእሉ ኢኹም)
