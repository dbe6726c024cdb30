# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = ሌላ መሣሪያ ያክሉ
app-pair-intro = መዝገብዎን በሌላ የራስዎ ስልክ ወይም ኮምፒውተር ላይ ያድርጉ። ሁለቱም መሣሪያዎች ማዕከላዊ ማከማቻውን (hub) ይፈልጋሉ።
app-pair-start = ሌላ መሣሪያ ያክሉ
app-pair-passphrase = መሣሪያ ለማከል የይለፍ ቃልዎን ይጻፉ።
app-pair-show = ኮዱን ያሳዩ
app-pair-scan = በአዲሱ መሣሪያ ላይ “መዝገብ ይቀላቀሉ” የሚለውን ይምረጡ፣ ከዚያ ይህን ካሬ ኮድ ይቃኙ ወይም ከሥሩ ያለውን ጽሑፍ ይጻፉ።
app-pair-qr-alt = በአዲሱ መሣሪያ የሚቃኝ ካሬ ኮድ
app-pair-code-label = ኮዱ በጽሑፍ
app-pair-expires = ኮዱ ለተጨማሪ { $time } ይሠራል።
app-pair-waiting = አዲሱን መሣሪያ በመጠበቅ ላይ…
app-pair-request = “{ $name }” መዝገብዎን ይፈልጋል።
app-pair-compare = አዲሱ መሣሪያ ይህንኑ ኮድ ያሳያል?
app-pair-approve = አዎ፣ ይፍቀዱ
app-pair-refuse = አይ
app-pair-approved = “{ $name }” አሁን መዝገብዎ አለው። ካመሳሰለ በኋላ በመሣሪያዎች ዝርዝር ውስጥ ይታያል።
app-pair-refused = አይ ብለዋል። “{ $name }” ምንም አላገኘም።
app-pair-again = አዲስ ኮድ ያሳዩ

## Sync screen: the devices of this logbook

app-devices-title = የእርስዎ መሣሪያዎች
app-devices-none = እስካሁን ይህን መዝገብ ያመሳሰለ መሣሪያ የለም። ያመሳስሉ፣ ይህ መሣሪያም እዚህ ይታያል።
app-devices-this = ይህ መሣሪያ
app-devices-added = የተጨመረው { $date }
app-devices-removed = የተወገደው { $date }
app-devices-remove = ያስወግዱ
app-devices-remove-confirm = “{ $name }” ይወገድ? ስልክ ሲጠፋ፣ ሲሸጥ ወይም ለሌላ ሰው ሲሰጥ ይህን ይጠቀሙ።
app-devices-remove-consequences = ያለውን ይዞ ይቀራል፣ ግን ከአሁን በኋላ የሚያክሉትን ማግኘት አይችልም። መዝገብዎ አዲስ ቁልፍ ያገኛል፣ ሌሎች መሣሪያዎችዎም ሲያመሳስሉ ያገኙታል። ያንን መሣሪያ እንደገና ለመጠቀም፣ እንደገና ያክሉት።
app-devices-remove-yes = አዎ፣ ያስወግዱት
app-devices-removed-done = “{ $name }” ተወግዷል። መዝገብዎ አሁን አዲስ ቁልፍ አለው፣ ያ መሣሪያ ግን የለውም።
app-devices-new-sheet = የመመለሻ ወረቀትዎ የድሮውን ቁልፍ ይዟል። አሁኑኑ በቅንብሮች ውስጥ አዲስ ይስሩ፣ የድሮውንም ያጥፉ።

## First run: another way to start

app-start-other = መዝገብ አስቀድመው አለዎት?
app-start-join = ከሌላ መሣሪያ ይቀላቀሉ
app-start-recover = በመመለሻ ወረቀት ይመልሱ

## First run: joining a logbook from another device

