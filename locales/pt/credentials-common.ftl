# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library. $what and $expected only choose the sentence.

## Files and texts

error-credential-malformed = { $what ->
        [request] Este pedido está danificado, ou não é um pedido do Carnet. Peça-o outra vez.
        [credential] Este ficheiro de credencial está danificado, ou não é uma credencial do Carnet. Peça à pessoa que confirmou as suas entradas que o envie outra vez.
       *[other] Isto está danificado, ou não é um ficheiro do Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Isto não é um pedido do Carnet: é outro tipo de ficheiro do Carnet. Um pedido faz-se com carnet request.
        [credential] Isto não é uma credencial do Carnet: é outro tipo de ficheiro do Carnet. Verifique se escolheu o ficheiro que a pessoa que confirmou as suas entradas lhe deu.
       *[other] Isto é outro tipo de ficheiro do Carnet. Verifique se escolheu o ficheiro certo.
    }
error-credential-newer-version = { $what ->
        [request] Este pedido foi feito por um Carnet mais recente.
        [credential] Esta credencial foi feita por um Carnet mais recente.
        [text] Este código foi feito por um Carnet mais recente.
       *[other] Isto foi feito por um Carnet mais recente.
    } Atualize o Carnet e tente outra vez.
error-credential-invalid-field = Um valor não pode ser usado ({ $field }): é demasiado longo ou não está na forma certa. Nada foi escrito.
error-credential-entry-count = Um pedido tem de 1 a { $max } entradas, não { $found }. Para confirmar mais, faça dois pedidos.
error-credential-invalid-key = Isto não é uma chave pública válida. Verifique se foi copiada inteira.
error-credential-bad-signature = A assinatura desta credencial não corresponde: foi mudada ou danificada depois de ser assinada. Nada foi guardado. Peça outra vez o ficheiro.
error-credential-not-yours = Esta credencial foi feita para a caderneta de outra pessoa, não para a sua. Nada foi guardado. Confirme que recebeu o seu próprio ficheiro.
error-credential-no-such-entry = Não há nenhuma entrada { $index } nesta credencial.
error-credential-duplicate-entry = A entrada { $index } foi escolhida duas vezes.
error-credential-wrong-prefix = Este texto não é um código do Carnet: não começa por CN1: (competências a verificar) nem por CNR1: (um pedido de confirmação).
error-credential-base45 = O texto tem letras que um código do Carnet não pode ter. Pode estar cortado ou mal escrito.
error-credential-zlib = O código está cortado ou danificado.
error-credential-too-large = O código é demasiado grande para ser um código do Carnet.

## QR codes

error-qr-not-alphanumeric = O texto tem caracteres que um código QR do Carnet não pode ter. É um erro do Carnet; por favor, comunique-o.
error-qr-too-large = Isto é demasiado para um código QR: { $chars } caracteres, e um código QR que os telemóveis leem bem (versão { $version }, nível { $ec }) leva { $capacity }. Nada foi escrito. { $what ->
        [request] Peça menos entradas de cada vez, ou escreva o pedido num ficheiro terminado em .cbor.
       *[other] Escolha menos entradas, ou mostre menos partes com --fields.
    }
error-qr-bad-version = Esse tamanho de código QR não existe.
error-qr-bad-module-size = Esse tamanho de ponto não é possível.
error-qr-not-an-image = O ficheiro não é uma imagem que o Carnet consiga ler. Use PNG, JPEG ou WebP.
error-qr-image-too-large = A imagem é demasiado grande ({ $width } × { $height } píxeis). Faça-a mais pequena e tente outra vez.
error-qr-not-found = Não foi possível ler nenhum código QR na imagem. Tire uma fotografia mais nítida e mais perto, com o código inteiro.
error-qr-render-failed = Não foi possível fazer a imagem QR. É um erro do Carnet; por favor, comunique-o.
