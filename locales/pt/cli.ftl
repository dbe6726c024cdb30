# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.
# Words a person types stay in English: carnet, init, add, skill, --title, FIELD=VALUE…

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Como escrever:
cli-help-commands = Comandos:
cli-help-arguments = O que indicar:
cli-help-options = Opções:
cli-help-examples = Exemplos:

## Help: the whole program

cli-about = O Carnet guarda um registo do que sabe fazer: competências, trabalho, línguas, diplomas e cursos. O registo fica no seu aparelho, fechado com a sua palavra-passe.

cli-examples =
    Começar uma caderneta:     carnet init
    Acrescentar uma competência: carnet add skill --title "Welding" --level advanced
    Ver as suas entradas:      carnet list
    Ver uma entrada:           carnet show 3f2a
    Ajuda para um comando:     carnet add --help

cli-opt-data-dir = A pasta onde a sua caderneta é guardada. Também pode definir CARNET_DATA_DIR.
cli-opt-json = Responder em JSON, para outros programas.
cli-opt-lang = A língua das mensagens do Carnet, por exemplo ar, fa, fr, uk ou en.
cli-opt-help = Mostrar esta ajuda.
cli-opt-version = Mostrar a versão do Carnet.

## Help: commands

cli-cmd-init = Fazer uma caderneta nova, fechada com uma palavra-passe.
cli-cmd-passphrase = Mudar a palavra-passe da sua caderneta.
cli-cmd-passphrase-change = Mudar a sua palavra-passe. Escreve a antiga e depois a nova duas vezes.
cli-cmd-profile = Ver ou mudar o seu perfil: o seu nome, os seus países, as suas línguas.
cli-cmd-profile-show = Mostrar o seu perfil.
cli-cmd-profile-set = Mudar o seu perfil. Para apagar algo, dê-lhe um valor vazio, por exemplo --contact "".
cli-cmd-add = Acrescentar uma entrada: uma competência, uma qualificação, experiência de trabalho, uma língua ou um curso.
cli-cmd-list = Listar as suas entradas.
cli-cmd-show = Mostrar tudo sobre uma entrada.
cli-cmd-edit = Alterar uma entrada.
cli-cmd-rm = Apagar uma entrada.
cli-cmd-search = Encontrar entradas que contêm certas palavras.
cli-cmd-detach = Retirar uma fotografia ou uma mensagem de voz de uma entrada. Também é apagada deste aparelho, a não ser que outra entrada a mostre.
cli-cmd-attach = Acrescentar a uma entrada a fotografia de um papel, por exemplo um diploma, um certificado ou um documento de trabalho. Ou acrescentar uma mensagem de voz: um ficheiro de som onde fala sobre a competência.
cli-cmd-export = Escrever toda a sua caderneta num ficheiro que outros programas conseguem ler.
cli-cmd-import = Ler um ficheiro de exportação do Carnet para a sua caderneta. Nada na sua caderneta é apagado.
cli-cmd-devices = Os aparelhos que têm a sua caderneta.
cli-cmd-devices-list = Mostrar os aparelhos que têm a sua caderneta.
cli-cmd-devices-remove = Tirar a sua caderneta de um aparelho, por exemplo de um telemóvel perdido. Ele não consegue ler nada do que acrescentar a partir de agora.
cli-cmd-pair = Pôr a sua caderneta noutro aparelho seu, como um telemóvel novo.
cli-cmd-pair-show = No aparelho que tem a sua caderneta: mostrar um código para o aparelho novo e depois permitir.
cli-cmd-pair-join = No aparelho novo: receber a sua caderneta com o código que o seu outro aparelho mostra.
cli-cmd-sync = Enviar as suas alterações para o servidor do centro e receber as alterações feitas nos seus outros aparelhos. O servidor só guarda uma cópia fechada que não consegue ler.

## Help: what to give to the commands

