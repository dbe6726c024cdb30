# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.
# Words a person types stay in English: carnet, init, add, skill, --title, FIELD=VALUE…

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = So geben Sie es ein:
cli-help-commands = Befehle:
cli-help-arguments = Was Sie angeben:
cli-help-options = Optionen:
cli-help-examples = Beispiele:

## Help: the whole program

cli-about = Carnet hält fest, was Sie können: Fähigkeiten, Arbeit, Sprachen, Abschlüsse und Kurse. Die Aufzeichnung bleibt auf Ihrem Gerät, verschlossen mit Ihrem Passwort.

cli-examples =
    Logbuch anlegen:          carnet init
    Fähigkeit hinzufügen:     carnet add skill --title "Welding" --level advanced
    Einträge ansehen:         carnet list
    Einen Eintrag ansehen:    carnet show 3f2a
    Hilfe zu einem Befehl:    carnet add --help

cli-opt-data-dir = Der Ordner, in dem Ihr Logbuch liegt. Sie können auch CARNET_DATA_DIR setzen.
cli-opt-json = In JSON antworten, für andere Programme.
cli-opt-lang = Die Sprache der Meldungen von Carnet, zum Beispiel ar, fa, fr, uk oder en.
cli-opt-help = Diese Hilfe zeigen.
cli-opt-version = Die Version von Carnet zeigen.

## Help: commands

cli-cmd-init = Ein neues Logbuch anlegen, verschlossen mit einem Passwort.
cli-cmd-passphrase = Das Passwort Ihres Logbuchs ändern.
cli-cmd-passphrase-change = Ihr Passwort ändern. Sie geben das alte ein, dann zweimal das neue.
cli-cmd-profile = Ihr Profil ansehen oder ändern: Ihren Namen, Ihre Länder, Ihre Sprachen.
cli-cmd-profile-show = Ihr Profil zeigen.
cli-cmd-profile-set = Ihr Profil ändern. Um etwas zu löschen, geben Sie einen leeren Wert an, zum Beispiel --contact "".
cli-cmd-add = Einen Eintrag hinzufügen: eine Fähigkeit, einen Abschluss, Berufserfahrung, eine Sprache oder einen Kurs.
cli-cmd-list = Ihre Einträge auflisten.
cli-cmd-show = Alles über einen Eintrag zeigen.
cli-cmd-edit = Einen Eintrag ändern.
cli-cmd-rm = Einen Eintrag löschen.
cli-cmd-search = Einträge finden, die bestimmte Wörter enthalten.
cli-cmd-detach = Ein Foto oder eine Sprachnachricht von einem Eintrag entfernen. Es wird auch von diesem Gerät gelöscht, außer ein anderer Eintrag zeigt es.
cli-cmd-attach = Einem Eintrag das Foto eines Dokuments hinzufügen, zum Beispiel eines Diploms, eines Zeugnisses oder eines Arbeitspapiers. Oder eine Sprachnachricht hinzufügen: eine Tondatei, in der Sie von der Fähigkeit erzählen.
cli-cmd-export = Ihr ganzes Logbuch als Datei schreiben, die andere Programme lesen können.
cli-cmd-import = Eine Carnet-Exportdatei in Ihr Logbuch einlesen. Nichts in Ihrem Logbuch wird gelöscht.
cli-cmd-devices = Die Geräte, die Ihr Logbuch haben.
cli-cmd-devices-list = Die Geräte zeigen, die Ihr Logbuch haben.
cli-cmd-devices-remove = Ihr Logbuch von einem Gerät wegnehmen, zum Beispiel von einem verlorenen Handy. Es kann nichts mehr lesen, was Sie ab jetzt hinzufügen.
cli-cmd-pair = Ihr Logbuch auf ein anderes Gerät von Ihnen bringen, zum Beispiel ein neues Handy.
cli-cmd-pair-show = Auf dem Gerät mit Ihrem Logbuch: einen Code für das neue Gerät zeigen, dann es erlauben.
cli-cmd-pair-join = Auf dem neuen Gerät: Ihr Logbuch mit dem Code holen, den Ihr anderes Gerät zeigt.
cli-cmd-sync = Ihre Änderungen an den Server des Zentrums senden und die Änderungen von Ihren anderen Geräten holen. Der Server bewahrt nur eine verschlossene Kopie auf, die er nicht lesen kann.

