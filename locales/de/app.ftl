# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app. Short, plain sentences; buttons of one or two words.

## First run: choosing a language

app-choose-language = Wählen Sie Ihre Sprache
app-continue = Weiter

## First run: making a passphrase

app-create-title = Schützen Sie Ihr Logbuch
app-create-intro = Wählen Sie ein Passwort. Nur Sie kennen es. Carnet fragt jedes Mal danach, wenn Sie Ihr Logbuch öffnen.
app-passphrase = Passwort
app-passphrase-again = Noch einmal eingeben
app-passphrase-show = Zeigen
app-passphrase-hide = Verbergen
app-strength-too-short = Zu kurz: Nehmen Sie mindestens { $min } Zeichen.
app-strength-weak = Schwach: Einige Wörter zusammen sind leichter zu merken und schwerer zu erraten.
app-strength-fair = Gut. Ein längeres ist noch sicherer.
app-strength-strong = Stark.
app-passphrase-mismatch = Die beiden Passwörter sind nicht gleich. Geben Sie sie noch einmal ein.
app-create = Mein Logbuch anlegen
app-working = Bitte warten…
app-back = Zurück

## Unlock

app-unlock-title = Ihr Logbuch öffnen
app-unlock = Öffnen
app-lock = Sperren

## The logbook

app-logbook-title = Mein Logbuch
app-logbook-empty = Ihr Logbuch ist leer. Tragen Sie etwas ein, das Sie können.
app-add = Hinzufügen
app-kind-skill = Fähigkeiten
app-kind-qualification = Abschlüsse
app-kind-experience = Berufserfahrung
app-kind-language = Sprachen
app-kind-learning = Kurse
app-self-declared = Eigene Angabe
app-show-more = { $count ->
    [one] 1 weiteren zeigen
   *[other] { $count } weitere zeigen
}
app-endorsed = Bestätigt

## Adding an entry

app-add-title = Zu meinem Logbuch hinzufügen
app-add-kind = Was ist es?
app-add-title-label = Name
app-add-title-hint = Zum Beispiel: Schweißen, Lkw fahren, Arabisch
app-add-level = Niveau
app-level-none = Kein Niveau
app-level-basic = Grundkenntnisse
app-level-intermediate = Mittel
app-level-advanced = Fortgeschritten
app-level-expert = Experte
app-level-eqf = Niveau { $level }
app-save = Speichern
app-cancel = Abbrechen

## Moving around

app-settings = Einstellungen
app-sync = Abgleichen
app-edit = Ändern
app-remove = Löschen

## The logbook: search and filter

app-search = Suchen
app-search-hint = Geben Sie ein Wort ein, zum Beispiel: schweiß
app-stage-filter = Abschnitt Ihres Weges
app-stage-any = Alle Abschnitte
app-stage-recruitment = Bewerbung
app-stage-pre-departure = Vor der Abreise
app-stage-arrival = Ankunft
app-stage-career = Arbeit
app-stage-return = Rückkehr
app-search-none = Nichts gefunden. Versuchen Sie ein anderes Wort oder einen anderen Abschnitt.

## Changing and removing an entry

app-edit-title = Diesen Eintrag ändern
app-stages = Abschnitte Ihres Weges
app-remove-confirm = „{ $title }“ aus Ihrem Logbuch löschen? Das kann man nicht rückgängig machen.
app-remove-yes = Ja, löschen

## Settings

app-settings-title = Einstellungen
app-settings-language = Sprache
app-settings-lock = Sperren nach
app-lock-minutes = { $minutes ->
    [one] { $minutes } Minute ohne Nutzung
   *[other] { $minutes } Minuten ohne Nutzung
}
app-settings-passphrase = Passwort ändern
app-passphrase-current = Jetziges Passwort
app-passphrase-new = Neues Passwort
app-passphrase-change = Passwort ändern
app-passphrase-changed = Ihr Passwort ist geändert. Nehmen Sie ab jetzt das neue.
app-about = Über Carnet
app-locked-idle = Carnet hat Ihr Logbuch gesperrt, weil es eine Weile niemand benutzt hat. Öffnen Sie es wieder mit Ihrem Passwort.

## Sync with a hub

app-sync-title = Mit einem Server abgleichen
app-sync-intro = Ein Server bewahrt eine verschlossene Kopie Ihres Logbuchs auf, damit Sie es auf einem anderen Handy nutzen können. Der Server kann es nicht lesen.
app-hub-address = Adresse des Servers
app-hub-address-hint = Zum Beispiel: https://hub.example.org
app-hub-save = Adresse speichern
app-sync-now = Jetzt abgleichen
app-sync-never = Noch nicht abgeglichen.
app-sync-last = Zuletzt abgeglichen: { $when }
app-sync-pending = { $count ->
    [0] Nichts wartet auf das Senden.
    [one] { $count } Änderung wartet auf das Senden.
   *[other] { $count } Änderungen warten auf das Senden.
}
app-sync-sending = Senden
app-sync-receiving = Empfangen
app-sync-photos = Fotos
app-sync-done = Abgleich fertig.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Ihr Logbuch ist gesperrt. Öffnen Sie es mit Ihrem Passwort und versuchen Sie es dann noch einmal.
error-unknown-language = Carnet hat die Sprache { $tag } nicht. Wählen Sie eine aus der Liste.

## Settings: how the screens look

app-settings-display = Aussehen von Carnet
app-high-contrast = Starker Kontrast (Schwarz auf Weiß)
app-text-size = Schriftgröße
app-text-size-percent = { $percent } %

## Read aloud

app-read-aloud = Vorlesen

## Two languages at once

app-dual-language = Auch zeigen auf
app-dual-none = Keine zweite Sprache