cli-arg-kind = Que tipo de entrada: skill (competência), qualification (qualificação), experience (trabalho), language (língua) ou learning (um curso).
cli-arg-title = Um nome curto, por exemplo "Soldadura" ou "Carta de condução B".
cli-arg-description = Mais palavras sobre isso, se quiser.
cli-arg-level = O seu nível. Para uma competência ou trabalho: basic, intermediate, advanced ou expert. Para uma língua: A1 (principiante) a C2 (muito bom). Para uma qualificação ou curso: o seu nível EQF, de 1 a 8.
cli-arg-eqf = O nível EQF de um diploma ou curso, de 1 a 8, se o souber.
cli-arg-from = Quando começou: um ano (2019), um mês (2019-05) ou um dia (2019-05-14).
cli-arg-to = Quando terminou, escrito da mesma forma. Não indique se ainda continua.
cli-arg-organisation = O empregador, a escola ou o centro de formação.
cli-arg-place = A cidade ou o lugar.
cli-arg-country = O país, em duas letras, por exemplo SY, AF, DE.
cli-arg-context = Como o aprendeu: formal (escola, diploma), non-formal (um curso) ou informal (a fazer).
cli-arg-written-in = A língua em que escreveu esta entrada, como código curto, por exemplo ar ou en.
cli-arg-esco = O endereço ESCO da competência ou do trabalho, se o souber.
cli-arg-isco = O código de profissão ISCO-08 (1 a 4 algarismos), se o souber.
cli-arg-stage = Em que momento do seu percurso isto conta: recruitment, pre-departure, arrival, career ou return. Pode indicar mais do que um.

cli-arg-list-kind = Mostrar só entradas deste tipo: skill, qualification, experience, language ou learning.
cli-arg-list-stage = Mostrar só entradas para esta etapa: recruitment, pre-departure, arrival, career ou return.

cli-arg-id = O id da entrada. Bastam os primeiros 4 ou mais caracteres. Para ver os ids, escreva: carnet list
cli-arg-set = Uma alteração, escrita FIELD=VALUE, por exemplo level=advanced. Repita para mudar mais. Um valor vazio apaga o campo. Os campos são: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = As palavras a procurar.
cli-arg-evidence = A fotografia ou mensagem de voz a retirar: o seu id, como carnet show e carnet attach o mostram (bastam os primeiros 8 ou mais caracteres).
cli-arg-photo = Uma fotografia (JPEG, PNG ou WebP) ou um ficheiro de som (WebM, Ogg, MP4, M4A, AAC, MP3 ou WAV, até 5 MB). O Carnet olha para dentro do ficheiro para saber o que é. Retira dados escondidos, como o lugar onde a fotografia foi tirada.
cli-arg-format = O tipo de ficheiro. Por agora, só json.
cli-arg-file = O ficheiro de exportação a ler.

cli-arg-name = O seu nome, como quer que os outros o vejam.
cli-arg-birth-date = A sua data de nascimento: 1990, 1990-05 ou 1990-05-14.
cli-arg-origin = O país de onde vem, em duas letras, por exemplo SY, AF, ER.
cli-arg-current = O país onde vive agora, em duas letras, por exemplo DE, FR.
cli-arg-contact = Como as pessoas o podem contactar, por exemplo um número de telefone ou um email.
cli-arg-language = Uma língua que conhece, como código curto, por exemplo ar, fa-AF ou en. As opções abaixo são sobre esta língua.
cli-arg-mother-tongue = Esta língua é a sua língua materna.
cli-arg-not-mother-tongue = Esta língua não é a sua língua materna.
cli-arg-listening = Quão bem compreende quem fala: A1 (principiante) a C2 (muito bom).
cli-arg-reading = Quão bem lê: A1 a C2.
cli-arg-spoken-interaction = Quão bem participa numa conversa: A1 a C2.
cli-arg-spoken-production = Quão bem fala sozinho: A1 a C2.
cli-arg-writing = Quão bem escreve: A1 a C2.
cli-arg-remove-language = Retirar uma língua do seu perfil.
cli-arg-hub = O endereço do servidor do centro, por exemplo http://192.168.1.10:8470. O Carnet lembra-se dele.
cli-arg-device-id = O id do aparelho, como mostrado por: carnet devices list (bastam os primeiros 4 ou mais caracteres).
cli-arg-pair-approve = Permitir o aparelho novo sem perguntar, se mostrar este código (para quem ajuda e para scripts).
cli-arg-pair-code = O código que o seu outro aparelho mostra. Começa por CNP1:
cli-arg-pair-name = Um nome para este aparelho, para o reconhecer no outro (por exemplo "Telemóvel da Amal").
cli-arg-sync-status = Mostrar só quando sincronizou pela última vez e quantas alterações estão à espera. Nada é enviado.
cli-arg-sync-watch = Continuar a sincronizar. Quando o servidor não está acessível, tentar outra vez mais tarde, esperando mais tempo de cada vez.
cli-arg-sync-every = Com --watch: quantos segundos esperar entre sincronizações (300 se não indicar).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Escolha uma palavra-passe com pelo menos { $min } caracteres. Precisa dela sempre que abre a sua caderneta. Ninguém a pode recuperar por si.
cli-passphrase-prompt = Palavra-passe:
cli-passphrase-new-prompt = Nova palavra-passe:
cli-passphrase-repeat-prompt = Escreva outra vez a nova palavra-passe:
cli-passphrase-changed = A sua palavra-passe foi mudada. A partir de agora, use a nova.

