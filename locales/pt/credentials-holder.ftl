# Review status: machine-drafted, needs review by a native speaker.
# Credential commands a holder uses: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Fazer um ficheiro que pede a um formador, empregador ou centro que confirme entradas.
    .long = Fazer um pedido a um formador, empregador, centro, escola ou colega para confirmar algumas das suas entradas: um ficheiro, um código QR (um nome terminado em .png ou .svg) para mostrar no telemóvel ou imprimir, ou com --text um texto para enviar numa mensagem. Dê-lho. Eles assinam-no e devolvem-lhe um ficheiro de credencial, que guarda com: carnet receive
cli-cmd-holder-receive = Guardar uma credencial que um formador, empregador ou centro assinou por si.
cli-cmd-holder-credentials = Listar as credenciais que guarda, entrada a entrada. Também: carnet wallet
cli-cmd-holder-present = Mostrar entradas escolhidas num só código QR que qualquer pessoa pode verificar sem internet.
    .long = Mostrar entradas escolhidas num só código QR que qualquer pessoa pode verificar sem internet. As entradas confirmadas aparecem com quem as confirmou; as entradas indicadas com --self-declared aparecem como ditas só por si. No ecrã, o código funciona durante 24 horas; com --print, durante 5 anos.
cli-cmd-holder-export = Escrever uma entrada confirmada como W3C Verifiable Credential (Open Badges 3.0) para outras aplicações.
    .long = Escrever uma entrada confirmada como W3C Verifiable Credential 2.0 (um emblema Open Badges 3.0), assinada pela pessoa que a confirmou, para que outras carteiras e aplicações a possam verificar. Sem --out, é escrita no ecrã.

## Help: arguments

cli-arg-holder-request-ids = As entradas a confirmar: os seus ids, ou os primeiros 4 ou mais caracteres de cada um. Para ver os ids, escreva: carnet list
cli-arg-holder-request-out = Onde escrever o pedido: um nome terminado em .png ou .svg faz uma imagem de código QR; qualquer outro nome, como request.cbor, um ficheiro.
cli-arg-holder-request-text = Escrever no ecrã o texto do pedido (começa por CNR1:), para o enviar numa mensagem.
cli-arg-holder-receive-file = O ficheiro de credencial que lhe deram, por exemplo credential.cbor.
cli-arg-holder-present-select = Entradas confirmadas a mostrar: os seus ids, ou os primeiros 4 ou mais caracteres de cada um.
cli-arg-holder-present-fields = Mostrar só estas partes de cada entrada, separadas por vírgulas, por exemplo title,level. As outras ficam escondidas. As partes são: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Sem isto, tudo é mostrado.
cli-arg-holder-present-self-declared = Entradas a mostrar como ditas só por si, não confirmadas por ninguém.
cli-arg-holder-present-stage = Para que o mostra: recruitment, pre-departure, arrival, career ou return. Sem isto: recruitment.
cli-arg-holder-present-audience = A quem o mostra, se lhe pediram que o nomeasse, por exemplo o nome de uma agência.
cli-arg-holder-present-nonce = O código que a pessoa que verifica lhe deu, se deu algum (letras 0-9 e a-f).
cli-arg-holder-present-print = Fazer para papel: o código resiste melhor a riscos e dobras, e funciona durante 5 anos em vez de 24 horas.
cli-arg-holder-present-out = A imagem a escrever: um nome terminado em .png ou .svg.
cli-arg-holder-present-text = Escrever também o texto que está dentro do código QR, para o enviar numa mensagem.
cli-arg-holder-export-id = A entrada confirmada: o seu id, ou os primeiros 4 ou mais caracteres dele.
cli-arg-holder-export-format = O formato a escrever. Só: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Escrever como token assinado (VC-JWT) em vez de JSON com uma prova.
cli-arg-holder-export-out = O ficheiro a escrever, por exemplo badge.json ou badge.jwt.

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
        [one] Este pedido pede para confirmar { $count } entrada.
       *[other] Este pedido pede para confirmar { $count } entradas.
    } A pessoa que confirma vai ver estas partes de cada uma:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Pedido escrito em { $path }.
