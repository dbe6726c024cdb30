# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = ክእለታት ካልኦት ሰባት ፈርሙ፡ ከም ኣሰልጣኒ፡ ኣስራሒ፡ ማእከል፡ ኮሌጅ ወይ መሳርሕቲ።
cli-cmd-issuer-init = ከም ሃቢ ምስክርነት ናይ ምፍራም መፍትሕኩም ስርሑ። ብምስጢራዊ ቃል ይዕጾ።
cli-cmd-issuer-show = ስም፡ ዓይነትን ህዝባዊ መፍትሕን ናይ ሃቢ ኣርእዩ። ምስጢራዊ ቃል ኣየድልን።
cli-cmd-issuer-revoke = ዝፈረምኩምዎ ሓደ ምስክርነት ብቑጽሩ ምለስዎ።
cli-cmd-issuer-status-list = ዝመለስኩምዎም ምስክርነታት ዝሓዘ ዝተፈረመ ዝርዝር ጽሓፉ፡ ንኣረጋገጽቲ ንምሃብ።
cli-cmd-endorse = ሓደ ሰብ ዝሃበኩም ሕቶ ፈርሙ፡ ዝምለስ ምስክርነት ድማ ጽሓፉ።
cli-cmd-trust = QR ኮድ ክተረጋግጹ ከለኹም ናይ መን ፊርማታት ከም እትኣምኑ ምረጹ።
cli-cmd-trust-anchor = መሰረታት እምነት፦ ንሃብቲ ዝውሕሱ መርበባት ወይ ሰበ-ስልጣን።
cli-cmd-trust-anchor-init = ንሃብቲ ንምውሓስ፡ ከም መሰረት እምነት ናይ ምፍራም መፍትሕ ስርሑ።
cli-cmd-trust-anchor-show = ስምን ህዝባዊ መፍትሕን ናይ መሰረት እምነትኩም ኣርእዩ።
cli-cmd-trust-anchor-add = ብመፍትሕ ናይዚ መሰረት እምነት ዝተፈረሙ ዝርዝራት እመኑ።
cli-cmd-trust-bundle = ከም መሰረት እምነት፡ እትውሕስዎም ሃብቲ ዝሓዘ ዝርዝር ፈርሙ።
cli-cmd-trust-import = ካብ ፋይል ዝተፈረመ ዝርዝር እሙናት ሃብቲ ወስኹ።
cli-cmd-trust-list = እትኣምንዎም ሃብቲ ኣርእዩ፡ ነፍሲ ወከፍ ዝርዝር ክንደይ ከም ዝጸንሐ እውን።
cli-cmd-revocation = ሃብቲ ዝመለስዎም ምስክርነታት ዝሓዙ ዝርዝራት።
cli-cmd-revocation-import = ሃቢ ዝመለሶም ምስክርነታት ዝሓዘ ዝተፈረመ ዝርዝር ወስኹ።
cli-cmd-verify = Carnet QR ኮድ ኣረጋግጹ፦ ነፍሲ ወከፍ ክእለት መን ከም ዝፈረሞን ገና ዝሰርሕ እንተኾይኑን።

## Help: what to give

cli-arg-issuer-name = ስምኩም ወይ ስም ትካልኩም፡ ከምቲ ሰባት ክርእይዎ ዘለዎም።
cli-arg-issuer-country = ሃገርኩም፡ ብክልተ ፊደላት፡ ንኣብነት KE ወይ PT።
cli-arg-issuer-kind = እንታይ ምዃንኩም፦ trainer, employer, centre, college ወይ colleague።
cli-arg-revoke-index = ቁጽሪ ናይቲ ዝምለስ ምስክርነት።
cli-arg-cred-out = ዝጽሓፍ ፋይል።
cli-arg-endorse-request = እቲ ሰብ ዝሃበኩም ሕቶ፦ እቲ ፋይል (request.cbor)፡ ስእሊ ናይቲ QR ኮዱ (PNG ወይ JPEG)፡ ወይ ብ CNR1: ዝጅምር ጽሑፍ ዝሓዘ ፋይል ጽሑፍ።
cli-arg-endorse-text = ጽሑፍ ናይቲ ሕቶ፡ ብ CNR1: ዝጅምር፡ እቲ ሰብ ብመልእኽቲ እንተሰዲዱዎ። ኣብ ክንዲ ፋይል።
cli-arg-endorse-assessed-by = ነቲ ክእለት ከመይ ከም ዘረጋገጽኩምዎ፦ observation, test, document ወይ interview።
cli-arg-endorse-expires = እቲ ምስክርነት ዝሰርሓሉ ናይ መወዳእታ መዓልቲ፡ ንኣብነት 2027-05-14። ብዘይኡ፡ ኣይውዳእን።
cli-arg-endorse-valid-days = እቲ ምስክርነት ካብ ሎሚ ጀሚሩ ንክንደይ መዓልታት ከም ዝሰርሕ።
cli-arg-anchor-name = ስም ናይቲ መሰረት እምነት፡ ከምቲ ሰባት ክርእይዎ ዘለዎም።
cli-arg-anchor-key = ህዝባዊ መፍትሕ ናይቲ መሰረት እምነት፦ 64 ፊደላትን ኣሃዛትን።
cli-arg-bundle-issuer = ፋይል ናይ ሃቢ፡ ካብ carnet issuer show --json። ንነፍሲ ወከፍ ሃቢ ሓደ ግዜ ሃብዎ።
cli-arg-trust-file = ፋይል ዝርዝር እምነት (.cbor)።
cli-arg-status-file = ፋይል ዝርዝር ናይቲ ሃቢ (.cbor)።
cli-arg-verify-image = ስእሊ ናይቲ QR ኮድ፦ PNG, JPEG ወይ WebP።
cli-arg-verify-text = ጽሑፍ ናይቲ QR ኮድ፡ ብ CN1: ዝጅምር
cli-arg-verify-nonce = ነቲ ሰብ ኣብቲ ኮድ ከእትዎ ዝሓተትኩምዎ ቁጽሪ (hex)።
cli-arg-verify-audience = ነቲ ሰብ ኣብቲ ኮድ ከእትዎ ዝሓተትኩምዎ ስም።

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

