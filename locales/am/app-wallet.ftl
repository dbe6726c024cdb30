# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = ማረጋገጫዎቼ
app-present = ክህሎቶቼን አሳይ
app-verify = ኮድ ያረጋግጡ

## Wallet

app-wallet-title = ማረጋገጫዎቼ
app-wallet-intro = እነዚህ አንድ ሰው የፈረመልዎት ክህሎቶች ናቸው። በQR ኮድ ማሳየት ይችላሉ።
app-wallet-empty = እስካሁን ማንም ክህሎት አልፈረመልዎትም። የሚችሉትን እንዲያረጋግጥ አሰልጣኝ፣ አሠሪ ወይም ማዕከል ይጠይቁ።
app-wallet-by = በ{ $name } የተፈረመ ({ $kind }፣ { $country })
app-wallet-issued = የተፈረመው { $date }
app-wallet-expires = እስከ { $date } የሚሠራ
app-wallet-expired = በ{ $date } ጊዜው አልፏል
app-wallet-no-expiry = ጊዜው አያልፍም
app-wallet-damaged = ይህ ማረጋገጫ ተበላሽቷል እና ሊታይ አይችልም። የፈረመውን ሰው አዲስ ይጠይቁ።
app-standing-valid = ተረጋግጧል፤ በእምነት ዝርዝርዎ ውስጥ ባለ ሰው የተፈረመ
app-standing-unknown-issuer = ተፈርሟል፣ ግን ፈራሚው በእምነት ዝርዝርዎ ውስጥ የለም
app-standing-expired = ጊዜው አልፏል
app-standing-revoked = በፈራሚው ተሰርዟል
app-standing-malformed = ተበላሽቷል

## Present: choosing what to show

app-present-title = ክህሎቶቼን አሳይ
app-present-endorsed = በአንድ ሰው የተፈረመ
app-present-self = እኔ ብቻ ያልኩት
app-present-self-hint = ፈታሹ እነዚህን እንደ የራስዎ ቃል ያያቸዋል፣ እንደተፈረሙ አይደለም።
app-present-details = ከእያንዳንዱ ምን ይታይ
app-present-details-all = ሁሉም
app-present-details-short = ስሙ እና ደረጃው ብቻ
app-present-stage = ለማን ነው?
app-present-print = በወረቀት ለማተም (ለ5 ዓመት የሚሠራ)
app-present-make = QR ኮድ አሳይ
app-present-none = ቢያንስ አንድ የሚታይ ነገር ይምረጡ።
app-present-nothing-yet = መዝገብዎ ባዶ ነው። መጀመሪያ አንድ ነገር ያክሉ።

## Present: the QR code

app-qr-title = ይህን ኮድ እንዲቃኙ ያድርጉ
app-qr-expires = ይህ ኮድ እስከ { $date } ይሠራል።
app-qr-preview = ፈታሹ የሚያየው
app-qr-preview-hide = ፈታሹ የሚያየውን ይደብቁ
app-qr-done = ተጠናቋል
app-qr-preview-note = እንደዚህ ስልክ ተመሳሳይ የእምነት ዝርዝሮች ያለው ፈታሽ የሚያየው ይህ ነው።

## Verify

app-verify-title = ኮድ ያረጋግጡ
app-verify-intro = የCarnet QR ኮድ ሥዕል ያንሱ ወይም ይምረጡ። ምንም ወደ የትም አይላክም፤ ማረጋገጡ በዚህ መሣሪያ ላይ ይከናወናል።
app-verify-picture = ሥዕል ያንሱ ወይም ይምረጡ
app-verify-text = ወይም የኮዱን ጽሑፍ ይለጥፉ (በ CN1: ይጀምራል)
app-verify-check = ያረጋግጡ
app-verify-checking = በማረጋገጥ ላይ…
app-verify-again = ሌላ ኮድ ያረጋግጡ

## The verdict

app-verdict-title = ውጤት
app-verdict-made = ለ{ $stage } በ{ $date } የተሠራ።
app-verdict-expires = ኮዱ እስከ { $date } ይሠራል።
app-verdict-newer = ይህ ኮድ በአዲስ Carnet ተሠርቷል። ለማረጋገጥ Carnetን ያዘምኑ።
app-item-endorsed = የተፈረመ
app-item-self = የራሳቸው ቃል
app-item-assessed = በ{ $how } የተረጋገጠ
app-item-hidden = { $count ->
    [one] 1 ዝርዝር በሰውየው ተደብቋል።
   *[other] { $count } ዝርዝሮች በሰውየው ተደብቀዋል።
}

## Errors of these screens

