# Review status: machine-drafted, needs review by a native speaker.
# Перевірка коду: висновки, причини і звіт.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = тренер
issuer-kind-employer = роботодавець
issuer-kind-centre = центр
issuer-kind-college = коледж
issuer-kind-colleague = колега

## verify: verdicts, one per code

verdict-valid = Дійсне: підписано тим, кому ви довіряєте, ще чинне, не відкликане.
verdict-self-declared = Лише зі слів людини: ніхто цього не підписав.
verdict-unknown-issuer = Підписано, але не тим, кому ви довіряєте.
verdict-expired = Термін минув.
verdict-revoked = Відкликано тим, хто підписав.
verdict-tampered = Змінено або скопійовано: не покладайтеся на це.
verdict-malformed = Це не код Carnet, який можна прочитати.

## verify: reasons, one per code

reason-wrong-prefix = Текст не починається з CN1:, тож це не код Carnet.
reason-bad-base45 = Текст містить символи, яких не може бути в коді Carnet. Можливо, його обрізано або введено з помилкою.
reason-bad-zlib = Код обрізаний або пошкоджений.
reason-too-large = Код надто великий, щоб бути кодом Carnet.
reason-bad-cose = Код пошкоджений або не є кодом Carnet.
reason-unsupported-header = Код використовує підпис, якого Carnet не знає. Новіша версія Carnet може його прочитати.
reason-bad-payload = Вміст коду пошкоджений.
reason-holder-signature-invalid = Підпис людини не збігається: код змінено.
reason-nonce-mismatch = Код зроблено для іншого запиту (номер { $found }, а не { $expected }). Можливо, це копія.
reason-audience-mismatch = Код зроблено для «{ $found }», а не для «{ $expected }».
reason-presentation-expired = Сам код перестав діяти { $exp }. Попросіть людину зробити новий.
reason-presentation-not-yet-valid = У коді сказано, що його зроблено { $iat }, а цей час ще не настав. Перевірте годинник цього пристрою.
reason-endorsement-signature-invalid = Підпис того, хто підтвердив, не збігається: навичку змінено.
reason-issuer-key-not-sent = Підписанта названо лише відбитком { $kid }, і ви його не знаєте.
reason-endorsement-expired = Підпис навички перестав діяти { $exp }.
reason-endorsement-not-yet-valid = У навичці сказано, що її підписано { $iat }, а цей час ще не настав. Перевірте годинник цього пристрою.
reason-issuer-unknown = «{ $name }» (відбиток ключа { $kid }) немає у ваших списках довіри. Будь-хто може назватися будь-як.
reason-issuer-not-trusted-at-issue = За «{ $name }» (відбиток ключа { $kid }) ніхто не ручався в день підпису.
reason-issuer-trusted = Підписант є у вашому списку довіри (відбиток ключа { $kid }).
reason-issuer-claims-differ = Ваш список довіри каже, що цей підписант — { $kind } у { $country }; підпис каже інакше. Покладайтеся на список довіри.
reason-revoked = Підписант відкликав підтвердження номер { $index }.
reason-no-revocation-list = У вас немає списку відкликаного від цього підписанта.
reason-self-declared = Це каже людина; ніхто цього не підписав.

## verify: the rest of the report

verify-presentation = Показано для етапу «{ $stage }», зроблено { $date } людиною з ключем { $kid }.
verify-audience = Зроблено для: { $audience }
verify-stage-recruitment = пошук роботи
verify-stage-pre-departure = підготовка до від’їзду
verify-stage-arrival = прибуття
verify-stage-career = робота і навчання
verify-stage-return = повернення додому
verify-endorsed-by = Підписав(-ла) { $name }, { $kind } у { $country }.
verify-endorsed-by-unchecked = Підписав(-ла) хтось, хто називає себе «{ $name }», { $kind } у { $country } (не перевірено; відбиток ключа { $kid }).
verify-colleague-note = Це слово колеги: людини, яка працювала поруч, а не школи чи роботодавця.
verify-endorsed-on = Підписано { $date }; перевірено так: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Діє до { $expires }.
}
verify-how-observation = спостерігали за роботою
verify-how-test = тест
verify-how-document = документ
verify-how-interview = співбесіда
verify-hidden = { $count ->
    [one] Людина приховала { $count } деталь.
    [few] Людина приховала { $count } деталі.
    [many] Людина приховала { $count } деталей.
   *[other] Людина приховала { $count } деталі.
}
verify-trust-age = { $days ->
    [0] Список довіри від сьогодні.
    [one] Список довіри { $days } день тому ({ $date }).
    [few] Список довіри { $days } дні тому ({ $date }).
    [many] Список довіри { $days } днів тому ({ $date }).
   *[other] Список довіри { $days } дня тому ({ $date }).
}
verify-newer-code = Цей код зроблено новішою версією Carnet. Оновіть Carnet, щоб його перевірити.
verify-status-age = { $days ->
    [0] Список відкликаних підтверджень: від сьогодні.
    [one] Список відкликаних підтверджень: { $days } день тому ({ $date }).
    [few] Список відкликаних підтверджень: { $days } дні тому ({ $date }).
    [many] Список відкликаних підтверджень: { $days } днів тому ({ $date }).
   *[other] Список відкликаних підтверджень: { $days } дня тому ({ $date }).
}
verify-field-kind = Що:
verify-field-title = Назва:
verify-field-esco = ESCO:
verify-field-entry-id = Запис:
verify-field-level = Рівень:
verify-field-from = З:
verify-field-to = До:
verify-field-country = Країна:
verify-field-context = Де навчився:
verify-field-evidence = Доказ (хеш):
verify-field-eqf = Рівень EQF:
verify-entry-kind-skill = навичка
verify-entry-kind-qualification = диплом або кваліфікація
verify-entry-kind-experience = досвід роботи
verify-entry-kind-language = мова
verify-entry-kind-learning = курс
verify-context-formal = у школі чи коледжі
verify-context-non-formal = на курсі
verify-context-informal = на роботі або самостійно
verify-esco-skill = навичка
verify-esco-occupation = професія
verify-esco-qualification = кваліфікація
