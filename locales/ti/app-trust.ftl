# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = ዝርዝራት እምነት
app-trust-title = ዝርዝራት እምነት
app-trust-intro = ዝርዝር እምነት ካብ እትፈልጥዎ መርበብ ይመጽእ፡ ንኣብነት ጉጅለ ማእከላት ስልጠና። እቲ መርበብ ዝውሕሶም ኮሌጃት፡ ማእከላትን ኣስራሕትን ይጠቅስ። ብሓደ ካብኣቶም ዝተፈረመ ኮድ ከም ዝተረጋገጸ ይርአ።
app-trust-warning = መፍትሑ ካብቲ መርበብ ባዕሉ ንዝረኸብኩምዎ መርበብ ጥራይ እመኑ፡ ብኣካል፡ ብናይ ባዕሉ ወረቐት፡ ወይ ካብ ናይ ባዕሉ ወብሳይት። ኣብዚ መፍትሕ ከእቱ ዝኽእል ዝኾነ ሰብ፡ ናይ ሓሶት ኮዳት ከም ዝተረጋገጹ ከምስሉ ይኽእል።

## What is held

app-trust-held = እዚ መሳርሒ ዝኣምኖ
app-trust-none = እዚ መሳርሒ ገና ዝኾነ መርበብ ኣይኣምንን። ዝተፈረሙ ኮዳት “ተፈሪሙ፡ ግን ብእትኣምንዎ ሃቢ ኣይኮነን” ኢሎም ይርኣዩ።
app-trust-kid = ኣሻራ መፍትሕ፦ { $kid }
app-trust-no-list = ካብዚ መርበብ ገና ዝርዝር እምነት የለን። ፋይሉ ኣብ ታሕቲ ወስኹ።
app-trust-list-line = ዝርዝር እምነት ናይ { $date } ({ $days ->
    [0] ሎሚ
    [one] ቅድሚ 1 መዓልቲ
   *[other] ቅድሚ { $days } መዓልታት
}): { $count ->
    [one] 1 ቦታ
   *[other] { $count } ቦታታት
}
app-trust-status-held = ዝተመልሱ ምስክርነታት
app-trust-status-line = { $name }: ዝርዝር ናይ { $date } ({ $days ->
    [0] ሎሚ
    [one] ቅድሚ 1 መዓልቲ
   *[other] ቅድሚ { $days } መዓልታት
}), { $count ->
    [0] ዝተመልሰ የለን
    [one] 1 ተመሊሱ
   *[other] { $count } ተመሊሶም
}

## Stop trusting a network

app-trust-remove = ምእማን ኣቋርጹ
app-trust-remove-confirm = ን{ $name } ምእማን ተቋርጹ ዶ? ብቦታታት ናይቲ ዝርዝሩ ዝተፈረሙ ኮዳት ድሕሪ ሕጂ ከም ዝተረጋገጹ ኣይክርኣዩን እዮም። ነቲ መርበብ ደሓር እንደገና ክትውስኽዎ ትኽእሉ ኢኹም።
app-trust-remove-yes = እወ፡ ምእማን ኣቋርጹ
app-trust-removed = ድሕሪ ሕጂ ን{ $name } ኣይትኣምንዎን ኢኹም።

## Trust a network

app-trust-add-title = መርበብ እመኑ
app-trust-add-hint = መፍትሕን ስምን ናይቲ መርበብ ጽሓፉ ወይ ለጥፉ፡ ወይ እቲ መርበብ ዝሃበኩም ፋይል ክፈቱ።
app-trust-key = መፍትሕ ናይቲ መርበብ (64 ፊደላትን ቁጽርታትን)
app-trust-name = ስም ናይቲ መርበብ
app-trust-from-file = ፋይል መፍትሕ ናይቲ መርበብ ክፈቱ
app-trust-add = ነዚ መርበብ እመኑ
app-trust-added = ሕጂ ን{ $name } ትኣምንዎ ኣለኹም። ሕጂ ዝርዝር እምነቱ ወስኹ።

## Files

app-trust-bundle-title = ዝርዝር እምነት ወስኹ
app-trust-bundle-hint = እቲ መርበብ ዝሃበኩም ብ .cbor ዝውዳእ ፋይል። ሓድሽ ንኣረጊት ይትክኦ።
app-trust-bundle-open = ፋይል ዝርዝር እምነት ክፈቱ
app-trust-bundle-done = ዝርዝር እምነት ናይ { $name } ተወሲኹ ({ $date }): { $count ->
    [one] 1 ቦታ
   *[other] { $count } ቦታታት
}።
app-trust-status-title = ዝርዝር ዝተመልሱ ምስክርነታት ወስኹ
app-trust-status-hint = ኮሌጅ ወይ ማእከል ብጌጋ ዝሃቦ ምስክርነት ክመልሶ ይኽእል። ዝርዝሩ ንዚ መሳርሒ ኣየኖት ምዃኖም ይነግሮ።
app-trust-status-open = ፋይል ዝርዝር ክፈቱ
app-trust-status-done = ዝርዝር ናይ { $name } ተወሲኹ ({ $date }): { $count ->
    [0] ዝተመልሰ የለን
    [one] 1 ምስክርነት ተመሊሱ
   *[other] { $count } ምስክርነታት ተመሊሶም
}።