error-wallet-no-key = ይህ መዝገብ የሚፈረምበት ቁልፍ የለውም። ምንም አልታየም። እባክዎ ይህን ችግር ያሳውቁ።
error-wallet-not-endorsed = “{ $title }” ገና በማንም አልተፈረመም። እንደ “እኔ ብቻ ያልኩት” ያሳዩት፣ ወይም አንድ ሰው እንዲያረጋግጠው ይጠይቁ።
error-wallet-credential-damaged = የ“{ $title }” ማረጋገጫ ተበላሽቷል። እንደ “እኔ ብቻ ያልኩት” ያሳዩት፣ ወይም አዲስ ይጠይቁ።
error-wallet-entry-unfit = “{ $title }” በኮድ ውስጥ መግባት አይችልም፤ { $field } በጣም ረጅም ነው ወይም በትክክለኛው መልክ አይደለም። ግቤቱን ይቀይሩ፣ ከዚያ እንደገና ይሞክሩ።
error-wallet-selected-twice = “{ $title }” ሁለት ጊዜ ተመርጧል። አንድ ጊዜ ይምረጡት።
error-wallet-nothing-chosen = ቢያንስ አንድ የሚታይ ነገር ይምረጡ።
error-wallet-too-large = ይህ ለአንድ QR ኮድ በጣም ብዙ ነው ({ $chars } ፊደላት)። ያነሱ ነገሮችን ይምረጡ፣ ወይም ስሙን እና ደረጃውን ብቻ ያሳዩ።
error-wallet-credential = ኮዱ ሊሠራ አልቻለም። ምንም አልታየም። እባክዎ ይህን ችግር ያሳውቁ። (ለረዳት፦ { $reason })
error-wallet-no-code = በዚህ ሥዕል ውስጥ የCarnet QR ኮድ አልተገኘም። ሥዕሉን እንደገና ያንሱ፤ ቀረብ ብለው፣ ጥርት አድርገው፣ ሙሉ ኮዱ በውስጡ እንዲሆን።
error-wallet-not-a-picture = ይህ ፋይል Carnet ሊያነበው የሚችል ሥዕል አይደለም። ፎቶ (JPEG ወይም PNG) ይጠቀሙ።
error-wallet-picture-too-large = ሥዕሉ በጣም ትልቅ ነው ({ $width } × { $height } ፒክሰል)። ያነሰ ያንሱ እና እንደገና ይሞክሩ።
error-wallet-got-request = ይህ የአንድን ሰው ክህሎቶች ለመፈረም የቀረበ ጥያቄ ነው፣ ክህሎቶችን የሚያሳይ ኮድ አይደለም። ምንም አልተረጋገጠም።
error-wallet-trust-damaged = የእምነት ዝርዝሮችዎ ተበላሽተዋል ወይም ተቀይረዋል። እንደገና ያስገቧቸው። እስከዚያ ድረስ ማንም ፈራሚ እንደ ታማኝ አይቆጠርም።
error-wallet-trust-unreadable = Carnet የእምነት ዝርዝሮችዎን በ{ $path } ማንበብ አልቻለም። መሣሪያው ቦታ እንዳለው ያረጋግጡ። (ለረዳት፦ { $reason })
error-wallet-not-yours = ይህ ማረጋገጫ የተሠራው ለሌላ ሰው መዝገብ ነው፣ ለእርስዎ አይደለም። ምንም አልተቀመጠም። የራስዎን ፋይል መቀበልዎን ያረጋግጡ።
error-wallet-bad-signature = በዚህ ፋይል ላይ ያለው ፊርማ አይዛመድም፤ ተቀይሯል ወይም ተበላሽቷል። ምንም አልተቀመጠም። ፋይሉን እንደገና ይጠይቁ።
error-wallet-not-a-credential = ይህ ፋይል ከCarnet የተፈረመ ማረጋገጫ አይደለም። ምንም አልተቀመጠም። የፈረመውን ሰው የሠራውን ፋይል ይጠይቁ።
error-wallet-too-many = በአንድ ጊዜ ቢበዛ { $max } ነገሮችን ይጠይቁ። ያነሱ ይምረጡ።
error-wallet-not-from-request = ይህ ማረጋገጫ ከግቤቶችዎ የትኛውን እንደሚያረጋግጥ አይገልጽም። ምንም አልተቀመጠም። ከጥያቄ ኮድዎ የተሠራ አዲስ ይጠይቁ።
error-wallet-entry-gone = ይህ ማረጋገጫ በመዝገብዎ ውስጥ የሌለን ግቤት ያረጋግጣል። ምንም አልተቀመጠም። ካስወገዱት፣ ከቅጂ እንደገና ያክሉት፣ ከዚያ አዲስ ማረጋገጫ ይጠይቁ።

## Asking for a signature, and keeping it

app-request = ፊርማ ይጠይቁ
app-request-title = ፊርማ ይጠይቁ
app-request-intro = የሚችሉትን ለሚያረጋግጥ አሰልጣኝ፣ አሠሪ ወይም ማዕከል ይህን ኮድ ያሳዩ። በCarnet ቃኝተው የተፈረመ ፋይል ይመልሱልዎታል።
app-request-key = ቁልፍዎ፦ { $kid }። የሚፈርመው ሰው ተመሳሳይ ኮድ ያያል።
app-request-text = ተመሳሳይ ኮድ በጽሑፍ፣ በመልዕክት ለመላክ
app-request-next = የተፈረመውን ፋይል ሲያገኙ፣ “ማረጋገጫዎቼ”ን ይክፈቱ እና “የተፈረመ ፋይል ያክሉ” የሚለውን ይንኩ።
app-receive = የተፈረመ ፋይል ያክሉ
app-received = ተቀምጧል፦ { $name } ({ $kind }) { $titles }ን ፈርሟል።
