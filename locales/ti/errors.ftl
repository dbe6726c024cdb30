# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = ምስጢራዊ ቃል ቅኑዕ ኣይኮነን። ኣረጋግጹ እሞ እንደገና ፈትኑ። ዓበይቲ ፊደላት ይቑጸሩ እዮም።
error-too-many-attempts = { $minutes ->
    [one] ብዙሓት ግጉያት ምስጢራዊ ቃላት። 1 ደቒቕ ተጸበዩ፡ ድሕሪኡ እንደገና ፈትኑ።
   *[other] ብዙሓት ግጉያት ምስጢራዊ ቃላት። { $minutes } ደቓይቕ ተጸበዩ፡ ድሕሪኡ እንደገና ፈትኑ።
}
error-passphrase-too-short = እዚ ምስጢራዊ ቃል ኣዝዩ ሓጺር እዩ። እንተወሓደ { $min } ፊደላት ተጠቐሙ።

## The logbook files

error-no-logbook = ኣብዚ ማህደር ገና መዝገብ የለን። ቅድም ሓደ ስርሑ፡ ወይ መዝገብኩም ዘለዎ ማህደር ምረጹ።
error-already-exists = ኣብዚ ማህደር ድሮ መዝገብ ኣሎ። ዝተቐየረ የለን።
error-damaged-key-file = መፍትሕ መዝገብኩም ተበላሽዩ ወይ ጠፊኡ፡ ስለዚ ክኽፈት ኣይክእልን። ካብ ትሕዝቶ (backup)፡ ወይ ምስዚ ካብ ዝተኣሳሰረ መሳርሒ ቅዳሕ መልሱ።
error-damaged-database = መዝገብኩም ተበላሽዩ፡ ስለዚ ክኽፈት ኣይክእልን። ካብ ትሕዝቶ (backup)፡ ወይ ምስዚ ካብ ዝተኣሳሰረ መሳርሒ ቅዳሕ መልሱ።
error-too-new = { $what ->
    [export-file] እዚ ፋይል ብሓድሽ ስሪት Carnet ተሰሪሑ። Carnet ኣሐድሱ፡ ድሕሪኡ እንደገና ፈትኑ።
    [taxonomy] ምስ Carnet ዝመጸ ዳታ ESCO ካብ ሓድሽ ስሪት Carnet እዩ። Carnet ኣሐድሱ፡ ድሕሪኡ እንደገና ፈትኑ።
   *[other] መዝገብኩም ብሓድሽ ስሪት Carnet ተዓቂቡ። Carnet ኣሐድሱ፡ ድሕሪኡ እንደገና ፈትኑ።
}
error-disk-full = እቲ ዲስክ መሊኡ። ዝጠፍአ የለን። ገለ ቦታ ኣጽርዩ፡ ንኣብነት ኣረገውቲ ፋይላት ብምድምሳስ፡ ድሕሪኡ እንደገና ፈትኑ።
error-io = Carnet ፋይላት መዝገብኩም ከንብብ ወይ ክጽሕፍ ኣይከኣለን። እቲ ማህደር ከም ዘሎን ኣብኡ ክትጽሕፉ ከም እተፍቀደልኩምን ኣረጋግጹ፡ ድሕሪኡ እንደገና ፈትኑ።
error-internal = ኣብ ውሽጢ Carnet ገለ ጌጋ ተፈጢሩ። እዚ ጌጋ ናይ Carnet እዩ፡ ናትኩም ኣይኮነን። በጃኹም ነቶም Carnet ዝሰርሑ ሰባት ንገርዎም።

## Entries

error-not-found = መለለዪ “{ $id }” ዘለዎ ምዝገባ የለን። ነቲ መለለዪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
error-ambiguous-id = ካብ ሓደ ንላዕሊ ምዝገባ ብ “{ $id }” ይጅምር። ካብቲ መለለዪ ዝያዳ ጽሓፉ።

## Values the person typed

