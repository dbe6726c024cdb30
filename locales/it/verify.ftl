# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = un formatore
issuer-kind-employer = un datore di lavoro
issuer-kind-centre = un centro
issuer-kind-college = una scuola
issuer-kind-colleague = un collega

## verify: verdicts, one per code

verdict-valid = Valido: firmato da un emittente di cui ti fidi, ancora in corso, non ritirato.
verdict-self-declared = Detto solo dalla persona: nessuno l'ha firmato.
verdict-unknown-issuer = Firmato, ma non da un emittente di cui ti fidi.
verdict-expired = Scaduto.
verdict-revoked = Ritirato dall'emittente che l'ha firmato.
verdict-tampered = Cambiato o copiato: non fidarti.
verdict-malformed = Questo non è un codice di Carnet che si può leggere.

## verify: reasons, one per code

reason-wrong-prefix = Il testo non comincia con CN1:, quindi non è un codice di Carnet.
reason-bad-base45 = Il testo ha lettere che un codice di Carnet non può avere. Forse è tagliato o scritto male.
reason-bad-zlib = Il codice è tagliato o danneggiato.
reason-too-large = Il codice è troppo grande per essere un codice di Carnet.
reason-bad-cose = Il codice è danneggiato o non è un codice di Carnet.
reason-unsupported-header = Il codice usa una firma che Carnet non conosce. Un Carnet più recente forse sa leggerlo.
reason-bad-payload = Il contenuto del codice è danneggiato.
reason-holder-signature-invalid = La firma della persona non corrisponde: il codice è stato cambiato.
reason-nonce-mismatch = Il codice è stato fatto per un'altra richiesta (numero { $found }, non { $expected }). Forse è una copia.
reason-audience-mismatch = Il codice è stato fatto per “{ $found }”, non per “{ $expected }”.
reason-presentation-expired = Il codice stesso è scaduto il { $exp }. Chiedi alla persona di crearne uno nuovo.
reason-presentation-not-yet-valid = Il codice dice di essere stato fatto il { $iat }, una data che non è ancora arrivata. Controlla l'orologio di questo dispositivo.
reason-endorsement-signature-invalid = La firma dell'emittente non corrisponde: la competenza è stata cambiata.
reason-issuer-key-not-sent = L'emittente è indicato solo con l'impronta { $kid }, e tu non la conosci.
reason-endorsement-expired = La firma della competenza è scaduta il { $exp }.
reason-endorsement-not-yet-valid = La competenza dice di essere stata firmata il { $iat }, una data che non è ancora arrivata. Controlla l'orologio di questo dispositivo.
reason-issuer-unknown = “{ $name }” (impronta della chiave { $kid }) non è nelle tue liste di fiducia. Chiunque può darsi un nome.
reason-issuer-not-trusted-at-issue = Nessuno garantiva per “{ $name }” (impronta della chiave { $kid }) il giorno in cui ha firmato.
reason-issuer-trusted = L'emittente è nella tua lista di fiducia (impronta della chiave { $kid }).
reason-issuer-claims-differ = La tua lista di fiducia dice che questo emittente è { $kind } in { $country }; la firma dice altro. Segui la lista di fiducia.
reason-revoked = L'emittente ha ritirato l'attestato numero { $index }.
reason-no-revocation-list = Non hai una lista di questo emittente con quello che ha ritirato.
reason-self-declared = La persona dice questo; nessuno l'ha firmato.

## verify: the rest of the report

verify-presentation = Mostrato per { $stage }, creato il { $date }, dalla persona con la chiave { $kid }.
verify-audience = Creato per: { $audience }
verify-stage-recruitment = selezione
verify-stage-pre-departure = preparazione alla partenza
verify-stage-arrival = arrivo
verify-stage-career = lavoro e formazione
verify-stage-return = ritorno a casa
verify-endorsed-by = Firmato da { $name }, { $kind } in { $country }.
verify-endorsed-by-unchecked = Firmato da qualcuno che si fa chiamare “{ $name }”, { $kind } in { $country } (non verificato; impronta della chiave { $kid }).
verify-colleague-note = Questa è la parola di un collega: qualcuno che ha lavorato accanto alla persona, non una scuola o un datore di lavoro.
verify-endorsed-on = Firmato il { $date }; verificato con { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Vale fino al { $expires }.
}
verify-how-observation = l'osservazione del lavoro
verify-how-test = una prova
verify-how-document = un documento
verify-how-interview = un colloquio
verify-hidden = { $count ->
    [one] 1 dettaglio è nascosto dalla persona.
   *[other] { $count } dettagli sono nascosti dalla persona.
}
verify-trust-age = { $days ->
    [0] Lista di fiducia di oggi.
    [one] Lista di fiducia di 1 giorno fa ({ $date }).
   *[other] Lista di fiducia di { $days } giorni fa ({ $date }).
}
verify-newer-code = Questo codice è stato fatto da un Carnet più recente. Aggiorna Carnet per verificarlo.
verify-status-age = { $days ->
    [0] Lista degli attestati ritirati: di oggi.
    [one] Lista degli attestati ritirati: di 1 giorno fa ({ $date }).
   *[other] Lista degli attestati ritirati: di { $days } giorni fa ({ $date }).
}
verify-field-kind = Cosa:
verify-field-title = Titolo:
verify-field-esco = ESCO:
verify-field-entry-id = Voce:
verify-field-level = Livello:
verify-field-from = Dal:
verify-field-to = Al:
verify-field-country = Paese:
verify-field-context = Imparato:
verify-field-evidence = Prova (hash):
verify-field-eqf = Livello EQF:
verify-entry-kind-skill = una competenza
verify-entry-kind-qualification = un diploma o titolo di studio
verify-entry-kind-experience = esperienza di lavoro
verify-entry-kind-language = una lingua
verify-entry-kind-learning = un corso
verify-context-formal = a scuola o all'università
verify-context-non-formal = in un corso
verify-context-informal = sul lavoro o da solo
verify-esco-skill = competenza
verify-esco-occupation = professione
verify-esco-qualification = titolo di studio