app-join-title = መዝገብ ይቀላቀሉ
app-join-intro = በሌላው መሣሪያዎ ላይ ማመሳሰልን ይክፈቱ እና “ሌላ መሣሪያ ያክሉ” የሚለውን ይምረጡ። ኮድ ያሳያል።
app-join-code = ኮዱ (በ CNP1: ይጀምራል)
app-join-code-hint = ኮዱን እዚህ ይለጥፉ ወይም ይጻፉ
app-join-picture = የኮዱን ሥዕል ይክፈቱ
app-join-name = ለዚህ መሣሪያ ስም
app-join-name-default = አዲሱ መሣሪያዬ
app-join-passphrase = ለዚህ መሣሪያ የይለፍ ቃል ይምረጡ
app-join-send = ይቀጥሉ
app-join-check = ሌላው መሣሪያዎ ይህንኑ ኮድ ማሳየት አለበት። እዚያ ይፍቀዱ።
app-join-waiting = ሌላው መሣሪያዎ እንዲፈቅድ በመጠበቅ ላይ…
app-join-copying = መዝገብዎ እየተገለበጠ ነው…

## First run: recovering a logbook with a recovery sheet

app-recover-title = መዝገብዎን ይመልሱ
app-recover-intro = የመመለሻ ወረቀትዎን እና የይለፍ ቃልዎን ይጠቀሙ። Carnet መዝገብዎን ከማዕከላዊ ማከማቻው ይመልሳል።
app-recover-by-words = 12ቱን ቃላት ይጻፉ
app-recover-by-code = ካሬ ኮዱን ይጠቀሙ
app-recover-words = 12ቱ ቃላት፣ በቅደም ተከተል
app-recover-words-hint = ቃል1 ቃል2 ቃል3 …
app-recover-hub = በወረቀቱ ላይ ያለው የማዕከላዊ ማከማቻ አድራሻ
app-recover-code = የካሬ ኮዱ ጽሑፍ (በ CNS1: ይጀምራል)
app-recover-picture = የወረቀቱን ፎቶ ይክፈቱ
app-recover-passphrase = የይለፍ ቃልዎ (ከዚህ በፊት የተጠቀሙት)
app-recover-start = መዝገቤን መልስ

## Reading a square code from a picture

app-picture-read = ኮዱ ከሥዕሉ ተነቧል።
app-scan-camera = በካሜራ ይቃኙ
error-camera-scan = ምንም ኮድ አልተነበበም። Carnet ካሜራውን እንዲጠቀም ካልተፈቀደ፣ በስልክዎ ቅንብሮች ውስጥ ይፍቀዱ። የኮዱን ፎቶም መክፈት ይችላሉ።

## Settings: the recovery sheet

app-sheet-title = የመመለሻ ወረቀት
app-sheet-intro = የመመለሻ ወረቀት 12 ቃላት እና ካሬ ኮድ ያለበት ወረቀት ነው። ይህን ስልክ ቢያጡ፣ ወረቀቱ እና የይለፍ ቃልዎ መዝገብዎን በአዲስ ስልክ ላይ ይመልሳሉ። ወረቀቱን ከስልክዎ ርቆ በጥንቃቄ ያስቀምጡ። የይለፍ ቃልዎን ከእሱ ጋር አያስቀምጡ።
app-sheet-replaces = አዲስ ወረቀት የድሮውን ይተካል፤ የድሮ ወረቀት መሥራቱን ያቆማል።
app-sheet-needs-hub = ወረቀቱ ማዕከላዊ ማከማቻውን ይጠቀማል። መጀመሪያ በማመሳሰያ ገጹ ላይ የማዕከላዊ ማከማቻውን አድራሻ ያስገቡ።
app-sheet-passphrase = ወረቀት ለመሥራት የይለፍ ቃልዎን ይጻፉ
app-sheet-format = በዚህ መልክ ያስቀምጡ
app-sheet-pdf = PDF፣ ለማተም
app-sheet-png = ሥዕል
app-sheet-make = የመመለሻ ወረቀት ይስሩ
app-sheet-saved = የመመለሻ ወረቀትዎ በ{ $path } ተቀምጧል። ያትሙት፣ ወይም ከታች ያሉትን ቃላት ይጻፉ፣ ወረቀቱንም በጥንቃቄ ያስቀምጡ።
app-sheet-english = ወረቀቱ በእንግሊዝኛ ነው፤ Carnet የቋንቋዎን ፊደላት በላዩ ላይ ገና መጻፍ አይችልም።
app-sheet-words = 12ቱ ቃላትዎ