error-invalid-kind = “{ $value }” ዓይነት ምዝገባ ኣይኮነን። skill, qualification, experience, language ወይ learning ተጠቐሙ።
error-invalid-date = “{ $value }” ዕለት ኣይኮነን። ዓመት (2019)፡ ወርሒ (2019-05) ወይ መዓልቲ (2019-05-14) ጽሓፉ።
error-invalid-level = { $kind ->
    [language] “{ $value }” ደረጃ ቋንቋ ኣይኮነን። A1, A2, B1, B2, C1 ወይ C2 ተጠቐሙ።
    [qualification] “{ $value }” ደረጃ ብቕዓት ኣይኮነን። ካብ 1 ክሳብ 8 ቁጽሪ ተጠቐሙ (EQF)።
    [learning] “{ $value }” ደረጃ ኮርስ ኣይኮነን። ካብ 1 ክሳብ 8 ቁጽሪ ተጠቐሙ (EQF)።
    [eqf] “{ $value }” ደረጃ EQF ኣይኮነን። ካብ 1 ክሳብ 8 ቁጽሪ ተጠቐሙ።
   *[other] “{ $value }” ደረጃ ኣይኮነን። basic, intermediate, advanced ወይ expert ተጠቐሙ።
}
error-invalid-country = “{ $value }” ኮድ ሃገር ኣይኮነን። ክልተ ፊደላት ተጠቐሙ፡ ንኣብነት SY, AF, ER ወይ DE።
error-invalid-language = “{ $value }” ኮድ ቋንቋ ኣይኮነን። ሓጺር ኮድ ተጠቐሙ፡ ንኣብነት ar, fa-AF ወይ en።
error-invalid-esco = “{ $value }” ኣድራሻ ESCO ኣይኮነን። ብ http://data.europa.eu/esco/ ይጅምር
error-invalid-isco = “{ $value }” ኮድ ስራሕ ISCO-08 ኣይኮነን። ካብ 1 ክሳብ 4 ኣሃዛት ተጠቐሙ፡ ንኣብነት 7212።
error-invalid-proficiency = “{ $value }” ደረጃ ኣይኮነን። basic, intermediate, advanced ወይ expert ተጠቐሙ።
error-invalid-context = “{ $value }” መንገዲ ትምህርቲ ኣይኮነን። formal, non-formal ወይ informal ተጠቐሙ።
error-invalid-stage = “{ $value }” ደረጃ ኣይኮነን። recruitment, pre-departure, arrival, career ወይ return ተጠቐሙ።
error-invalid-field = “{ $value }” ክትቕይርዎ እትኽእሉ ነገር ኣይኮነን። ሓደ ካብዚኣቶም ተጠቐሙ፦ { $expected }።
error-empty-field = { $field ->
    [title] እቲ ኣርእስቲ ባዶ እዩ። ሓጺር ኣርእስቲ ጽሓፉ።
   *[other] እቲ { $field } ባዶ እዩ። ገለ ነገር ጽሓፉሉ።
}
error-date-order = ዕለት መወዳእታ { $to } ቅድሚ ዕለት መጀመርታ { $from } እዩ። ክልቲኦም ዕለታት ኣረጋግጹ።
error-import-format = እዚ ፋይል ምውጻእ Carnet ኣይኮነን፡ ስለዚ ክንበብ ኣይክእልን። Carnet ዘውጽኦ ፋይል ምረጹ።

## Photos

