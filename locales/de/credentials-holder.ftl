# Review status: machine-drafted, needs review by a native speaker.
# Credential commands a holder uses: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Eine Datei machen, die eine Ausbilderin, einen Arbeitgeber oder ein Zentrum bittet, Einträge zu bestätigen.
    .long = Eine Anfrage machen, die eine Ausbilderin, einen Arbeitgeber, ein Zentrum, eine Schule oder eine Kollegin bittet, einige Ihrer Einträge zu bestätigen: eine Datei, ein QR-Code (ein Name mit der Endung .png oder .svg) zum Zeigen auf dem Handy oder zum Drucken, oder mit --text ein Text zum Senden in einer Nachricht. Geben Sie sie ihnen. Sie unterschreiben sie und geben Ihnen eine Nachweisdatei zurück, die Sie behalten mit: carnet receive
cli-cmd-holder-receive = Einen Nachweis behalten, den eine Ausbilderin, ein Arbeitgeber oder ein Zentrum für Sie unterschrieben hat.
cli-cmd-holder-credentials = Die Nachweise auflisten, die Sie haben, Eintrag für Eintrag. Auch: carnet wallet
cli-cmd-holder-present = Ausgewählte Einträge als einen QR-Code zeigen, den jeder ohne Internet prüfen kann.
    .long = Ausgewählte Einträge als einen QR-Code zeigen, den jeder ohne Internet prüfen kann. Bestätigte Einträge erscheinen mit dem Namen dessen, der sie bestätigt hat; Einträge, die mit --self-declared angegeben sind, erscheinen als nur Ihre eigene Angabe. Auf dem Bildschirm gilt der Code 24 Stunden; mit --print 5 Jahre.
cli-cmd-holder-export = Einen bestätigten Eintrag als W3C Verifiable Credential (Open Badges 3.0) für andere Apps schreiben.
    .long = Einen bestätigten Eintrag als W3C Verifiable Credential 2.0 (ein Open-Badges-3.0-Abzeichen) schreiben, unterschrieben von der Person, die ihn bestätigt hat, damit andere Wallets und Apps ihn prüfen können. Ohne --out wird er auf den Bildschirm geschrieben.

## Help: arguments

cli-arg-holder-request-ids = Die Einträge zum Bestätigen: ihre IDs oder jeweils die ersten 4 oder mehr Zeichen. Um die IDs zu sehen, geben Sie ein: carnet list
cli-arg-holder-request-out = Wohin die Anfrage geschrieben wird: Ein Name mit der Endung .png oder .svg macht ein QR-Code-Bild; jeder andere Name, zum Beispiel request.cbor, eine Datei.
cli-arg-holder-request-text = Den Text der Anfrage (er beginnt mit CNR1:) auf den Bildschirm schreiben, um ihn als Nachricht zu senden.
cli-arg-holder-receive-file = Die Nachweisdatei, die Sie bekommen haben, zum Beispiel credential.cbor.
cli-arg-holder-present-select = Bestätigte Einträge zum Zeigen: ihre IDs oder jeweils die ersten 4 oder mehr Zeichen.
cli-arg-holder-present-fields = Nur diese Teile jedes Eintrags zeigen, durch Kommas getrennt, zum Beispiel title,level. Die anderen bleiben verborgen. Die Teile sind: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Ohne diese Option wird alles gezeigt.
cli-arg-holder-present-self-declared = Einträge, die als nur Ihre eigene Angabe gezeigt werden, von niemandem bestätigt.
cli-arg-holder-present-stage = Wofür Sie es zeigen: recruitment, pre-departure, arrival, career oder return. Ohne Angabe: recruitment.
cli-arg-holder-present-audience = Wem Sie es zeigen, wenn man Sie gebeten hat, das zu nennen, zum Beispiel der Name einer Agentur.
cli-arg-holder-present-nonce = Der Code, den Ihnen die prüfende Person gegeben hat, falls sie einen gegeben hat (Zeichen 0-9 und a-f).
cli-arg-holder-present-print = Für Papier machen: Der Code hält Kratzer und Knicke besser aus und gilt 5 Jahre statt 24 Stunden.
cli-arg-holder-present-out = Das Bild, das geschrieben wird: ein Name mit der Endung .png oder .svg.
cli-arg-holder-present-text = Auch den Text im QR-Code schreiben, um ihn als Nachricht zu senden.
cli-arg-holder-export-id = Der bestätigte Eintrag: seine ID oder die ersten 4 oder mehr Zeichen davon.
cli-arg-holder-export-format = Das Format, das geschrieben wird. Nur: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Als unterschriebenes Token (VC-JWT) schreiben statt als JSON mit Beweis.
cli-arg-holder-export-out = Die Datei, die geschrieben wird, zum Beispiel badge.json oder badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Diese Anfrage bittet darum, 1 Eintrag zu bestätigen.
       *[other] Diese Anfrage bittet darum, { $count } Einträge zu bestätigen.
    } Die bestätigende Person sieht von jedem diese Teile:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Anfrage geschrieben in { $path }.
