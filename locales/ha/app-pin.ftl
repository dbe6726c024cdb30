# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Buɗe da PIN
app-pin-intro = PIN gajeriyar lamba ce da ke buɗe rajistarku a wannan na'ura kaɗai. Kalmar sirrinku tana aiki har yanzu, kuma sauran na'urori suna buƙatar ta har yanzu.
app-pin-unavailable = Wannan na'ura ba ta da wurin ajiya mai aminci don PIN. Buɗe rajistarku da kalmar sirrinku.
app-pin-on = PIN tana buɗe rajistarku a wannan na'ura.
app-pin-new = Sabuwar PIN (lambobi 6 zuwa 12)
app-pin-again = Sake rubuta PIN
app-pin-set = Yi amfani da wannan PIN
app-pin-set-done = PIN ɗinku ta shirya. Nan gaba, buɗe rajistarku da ita.
app-pin-remove = Daina amfani da PIN
app-pin-removed = An kashe PIN. Buɗe rajistarku da kalmar sirrinku.
app-pin-mismatch = PIN biyun ba ɗaya ba ne. Sake rubuta su.

## Unlock

app-pin = PIN
app-pin-unlock = Buɗe da PIN ɗina
app-pin-use-passphrase = Yi amfani da kalmar sirrina maimakon haka
app-pin-use-pin = Yi amfani da PIN ɗina

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN tana da lambobi 6 zuwa 12, babu wani abu kuma.
error-pin-wrong = Wannan PIN ba daidai ba ce. { $left ->
    [one] Ƙarin gwaji 1, sannan za ku buƙaci kalmar sirrinku.
   *[other] Ƙarin gwaje-gwaje { $left }, sannan za ku buƙaci kalmar sirrinku.
}
error-pin-locked = PIN marasa daidai da yawa, don haka an kashe PIN. Buɗe rajistarku da kalmar sirrinku. Sannan za ku iya ƙirƙirar sabuwar PIN.
error-pin-none = Babu PIN a wannan na'ura. Buɗe rajistarku da kalmar sirrinku.
error-pin-keystore = Ma'ajiyar aminci ta wannan na'ura ba ta amsa ba, don haka ba za a iya amfani da PIN yanzu ba. Buɗe rajistarku da kalmar sirrinku.
