# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = ምስክርነታተይ
app-present = ክእለታተይ ኣርኢ
app-verify = ኮድ ኣረጋግጹ

## Wallet

app-wallet-title = ምስክርነታተይ
app-wallet-intro = እዚኣቶም ሓደ ሰብ ዝፈረመልኩም ክእለታት እዮም። ብQR ኮድ ከተርእይዎም ትኽእሉ ኢኹም።
app-wallet-empty = ክሳብ ሕጂ ዝኾነ ሰብ ክእለት ኣይፈረመልኩምን። ኣሰልጣኒ፡ ኣስራሒ ወይ ማእከል እትኽእልዎ ከረጋግጽ ሕተቱ።
app-wallet-by = ብ{ $name } ዝተፈረመ ({ $kind }፡ { $country })
app-wallet-issued = ዝተፈረመሉ ዕለት { $date }
app-wallet-expires = ክሳብ { $date } ዝሰርሕ
app-wallet-expired = ኣብ { $date } ግዜኡ ሓሊፉ
app-wallet-no-expiry = ግዜኡ ኣይሓልፍን
app-wallet-damaged = እዚ ምስክርነት ተበላሽዩ ክርአ ኣይክእልን። ነቲ ዝፈረመ ሰብ ሓድሽ ሕተቱ።
app-standing-valid = ተረጋጊጹ፡ ኣብ ዝርዝር እምነትኩም ዘሎ ሰብ ፈሪምዎ
app-standing-unknown-issuer = ተፈሪሙ፡ ግን እቲ ፈራሚ ኣብ ዝርዝር እምነትኩም የለን
app-standing-expired = ግዜኡ ሓሊፉ
app-standing-revoked = ብፈራሚኡ ተመሊሱ
app-standing-malformed = ተበላሽዩ

## Present: choosing what to show

app-present-title = ክእለታተይ ኣርኢ
app-present-endorsed = ብሓደ ሰብ ዝተፈረመ
app-present-self = ባዕለይ ጥራይ ዝበልክዎ
app-present-self-hint = ኣረጋጋጺ ነዚኣቶም ከም ናይ ባዕልኹም ቃል እዩ ዝርእዮም፡ ከም ዝተፈረሙ ኣይኮነን።
app-present-details = ካብ ነፍሲ ወከፍ እንታይ ይርአ
app-present-details-all = ኩሉ
app-present-details-short = ስምን ደረጃን ጥራይ
app-present-stage = ንመን እዩ?
app-present-print = ኣብ ወረቐት ንምሕታም (ን5 ዓመት ዝሰርሕ)
app-present-make = QR ኮድ ኣርኢ
app-present-none = እንተወሓደ ሓደ ዝርአ ነገር ምረጹ።
app-present-nothing-yet = መዝገብኩም ባዶ እዩ። ቅድም ገለ ነገር ወስኹ።

## Present: the QR code

app-qr-title = ነዚ ኮድ ስከን ክገብሩ ኣፍቅዱሎም
app-qr-expires = እዚ ኮድ ክሳብ { $date } ይሰርሕ።
app-qr-preview = ኣረጋጋጺ ዝርእዮ
app-qr-preview-hide = ኣረጋጋጺ ዝርእዮ ሕብኡ
app-qr-done = ተወዲኡ
app-qr-preview-note = ከምዚ ተሌፎን ተመሳሳሊ ዝርዝራት እምነት ዘለዎ ኣረጋጋጺ ዝርእዮ እዚ እዩ።

## Verify

app-verify-title = ኮድ ኣረጋግጹ
app-verify-intro = ስእሊ ናይ Carnet QR ኮድ ኣልዕሉ ወይ ምረጹ። ናብ ዝኾነ ቦታ ዝለኣኽ የለን፡ ምርግጋጽ ኣብዚ መሳርሒ እዩ ዝካየድ።
app-verify-picture = ስእሊ ኣልዕሉ ወይ ምረጹ
app-verify-text = ወይ ጽሑፍ ናይቲ ኮድ ለጥፉ (ብ CN1: ይጅምር)
app-verify-check = ኣረጋግጹ
app-verify-checking = ይረጋገጽ ኣሎ…
app-verify-again = ካልእ ኮድ ኣረጋግጹ

## The verdict

app-verdict-title = ውጽኢት
app-verdict-made = ን{ $stage } ኣብ { $date } ዝተሰርሐ።
app-verdict-expires = እቲ ኮድ ክሳብ { $date } ይሰርሕ።
app-verdict-newer = እዚ ኮድ ብሓድሽ Carnet ተሰሪሑ። ንምርግጋጹ Carnet ኣሐድሱ።
app-item-endorsed = ዝተፈረመ
app-item-self = ናይ ባዕሎም ቃል
app-item-assessed = ብ{ $how } ዝተረጋገጸ
app-item-hidden = { $count ->
    [one] 1 ዝርዝር ብቲ ሰብ ተሓቢኡ ኣሎ።
   *[other] { $count } ዝርዝራት ብቲ ሰብ ተሓቢኦም ኣለዉ።
}

## Errors of these screens

