# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app).

## Passphrase

error-wrong-passphrase = A palavra-passe não está certa. Verifique-a e tente outra vez. As maiúsculas contam.
error-too-many-attempts = { $minutes ->
    [one] Demasiadas palavras-passe erradas. Espere { $minutes } minuto e tente outra vez.
   *[other] Demasiadas palavras-passe erradas. Espere { $minutes } minutos e tente outra vez.
}
error-passphrase-too-short = Esta palavra-passe é demasiado curta. Use pelo menos { $min } caracteres.

## The logbook files

error-no-logbook = Ainda não há nenhuma caderneta nesta pasta. Primeiro faça uma, ou escolha a pasta onde está a sua caderneta.
error-already-exists = Já existe uma caderneta nesta pasta. Nada foi mudado.
error-damaged-key-file = A chave da sua caderneta está danificada ou falta, por isso não pode ser aberta. Reponha uma cópia de segurança, ou uma cópia de um aparelho que emparelhou com este.
error-damaged-database = A sua caderneta está danificada, por isso não pode ser aberta. Reponha uma cópia de segurança, ou uma cópia de um aparelho que emparelhou com este.
error-too-new = { $what ->
    [export-file] Este ficheiro foi feito por uma versão mais recente do Carnet. Atualize o Carnet e tente outra vez.
    [taxonomy] Os dados ESCO que vieram com o Carnet são de uma versão mais recente do Carnet. Atualize o Carnet e tente outra vez.
   *[other] A sua caderneta foi guardada por uma versão mais recente do Carnet. Atualize o Carnet e tente outra vez.
}
error-disk-full = O disco está cheio. Nada se perdeu. Liberte algum espaço, por exemplo apagando ficheiros antigos, e tente outra vez.
error-io = O Carnet não conseguiu ler ou escrever os ficheiros da sua caderneta. Verifique se a pasta existe e se pode escrever nela, e tente outra vez.
error-internal = Algo correu mal dentro do Carnet. É um erro do Carnet, não seu. Por favor, avise as pessoas que fazem o Carnet.

## Entries

error-not-found = Nenhuma entrada tem o id “{ $id }”. Verifique o id e tente outra vez.
error-ambiguous-id = Mais do que uma entrada começa por “{ $id }”. Escreva mais caracteres do id.

## Values the person typed

error-invalid-kind = “{ $value }” não é um tipo de entrada. Use skill, qualification, experience, language ou learning.
error-invalid-date = “{ $value }” não é uma data. Escreva um ano (2019), um mês (2019-05) ou um dia (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” não é um nível de língua. Use A1, A2, B1, B2, C1 ou C2.
    [qualification] “{ $value }” não é um nível para uma qualificação. Use um número de 1 a 8 (EQF).
    [learning] “{ $value }” não é um nível para um curso. Use um número de 1 a 8 (EQF).
    [eqf] “{ $value }” não é um nível EQF. Use um número de 1 a 8.
   *[other] “{ $value }” não é um nível. Use basic, intermediate, advanced ou expert.
}
error-invalid-country = “{ $value }” não é um código de país. Use duas letras, por exemplo SY, AF, ER ou DE.
error-invalid-language = “{ $value }” não é um código de língua. Use um código curto, por exemplo ar, fa-AF ou en.
error-invalid-esco = “{ $value }” não é um endereço ESCO. Começa por http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” não é um código de profissão ISCO-08. Use 1 a 4 algarismos, por exemplo 7212.
error-invalid-proficiency = “{ $value }” não é um nível. Use basic, intermediate, advanced ou expert.
error-invalid-context = “{ $value }” não é uma forma de aprender. Use formal, non-formal ou informal.
error-invalid-stage = “{ $value }” não é uma etapa. Use recruitment, pre-departure, arrival, career ou return.
error-invalid-field = “{ $value }” não é algo que possa mudar. Use um destes: { $expected }.
error-empty-field = { $field ->
    [title] O título está vazio. Escreva um título curto.
   *[other] O campo { $field } está vazio. Escreva algo nele.
}
error-date-order = A data de fim { $to } é antes da data de início { $from }. Verifique as duas datas.
error-import-format = Este ficheiro não é uma exportação do Carnet, por isso não pode ser lido. Escolha um ficheiro que o Carnet exportou.

## Photos

