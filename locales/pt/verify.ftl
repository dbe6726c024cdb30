# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = um formador
issuer-kind-employer = um empregador
issuer-kind-centre = um centro
issuer-kind-college = uma escola
issuer-kind-colleague = um colega

## verify: verdicts, one per code

verdict-valid = Válido: assinado por um emissor em quem confia, ainda em vigor, não retirado.
verdict-self-declared = Dito só pela pessoa: ninguém assinou isto.
verdict-unknown-issuer = Assinado, mas não por um emissor em quem confia.
verdict-expired = Fora de prazo.
verdict-revoked = Retirado pelo emissor que o assinou.
verdict-tampered = Mudado ou copiado: não confie nisto.
verdict-malformed = Isto não é um código do Carnet que possa ser lido.

## verify: reasons, one per code

reason-wrong-prefix = O texto não começa por CN1:, por isso não é um código do Carnet.
reason-bad-base45 = O texto tem letras que um código do Carnet não pode ter. Pode estar cortado ou mal escrito.
reason-bad-zlib = O código está cortado ou danificado.
reason-too-large = O código é demasiado grande para ser um código do Carnet.
reason-bad-cose = O código está danificado ou não é um código do Carnet.
reason-unsupported-header = O código usa uma assinatura que o Carnet não conhece. Um Carnet mais recente talvez o consiga ler.
reason-bad-payload = O conteúdo do código está danificado.
reason-holder-signature-invalid = A assinatura da pessoa não corresponde: o código foi mudado.
reason-nonce-mismatch = O código foi feito para outro pedido (número { $found }, não { $expected }). Pode ser uma cópia.
reason-audience-mismatch = O código foi feito para “{ $found }”, não para “{ $expected }”.
reason-presentation-expired = O próprio código terminou em { $exp }. Peça à pessoa que faça um novo.
reason-presentation-not-yet-valid = O código diz que foi feito em { $iat }, uma data que ainda não chegou. Verifique o relógio deste aparelho.
reason-endorsement-signature-invalid = A assinatura do emissor não corresponde: a competência foi mudada.
reason-issuer-key-not-sent = O emissor só é indicado pela impressão digital { $kid }, e não a conhece.
reason-endorsement-expired = A assinatura da competência terminou em { $exp }.
reason-endorsement-not-yet-valid = A competência diz que foi assinada em { $iat }, uma data que ainda não chegou. Verifique o relógio deste aparelho.
reason-issuer-unknown = “{ $name }” (impressão digital da chave { $kid }) não está nas suas listas de confiança. Qualquer pessoa pode dar-se um nome.
reason-issuer-not-trusted-at-issue = “{ $name }” (impressão digital da chave { $kid }) não tinha garantia de confiança no dia em que assinou.
reason-issuer-trusted = O emissor está na sua lista de confiança (impressão digital da chave { $kid }).
reason-issuer-claims-differ = A sua lista de confiança diz que este emissor é { $kind } em { $country }; a assinatura diz outra coisa. Siga a lista de confiança.
reason-revoked = O emissor retirou a credencial número { $index }.
reason-no-revocation-list = Não tem nenhuma lista deste emissor com o que ele retirou.
reason-self-declared = A pessoa diz isto; ninguém o assinou.

## verify: the rest of the report

verify-presentation = Mostrado para { $stage }, feito em { $date }, pela pessoa com a chave { $kid }.
verify-audience = Feito para: { $audience }
verify-stage-recruitment = recrutamento
verify-stage-pre-departure = preparar a partida
verify-stage-arrival = chegada
verify-stage-career = trabalho e formação
verify-stage-return = regresso a casa
verify-endorsed-by = Assinado por { $name }, { $kind } em { $country }.
verify-endorsed-by-unchecked = Assinado por alguém que se chama a si próprio “{ $name }”, { $kind } em { $country } (não verificado; impressão digital da chave { $kid }).
verify-colleague-note = Isto é a palavra de um colega: alguém que trabalhou ao lado da pessoa, não uma escola nem um empregador.
verify-endorsed-on = Assinado em { $date }; verificado por meio de { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Válido até { $expires }.
}
verify-how-observation = observação do trabalho
verify-how-test = um teste
verify-how-document = um documento
verify-how-interview = uma entrevista
verify-hidden = { $count ->
    [one] { $count } detalhe escondido pela pessoa.
   *[other] { $count } detalhes escondidos pela pessoa.
}
verify-trust-age = { $days ->
    [0] Lista de confiança de hoje.
    [one] Lista de confiança de há { $days } dia ({ $date }).
   *[other] Lista de confiança de há { $days } dias ({ $date }).
}
verify-newer-code = Este código foi feito por um Carnet mais recente. Atualize o Carnet para o verificar.
verify-status-age = { $days ->
    [0] Lista de credenciais retiradas: de hoje.
    [one] Lista de credenciais retiradas: de há { $days } dia ({ $date }).
   *[other] Lista de credenciais retiradas: de há { $days } dias ({ $date }).
}
verify-field-kind = O quê:
verify-field-title = Título:
verify-field-esco = ESCO:
verify-field-entry-id = Entrada:
verify-field-level = Nível:
verify-field-from = De:
verify-field-to = Até:
verify-field-country = País:
verify-field-context = Aprendido:
verify-field-evidence = Prova (hash):
verify-field-eqf = Nível EQF:
verify-entry-kind-skill = uma competência
verify-entry-kind-qualification = um diploma ou qualificação
verify-entry-kind-experience = experiência de trabalho
verify-entry-kind-language = uma língua
verify-entry-kind-learning = um curso
verify-context-formal = na escola ou num instituto
verify-context-non-formal = num curso
verify-context-informal = no trabalho ou sozinho
verify-esco-skill = competência
verify-esco-occupation = profissão
verify-esco-qualification = qualificação
