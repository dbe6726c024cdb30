# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = የሌሎች ሰዎችን ክህሎቶች ይፈርሙ፣ እንደ አሰልጣኝ፣ አሠሪ፣ ማዕከል፣ ኮሌጅ ወይም የሥራ ባልደረባ።
cli-cmd-issuer-init = እንደ ፈራሚ የመፈረሚያ ቁልፍዎን ይስሩ። በይለፍ ቃል ይቆለፋል።
cli-cmd-issuer-show = የፈራሚ ስምዎን፣ ዓይነትዎን እና የሕዝብ ቁልፍዎን ያሳዩ። የይለፍ ቃል አያስፈልግም።
cli-cmd-issuer-revoke = የፈረሙትን አንድ ማረጋገጫ በቁጥሩ ይሰርዙ።
cli-cmd-issuer-status-list = የሰረዟቸውን ማረጋገጫዎች የያዘ የተፈረመ ዝርዝር ይጻፉ፣ ለፈታሾች ለመስጠት።
cli-cmd-endorse = አንድ ሰው የሰጠዎትን ጥያቄ ይፈርሙ፣ የሚመለሰውንም ማረጋገጫ ይጻፉ።
cli-cmd-trust = QR ኮድ ሲያረጋግጡ የማንን ፊርማዎች እንደሚያምኑ ይምረጡ።
cli-cmd-trust-anchor = የእምነት መሠረቶች፦ ለፈራሚዎች ዋስ የሚሆኑ አውታሮች ወይም ባለሥልጣናት።
cli-cmd-trust-anchor-init = ለፈራሚዎች ዋስ ለመሆን፣ እንደ የእምነት መሠረት የመፈረሚያ ቁልፍ ይስሩ።
cli-cmd-trust-anchor-show = የእምነት መሠረትዎን ስም እና የሕዝብ ቁልፍ ያሳዩ።
cli-cmd-trust-anchor-add = በዚህ የእምነት መሠረት ቁልፍ የተፈረሙ ዝርዝሮችን ይመኑ።
cli-cmd-trust-bundle = እንደ የእምነት መሠረት፣ ዋስ የሚሆኗቸውን ፈራሚዎች ዝርዝር ይፈርሙ።
cli-cmd-trust-import = ከፋይል የተፈረመ የታመኑ ፈራሚዎች ዝርዝር ያክሉ።
cli-cmd-trust-list = የሚያምኗቸውን ፈራሚዎች ያሳዩ፣ እያንዳንዱ ዝርዝር ምን ያህል እንደቆየም።
cli-cmd-revocation = ፈራሚዎች የሰረዟቸው ማረጋገጫዎች ዝርዝሮች።
cli-cmd-revocation-import = አንድ ፈራሚ የሰረዛቸውን ማረጋገጫዎች የያዘ የተፈረመ ዝርዝር ያክሉ።
cli-cmd-verify = የCarnet QR ኮድ ያረጋግጡ፦ እያንዳንዱን ክህሎት ማን እንደፈረመ፣ እና አሁንም የሚሠራ እንደሆነ።

## Help: what to give