error-evidence-not-an-image = እዚ ፋይል ስእሊ ኣይኮነን። Carnet ስእልታት JPEG, PNG ን WebP ን ይቕበል።
error-evidence-unsupported-format = እዚ ስእሊ { $format } እዩ፡ Carnet ድማ ክጥቀመሉ ኣይክእልን። ከም JPEG, PNG ወይ WebP ዓቕብዎ፡ ድሕሪኡ እንደገና ፈትኑ።
error-evidence-damaged = እቲ ስእሊ ተበላሽዩ ወይ ምሉእ ኣይኮነን። ነቲ ስእሊ እንደገና ኣልዕሉ ወይ ምረጹ።
error-evidence-too-large = እቲ ስእሊ ኣዝዩ ዓቢ እዩ ({ $width } × { $height } ፒክሰል)። ብትሑት ቅጥዒ ጽሬት ኣልዕሉ፡ ወይ ዝነኣሰ ቅዳሕ ምረጹ።
error-evidence-file-too-big = እቲ ፋይል ኣዝዩ ዓቢ እዩ ({ $megabytes } MB)። ደረቱ 32 MB እዩ። ዝነኣሰ ፋይል ምረጹ።
error-evidence-encode-failed = Carnet ነቲ ስእሊ ክዕቅቦ ኣይከኣለን። በጃኹም እንደገና ፈትኑ። እንደገና እንተኣጋጢሙ፡ ነቶም Carnet ዝሰርሑ ሰባት ንገርዎም።

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” ኣድራሻ ማእከላዊ መኽዘን ኣይኮነን። ኣድራሻ ማእከላዊ መኽዘን ከምዚ ይመስል፦ http://192.168.1.10:8470። ነቲ ማእከል ሕተትዎ።
error-sync-no-hub = ንዚ መዝገብ ገና ማእከላዊ መኽዘን ኣይተቐመጠን። ነቲ ማእከል ኣድራሻ ማእከላዊ መኽዘኖም ሕተትዎ።
error-sync-unreachable = Carnet ነቲ ማእከላዊ መኽዘን ኣብ { $url } ክበጽሖ ኣይክእልን። መዝገብኩም ኣብዚ መሳርሒ ውሑስ እዩ። ምስ መርበብ ናይቲ ማእከል ምስ ተራኸብኩም እንደገና ፈትኑ።
error-sync-refused = እቲ ማእከላዊ መኽዘን ነዚ መሳርሒ ንዚ መዝገብ ኣይቕበሎን። ነዚ መሳርሒ ካብ መዝገብኩም እንተኣልጊስኩምዎ፡ እዚ ትጽቢት ዝግበሮ እዩ። እንተዘይኮነ፡ ነቲ ማእከል ሕተቱ።
error-sync-unknown-logbook = እቲ ማእከላዊ መኽዘን ገና ቅዳሕ ናይዚ መዝገብ የብሉን። ቅድም ነቲ መዝገብኩም ዘለዎ መሳርሒ ኣመሳስልዎ፡ ድሕሪኡ እንደገና ፈትኑ።
error-sync-rate-limited = እቲ ማእከላዊ መኽዘን ተጸሚዱ ኣሎ። { $seconds } ካልኢታት ተጸበዩ፡ ድሕሪኡ እንደገና ፈትኑ። መዝገብኩም ኣብዚ መሳርሒ ውሑስ እዩ።
error-sync-hub-full = ኣብቲ ማእከላዊ መኽዘን ንመዝገብኩም ዝኸውን ቦታ የለን። መዝገብኩም ኣብዚ መሳርሒ ውሑስ እዩ። ነቲ ማእከል ሕተቱ።
error-sync-hub-error = እቲ ማእከላዊ መኽዘን ጸገም ኣጋጢምዎ ({ $status } { $code })። መዝገብኩም ኣብዚ መሳርሒ ውሑስ እዩ። ደሓር እንደገና ፈትኑ፡ ወይ ነቲ ማእከል ሕተቱ።
error-sync-protocol = እቲ ማእከላዊ መኽዘን እዚ ስሪት Carnet ከንብቦ ዘይክእል ነገር ሰዲዱ። መዝገብኩም ኣብዚ መሳርሒ ውሑስ እዩ። Carnet ኣሐድሱ፡ ወይ ነቲ ማእከል ሕተቱ።
error-sync-forged = እቲ ማእከላዊ መኽዘን ዝተበላሸወ ወይ ብሓደ ሰብ ዝተቐየረ ለውጢ ሰዲዱ። Carnet ኣይተጠቐመሉን፡ መዝገብኩም እውን ኣይተቐየረን። ነቲ ማእከል ንገሩ።
error-sync-incomplete = እቲ ማእከላዊ መኽዘን ክሰዶም ዝነበሮ ለውጥታት ኩሎም ኣይሰደደን። Carnet ኣይተጠቐመሎምን፡ መዝገብኩም እውን ኣይተቐየረን። ደሓር እንደገና ፈትኑ፡ ወይ ነቲ ማእከል ንገሩ።
error-sync-unknown-epoch = እዚ መሳርሒ እቲ ሓድሽ መፍትሕ መዝገብኩም የብሉን፡ ስለዚ ኣብቲ ማእከላዊ መኽዘን ዘሎ ከንብብ ኣይክእልን። ነዚ መሳርሒ እንተኣልጊስኩምዎ፡ እዚ ትጽቢት ዝግበሮ እዩ። እንተዘይኮነ፡ እንደገና ኣተኣሳስርዎ።
error-sync-rolled-back = እቲ ማእከላዊ መኽዘን ገለ ዳታ ኣጥፊኡ። መዝገብኩም ኣብዚ መሳርሒ ምሉእ እዩ፡ ኣይተቐየረን። ነቲ ማእከል ንገሩ።
error-sync-pairing-code = እዚ ኮድ ምትእስሳር ኣይኮነን፡ ወይ ገለ ክፋሉ ጎዲሉ። ኣብቲ ካልእ መሳርሒኹም እንደገና ኮድ ኣርእዩ፡ ምሉኡ ድማ ስከን ግበሩ ወይ ጽሓፉ።
error-sync-pairing-expired = እዚ ኮድ ምትእስሳር ኣዝዩ ኣረጊቱ። ኣብቲ ካልእ መሳርሒኹም ሓድሽ ኮድ ኣርእዩ።
error-sync-pairing-taken = ካልእ መሳርሒ ድሮ ነዚ ኮድ ምትእስሳር መሊሱሉ። ዝተኻፈለ የለን። ኣብቲ ካልእ መሳርሒኹም ሓድሽ ኮድ ኣርእዩ እሞ እንደገና ፈትኑ።
error-sync-pairing-refused = እቲ ካልእ መሳርሒኹም ነዚ ምትእስሳር ኣይፋል ኢሉ። ዝተኻፈለ የለን።
error-sync-remove-self = እዚ እትጥቀምሉ ዘለኹም መሳርሒ እዩ። ንምእላዩ፡ ካብ ካልእ መሳርሒኹም ግበርዎ።
error-sync-cancelled = ንቲ ካልእ መሳርሒ ምጽባይ ኣቋሪጽኩም። ዝተኻፈለ የለን። ክልቲኦም መሳርሒታት ምስ ተዳለዉ እንደገና ጀምሩ።

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = እዚ ትርብዒት ኮድ ናይ ወረቐት ምምላስ Carnet ኣይኮነን፡ ወይ Carnet ምሉኡ ከንብቦ ኣይከኣለን። ናይ ምሉእ ኮድ ዝያዳ ንጹር ስእሊ ኣልዕሉ፡ ወይ እቶም 12 ቃላት ጽሓፉ።
error-sync-recovery-words = { $problem ->
    [count] ወረቐት ምምላስ 12 ቃላት ኣለዎ፡ ንስኹም { $position } ሂብኩም። ኩሎም 12 ብቕደም ሰዓብ ጽሓፉ።
    [unknown] ቃል ቁጽሪ { $position } ካብ ቃላት ወረቐት ምምላስ ኣይኮነን። ኣጻሕሕፋኡ ኣብቲ ወረቐት ኣረጋግጹ።
   *[other] እቶም ቃላት ኣይሰማምዑን፦ ሓደ ካብኣቶም ግጉይ እዩ፡ ወይ ክልተ ቦታ ተቐያይሮም። ነፍሲ ወከፍ ቃል ኣብቲ ወረቐት ኣረጋግጹ።
}
error-sync-recovery-no-box = እቲ ማእከላዊ መኽዘን ንዚ ወረቐት ምምላስ ዝኸውን የብሉን። ሓድሽ ወረቐት ተኪእዎ ክኸውን ይኽእል፡ ወይ እቲ ወረቐት ናይ ካልእ ማእከላዊ መኽዘን እዩ። እቲ ዝሓደሰ ወረቐትኩም ተጠቐሙ።
error-sheet-write = Carnet ነቲ ወረቐት ኣብ { $path } ክጽሕፎ ኣይከኣለን። ማህደርን ባዶ ቦታን ኣረጋግጹ። ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ፋይል ዳታ ESCO ክረክብ ኣይክእልን ({ $path })። Carnet እንደገና ኣእትዉ (install)።
error-taxonomy-damaged = ፋይል ዳታ ESCO ናይ Carnet ተበላሽዩ ({ $reason })። Carnet እንደገና ኣእትዉ (install)።
error-unknown-concept = “{ $concept }” ዝበሃል ክእለት ወይ ሞያ ESCO የለን። ኣድራሻኡ ብ carnet esco search ድለዩ።
error-not-an-occupation = “{ $concept }” ክእለት ESCO እዩ፡ ሞያ ኣይኮነን። ነቲ ሞያ ብ carnet esco search --kind occupation ድለይዎ።

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet ኣብዚ ስእሊ ትርብዒት ኮድ ክረክብ ኣይከኣለን። ናይ ምሉእ ኮድ ዝያዳ ንጹር ስእሊ ኣልዕሉ፡ ወይ ኣብ ክንድኡ ነቲ ኮድ ጽሓፍዎ።
error-save-file = Carnet ነቲ ፋይል ኣብ { $path } ክዕቅቦ ኣይከኣለን። ባዶ ቦታ ኣረጋግጹ። ({ $reason })

