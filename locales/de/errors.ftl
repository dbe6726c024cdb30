# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = Das Passwort ist nicht richtig. Prüfen Sie es und versuchen Sie es noch einmal. Groß- und Kleinschreibung zählt.
error-too-many-attempts = { $minutes ->
    [one] Zu viele falsche Passwörter. Warten Sie 1 Minute und versuchen Sie es dann noch einmal.
   *[other] Zu viele falsche Passwörter. Warten Sie { $minutes } Minuten und versuchen Sie es dann noch einmal.
}
error-passphrase-too-short = Dieses Passwort ist zu kurz. Nehmen Sie mindestens { $min } Zeichen.

## The logbook files

error-no-logbook = In diesem Ordner gibt es noch kein Logbuch. Legen Sie zuerst eines an, oder wählen Sie den Ordner, in dem Ihr Logbuch ist.
error-already-exists = In diesem Ordner gibt es schon ein Logbuch. Nichts wurde geändert.
error-damaged-key-file = Der Schlüssel Ihres Logbuchs ist beschädigt oder fehlt, deshalb kann es nicht geöffnet werden. Spielen Sie eine Sicherungskopie zurück, oder eine Kopie von einem Gerät, das Sie mit diesem verbunden haben.
error-damaged-database = Ihr Logbuch ist beschädigt, deshalb kann es nicht geöffnet werden. Spielen Sie eine Sicherungskopie zurück, oder eine Kopie von einem Gerät, das Sie mit diesem verbunden haben.
error-too-new = { $what ->
    [export-file] Diese Datei wurde von einer neueren Version von Carnet gemacht. Aktualisieren Sie Carnet und versuchen Sie es dann noch einmal.
    [taxonomy] Die ESCO-Daten, die mit Carnet kamen, sind von einer neueren Version von Carnet. Aktualisieren Sie Carnet und versuchen Sie es dann noch einmal.
   *[other] Ihr Logbuch wurde von einer neueren Version von Carnet gespeichert. Aktualisieren Sie Carnet und versuchen Sie es dann noch einmal.
}
error-disk-full = Der Speicher ist voll. Nichts ist verloren. Machen Sie Platz frei, zum Beispiel indem Sie alte Dateien löschen, und versuchen Sie es dann noch einmal.
error-io = Carnet konnte die Dateien Ihres Logbuchs nicht lesen oder schreiben. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen, und versuchen Sie es dann noch einmal.
error-internal = In Carnet ist etwas schiefgegangen. Das ist ein Fehler von Carnet, nicht Ihrer. Bitte sagen Sie es den Leuten, die Carnet machen.

## Entries

error-not-found = Kein Eintrag hat die ID „{ $id }“. Prüfen Sie die ID und versuchen Sie es noch einmal.
error-ambiguous-id = Mehr als ein Eintrag beginnt mit „{ $id }“. Geben Sie mehr von der ID ein.

## Values the person typed

error-invalid-kind = „{ $value }“ ist keine Art von Eintrag. Nehmen Sie skill, qualification, experience, language oder learning.
error-invalid-date = „{ $value }“ ist kein Datum. Schreiben Sie ein Jahr (2019), einen Monat (2019-05) oder einen Tag (2019-05-14).
error-invalid-level = { $kind ->
    [language] „{ $value }“ ist kein Sprachniveau. Nehmen Sie A1, A2, B1, B2, C1 oder C2.
    [qualification] „{ $value }“ ist kein Niveau für einen Abschluss. Nehmen Sie eine Zahl von 1 bis 8 (EQF).
    [learning] „{ $value }“ ist kein Niveau für einen Kurs. Nehmen Sie eine Zahl von 1 bis 8 (EQF).
    [eqf] „{ $value }“ ist kein EQF-Niveau. Nehmen Sie eine Zahl von 1 bis 8.
   *[other] „{ $value }“ ist kein Niveau. Nehmen Sie basic, intermediate, advanced oder expert.
}
error-invalid-country = „{ $value }“ ist kein Ländercode. Nehmen Sie zwei Buchstaben, zum Beispiel SY, AF, ER oder DE.
error-invalid-language = „{ $value }“ ist kein Sprachcode. Nehmen Sie einen kurzen Code, zum Beispiel ar, fa-AF oder en.
error-invalid-esco = „{ $value }“ ist keine ESCO-Adresse. Sie beginnt mit http://data.europa.eu/esco/
error-invalid-isco = „{ $value }“ ist kein ISCO-08-Berufscode. Nehmen Sie 1 bis 4 Ziffern, zum Beispiel 7212.
error-invalid-proficiency = „{ $value }“ ist kein Niveau. Nehmen Sie basic, intermediate, advanced oder expert.
error-invalid-context = „{ $value }“ ist keine Art zu lernen. Nehmen Sie formal, non-formal oder informal.
error-invalid-stage = „{ $value }“ ist kein Abschnitt. Nehmen Sie recruitment, pre-departure, arrival, career oder return.
error-invalid-field = „{ $value }“ können Sie nicht ändern. Nehmen Sie eines von: { $expected }.
error-empty-field = { $field ->
    [title] Der Titel ist leer. Schreiben Sie einen kurzen Titel.
   *[other] Das Feld { $field } ist leer. Schreiben Sie etwas hinein.
}
error-date-order = Das Enddatum { $to } liegt vor dem Anfangsdatum { $from }. Prüfen Sie die beiden Daten.
error-import-format = Diese Datei ist kein Carnet-Export, deshalb kann sie nicht gelesen werden. Wählen Sie eine Datei, die Carnet exportiert hat.