issuer-created = ናይ { $name } መፍትሕ ሃቢ ድሉው እዩ። ምስጢራዊ ቃልኩም ብጥንቃቐ ሓልውዎ፦ ብዘይኡ ክትፍርሙ ኣይትኽእሉን።
issuer-label-name = ስም፦
issuer-label-country = ሃገር፦
issuer-label-kind = ዓይነት፦
issuer-label-public-key = ህዝባዊ መፍትሕ፦
issuer-label-kid = ኣሻራ መፍትሕ፦
issuer-label-issued = ዝተዋህቡ ቁጽርታት፦
issuer-label-revoked = ዝተመልሱ፦
issuer-revoked = ምስክርነት ቁጽሪ { $index } ተመሊሱ።
issuer-already-revoked = ምስክርነት ቁጽሪ { $index } ድሮ ተመሊሱ ነይሩ።
issuer-revoked-next-step = ኣረጋገጽቲ ዝፈልጥዎ ካብቲ ዝቕጽል ዝርዝርኩም ጥራይ እዩ፦ ብ carnet issuer status-list --out list.cbor ጽሓፍዎ፡ ድሕሪኡ ነቲ ፋይል ሃብዎም።
issuer-status-list-written = { $count ->
    [one] እቲ ዝርዝር ኣብ { $path } ኣሎ። 1 ዝተመልሰ ምስክርነት ይጠቅስ።
   *[other] እቲ ዝርዝር ኣብ { $path } ኣሎ። { $count } ዝተመልሱ ምስክርነታት ይጠቅስ።
}

endorse-intro = { $count ->
    [one] ነቲ መፍትሕ { $holder } ዘለዎ ሰብ 1 ምዝገባ ክትፍርሙ ኢኹም፦
   *[other] ነቲ መፍትሕ { $holder } ዘለዎ ሰብ { $count } ምዝገባታት ክትፍርሙ ኢኹም፦
}
endorse-entry = { $title } ({ $kind }፡ ደረጃ { $level }፡ { $dates })
endorse-untitled = (ኣርእስቲ የብሉን)
endorse-how-observation = ክገብርዎ ከም ዝረኣኹምዎም ትብሉ።
endorse-how-test = ፈተና ከም ዝሓለፉ ትብሉ።
endorse-how-document = ሰነድ ከም ዝመርመርኩም ትብሉ።
endorse-how-interview = ብቓለ መሕትት ከም ዘረጋገጽኩምዎ ትብሉ።
endorse-expires-on = ክሳብ { $date } ይሰርሕ።
endorse-no-expiry = ኣይውዳእን።
endorse-written = { $count ->
    [one] ተፈሪሙ። { $path } ናብቲ ሰብ መልስዎ። ቁጽሩ { $first } እዩ።
   *[other] ተፈሪሙ። { $path } ናብቲ ሰብ መልስዎ። ቁጽርታቱ ካብ { $first } ክሳብ { $last } እዮም።
}

