# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements (wallet), showing a QR code, checking a code.

## Moving around

app-wallet = As minhas confirmações
app-present = Mostrar as minhas competências
app-verify = Verificar um código

## Wallet

app-wallet-title = As minhas confirmações
app-wallet-intro = Estas são as competências que alguém assinou por si. Pode mostrá-las com um código QR.
app-wallet-empty = Ainda ninguém assinou uma competência por si. Peça a um formador, a um empregador ou a um centro que confirme o que sabe fazer.
app-wallet-by = Assinado por { $name } ({ $kind }, { $country })
app-wallet-issued = Assinado em { $date }
app-wallet-expires = Válido até { $date }
app-wallet-expired = Terminou em { $date }
app-wallet-no-expiry = Não tem fim
app-wallet-damaged = Esta confirmação está danificada e não pode ser mostrada. Peça uma nova à pessoa que a assinou.
app-standing-valid = Verificado: assinado por alguém da sua lista de confiança
app-standing-unknown-issuer = Assinado, mas quem assinou não está na sua lista de confiança
app-standing-expired = Fora de prazo
app-standing-revoked = Retirado por quem assinou
app-standing-malformed = Danificado

## Present: choosing what to show

app-present-title = Mostrar as minhas competências
app-present-endorsed = Assinado por alguém
app-present-self = Dito só por mim
app-present-self-hint = Quem verifica vê isto como palavra sua, não como assinado.
app-present-details = O que mostrar de cada um
app-present-details-all = Tudo
app-present-details-short = Só o nome e o nível
app-present-stage = Para quem é?
app-present-print = Para imprimir em papel (válido 5 anos)
app-present-make = Mostrar código QR
app-present-none = Escolha pelo menos uma coisa para mostrar.
app-present-nothing-yet = A sua caderneta está vazia. Primeiro acrescente alguma coisa.

## Present: the QR code

app-qr-title = Deixe ler este código
app-qr-expires = Este código funciona até { $date }.
app-qr-preview = O que a pessoa que verifica vai ver
app-qr-preview-hide = Esconder o que a pessoa que verifica vê
app-qr-done = Feito
app-qr-preview-note = Isto é o que vai ver uma pessoa que verifica com as mesmas listas de confiança que este telemóvel.

## Verify

app-verify-title = Verificar um código
app-verify-intro = Tire ou escolha uma fotografia de um código QR do Carnet. Nada é enviado: a verificação é feita neste aparelho.
app-verify-picture = Tirar ou escolher uma fotografia
app-verify-text = Ou cole o texto do código (começa por CN1:)
app-verify-check = Verificar
app-verify-checking = A verificar…
app-verify-again = Verificar outro código

## The verdict

app-verdict-title = Resultado
app-verdict-made = Feito para { $stage } em { $date }.
app-verdict-expires = O código funciona até { $date }.
app-verdict-newer = Este código foi feito por um Carnet mais recente. Atualize o Carnet para o verificar.
app-item-endorsed = Assinado
app-item-self = Palavra da própria pessoa
app-item-assessed = Verificado por { $how }
app-item-hidden = { $count ->
    [one] { $count } detalhe escondido pela pessoa.
   *[other] { $count } detalhes escondidos pela pessoa.
}

## Errors of these screens

error-wallet-no-key = Esta caderneta não tem chave para assinar. Nada foi mostrado. Por favor, comunique este problema.
error-wallet-not-endorsed = “{ $title }” ainda não foi assinado por ninguém. Mostre-o como “dito só por mim”, ou peça a alguém que o confirme.
error-wallet-credential-damaged = A confirmação de “{ $title }” está danificada. Mostre-a como “dito só por mim”, ou peça uma nova.
error-wallet-entry-unfit = “{ $title }” não pode entrar num código: o seu campo { $field } é demasiado longo ou não está na forma certa. Altere a entrada e tente outra vez.
error-wallet-selected-twice = “{ $title }” foi escolhido duas vezes. Escolha-o uma vez.
error-wallet-nothing-chosen = Escolha pelo menos uma coisa para mostrar.
error-wallet-too-large = Isto é demasiado para um código QR ({ $chars } caracteres). Escolha menos coisas, ou mostre só o nome e o nível.
error-wallet-credential = Não foi possível fazer o código. Nada foi mostrado. Por favor, comunique este problema. (Para quem ajuda: { $reason })
error-wallet-no-code = Não foi encontrado nenhum código QR do Carnet nesta imagem. Tire a fotografia outra vez, mais perto e mais nítida, com o código inteiro.
error-wallet-not-a-picture = Este ficheiro não é uma imagem que o Carnet consiga ler. Use uma fotografia (JPEG ou PNG).
error-wallet-picture-too-large = A imagem é demasiado grande ({ $width } × { $height } píxeis). Tire uma mais pequena e tente outra vez.
error-wallet-got-request = Isto é um pedido para assinar as competências de alguém, não um código que mostra competências. Nada foi verificado.
error-wallet-trust-damaged = As suas listas de confiança estão danificadas ou foram mudadas. Importe-as outra vez. Até lá, nenhum signatário conta como de confiança.
error-wallet-trust-unreadable = O Carnet não conseguiu ler as suas listas de confiança em { $path }. Verifique se o aparelho tem espaço. (Para quem ajuda: { $reason })
error-wallet-not-yours = Esta confirmação foi feita para a caderneta de outra pessoa, não para a sua. Nada foi guardado. Confirme que recebeu o seu próprio ficheiro.
error-wallet-bad-signature = A assinatura deste ficheiro não corresponde: foi mudado ou danificado. Nada foi guardado. Peça outra vez o ficheiro.
error-wallet-not-a-credential = Este ficheiro não é uma confirmação assinada do Carnet. Nada foi guardado. Peça à pessoa que assinou o ficheiro que ela fez.
error-wallet-too-many = Peça no máximo { $max } coisas de cada vez. Escolha menos.
error-wallet-not-from-request = Esta confirmação não diz qual das suas entradas confirma. Nada foi guardado. Peça uma nova, feita a partir do seu código de pedido.
error-wallet-entry-gone = Esta confirmação confirma uma entrada que já não está na sua caderneta. Nada foi guardado. Se a apagou, acrescente-a outra vez a partir de uma cópia e depois peça uma nova confirmação.

## Asking for a signature, and keeping it

app-request = Pedir uma assinatura
app-request-title = Pedir uma assinatura
app-request-intro = Mostre este código ao formador, empregador ou centro que vai confirmar o que sabe fazer. Eles leem-no com o Carnet e devolvem-lhe um ficheiro assinado.
app-request-key = A sua chave: { $kid }. A pessoa que assina vê o mesmo código.
app-request-text = O mesmo código em texto, para enviar numa mensagem
app-request-next = Quando receber o ficheiro assinado, abra “As minhas confirmações” e toque em “Acrescentar um ficheiro assinado”.
app-receive = Acrescentar um ficheiro assinado
app-received = Guardado: { $name } ({ $kind }) assinou { $titles }.
