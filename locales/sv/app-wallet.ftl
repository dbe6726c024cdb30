# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements (wallet), showing a QR code, checking a code.

## Moving around

app-wallet = Mina bekräftelser
app-present = Visa mina färdigheter
app-verify = Kontrollera en kod

## Wallet

app-wallet-title = Mina bekräftelser
app-wallet-intro = Det här är färdigheterna som någon har skrivit under åt dig. Du kan visa dem med en QR-kod.
app-wallet-empty = Ingen har skrivit under någon färdighet åt dig än. Be en handledare, en arbetsgivare eller ett center att bekräfta vad du kan.
app-wallet-by = Underskriven av { $name } ({ $kind }, { $country })
app-wallet-issued = Underskriven { $date }
app-wallet-expires = Giltig till { $date }
app-wallet-expired = Gick ut { $date }
app-wallet-no-expiry = Går inte ut
app-wallet-damaged = Den här bekräftelsen är skadad och kan inte visas. Be personen som skrev under om en ny.
app-standing-valid = Kontrollerad: underskriven av någon på din förtroendelista
app-standing-unknown-issuer = Underskriven, men den som skrev under finns inte på din förtroendelista
app-standing-expired = Har gått ut
app-standing-revoked = Återkallad av den som skrev under
app-standing-malformed = Skadad

## Present: choosing what to show

app-present-title = Visa mina färdigheter
app-present-endorsed = Underskrivet av någon
app-present-self = Bara sagt av mig
app-present-self-hint = Den som kontrollerar ser det här som dina egna ord, inte som underskrivet.
app-present-details = Vad som ska visas av varje
app-present-details-all = Allt
app-present-details-short = Bara namnet och nivån
app-present-stage = Vem är det till?
app-present-print = För utskrift på papper (giltig i 5 år)
app-present-make = Visa QR-kod
app-present-none = Välj minst en sak att visa.
app-present-nothing-yet = Din loggbok är tom. Lägg till något först.

## Present: the QR code

app-qr-title = Låt dem skanna den här koden
app-qr-expires = Den här koden fungerar till { $date }.
app-qr-preview = Vad den som kontrollerar kommer att se
app-qr-preview-hide = Dölj vad den som kontrollerar ser
app-qr-done = Klar
app-qr-preview-note = Det här ser en person som kontrollerar med samma förtroendelistor som den här telefonen.

## Verify

app-verify-title = Kontrollera en kod
app-verify-intro = Ta eller välj en bild av en QR-kod från Carnet. Inget skickas någonstans: kontrollen görs på den här enheten.
app-verify-picture = Ta eller välj en bild
app-verify-text = Eller klistra in kodens text (den börjar med CN1:)
app-verify-check = Kontrollera
app-verify-checking = Kontrollerar…
app-verify-again = Kontrollera en annan kod

## The verdict

app-verdict-title = Resultat
app-verdict-made = Gjord för { $stage } den { $date }.
app-verdict-expires = Koden fungerar till { $date }.
app-verdict-newer = Den här koden gjordes av en nyare Carnet. Uppdatera Carnet för att kontrollera den.
app-item-endorsed = Underskriven
app-item-self = Personens egna ord
app-item-assessed = Kontrollerad genom { $how }
app-item-hidden = { $count ->
    [one] 1 uppgift är dold av personen.
   *[other] { $count } uppgifter är dolda av personen.
}

## Errors of these screens

error-wallet-no-key = Den här loggboken har ingen nyckel att skriva under med. Inget visades. Rapportera gärna det här problemet.
error-wallet-not-endorsed = ”{ $title }” har inte skrivits under av någon än. Visa den som ”bara sagt av mig”, eller be någon att bekräfta den.
error-wallet-credential-damaged = Bekräftelsen av ”{ $title }” är skadad. Visa den som ”bara sagt av mig”, eller be om en ny.
error-wallet-entry-unfit = ”{ $title }” kan inte läggas i en kod: fältet { $field } är för långt eller har fel form. Ändra posten och försök sedan igen.
error-wallet-selected-twice = ”{ $title }” är vald två gånger. Välj den en gång.
error-wallet-nothing-chosen = Välj minst en sak att visa.
error-wallet-too-large = Det här är för mycket för en QR-kod ({ $chars } tecken). Välj färre saker, eller visa bara namnet och nivån.
error-wallet-credential = Koden kunde inte göras. Inget visades. Rapportera gärna det här problemet. (För den som hjälper till: { $reason })
error-wallet-no-code = Ingen QR-kod från Carnet hittades i den här bilden. Ta bilden igen, närmare och skarpare, med hela koden i bild.
error-wallet-not-a-picture = Den här filen är inte en bild som Carnet kan läsa. Använd ett foto (JPEG eller PNG).
error-wallet-picture-too-large = Bilden är för stor ({ $width } × { $height } pixlar). Ta en mindre bild och försök igen.
error-wallet-got-request = Det här är en begäran om att skriva under någons färdigheter, inte en kod som visar färdigheter. Inget kontrollerades.
error-wallet-trust-damaged = Dina förtroendelistor är skadade eller har ändrats. Importera dem igen. Tills dess räknas ingen som skriver under som betrodd.
error-wallet-trust-unreadable = Carnet kunde inte läsa dina förtroendelistor i { $path }. Kontrollera att enheten har plats. (För den som hjälper till: { $reason })
error-wallet-not-yours = Den här bekräftelsen gjordes för någon annans loggbok, inte din. Inget sparades. Se till att du har fått din egen fil.
error-wallet-bad-signature = Underskriften på den här filen stämmer inte: den har ändrats eller skadats. Inget sparades. Be om filen igen.
error-wallet-not-a-credential = Den här filen är inte en underskriven bekräftelse från Carnet. Inget sparades. Be personen som skrev under om filen som de gjorde.
error-wallet-too-many = Be om högst { $max } saker åt gången. Välj färre.
error-wallet-not-from-request = Den här bekräftelsen säger inte vilken av dina poster den bekräftar. Inget sparades. Be om en ny, gjord från din begäranskod.
error-wallet-entry-gone = Den här bekräftelsen gäller en post som inte längre finns i din loggbok. Inget sparades. Om du tog bort den, lägg till den igen från en kopia och be sedan om en ny bekräftelse.

## Asking for a signature, and keeping it

app-request = Be om en underskrift
app-request-title = Be om en underskrift
app-request-intro = Visa den här koden för handledaren, arbetsgivaren eller centret som ska bekräfta vad du kan. De skannar den med Carnet och ger dig tillbaka en underskriven fil.
app-request-key = Din nyckel: { $kid }. Den som skriver under ser samma kod.
app-request-text = Samma kod som text, att skicka i ett meddelande
app-request-next = När du får den underskrivna filen, öppna ”Mina bekräftelser” och tryck på ”Lägg till en underskriven fil”.
app-receive = Lägg till en underskriven fil
app-received = Sparad: { $name } ({ $kind }) skrev under { $titles }.