cli-arg-issuer-name = ስምዎ ወይም የድርጅትዎ ስም፣ ሰዎች እንዲያዩት እንደሚገባ።
cli-arg-issuer-country = አገርዎ፣ በሁለት ፊደላት፣ ለምሳሌ KE ወይም PT።
cli-arg-issuer-kind = ምን እንደሆኑ፦ trainer, employer, centre, college ወይም colleague።
cli-arg-revoke-index = የሚሰረዘው ማረጋገጫ ቁጥር።
cli-arg-cred-out = የሚጻፈው ፋይል።
cli-arg-endorse-request = ሰውየው የሰጠዎት ጥያቄ፦ ፋይሉ (request.cbor)፣ የQR ኮዱ ሥዕል (PNG ወይም JPEG)፣ ወይም በ CNR1: የሚጀምር ጽሑፍ ያለበት የጽሑፍ ፋይል።
cli-arg-endorse-text = የጥያቄው ጽሑፍ፣ በ CNR1: የሚጀምር፣ ሰውየው በመልዕክት ከላከው። ከፋይል ይልቅ።
cli-arg-endorse-assessed-by = ክህሎቱን እንዴት እንዳረጋገጡ፦ observation, test, document ወይም interview።
cli-arg-endorse-expires = ማረጋገጫው የሚሠራበት የመጨረሻ ቀን፣ ለምሳሌ 2027-05-14። ያለ እሱ አያበቃም።
cli-arg-endorse-valid-days = ማረጋገጫው ከዛሬ ጀምሮ ለስንት ቀናት እንደሚሠራ።
cli-arg-anchor-name = የእምነት መሠረቱ ስም፣ ሰዎች እንዲያዩት እንደሚገባ።
cli-arg-anchor-key = የእምነት መሠረቱ የሕዝብ ቁልፍ፦ 64 ፊደላት እና አሃዞች።
cli-arg-bundle-issuer = የፈራሚ ፋይል፣ ከ carnet issuer show --json። ለእያንዳንዱ ፈራሚ አንድ ጊዜ ይስጡት።
cli-arg-trust-file = የእምነት ዝርዝር ፋይሉ (.cbor)።
cli-arg-status-file = የፈራሚው የዝርዝር ፋይል (.cbor)።
cli-arg-verify-image = የQR ኮዱ ሥዕል፦ PNG, JPEG ወይም WebP።
cli-arg-verify-text = የQR ኮዱ ጽሑፍ፣ በ CN1: የሚጀምር
cli-arg-verify-nonce = ሰውየው በኮዱ ውስጥ እንዲያስገባ የጠየቁት ቁጥር (hex)።
cli-arg-verify-audience = ሰውየው በኮዱ ውስጥ እንዲያስገባ የጠየቁት ስም።

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = ለ{ $name } የፈራሚ ቁልፍዎ ዝግጁ ነው። የይለፍ ቃልዎን በጥንቃቄ ይያዙ፤ ያለ እሱ መፈረም አይችሉም።
issuer-label-name = ስም፦
issuer-label-country = አገር፦
issuer-label-kind = ዓይነት፦
issuer-label-public-key = የሕዝብ ቁልፍ፦
issuer-label-kid = የቁልፍ አሻራ፦
issuer-label-issued = የተሰጡ ቁጥሮች፦
issuer-label-revoked = የተሰረዙ፦
issuer-revoked = ማረጋገጫ ቁጥር { $index } ተሰርዟል።
issuer-already-revoked = ማረጋገጫ ቁጥር { $index } ቀድሞውኑ ተሰርዞ ነበር።
issuer-revoked-next-step = ፈታሾች የሚያውቁት ከሚቀጥለው ዝርዝርዎ ብቻ ነው፤ በ carnet issuer status-list --out list.cbor ይጻፉት፣ ከዚያ ፋይሉን ይስጧቸው።
issuer-status-list-written = { $count ->
    [one] ዝርዝሩ በ{ $path } ውስጥ ነው። 1 የተሰረዘ ማረጋገጫ ይጠቅሳል።
   *[other] ዝርዝሩ በ{ $path } ውስጥ ነው። { $count } የተሰረዙ ማረጋገጫዎችን ይጠቅሳል።
}

endorse-intro = { $count ->
    [one] ቁልፍ { $holder } ላለው ሰው 1 ግቤት ሊፈርሙ ነው፦
   *[other] ቁልፍ { $holder } ላለው ሰው { $count } ግቤቶችን ሊፈርሙ ነው፦
}
endorse-entry = { $title } ({ $kind }፣ ደረጃ { $level }፣ { $dates })
endorse-untitled = (ርዕስ የለውም)
endorse-how-observation = ሲሠሩት እንዳዩ ይላሉ።
endorse-how-test = ፈተና እንዳለፉ ይላሉ።
endorse-how-document = ሰነድ እንዳረጋገጡ ይላሉ።
endorse-how-interview = በቃለ መጠይቅ እንዳረጋገጡት ይላሉ።
endorse-expires-on = እስከ { $date } ይሠራል።
endorse-no-expiry = አያበቃም።
endorse-written = { $count ->
    [one] ተፈርሟል። { $path }ን ለሰውየው ይመልሱ። ቁጥሩ { $first } ነው።
   *[other] ተፈርሟል። { $path }ን ለሰውየው ይመልሱ። ቁጥሮቹ ከ{ $first } እስከ { $last } ናቸው።
}

