# Review status: machine-drafted, needs review by a native speaker.
# Credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Die Fähigkeiten anderer Menschen unterschreiben, als Ausbilder, Arbeitgeber, Zentrum, Schule oder Kollege.
cli-cmd-issuer-init = Ihren Unterschriftsschlüssel als Aussteller machen. Er ist mit einem Passwort verschlossen.
cli-cmd-issuer-show = Ihren Ausstellernamen, die Art und den öffentlichen Schlüssel zeigen. Kein Passwort nötig.
cli-cmd-issuer-revoke = Einen Nachweis, den Sie unterschrieben haben, über seine Nummer zurückziehen.
cli-cmd-issuer-status-list = Die unterschriebene Liste der Nachweise schreiben, die Sie zurückgezogen haben, um sie Prüfenden zu geben.
cli-cmd-endorse = Eine Anfrage unterschreiben, die Ihnen jemand gegeben hat, und den Nachweis zum Zurückgeben schreiben.
cli-cmd-trust = Wählen, wessen Unterschriften Sie vertrauen, wenn Sie einen QR-Code prüfen.
cli-cmd-trust-anchor = Vertrauensanker: die Netzwerke oder Behörden, die für Aussteller bürgen.
cli-cmd-trust-anchor-init = Einen Unterschriftsschlüssel als Vertrauensanker machen, um für Aussteller zu bürgen.
cli-cmd-trust-anchor-show = Den Namen und den öffentlichen Schlüssel Ihres Vertrauensankers zeigen.
cli-cmd-trust-anchor-add = Den Listen vertrauen, die mit dem Schlüssel dieses Vertrauensankers unterschrieben sind.
cli-cmd-trust-bundle = Als Vertrauensanker eine Liste von Ausstellern unterschreiben, für die Sie bürgen.
cli-cmd-trust-import = Eine unterschriebene Liste vertrauenswürdiger Aussteller aus einer Datei hinzufügen.
cli-cmd-trust-list = Die Aussteller zeigen, denen Sie vertrauen, und wie alt jede Liste ist.
cli-cmd-revocation = Listen von Nachweisen, die Aussteller zurückgezogen haben.
cli-cmd-revocation-import = Die unterschriebene Liste eines Ausstellers mit seinen zurückgezogenen Nachweisen hinzufügen.
cli-cmd-verify = Einen Carnet-QR-Code prüfen: wer jede Fähigkeit unterschrieben hat und ob sie noch gilt.

## Help: what to give

cli-arg-issuer-name = Ihr Name oder der Name Ihrer Organisation, so wie andere ihn sehen sollen.
cli-arg-issuer-country = Ihr Land, mit zwei Buchstaben, zum Beispiel KE oder PT.
cli-arg-issuer-kind = Was Sie sind: trainer (Ausbilder), employer (Arbeitgeber), centre (Zentrum), college (Schule) oder colleague (Kollege).
cli-arg-revoke-index = Die Nummer des Nachweises, der zurückgezogen wird.
cli-arg-cred-out = Die Datei, die geschrieben wird.
cli-arg-endorse-request = Die Anfrage, die Ihnen die Person gegeben hat: die Datei (request.cbor), ein Bild ihres QR-Codes (PNG oder JPEG) oder eine Textdatei mit dem Text, der mit CNR1: beginnt
cli-arg-endorse-text = Der Text der Anfrage, der mit CNR1: beginnt, wenn die Person ihn als Nachricht geschickt hat. Statt einer Datei.
cli-arg-endorse-assessed-by = Wie Sie die Fähigkeit geprüft haben: observation, test, document oder interview.
cli-arg-endorse-expires = Der letzte Tag, an dem der Nachweis gilt, zum Beispiel 2027-05-14. Ohne Angabe endet er nicht.
cli-arg-endorse-valid-days = Wie viele Tage der Nachweis gilt, ab heute.
cli-arg-anchor-name = Der Name des Vertrauensankers, so wie andere ihn sehen sollen.
cli-arg-anchor-key = Der öffentliche Schlüssel des Vertrauensankers: 64 Buchstaben und Ziffern.
cli-arg-bundle-issuer = Die Datei eines Ausstellers, aus carnet issuer show --json. Einmal pro Aussteller angeben.
cli-arg-trust-file = Die Datei der Vertrauensliste (.cbor).
cli-arg-status-file = Die Listendatei des Ausstellers (.cbor).
cli-arg-verify-image = Ein Bild des QR-Codes: PNG, JPEG oder WebP.
cli-arg-verify-text = Der Text des QR-Codes, der mit CN1: beginnt
cli-arg-verify-nonce = Die Nummer, um die Sie die Person gebeten haben, sie in den Code zu setzen (hex).
cli-arg-verify-audience = Der Name, um den Sie die Person gebeten haben, ihn in den Code zu setzen.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Ihr Ausstellerschlüssel für { $name } ist bereit. Bewahren Sie Ihr Passwort sicher auf: Ohne es können Sie nicht unterschreiben.
issuer-label-name = Name:
issuer-label-country = Land:
issuer-label-kind = Art:
issuer-label-public-key = Öffentlicher Schlüssel:
issuer-label-kid = Schlüssel-Fingerabdruck:
issuer-label-issued = Vergebene Nummern:
issuer-label-revoked = Zurückgezogen:
issuer-revoked = Nachweis Nummer { $index } ist zurückgezogen.
issuer-already-revoked = Nachweis Nummer { $index } war schon zurückgezogen.
issuer-revoked-next-step = Prüfende erfahren es erst aus Ihrer nächsten Liste: Schreiben Sie sie mit carnet issuer status-list --out list.cbor und geben Sie ihnen dann die Datei.
issuer-status-list-written = { $count ->
    [one] Die Liste ist in { $path }. Sie nennt 1 zurückgezogenen Nachweis.
   *[other] Die Liste ist in { $path }. Sie nennt { $count } zurückgezogene Nachweise.
}