## Help: what to give to the commands

cli-arg-kind = Welche Art von Eintrag: skill (Fähigkeit), qualification (Abschluss), experience (Arbeit), language (Sprache) oder learning (ein Kurs).
cli-arg-title = Ein kurzer Name, zum Beispiel "Schweißen" oder "Führerschein B".
cli-arg-description = Mehr Worte dazu, wenn Sie möchten.
cli-arg-level = Wie gut Sie sind. Für eine Fähigkeit oder Arbeit: basic, intermediate, advanced oder expert. Für eine Sprache: A1 (Anfänger) bis C2 (sehr gut). Für einen Abschluss oder Kurs: das EQF-Niveau, von 1 bis 8.
cli-arg-eqf = Das EQF-Niveau eines Abschlusses oder Kurses, von 1 bis 8, wenn Sie es wissen.
cli-arg-from = Wann es anfing: ein Jahr (2019), ein Monat (2019-05) oder ein Tag (2019-05-14).
cli-arg-to = Wann es endete, genauso geschrieben. Weglassen, wenn es noch andauert.
cli-arg-organisation = Der Arbeitgeber, die Schule oder das Ausbildungszentrum.
cli-arg-place = Die Stadt oder der Ort.
cli-arg-country = Das Land, mit zwei Buchstaben, zum Beispiel SY, AF, DE.
cli-arg-context = Wie Sie es gelernt haben: formal (Schule, Abschluss), non-formal (ein Kurs) oder informal (durch Tun).
cli-arg-written-in = Die Sprache, in der Sie diesen Eintrag geschrieben haben, als kurzer Code, zum Beispiel ar oder en.
cli-arg-esco = Die ESCO-Adresse der Fähigkeit oder des Berufs, wenn Sie sie wissen.
cli-arg-isco = Der ISCO-08-Berufscode (1 bis 4 Ziffern), wenn Sie ihn wissen.
cli-arg-stage = Wann auf Ihrem Weg das wichtig ist: recruitment, pre-departure, arrival, career oder return. Sie können mehrere angeben.

cli-arg-list-kind = Nur Einträge dieser Art zeigen: skill, qualification, experience, language oder learning.
cli-arg-list-stage = Nur Einträge für diesen Abschnitt zeigen: recruitment, pre-departure, arrival, career oder return.

cli-arg-id = Die ID des Eintrags. Die ersten 4 oder mehr Zeichen reichen. Um die IDs zu sehen, geben Sie ein: carnet list
cli-arg-set = Eine Änderung, geschrieben als FIELD=VALUE, zum Beispiel level=advanced. Wiederholen Sie es, um mehr zu ändern. Ein leerer Wert löscht das Feld. Die Felder sind: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Die Wörter, nach denen gesucht wird.
cli-arg-evidence = Das Foto oder die Sprachnachricht zum Entfernen: die ID, wie carnet show und carnet attach sie zeigen (die ersten 8 oder mehr Zeichen reichen).
cli-arg-photo = Ein Foto (JPEG, PNG oder WebP) oder eine Tondatei (WebM, Ogg, MP4, M4A, AAC, MP3 oder WAV, bis 5 MB). Carnet schaut in die Datei, um zu wissen, was es ist. Es entfernt versteckte Daten, zum Beispiel den Ort, an dem ein Foto gemacht wurde.
cli-arg-format = Die Art der Datei. Im Moment nur json.
cli-arg-file = Die Exportdatei, die gelesen wird.