error-evidence-not-an-image = Este ficheiro não é uma fotografia. O Carnet aceita imagens JPEG, PNG e WebP.
error-evidence-unsupported-format = Esta é uma imagem { $format }, e o Carnet não a pode usar. Guarde-a como JPEG, PNG ou WebP e tente outra vez.
error-evidence-damaged = A fotografia está danificada ou incompleta. Tire ou escolha a fotografia outra vez.
error-evidence-too-large = A imagem é demasiado grande ({ $width } × { $height } píxeis). Tire a fotografia com uma qualidade mais baixa, ou escolha uma cópia mais pequena.
error-evidence-file-too-big = O ficheiro é demasiado grande ({ $megabytes } MB). O limite é 32 MB. Escolha um ficheiro mais pequeno.
error-evidence-encode-failed = O Carnet não conseguiu guardar a fotografia. Tente outra vez, por favor. Se voltar a acontecer, avise as pessoas que fazem o Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” não é um endereço de servidor. Um endereço de servidor é parecido com http://192.168.1.10:8470. Peça-o ao centro.
error-sync-no-hub = Ainda não há nenhum servidor definido para esta caderneta. Peça ao centro o endereço do servidor deles.
error-sync-unreachable = O Carnet não consegue chegar ao servidor em { $url }. A sua caderneta está segura neste aparelho. Tente outra vez quando estiver ligado à rede do centro.
error-sync-refused = O servidor não aceita este aparelho para esta caderneta. Se retirou este aparelho da sua caderneta, isto é normal. Se não, fale com o centro.
error-sync-unknown-logbook = O servidor ainda não tem nenhuma cópia desta caderneta. Primeiro sincronize o aparelho que tem a sua caderneta e depois tente outra vez.
error-sync-rate-limited = O servidor está ocupado. Espere { $seconds } segundos e tente outra vez. A sua caderneta está segura neste aparelho.
error-sync-hub-full = O servidor já não tem espaço para a sua caderneta. A sua caderneta está segura neste aparelho. Fale com o centro.
error-sync-hub-error = O servidor teve um problema ({ $status } { $code }). A sua caderneta está segura neste aparelho. Tente outra vez mais tarde, ou fale com o centro.
error-sync-protocol = O servidor enviou algo que esta versão do Carnet não consegue ler. A sua caderneta está segura neste aparelho. Atualize o Carnet, ou fale com o centro.
error-sync-forged = O servidor enviou uma alteração que está danificada ou foi mudada por alguém. O Carnet não a usou, e a sua caderneta não foi mudada. Avise o centro.
error-sync-incomplete = O servidor não enviou todas as alterações que devia. O Carnet não as usou, e a sua caderneta não foi mudada. Tente outra vez mais tarde, ou avise o centro.
error-sync-unknown-epoch = Este aparelho não tem a chave mais recente da sua caderneta, por isso não consegue ler o que o servidor tem. Se retirou este aparelho, isto é normal. Se não, emparelhe-o outra vez.
error-sync-rolled-back = O servidor perdeu alguns dados. A sua caderneta neste aparelho está completa e não foi mudada. Avise o centro.
error-sync-pairing-code = Isto não é um código de emparelhamento, ou falta uma parte. Mostre outra vez o código no seu outro aparelho, e leia-o ou escreva-o inteiro.
error-sync-pairing-expired = Este código de emparelhamento é demasiado antigo. Mostre um código novo no seu outro aparelho.
error-sync-pairing-taken = Outro aparelho já respondeu a este código de emparelhamento. Nada foi partilhado. Mostre um código novo no seu outro aparelho e tente outra vez.
error-sync-pairing-refused = O seu outro aparelho disse que não a este emparelhamento. Nada foi partilhado.
error-sync-remove-self = Este é o aparelho que está a usar. Para o retirar, faça-o a partir de outro dos seus aparelhos.
error-sync-cancelled = Deixou de esperar pelo outro aparelho. Nada foi partilhado. Comece outra vez quando os dois aparelhos estiverem prontos.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Isto não é o código quadrado de uma folha de recuperação do Carnet, ou o Carnet não o conseguiu ler todo. Tire uma fotografia mais nítida do código inteiro, ou escreva as 12 palavras.
error-sync-recovery-words = { $problem ->
    [count] Uma folha de recuperação tem 12 palavras; escreveu { $position }. Escreva as 12, por ordem.
    [unknown] A palavra { $position } não é uma palavra das folhas de recuperação. Verifique como está escrita na folha.
   *[other] As palavras não batem certo: uma delas está errada, ou duas estão trocadas. Verifique cada palavra na folha.
}
error-sync-recovery-no-box = O servidor não tem nada para esta folha de recuperação. Uma folha mais recente pode tê-la substituído, ou a folha é de outro servidor. Use a sua folha mais recente.
error-sheet-write = O Carnet não conseguiu escrever a folha em { $path }. Verifique a pasta e o espaço livre. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = O Carnet não encontra o seu ficheiro de dados ESCO ({ $path }). Instale o Carnet outra vez.
error-taxonomy-damaged = O ficheiro de dados ESCO do Carnet está danificado ({ $reason }). Instale o Carnet outra vez.
error-unknown-concept = Nenhuma competência ou profissão ESCO é “{ $concept }”. Encontre o endereço com carnet esco search.
error-not-an-occupation = “{ $concept }” é uma competência ESCO, não uma profissão. Encontre a profissão com carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = O Carnet não encontrou nenhum código quadrado nesta imagem. Tire uma fotografia mais nítida do código inteiro, ou escreva o código.
error-save-file = O Carnet não conseguiu guardar o ficheiro em { $path }. Verifique o espaço livre. ({ $reason })

## Voice notes

error-evidence-not-audio = Este ficheiro não é uma gravação de som. O Carnet aceita ficheiros de som WebM, Ogg, MP4, M4A, AAC, MP3 e WAV.
error-evidence-audio-is-video = Este ficheiro é um vídeo. O Carnet só guarda som. Grave uma mensagem de voz, ou escolha um ficheiro de som.
error-evidence-audio-too-big = O ficheiro de som é demasiado grande ({ $megabytes } MB). O limite é 5 MB. Grave uma mensagem de voz mais curta.
error-evidence-audio-damaged = O ficheiro de som está danificado ou incompleto. Grave-o ou escolha-o outra vez.
error-evidence-not-evidence = Este ficheiro não é uma fotografia nem uma gravação de som. O Carnet aceita fotografias (JPEG, PNG, WebP) e ficheiros de som (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = O Carnet não pode usar o microfone. Permita-o nas definições do seu telemóvel, ou junte um ficheiro de som.
error-microphone-failed = O Carnet não conseguiu gravar. Tente outra vez, ou junte um ficheiro de som.
error-recording-empty = Nada foi gravado. Tente outra vez e fale depois de carregar no botão.
error-evidence-missing = Esta fotografia ou mensagem de voz ainda não está neste aparelho ({ $sha }). Sincronize para a receber.
