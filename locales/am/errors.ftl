# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = የይለፍ ቃሉ ትክክል አይደለም። ያረጋግጡ እና እንደገና ይሞክሩ። ትልልቅ ፊደላት ይቆጠራሉ።
error-too-many-attempts = { $minutes ->
    [one] በጣም ብዙ የተሳሳቱ የይለፍ ቃላት። 1 ደቂቃ ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
   *[other] በጣም ብዙ የተሳሳቱ የይለፍ ቃላት። { $minutes } ደቂቃዎች ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
}
error-passphrase-too-short = ይህ የይለፍ ቃል በጣም አጭር ነው። ቢያንስ { $min } ፊደላት ይጠቀሙ።

## The logbook files

error-no-logbook = በዚህ አቃፊ ውስጥ ገና መዝገብ የለም። መጀመሪያ አንድ ይስሩ፣ ወይም መዝገብዎ ያለበትን አቃፊ ይምረጡ።
error-already-exists = በዚህ አቃፊ ውስጥ ቀድሞውኑ መዝገብ አለ። ምንም አልተቀየረም።
error-damaged-key-file = የመዝገብዎ ቁልፍ ተበላሽቷል ወይም ጠፍቷል፣ ስለዚህ ሊከፈት አይችልም። ከመጠባበቂያ ቅጂ፣ ወይም ከዚህ ጋር ካገናኙት መሣሪያ ቅጂ ይመልሱ።
error-damaged-database = መዝገብዎ ተበላሽቷል፣ ስለዚህ ሊከፈት አይችልም። ከመጠባበቂያ ቅጂ፣ ወይም ከዚህ ጋር ካገናኙት መሣሪያ ቅጂ ይመልሱ።
error-too-new = { $what ->
    [export-file] ይህ ፋይል በአዲስ የCarnet ስሪት ተሠርቷል። Carnetን ያዘምኑ፣ ከዚያ እንደገና ይሞክሩ።
    [taxonomy] ከCarnet ጋር የመጣው የESCO ዳታ ከአዲስ የCarnet ስሪት ነው። Carnetን ያዘምኑ፣ ከዚያ እንደገና ይሞክሩ።
   *[other] መዝገብዎ በአዲስ የCarnet ስሪት ተቀምጧል። Carnetን ያዘምኑ፣ ከዚያ እንደገና ይሞክሩ።
}
error-disk-full = ዲስኩ ሞልቷል። ምንም አልጠፋም። ቦታ ያስለቅቁ፣ ለምሳሌ የድሮ ፋይሎችን በመሰረዝ፣ ከዚያ እንደገና ይሞክሩ።
error-io = Carnet የመዝገብዎን ፋይሎች ማንበብ ወይም መጻፍ አልቻለም። አቃፊው መኖሩን እና በውስጡ መጻፍ እንደተፈቀደልዎ ያረጋግጡ፣ ከዚያ እንደገና ይሞክሩ።
error-internal = በCarnet ውስጥ የሆነ ችግር ተፈጥሯል። ይህ የCarnet ስህተት ነው፣ የእርስዎ አይደለም። እባክዎ Carnetን የሚሠሩትን ሰዎች ያሳውቁ።

## Entries

error-not-found = መለያ “{ $id }” ያለው ግቤት የለም። መለያውን ያረጋግጡ እና እንደገና ይሞክሩ።
error-ambiguous-id = ከአንድ በላይ ግቤት በ“{ $id }” ይጀምራል። ከመለያው ተጨማሪ ይጻፉ።

## Values the person typed

