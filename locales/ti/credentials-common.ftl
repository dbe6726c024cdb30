# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] እዚ ሕቶ ተበላሽዩ እዩ፡ ወይ ሕቶ Carnet ኣይኮነን። እንደገና ሕተትዎ።
        [credential] እዚ ፋይል ምስክርነት ተበላሽዩ እዩ፡ ወይ ምስክርነት Carnet ኣይኮነን። ነቲ ምዝገባታትኩም ዘረጋገጸ ሰብ እንደገና ክሰደልኩም ሕተትዎ።
       *[other] እዚ ተበላሽዩ እዩ፡ ወይ ፋይል Carnet ኣይኮነን።
    }
error-credential-wrong-file = { $expected ->
        [request] እዚ ሕቶ Carnet ኣይኮነን፡ ካልእ ዓይነት ፋይል Carnet እዩ። ሕቶ ብ carnet request እዩ ዝስራሕ።
        [credential] እዚ ምስክርነት Carnet ኣይኮነን፡ ካልእ ዓይነት ፋይል Carnet እዩ። ነቲ ምዝገባታትኩም ዘረጋገጸ ሰብ ዝሃበኩም ፋይል ከም ዝመረጽኩም ኣረጋግጹ።
       *[other] እዚ ካልእ ዓይነት ፋይል Carnet እዩ። ቅኑዕ ፋይል ከም ዝመረጽኩም ኣረጋግጹ።
    }
error-credential-newer-version = { $what ->
        [request] እዚ ሕቶ ብሓድሽ Carnet ተሰሪሑ።
        [credential] እዚ ምስክርነት ብሓድሽ Carnet ተሰሪሑ።
        [text] እዚ ኮድ ብሓድሽ Carnet ተሰሪሑ።
       *[other] እዚ ብሓድሽ Carnet ተሰሪሑ።
    } Carnet ኣሐድሱ፡ ድሕሪኡ እንደገና ፈትኑ።
error-credential-invalid-field = ሓደ ዋጋ ክጥቀመሉ ኣይከኣልን ({ $field })፦ ኣዝዩ ነዊሕ እዩ ወይ ብቅኑዕ መልክዕ ኣይኮነን። ዝተጻሕፈ የለን።
error-credential-entry-count = ሓደ ሕቶ ካብ 1 ክሳብ { $max } ምዝገባታት ይሕዝ፡ { $found } ኣይኮነን። ዝያዳ ንምርግጋጽ ክልተ ሕቶታት ስርሑ።
error-credential-invalid-key = እዚ ቅኑዕ ህዝባዊ መፍትሕ ኣይኮነን። ምሉእ ከም ዝተቐድሐ ኣረጋግጹ።
error-credential-bad-signature = ኣብዚ ምስክርነት ዘሎ ፊርማ ኣይሰማማዕን፡ ድሕሪ ምፍራሙ ተቐይሩ ወይ ተበላሽዩ። ዝተዓቕበ የለን። ፋይሉ እንደገና ሕተቱ።
error-credential-not-yours = እዚ ምስክርነት ንመዝገብ ካልእ ሰብ እዩ ተሰሪሑ፡ ንናትኩም ኣይኮነን። ዝተዓቕበ የለን። ናይ ባዕልኹም ፋይል ከም ዝተቐበልኩም ኣረጋግጹ።
error-credential-no-such-entry = ኣብዚ ምስክርነት ምዝገባ { $index } የለን።
error-credential-duplicate-entry = ምዝገባ { $index } ክልተ ግዜ ተመሪጹ።
error-credential-wrong-prefix = እዚ ጽሑፍ ኮድ Carnet ኣይኮነን፦ ብ CN1: (ዝረጋገጹ ክእለታት) ወይ ብ CNR1: (ናይ ምርግጋጽ ሕቶ) ኣይጅምርን።
error-credential-base45 = እቲ ጽሑፍ ኮድ Carnet ክሕዞም ዘይክእል ፊደላት ኣለዎ። ተቖሪጹ ወይ ብጌጋ ተጻሒፉ ክኸውን ይኽእል።
error-credential-zlib = እቲ ኮድ ተቖሪጹ ወይ ተበላሽዩ እዩ።
error-credential-too-large = እቲ ኮድ ኮድ Carnet ንምዃን ኣዝዩ ዓቢ እዩ።

## QR codes

error-qr-not-alphanumeric = እቲ ጽሑፍ QR ኮድ Carnet ክሕዞም ዘይክእል ፊደላት ኣለዎ። እዚ ጌጋ ናይ Carnet እዩ፡ በጃኹም ሓብሩ።
error-qr-too-large = እዚ ንሓደ QR ኮድ ኣዝዩ ብዙሕ እዩ፦ { $chars } ፊደላት፡ ተሌፎናት ብጽቡቕ ዘንብብዎ QR ኮድ (ስሪት { $version }፡ ደረጃ { $ec }) ግን { $capacity } ይሕዝ። ዝተጻሕፈ የለን። { $what ->
        [request] ኣብ ሓደ ግዜ ዝወሓደ ምዝገባታት ሕተቱ፡ ወይ ነቲ ሕቶ ኣብ ብ .cbor ዝውዳእ ፋይል ጽሓፍዎ።
       *[other] ዝወሓደ ምዝገባታት ምረጹ፡ ወይ ብ --fields ዝወሓደ ክፍልታት ኣርእዩ።
    }
error-qr-bad-version = እዚ ዓቐን QR ኮድ የለን።
error-qr-bad-module-size = እዚ ዓቐን ነጥቢ ኣይከኣልን።
error-qr-not-an-image = እቲ ፋይል Carnet ከንብቦ ዝኽእል ስእሊ ኣይኮነን። PNG, JPEG ወይ WebP ተጠቐሙ።
error-qr-image-too-large = እቲ ስእሊ ኣዝዩ ዓቢ እዩ ({ $width } × { $height } ፒክሰል)። ኣንእስዎ እሞ እንደገና ፈትኑ።
error-qr-not-found = ኣብቲ ስእሊ ዝንበብ QR ኮድ ኣይተረኽበን። ምሉእ ኮድ ዝሓዘ፡ ዝያዳ ንጹርን ቀረባን ስእሊ ኣልዕሉ።
error-qr-render-failed = ስእሊ QR ክስራሕ ኣይከኣለን። እዚ ጌጋ ናይ Carnet እዩ፡ በጃኹም ሓብሩ።
