# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN එකකින් විවෘත කරන්න
app-pin-intro = PIN එකක් යනු මෙම උපාංගයේ පමණක් ඔබේ සටහන් පොත විවෘත කරන කෙටි අංකයකි. ඔබේ මුරපදය තවමත් ක්‍රියා කරයි, වෙනත් උපාංගවලට තවමත් එය අවශ්‍යයි.
app-pin-unavailable = මෙම උපාංගයේ PIN එකක් තබා ගැනීමට ආරක්ෂිත තැනක් නැත. ඔබේ මුරපදයෙන් සටහන් පොත විවෘත කරන්න.
app-pin-on = PIN එකක් මෙම උපාංගයේ ඔබේ සටහන් පොත විවෘත කරයි.
app-pin-new = නව PIN (ඉලක්කම් 6 සිට 12 දක්වා)
app-pin-again = PIN නැවත ටයිප් කරන්න
app-pin-set = මෙම PIN භාවිත කරන්න
app-pin-set-done = ඔබේ PIN සූදානම්. ඊළඟ වතාවේ එයින් සටහන් පොත විවෘත කරන්න.
app-pin-remove = PIN භාවිතය නවත්වන්න
app-pin-removed = PIN අක්‍රියයි. ඔබේ මුරපදයෙන් සටහන් පොත විවෘත කරන්න.
app-pin-mismatch = PIN දෙක එක සමාන නැත. නැවත ටයිප් කරන්න.

## Unlock

app-pin = PIN
app-pin-unlock = මගේ PIN එකෙන් විවෘත කරන්න
app-pin-use-passphrase = ඒ වෙනුවට මගේ මුරපදය භාවිත කරන්න
app-pin-use-pin = මගේ PIN භාවිත කරන්න

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN එකක ඉලක්කම් 6 සිට 12 දක්වා පමණක් ඇත, වෙනත් කිසිවක් නැත.
error-pin-wrong = මෙම PIN නිවැරදි නැත. { $left ->
    [one] තවත් උත්සාහ 1ක් ඇත, ඉන්පසු ඔබේ මුරපදය අවශ්‍යයි.
   *[other] තවත් උත්සාහ { $left }ක් ඇත, ඉන්පසු ඔබේ මුරපදය අවශ්‍යයි.
}
error-pin-locked = වැරදි PIN බොහොමයක්, එබැවින් PIN අක්‍රිය විය. ඔබේ මුරපදයෙන් සටහන් පොත විවෘත කරන්න. ඉන්පසු ඔබට නව PIN එකක් සෑදිය හැක.
error-pin-none = මෙම උපාංගයේ PIN එකක් නැත. ඔබේ මුරපදයෙන් සටහන් පොත විවෘත කරන්න.
error-pin-keystore = මෙම උපාංගයේ ආරක්ෂිත ගබඩාව පිළිතුරු දුන්නේ නැත, එබැවින් දැන් PIN භාවිත කළ නොහැක. ඔබේ මුරපදයෙන් සටහන් පොත විවෘත කරන්න.