error-wallet-no-key = እዚ መዝገብ ዝፍረመሉ መፍትሕ የብሉን። ዝተራእየ የለን። በጃኹም ነዚ ጸገም ሓብሩ።
error-wallet-not-endorsed = “{ $title }” ገና ብዝኾነ ሰብ ኣይተፈረመን። ከም “ባዕለይ ጥራይ ዝበልክዎ” ኣርእይዎ፡ ወይ ሓደ ሰብ ከረጋግጾ ሕተቱ።
error-wallet-credential-damaged = ምስክርነት ናይ “{ $title }” ተበላሽዩ። ከም “ባዕለይ ጥራይ ዝበልክዎ” ኣርእይዎ፡ ወይ ሓድሽ ሕተቱ።
error-wallet-entry-unfit = “{ $title }” ኣብ ኮድ ክኣቱ ኣይክእልን፡ እቲ { $field } ኣዝዩ ነዊሕ እዩ ወይ ብቅኑዕ መልክዕ ኣይኮነን። ነቲ ምዝገባ ቀይሩ፡ ድሕሪኡ እንደገና ፈትኑ።
error-wallet-selected-twice = “{ $title }” ክልተ ግዜ ተመሪጹ። ሓደ ግዜ ጥራይ ምረጽዎ።
error-wallet-nothing-chosen = እንተወሓደ ሓደ ዝርአ ነገር ምረጹ።
error-wallet-too-large = እዚ ንሓደ QR ኮድ ኣዝዩ ብዙሕ እዩ ({ $chars } ፊደላት)። ዝወሓደ ነገራት ምረጹ፡ ወይ ስምን ደረጃን ጥራይ ኣርእዩ።
error-wallet-credential = እቲ ኮድ ክስራሕ ኣይከኣለን። ዝተራእየ የለን። በጃኹም ነዚ ጸገም ሓብሩ። (ንሓጋዚ፦ { $reason })
error-wallet-no-code = ኣብዚ ስእሊ Carnet QR ኮድ ኣይተረኽበን። እቲ ስእሊ እንደገና ኣልዕሉ፡ ቀረባን ንጹርን፡ ምሉእ ኮድ ኣብ ውሽጡ ኮይኑ።
error-wallet-not-a-picture = እዚ ፋይል Carnet ከንብቦ ዝኽእል ስእሊ ኣይኮነን። ፎቶ (JPEG ወይ PNG) ተጠቐሙ።
error-wallet-picture-too-large = እቲ ስእሊ ኣዝዩ ዓቢ እዩ ({ $width } × { $height } ፒክሰል)። ዝነኣሰ ኣልዕሉ እሞ እንደገና ፈትኑ።
error-wallet-got-request = እዚ ክእለታት ሰብ ንኽፍረም ዝቐረበ ሕቶ እዩ፡ ክእለታት ዘርኢ ኮድ ኣይኮነን። ዝተረጋገጸ የለን።
error-wallet-trust-damaged = ዝርዝራት እምነትኩም ተበላሺዮም ወይ ተቐይሮም። እንደገና ኣእትውዎም። ክሳብ ሽዑ፡ ዝኾነ ፈራሚ ከም እሙን ኣይቑጸርን።
error-wallet-trust-unreadable = Carnet ዝርዝራት እምነትኩም ኣብ { $path } ከንብብ ኣይከኣለን። እቲ መሳርሒ ቦታ ከም ዘለዎ ኣረጋግጹ። (ንሓጋዚ፦ { $reason })
error-wallet-not-yours = እዚ ምስክርነት ንመዝገብ ካልእ ሰብ እዩ ተሰሪሑ፡ ንናትኩም ኣይኮነን። ዝተዓቕበ የለን። ናይ ባዕልኹም ፋይል ከም ዝተቐበልኩም ኣረጋግጹ።
error-wallet-bad-signature = ኣብዚ ፋይል ዘሎ ፊርማ ኣይሰማማዕን፡ ተቐይሩ ወይ ተበላሽዩ። ዝተዓቕበ የለን። ፋይሉ እንደገና ሕተቱ።
error-wallet-not-a-credential = እዚ ፋይል ካብ Carnet ዝተፈረመ ምስክርነት ኣይኮነን። ዝተዓቕበ የለን። ነቲ ዝፈረመ ሰብ ዝሰርሖ ፋይል ሕተትዎ።
error-wallet-too-many = ኣብ ሓደ ግዜ ልዕሊ { $max } ነገራት ኣይትሕተቱ። ዝወሓደ ምረጹ።
error-wallet-not-from-request = እዚ ምስክርነት ኣየናይ ካብ ምዝገባታትኩም ከም ዘረጋግጽ ኣይገልጽን። ዝተዓቕበ የለን። ካብ ኮድ ሕቶኹም ዝተሰርሐ ሓድሽ ሕተቱ።
error-wallet-entry-gone = እዚ ምስክርነት ኣብ መዝገብኩም ዘየሎ ምዝገባ የረጋግጽ። ዝተዓቕበ የለን። እንተ ኣልጊስኩምዎ፡ ካብ ቅዳሕ እንደገና ወስኽዎ፡ ድሕሪኡ ሓድሽ ምስክርነት ሕተቱ።

## Asking for a signature, and keeping it

app-request = ፊርማ ሕተቱ
app-request-title = ፊርማ ሕተቱ
app-request-intro = ነዚ ኮድ ነቲ እትኽእልዎ ዘረጋግጽ ኣሰልጣኒ፡ ኣስራሒ ወይ ማእከል ኣርእዩ። ብCarnet ስከን ገይሮም ዝተፈረመ ፋይል ይመልሱልኩም።
app-request-key = መፍትሕኩም፦ { $kid }። እቲ ዝፍርም ሰብ ተመሳሳሊ ኮድ ይርኢ።
app-request-text = ተመሳሳሊ ኮድ ብጽሑፍ፡ ብመልእኽቲ ንምልኣኽ
app-request-next = ዝተፈረመ ፋይል ምስ ረኸብኩም፡ “ምስክርነታተይ” ክፈቱ እሞ “ዝተፈረመ ፋይል ወስኹ” ጠውቑ።
app-receive = ዝተፈረመ ፋይል ወስኹ
app-received = ተዓቂቡ፦ { $name } ({ $kind }) ን{ $titles } ፈሪሙ።
