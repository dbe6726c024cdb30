# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app. Short, plain sentences; buttons of one or two words.

## First run: choosing a language

app-choose-language = Välj ditt språk
app-continue = Fortsätt

## First run: making a passphrase

app-create-title = Skydda din loggbok
app-create-intro = Välj ett lösenord. Bara du vet det. Carnet frågar efter det varje gång du öppnar din loggbok.
app-passphrase = Lösenord
app-passphrase-again = Skriv det igen
app-passphrase-show = Visa
app-passphrase-hide = Dölj
app-strength-too-short = För kort: använd minst { $min } tecken.
app-strength-weak = Svagt: några ord tillsammans är lättare att komma ihåg och svårare att gissa.
app-strength-fair = Bra. Ett längre är ännu säkrare.
app-strength-strong = Starkt.
app-passphrase-mismatch = De två lösenorden är inte likadana. Skriv dem igen.
app-create = Skapa min loggbok
app-working = Vänta lite…
app-back = Tillbaka

## Unlock

app-unlock-title = Öppna din loggbok
app-unlock = Öppna
app-lock = Lås

## The logbook

app-logbook-title = Min loggbok
app-logbook-empty = Din loggbok är tom. Lägg till något du kan.
app-add = Lägg till
app-kind-skill = Färdigheter
app-kind-qualification = Utbildningar
app-kind-experience = Arbetslivserfarenhet
app-kind-language = Språk
app-kind-learning = Kurser
app-self-declared = Egen uppgift
app-show-more = { $count ->
    [one] Visa 1 till
   *[other] Visa { $count } till
}
app-endorsed = Bekräftad

## Adding an entry

app-add-title = Lägg till i min loggbok
app-add-kind = Vad är det?
app-add-title-label = Namn
app-add-title-hint = Till exempel: Svetsning, Köra lastbil, Arabiska
app-add-level = Nivå
app-level-none = Ingen nivå
app-level-basic = Grundläggande
app-level-intermediate = Medel
app-level-advanced = Avancerad
app-level-expert = Expert
app-level-eqf = Nivå { $level }
app-save = Spara
app-cancel = Avbryt

## Moving around

app-settings = Inställningar
app-sync = Synka
app-edit = Ändra
app-remove = Ta bort

## The logbook: search and filter

app-search = Sök
app-search-hint = Skriv ett ord, till exempel: svets
app-stage-filter = Steg på din resa
app-stage-any = Alla steg
app-stage-recruitment = Rekrytering
app-stage-pre-departure = Före avresan
app-stage-arrival = Ankomst
app-stage-career = Arbete
app-stage-return = Återvändande
app-search-none = Inget passar. Prova ett annat ord eller ett annat steg.

## Changing and removing an entry

app-edit-title = Ändra den här posten
app-stages = Steg på din resa
app-remove-confirm = Ta bort ”{ $title }” från din loggbok? Det går inte att ångra.
app-remove-yes = Ja, ta bort

## Settings

app-settings-title = Inställningar
app-settings-language = Språk
app-settings-lock = Lås efter
app-lock-minutes = { $minutes ->
    [one] { $minutes } minut utan användning
   *[other] { $minutes } minuter utan användning
}
app-settings-passphrase = Byt lösenord
app-passphrase-current = Nuvarande lösenord
app-passphrase-new = Nytt lösenord
app-passphrase-change = Byt lösenord
app-passphrase-changed = Ditt lösenord är bytt. Använd det nya från och med nu.
app-about = Om Carnet
app-locked-idle = Carnet låste din loggbok eftersom ingen använde den på en stund. Öppna den igen med ditt lösenord.

## Sync with a hub

app-sync-title = Synka med en server
app-sync-intro = En server sparar en låst kopia av din loggbok, så att du kan använda den på en annan telefon. Servern kan inte läsa den.
app-hub-address = Serverns adress
app-hub-address-hint = Till exempel: https://hub.example.org
app-hub-save = Spara adress
app-sync-now = Synka nu
app-sync-never = Inte synkad än.
app-sync-last = Senast synkad: { $when }
app-sync-pending = { $count ->
    [0] Inget väntar på att skickas.
    [one] { $count } ändring väntar på att skickas.
   *[other] { $count } ändringar väntar på att skickas.
}
app-sync-sending = Skickar
app-sync-receiving = Tar emot
app-sync-photos = Foton
app-sync-done = Synkningen är klar.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Din loggbok är låst. Öppna den med ditt lösenord och försök sedan igen.
error-unknown-language = Carnet har inte språket { $tag }. Välj ett i listan.

## Settings: how the screens look

app-settings-display = Hur Carnet ser ut
app-high-contrast = Stark kontrast (svart på vitt)
app-text-size = Textstorlek
app-text-size-percent = { $percent } %

## Read aloud

app-read-aloud = Lyssna

## Two languages at once

app-dual-language = Visa också på
app-dual-none = Inget andra språk
