# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = ካልእ መሳርሒ ወስኹ
app-pair-intro = መዝገብኩም ኣብ ካልእ ናይ ባዕልኹም ተሌፎን ወይ ኮምፒተር ኣእትዉ። ክልቲኦም መሳርሒታት ማእከላዊ መኽዘን (hub) የድልዮም።
app-pair-start = ካልእ መሳርሒ ወስኹ
app-pair-passphrase = መሳርሒ ንምውሳኽ፡ ምስጢራዊ ቃልኩም ጽሓፉ።
app-pair-show = ኮድ ኣርእዩ
app-pair-scan = ኣብቲ ሓድሽ መሳርሒ “ናብ መዝገብ ተጸንበሩ” ምረጹ፡ ድሕሪኡ ነዚ ትርብዒት ኮድ ስከን ግበሩ ወይ ኣብ ትሕቲኡ ዘሎ ጽሑፍ ጽሓፉ።
app-pair-qr-alt = ብሓድሽ መሳርሒ ስከን ዝግበር ትርብዒት ኮድ
app-pair-code-label = እቲ ኮድ ብጽሑፍ
app-pair-expires = እዚ ኮድ ንተወሳኺ { $time } ይሰርሕ።
app-pair-waiting = ንሓድሽ መሳርሒ ይጽበ ኣሎ…
app-pair-request = “{ $name }” መዝገብኩም ይደሊ ኣሎ።
app-pair-compare = እቲ ሓድሽ መሳርሒ ነዚ ተመሳሳሊ ኮድ የርኢ ድዩ?
app-pair-approve = እወ፡ ፍቐዱ
app-pair-refuse = ኣይፋል
app-pair-approved = “{ $name }” ሕጂ መዝገብኩም ኣለዎ። ምስ ኣመሳሰለ ኣብ ዝርዝር መሳርሒታት ይርአ።
app-pair-refused = ኣይፋል ኢልኩም። “{ $name }” ዋላ ሓንቲ ኣይረኸበን።
app-pair-again = ሓድሽ ኮድ ኣርእዩ

## Sync screen: the devices of this logbook

app-devices-title = መሳርሒታትኩም
app-devices-none = ክሳብ ሕጂ ዝኾነ መሳርሒ ነዚ መዝገብ ኣየመሳሰሎን። ኣመሳስሉ፡ እዚ መሳርሒ ድማ ኣብዚ ክርአ እዩ።
app-devices-this = እዚ መሳርሒ
app-devices-added = ዝተወሰኸሉ ዕለት { $date }
app-devices-removed = ዝተኣልየሉ ዕለት { $date }
app-devices-remove = ኣልግሱ
app-devices-remove-confirm = “{ $name }” ይኣለ ድዩ? ተሌፎን ምስ ዝጠፍእ፡ ምስ ዝሽየጥ ወይ ንኻልእ ምስ ዝወሃብ ተጠቐሙሉ።
app-devices-remove-consequences = እቲ መሳርሒ ዘለዎ ሒዙ ይተርፍ፡ ግን ካብ ሕጂ ንደሓር እትውስኽዎ ክረክብ ኣይክእልን። መዝገብኩም ሓድሽ መፍትሕ ይረክብ፡ ካልኦት መሳርሒታትኩም ድማ ምስ ኣመሳሰሉ ይረኽብዎ። ነቲ መሳርሒ እንደገና ክትጥቀሙሉ እንተደሊኹም፡ እንደገና ወስኽዎ።
app-devices-remove-yes = እወ፡ ኣልግስዎ
app-devices-removed-done = “{ $name }” ተኣልዩ። መዝገብኩም ሕጂ ሓድሽ መፍትሕ ኣለዎ፡ እቲ መሳርሒ ግን የብሉን።
app-devices-new-sheet = ወረቐት ምምላስኩም ነቲ ኣረጊት መፍትሕ እዩ ዘለዎ። ሕጂ ኣብ ቅጥዕታት ሓድሽ ስርሑ፡ ነቲ ኣረጊት ድማ ኣጥፍእዎ።

## First run: another way to start

app-start-other = ድሮ መዝገብ ኣለኩም ድዩ?
app-start-join = ካብ ካልእ መሳርሒ ተጸንበሩ
app-start-recover = ብወረቐት ምምላስ ምለሱ

