# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = eine Ausbilderin oder ein Ausbilder
issuer-kind-employer = ein Arbeitgeber
issuer-kind-centre = ein Zentrum
issuer-kind-college = eine Schule oder Hochschule
issuer-kind-colleague = eine Kollegin oder ein Kollege

## verify: verdicts, one per code

verdict-valid = Gültig: unterschrieben von einem Aussteller, dem Sie vertrauen, noch aktuell, nicht zurückgezogen.
verdict-self-declared = Nur von der Person selbst gesagt: Niemand hat das unterschrieben.
verdict-unknown-issuer = Unterschrieben, aber nicht von einem Aussteller, dem Sie vertrauen.
verdict-expired = Abgelaufen.
verdict-revoked = Vom Aussteller, der es unterschrieben hat, zurückgezogen.
verdict-tampered = Verändert oder kopiert: Verlassen Sie sich nicht darauf.
verdict-malformed = Das ist kein Carnet-Code, der gelesen werden kann.

## verify: reasons, one per code

reason-wrong-prefix = Der Text beginnt nicht mit CN1:, also ist er kein Carnet-Code.
reason-bad-base45 = Der Text hat Zeichen, die ein Carnet-Code nicht haben kann. Vielleicht ist er abgeschnitten oder falsch eingegeben.
reason-bad-zlib = Der Code ist abgeschnitten oder beschädigt.
reason-too-large = Der Code ist viel zu groß für einen Carnet-Code.
reason-bad-cose = Der Code ist beschädigt oder kein Carnet-Code.
reason-unsupported-header = Der Code nutzt eine Unterschrift, die Carnet nicht kennt. Ein neueres Carnet kann ihn vielleicht lesen.
reason-bad-payload = Der Inhalt des Codes ist beschädigt.
reason-holder-signature-invalid = Die Unterschrift der Person passt nicht: Der Code wurde verändert.
reason-nonce-mismatch = Der Code wurde für eine andere Anfrage gemacht (Nummer { $found }, nicht { $expected }). Vielleicht ist er eine Kopie.
reason-audience-mismatch = Der Code wurde für „{ $found }“ gemacht, nicht für „{ $expected }“.
reason-presentation-expired = Der Code selbst ist am { $exp } abgelaufen. Bitten Sie die Person, einen neuen zu machen.
reason-presentation-not-yet-valid = Der Code sagt, er wurde am { $iat } gemacht, und dieser Tag ist noch nicht gekommen. Prüfen Sie die Uhr dieses Geräts.
reason-endorsement-signature-invalid = Die Unterschrift des Ausstellers passt nicht: Die Fähigkeit wurde verändert.
reason-issuer-key-not-sent = Der Aussteller wird nur mit dem Fingerabdruck { $kid } genannt, und Sie kennen ihn nicht.
reason-endorsement-expired = Die Unterschrift für die Fähigkeit ist am { $exp } abgelaufen.
reason-endorsement-not-yet-valid = Die Fähigkeit sagt, sie wurde am { $iat } unterschrieben, und dieser Tag ist noch nicht gekommen. Prüfen Sie die Uhr dieses Geräts.
reason-issuer-unknown = „{ $name }“ (Schlüssel-Fingerabdruck { $kid }) ist nicht in Ihren Vertrauenslisten. Jeder kann sich einen Namen geben.
reason-issuer-not-trusted-at-issue = Für „{ $name }“ (Schlüssel-Fingerabdruck { $kid }) hat an dem Tag, an dem unterschrieben wurde, niemand gebürgt.
reason-issuer-trusted = Der Aussteller ist in Ihrer Vertrauensliste (Schlüssel-Fingerabdruck { $kid }).
reason-issuer-claims-differ = Ihre Vertrauensliste sagt, dieser Aussteller ist { $kind } in { $country }; die Unterschrift sagt etwas anderes. Richten Sie sich nach der Vertrauensliste.
reason-revoked = Der Aussteller hat Nachweis Nummer { $index } zurückgezogen.
reason-no-revocation-list = Sie haben von diesem Aussteller keine Liste der zurückgezogenen Nachweise.
reason-self-declared = Die Person sagt das; niemand hat es unterschrieben.

## verify: the rest of the report

verify-presentation = Gezeigt für { $stage }, gemacht am { $date }, von der Person mit dem Schlüssel { $kid }.
verify-audience = Gemacht für: { $audience }
verify-stage-recruitment = Bewerbung
verify-stage-pre-departure = Vorbereitung der Abreise
verify-stage-arrival = Ankunft
verify-stage-career = Arbeit und Ausbildung
verify-stage-return = Rückkehr nach Hause
verify-endorsed-by = Unterschrieben von { $name }, { $kind } in { $country }.
verify-endorsed-by-unchecked = Unterschrieben von jemandem, der sich „{ $name }“ nennt, { $kind } in { $country } (nicht geprüft; Schlüssel-Fingerabdruck { $kid }).
verify-colleague-note = Das ist das Wort einer Kollegin oder eines Kollegen: jemand, der neben der Person gearbeitet hat, keine Schule und kein Arbeitgeber.
verify-endorsed-on = Unterschrieben am { $date }; geprüft durch { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Gilt bis { $expires }.
}
verify-how-observation = Zusehen bei der Arbeit
verify-how-test = eine Prüfung
verify-how-document = ein Dokument
verify-how-interview = ein Gespräch
verify-hidden = { $count ->
    [one] 1 Angabe hat die Person verborgen.
   *[other] { $count } Angaben hat die Person verborgen.
}
verify-trust-age = { $days ->
    [0] Vertrauensliste von heute.
    [one] Vertrauensliste von vor 1 Tag ({ $date }).
   *[other] Vertrauensliste von vor { $days } Tagen ({ $date }).
}
verify-newer-code = Dieser Code wurde von einem neueren Carnet gemacht. Aktualisieren Sie Carnet, um ihn zu prüfen.
verify-status-age = { $days ->
    [0] Liste zurückgezogener Nachweise: von heute.
    [one] Liste zurückgezogener Nachweise: von vor 1 Tag ({ $date }).
   *[other] Liste zurückgezogener Nachweise: von vor { $days } Tagen ({ $date }).
}
verify-field-kind = Was:
verify-field-title = Titel:
verify-field-esco = ESCO:
verify-field-entry-id = Eintrag:
verify-field-level = Niveau:
verify-field-from = Von:
verify-field-to = Bis:
verify-field-country = Land:
verify-field-context = Gelernt:
verify-field-evidence = Beweis (Hash):
verify-field-eqf = EQF-Niveau:
verify-entry-kind-skill = eine Fähigkeit
verify-entry-kind-qualification = ein Abschluss oder Diplom
verify-entry-kind-experience = Berufserfahrung
verify-entry-kind-language = eine Sprache
verify-entry-kind-learning = ein Kurs
verify-context-formal = in der Schule oder Hochschule
verify-context-non-formal = in einem Kurs
verify-context-informal = bei der Arbeit oder selbst
verify-esco-skill = Fähigkeit
verify-esco-occupation = Beruf
verify-esco-qualification = Abschluss