trust-anchor-added = ሕጂ ብ{ $name } ዝተፈረሙ ዝርዝራት ትኣምኑ ኣለኹም (ኣሻራ መፍትሕ { $kid })።
trust-bundle-written = { $count ->
    [one] ዝተፈረመ ዝርዝር ናይ 1 ሃቢ ኣብ { $path } ኣሎ።
   *[other] ዝተፈረመ ዝርዝር ናይ { $count } ሃብቲ ኣብ { $path } ኣሎ።
}
trust-imported = { $count ->
    [one] ናይ 1 ሃቢ ዝርዝር እምነት ተወሲኹ፡ ኣብ { $date } ዝተሰርሐ።
   *[other] ናይ { $count } ሃብቲ ዝርዝር እምነት ተወሲኹ፡ ኣብ { $date } ዝተሰርሐ።
}
trust-list-empty = ገና ዝኾነ ሃቢ ኣይትኣምኑን። ብ carnet trust import ዝርዝር እምነት ወስኹ።
trust-list-bundle = { $days ->
    [0] ዝርዝር እምነት ካብ { $anchor }፡ ሎሚ ዝተሰርሐ ({ $date })፦
    [one] ዝርዝር እምነት ካብ { $anchor }፡ ቅድሚ 1 መዓልቲ ዝተሰርሐ ({ $date })፦
   *[other] ዝርዝር እምነት ካብ { $anchor }፡ ቅድሚ { $days } መዓልታት ዝተሰርሐ ({ $date })፦
}
trust-list-issuer =   { $name }: { $kind }፡ { $country }፡ ኣሻራ መፍትሕ { $kid }
revocation-imported = { $count ->
    [one] ዝርዝር ናይ { $name } ተወሲኹ፡ ኣብ { $date } ዝተሰርሐ፦ 1 ምስክርነት ተመሊሱ።
   *[other] ዝርዝር ናይ { $name } ተወሲኹ፡ ኣብ { $date } ዝተሰርሐ፦ { $count } ምስክርነታት ተመሊሶም።
}

## Errors of these commands