## Settings: export and import

app-export-title = ማውጣት እና ማስገባት
app-export-intro = ማውጣት ሙሉ መዝገብዎን በአንድ ፋይል ያስቀምጣል፣ ለራስዎ እንዲይዙት ወይም ለመረጡት ሰው እንዲሰጡት።
app-export-consent = ይህ ፋይል መዝገብዎን በሚነበብ መልክ ይይዛል፤ በይለፍ ቃልዎ አልተቆለፈም። ፋይሉን ያገኘ ማንኛውም ሰው በውስጡ ያለውን ሁሉ ማንበብ ይችላል። ፎቶዎች በፋይሉ ውስጥ የሉም።
app-export-agree = ገብቶኛል። ፋይሉን አስቀምጥ
app-export = ያውጡ
app-export-saved = { $count ->
    [one] { $count } ግቤት በ{ $path } ተቀምጧል።
   *[other] { $count } ግቤቶች በ{ $path } ተቀምጠዋል።
}
app-import-intro = ማስገባት በወጣ ፋይል ውስጥ ያለውን ወደዚህ መዝገብ ያክላል። ከመዝገብዎ ምንም አይሰረዝም።
app-import = ፋይል ያስገቡ
app-import-added = { $count ->
    [0] አዲስ ግቤት የለም።
    [one] { $count } አዲስ ግቤት ታክሏል።
   *[other] { $count } አዲስ ግቤቶች ታክለዋል።
}
app-import-updated = { $count ->
    [0] የተቀየረ ግቤት የለም።
    [one] { $count } ግቤት ተቀይሯል።
   *[other] { $count } ግቤቶች ተቀይረዋል።
}
app-import-unchanged = { $count ->
    [0] ቀድሞውኑ ተመሳሳይ የነበረ ግቤት የለም።
    [one] { $count } ግቤት ቀድሞውኑ ተመሳሳይ ነበር።
   *[other] { $count } ግቤቶች ቀድሞውኑ ተመሳሳይ ነበሩ።
}
app-import-profile = መገለጫዎ ተሻሽሏል።
app-import-missing-photos = { $count ->
    [one] በፋይሉ ውስጥ የተጠቀሰ { $count } ፎቶ በዚህ መሣሪያ ላይ የለም።
   *[other] በፋይሉ ውስጥ የተጠቀሱ { $count } ፎቶዎች በዚህ መሣሪያ ላይ የሉም።
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = የመመለሻ ወረቀትዎ በአዲሱ የይለፍ ቃልዎ አሁንም ይሠራል።
app-passphrase-sheet-not-updated = የመመለሻ ወረቀትዎ በማዕከላዊ ማከማቻው ላይ ሊሻሻል አልቻለም። አዲስ እስኪሠሩ ድረስ፣ የድሮውን የይለፍ ቃልዎን ይፈልጋል። ሲገናኙ አዲስ ወረቀት ይስሩ።

## This device's name

app-device-name = የዚህ መሣሪያ ስም
app-device-name-hint = ሌሎች መሣሪያዎችዎ ለዚህ መሣሪያ የሚያሳዩት ስም፣ ለምሳሌ “የአሚና ስልክ”።
app-device-name-saved = ተቀምጧል። ይህ መሣሪያ ካመሳሰለ በኋላ ሌሎች መሣሪያዎችዎ ያሳዩታል።