trust-anchor-added = አሁን በ{ $name } የተፈረሙ ዝርዝሮችን ያምናሉ (የቁልፍ አሻራ { $kid })።
trust-bundle-written = { $count ->
    [one] የ1 ፈራሚ የተፈረመ ዝርዝር በ{ $path } ውስጥ ነው።
   *[other] የ{ $count } ፈራሚዎች የተፈረመ ዝርዝር በ{ $path } ውስጥ ነው።
}
trust-imported = { $count ->
    [one] የ1 ፈራሚ የእምነት ዝርዝር ታክሏል፣ በ{ $date } የተሠራ።
   *[other] የ{ $count } ፈራሚዎች የእምነት ዝርዝር ታክሏል፣ በ{ $date } የተሠራ።
}
trust-list-empty = ገና ምንም ፈራሚ አያምኑም። በ carnet trust import የእምነት ዝርዝር ያክሉ።
trust-list-bundle = { $days ->
    [0] ከ{ $anchor } የእምነት ዝርዝር፣ ዛሬ የተሠራ ({ $date })፦
    [one] ከ{ $anchor } የእምነት ዝርዝር፣ ከ1 ቀን በፊት የተሠራ ({ $date })፦
   *[other] ከ{ $anchor } የእምነት ዝርዝር፣ ከ{ $days } ቀናት በፊት የተሠራ ({ $date })፦
}
trust-list-issuer =   { $name }: { $kind }፣ { $country }፣ የቁልፍ አሻራ { $kid }
revocation-imported = { $count ->
    [one] የ{ $name } ዝርዝር ታክሏል፣ በ{ $date } የተሠራ፦ 1 ማረጋገጫ ተሰርዟል።
   *[other] የ{ $name } ዝርዝር ታክሏል፣ በ{ $date } የተሠራ፦ { $count } ማረጋገጫዎች ተሰርዘዋል።
}

## Errors of these commands

