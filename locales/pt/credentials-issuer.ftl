# Review status: machine-drafted, needs review by a native speaker.
# Credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Assinar as competências de outras pessoas, como formador, empregador, centro, escola ou colega.
cli-cmd-issuer-init = Fazer a sua chave de assinatura como emissor. Fica fechada com uma palavra-passe.
cli-cmd-issuer-show = Mostrar o seu nome de emissor, o tipo e a chave pública. Não precisa de palavra-passe.
cli-cmd-issuer-revoke = Retirar uma credencial que assinou, pelo seu número.
cli-cmd-issuer-status-list = Escrever a lista assinada das credenciais que retirou, para dar a quem verifica.
cli-cmd-endorse = Assinar um pedido que alguém lhe deu, e escrever a credencial a devolver.
cli-cmd-trust = Escolher em que assinaturas confia quando verifica um código QR.
cli-cmd-trust-anchor = Âncoras de confiança: as redes ou autoridades que se responsabilizam pelos emissores.
cli-cmd-trust-anchor-init = Fazer uma chave de assinatura como âncora de confiança, para se responsabilizar por emissores.
cli-cmd-trust-anchor-show = Mostrar o nome e a chave pública da sua âncora de confiança.
cli-cmd-trust-anchor-add = Confiar nas listas assinadas pela chave desta âncora de confiança.
cli-cmd-trust-bundle = Como âncora de confiança, assinar uma lista de emissores pelos quais se responsabiliza.
cli-cmd-trust-import = Acrescentar a partir de um ficheiro uma lista assinada de emissores de confiança.
cli-cmd-trust-list = Mostrar os emissores em que confia, e a idade de cada lista.
cli-cmd-revocation = Listas de credenciais que os emissores retiraram.
cli-cmd-revocation-import = Acrescentar a lista assinada de um emissor com as credenciais que retirou.
cli-cmd-verify = Verificar um código QR do Carnet: quem assinou cada competência, e se ainda é válida.

## Help: what to give

cli-arg-issuer-name = O seu nome ou o nome da sua organização, como as pessoas o devem ver.
cli-arg-issuer-country = O seu país, em duas letras, como KE ou PT.
cli-arg-issuer-kind = O que é: trainer (formador), employer (empregador), centre (centro), college (escola) ou colleague (colega).
cli-arg-revoke-index = O número da credencial a retirar.
cli-arg-cred-out = O ficheiro a escrever.
cli-arg-endorse-request = O pedido que a pessoa lhe deu: o ficheiro (request.cbor), uma imagem do seu código QR (PNG ou JPEG), ou um ficheiro de texto com o texto que começa por CNR1:
cli-arg-endorse-text = O texto do pedido, que começa por CNR1:, se a pessoa o enviou numa mensagem. Em vez de um ficheiro.
cli-arg-endorse-assessed-by = Como verificou a competência: observation, test, document ou interview.
cli-arg-endorse-expires = O último dia em que a credencial é válida, como 2027-05-14. Sem isto, não tem fim.
cli-arg-endorse-valid-days = Durante quantos dias a credencial é válida, a partir de hoje.
cli-arg-anchor-name = O nome da âncora de confiança, como as pessoas o devem ver.
cli-arg-anchor-key = A chave pública da âncora de confiança: 64 letras e algarismos.
cli-arg-bundle-issuer = O ficheiro de um emissor, de carnet issuer show --json. Indique-o uma vez por emissor.
cli-arg-trust-file = O ficheiro da lista de confiança (.cbor).
cli-arg-status-file = O ficheiro da lista do emissor (.cbor).
cli-arg-verify-image = Uma imagem do código QR: PNG, JPEG ou WebP.
cli-arg-verify-text = O texto do código QR, que começa por CN1:
cli-arg-verify-nonce = O número que pediu à pessoa para pôr no código (hex).
cli-arg-verify-audience = O nome que pediu à pessoa para pôr no código.

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

issuer-created = A sua chave de emissor para { $name } está pronta. Guarde bem a sua palavra-passe: sem ela não pode assinar.
issuer-label-name = Nome:
issuer-label-country = País:
issuer-label-kind = Tipo:
issuer-label-public-key = Chave pública:
issuer-label-kid = Impressão digital da chave:
issuer-label-issued = Números dados:
issuer-label-revoked = Retiradas:
issuer-revoked = A credencial número { $index } foi retirada.
issuer-already-revoked = A credencial número { $index } já tinha sido retirada.
issuer-revoked-next-step = Quem verifica só o sabe pela sua próxima lista: escreva-a com carnet issuer status-list --out list.cbor e depois dê-lhes o ficheiro.
issuer-status-list-written = { $count ->
    [one] A lista está em { $path }. Indica { $count } credencial retirada.
   *[other] A lista está em { $path }. Indica { $count } credenciais retiradas.
}

endorse-intro = { $count ->
    [one] Vai assinar { $count } entrada para a pessoa com a chave { $holder }:
   *[other] Vai assinar { $count } entradas para a pessoa com a chave { $holder }:
}
endorse-entry = { $title } ({ $kind }, nível { $level }, { $dates })
endorse-untitled = (sem título)
endorse-how-observation = Diz que a viu fazer isto.
endorse-how-test = Diz que a pessoa passou num teste.
endorse-how-document = Diz que verificou um documento.
endorse-how-interview = Diz que verificou isto numa entrevista.
endorse-expires-on = É válida até { $date }.
endorse-no-expiry = Não tem fim.
endorse-written = { $count ->
    [one] Assinado. Devolva { $path } à pessoa. O número é { $first }.
   *[other] Assinado. Devolva { $path } à pessoa. Os números vão de { $first } a { $last }.
}