cli-arg-name = Ihr Name, so wie andere ihn sehen sollen.
cli-arg-birth-date = Ihr Geburtsdatum: 1990, 1990-05 oder 1990-05-14.
cli-arg-origin = Das Land, aus dem Sie kommen, mit zwei Buchstaben, zum Beispiel SY, AF, ER.
cli-arg-current = Das Land, in dem Sie jetzt leben, mit zwei Buchstaben, zum Beispiel DE, FR.
cli-arg-contact = Wie man Sie erreicht, zum Beispiel eine Telefonnummer oder eine E-Mail.
cli-arg-language = Eine Sprache, die Sie können, als kurzer Code, zum Beispiel ar, fa-AF oder en. Die Optionen unten gelten für diese Sprache.
cli-arg-mother-tongue = Diese Sprache ist Ihre Muttersprache.
cli-arg-not-mother-tongue = Diese Sprache ist nicht Ihre Muttersprache.
cli-arg-listening = Wie gut Sie verstehen, wenn andere sprechen: A1 (Anfänger) bis C2 (sehr gut).
cli-arg-reading = Wie gut Sie lesen: A1 bis C2.
cli-arg-spoken-interaction = Wie gut Sie an einem Gespräch teilnehmen: A1 bis C2.
cli-arg-spoken-production = Wie gut Sie allein sprechen: A1 bis C2.
cli-arg-writing = Wie gut Sie schreiben: A1 bis C2.
cli-arg-remove-language = Eine Sprache aus Ihrem Profil entfernen.
cli-arg-hub = Die Adresse des Servers im Zentrum, zum Beispiel http://192.168.1.10:8470. Carnet merkt sie sich.
cli-arg-device-id = Die ID des Geräts, wie sie zeigt: carnet devices list (die ersten 4 oder mehr Zeichen reichen).
cli-arg-pair-approve = Das neue Gerät ohne Nachfrage erlauben, wenn es diesen Code zeigt (für Helfende und Skripte).
cli-arg-pair-code = Der Code, den Ihr anderes Gerät zeigt. Er beginnt mit CNP1:
cli-arg-pair-name = Ein Name für dieses Gerät, damit Sie es auf dem anderen erkennen (zum Beispiel "Amals Handy").
cli-arg-sync-status = Nur zeigen, wann Sie zuletzt abgeglichen haben und wie viele Änderungen warten. Nichts wird gesendet.
cli-arg-sync-watch = Weiter abgleichen. Wenn der Server nicht erreichbar ist, später noch einmal versuchen und jedes Mal länger warten.
cli-arg-sync-every = Mit --watch: wie viele Sekunden zwischen zwei Abgleichen gewartet wird (300, wenn nichts angegeben).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Wählen Sie ein Passwort mit mindestens { $min } Zeichen. Sie brauchen es jedes Mal, wenn Sie Ihr Logbuch öffnen. Niemand kann es für Sie zurückholen.
cli-passphrase-prompt = Passwort:
cli-passphrase-new-prompt = Neues Passwort:
cli-passphrase-repeat-prompt = Neues Passwort noch einmal eingeben:
cli-passphrase-changed = Ihr Passwort ist geändert. Nehmen Sie ab jetzt das neue.

## Answers

cli-init-done = Ihr Logbuch ist bereit. Es liegt in diesem Ordner: { $dir }
cli-init-next = Bewahren Sie Ihr Passwort sicher auf. Ohne es kann niemand Ihr Logbuch öffnen, auch Sie nicht. Tragen Sie als Nächstes ein, was Sie können, zum Beispiel: carnet add skill --title "Kochen"

cli-list-empty = Ihr Logbuch hat noch keine Einträge. Um einen hinzuzufügen, geben Sie ein: carnet add skill --title "Kochen"
cli-list-none-match = Kein Eintrag passt zu Ihrer Anfrage.
cli-search-none = Kein Eintrag hat diese Wörter. Versuchen Sie andere Wörter oder geben Sie ein: carnet list

cli-edit-saved = Ihre Änderung ist gespeichert.
cli-rm-done = Gelöscht: { $title }
cli-detached = Das Foto oder die Sprachnachricht wurde vom Eintrag entfernt.

cli-profile-saved = Ihr Profil ist gespeichert.
cli-profile-empty = Ihr Profil ist leer. Um Ihren Namen hinzuzufügen, geben Sie ein: carnet profile set --name "Ihr Name"

