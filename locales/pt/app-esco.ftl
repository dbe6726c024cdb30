# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = Encontrar o nome oficial (ESCO)
app-esco-find-hint = Escreva algumas letras, por exemplo “sold”
app-esco-why = Os empregadores de outros países conhecem estes nomes. Escolha o mais parecido com o que faz.
app-esco-none = Nenhum nome oficial encontrado. Experimente outras palavras, ou uma palavra mais curta.
app-esco-english = Em inglês: { $english }
app-esco-linked = Nome oficial
app-esco-unlink = Retirar
app-esco-choose = Escolher
app-esco-searching = A procurar…
app-esco-kind-skill = Competência
app-esco-kind-occupation = Profissão

## Comparing with a job

app-match = Trabalhos para mim
app-match-title = Trabalhos para mim
app-match-intro = Escolha um trabalho para ver que competências dele a sua caderneta mostra, e quais faltam.
app-match-find = Encontrar um trabalho
app-match-chosen = O trabalho que escolheu
app-match-find-hint = Por exemplo “cozinheiro” ou “soldador”
app-match-fit = Trabalhos que combinam com a minha caderneta
app-match-fit-none = Nenhuma das suas entradas tem ainda um nome oficial. Primeiro, acrescente um a uma entrada: Alterar, depois “Encontrar o nome oficial”.
app-match-fit-line = { $covered } de { $total } competências principais ({ $percent }%)
app-match-summary = { $total ->
    [0] Este trabalho não tem competências principais no ESCO.
   *[other] A sua caderneta mostra { $covered } das suas { $total } competências principais.
}
app-match-essential = Competências principais
app-match-optional = Outras competências úteis
app-match-endorsed = Confirmado
app-match-self-declared = Dito por si
app-match-missing = Falta
app-match-maybe = É esta a sua entrada “{ $title }”?
app-match-link = Sim, ligar
app-match-other-job = Outro trabalho

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Escolher para esta etapa
app-stage-template-hint = O Carnet marca o que conta nesta etapa. Pode mudar.
app-stage-target = O trabalho a que se candidata (pode saltar isto)
