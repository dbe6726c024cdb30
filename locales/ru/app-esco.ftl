# Review status: machine-drafted, needs review by a native speaker.
# Экраны ESCO: стандартное название навыка или профессии, сравнение с работой, выбор для этапа.

## Finding the standard name (on the add and change screens)

app-esco-find = Найти стандартное название (ESCO)
app-esco-find-hint = Введите несколько букв, например «свар»
app-esco-why = Работодатели в других странах знают эти названия. Выберите самое близкое к тому, что вы делаете.
app-esco-none = Стандартное название не найдено. Попробуйте другие слова или слово короче.
app-esco-english = По-английски: { $english }
app-esco-linked = Стандартное название
app-esco-unlink = Убрать
app-esco-choose = Выбрать
app-esco-searching = Ищем…
app-esco-kind-skill = Навык
app-esco-kind-occupation = Профессия

## Comparing with a job

app-match = Работа для меня
app-match-title = Работа для меня
app-match-intro = Выберите работу, чтобы увидеть, какие её навыки есть в вашем журнале, а каких не хватает.
app-match-find = Найти работу
app-match-chosen = Работа, которую вы выбрали
app-match-find-hint = Например, «повар» или «сварщик»
app-match-fit = Работа, подходящая к моему журналу
app-match-fit-none = Ни у одной вашей записи ещё нет стандартного названия. Сначала добавьте его к записи: «Изменить», затем «Найти стандартное название».
app-match-fit-line = { $covered } из { $total } главных навыков ({ $percent }%)
app-match-summary = { $total ->
    [0] У этой работы нет главных навыков в ESCO.
   *[other] Ваш журнал показывает { $covered } из { $total } её главных навыков.
}
app-match-essential = Главные навыки
app-match-optional = Другие полезные навыки
app-match-endorsed = Подписано
app-match-self-declared = С ваших слов
app-match-missing = Не хватает
app-match-maybe = Это ваша запись «{ $title }»?
app-match-link = Да, связать
app-match-other-job = Другая работа

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Выбрать для этого этапа
app-stage-template-hint = Carnet отмечает то, что важно на этом этапе. Вы можете это изменить.
app-stage-target = Работа, на которую вы подаёте заявку (можно пропустить)