error-invalid-kind = “{ $value }” የግቤት ዓይነት አይደለም። skill, qualification, experience, language ወይም learning ይጠቀሙ።
error-invalid-date = “{ $value }” ቀን አይደለም። ዓመት (2019)፣ ወር (2019-05) ወይም ቀን (2019-05-14) ይጻፉ።
error-invalid-level = { $kind ->
    [language] “{ $value }” የቋንቋ ደረጃ አይደለም። A1, A2, B1, B2, C1 ወይም C2 ይጠቀሙ።
    [qualification] “{ $value }” የብቃት ደረጃ አይደለም። ከ1 እስከ 8 ያለ ቁጥር ይጠቀሙ (EQF)።
    [learning] “{ $value }” የኮርስ ደረጃ አይደለም። ከ1 እስከ 8 ያለ ቁጥር ይጠቀሙ (EQF)።
    [eqf] “{ $value }” የEQF ደረጃ አይደለም። ከ1 እስከ 8 ያለ ቁጥር ይጠቀሙ።
   *[other] “{ $value }” ደረጃ አይደለም። basic, intermediate, advanced ወይም expert ይጠቀሙ።
}
error-invalid-country = “{ $value }” የአገር ኮድ አይደለም። ሁለት ፊደላት ይጠቀሙ፣ ለምሳሌ SY, AF, ER ወይም DE።
error-invalid-language = “{ $value }” የቋንቋ ኮድ አይደለም። አጭር ኮድ ይጠቀሙ፣ ለምሳሌ ar, fa-AF ወይም en።
error-invalid-esco = “{ $value }” የESCO አድራሻ አይደለም። በ http://data.europa.eu/esco/ ይጀምራል
error-invalid-isco = “{ $value }” የISCO-08 የሥራ ኮድ አይደለም። ከ1 እስከ 4 አሃዞች ይጠቀሙ፣ ለምሳሌ 7212።
error-invalid-proficiency = “{ $value }” ደረጃ አይደለም። basic, intermediate, advanced ወይም expert ይጠቀሙ።
error-invalid-context = “{ $value }” የመማሪያ መንገድ አይደለም። formal, non-formal ወይም informal ይጠቀሙ።
error-invalid-stage = “{ $value }” ምዕራፍ አይደለም። recruitment, pre-departure, arrival, career ወይም return ይጠቀሙ።
error-invalid-field = “{ $value }” ሊቀይሩት የሚችሉት ነገር አይደለም። ከእነዚህ አንዱን ይጠቀሙ፦ { $expected }።
error-empty-field = { $field ->
    [title] ርዕሱ ባዶ ነው። አጭር ርዕስ ይጻፉ።
   *[other] { $field } ባዶ ነው። አንድ ነገር ይጻፉበት።
}
error-date-order = የማብቂያ ቀኑ { $to } ከመጀመሪያ ቀኑ { $from } በፊት ነው። ሁለቱን ቀኖች ያረጋግጡ።
error-import-format = ይህ ፋይል የCarnet ማውጫ አይደለም፣ ስለዚህ ሊነበብ አይችልም። Carnet ያወጣውን ፋይል ይምረጡ።

## Photos

