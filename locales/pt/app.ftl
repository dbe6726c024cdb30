# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app. Short, plain sentences; buttons of one or two words.

## First run: choosing a language

app-choose-language = Escolha a sua língua
app-continue = Continuar

## First run: making a passphrase

app-create-title = Proteja a sua caderneta
app-create-intro = Escolha uma palavra-passe. Só você a conhece. O Carnet pede-a sempre que abre a sua caderneta.
app-passphrase = Palavra-passe
app-passphrase-again = Escreva-a outra vez
app-passphrase-show = Mostrar
app-passphrase-hide = Esconder
app-strength-too-short = Demasiado curta: use pelo menos { $min } caracteres.
app-strength-weak = Fraca: algumas palavras juntas são mais fáceis de lembrar e mais difíceis de adivinhar.
app-strength-fair = Boa. Uma mais longa é ainda mais segura.
app-strength-strong = Forte.
app-passphrase-mismatch = As duas palavras-passe não são iguais. Escreva-as outra vez.
app-create = Criar a minha caderneta
app-working = Aguarde, por favor…
app-back = Voltar

## Unlock

app-unlock-title = Abrir a sua caderneta
app-unlock = Abrir
app-lock = Fechar

## The logbook

app-logbook-title = A minha caderneta
app-logbook-empty = A sua caderneta está vazia. Acrescente algo que sabe fazer.
app-add = Acrescentar
app-kind-skill = Competências
app-kind-qualification = Qualificações
app-kind-experience = Experiência de trabalho
app-kind-language = Línguas
app-kind-learning = Cursos
app-self-declared = Dito por mim
app-show-more = { $count ->
    [one] Mostrar mais { $count }
   *[other] Mostrar mais { $count }
}
app-endorsed = Confirmado

## Adding an entry

app-add-title = Acrescentar à minha caderneta
app-add-kind = O que é?
app-add-title-label = Nome
app-add-title-hint = Por exemplo: Soldadura, Conduzir um camião, Árabe
app-add-level = Nível
app-level-none = Sem nível
app-level-basic = Básico
app-level-intermediate = Intermédio
app-level-advanced = Avançado
app-level-expert = Especialista
app-level-eqf = Nível { $level }
app-save = Guardar
app-cancel = Cancelar

## Moving around

app-settings = Definições
app-sync = Sincronizar
app-edit = Alterar
app-remove = Apagar

## The logbook: search and filter

app-search = Procurar
app-search-hint = Escreva uma palavra, por exemplo: soldar
app-stage-filter = Etapa do seu percurso
app-stage-any = Todas as etapas
app-stage-recruitment = Recrutamento
app-stage-pre-departure = Antes de partir
app-stage-arrival = Chegada
app-stage-career = A trabalhar
app-stage-return = Regresso
app-search-none = Nada corresponde. Experimente outra palavra ou outra etapa.

## Changing and removing an entry

app-edit-title = Alterar esta entrada
app-stages = Etapas do seu percurso
app-remove-confirm = Apagar “{ $title }” da sua caderneta? Não é possível desfazer.
app-remove-yes = Sim, apagar

## Settings

app-settings-title = Definições
app-settings-language = Língua
app-settings-lock = Fechar depois de
app-lock-minutes = { $minutes ->
    [one] { $minutes } minuto sem uso
   *[other] { $minutes } minutos sem uso
}
app-settings-passphrase = Mudar a palavra-passe
app-passphrase-current = Palavra-passe atual
app-passphrase-new = Nova palavra-passe
app-passphrase-change = Mudar a palavra-passe
app-passphrase-changed = A sua palavra-passe foi mudada. A partir de agora, use a nova.
app-about = Sobre o Carnet
app-locked-idle = O Carnet fechou a sua caderneta porque ninguém a usou durante algum tempo. Abra-a outra vez com a sua palavra-passe.

## Sync with a hub

app-sync-title = Sincronizar com um servidor
app-sync-intro = Um servidor guarda uma cópia fechada da sua caderneta, para que a possa usar noutro telemóvel. O servidor não a consegue ler.
app-hub-address = Endereço do servidor
app-hub-address-hint = Por exemplo: https://hub.example.org
app-hub-save = Guardar endereço
app-sync-now = Sincronizar agora
app-sync-never = Ainda não sincronizado.
app-sync-last = Última sincronização: { $when }
app-sync-pending = { $count ->
    [0] Nada à espera de ser enviado.
    [one] { $count } alteração à espera de ser enviada.
   *[other] { $count } alterações à espera de serem enviadas.
}
app-sync-sending = A enviar
app-sync-receiving = A receber
app-sync-photos = Fotografias
app-sync-done = Sincronização terminada.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = A sua caderneta está fechada. Abra-a com a sua palavra-passe e tente outra vez.
error-unknown-language = O Carnet não tem a língua { $tag }. Escolha uma da lista.

## Settings: how the screens look

app-settings-display = Aspeto do Carnet
app-high-contrast = Contraste forte (preto sobre branco)
app-text-size = Tamanho do texto
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Ouvir

## Two languages at once

app-dual-language = Mostrar também em
app-dual-none = Sem segunda língua
