# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: trusted networks, their trust lists, lists of endorsements taken back.

## The screen

app-trust-open = Förtroendelistor
app-trust-title = Förtroendelistor
app-trust-intro = En förtroendelista kommer från ett nätverk du känner till, till exempel en grupp utbildningscenter. Den nämner de skolor, center och arbetsgivare som nätverket går i god för. En kod som är underskriven av någon av dem visas som kontrollerad.
app-trust-warning = Lita bara på ett nätverk vars nyckel du har fått från nätverket självt: personligen, på dess eget papper eller från dess egen webbplats. Den som kan lägga in en nyckel här kan få falska koder att se kontrollerade ut.

## What is held

app-trust-held = Vad den här enheten litar på
app-trust-none = Den här enheten litar inte på något nätverk än. Underskrivna koder visar ”Underskriven, men inte av en utfärdare du litar på”.
app-trust-kid = Nyckelns fingeravtryck: { $kid }
app-trust-no-list = Ingen förtroendelista från det här nätverket än. Lägg till dess fil nedan.
app-trust-list-line = Förtroendelista från { $date } ({ $days ->
    [0] i dag
    [one] 1 dag gammal
   *[other] { $days } dagar gammal
}): { $count ->
    [one] 1 organisation
   *[other] { $count } organisationer
}
app-trust-status-held = Återkallade bekräftelser
app-trust-status-line = { $name }: lista från { $date } ({ $days ->
    [0] i dag
    [one] 1 dag gammal
   *[other] { $days } dagar gammal
}), { $count ->
    [0] inget återkallat
    [one] 1 återkallad
   *[other] { $count } återkallade
}

## Stop trusting a network

app-trust-remove = Sluta lita på
app-trust-remove-confirm = Sluta lita på { $name }? Koder som är underskrivna av organisationerna på dess lista visas inte längre som kontrollerade. Du kan lägga till nätverket igen senare.
app-trust-remove-yes = Ja, sluta lita på det
app-trust-removed = Du litar inte längre på { $name }.

## Trust a network

app-trust-add-title = Lita på ett nätverk
app-trust-add-hint = Skriv eller klistra in nätverkets nyckel och namn, eller öppna filen som nätverket gav dig.
app-trust-key = Nätverkets nyckel (64 bokstäver och siffror)
app-trust-name = Nätverkets namn
app-trust-from-file = Öppna nätverkets nyckelfil
app-trust-add = Lita på det här nätverket
app-trust-added = Du litar nu på { $name }. Lägg nu till dess förtroendelista.

## Files

app-trust-bundle-title = Lägg till en förtroendelista
app-trust-bundle-hint = En fil som slutar på .cbor och som nätverket gav dig. En nyare ersätter den äldre.
app-trust-bundle-open = Öppna en fil med förtroendelista
app-trust-bundle-done = Förtroendelista från { $name } tillagd ({ $date }): { $count ->
    [one] 1 organisation
   *[other] { $count } organisationer
}.
app-trust-status-title = Lägg till en lista över återkallade bekräftelser
app-trust-status-hint = En skola eller ett center kan återkalla en bekräftelse som gjordes av misstag. Deras lista talar om för den här enheten vilka.
app-trust-status-open = Öppna en listfil
app-trust-status-done = Lista från { $name } tillagd ({ $date }): { $count ->
    [0] inget återkallat
    [one] 1 bekräftelse återkallad
   *[other] { $count } bekräftelser återkallade
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Den här filen är inte ett nätverks nyckelfil. Öppna filen som nätverket gav dig, eller skriv nyckeln.
error-app-anchor-invalid-key = Det här är inte en nätverksnyckel. En nyckel har exakt 64 bokstäver (a till f) och siffror. Kontrollera att hela nyckeln kopierades.
error-app-anchor-name = Ge nätverket ett namn på 1 till 100 bokstäver.
error-app-anchor-known = Du litar redan på det här nätverket (nyckelns fingeravtryck { $kid }). Inget ändrades.
error-app-trust-bundle-malformed = Den här filen är inte en förtroendelista, eller så är den skadad. Inget ändrades.
error-app-trust-bundle-wrong-file = Det här är en annan sorts Carnet-fil, inte en förtroendelista. Inget ändrades.
error-app-trust-bundle-newer-version = Den här förtroendelistan gjordes av en nyare Carnet. Uppdatera Carnet för att läsa den.
error-app-trust-bundle-unknown-anchor = Den här förtroendelistan kommer från ett nätverk du inte litar på (nyckelns fingeravtryck { $kid }). Lita först på nätverket och lägg sedan till dess lista igen.
error-app-trust-bundle-bad-signature = Underskriften på den här förtroendelistan stämmer inte: filen har ändrats eller skadats. Inget ändrades. Be nätverket om filen igen.
error-app-trust-bundle-invalid = Den här förtroendelistan kan inte användas. Inget ändrades. Be nätverket om filen igen.
error-app-trust-bundle-too-large = Den här filen är för stor för att vara en förtroendelista. Inget ändrades.
error-app-trust-bundle-not-newer = Du har redan den här förtroendelistan eller en nyare från samma nätverk. Inget ändrades.
error-app-status-list-malformed = Den här filen är inte en lista över återkallade bekräftelser, eller så är den skadad. Inget ändrades.
error-app-status-list-wrong-file = Det här är en annan sorts Carnet-fil, inte en lista över återkallade bekräftelser. Inget ändrades.
error-app-status-list-newer-version = Den här listan gjordes av en nyare Carnet. Uppdatera Carnet för att läsa den.
error-app-status-list-wrong-issuer = Den här listan tillhör en annan utfärdare ({ $found }, inte { $expected }). Inget ändrades.
error-app-status-list-bad-signature = Underskriften på den här listan stämmer inte: filen har ändrats eller skadats. Inget ändrades.
error-app-status-list-invalid = Den här listan kan inte användas. Inget ändrades. Be om filen igen.
error-app-status-list-too-large = Den här filen är för stor för att vara en lista över återkallade bekräftelser. Inget ändrades.
error-app-status-list-issuer-unknown = Den här listan kommer från en utfärdare som ingen av dina förtroendelistor nämner (nyckelns fingeravtryck { $kid }). Lägg först till förtroendelistan som nämner den.
error-app-status-list-not-newer = Du har redan en nyare lista från samma utfärdare. Inget ändrades.
error-app-verifier-write = Carnet kunde inte spara filen i { $path }. Kontrollera att enheten har plats. (För den som hjälper till: { $reason })