## First run: joining a logbook from another device

app-join-title = ናብ መዝገብ ተጸንበሩ
app-join-intro = ኣብቲ ካልእ መሳርሒኹም ምምስሳል ክፈቱ እሞ “ካልእ መሳርሒ ወስኹ” ምረጹ። ኮድ ከርኢ እዩ።
app-join-code = እቲ ኮድ (ብ CNP1: ይጅምር)
app-join-code-hint = ኮድ ኣብዚ ለጥፉ ወይ ጽሓፉ
app-join-picture = ስእሊ ናይቲ ኮድ ክፈቱ
app-join-name = ንዚ መሳርሒ ዝኸውን ስም
app-join-name-default = ሓድሽ መሳርሒይ
app-join-passphrase = ንዚ መሳርሒ ምስጢራዊ ቃል ምረጹ
app-join-send = ቀጽሉ
app-join-check = እቲ ካልእ መሳርሒኹም ነዚ ተመሳሳሊ ኮድ ከርኢ ኣለዎ። ኣብኡ ፍቐዱ።
app-join-waiting = ካልእ መሳርሒኹም ክፈቅድ ይጽበ ኣሎ…
app-join-copying = መዝገብኩም ይቕዳሕ ኣሎ…

## First run: recovering a logbook with a recovery sheet

app-recover-title = መዝገብኩም ምለሱ
app-recover-intro = ወረቐት ምምላስኩምን ምስጢራዊ ቃልኩምን ተጠቐሙ። Carnet መዝገብኩም ካብ ማእከላዊ መኽዘን ይመልሶ።
app-recover-by-words = እቶም 12 ቃላት ጽሓፉ
app-recover-by-code = ትርብዒት ኮድ ተጠቐሙ
app-recover-words = እቶም 12 ቃላት፡ ብቕደም ሰዓብ
app-recover-words-hint = ቃል1 ቃል2 ቃል3 …
app-recover-hub = ኣብቲ ወረቐት ዘሎ ኣድራሻ ማእከላዊ መኽዘን
app-recover-code = ጽሑፍ ናይቲ ትርብዒት ኮድ (ብ CNS1: ይጅምር)
app-recover-picture = ስእሊ ናይቲ ወረቐት ክፈቱ
app-recover-passphrase = ምስጢራዊ ቃልኩም (እቲ ቅድሚ ሕጂ ዝተጠቐምኩምሉ)
app-recover-start = መዝገበይ ይመለስ

## Reading a square code from a picture

app-picture-read = እቲ ኮድ ካብቲ ስእሊ ተነቢቡ።
app-scan-camera = ብካሜራ ስከን ግበሩ
error-camera-scan = ዝተነበበ ኮድ የለን። Carnet ካሜራ ክጥቀም እንተዘይተፈቒዱሉ፡ ኣብ ቅጥዕታት ተሌፎንኩም ፍቐዱሉ። ስእሊ ናይቲ ኮድ እውን ክትከፍቱ ትኽእሉ ኢኹም።

## Settings: the recovery sheet

app-sheet-title = ወረቐት ምምላስ
app-sheet-intro = ወረቐት ምምላስ 12 ቃላትን ትርብዒት ኮድን ዘለዎ ወረቐት እዩ። እዚ ተሌፎን እንተጠፊኡኩም፡ እዚ ወረቐትን ምስጢራዊ ቃልኩምን መዝገብኩም ናብ ሓድሽ ተሌፎን ይመልስዎ። ነቲ ወረቐት ካብ ተሌፎንኩም ርሒቑ ብጥንቃቐ ዓቕብዎ። ምስጢራዊ ቃልኩም ምስኡ ኣይተቐምጡ።
app-sheet-replaces = ሓድሽ ወረቐት ንኣረጊት ይትክኦ፡ ኣረጊት ወረቐት ምስራሕ የቋርጽ።
app-sheet-needs-hub = እዚ ወረቐት ማእከላዊ መኽዘን ይጥቀም። ቅድም ኣብ ገጽ ምምስሳል ኣድራሻ ማእከላዊ መኽዘን ኣቐምጡ።
app-sheet-passphrase = ወረቐት ንምስራሕ ምስጢራዊ ቃልኩም ጽሓፉ
app-sheet-format = ብኸምዚ ዓቕቡ
app-sheet-pdf = PDF፡ ንምሕታም
app-sheet-png = ስእሊ
app-sheet-make = ወረቐት ምምላስ ስርሑ
app-sheet-saved = ወረቐት ምምላስኩም ኣብ { $path } ተዓቂቡ። ሕተምዎ ወይ ነቶም ኣብ ታሕቲ ዘለዉ ቃላት ጽሓፍዎም፡ ነቲ ወረቐት ድማ ብጥንቃቐ ዓቕብዎ።
app-sheet-english = እቲ ወረቐት ብእንግሊዝኛ እዩ፡ Carnet ፊደላት ቋንቋኹም ኣብኡ ክጽሕፍ ገና ኣይክእልን።
app-sheet-words = 12 ቃላትኩም