## Refusals: nothing was changed in any case

error-trust-anchor-file = እዚ ፋይል ፋይል መፍትሕ መርበብ ኣይኮነን። እቲ መርበብ ዝሃበኩም ፋይል ክፈቱ፡ ወይ መፍትሕ ጽሓፉ።
error-app-anchor-invalid-key = እዚ መፍትሕ መርበብ ኣይኮነን። መፍትሕ ልክዕ 64 ፊደላት (ካብ a ክሳብ f) ን ቁጽርታትን ኣለዎ። ምሉእ ከም ዝተቐድሐ ኣረጋግጹ።
error-app-anchor-name = ነቲ መርበብ ካብ 1 ክሳብ 100 ፊደላት ዘለዎ ስም ሃብዎ።
error-app-anchor-known = ነዚ መርበብ ድሮ ትኣምንዎ ኢኹም (ኣሻራ መፍትሕ { $kid })። ዝተቐየረ የለን።
error-app-trust-bundle-malformed = እዚ ፋይል ዝርዝር እምነት ኣይኮነን፡ ወይ ተበላሽዩ እዩ። ዝተቐየረ የለን።
error-app-trust-bundle-wrong-file = እዚ ካልእ ዓይነት ፋይል Carnet እዩ፡ ዝርዝር እምነት ኣይኮነን። ዝተቐየረ የለን።
error-app-trust-bundle-newer-version = እዚ ዝርዝር እምነት ብሓድሽ Carnet ተሰሪሑ። ንምንባቡ Carnet ኣሐድሱ።
error-app-trust-bundle-unknown-anchor = እዚ ዝርዝር እምነት ካብ ዘይትኣምንዎ መርበብ እዩ ዝመጽእ (ኣሻራ መፍትሕ { $kid })። ቅድም ነቲ መርበብ እመኑ፡ ድሕሪኡ ዝርዝሩ እንደገና ወስኹ።
error-app-trust-bundle-bad-signature = ኣብዚ ዝርዝር እምነት ዘሎ ፊርማ ኣይሰማማዕን፡ እቲ ፋይል ተቐይሩ ወይ ተበላሽዩ። ዝተቐየረ የለን። ነቲ መርበብ ፋይሉ እንደገና ሕተቱ።
error-app-trust-bundle-invalid = እዚ ዝርዝር እምነት ክጥቀመሉ ኣይከኣልን። ዝተቐየረ የለን። ነቲ መርበብ ፋይሉ እንደገና ሕተቱ።
error-app-trust-bundle-too-large = እዚ ፋይል ዝርዝር እምነት ንምዃን ኣዝዩ ዓቢ እዩ። ዝተቐየረ የለን።
error-app-trust-bundle-not-newer = ነዚ ዝርዝር እምነት ወይ ካብኡ ዝሓደሰ ካብ ተመሳሳሊ መርበብ ድሮ ኣለኩም። ዝተቐየረ የለን።
error-app-status-list-malformed = እዚ ፋይል ዝርዝር ዝተመልሱ ምስክርነታት ኣይኮነን፡ ወይ ተበላሽዩ እዩ። ዝተቐየረ የለን።
error-app-status-list-wrong-file = እዚ ካልእ ዓይነት ፋይል Carnet እዩ፡ ዝርዝር ዝተመልሱ ምስክርነታት ኣይኮነን። ዝተቐየረ የለን።
error-app-status-list-newer-version = እዚ ዝርዝር ብሓድሽ Carnet ተሰሪሑ። ንምንባቡ Carnet ኣሐድሱ።
error-app-status-list-wrong-issuer = እዚ ዝርዝር ናይ ካልእ ፈራሚ እዩ ({ $found }፡ { $expected } ኣይኮነን)። ዝተቐየረ የለን።
error-app-status-list-bad-signature = ኣብዚ ዝርዝር ዘሎ ፊርማ ኣይሰማማዕን፡ እቲ ፋይል ተቐይሩ ወይ ተበላሽዩ። ዝተቐየረ የለን።
error-app-status-list-invalid = እዚ ዝርዝር ክጥቀመሉ ኣይከኣልን። ዝተቐየረ የለን። ፋይሉ እንደገና ሕተቱ።
error-app-status-list-too-large = እዚ ፋይል ዝርዝር ዝተመልሱ ምስክርነታት ንምዃን ኣዝዩ ዓቢ እዩ። ዝተቐየረ የለን።
error-app-status-list-issuer-unknown = እዚ ዝርዝር ካብ ሓደ ካብ ዝርዝራት እምነትኩም ዘይጠቕሶ ፈራሚ እዩ ዝመጽእ (ኣሻራ መፍትሕ { $kid })። ቅድም ነቲ ዝጠቕሶ ዝርዝር እምነት ወስኹ።
error-app-status-list-not-newer = ካብዚ ፈራሚ ዝሓደሰ ዝርዝር ድሮ ኣለኩም። ዝተቐየረ የለን።
error-app-verifier-write = Carnet ነቲ ፋይል ኣብ { $path } ክዕቅቦ ኣይከኣለን። እቲ መሳርሒ ቦታ ከም ዘለዎ ኣረጋግጹ። (ንሓጋዚ፦ { $reason })