## Answers

cli-init-done = A sua caderneta está pronta. Está nesta pasta: { $dir }
cli-init-next = Guarde bem a sua palavra-passe. Sem ela, ninguém consegue abrir a sua caderneta, nem mesmo você. A seguir, acrescente o que sabe fazer, por exemplo: carnet add skill --title "Cozinhar"

cli-list-empty = A sua caderneta ainda não tem entradas. Para acrescentar uma, escreva: carnet add skill --title "Cozinhar"
cli-list-none-match = Nenhuma entrada corresponde ao que pediu.
cli-search-none = Nenhuma entrada tem estas palavras. Experimente outras palavras, ou escreva: carnet list

cli-edit-saved = A sua alteração foi guardada.
cli-rm-done = Apagado: { $title }
cli-detached = A fotografia ou mensagem de voz foi retirada da entrada.

cli-profile-saved = O seu perfil foi guardado.
cli-profile-empty = O seu perfil está vazio. Para acrescentar o seu nome, escreva: carnet profile set --name "O seu nome"

cli-import-added = { $count ->
    [one] { $count } entrada acrescentada.
   *[other] { $count } entradas acrescentadas.
}
cli-import-updated = { $count ->
    [one] { $count } entrada atualizada.
   *[other] { $count } entradas atualizadas.
}
cli-import-unchanged = { $count ->
    [one] { $count } entrada já era igual.
   *[other] { $count } entradas já eram iguais.
}
cli-import-profile-updated = O seu perfil também foi atualizado.
cli-import-missing-photos = { $count ->
    [one] { $count } fotografia não está neste aparelho. Os ficheiros de exportação não têm fotografias. Acrescente-a outra vez com: carnet attach
   *[other] { $count } fotografias não estão neste aparelho. Os ficheiros de exportação não têm fotografias. Acrescente-as outra vez com: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Tipo
cli-show-added = Acrescentado
cli-show-changed = Alterado
cli-show-evidence = Fotografias e mensagens de voz
cli-show-photo = { $sha }  { $width } × { $height } píxeis, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } píxeis, não está neste aparelho
cli-show-voice = { $sha }  mensagem de voz, { $kilobytes } KB
cli-show-voice-missing = { $sha }  mensagem de voz, não está neste aparelho
cli-show-conflicts = Outro aparelho também escreveu:
cli-show-conflicts-hint = Para ficar com um destes, escreva: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Título
cli-field-description = Descrição
cli-field-written-in = Escrito em
cli-field-esco = ESCO
cli-field-isco = Código de profissão ISCO-08
cli-field-level = Nível
cli-field-eqf = Nível EQF
cli-field-organisation = Organização
cli-field-place = Lugar
cli-field-country = País
cli-field-from = De
cli-field-to = Até
cli-field-context = Como aprendeu
cli-field-stages = Etapas

cli-kind-skill = competência
cli-kind-qualification = qualificação
cli-kind-experience = experiência
cli-kind-language = língua
cli-kind-learning = curso

cli-context-formal = formal (escola, diploma)
cli-context-non-formal = não formal (um curso)
cli-context-informal = informal (a fazer)

cli-stage-recruitment = recrutamento
cli-stage-pre-departure = antes de partir
cli-stage-arrival = chegada
cli-stage-career = trabalho
cli-stage-return = regresso

cli-proficiency-basic = básico
cli-proficiency-intermediate = intermédio
cli-proficiency-advanced = avançado
cli-proficiency-expert = especialista

cli-level-eqf = Nível EQF { $level }