error-issuer-exists = ኣብዚ ማህደር ድሮ መፍትሕ ሃቢ ኣሎ። ዝተቐየረ የለን።
error-no-issuer = ኣብዚ ማህደር ገና መፍትሕ ሃቢ የለን። ብ carnet issuer init ሓደ ስርሑ።
error-issuer-damaged = ኣብዚ ማህደር ዘሎ መፍትሕ ሃቢ ተበላሽዩ እዩ ወይ ምስ ዝርዝራቱ ኣይሰማማዕን። ካብ ትሕዝቶ (backup) ቅዳሕ መልሱ።
error-anchor-exists = ኣብዚ ማህደር ድሮ መፍትሕ መሰረት እምነት ኣሎ። ዝተቐየረ የለን።
error-no-anchor = ኣብዚ ማህደር ገና መፍትሕ መሰረት እምነት የለን። ብ carnet trust anchor init ሓደ ስርሑ።
error-anchor-damaged = ኣብዚ ማህደር ዘሎ መፍትሕ መሰረት እምነት ተበላሽዩ እዩ ወይ ምስ ዝርዝራቱ ኣይሰማማዕን። ካብ ትሕዝቶ (backup) ቅዳሕ መልሱ።
error-identity-too-new = እዚ መፍትሕ ብሓድሽ Carnet ተሰሪሑ። ንምጥቃሙ Carnet ኣሐድሱ።
error-storage-file = Carnet { $path } ክጽሕፍ ወይ ከንብብ ኣይከኣለን። ቦታ ከም ዘሎን ኣብኡ ክትጽሕፉ ከም እተፍቀደልኩምን ኣረጋግጹ። (ንሓጋዚ፦ { $reason })
error-file-too-big = { $path } ፋይል Carnet ንምዃን ኣዝዩ ዓቢ እዩ።
error-issuer-kind = “{ $value }” ዓይነት ሃቢ ኣይኮነን። trainer, employer, centre, college ወይ colleague ጽሓፉ።
error-assessed-by = “{ $value }” መንገዲ ምርግጋጽ ኣይኮነን። observation, test, document ወይ interview ጽሓፉ።
error-expires-date = “{ $value }” መዓልቲ ኣይኮነን። ከም ዓመት-ወርሒ-መዓልቲ ጽሓፍዎ፡ ንኣብነት 2027-05-14።
error-expires-past = እታ ናይ መወዳእታ መዓልቲ ድሕሪ ሎሚ ክትከውን ኣለዋ።
error-issuer-indexes-used-up = እዚ መፍትሕ ሃቢ ኩሎም ቁጽርታቱ ሂቡ ወዲኡ። ሓድሽ መፍትሕ ሃቢ ስርሑ።
error-revoke-not-issued = ቁጽሪ { $index } ዘለዎ ምስክርነት ኣይፈረምኩምን። ቁጽርታትኩም ካብ 0 ክሳብ ትሕቲ { $next } እዮም።
error-anchor-name = እቲ ስም ካብ 1 ክሳብ 100 ፊደላት ክኸውን ኣለዎ።
error-anchor-known = ነዚ መሰረት እምነት ድሮ ትኣምንዎ ኢኹም (ኣሻራ መፍትሕ { $kid })።
error-issuer-file = { $path } ፋይል ሃቢ ኣይኮነን። ነቲ ሃቢ ውጽኢት carnet issuer show --json ሕተትዎ።
error-trust-bundle-not-newer = ነዚ ዝርዝር እምነት ወይ ካብኡ ዝሓደሰ ካብ ተመሳሳሊ መሰረት እምነት ድሮ ኣለኩም። ዝተቐየረ የለን።
error-status-list-not-newer = ካብዚ ሃቢ ዝሓደሰ ዝርዝር ድሮ ኣለኩም። ዝተቐየረ የለን።
error-status-list-issuer-unknown = እዚ ዝርዝር ካብ ገና ዘይትኣምንዎ ሃቢ እዩ (ኣሻራ መፍትሕ { $kid })። ቅድም ዝጠቕሶ ዝርዝር እምነት ኣእትዉ።
error-verifier-damaged = ዝተዓቕቡ ዝርዝራት እምነትኩም ተበላሺዮም ወይ ተቐይሮም። እንደገና ኣእትውዎም።
error-verify-nonce = “{ $value }” ቁጽሪ ብ hex ኣይኮነን፡ ንኣብነት 3fa9።
error-verify-got-request = እዚ ምዝገባታት ሰብ ንምርግጋጽ ዝቐረበ ሕቶ እዩ (ጽሑፉ ብ CNR1: ይጅምር)፡ ክእለታት ዘርኢ ኮድ ኣይኮነን። ዝተረጋገጸ የለን። ዘረጋግጽ ሰብ ብዚ ይፍርሞ፦ carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = እዚ ክእለታት ሰብ ዘርኢ ኮድ እዩ (ጽሑፉ ብ CN1: ይጅምር)፡ ንምርግጋጾም ዝቐረበ ሕቶ ኣይኮነን። ዝተፈረመ የለን። ንምርግጋጹ ጽሓፉ፦ carnet verify PICTURE፡ ወይ carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = እቲ ዝርዝር እምነት ተበላሽዩ እዩ ወይ ዝርዝር እምነት ኣይኮነን።
error-trust-bundle-wrong-file = እዚ ካልእ ዓይነት ፋይል Carnet እዩ፡ ዝርዝር እምነት ኣይኮነን።
error-trust-bundle-newer-version = እዚ ዝርዝር እምነት ብሓድሽ Carnet ተሰሪሑ። ንምንባቡ Carnet ኣሐድሱ።
error-trust-bundle-unknown-anchor = እዚ ዝርዝር እምነት ብዘይትኣምንዎ መሰረት እምነት ተፈሪሙ (ኣሻራ መፍትሕ { $kid })። እንተፈሊጥኩምዎ፡ ቅድም ብ carnet trust anchor add ወስኽዎ።
error-trust-bundle-bad-signature = ኣብዚ ዝርዝር እምነት ዘሎ ፊርማ ኣይሰማማዕን። እቲ ፋይል ተቐይሩ ወይ ተበላሽዩ።
error-trust-bundle-invalid = ኣብቲ ዝርዝር እምነት ዘሎ ሓደ ዋጋ ክጥቀመሉ ኣይከኣልን ({ $field })።
error-trust-bundle-too-large = እቲ ዝርዝር እምነት ኣዝዩ ዓቢ እዩ።
error-status-list-malformed = እቲ ዝርዝር ተበላሽዩ እዩ ወይ ዝርዝር ዝተመልሱ ምስክርነታት ኣይኮነን።
error-status-list-wrong-file = እዚ ካልእ ዓይነት ፋይል Carnet እዩ፡ ዝርዝር ዝተመልሱ ምስክርነታት ኣይኮነን።
error-status-list-newer-version = እዚ ዝርዝር ብሓድሽ Carnet ተሰሪሑ። ንምንባቡ Carnet ኣሐድሱ።
error-status-list-wrong-issuer = እዚ ዝርዝር ናይ ካልእ ሃቢ እዩ ({ $found }፡ { $expected } ኣይኮነን)።
error-status-list-bad-signature = ኣብዚ ዝርዝር ዘሎ ፊርማ ኣይሰማማዕን። እቲ ፋይል ተቐይሩ ወይ ተበላሽዩ።
error-status-list-invalid = ኣብቲ ዝርዝር ዘሎ ሓደ ዋጋ ክጥቀመሉ ኣይከኣልን ({ $field })።
error-status-list-too-large = እቲ ዝርዝር ኣዝዩ ዓቢ እዩ።
