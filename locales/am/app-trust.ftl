# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = የእምነት ዝርዝሮች
app-trust-title = የእምነት ዝርዝሮች
app-trust-intro = የእምነት ዝርዝር ከሚያውቁት አውታር ይመጣል፣ ለምሳሌ የስልጠና ማዕከላት ቡድን። አውታሩ የሚያምናቸውን ኮሌጆች፣ ማዕከላት እና አሠሪዎች ይዘረዝራል። ከእነሱ በአንዱ የተፈረመ ኮድ እንደተረጋገጠ ይታያል።
app-trust-warning = ቁልፉን ከአውታሩ ራሱ ያገኙትን አውታር ብቻ ይመኑ፤ በአካል፣ በራሱ ወረቀት ላይ፣ ወይም ከራሱ ድረ ገጽ። እዚህ ቁልፍ ማስገባት የሚችል ማንኛውም ሰው የውሸት ኮዶች እንደተረጋገጡ እንዲታዩ ማድረግ ይችላል።

## What is held

app-trust-held = ይህ መሣሪያ የሚያምነው
app-trust-none = ይህ መሣሪያ ገና ምንም አውታር አያምንም። የተፈረሙ ኮዶች “ተፈርሟል፣ ግን በሚያምኑት ፈራሚ አይደለም” ተብለው ይታያሉ።
app-trust-kid = የቁልፍ አሻራ፦ { $kid }
app-trust-no-list = ከዚህ አውታር ገና የእምነት ዝርዝር የለም። ፋይሉን ከታች ያክሉ።
app-trust-list-line = የ{ $date } የእምነት ዝርዝር ({ $days ->
    [0] ዛሬ
    [one] 1 ቀን የሆነው
   *[other] { $days } ቀናት የሆነው
}): { $count ->
    [one] 1 ቦታ
   *[other] { $count } ቦታዎች
}
app-trust-status-held = የተሰረዙ ማረጋገጫዎች
app-trust-status-line = { $name }: የ{ $date } ዝርዝር ({ $days ->
    [0] ዛሬ
    [one] 1 ቀን የሆነው
   *[other] { $days } ቀናት የሆነው
}), { $count ->
    [0] ምንም አልተሰረዘም
    [one] 1 ተሰርዟል
   *[other] { $count } ተሰርዘዋል
}

## Stop trusting a network

app-trust-remove = ማመን ያቁሙ
app-trust-remove-confirm = { $name }ን ማመን ያቆማሉ? በዝርዝሩ ላይ ባሉ ቦታዎች የተፈረሙ ኮዶች ከእንግዲህ እንደተረጋገጡ አይታዩም። አውታሩን በኋላ እንደገና ማከል ይችላሉ።
app-trust-remove-yes = አዎ፣ ማመን ያቁሙ
app-trust-removed = ከእንግዲህ { $name }ን አያምኑም።

## Trust a network

app-trust-add-title = አውታር ይመኑ
app-trust-add-hint = የአውታሩን ቁልፍ እና ስም ይጻፉ ወይም ይለጥፉ፣ ወይም አውታሩ የሰጠዎትን ፋይል ይክፈቱ።
app-trust-key = የአውታሩ ቁልፍ (64 ፊደላት እና አሃዞች)
app-trust-name = የአውታሩ ስም
app-trust-from-file = የአውታሩን የቁልፍ ፋይል ይክፈቱ
app-trust-add = ይህን አውታር ይመኑ
app-trust-added = አሁን { $name }ን ያምናሉ። አሁን የእምነት ዝርዝሩን ያክሉ።

## Files

app-trust-bundle-title = የእምነት ዝርዝር ያክሉ
app-trust-bundle-hint = አውታሩ የሰጠዎት በ .cbor የሚያልቅ ፋይል። አዲሱ የድሮውን ይተካል።
app-trust-bundle-open = የእምነት ዝርዝር ፋይል ይክፈቱ
app-trust-bundle-done = የ{ $name } የእምነት ዝርዝር ታክሏል ({ $date }): { $count ->
    [one] 1 ቦታ
   *[other] { $count } ቦታዎች
}።
app-trust-status-title = የተሰረዙ ማረጋገጫዎች ዝርዝር ያክሉ
app-trust-status-hint = ኮሌጅ ወይም ማዕከል በስህተት የሰጠውን ማረጋገጫ መሰረዝ ይችላል። ዝርዝሩ የትኞቹ እንደሆኑ ለዚህ መሣሪያ ይነግረዋል።
app-trust-status-open = የዝርዝር ፋይል ይክፈቱ
app-trust-status-done = የ{ $name } ዝርዝር ታክሏል ({ $date }): { $count ->
    [0] ምንም አልተሰረዘም
    [one] 1 ማረጋገጫ ተሰርዟል
   *[other] { $count } ማረጋገጫዎች ተሰርዘዋል
}።

