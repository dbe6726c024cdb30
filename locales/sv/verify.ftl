# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = en handledare
issuer-kind-employer = en arbetsgivare
issuer-kind-centre = ett center
issuer-kind-college = en skola
issuer-kind-colleague = en kollega

## verify: verdicts, one per code

verdict-valid = Giltig: underskriven av en utfärdare du litar på, fortfarande aktuell, inte återkallad.
verdict-self-declared = Bara sagt av personen: ingen har skrivit under det här.
verdict-unknown-issuer = Underskriven, men inte av en utfärdare du litar på.
verdict-expired = Har gått ut.
verdict-revoked = Återkallad av utfärdaren som skrev under den.
verdict-tampered = Ändrad eller kopierad: lita inte på den.
verdict-malformed = Det här är inte en kod från Carnet som kan läsas.

## verify: reasons, one per code

reason-wrong-prefix = Texten börjar inte med CN1:, så det är inte en kod från Carnet.
reason-bad-base45 = Texten har tecken som en kod från Carnet inte kan ha. Den kan vara avklippt eller felskriven.
reason-bad-zlib = Koden är avklippt eller skadad.
reason-too-large = Koden är alldeles för stor för att vara en kod från Carnet.
reason-bad-cose = Koden är skadad eller är inte en kod från Carnet.
reason-unsupported-header = Koden använder en underskrift som Carnet inte känner till. En nyare Carnet kanske kan läsa den.
reason-bad-payload = Kodens innehåll är skadat.
reason-holder-signature-invalid = Personens underskrift stämmer inte: koden har ändrats.
reason-nonce-mismatch = Koden gjordes för en annan begäran (nummer { $found }, inte { $expected }). Den kan vara en kopia.
reason-audience-mismatch = Koden gjordes för ”{ $found }”, inte för ”{ $expected }”.
reason-presentation-expired = Själva koden gick ut { $exp }. Be personen att göra en ny.
reason-presentation-not-yet-valid = Koden säger att den gjordes { $iat }, som inte har kommit än. Kontrollera klockan på den här enheten.
reason-endorsement-signature-invalid = Utfärdarens underskrift stämmer inte: färdigheten har ändrats.
reason-issuer-key-not-sent = Utfärdaren anges bara med fingeravtrycket { $kid }, och du känner inte till det.
reason-endorsement-expired = Färdighetens underskrift gick ut { $exp }.
reason-endorsement-not-yet-valid = Färdigheten säger att den skrevs under { $iat }, som inte har kommit än. Kontrollera klockan på den här enheten.
reason-issuer-unknown = ”{ $name }” (nyckelns fingeravtryck { $kid }) finns inte på dina förtroendelistor. Vem som helst kan ge sig själv ett namn.
reason-issuer-not-trusted-at-issue = Ingen gick i god för ”{ $name }” (nyckelns fingeravtryck { $kid }) den dag underskriften gjordes.
reason-issuer-trusted = Utfärdaren finns på din förtroendelista (nyckelns fingeravtryck { $kid }).
reason-issuer-claims-differ = Din förtroendelista säger att den här utfärdaren är { $kind } i { $country }; underskriften säger något annat. Gå efter förtroendelistan.
reason-revoked = Utfärdaren återkallade intyg nummer { $index }.
reason-no-revocation-list = Du har ingen lista från den här utfärdaren över vad den har återkallat.
reason-self-declared = Personen säger det här; ingen har skrivit under det.

## verify: the rest of the report

verify-presentation = Visad för { $stage }, gjord { $date }, av personen med nyckeln { $kid }.
verify-audience = Gjord för: { $audience }
verify-stage-recruitment = rekrytering
verify-stage-pre-departure = förberedelse för avresa
verify-stage-arrival = ankomst
verify-stage-career = arbete och utbildning
verify-stage-return = återvändande hem
verify-endorsed-by = Underskriven av { $name }, { $kind } i { $country }.
verify-endorsed-by-unchecked = Underskriven av någon som kallar sig ”{ $name }”, { $kind } i { $country } (inte kontrollerat; nyckelns fingeravtryck { $kid }).
verify-colleague-note = Det här är en kollegas ord: någon som arbetade bredvid personen, inte en skola eller en arbetsgivare.
verify-endorsed-on = Underskriven { $date }; kontrollerad genom { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Gäller till { $expires }.
}
verify-how-observation = att se personen arbeta
verify-how-test = ett prov
verify-how-document = ett dokument
verify-how-interview = en intervju
verify-hidden = { $count ->
    [one] 1 uppgift är dold av personen.
   *[other] { $count } uppgifter är dolda av personen.
}
verify-trust-age = { $days ->
    [0] Förtroendelista från i dag.
    [one] Förtroendelista från för 1 dag sedan ({ $date }).
   *[other] Förtroendelista från för { $days } dagar sedan ({ $date }).
}
verify-newer-code = Den här koden gjordes av en nyare Carnet. Uppdatera Carnet för att kontrollera den.
verify-status-age = { $days ->
    [0] Lista över återkallade intyg: från i dag.
    [one] Lista över återkallade intyg: från för 1 dag sedan ({ $date }).
   *[other] Lista över återkallade intyg: från för { $days } dagar sedan ({ $date }).
}
verify-field-kind = Vad:
verify-field-title = Titel:
verify-field-esco = ESCO:
verify-field-entry-id = Post:
verify-field-level = Nivå:
verify-field-from = Från:
verify-field-to = Till:
verify-field-country = Land:
verify-field-context = Lärt:
verify-field-evidence = Bevis (hash):
verify-field-eqf = EQF-nivå:
verify-entry-kind-skill = en färdighet
verify-entry-kind-qualification = en examen eller utbildning
verify-entry-kind-experience = arbetslivserfarenhet
verify-entry-kind-language = ett språk
verify-entry-kind-learning = en kurs
verify-context-formal = i skolan eller på högskola
verify-context-non-formal = på en kurs
verify-context-informal = på jobbet eller på egen hand
verify-esco-skill = färdighet
verify-esco-occupation = yrke
verify-esco-qualification = utbildning
