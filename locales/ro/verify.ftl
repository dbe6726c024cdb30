# Review status: machine-drafted, needs review by a native speaker.
# Verificarea unui cod: verdicte, motive și raport.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = un formator
issuer-kind-employer = un angajator
issuer-kind-centre = un centru
issuer-kind-college = un colegiu
issuer-kind-colleague = un coleg

## verify: verdicts, one per code

verdict-valid = Valabil: semnat de cineva în care aveți încredere, încă valabil, neretras.
verdict-self-declared = Spus doar de persoană: nimeni nu a semnat asta.
verdict-unknown-issuer = Semnat, dar nu de cineva în care aveți încredere.
verdict-expired = Expirat.
verdict-revoked = Retras de cel care l-a semnat.
verdict-tampered = Schimbat sau copiat: nu vă bazați pe el.
verdict-malformed = Acesta nu este un cod Carnet care poate fi citit.

## verify: reasons, one per code

reason-wrong-prefix = Textul nu începe cu CN1:, deci nu este un cod Carnet.
reason-bad-base45 = Textul are caractere pe care un cod Carnet nu le poate avea. Poate fi tăiat sau scris greșit.
reason-bad-zlib = Codul este tăiat sau deteriorat.
reason-too-large = Codul este mult prea mare pentru a fi un cod Carnet.
reason-bad-cose = Codul este deteriorat sau nu este un cod Carnet.
reason-unsupported-header = Codul folosește o semnătură pe care Carnet nu o cunoaște. Un Carnet mai nou o poate citi.
reason-bad-payload = Conținutul codului este deteriorat.
reason-holder-signature-invalid = Semnătura persoanei nu se potrivește: codul a fost schimbat.
reason-nonce-mismatch = Codul a fost făcut pentru altă cerere (numărul { $found }, nu { $expected }). Poate fi o copie.
reason-audience-mismatch = Codul a fost făcut pentru „{ $found }”, nu pentru „{ $expected }”.
reason-presentation-expired = Codul însuși a expirat pe { $exp }. Rugați persoana să facă unul nou.
reason-presentation-not-yet-valid = Codul spune că a fost făcut pe { $iat }, care încă nu a venit. Verificați ceasul acestui dispozitiv.
reason-endorsement-signature-invalid = Semnătura semnatarului nu se potrivește: abilitatea a fost schimbată.
reason-issuer-key-not-sent = Semnatarul este numit doar prin amprenta { $kid }, iar dumneavoastră nu îl cunoașteți.
reason-endorsement-expired = Semnătura abilității a expirat pe { $exp }.
reason-endorsement-not-yet-valid = Abilitatea spune că a fost semnată pe { $iat }, care încă nu a venit. Verificați ceasul acestui dispozitiv.
reason-issuer-unknown = „{ $name }” (amprenta cheii { $kid }) nu este în listele dumneavoastră de încredere. Oricine își poate da un nume.
reason-issuer-not-trusted-at-issue = Nimeni nu garanta pentru „{ $name }” (amprenta cheii { $kid }) în ziua în care a semnat.
reason-issuer-trusted = Semnatarul este în lista dumneavoastră de încredere (amprenta cheii { $kid }).
reason-issuer-claims-differ = Lista de încredere spune că acest semnatar este { $kind } în { $country }; semnătura spune altceva. Luați-vă după lista de încredere.
reason-revoked = Semnatarul a retras confirmarea numărul { $index }.
reason-no-revocation-list = Nu aveți de la acest semnatar o listă cu ce a retras.
reason-self-declared = Persoana spune asta; nimeni nu a semnat-o.

## verify: the rest of the report

verify-presentation = Arătat pentru etapa „{ $stage }”, făcut pe { $date }, de persoana cu cheia { $kid }.
verify-audience = Făcut pentru: { $audience }
verify-stage-recruitment = angajare
verify-stage-pre-departure = pregătirea plecării
verify-stage-arrival = sosire
verify-stage-career = muncă și formare
verify-stage-return = întoarcerea acasă
verify-endorsed-by = Semnat de { $name }, { $kind } în { $country }.
verify-endorsed-by-unchecked = Semnat de cineva care își spune „{ $name }”, { $kind } în { $country } (neverificat; amprenta cheii { $kid }).
verify-colleague-note = Acesta este cuvântul unui coleg: cineva care a lucrat alături de persoană, nu o școală sau un angajator.
verify-endorsed-on = Semnat pe { $date }; verificat prin { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Valabil până pe { $expires }.
}
verify-how-observation = observarea muncii
verify-how-test = un test
verify-how-document = un document
verify-how-interview = un interviu
verify-hidden = { $count ->
    [one] { $count } detaliu este ascuns de persoană.
    [few] { $count } detalii sunt ascunse de persoană.
   *[other] { $count } de detalii sunt ascunse de persoană.
}
verify-trust-age = { $days ->
    [0] Listă de încredere de azi.
    [one] Listă de încredere de acum { $days } zi ({ $date }).
    [few] Listă de încredere de acum { $days } zile ({ $date }).
   *[other] Listă de încredere de acum { $days } de zile ({ $date }).
}
verify-newer-code = Acest cod a fost făcut de un Carnet mai nou. Actualizați Carnet pentru a-l verifica.
verify-status-age = { $days ->
    [0] Lista confirmărilor retrase: de azi.
    [one] Lista confirmărilor retrase: de acum { $days } zi ({ $date }).
    [few] Lista confirmărilor retrase: de acum { $days } zile ({ $date }).
   *[other] Lista confirmărilor retrase: de acum { $days } de zile ({ $date }).
}
verify-field-kind = Ce:
verify-field-title = Titlu:
verify-field-esco = ESCO:
verify-field-entry-id = Înregistrare:
verify-field-level = Nivel:
verify-field-from = De la:
verify-field-to = Până la:
verify-field-country = Țară:
verify-field-context = Învățat:
verify-field-evidence = Dovadă (hash):
verify-field-eqf = Nivel EQF:
verify-entry-kind-skill = o abilitate
verify-entry-kind-qualification = o diplomă sau o calificare
verify-entry-kind-experience = experiență de muncă
verify-entry-kind-language = o limbă
verify-entry-kind-learning = un curs
verify-context-formal = la școală sau la colegiu
verify-context-non-formal = la un curs
verify-context-informal = la locul de muncă sau singur
verify-esco-skill = abilitate
verify-esco-occupation = meserie
verify-esco-qualification = calificare