error-evidence-not-an-image = ይህ ፋይል ፎቶ አይደለም። Carnet JPEG, PNG እና WebP ሥዕሎችን ይቀበላል።
error-evidence-unsupported-format = ይህ የ{ $format } ሥዕል ነው፣ Carnet ደግሞ ሊጠቀምበት አይችልም። እንደ JPEG, PNG ወይም WebP ያስቀምጡት፣ ከዚያ እንደገና ይሞክሩ።
error-evidence-damaged = ፎቶው ተበላሽቷል ወይም ሙሉ አይደለም። ፎቶውን እንደገና ያንሱ ወይም ይምረጡ።
error-evidence-too-large = ሥዕሉ በጣም ትልቅ ነው ({ $width } × { $height } ፒክሰል)። ፎቶውን ባነሰ ጥራት ያንሱ፣ ወይም ያነሰ ቅጂ ይምረጡ።
error-evidence-file-too-big = ፋይሉ በጣም ትልቅ ነው ({ $megabytes } MB)። ገደቡ 32 MB ነው። ያነሰ ፋይል ይምረጡ።
error-evidence-encode-failed = Carnet ፎቶውን ማስቀመጥ አልቻለም። እባክዎ እንደገና ይሞክሩ። እንደገና ከተከሰተ፣ እባክዎ Carnetን የሚሠሩትን ሰዎች ያሳውቁ።

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” የማዕከላዊ ማከማቻ አድራሻ አይደለም። የማዕከላዊ ማከማቻ አድራሻ እንደዚህ ይመስላል፦ http://192.168.1.10:8470። ማዕከሉን ይጠይቁ።
error-sync-no-hub = ለዚህ መዝገብ ገና ማዕከላዊ ማከማቻ አልተዘጋጀም። ማዕከሉን የማዕከላዊ ማከማቻቸውን አድራሻ ይጠይቁ።
error-sync-unreachable = Carnet በ{ $url } ያለውን ማዕከላዊ ማከማቻ ማግኘት አይችልም። መዝገብዎ በዚህ መሣሪያ ላይ ደህና ነው። ከማዕከሉ አውታረ መረብ ጋር ሲገናኙ እንደገና ይሞክሩ።
error-sync-refused = ማዕከላዊ ማከማቻው ይህን መሣሪያ ለዚህ መዝገብ አይቀበልም። ይህን መሣሪያ ከመዝገብዎ ካስወገዱት፣ ይህ የሚጠበቅ ነው። አለበለዚያ ማዕከሉን ይጠይቁ።
error-sync-unknown-logbook = ማዕከላዊ ማከማቻው ገና የዚህ መዝገብ ቅጂ የለውም። መጀመሪያ መዝገብዎ ያለበትን መሣሪያ ያመሳስሉ፣ ከዚያ እንደገና ይሞክሩ።
error-sync-rate-limited = ማዕከላዊ ማከማቻው ሥራ በዝቶበታል። { $seconds } ሰከንዶች ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ። መዝገብዎ በዚህ መሣሪያ ላይ ደህና ነው።
error-sync-hub-full = ማዕከላዊ ማከማቻው ለመዝገብዎ ቦታ የለውም። መዝገብዎ በዚህ መሣሪያ ላይ ደህና ነው። ማዕከሉን ይጠይቁ።
error-sync-hub-error = ማዕከላዊ ማከማቻው ችግር አጋጥሞታል ({ $status } { $code })። መዝገብዎ በዚህ መሣሪያ ላይ ደህና ነው። በኋላ እንደገና ይሞክሩ፣ ወይም ማዕከሉን ይጠይቁ።
error-sync-protocol = ማዕከላዊ ማከማቻው ይህ የCarnet ስሪት ሊያነበው የማይችለውን ነገር ልኳል። መዝገብዎ በዚህ መሣሪያ ላይ ደህና ነው። Carnetን ያዘምኑ፣ ወይም ማዕከሉን ይጠይቁ።
error-sync-forged = ማዕከላዊ ማከማቻው የተበላሸ ወይም በአንድ ሰው የተቀየረ ለውጥ ልኳል። Carnet አልተጠቀመበትም፣ መዝገብዎም አልተቀየረም። ለማዕከሉ ይንገሩ።
error-sync-incomplete = ማዕከላዊ ማከማቻው መላክ የነበረበትን ለውጦች ሁሉ አልላከም። Carnet አልተጠቀመባቸውም፣ መዝገብዎም አልተቀየረም። በኋላ እንደገና ይሞክሩ፣ ወይም ለማዕከሉ ይንገሩ።
error-sync-unknown-epoch = ይህ መሣሪያ የመዝገብዎ አዲሱ ቁልፍ የለውም፣ ስለዚህ በማዕከላዊ ማከማቻው ላይ ያለውን ማንበብ አይችልም። ይህን መሣሪያ ካስወገዱት፣ ይህ የሚጠበቅ ነው። አለበለዚያ እንደገና ያገናኙት።
error-sync-rolled-back = ማዕከላዊ ማከማቻው የተወሰነ ዳታ አጥቷል። በዚህ መሣሪያ ላይ ያለው መዝገብዎ ሙሉ ነው እና አልተቀየረም። ለማዕከሉ ይንገሩ።
error-sync-pairing-code = ይህ የማገናኛ ኮድ አይደለም፣ ወይም ከፊሉ ጎድሏል። በሌላው መሣሪያዎ ላይ ኮዱን እንደገና ያሳዩ፣ ሙሉውንም ይቃኙ ወይም ይጻፉ።
error-sync-pairing-expired = ይህ የማገናኛ ኮድ በጣም አርጅቷል። በሌላው መሣሪያዎ ላይ አዲስ ኮድ ያሳዩ።
error-sync-pairing-taken = ሌላ መሣሪያ ለዚህ የማገናኛ ኮድ ቀድሞውኑ መልስ ሰጥቷል። ምንም አልተጋራም። በሌላው መሣሪያዎ ላይ አዲስ ኮድ ያሳዩ እና እንደገና ይሞክሩ።
error-sync-pairing-refused = ሌላው መሣሪያዎ ለዚህ ግንኙነት አይ ብሏል። ምንም አልተጋራም።
error-sync-remove-self = ይህ እየተጠቀሙበት ያለው መሣሪያ ነው። ለማስወገድ፣ ከሌላ መሣሪያዎ ያድርጉት።
error-sync-cancelled = ሌላውን መሣሪያ መጠበቅ አቁመዋል። ምንም አልተጋራም። ሁለቱም መሣሪያዎች ሲዘጋጁ እንደገና ይጀምሩ።

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = ይህ የCarnet የመመለሻ ወረቀት ካሬ ኮድ አይደለም፣ ወይም Carnet ሙሉውን ማንበብ አልቻለም። የሙሉ ኮዱን ጥርት ያለ ፎቶ ያንሱ፣ ወይም 12ቱን ቃላት ይጻፉ።
error-sync-recovery-words = { $problem ->
    [count] የመመለሻ ወረቀት 12 ቃላት አሉት፤ እርስዎ { $position } ሰጥተዋል። 12ቱንም በቅደም ተከተል ይጻፉ።
    [unknown] ቃል ቁጥር { $position } የመመለሻ ወረቀት ቃል አይደለም። አጻጻፉን በወረቀቱ ላይ ያረጋግጡ።
   *[other] ቃላቱ አይስማሙም፤ አንዱ የተሳሳተ ነው፣ ወይም ሁለቱ ቦታ ተቀያይረዋል። እያንዳንዱን ቃል በወረቀቱ ላይ ያረጋግጡ።
}
error-sync-recovery-no-box = ማዕከላዊ ማከማቻው ለዚህ የመመለሻ ወረቀት ምንም የለውም። አዲስ ወረቀት ተክቶት ሊሆን ይችላል፣ ወይም ወረቀቱ የሌላ ማዕከላዊ ማከማቻ ነው። አዲሱን ወረቀትዎን ይጠቀሙ።
error-sheet-write = Carnet ወረቀቱን በ{ $path } መጻፍ አልቻለም። አቃፊውን እና ባዶ ቦታውን ያረጋግጡ። ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet የESCO ዳታ ፋይሉን ማግኘት አይችልም ({ $path })። Carnetን እንደገና ይጫኑ።
error-taxonomy-damaged = የCarnet የESCO ዳታ ፋይል ተበላሽቷል ({ $reason })። Carnetን እንደገና ይጫኑ።
error-unknown-concept = “{ $concept }” የሚባል የESCO ክህሎት ወይም ሙያ የለም። አድራሻውን በ carnet esco search ይፈልጉ።
error-not-an-occupation = “{ $concept }” የESCO ክህሎት ነው፣ ሙያ አይደለም። ሙያውን በ carnet esco search --kind occupation ይፈልጉ።

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet በዚህ ሥዕል ውስጥ ካሬ ኮድ ማግኘት አልቻለም። የሙሉ ኮዱን ጥርት ያለ ፎቶ ያንሱ፣ ወይም በምትኩ ኮዱን ይጻፉ።
error-save-file = Carnet ፋይሉን በ{ $path } ማስቀመጥ አልቻለም። ባዶ ቦታውን ያረጋግጡ። ({ $reason })

