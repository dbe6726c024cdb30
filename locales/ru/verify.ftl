# Review status: machine-drafted, needs review by a native speaker.
# Проверка кода: выводы, причины и отчёт.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = тренер
issuer-kind-employer = работодатель
issuer-kind-centre = центр
issuer-kind-college = колледж
issuer-kind-colleague = коллега

## verify: verdicts, one per code

verdict-valid = Действительно: подписано тем, кому вы доверяете, ещё действует, не отозвано.
verdict-self-declared = Только со слов человека: никто это не подписал.
verdict-unknown-issuer = Подписано, но не тем, кому вы доверяете.
verdict-expired = Срок истёк.
verdict-revoked = Отозвано тем, кто подписал.
verdict-tampered = Изменено или скопировано: не полагайтесь на это.
verdict-malformed = Это не код Carnet, который можно прочитать.

## verify: reasons, one per code

reason-wrong-prefix = Текст не начинается с CN1:, значит, это не код Carnet.
reason-bad-base45 = В тексте есть знаки, которых не может быть в коде Carnet. Возможно, он обрезан или введён с ошибкой.
reason-bad-zlib = Код обрезан или повреждён.
reason-too-large = Код слишком большой, чтобы быть кодом Carnet.
reason-bad-cose = Код повреждён или не является кодом Carnet.
reason-unsupported-header = Код использует подпись, которую Carnet не знает. Более новая версия Carnet может его прочитать.
reason-bad-payload = Содержимое кода повреждено.
reason-holder-signature-invalid = Подпись человека не совпадает: код изменён.
reason-nonce-mismatch = Код сделан для другого запроса (номер { $found }, а не { $expected }). Возможно, это копия.
reason-audience-mismatch = Код сделан для «{ $found }», а не для «{ $expected }».
reason-presentation-expired = Сам код перестал действовать { $exp }. Попросите человека сделать новый.
reason-presentation-not-yet-valid = В коде сказано, что он сделан { $iat }, а это время ещё не наступило. Проверьте часы этого устройства.
reason-endorsement-signature-invalid = Подпись того, кто подтвердил, не совпадает: навык изменён.
reason-issuer-key-not-sent = Подписант назван только отпечатком { $kid }, и вы его не знаете.
reason-endorsement-expired = Подпись навыка перестала действовать { $exp }.
reason-endorsement-not-yet-valid = В навыке сказано, что он подписан { $iat }, а это время ещё не наступило. Проверьте часы этого устройства.
reason-issuer-unknown = «{ $name }» (отпечаток ключа { $kid }) нет в ваших списках доверия. Любой может назвать себя как угодно.
reason-issuer-not-trusted-at-issue = За «{ $name }» (отпечаток ключа { $kid }) никто не ручался в день подписи.
reason-issuer-trusted = Подписант есть в вашем списке доверия (отпечаток ключа { $kid }).
reason-issuer-claims-differ = Ваш список доверия говорит, что этот подписант — { $kind } в { $country }; подпись говорит иначе. Полагайтесь на список доверия.
reason-revoked = Подписант отозвал подтверждение номер { $index }.
reason-no-revocation-list = У вас нет списка отозванного от этого подписанта.
reason-self-declared = Это говорит сам человек; никто это не подписал.

## verify: the rest of the report

verify-presentation = Показано для этапа «{ $stage }», сделано { $date } человеком с ключом { $kid }.
verify-audience = Сделано для: { $audience }
verify-stage-recruitment = поиск работы
verify-stage-pre-departure = подготовка к отъезду
verify-stage-arrival = прибытие
verify-stage-career = работа и обучение
verify-stage-return = возвращение домой
verify-endorsed-by = Подписал(а) { $name }, { $kind } в { $country }.
verify-endorsed-by-unchecked = Подписал(а) кто-то, кто называет себя «{ $name }», { $kind } в { $country } (не проверено; отпечаток ключа { $kid }).
verify-colleague-note = Это слово коллеги: человека, который работал рядом, а не школы или работодателя.
verify-endorsed-on = Подписано { $date }; проверено так: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Действует до { $expires }.
}
verify-how-observation = наблюдали за работой
verify-how-test = тест
verify-how-document = документ
verify-how-interview = собеседование
verify-hidden = { $count ->
    [one] Человек скрыл { $count } деталь.
    [few] Человек скрыл { $count } детали.
    [many] Человек скрыл { $count } деталей.
   *[other] Человек скрыл { $count } детали.
}
verify-trust-age = { $days ->
    [0] Список доверия от сегодня.
    [one] Список доверия { $days } день назад ({ $date }).
    [few] Список доверия { $days } дня назад ({ $date }).
    [many] Список доверия { $days } дней назад ({ $date }).
   *[other] Список доверия { $days } дня назад ({ $date }).
}
verify-newer-code = Этот код сделан более новой версией Carnet. Обновите Carnet, чтобы его проверить.
verify-status-age = { $days ->
    [0] Список отозванных подтверждений: от сегодня.
    [one] Список отозванных подтверждений: { $days } день назад ({ $date }).
    [few] Список отозванных подтверждений: { $days } дня назад ({ $date }).
    [many] Список отозванных подтверждений: { $days } дней назад ({ $date }).
   *[other] Список отозванных подтверждений: { $days } дня назад ({ $date }).
}
verify-field-kind = Что:
verify-field-title = Название:
verify-field-esco = ESCO:
verify-field-entry-id = Запись:
verify-field-level = Уровень:
verify-field-from = С:
verify-field-to = По:
verify-field-country = Страна:
verify-field-context = Где научился:
verify-field-evidence = Доказательство (хеш):
verify-field-eqf = Уровень EQF:
verify-entry-kind-skill = навык
verify-entry-kind-qualification = диплом или квалификация
verify-entry-kind-experience = опыт работы
verify-entry-kind-language = язык
verify-entry-kind-learning = курс
verify-context-formal = в школе или колледже
verify-context-non-formal = на курсе
verify-context-informal = на работе или самостоятельно
verify-esco-skill = навык
verify-esco-occupation = профессия
verify-esco-qualification = квалификация