cli-import-added = { $count ->
    [one] 1 Eintrag hinzugefügt.
   *[other] { $count } Einträge hinzugefügt.
}
cli-import-updated = { $count ->
    [one] 1 Eintrag aktualisiert.
   *[other] { $count } Einträge aktualisiert.
}
cli-import-unchanged = { $count ->
    [one] 1 Eintrag war schon gleich.
   *[other] { $count } Einträge waren schon gleich.
}
cli-import-profile-updated = Ihr Profil wurde auch aktualisiert.
cli-import-missing-photos = { $count ->
    [one] 1 Foto ist nicht auf diesem Gerät. Exportdateien enthalten keine Fotos. Fügen Sie es wieder hinzu mit: carnet attach
   *[other] { $count } Fotos sind nicht auf diesem Gerät. Exportdateien enthalten keine Fotos. Fügen Sie sie wieder hinzu mit: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = ID
cli-show-kind = Art
cli-show-added = Hinzugefügt
cli-show-changed = Geändert
cli-show-evidence = Fotos und Sprachnachrichten
cli-show-photo = { $sha }  { $width } × { $height } Pixel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } Pixel, nicht auf diesem Gerät
cli-show-voice = { $sha }  Sprachnachricht, { $kilobytes } KB
cli-show-voice-missing = { $sha }  Sprachnachricht, nicht auf diesem Gerät
cli-show-conflicts = Ein anderes Gerät hat auch geschrieben:
cli-show-conflicts-hint = Um eines davon zu behalten, geben Sie ein: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Titel
cli-field-description = Beschreibung
cli-field-written-in = Geschrieben auf
cli-field-esco = ESCO
cli-field-isco = ISCO-08-Berufscode
cli-field-level = Niveau
cli-field-eqf = EQF-Niveau
cli-field-organisation = Organisation
cli-field-place = Ort
cli-field-country = Land
cli-field-from = Von
cli-field-to = Bis
cli-field-context = Wie gelernt
cli-field-stages = Abschnitte

cli-kind-skill = Fähigkeit
cli-kind-qualification = Abschluss
cli-kind-experience = Erfahrung
cli-kind-language = Sprache
cli-kind-learning = Kurs

cli-context-formal = formal (Schule, Abschluss)
cli-context-non-formal = nicht formal (ein Kurs)
cli-context-informal = informell (durch Tun)

cli-stage-recruitment = Bewerbung
cli-stage-pre-departure = vor der Abreise
cli-stage-arrival = Ankunft
cli-stage-career = Arbeit
cli-stage-return = Rückkehr

cli-proficiency-basic = Grundkenntnisse
cli-proficiency-intermediate = mittel
cli-proficiency-advanced = fortgeschritten
cli-proficiency-expert = Experte

cli-level-eqf = EQF-Niveau { $level }

