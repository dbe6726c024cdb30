# Review status: machine-drafted, needs review by a native speaker.
# The app's trust lists screen: trusted networks, their trust lists, lists of endorsements taken back.

## The screen

app-trust-open = Listas de confiança
app-trust-title = Listas de confiança
app-trust-intro = Uma lista de confiança vem de uma rede que conhece, por exemplo um grupo de centros de formação. Indica as escolas, centros e empregadores pelos quais a rede se responsabiliza. Um código assinado por um deles aparece como verificado.
app-trust-warning = Só confie numa rede cuja chave recebeu da própria rede: pessoalmente, num papel dela, ou no site dela. Quem conseguir pôr aqui uma chave pode fazer códigos falsos parecerem verificados.

## What is held

app-trust-held = Em quem este aparelho confia
app-trust-none = Este aparelho ainda não confia em nenhuma rede. Os códigos assinados mostram “Assinado, mas não por um emissor em quem confia”.
app-trust-kid = Impressão digital da chave: { $kid }
app-trust-no-list = Ainda não há lista de confiança desta rede. Acrescente o ficheiro dela abaixo.
app-trust-list-line = Lista de confiança de { $date } ({ $days ->
    [0] de hoje
    [one] com { $days } dia
   *[other] com { $days } dias
}): { $count ->
    [one] { $count } local
   *[other] { $count } locais
}
app-trust-status-held = Confirmações retiradas
app-trust-status-line = { $name }: lista de { $date } ({ $days ->
    [0] de hoje
    [one] com { $days } dia
   *[other] com { $days } dias
}), { $count ->
    [0] nada retirado
    [one] { $count } retirada
   *[other] { $count } retiradas
}

## Stop trusting a network

app-trust-remove = Deixar de confiar
app-trust-remove-confirm = Deixar de confiar em { $name }? Os códigos assinados pelos locais da lista dela deixam de aparecer como verificados. Pode acrescentar a rede outra vez mais tarde.
app-trust-remove-yes = Sim, deixar de confiar
app-trust-removed = Já não confia em { $name }.

## Trust a network

app-trust-add-title = Confiar numa rede
app-trust-add-hint = Escreva ou cole a chave e o nome da rede, ou abra o ficheiro que a rede lhe deu.
app-trust-key = A chave da rede (64 letras e algarismos)
app-trust-name = O nome da rede
app-trust-from-file = Abrir o ficheiro da chave da rede
app-trust-add = Confiar nesta rede
app-trust-added = Agora confia em { $name }. Agora acrescente a lista de confiança dela.

## Files

app-trust-bundle-title = Acrescentar uma lista de confiança
app-trust-bundle-hint = Um ficheiro terminado em .cbor que a rede lhe deu. Um mais recente substitui o mais antigo.
app-trust-bundle-open = Abrir um ficheiro de lista de confiança
app-trust-bundle-done = Lista de confiança de { $name } acrescentada ({ $date }): { $count ->
    [one] { $count } local
   *[other] { $count } locais
}.
app-trust-status-title = Acrescentar uma lista de confirmações retiradas
app-trust-status-hint = Uma escola ou um centro pode retirar uma confirmação que fez por engano. A lista deles diz a este aparelho quais são.
app-trust-status-open = Abrir um ficheiro de lista
app-trust-status-done = Lista de { $name } acrescentada ({ $date }): { $count ->
    [0] nada retirado
    [one] { $count } confirmação retirada
   *[other] { $count } confirmações retiradas
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Este ficheiro não é o ficheiro da chave de uma rede. Abra o ficheiro que a rede lhe deu, ou escreva a chave.
error-app-anchor-invalid-key = Isto não é a chave de uma rede. Uma chave tem exatamente 64 letras (de a a f) e algarismos. Verifique se foi copiada inteira.
error-app-anchor-name = Dê à rede um nome de 1 a 100 letras.
error-app-anchor-known = Já confia nesta rede (impressão digital da chave { $kid }). Nada foi mudado.
error-app-trust-bundle-malformed = Este ficheiro não é uma lista de confiança, ou está danificado. Nada foi mudado.
error-app-trust-bundle-wrong-file = Isto é outro tipo de ficheiro do Carnet, não uma lista de confiança. Nada foi mudado.
error-app-trust-bundle-newer-version = Esta lista de confiança foi feita por um Carnet mais recente. Atualize o Carnet para a ler.
error-app-trust-bundle-unknown-anchor = Esta lista de confiança vem de uma rede em que não confia (impressão digital da chave { $kid }). Primeiro confie na rede, depois acrescente outra vez a lista dela.
error-app-trust-bundle-bad-signature = A assinatura desta lista de confiança não corresponde: o ficheiro foi mudado ou danificado. Nada foi mudado. Peça outra vez o ficheiro à rede.
error-app-trust-bundle-invalid = Esta lista de confiança não pode ser usada. Nada foi mudado. Peça outra vez o ficheiro à rede.
error-app-trust-bundle-too-large = Este ficheiro é demasiado grande para ser uma lista de confiança. Nada foi mudado.
error-app-trust-bundle-not-newer = Já tem esta lista de confiança ou uma mais recente da mesma rede. Nada foi mudado.
error-app-status-list-malformed = Este ficheiro não é uma lista de confirmações retiradas, ou está danificado. Nada foi mudado.
error-app-status-list-wrong-file = Isto é outro tipo de ficheiro do Carnet, não uma lista de confirmações retiradas. Nada foi mudado.
error-app-status-list-newer-version = Esta lista foi feita por um Carnet mais recente. Atualize o Carnet para a ler.
error-app-status-list-wrong-issuer = Esta lista pertence a outro signatário ({ $found }, não { $expected }). Nada foi mudado.
error-app-status-list-bad-signature = A assinatura desta lista não corresponde: o ficheiro foi mudado ou danificado. Nada foi mudado.
error-app-status-list-invalid = Esta lista não pode ser usada. Nada foi mudado. Peça outra vez o ficheiro.
error-app-status-list-too-large = Este ficheiro é demasiado grande para ser uma lista de confirmações retiradas. Nada foi mudado.
error-app-status-list-issuer-unknown = Esta lista vem de um signatário que nenhuma das suas listas de confiança indica (impressão digital da chave { $kid }). Primeiro acrescente a lista de confiança que o indica.
error-app-status-list-not-newer = Já tem uma lista mais recente deste signatário. Nada foi mudado.
error-app-verifier-write = O Carnet não conseguiu guardar o ficheiro em { $path }. Verifique se o aparelho tem espaço. (Para quem ajuda: { $reason })
