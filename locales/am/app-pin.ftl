# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = በPIN ይክፈቱ
app-pin-intro = PIN መዝገብዎን በዚህ መሣሪያ ላይ ብቻ የሚከፍት አጭር ቁጥር ነው። የይለፍ ቃልዎ አሁንም ይሠራል፣ ሌሎች መሣሪያዎችም አሁንም ያስፈልጓቸዋል።
app-pin-unavailable = ይህ መሣሪያ PIN የሚያስቀምጥበት አስተማማኝ ቦታ የለውም። መዝገብዎን በይለፍ ቃልዎ ይክፈቱ።
app-pin-on = PIN መዝገብዎን በዚህ መሣሪያ ላይ ይከፍታል።
app-pin-new = አዲስ PIN (ከ6 እስከ 12 አሃዞች)
app-pin-again = PINኑን እንደገና ይጻፉ
app-pin-set = ይህን PIN ይጠቀሙ
app-pin-set-done = PINዎ ዝግጁ ነው። በሚቀጥለው ጊዜ መዝገብዎን በእሱ ይክፈቱ።
app-pin-remove = PIN መጠቀም ያቁሙ
app-pin-removed = PINኑ ጠፍቷል። መዝገብዎን በይለፍ ቃልዎ ይክፈቱ።
app-pin-mismatch = ሁለቱ PINዎች አንድ አይደሉም። እንደገና ይጻፏቸው።

## Unlock

app-pin = PIN
app-pin-unlock = በPINዬ ክፈት
app-pin-use-passphrase = በምትኩ የይለፍ ቃሌን ልጠቀም
app-pin-use-pin = PINዬን ልጠቀም

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN ከ6 እስከ 12 አሃዞች ብቻ አሉት፣ ሌላ ምንም የለውም።
error-pin-wrong = ይህ PIN ትክክል አይደለም። { $left ->
    [one] 1 ተጨማሪ ሙከራ፣ ከዚያ የይለፍ ቃልዎ ያስፈልግዎታል።
   *[other] { $left } ተጨማሪ ሙከራዎች፣ ከዚያ የይለፍ ቃልዎ ያስፈልግዎታል።
}
error-pin-locked = በጣም ብዙ የተሳሳቱ PINዎች፣ ስለዚህ PINኑ ጠፍቷል። መዝገብዎን በይለፍ ቃልዎ ይክፈቱ። ከዚያ አዲስ PIN መሥራት ይችላሉ።
error-pin-none = በዚህ መሣሪያ ላይ PIN የለም። መዝገብዎን በይለፍ ቃልዎ ይክፈቱ።
error-pin-keystore = የዚህ መሣሪያ አስተማማኝ ማከማቻ መልስ አልሰጠም፣ ስለዚህ PINኑ አሁን መጠቀም አይቻልም። መዝገብዎን በይለፍ ቃልዎ ይክፈቱ።
