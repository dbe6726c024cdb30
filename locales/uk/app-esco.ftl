# Review status: machine-drafted, needs review by a native speaker.
# Екрани ESCO: стандартна назва навички чи професії, порівняння з роботою, вибір для етапу.

## Finding the standard name (on the add and change screens)

app-esco-find = Знайти стандартну назву (ESCO)
app-esco-find-hint = Введіть кілька літер, наприклад «звар»
app-esco-why = Роботодавці в інших країнах знають ці назви. Виберіть ту, що найближча до того, що ви робите.
app-esco-none = Стандартну назву не знайдено. Спробуйте інші слова або коротше слово.
app-esco-english = Англійською: { $english }
app-esco-linked = Стандартна назва
app-esco-unlink = Прибрати
app-esco-choose = Вибрати
app-esco-searching = Шукаємо…
app-esco-kind-skill = Навичка
app-esco-kind-occupation = Професія

## Comparing with a job

app-match = Робота для мене
app-match-title = Робота для мене
app-match-intro = Виберіть роботу, щоб побачити, які з її навичок є у вашому журналі, а яких бракує.
app-match-find = Знайти роботу
app-match-chosen = Робота, яку ви вибрали
app-match-find-hint = Наприклад, «кухар» або «зварник»
app-match-fit = Робота, що підходить до мого журналу
app-match-fit-none = Жоден ваш запис ще не має стандартної назви. Спершу додайте її до запису: «Змінити», потім «Знайти стандартну назву».
app-match-fit-line = { $covered } з { $total } головних навичок ({ $percent }%)
app-match-summary = { $total ->
    [0] Ця робота не має головних навичок в ESCO.
   *[other] Ваш журнал показує { $covered } з { $total } її головних навичок.
}
app-match-essential = Головні навички
app-match-optional = Інші корисні навички
app-match-endorsed = Підписано
app-match-self-declared = Так кажете ви
app-match-missing = Бракує
app-match-maybe = Це ваш запис «{ $title }»?
app-match-link = Так, пов’язати
app-match-other-job = Інша робота

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Вибрати для цього етапу
app-stage-template-hint = Carnet позначає те, що важливо на цьому етапі. Ви можете це змінити.
app-stage-target = Робота, на яку ви подаєтеся (можна пропустити)