cli-profile-name = Name
cli-profile-birth-date = Geburtsdatum
cli-profile-origin = Kommt aus
cli-profile-current = Lebt in
cli-profile-contact = Kontakt
cli-profile-languages = Sprachen
cli-profile-mother-tongue = { $language } (Muttersprache)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = Hören { $level }
cli-cefr-reading = Lesen { $level }
cli-cefr-spoken-interaction = Gespräche führen { $level }
cli-cefr-spoken-production = Sprechen { $level }
cli-cefr-writing = Schreiben { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet kennt „{ $arg }“ hier nicht.
cli-error-unknown-command = Es gibt keinen Befehl „{ $command }“.
cli-error-invalid-value = „{ $value }“ kann nicht für { $arg } benutzt werden.
cli-error-missing-value = { $arg } braucht danach einen Wert.
cli-error-valid-values = Sie können nehmen: { $values }
cli-error-missing-argument = Etwas fehlt: { $arg }
cli-error-missing-command = Sagen Sie, was Carnet nach „{ $command }“ tun soll.
cli-error-valid-commands = Die Befehle sind: { $commands }
cli-error-conflict = { $arg } kann nicht zusammen mit { $other } benutzt werden.
cli-error-no-equals = Schreiben Sie { $arg } mit einem Gleichheitszeichen und dem Wert direkt dahinter.
cli-error-too-many-values = { $arg } nimmt weniger Werte. „{ $value }“ ist einer zu viel.
cli-error-wrong-number-of-values = { $arg } hat die falsche Anzahl von Werten.
cli-error-invalid-utf8 = Carnet kann einige der eingegebenen Buchstaben nicht lesen. Geben Sie sie noch einmal ein.
cli-error-did-you-mean = Meinten Sie { $suggestion }?
cli-error-usage = Carnet hat diesen Befehl nicht verstanden.
cli-error-usage-hint = Geben Sie { $command } --help ein, um zu sehen, was Sie eingeben können.
cli-error-set-format = „{ $value }“ ist keine Änderung. Schreiben Sie FIELD=VALUE, zum Beispiel --set level=advanced
cli-error-nothing-to-change = Es gibt nichts zu ändern. Geben Sie mindestens eine Option an, zum Beispiel --name "Ihr Name".

cli-error-passphrase-unavailable = Carnet braucht ein Passwort, kann aber hier nicht danach fragen. Starten Sie Carnet in einem Terminal oder setzen Sie { $variable }.
cli-error-passphrase-mismatch = Die beiden Passwörter sind nicht gleich. Nichts wurde geändert. Bitte versuchen Sie es noch einmal.
cli-error-read-file = Carnet kann die Datei { $path } nicht lesen. Prüfen Sie den Dateinamen und den Ordner und versuchen Sie es dann noch einmal.
cli-error-no-data-dir = Carnet findet keinen Ordner für Ihr Logbuch. Wählen Sie einen mit --data-dir, zum Beispiel --data-dir ./carnet
cli-error-output = Carnet konnte seine Antwort nicht schreiben. Prüfen Sie, ob die Festplatte voll ist, und versuchen Sie es dann noch einmal.
cli-error-details = Details für Helfende: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Um eines anzulegen, geben Sie ein: carnet init
cli-hint-already-exists = Um zu sehen, was darin ist, geben Sie ein: carnet list. Für ein zweites Logbuch wählen Sie einen anderen Ordner mit --data-dir.
cli-hint-not-found = Um die IDs zu sehen, geben Sie ein: carnet list
cli-hint-ambiguous-id = Um die IDs zu sehen, geben Sie ein: carnet list
cli-hint-import-format = Wählen Sie eine Datei, die gemacht wurde mit: carnet export --format json
cli-hint-invalid-field = Für die Liste der Felder geben Sie ein: carnet edit --help

## carnet sync

cli-sync-phase-sending = Senden
cli-sync-phase-receiving = Empfangen
cli-sync-phase-photos = Fotos
cli-sync-done = Abgeglichen mit { $hub }.
cli-sync-changes = { $sent ->
    [one] 1 Änderung gesendet
   *[other] { $sent } Änderungen gesendet
}, { $received ->
    [one] 1 Änderung empfangen.
   *[other] { $received } Änderungen empfangen.
}
cli-sync-photos = { $sent ->
    [one] 1 Foto gesendet
   *[other] { $sent } Fotos gesendet
}, { $received ->
    [one] 1 Foto empfangen.
   *[other] { $received } Fotos empfangen.
}
cli-sync-bytes = Genutzte Daten: { $up } KB hoch, { $down } KB runter.
cli-sync-retry = Neuer Versuch in { $seconds ->
    [one] 1 Sekunde.
   *[other] { $seconds } Sekunden.
}
cli-sync-status-hub = Server: { $hub }
cli-sync-status-last = Zuletzt abgeglichen: { $when }
cli-sync-status-pending = { $count ->
    [0] Keine Änderungen warten.
    [one] 1 Änderung wartet auf das Senden.
   *[other] { $count } Änderungen warten auf das Senden.
}
cli-sync-no-hub = noch keiner
cli-sync-never = nie
cli-hint-sync-no-hub = Um ihn festzulegen, geben Sie ein: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Ihre Änderungen bleiben gespeichert. Um es später noch einmal zu versuchen, geben Sie ein: carnet sync

## carnet pair

cli-pair-show-scan = Scannen Sie diesen Code mit Ihrem neuen Gerät oder geben Sie dort den Text unten ein.
cli-pair-show-expires = Der Code gilt 10 Minuten.
cli-pair-show-request = Das Gerät „{ $name }“ möchte Ihr Logbuch. Sein Code ist { $fingerprint }.
cli-pair-show-ask = Zeigt Ihr neues Gerät denselben Code? Geben Sie ja ein, um es zu erlauben, oder nein.
cli-pair-yes = ja
cli-pair-show-approved = „{ $name }“ hat jetzt Ihr Logbuch.
cli-pair-show-refused = Sie haben Nein gesagt. „{ $name }“ hat nichts bekommen.
cli-pair-default-name = Neues Gerät
cli-pair-join-check = Ihr anderes Gerät muss diesen Code zeigen: { $fingerprint }. Erlauben Sie es dort.
cli-pair-join-done = { $count ->
    [one] Dieses Gerät hat jetzt Ihr Logbuch, mit 1 Eintrag.
   *[other] Dieses Gerät hat jetzt Ihr Logbuch, mit { $count } Einträgen.
}

## carnet devices

cli-devices-none = Noch kein Gerät hat dieses Logbuch abgeglichen.
cli-devices-line = { $id }  { $name }  (seit { $added })
cli-devices-this = ← dieses Gerät
cli-devices-removed = (entfernt am { $when })
cli-devices-removed-done = „{ $name }“ wurde entfernt. Ihr Logbuch hat jetzt einen neuen Schlüssel, den dieses Gerät nicht hat.
cli-devices-new-sheet = Ihr Wiederherstellungsblatt hat noch den alten Schlüssel. Drucken Sie jetzt ein neues und vernichten Sie das alte: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Ein Wiederherstellungsblatt drucken: Damit und mit Ihrem Passwort bekommen Sie Ihr Logbuch auf einem neuen Handy zurück, wenn Sie dieses verlieren.
cli-cmd-recover = Auf einem neuen Gerät: Ihr Logbuch mit Ihrem Wiederherstellungsblatt und Ihrem Passwort zurückholen.
cli-arg-recovery-out = Die Datei, in die das Blatt geschrieben wird. Sie muss auf .png oder .pdf enden.
cli-arg-recover-sheet = Ein Foto oder Scan Ihres Wiederherstellungsblatts (PNG oder JPEG). Carnet liest den quadratischen Code darauf.
cli-arg-recover-words = Die 12 Wörter Ihres Wiederherstellungsblatts, in der richtigen Reihenfolge, in Anführungszeichen. Geben Sie auch --hub an.
cli-arg-recover-hub = Die Server-Adresse auf Ihrem Wiederherstellungsblatt, zum Beispiel http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet kann das Blatt als .png- oder .pdf-Datei schreiben, nicht als „{ $path }“.
cli-recovery-sheet-done = Ihr Wiederherstellungsblatt ist in { $path }. Drucken Sie es aus und bewahren Sie das Papier an einem sicheren Ort auf, nicht bei Ihrem Handy.
cli-recovery-sheet-english = Das Blatt ist auf Englisch: Carnet kann die Buchstaben Ihrer Sprache noch nicht richtig darauf schreiben.
cli-recovery-sheet-replaced = Jedes Blatt, das Sie vorher gedruckt haben, funktioniert nicht mehr. Vernichten Sie es.
cli-recover-done = { $count ->
    [one] Ihr Logbuch ist wieder auf diesem Gerät: { $count } Eintrag.
   *[other] Ihr Logbuch ist wieder auf diesem Gerät: { $count } Einträge.
}
cli-passphrase-sheet-updated = Ihr Wiederherstellungsblatt funktioniert weiter, mit Ihrem neuen Passwort.
cli-passphrase-sheet-not-updated = Ihr Wiederherstellungsblatt konnte auf dem Server nicht aktualisiert werden. Bis Sie ein neues drucken, braucht es Ihr altes Passwort. Drucken Sie ein neues Blatt, wenn Sie verbunden sind: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet-Wiederherstellungsblatt
cli-sheet-made = Gemacht am { $date }
cli-sheet-hub = Server: { $hub }
cli-sheet-words = Ihre 12 Wörter
cli-sheet-instructions =
    Bewahren Sie dieses Papier sicher auf. Damit und mit Ihrem Passwort bekommen Sie Ihr Logbuch auf einem neuen Handy zurück:
    1. Installieren Sie Carnet auf dem neuen Handy und wählen Sie, ein Logbuch wiederherzustellen.
    2. Scannen Sie den quadratischen Code, oder geben Sie die 12 Wörter und die Server-Adresse ein.
    3. Geben Sie Ihr Passwort ein. Das Logbuch kommt vom Server zurück.
    Am Computer: carnet recover --sheet photo.jpg
cli-sheet-warning = Dieses Papier allein öffnet Ihr Logbuch nicht: Ihr Passwort ist auch nötig. Bewahren Sie beides nicht zusammen auf. Wenn Sie ein neues Blatt drucken, funktioniert dieses nicht mehr.