## Voice notes

error-evidence-not-audio = ይህ ፋይል የድምፅ ቅጂ አይደለም። Carnet WebM, Ogg, MP4, M4A, AAC, MP3 እና WAV የድምፅ ፋይሎችን ይቀበላል።
error-evidence-audio-is-video = ይህ ፋይል ቪዲዮ ነው። Carnet ድምፅን ብቻ ያስቀምጣል። የድምፅ መልዕክት ይቅዱ፣ ወይም የድምፅ ፋይል ይምረጡ።
error-evidence-audio-too-big = የድምፅ ፋይሉ በጣም ትልቅ ነው ({ $megabytes } MB)። ገደቡ 5 MB ነው። አጭር የድምፅ መልዕክት ይቅዱ።
error-evidence-audio-damaged = የድምፅ ፋይሉ ተበላሽቷል ወይም ሙሉ አይደለም። እንደገና ይቅዱት ወይም ይምረጡት።
error-evidence-not-evidence = ይህ ፋይል ፎቶም የድምፅ ቅጂም አይደለም። Carnet ፎቶዎችን (JPEG, PNG, WebP) እና የድምፅ ፋይሎችን (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) ይቀበላል።
error-microphone-denied = Carnet ማይክሮፎኑን መጠቀም አልተፈቀደለትም። በስልክዎ ቅንብሮች ውስጥ ይፍቀዱ፣ ወይም የድምፅ ፋይል ያያይዙ።
error-microphone-failed = Carnet መቅዳት አልቻለም። እንደገና ይሞክሩ፣ ወይም የድምፅ ፋይል ያያይዙ።
error-recording-empty = ምንም አልተቀዳም። እንደገና ይሞክሩ፣ ቁልፉን ከተጫኑ በኋላ ይናገሩ።
error-evidence-missing = ይህ ፎቶ ወይም የድምፅ መልዕክት ገና በዚህ መሣሪያ ላይ የለም ({ $sha })። ለማግኘት ያመሳስሉ።