## Refusals: nothing was changed in any case

error-trust-anchor-file = ይህ ፋይል የአውታር የቁልፍ ፋይል አይደለም። አውታሩ የሰጠዎትን ፋይል ይክፈቱ፣ ወይም ቁልፉን ይጻፉ።
error-app-anchor-invalid-key = ይህ የአውታር ቁልፍ አይደለም። ቁልፍ በትክክል 64 ፊደላት (ከ a እስከ f) እና አሃዞች አሉት። ሙሉ በሙሉ መገልበጡን ያረጋግጡ።
error-app-anchor-name = ለአውታሩ ከ1 እስከ 100 ፊደላት ያለው ስም ይስጡት።
error-app-anchor-known = ይህን አውታር አስቀድመው ያምናሉ (የቁልፍ አሻራ { $kid })። ምንም አልተቀየረም።
error-app-trust-bundle-malformed = ይህ ፋይል የእምነት ዝርዝር አይደለም፣ ወይም ተበላሽቷል። ምንም አልተቀየረም።
error-app-trust-bundle-wrong-file = ይህ ሌላ ዓይነት የCarnet ፋይል ነው፣ የእምነት ዝርዝር አይደለም። ምንም አልተቀየረም።
error-app-trust-bundle-newer-version = ይህ የእምነት ዝርዝር በአዲስ Carnet ተሠርቷል። ለማንበብ Carnetን ያዘምኑ።
error-app-trust-bundle-unknown-anchor = ይህ የእምነት ዝርዝር ከማያምኑት አውታር የመጣ ነው (የቁልፍ አሻራ { $kid })። መጀመሪያ አውታሩን ይመኑ፣ ከዚያ ዝርዝሩን እንደገና ያክሉ።
error-app-trust-bundle-bad-signature = በዚህ የእምነት ዝርዝር ላይ ያለው ፊርማ አይዛመድም፤ ፋይሉ ተቀይሯል ወይም ተበላሽቷል። ምንም አልተቀየረም። ፋይሉን ከአውታሩ እንደገና ይጠይቁ።
error-app-trust-bundle-invalid = ይህ የእምነት ዝርዝር መጠቀም አይቻልም። ምንም አልተቀየረም። ፋይሉን ከአውታሩ እንደገና ይጠይቁ።
error-app-trust-bundle-too-large = ይህ ፋይል የእምነት ዝርዝር ለመሆን በጣም ትልቅ ነው። ምንም አልተቀየረም።
error-app-trust-bundle-not-newer = ይህ የእምነት ዝርዝር ወይም ከዚሁ አውታር የመጣ አዲስ ዝርዝር አስቀድሞ አለዎት። ምንም አልተቀየረም።
error-app-status-list-malformed = ይህ ፋይል የተሰረዙ ማረጋገጫዎች ዝርዝር አይደለም፣ ወይም ተበላሽቷል። ምንም አልተቀየረም።
error-app-status-list-wrong-file = ይህ ሌላ ዓይነት የCarnet ፋይል ነው፣ የተሰረዙ ማረጋገጫዎች ዝርዝር አይደለም። ምንም አልተቀየረም።
error-app-status-list-newer-version = ይህ ዝርዝር በአዲስ Carnet ተሠርቷል። ለማንበብ Carnetን ያዘምኑ።
error-app-status-list-wrong-issuer = ይህ ዝርዝር የሌላ ፈራሚ ነው ({ $found }፣ { $expected } አይደለም)። ምንም አልተቀየረም።
error-app-status-list-bad-signature = በዚህ ዝርዝር ላይ ያለው ፊርማ አይዛመድም፤ ፋይሉ ተቀይሯል ወይም ተበላሽቷል። ምንም አልተቀየረም።
error-app-status-list-invalid = ይህን ዝርዝር መጠቀም አይቻልም። ምንም አልተቀየረም። ፋይሉን እንደገና ይጠይቁ።
error-app-status-list-too-large = ይህ ፋይል የተሰረዙ ማረጋገጫዎች ዝርዝር ለመሆን በጣም ትልቅ ነው። ምንም አልተቀየረም።
error-app-status-list-issuer-unknown = ይህ ዝርዝር ከእምነት ዝርዝሮችዎ አንዱም ከማይጠቅሰው ፈራሚ የመጣ ነው (የቁልፍ አሻራ { $kid })። መጀመሪያ የሚጠቅሰውን የእምነት ዝርዝር ያክሉ።
error-app-status-list-not-newer = ከዚህ ፈራሚ አዲስ ዝርዝር አስቀድሞ አለዎት። ምንም አልተቀየረም።
error-app-verifier-write = Carnet ፋይሉን በ{ $path } ማስቀመጥ አልቻለም። መሣሪያው ቦታ እንዳለው ያረጋግጡ። (ለረዳት፦ { $reason })
