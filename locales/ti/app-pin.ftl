# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = ብPIN ክፈቱ
app-pin-intro = PIN ኣብዚ መሳርሒ ጥራይ መዝገብኩም ዝኸፍት ሓጺር ቁጽሪ እዩ። ምስጢራዊ ቃልኩም ገና ይሰርሕ፡ ካልኦት መሳርሒታት ድማ ገና የድልዮም።
app-pin-unavailable = እዚ መሳርሒ PIN ዝዕቀበሉ ውሑስ ቦታ የብሉን። መዝገብኩም ብምስጢራዊ ቃልኩም ክፈትዎ።
app-pin-on = PIN ኣብዚ መሳርሒ መዝገብኩም ይኸፍት።
app-pin-new = ሓድሽ PIN (ካብ 6 ክሳብ 12 ኣሃዛት)
app-pin-again = PIN እንደገና ጽሓፉ
app-pin-set = ነዚ PIN ተጠቐሙ
app-pin-set-done = PIN ናትኩም ድሉው እዩ። ኣብ ዝቕጽል ግዜ፡ መዝገብኩም ብእኡ ክፈትዎ።
app-pin-remove = PIN ምጥቃም ኣቋርጹ
app-pin-removed = PIN ጠፊኡ ኣሎ። መዝገብኩም ብምስጢራዊ ቃልኩም ክፈትዎ።
app-pin-mismatch = እቶም ክልተ PIN ሓደ ኣይኮኑን። እንደገና ጽሓፍዎም።

## Unlock

app-pin = PIN
app-pin-unlock = ብናተይ PIN ክፈት
app-pin-use-passphrase = ኣብ ክንዱ ምስጢራዊ ቃለይ ክጥቀም
app-pin-use-pin = ናተይ PIN ክጥቀም

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN ካብ 6 ክሳብ 12 ኣሃዛት ጥራይ ኣለዎ፡ ካልእ የብሉን።
error-pin-wrong = እዚ PIN ቅኑዕ ኣይኮነን። { $left ->
    [one] 1 ተወሳኺ ፈተነ፡ ድሕሪኡ ምስጢራዊ ቃልኩም የድልየኩም።
   *[other] { $left } ተወሳኺ ፈተነታት፡ ድሕሪኡ ምስጢራዊ ቃልኩም የድልየኩም።
}
error-pin-locked = ብዙሓት ግጉያት PIN፡ ስለዚ PIN ጠፊኡ። መዝገብኩም ብምስጢራዊ ቃልኩም ክፈትዎ። ድሕሪኡ ሓድሽ PIN ክትሰርሑ ትኽእሉ ኢኹም።
error-pin-none = ኣብዚ መሳርሒ PIN የለን። መዝገብኩም ብምስጢራዊ ቃልኩም ክፈትዎ።
error-pin-keystore = ውሑስ መኽዘን ናይዚ መሳርሒ ኣይመለሰን፡ ስለዚ PIN ሕጂ ክጥቀመሉ ኣይከኣልን። መዝገብኩም ብምስጢራዊ ቃልኩም ክፈትዎ።