## Voice notes

error-evidence-not-audio = እዚ ፋይል ቅዳሕ ድምጺ ኣይኮነን። Carnet ፋይላት ድምጺ WebM, Ogg, MP4, M4A, AAC, MP3 ን WAV ን ይቕበል።
error-evidence-audio-is-video = እዚ ፋይል ቪድዮ እዩ። Carnet ድምጺ ጥራይ ይዕቅብ። ናይ ድምጺ መልእኽቲ ቅድሑ፡ ወይ ፋይል ድምጺ ምረጹ።
error-evidence-audio-too-big = እቲ ፋይል ድምጺ ኣዝዩ ዓቢ እዩ ({ $megabytes } MB)። ደረቱ 5 MB እዩ። ዝሓጸረ ናይ ድምጺ መልእኽቲ ቅድሑ።
error-evidence-audio-damaged = እቲ ፋይል ድምጺ ተበላሽዩ ወይ ምሉእ ኣይኮነን። እንደገና ቅድሕዎ ወይ ምረጽዎ።
error-evidence-not-evidence = እዚ ፋይል ስእሊ ኣይኮነን፡ ቅዳሕ ድምጺ እውን ኣይኮነን። Carnet ስእልታት (JPEG, PNG, WebP) ን ፋይላት ድምጺ (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) ን ይቕበል።
error-microphone-denied = Carnet ማይክሮፎን ክጥቀም ኣይተፈቕደሉን። ኣብ ቅጥዕታት ተሌፎንኩም ፍቐዱሉ፡ ወይ ፋይል ድምጺ ኣተሓሕዙ።
error-microphone-failed = Carnet ክቐድሕ ኣይከኣለን። እንደገና ፈትኑ፡ ወይ ፋይል ድምጺ ኣተሓሕዙ።
error-recording-empty = ዝተቐድሐ የለን። እንደገና ፈትኑ፡ ነቲ መጠወቒ ምስ ጠወቕኩም ተዛረቡ።
error-evidence-missing = እዚ ስእሊ ወይ ናይ ድምጺ መልእኽቲ ገና ኣብዚ መሳርሒ የለን ({ $sha })። ንምርካቡ ኣመሳስሉ።