## Photos

error-evidence-not-an-image = Diese Datei ist kein Foto. Carnet nimmt JPEG-, PNG- und WebP-Bilder.
error-evidence-unsupported-format = Das ist ein { $format }-Bild, und Carnet kann es nicht nutzen. Speichern Sie es als JPEG, PNG oder WebP und versuchen Sie es dann noch einmal.
error-evidence-damaged = Das Foto ist beschädigt oder nicht vollständig. Machen oder wählen Sie das Foto noch einmal.
error-evidence-too-large = Das Bild ist zu groß ({ $width } × { $height } Pixel). Machen Sie das Foto mit einer niedrigeren Qualität, oder wählen Sie eine kleinere Kopie.
error-evidence-file-too-big = Die Datei ist zu groß ({ $megabytes } MB). Die Grenze ist 32 MB. Wählen Sie eine kleinere Datei.
error-evidence-encode-failed = Carnet konnte das Foto nicht speichern. Bitte versuchen Sie es noch einmal. Wenn es wieder passiert, sagen Sie es bitte den Leuten, die Carnet machen.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = „{ $url }“ ist keine Server-Adresse. Eine Server-Adresse sieht so aus: http://192.168.1.10:8470. Fragen Sie das Zentrum danach.
error-sync-no-hub = Für dieses Logbuch ist noch kein Server eingestellt. Fragen Sie das Zentrum nach der Adresse seines Servers.
error-sync-unreachable = Carnet erreicht den Server unter { $url } nicht. Ihr Logbuch ist auf diesem Gerät sicher. Versuchen Sie es noch einmal, wenn Sie mit dem Netz des Zentrums verbunden sind.
error-sync-refused = Der Server nimmt dieses Gerät für dieses Logbuch nicht an. Wenn Sie dieses Gerät aus Ihrem Logbuch entfernt haben, ist das zu erwarten. Sonst fragen Sie das Zentrum.
error-sync-unknown-logbook = Der Server hat noch keine Kopie dieses Logbuchs. Gleichen Sie zuerst das Gerät ab, das Ihr Logbuch hat, und versuchen Sie es dann noch einmal.
error-sync-rate-limited = Der Server ist beschäftigt. Warten Sie { $seconds } Sekunden und versuchen Sie es dann noch einmal. Ihr Logbuch ist auf diesem Gerät sicher.
error-sync-hub-full = Der Server hat keinen Platz mehr für Ihr Logbuch. Ihr Logbuch ist auf diesem Gerät sicher. Fragen Sie das Zentrum.
error-sync-hub-error = Der Server hatte ein Problem ({ $status } { $code }). Ihr Logbuch ist auf diesem Gerät sicher. Versuchen Sie es später noch einmal, oder fragen Sie das Zentrum.
error-sync-protocol = Der Server hat etwas gesendet, das diese Version von Carnet nicht lesen kann. Ihr Logbuch ist auf diesem Gerät sicher. Aktualisieren Sie Carnet, oder fragen Sie das Zentrum.
error-sync-forged = Der Server hat eine Änderung gesendet, die beschädigt ist oder von jemandem verändert wurde. Carnet hat sie nicht benutzt, und Ihr Logbuch wurde nicht geändert. Sagen Sie es dem Zentrum.
error-sync-incomplete = Der Server hat nicht alle Änderungen gesendet, die er senden sollte. Carnet hat sie nicht benutzt, und Ihr Logbuch wurde nicht geändert. Versuchen Sie es später noch einmal, oder sagen Sie es dem Zentrum.
error-sync-unknown-epoch = Dieses Gerät hat nicht den neuesten Schlüssel Ihres Logbuchs und kann deshalb nicht lesen, was der Server hat. Wenn Sie dieses Gerät entfernt haben, ist das zu erwarten. Sonst verbinden Sie es noch einmal.
error-sync-rolled-back = Der Server hat Daten verloren. Ihr Logbuch auf diesem Gerät ist vollständig und wurde nicht geändert. Sagen Sie es dem Zentrum.
error-sync-pairing-code = Das ist kein Verbindungscode, oder ein Teil davon fehlt. Zeigen Sie den Code auf Ihrem anderen Gerät noch einmal, und scannen Sie ihn oder geben Sie ihn ganz ein.
error-sync-pairing-expired = Dieser Verbindungscode ist zu alt. Zeigen Sie einen neuen Code auf Ihrem anderen Gerät.
error-sync-pairing-taken = Ein anderes Gerät hat schon auf diesen Verbindungscode geantwortet. Nichts wurde geteilt. Zeigen Sie einen neuen Code auf Ihrem anderen Gerät und versuchen Sie es noch einmal.
error-sync-pairing-refused = Ihr anderes Gerät hat diese Verbindung abgelehnt. Nichts wurde geteilt.
error-sync-remove-self = Das ist das Gerät, das Sie gerade benutzen. Um es zu entfernen, tun Sie das von einem Ihrer anderen Geräte aus.
error-sync-cancelled = Sie haben aufgehört, auf das andere Gerät zu warten. Nichts wurde geteilt. Fangen Sie noch einmal an, wenn beide Geräte bereit sind.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Das ist nicht der quadratische Code eines Carnet-Wiederherstellungsblatts, oder Carnet konnte ihn nicht ganz lesen. Machen Sie ein schärferes Foto vom ganzen Code, oder geben Sie die 12 Wörter ein.
error-sync-recovery-words = { $problem ->
    [count] Ein Wiederherstellungsblatt hat 12 Wörter; Sie haben { $position } angegeben. Geben Sie alle 12 ein, in der richtigen Reihenfolge.
    [unknown] Wort { $position } ist kein Wort von Wiederherstellungsblättern. Prüfen Sie die Schreibweise auf dem Blatt.
   *[other] Die Wörter passen nicht zusammen: Eines ist falsch, oder zwei sind vertauscht. Prüfen Sie jedes Wort auf dem Blatt.
}
error-sync-recovery-no-box = Der Server hat nichts für dieses Wiederherstellungsblatt. Vielleicht hat ein neueres Blatt es ersetzt, oder das Blatt ist für einen anderen Server. Nehmen Sie Ihr neuestes Blatt.
error-sheet-write = Carnet konnte das Blatt nicht in { $path } schreiben. Prüfen Sie den Ordner und den freien Platz. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet findet seine ESCO-Datendatei nicht ({ $path }). Installieren Sie Carnet noch einmal.
error-taxonomy-damaged = Die ESCO-Datendatei von Carnet ist beschädigt ({ $reason }). Installieren Sie Carnet noch einmal.
error-unknown-concept = Keine ESCO-Fähigkeit und kein ESCO-Beruf heißt „{ $concept }“. Finden Sie die Adresse mit carnet esco search.
error-not-an-occupation = „{ $concept }“ ist eine ESCO-Fähigkeit, kein Beruf. Finden Sie den Beruf mit carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet hat in diesem Bild keinen quadratischen Code gefunden. Machen Sie ein schärferes Foto vom ganzen Code, oder geben Sie den Code stattdessen ein.
error-save-file = Carnet konnte die Datei nicht in { $path } speichern. Prüfen Sie den freien Platz. ({ $reason })

