# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = een trainer
issuer-kind-employer = een werkgever
issuer-kind-centre = een centrum
issuer-kind-college = een school
issuer-kind-colleague = een collega

## verify: verdicts, one per code

verdict-valid = Geldig: ondertekend door een uitgever die je vertrouwt, nog actueel, niet ingetrokken.
verdict-self-declared = Alleen door de persoon zelf gezegd: niemand heeft dit ondertekend.
verdict-unknown-issuer = Ondertekend, maar niet door een uitgever die je vertrouwt.
verdict-expired = Verlopen.
verdict-revoked = Ingetrokken door de uitgever die het ondertekende.
verdict-tampered = Veranderd of gekopieerd: vertrouw er niet op.
verdict-malformed = Dit is geen code van Carnet die gelezen kan worden.

## verify: reasons, one per code

reason-wrong-prefix = De tekst begint niet met CN1:, dus het is geen code van Carnet.
reason-bad-base45 = De tekst heeft tekens die een code van Carnet niet kan hebben. Misschien is hij afgebroken of verkeerd getypt.
reason-bad-zlib = De code is afgebroken of beschadigd.
reason-too-large = De code is veel te groot voor een code van Carnet.
reason-bad-cose = De code is beschadigd of is geen code van Carnet.
reason-unsupported-header = De code gebruikt een handtekening die Carnet niet kent. Een nieuwere Carnet kan hem misschien lezen.
reason-bad-payload = De inhoud van de code is beschadigd.
reason-holder-signature-invalid = De handtekening van de persoon klopt niet: de code is veranderd.
reason-nonce-mismatch = De code is gemaakt voor een ander verzoek (nummer { $found }, niet { $expected }). Het kan een kopie zijn.
reason-audience-mismatch = De code is gemaakt voor “{ $found }”, niet voor “{ $expected }”.
reason-presentation-expired = De code zelf is verlopen op { $exp }. Vraag de persoon om een nieuwe te maken.
reason-presentation-not-yet-valid = De code zegt dat hij gemaakt is op { $iat }, en die dag is nog niet gekomen. Controleer de klok van dit apparaat.
reason-endorsement-signature-invalid = De handtekening van de uitgever klopt niet: de vaardigheid is veranderd.
reason-issuer-key-not-sent = De uitgever wordt alleen genoemd met vingerafdruk { $kid }, en die ken je niet.
reason-endorsement-expired = De handtekening van de vaardigheid is verlopen op { $exp }.
reason-endorsement-not-yet-valid = De vaardigheid zegt dat ze ondertekend is op { $iat }, en die dag is nog niet gekomen. Controleer de klok van dit apparaat.
reason-issuer-unknown = “{ $name }” (vingerafdruk van de sleutel { $kid }) staat niet op je vertrouwenslijsten. Iedereen kan zichzelf een naam geven.
reason-issuer-not-trusted-at-issue = Niemand stond in voor “{ $name }” (vingerafdruk van de sleutel { $kid }) op de dag dat die ondertekende.
reason-issuer-trusted = De uitgever staat op je vertrouwenslijst (vingerafdruk van de sleutel { $kid }).
reason-issuer-claims-differ = Je vertrouwenslijst zegt dat deze uitgever { $kind } is in { $country }; de handtekening zegt iets anders. Ga uit van de vertrouwenslijst.
reason-revoked = De uitgever heeft bewijs nummer { $index } ingetrokken.
reason-no-revocation-list = Je hebt van deze uitgever geen lijst van wat die heeft ingetrokken.
reason-self-declared = De persoon zegt dit; niemand heeft het ondertekend.

## verify: the rest of the report

verify-presentation = Getoond voor { $stage }, gemaakt op { $date }, door de persoon met sleutel { $kid }.
verify-audience = Gemaakt voor: { $audience }
verify-stage-recruitment = werving
verify-stage-pre-departure = voorbereiding op vertrek
verify-stage-arrival = aankomst
verify-stage-career = werk en opleiding
verify-stage-return = terugkeer naar huis
verify-endorsed-by = Ondertekend door { $name }, { $kind } in { $country }.
verify-endorsed-by-unchecked = Ondertekend door iemand die zich “{ $name }” noemt, { $kind } in { $country } (niet gecontroleerd; vingerafdruk van de sleutel { $kid }).
verify-colleague-note = Dit is het woord van een collega: iemand die naast de persoon werkte, geen school of werkgever.
verify-endorsed-on = Ondertekend op { $date }; gecontroleerd met { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Geldig tot { $expires }.
}
verify-how-observation = kijken hoe ze werken
verify-how-test = een toets
verify-how-document = een document
verify-how-interview = een gesprek
verify-hidden = { $count ->
    [one] 1 gegeven is verborgen door de persoon.
   *[other] { $count } gegevens zijn verborgen door de persoon.
}
verify-trust-age = { $days ->
    [0] Vertrouwenslijst van vandaag.
    [one] Vertrouwenslijst van 1 dag geleden ({ $date }).
   *[other] Vertrouwenslijst van { $days } dagen geleden ({ $date }).
}
verify-newer-code = Deze code is gemaakt door een nieuwere Carnet. Werk Carnet bij om hem te controleren.
verify-status-age = { $days ->
    [0] Lijst van ingetrokken bewijzen: van vandaag.
    [one] Lijst van ingetrokken bewijzen: van 1 dag geleden ({ $date }).
   *[other] Lijst van ingetrokken bewijzen: van { $days } dagen geleden ({ $date }).
}
verify-field-kind = Wat:
verify-field-title = Titel:
verify-field-esco = ESCO:
verify-field-entry-id = Item:
verify-field-level = Niveau:
verify-field-from = Van:
verify-field-to = Tot:
verify-field-country = Land:
verify-field-context = Geleerd:
verify-field-evidence = Bewijs (hash):
verify-field-eqf = EQF-niveau:
verify-entry-kind-skill = een vaardigheid
verify-entry-kind-qualification = een diploma of kwalificatie
verify-entry-kind-experience = werkervaring
verify-entry-kind-language = een taal
verify-entry-kind-learning = een cursus
verify-context-formal = op school of hogeschool
verify-context-non-formal = in een cursus
verify-context-informal = op het werk of zelf
verify-esco-skill = vaardigheid
verify-esco-occupation = beroep
verify-esco-qualification = kwalificatie