## Settings: export and import

app-export-title = ምውጻእን ምእታውን
app-export-intro = ምውጻእ ንብምሉእ መዝገብኩም ኣብ ሓደ ፋይል ይዕቅቦ፡ ንባዕልኹም ክትሕዝዎ ወይ ንእትመርጽዎ ሰብ ክትህብዎ።
app-export-consent = እዚ ፋይል መዝገብኩም ብዝንበብ መልክዕ ሒዙ ኣሎ፡ ብምስጢራዊ ቃልኩም ኣይተዓጸወን። ነዚ ፋይል ዝረኸበ ዝኾነ ሰብ ኩሉ ኣብኡ ዘሎ ከንብብ ይኽእል። ስእልታት ኣብቲ ፋይል የለዉን።
app-export-agree = ተረዲኡኒ። ፋይል ይዕቀብ
app-export = ኣውጽኡ
app-export-saved = { $count ->
    [one] { $count } ምዝገባ ኣብ { $path } ተዓቂቡ።
   *[other] { $count } ምዝገባታት ኣብ { $path } ተዓቂቦም።
}
app-import-intro = ምእታው ኣብ ዝወጽአ ፋይል ዘሎ ናብዚ መዝገብ ይውስኽ። ካብ መዝገብኩም ዝድምሰስ የለን።
app-import = ፋይል ኣእትዉ
app-import-added = { $count ->
    [0] ሓድሽ ምዝገባ የለን።
    [one] { $count } ሓድሽ ምዝገባ ተወሲኹ።
   *[other] { $count } ሓደስቲ ምዝገባታት ተወሲኾም።
}
app-import-updated = { $count ->
    [0] ዝተቐየረ ምዝገባ የለን።
    [one] { $count } ምዝገባ ተቐይሩ።
   *[other] { $count } ምዝገባታት ተቐይሮም።
}
app-import-unchanged = { $count ->
    [0] ድሮ ተመሳሳሊ ዝነበረ ምዝገባ የለን።
    [one] { $count } ምዝገባ ድሮ ተመሳሳሊ ነይሩ።
   *[other] { $count } ምዝገባታት ድሮ ተመሳሳሊ ነይሮም።
}
app-import-profile = ውልቃዊ ሓበሬታኹም ተሓዲሱ።
app-import-missing-photos = { $count ->
    [one] ኣብቲ ፋይል ዝተጠቕሰ { $count } ስእሊ ኣብዚ መሳርሒ የለን።
   *[other] ኣብቲ ፋይል ዝተጠቕሱ { $count } ስእልታት ኣብዚ መሳርሒ የለዉን።
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = ወረቐት ምምላስኩም ምስ ሓድሽ ምስጢራዊ ቃልኩም ገና ይሰርሕ።
app-passphrase-sheet-not-updated = ወረቐት ምምላስኩም ኣብ ማእከላዊ መኽዘን ክሕደስ ኣይከኣለን። ሓድሽ ክሳብ እትሰርሑ፡ ኣረጊት ምስጢራዊ ቃልኩም የድልዮ። ምስ ተራኸብኩም ሓድሽ ወረቐት ስርሑ።

## This device's name

app-device-name = ስም ናይዚ መሳርሒ
app-device-name-hint = ካልኦት መሳርሒታትኩም ንዚ መሳርሒ ዘርእይዎ ስም፡ ንኣብነት “ተሌፎን ኣሚና”።
app-device-name-saved = ተዓቂቡ። ካልኦት መሳርሒታትኩም ምስ ኣመሳሰለ ከርእይዎ እዮም።