endorse-intro = { $count ->
    [one] Sie unterschreiben gleich 1 Eintrag für die Person mit dem Schlüssel { $holder }:
   *[other] Sie unterschreiben gleich { $count } Einträge für die Person mit dem Schlüssel { $holder }:
}
endorse-entry = { $title } ({ $kind }, Niveau { $level }, { $dates })
endorse-untitled = (kein Titel)
endorse-how-observation = Sie sagen, dass Sie es die Person haben tun sehen.
endorse-how-test = Sie sagen, dass die Person eine Prüfung bestanden hat.
endorse-how-document = Sie sagen, dass Sie ein Dokument geprüft haben.
endorse-how-interview = Sie sagen, dass Sie es in einem Gespräch geprüft haben.
endorse-expires-on = Er gilt bis { $date }.
endorse-no-expiry = Er endet nicht.
endorse-written = { $count ->
    [one] Unterschrieben. Geben Sie { $path } der Person zurück. Seine Nummer ist { $first }.
   *[other] Unterschrieben. Geben Sie { $path } der Person zurück. Die Nummern sind { $first } bis { $last }.
}

trust-anchor-added = Sie vertrauen jetzt Listen, die von { $name } unterschrieben sind (Schlüssel-Fingerabdruck { $kid }).
trust-bundle-written = { $count ->
    [one] Die unterschriebene Liste mit 1 Aussteller ist in { $path }.
   *[other] Die unterschriebene Liste mit { $count } Ausstellern ist in { $path }.
}
trust-imported = { $count ->
    [one] Vertrauensliste mit 1 Aussteller hinzugefügt, gemacht am { $date }.
   *[other] Vertrauensliste mit { $count } Ausstellern hinzugefügt, gemacht am { $date }.
}
trust-list-empty = Sie vertrauen noch keinem Aussteller. Fügen Sie eine Vertrauensliste hinzu mit carnet trust import.
trust-list-bundle = { $days ->
    [0] Vertrauensliste von { $anchor }, heute gemacht ({ $date }):
    [one] Vertrauensliste von { $anchor }, vor 1 Tag gemacht ({ $date }):
   *[other] Vertrauensliste von { $anchor }, vor { $days } Tagen gemacht ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, Schlüssel-Fingerabdruck { $kid }
revocation-imported = { $count ->
    [one] Liste von { $name } hinzugefügt, gemacht am { $date }: 1 Nachweis zurückgezogen.
   *[other] Liste von { $name } hinzugefügt, gemacht am { $date }: { $count } Nachweise zurückgezogen.
}

## Errors of these commands

error-issuer-exists = In diesem Ordner gibt es schon einen Ausstellerschlüssel. Nichts wurde geändert.
error-no-issuer = In diesem Ordner gibt es noch keinen Ausstellerschlüssel. Machen Sie einen mit carnet issuer init.
error-issuer-damaged = Der Ausstellerschlüssel in diesem Ordner ist beschädigt oder passt nicht zu seinen Angaben. Spielen Sie eine Sicherungskopie zurück.
error-anchor-exists = In diesem Ordner gibt es schon einen Vertrauensanker-Schlüssel. Nichts wurde geändert.
error-no-anchor = In diesem Ordner gibt es noch keinen Vertrauensanker-Schlüssel. Machen Sie einen mit carnet trust anchor init.
error-anchor-damaged = Der Vertrauensanker-Schlüssel in diesem Ordner ist beschädigt oder passt nicht zu seinen Angaben. Spielen Sie eine Sicherungskopie zurück.
error-identity-too-new = Dieser Schlüssel wurde von einem neueren Carnet gemacht. Aktualisieren Sie Carnet, um ihn zu nutzen.
error-storage-file = Carnet konnte { $path } nicht schreiben oder lesen. Prüfen Sie, ob Platz frei ist und ob Sie dort schreiben dürfen. (Für Helfende: { $reason })
error-file-too-big = { $path } ist viel zu groß für eine Carnet-Datei.
error-issuer-kind = „{ $value }“ ist keine Art von Aussteller. Schreiben Sie trainer, employer, centre, college oder colleague.
error-assessed-by = „{ $value }“ ist keine Art zu prüfen. Schreiben Sie observation, test, document oder interview.
error-expires-date = „{ $value }“ ist kein Tag. Schreiben Sie ihn als Jahr-Monat-Tag, zum Beispiel 2027-05-14.
error-expires-past = Der letzte Tag muss nach heute liegen.
error-issuer-indexes-used-up = Dieser Ausstellerschlüssel hat alle seine Nummern vergeben. Machen Sie einen neuen Ausstellerschlüssel.
error-revoke-not-issued = Sie haben keinen Nachweis mit der Nummer { $index } unterschrieben. Ihre Nummern gehen von 0 bis unter { $next }.
error-anchor-name = Der Name muss 1 bis 100 Zeichen lang sein.
error-anchor-known = Sie vertrauen diesem Vertrauensanker schon (Schlüssel-Fingerabdruck { $kid }).
error-issuer-file = { $path } ist keine Ausstellerdatei. Bitten Sie den Aussteller um die Ausgabe von carnet issuer show --json.
error-trust-bundle-not-newer = Sie haben diese Vertrauensliste oder eine neuere vom selben Vertrauensanker schon. Nichts wurde geändert.
error-status-list-not-newer = Sie haben schon eine neuere Liste von diesem Aussteller. Nichts wurde geändert.
error-status-list-issuer-unknown = Diese Liste ist von einem Aussteller, dem Sie noch nicht vertrauen (Schlüssel-Fingerabdruck { $kid }). Importieren Sie zuerst eine Vertrauensliste, die ihn nennt.
error-verifier-damaged = Ihre gespeicherten Vertrauenslisten sind beschädigt oder wurden verändert. Importieren Sie sie noch einmal.
error-verify-nonce = „{ $value }“ ist keine Zahl in hex, wie zum Beispiel 3fa9.
error-verify-got-request = Das ist eine Bitte, die Einträge von jemandem zu bestätigen (der Text beginnt mit CNR1:), kein Code, der Fähigkeiten zeigt. Nichts wurde geprüft. Wer bestätigt, unterschreibt sie mit: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Das ist ein Code, der die Fähigkeiten von jemandem zeigt (der Text beginnt mit CN1:), keine Bitte, sie zu bestätigen. Nichts wurde unterschrieben. Um ihn zu prüfen, geben Sie ein: carnet verify PICTURE oder carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Die Vertrauensliste ist beschädigt oder keine Vertrauensliste.
error-trust-bundle-wrong-file = Das ist eine andere Art von Carnet-Datei, keine Vertrauensliste.
error-trust-bundle-newer-version = Diese Vertrauensliste wurde von einem neueren Carnet gemacht. Aktualisieren Sie Carnet, um sie zu lesen.
error-trust-bundle-unknown-anchor = Diese Vertrauensliste ist von einem Vertrauensanker unterschrieben, dem Sie nicht vertrauen (Schlüssel-Fingerabdruck { $kid }). Fügen Sie ihn zuerst mit carnet trust anchor add hinzu, wenn Sie ihn kennen.
error-trust-bundle-bad-signature = Die Unterschrift auf dieser Vertrauensliste passt nicht. Die Datei wurde verändert oder beschädigt.
error-trust-bundle-invalid = Ein Wert in der Vertrauensliste kann nicht benutzt werden ({ $field }).
error-trust-bundle-too-large = Die Vertrauensliste ist zu groß.
error-status-list-malformed = Die Liste ist beschädigt oder keine Liste zurückgezogener Nachweise.
error-status-list-wrong-file = Das ist eine andere Art von Carnet-Datei, keine Liste zurückgezogener Nachweise.
error-status-list-newer-version = Diese Liste wurde von einem neueren Carnet gemacht. Aktualisieren Sie Carnet, um sie zu lesen.
error-status-list-wrong-issuer = Diese Liste gehört zu einem anderen Aussteller ({ $found }, nicht { $expected }).
error-status-list-bad-signature = Die Unterschrift auf dieser Liste passt nicht. Die Datei wurde verändert oder beschädigt.
error-status-list-invalid = Ein Wert in der Liste kann nicht benutzt werden ({ $field }).
error-status-list-too-large = Die Liste ist zu groß.