holder-request-next = Geben Sie die Datei der Person, die bestätigt. Wenn sie Ihnen eine Nachweisdatei zurückgibt, geben Sie ein: carnet receive FILE
holder-receive-done = Behalten: bestätigt von { $issuer }, { $kind }, { $country }. Wie geprüft wurde: { $assessed }.
holder-validity-until = Ausgestellt am { $issued }. Gültig bis { $expires }.
holder-validity-open = Ausgestellt am { $issued }. Kein Enddatum.
holder-wallet-empty = Sie haben noch keine Nachweise. Um einen zu erbitten, geben Sie ein: carnet request ID --out request.cbor
holder-wallet-damaged = Ein Nachweis, der nicht mehr gelesen werden kann. Bitten Sie die Person, die ihn gegeben hat, um einen neuen.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): ausgestellt { $issued }, gültig bis { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): ausgestellt { $issued }, kein Enddatum
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): ausgestellt { $issued }, abgelaufen am { $expires }
holder-present-nothing = Sagen Sie, was gezeigt werden soll: --select ID für bestätigte Einträge, --self-declared ID für andere.
holder-present-done = QR-Code geschrieben in { $path }: { $endorsed } bestätigt, { $declared } eigene Angaben.
holder-present-size = Größe: QR-Version { $version }, Stufe { $ec }, { $chars } Zeichen.
holder-present-expires = Er kann bis { $when } geprüft werden ({ $hours } Stunden).
holder-present-by-kid = Damit es passt, werden die Aussteller mit einem kurzen Fingerabdruck genannt. Wer prüft, sieht nur dann, wer sie sind, wenn seine Liste vertrauenswürdiger Aussteller sie enthält.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = eine Ausbilderin oder ein Ausbilder
holder-issuer-kind-employer = ein Arbeitgeber
holder-issuer-kind-centre = ein Zentrum
holder-issuer-kind-college = eine Schule oder Hochschule
holder-issuer-kind-colleague = eine Kollegin oder ein Kollege (eine Person, die mit Ihnen gearbeitet hat, keine Organisation)

## How they checked

holder-assessed-observation = hat Ihnen bei der Arbeit zugesehen
holder-assessed-test = eine Prüfung
holder-assessed-document = hat ein Dokument geprüft
holder-assessed-interview = ein Gespräch

## Errors

error-holder-no-key = Dieses Logbuch hat keinen Schlüssel zum Unterschreiben von Nachweisen. Nichts wurde geändert. Bitte melden Sie dieses Problem.
error-holder-write-file = Die Datei { $path } konnte nicht geschrieben werden: { $reason }. Prüfen Sie, ob der Ordner existiert und Platz frei ist, und versuchen Sie es dann noch einmal.
error-holder-entry-unfit = Der Eintrag "{ $title }" kann nicht in einen Nachweis: Das Feld { $field } ist zu lang oder nicht in der richtigen Form. Ändern Sie es mit carnet edit und versuchen Sie es dann noch einmal.
error-holder-unknown-field = "{ $value }" ist kein Teil eines Eintrags, der gezeigt werden kann. Die Teile sind: { $known }.
error-holder-credential-no-entries = Der Nachweis { $path } sagt nicht, welchen Ihrer Einträge er bestätigt. Nichts wurde behalten. Bitten Sie um einen neuen, gemacht aus einer Anfragedatei: carnet request
error-holder-credential-entry-gone = Der Nachweis { $path } bestätigt einen Eintrag, der nicht mehr in Ihrem Logbuch ist ({ $id }). Nichts wurde behalten. Wenn Sie ihn auf diesem Gerät gelöscht haben, fügen Sie ihn aus einer Kopie des Logbuchs hinzu und versuchen Sie es dann noch einmal.
error-holder-credential-damaged = Der Nachweis für den Eintrag "{ $title }" kann nicht mehr gelesen werden. Bitten Sie die Person, die ihn bestätigt hat, um einen neuen.
error-holder-not-endorsed = Der Eintrag "{ $title }" wurde noch von niemandem bestätigt. Zeigen Sie ihn mit --self-declared, oder bitten Sie um eine Bestätigung: carnet request
error-holder-selected-twice = Der Eintrag "{ $title }" ist sowohl mit --select als auch mit --self-declared angegeben. Geben Sie ihn nur einmal an.
error-holder-bad-stage = "{ $value }" ist kein Abschnitt. Die Abschnitte sind: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Der Empfänger muss 1 bis 100 Zeichen lang sein, in einer Zeile.
error-holder-bad-nonce = "{ $value }" ist kein Code der prüfenden Person: Er muss aus 2 bis 128 Zeichen 0-9 und a-f bestehen.
error-holder-bad-out = Das Bild { $path } muss einen Namen mit der Endung .png oder .svg haben.
error-holder-no-vc = Die Bestätigung von "{ $title }" durch { $issuer } wurde gemacht, bevor Carnet sie als W3C-Nachweis schreiben konnte, und nur diese Person kann einen unterschreiben. Bitten Sie sie, es noch einmal zu bestätigen: Machen Sie eine neue Anfrage (carnet request ID --out request.cbor), geben Sie sie ihr und behalten Sie die Datei, die sie zurückgibt (carnet receive FILE).