holder-request-next = Dê o ficheiro à pessoa que confirma. Quando ela lhe devolver um ficheiro de credencial, escreva: carnet receive FILE
holder-receive-done = Guardado: confirmado por { $issuer }, { $kind }, { $country }. Como verificou: { $assessed }.
holder-validity-until = Emitido em { $issued }. Válido até { $expires }.
holder-validity-open = Emitido em { $issued }. Sem data de fim.
holder-wallet-empty = Ainda não tem credenciais. Para pedir uma, escreva: carnet request ID --out request.cbor
holder-wallet-damaged = Uma credencial que já não pode ser lida. Peça uma nova à pessoa que a deu.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): emitida em { $issued }, válida até { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): emitida em { $issued }, sem data de fim
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): emitida em { $issued }, terminou em { $expires }
holder-present-nothing = Diga o que mostrar: --select ID para entradas confirmadas, --self-declared ID para as outras.
holder-present-done = Código QR escrito em { $path }: { $endorsed } confirmadas, { $declared } ditas por si.
holder-present-size = Tamanho: QR versão { $version }, nível { $ec }, { $chars } caracteres.
holder-present-expires = Pode ser verificado até { $when } ({ $hours } horas).
holder-present-by-kid = Para caber, os emissores são indicados por uma impressão digital curta. Quem verifica só vê quem são se a sua lista de emissores de confiança os tiver.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = um formador
holder-issuer-kind-employer = um empregador
holder-issuer-kind-centre = um centro
holder-issuer-kind-college = uma escola
holder-issuer-kind-colleague = um colega (uma pessoa que trabalhou consigo, não uma organização)

## How they checked

holder-assessed-observation = viu-o a trabalhar
holder-assessed-test = um teste
holder-assessed-document = verificou um documento
holder-assessed-interview = uma entrevista

## Errors

error-holder-no-key = Esta caderneta não tem chave para assinar credenciais. Nada foi mudado. Por favor, comunique este problema.
error-holder-write-file = Não foi possível escrever o ficheiro { $path }: { $reason }. Verifique se a pasta existe e se há espaço livre, e tente outra vez.
error-holder-entry-unfit = A entrada "{ $title }" não pode ir para uma credencial: o seu campo { $field } é demasiado longo ou não está na forma certa. Altere-o com carnet edit e tente outra vez.
error-holder-unknown-field = "{ $value }" não é uma parte de uma entrada que possa ser mostrada. As partes são: { $known }.
error-holder-credential-no-entries = A credencial { $path } não diz qual das suas entradas confirma. Nada foi guardado. Peça uma nova, feita a partir de um ficheiro de pedido: carnet request
error-holder-credential-entry-gone = A credencial { $path } confirma uma entrada que já não está na sua caderneta ({ $id }). Nada foi guardado. Se a apagou neste aparelho, acrescente-a a partir de uma cópia da caderneta e tente outra vez.
error-holder-credential-damaged = A credencial da entrada "{ $title }" já não pode ser lida. Peça uma nova à pessoa que a confirmou.
error-holder-not-endorsed = A entrada "{ $title }" ainda não foi confirmada por ninguém. Mostre-a com --self-declared, ou peça uma confirmação: carnet request
error-holder-selected-twice = A entrada "{ $title }" foi indicada com --select e também com --self-declared. Indique-a uma só vez.
error-holder-bad-stage = "{ $value }" não é uma etapa. As etapas são: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = O destinatário tem de ter de 1 a 100 caracteres, numa só linha.
error-holder-bad-nonce = "{ $value }" não é um código da pessoa que verifica: tem de ter de 2 a 128 letras 0-9 e a-f.
error-holder-bad-out = A imagem { $path } tem de ter um nome terminado em .png ou .svg.
error-holder-no-vc = A confirmação de "{ $title }" por { $issuer } foi feita antes de o Carnet a poder escrever como credencial W3C, e só essa pessoa pode assinar uma. Peça-lhe que a confirme outra vez: faça um pedido novo (carnet request ID --out request.cbor), dê-lho e guarde o ficheiro que ela devolver (carnet receive FILE).