error-issuer-exists = በዚህ አቃፊ ውስጥ ቀድሞውኑ የፈራሚ ቁልፍ አለ። ምንም አልተቀየረም።
error-no-issuer = በዚህ አቃፊ ውስጥ ገና የፈራሚ ቁልፍ የለም። በ carnet issuer init አንድ ይስሩ።
error-issuer-damaged = በዚህ አቃፊ ውስጥ ያለው የፈራሚ ቁልፍ ተበላሽቷል ወይም ከዝርዝሮቹ ጋር አይዛመድም። ከመጠባበቂያ ቅጂ ይመልሱ።
error-anchor-exists = በዚህ አቃፊ ውስጥ ቀድሞውኑ የእምነት መሠረት ቁልፍ አለ። ምንም አልተቀየረም።
error-no-anchor = በዚህ አቃፊ ውስጥ ገና የእምነት መሠረት ቁልፍ የለም። በ carnet trust anchor init አንድ ይስሩ።
error-anchor-damaged = በዚህ አቃፊ ውስጥ ያለው የእምነት መሠረት ቁልፍ ተበላሽቷል ወይም ከዝርዝሮቹ ጋር አይዛመድም። ከመጠባበቂያ ቅጂ ይመልሱ።
error-identity-too-new = ይህ ቁልፍ በአዲስ Carnet ተሠርቷል። ለመጠቀም Carnetን ያዘምኑ።
error-storage-file = Carnet { $path }ን መጻፍ ወይም ማንበብ አልቻለም። ቦታ መኖሩን እና እዚያ መጻፍ እንደተፈቀደልዎ ያረጋግጡ። (ለረዳት፦ { $reason })
error-file-too-big = { $path } የCarnet ፋይል ለመሆን በጣም ትልቅ ነው።
error-issuer-kind = “{ $value }” የፈራሚ ዓይነት አይደለም። trainer, employer, centre, college ወይም colleague ይጻፉ።
error-assessed-by = “{ $value }” የማረጋገጫ መንገድ አይደለም። observation, test, document ወይም interview ይጻፉ።
error-expires-date = “{ $value }” ቀን አይደለም። እንደ ዓመት-ወር-ቀን ይጻፉት፣ ለምሳሌ 2027-05-14።
error-expires-past = የማብቂያው ቀን ከዛሬ በኋላ መሆን አለበት።
error-issuer-indexes-used-up = ይህ የፈራሚ ቁልፍ ቁጥሮቹን ሁሉ ሰጥቶ ጨርሷል። አዲስ የፈራሚ ቁልፍ ይስሩ።
error-revoke-not-issued = ቁጥር { $index } ያለው ማረጋገጫ አልፈረሙም። ቁጥሮችዎ ከ0 እስከ { $next } በታች ናቸው።
error-anchor-name = ስሙ ከ1 እስከ 100 ፊደላት መሆን አለበት።
error-anchor-known = ይህን የእምነት መሠረት አስቀድመው ያምናሉ (የቁልፍ አሻራ { $kid })።
error-issuer-file = { $path } የፈራሚ ፋይል አይደለም። ፈራሚውን የ carnet issuer show --json ውጤት ይጠይቁ።
error-trust-bundle-not-newer = ይህ የእምነት ዝርዝር ወይም ከዚሁ የእምነት መሠረት የመጣ አዲስ ዝርዝር አስቀድሞ አለዎት። ምንም አልተቀየረም።
error-status-list-not-newer = ከዚህ ፈራሚ አዲስ ዝርዝር አስቀድሞ አለዎት። ምንም አልተቀየረም።
error-status-list-issuer-unknown = ይህ ዝርዝር ገና ከማያምኑት ፈራሚ ነው (የቁልፍ አሻራ { $kid })። መጀመሪያ የሚጠቅሰውን የእምነት ዝርዝር ያስገቡ።
error-verifier-damaged = የተቀመጡት የእምነት ዝርዝሮችዎ ተበላሽተዋል ወይም ተቀይረዋል። እንደገና ያስገቧቸው።
error-verify-nonce = “{ $value }” በhex የተጻፈ ቁጥር አይደለም፣ ለምሳሌ 3fa9።
error-verify-got-request = ይህ የአንድን ሰው ግቤቶች ለማረጋገጥ የቀረበ ጥያቄ ነው (ጽሑፉ በ CNR1: ይጀምራል)፣ ክህሎቶችን የሚያሳይ ኮድ አይደለም። ምንም አልተረጋገጠም። የሚያረጋግጠው ሰው በዚህ ይፈርመዋል፦ carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = ይህ የአንድን ሰው ክህሎቶች የሚያሳይ ኮድ ነው (ጽሑፉ በ CN1: ይጀምራል)፣ እንዲረጋገጡ የቀረበ ጥያቄ አይደለም። ምንም አልተፈረመም። ለማረጋገጥ ይጻፉ፦ carnet verify PICTURE፣ ወይም carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = የእምነት ዝርዝሩ ተበላሽቷል ወይም የእምነት ዝርዝር አይደለም።
error-trust-bundle-wrong-file = ይህ ሌላ ዓይነት የCarnet ፋይል ነው፣ የእምነት ዝርዝር አይደለም።
error-trust-bundle-newer-version = ይህ የእምነት ዝርዝር በአዲስ Carnet ተሠርቷል። ለማንበብ Carnetን ያዘምኑ።
error-trust-bundle-unknown-anchor = ይህ የእምነት ዝርዝር በማያምኑት የእምነት መሠረት ተፈርሟል (የቁልፍ አሻራ { $kid })። ካወቁት፣ መጀመሪያ በ carnet trust anchor add ያክሉት።
error-trust-bundle-bad-signature = በዚህ የእምነት ዝርዝር ላይ ያለው ፊርማ አይዛመድም። ፋይሉ ተቀይሯል ወይም ተበላሽቷል።
error-trust-bundle-invalid = በእምነት ዝርዝሩ ውስጥ ያለ አንድ እሴት መጠቀም አይቻልም ({ $field })።
error-trust-bundle-too-large = የእምነት ዝርዝሩ በጣም ትልቅ ነው።
error-status-list-malformed = ዝርዝሩ ተበላሽቷል ወይም የተሰረዙ ማረጋገጫዎች ዝርዝር አይደለም።
error-status-list-wrong-file = ይህ ሌላ ዓይነት የCarnet ፋይል ነው፣ የተሰረዙ ማረጋገጫዎች ዝርዝር አይደለም።
error-status-list-newer-version = ይህ ዝርዝር በአዲስ Carnet ተሠርቷል። ለማንበብ Carnetን ያዘምኑ።
error-status-list-wrong-issuer = ይህ ዝርዝር የሌላ ፈራሚ ነው ({ $found }፣ { $expected } አይደለም)።
error-status-list-bad-signature = በዚህ ዝርዝር ላይ ያለው ፊርማ አይዛመድም። ፋይሉ ተቀይሯል ወይም ተበላሽቷል።
error-status-list-invalid = በዝርዝሩ ውስጥ ያለ አንድ እሴት መጠቀም አይቻልም ({ $field })።
error-status-list-too-large = ዝርዝሩ በጣም ትልቅ ነው።
