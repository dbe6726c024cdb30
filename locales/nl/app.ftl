# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app. Short, plain sentences; buttons of one or two words.

## First run: choosing a language

app-choose-language = Kies je taal
app-continue = Verder

## First run: making a passphrase

app-create-title = Bescherm je logboek
app-create-intro = Kies een wachtwoord. Alleen jij kent het. Carnet vraagt erom elke keer dat je je logboek opent.
app-passphrase = Wachtwoord
app-passphrase-again = Typ het nog een keer
app-passphrase-show = Tonen
app-passphrase-hide = Verbergen
app-strength-too-short = Te kort: gebruik minstens { $min } tekens.
app-strength-weak = Zwak: een paar woorden samen zijn makkelijker te onthouden en moeilijker te raden.
app-strength-fair = Goed. Een langer wachtwoord is nog veiliger.
app-strength-strong = Sterk.
app-passphrase-mismatch = De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.
app-create = Mijn logboek maken
app-working = Even wachten…
app-back = Terug

## Unlock

app-unlock-title = Je logboek openen
app-unlock = Openen
app-lock = Vergrendelen

## The logbook

app-logbook-title = Mijn logboek
app-logbook-empty = Je logboek is leeg. Voeg iets toe wat je kunt.
app-add = Toevoegen
app-kind-skill = Vaardigheden
app-kind-qualification = Diploma's
app-kind-experience = Werkervaring
app-kind-language = Talen
app-kind-learning = Cursussen
app-self-declared = Zelf opgegeven
app-show-more = { $count ->
    [one] Nog 1 tonen
   *[other] Nog { $count } tonen
}
app-endorsed = Bevestigd

## Adding an entry

app-add-title = Toevoegen aan mijn logboek
app-add-kind = Wat is het?
app-add-title-label = Naam
app-add-title-hint = Bijvoorbeeld: Lassen, Vrachtwagen rijden, Arabisch
app-add-level = Niveau
app-level-none = Geen niveau
app-level-basic = Basis
app-level-intermediate = Gemiddeld
app-level-advanced = Gevorderd
app-level-expert = Expert
app-level-eqf = Niveau { $level }
app-save = Opslaan
app-cancel = Annuleren

## Moving around

app-settings = Instellingen
app-sync = Synchroniseren
app-edit = Wijzigen
app-remove = Verwijderen

## The logbook: search and filter

app-search = Zoeken
app-search-hint = Typ een woord, bijvoorbeeld: las
app-stage-filter = Fase van je reis
app-stage-any = Alle fasen
app-stage-recruitment = Werving
app-stage-pre-departure = Voor vertrek
app-stage-arrival = Aankomst
app-stage-career = Werk
app-stage-return = Terugkeer
app-search-none = Niets gevonden. Probeer een ander woord of een andere fase.

## Changing and removing an entry

app-edit-title = Dit item wijzigen
app-stages = Fasen van je reis
app-remove-confirm = “{ $title }” uit je logboek verwijderen? Dit kun je niet ongedaan maken.
app-remove-yes = Ja, verwijderen

## Settings

app-settings-title = Instellingen
app-settings-language = Taal
app-settings-lock = Vergrendelen na
app-lock-minutes = { $minutes ->
    [one] { $minutes } minuut niet gebruikt
   *[other] { $minutes } minuten niet gebruikt
}
app-settings-passphrase = Wachtwoord wijzigen
app-passphrase-current = Huidig wachtwoord
app-passphrase-new = Nieuw wachtwoord
app-passphrase-change = Wachtwoord wijzigen
app-passphrase-changed = Je wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe.
app-about = Over Carnet
app-locked-idle = Carnet heeft je logboek vergrendeld omdat niemand het een tijdje gebruikte. Open het opnieuw met je wachtwoord.

## Sync with a hub

app-sync-title = Synchroniseren met een server
app-sync-intro = Een server bewaart een afgesloten kopie van je logboek, zodat je het op een andere telefoon kunt gebruiken. De server kan het niet lezen.
app-hub-address = Adres van de server
app-hub-address-hint = Bijvoorbeeld: https://hub.example.org
app-hub-save = Adres opslaan
app-sync-now = Nu synchroniseren
app-sync-never = Nog niet gesynchroniseerd.
app-sync-last = Laatst gesynchroniseerd: { $when }
app-sync-pending = { $count ->
    [0] Er wacht niets om verstuurd te worden.
    [one] { $count } wijziging wacht om verstuurd te worden.
   *[other] { $count } wijzigingen wachten om verstuurd te worden.
}
app-sync-sending = Versturen
app-sync-receiving = Ontvangen
app-sync-photos = Foto's
app-sync-done = Synchroniseren klaar.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Je logboek is vergrendeld. Open het met je wachtwoord en probeer het dan opnieuw.
error-unknown-language = Carnet heeft de taal { $tag } niet. Kies een taal uit de lijst.

## Settings: how the screens look

app-settings-display = Hoe Carnet eruitziet
app-high-contrast = Sterk contrast (zwart op wit)
app-text-size = Tekstgrootte
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Luisteren

## Two languages at once

app-dual-language = Ook tonen in
app-dual-none = Geen tweede taal