trust-anchor-added = Agora confia nas listas assinadas por { $name } (impressão digital da chave { $kid }).
trust-bundle-written = { $count ->
    [one] A lista assinada de { $count } emissor está em { $path }.
   *[other] A lista assinada de { $count } emissores está em { $path }.
}
trust-imported = { $count ->
    [one] Acrescentada uma lista de confiança de { $count } emissor, feita em { $date }.
   *[other] Acrescentada uma lista de confiança de { $count } emissores, feita em { $date }.
}
trust-list-empty = Ainda não confia em nenhum emissor. Acrescente uma lista de confiança com carnet trust import.
trust-list-bundle = { $days ->
    [0] Lista de confiança de { $anchor }, feita hoje ({ $date }):
    [one] Lista de confiança de { $anchor }, feita há { $days } dia ({ $date }):
   *[other] Lista de confiança de { $anchor }, feita há { $days } dias ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, impressão digital da chave { $kid }
revocation-imported = { $count ->
    [one] Acrescentada a lista de { $name }, feita em { $date }: { $count } credencial retirada.
   *[other] Acrescentada a lista de { $name }, feita em { $date }: { $count } credenciais retiradas.
}

## Errors of these commands

error-issuer-exists = Já existe uma chave de emissor nesta pasta. Nada foi mudado.
error-no-issuer = Ainda não existe nenhuma chave de emissor nesta pasta. Faça uma com carnet issuer init.
error-issuer-damaged = A chave de emissor nesta pasta está danificada ou não corresponde aos seus dados. Reponha uma cópia de segurança.
error-anchor-exists = Já existe uma chave de âncora de confiança nesta pasta. Nada foi mudado.
error-no-anchor = Ainda não existe nenhuma chave de âncora de confiança nesta pasta. Faça uma com carnet trust anchor init.
error-anchor-damaged = A chave de âncora de confiança nesta pasta está danificada ou não corresponde aos seus dados. Reponha uma cópia de segurança.
error-identity-too-new = Esta chave foi feita por um Carnet mais recente. Atualize o Carnet para a usar.
error-storage-file = O Carnet não conseguiu escrever ou ler { $path }. Verifique se há espaço e se pode escrever aí. (Para quem ajuda: { $reason })
error-file-too-big = { $path } é demasiado grande para ser um ficheiro do Carnet.
error-issuer-kind = “{ $value }” não é um tipo de emissor. Escreva trainer, employer, centre, college ou colleague.
error-assessed-by = “{ $value }” não é uma forma de verificar. Escreva observation, test, document ou interview.
error-expires-date = “{ $value }” não é um dia. Escreva-o como ano-mês-dia, como 2027-05-14.
error-expires-past = O dia de fim tem de ser depois de hoje.
error-issuer-indexes-used-up = Esta chave de emissor já deu todos os seus números. Faça uma chave de emissor nova.
error-revoke-not-issued = Não assinou nenhuma credencial com o número { $index }. Os seus números vão de 0 até abaixo de { $next }.
error-anchor-name = O nome tem de ter de 1 a 100 caracteres.
error-anchor-known = Já confia nesta âncora de confiança (impressão digital da chave { $kid }).
error-issuer-file = { $path } não é o ficheiro de um emissor. Peça ao emissor o resultado de carnet issuer show --json.
error-trust-bundle-not-newer = Já tem esta lista de confiança ou uma mais recente da mesma âncora de confiança. Nada foi mudado.
error-status-list-not-newer = Já tem uma lista mais recente deste emissor. Nada foi mudado.
error-status-list-issuer-unknown = Esta lista é de um emissor em que ainda não confia (impressão digital da chave { $kid }). Primeiro importe uma lista de confiança que o indique.
error-verifier-damaged = As suas listas de confiança guardadas estão danificadas ou foram mudadas. Importe-as outra vez.
error-verify-nonce = “{ $value }” não é um número em hex, como 3fa9.
error-verify-got-request = Isto é um pedido para confirmar as entradas de alguém (o texto começa por CNR1:), não um código que mostra competências. Nada foi verificado. A pessoa que confirma assina-o com: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Isto é um código que mostra as competências de alguém (o texto começa por CN1:), não um pedido para as confirmar. Nada foi assinado. Para o verificar, escreva: carnet verify PICTURE, ou carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = A lista de confiança está danificada ou não é uma lista de confiança.
error-trust-bundle-wrong-file = Isto é outro tipo de ficheiro do Carnet, não uma lista de confiança.
error-trust-bundle-newer-version = Esta lista de confiança foi feita por um Carnet mais recente. Atualize o Carnet para a ler.
error-trust-bundle-unknown-anchor = Esta lista de confiança está assinada por uma âncora de confiança em que não confia (impressão digital da chave { $kid }). Primeiro acrescente-a com carnet trust anchor add, se a conhecer.
error-trust-bundle-bad-signature = A assinatura desta lista de confiança não corresponde. O ficheiro foi mudado ou danificado.
error-trust-bundle-invalid = Um valor da lista de confiança não pode ser usado ({ $field }).
error-trust-bundle-too-large = A lista de confiança é demasiado grande.
error-status-list-malformed = A lista está danificada ou não é uma lista de credenciais retiradas.
error-status-list-wrong-file = Isto é outro tipo de ficheiro do Carnet, não uma lista de credenciais retiradas.
error-status-list-newer-version = Esta lista foi feita por um Carnet mais recente. Atualize o Carnet para a ler.
error-status-list-wrong-issuer = Esta lista pertence a outro emissor ({ $found }, não { $expected }).
error-status-list-bad-signature = A assinatura desta lista não corresponde. O ficheiro foi mudado ou danificado.
error-status-list-invalid = Um valor da lista não pode ser usado ({ $field }).
error-status-list-too-large = A lista é demasiado grande.