cli-profile-name = Nome
cli-profile-birth-date = Data de nascimento
cli-profile-origin = Vem de
cli-profile-current = Vive em
cli-profile-contact = Contacto
cli-profile-languages = Línguas
cli-profile-mother-tongue = { $language } (língua materna)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = compreensão oral { $level }
cli-cefr-reading = leitura { $level }
cli-cefr-spoken-interaction = conversa { $level }
cli-cefr-spoken-production = expressão oral { $level }
cli-cefr-writing = escrita { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = O Carnet não conhece “{ $arg }” aqui.
cli-error-unknown-command = Não existe o comando “{ $command }”.
cli-error-invalid-value = “{ $value }” não pode ser usado para { $arg }.
cli-error-missing-value = { $arg } precisa de um valor a seguir.
cli-error-valid-values = Pode usar: { $values }
cli-error-missing-argument = Falta uma coisa: { $arg }
cli-error-missing-command = Diga o que o Carnet deve fazer depois de “{ $command }”.
cli-error-valid-commands = Os comandos são: { $commands }
cli-error-conflict = { $arg } não pode ser usado junto com { $other }.
cli-error-no-equals = Escreva { $arg } com um sinal de igual e o valor logo a seguir.
cli-error-too-many-values = { $arg } aceita menos valores. “{ $value }” é um a mais.
cli-error-wrong-number-of-values = { $arg } tem o número errado de valores.
cli-error-invalid-utf8 = O Carnet não consegue ler algumas das letras que escreveu. Escreva-as outra vez.
cli-error-did-you-mean = Queria dizer { $suggestion }?
cli-error-usage = O Carnet não percebeu este comando.
cli-error-usage-hint = Escreva { $command } --help para ver o que pode escrever.
cli-error-set-format = “{ $value }” não é uma alteração. Escreva FIELD=VALUE, por exemplo --set level=advanced
cli-error-nothing-to-change = Não há nada para mudar. Indique pelo menos uma opção, por exemplo --name "O seu nome".

cli-error-passphrase-unavailable = O Carnet precisa de uma palavra-passe mas não a pode pedir aqui. Execute o Carnet num terminal, ou defina { $variable }.
cli-error-passphrase-mismatch = As duas palavras-passe não são iguais. Nada foi mudado. Tente outra vez, por favor.
cli-error-read-file = O Carnet não consegue ler o ficheiro { $path }. Verifique o nome do ficheiro e a pasta, e tente outra vez.
cli-error-no-data-dir = O Carnet não encontra uma pasta para a sua caderneta. Escolha uma com --data-dir, por exemplo --data-dir ./carnet
cli-error-output = O Carnet não conseguiu escrever a resposta. Verifique que o disco não está cheio e tente outra vez.
cli-error-details = Detalhes para quem ajuda: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Para fazer uma, escreva: carnet init
cli-hint-already-exists = Para ver o que tem, escreva: carnet list. Para uma segunda caderneta, escolha outra pasta com --data-dir.
cli-hint-not-found = Para ver os ids, escreva: carnet list
cli-hint-ambiguous-id = Para ver os ids, escreva: carnet list
cli-hint-import-format = Escolha um ficheiro feito com: carnet export --format json
cli-hint-invalid-field = Para ver a lista de campos, escreva: carnet edit --help

## carnet sync

cli-sync-phase-sending = A enviar
cli-sync-phase-receiving = A receber
cli-sync-phase-photos = Fotografias
cli-sync-done = Sincronizado com { $hub }.
cli-sync-changes = { $sent ->
    [one] { $sent } alteração enviada
   *[other] { $sent } alterações enviadas
}, { $received ->
    [one] { $received } alteração recebida.
   *[other] { $received } alterações recebidas.
}
cli-sync-photos = { $sent ->
    [one] { $sent } fotografia enviada
   *[other] { $sent } fotografias enviadas
}, { $received ->
    [one] { $received } fotografia recebida.
   *[other] { $received } fotografias recebidas.
}
cli-sync-bytes = Dados usados: { $up } KB enviados, { $down } KB recebidos.
cli-sync-retry = Nova tentativa dentro de { $seconds ->
    [one] { $seconds } segundo.
   *[other] { $seconds } segundos.
}
cli-sync-status-hub = Servidor: { $hub }
cli-sync-status-last = Última sincronização: { $when }
cli-sync-status-pending = { $count ->
    [0] Nenhuma alteração está à espera.
    [one] { $count } alteração está à espera de ser enviada.
   *[other] { $count } alterações estão à espera de ser enviadas.
}
cli-sync-no-hub = ainda nenhum
cli-sync-never = nunca
cli-hint-sync-no-hub = Para o definir, escreva: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = As suas alterações ficam guardadas. Para tentar outra vez mais tarde, escreva: carnet sync

## carnet pair

cli-pair-show-scan = Leia este código com o seu aparelho novo, ou escreva lá o texto abaixo.
cli-pair-show-expires = O código funciona durante 10 minutos.
cli-pair-show-request = O aparelho “{ $name }” quer a sua caderneta. O código dele é { $fingerprint }.
cli-pair-show-ask = O seu aparelho novo mostra o mesmo código? Escreva sim para permitir, ou não.
cli-pair-yes = sim
cli-pair-show-approved = “{ $name }” já tem a sua caderneta.
cli-pair-show-refused = Disse que não. “{ $name }” não recebeu nada.
cli-pair-default-name = Aparelho novo
cli-pair-join-check = O seu outro aparelho tem de mostrar este código: { $fingerprint }. Permita lá.
cli-pair-join-done = { $count ->
    [one] Este aparelho já tem a sua caderneta, com { $count } entrada.
   *[other] Este aparelho já tem a sua caderneta, com { $count } entradas.
}

## carnet devices

cli-devices-none = Nenhum aparelho sincronizou ainda esta caderneta.
cli-devices-line = { $id }  { $name }  (desde { $added })
cli-devices-this = ← este aparelho
cli-devices-removed = (retirado em { $when })
cli-devices-removed-done = “{ $name }” foi retirado. A sua caderneta tem agora uma chave nova, que esse aparelho não tem.
cli-devices-new-sheet = A sua folha de recuperação tem a chave antiga. Imprima já uma nova e destrua a antiga: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Imprimir uma folha de recuperação: com ela e a sua palavra-passe, pode recuperar a sua caderneta num telemóvel novo se perder este.
cli-cmd-recover = Num aparelho novo: recuperar a sua caderneta com a sua folha de recuperação e a sua palavra-passe.
cli-arg-recovery-out = O ficheiro onde escrever a folha. Tem de terminar em .png ou .pdf.
cli-arg-recover-sheet = Uma fotografia ou digitalização da sua folha de recuperação (PNG ou JPEG). O Carnet lê o código quadrado dela.
cli-arg-recover-words = As 12 palavras da sua folha de recuperação, por ordem, entre aspas. Indique também --hub.
cli-arg-recover-hub = O endereço do servidor impresso na sua folha de recuperação, por exemplo http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = O Carnet pode escrever a folha como ficheiro .png ou .pdf, não como “{ $path }”.
cli-recovery-sheet-done = A sua folha de recuperação está em { $path }. Imprima-a e guarde o papel num lugar seguro, longe do seu telemóvel.
cli-recovery-sheet-english = A folha está em inglês: o Carnet ainda não consegue escrever nela corretamente as letras da sua língua.
cli-recovery-sheet-replaced = Qualquer folha que tenha impresso antes deixou de funcionar. Destrua-a.
cli-recover-done = { $count ->
    [one] A sua caderneta está de volta neste aparelho: { $count } entrada.
   *[other] A sua caderneta está de volta neste aparelho: { $count } entradas.
}
cli-passphrase-sheet-updated = A sua folha de recuperação continua a funcionar, com a sua nova palavra-passe.
cli-passphrase-sheet-not-updated = Não foi possível atualizar a sua folha de recuperação no servidor. Até imprimir uma nova, ela precisa da sua palavra-passe antiga. Imprima uma folha nova quando estiver ligado: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Folha de recuperação do Carnet
cli-sheet-made = Feita em { $date }
cli-sheet-hub = Servidor: { $hub }
cli-sheet-words = As suas 12 palavras
cli-sheet-instructions =
    Guarde este papel num lugar seguro. Com ele e a sua palavra-passe pode recuperar a sua caderneta num telemóvel novo:
    1. Instale o Carnet no telemóvel novo e escolha recuperar uma caderneta.
    2. Leia o código quadrado, ou escreva as 12 palavras e o endereço do servidor.
    3. Escreva a sua palavra-passe. A caderneta volta a partir do servidor.
    Num computador: carnet recover --sheet photo.jpg
cli-sheet-warning = Este papel sozinho não abre a sua caderneta: também é precisa a sua palavra-passe. Não os guarde juntos. Se imprimir uma folha nova, esta deixa de funcionar.