## Voice notes

error-evidence-not-audio = Diese Datei ist keine Tonaufnahme. Carnet nimmt WebM-, Ogg-, MP4-, M4A-, AAC-, MP3- und WAV-Tondateien.
error-evidence-audio-is-video = Diese Datei ist ein Video. Carnet behält nur Ton. Nehmen Sie eine Sprachnachricht auf, oder wählen Sie eine Tondatei.
error-evidence-audio-too-big = Die Tondatei ist zu groß ({ $megabytes } MB). Die Grenze ist 5 MB. Nehmen Sie eine kürzere Sprachnachricht auf.
error-evidence-audio-damaged = Die Tondatei ist beschädigt oder nicht vollständig. Nehmen Sie sie noch einmal auf oder wählen Sie sie noch einmal.
error-evidence-not-evidence = Diese Datei ist kein Foto und keine Tonaufnahme. Carnet nimmt Fotos (JPEG, PNG, WebP) und Tondateien (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet darf das Mikrofon nicht benutzen. Erlauben Sie es in den Einstellungen Ihres Handys, oder hängen Sie eine Tondatei an.
error-microphone-failed = Carnet konnte nicht aufnehmen. Versuchen Sie es noch einmal, oder hängen Sie eine Tondatei an.
error-recording-empty = Es wurde nichts aufgenommen. Versuchen Sie es noch einmal und sprechen Sie, nachdem Sie den Knopf gedrückt haben.
error-evidence-missing = Dieses Foto oder diese Sprachnachricht ist noch nicht auf diesem Gerät ({ $sha }). Gleichen Sie ab, um es zu bekommen.
