# Review status: machine-drafted, needs review by a native speaker.
# Команды для тех, кто подписывает и проверяет: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Подписывать навыки других людей как тренер, работодатель, центр, колледж или коллега.
cli-cmd-issuer-init = Создать ваш ключ для подписи. Он защищён паролем.
cli-cmd-issuer-show = Показать ваше название, вид и открытый ключ подписанта. Пароль не нужен.
cli-cmd-issuer-revoke = Отозвать одно подтверждение, которое вы подписали, по его номеру.
cli-cmd-issuer-status-list = Записать подписанный список отозванных подтверждений, чтобы отдать проверяющим.
cli-cmd-endorse = Подписать просьбу, которую вам дали, и записать подтверждение, чтобы вернуть.
cli-cmd-trust = Выбрать, чьим подписям вы доверяете, когда проверяете QR-код.
cli-cmd-trust-anchor = Опоры доверия: сети или учреждения, которые ручаются за подписантов.
cli-cmd-trust-anchor-init = Создать ключ для подписи как опора доверия, чтобы ручаться за подписантов.
cli-cmd-trust-anchor-show = Показать название и открытый ключ вашей опоры доверия.
cli-cmd-trust-anchor-add = Доверять спискам, подписанным ключом этой опоры доверия.
cli-cmd-trust-bundle = Как опора доверия, подписать список подписантов, за которых вы ручаетесь.
cli-cmd-trust-import = Добавить из файла подписанный список доверенных подписантов.
cli-cmd-trust-list = Показать подписантов, которым вы доверяете, и возраст каждого списка.
cli-cmd-revocation = Списки подтверждений, которые подписанты отозвали.
cli-cmd-revocation-import = Добавить подписанный список подтверждений, которые отозвал подписант.
cli-cmd-verify = Проверить QR-код Carnet: кто подписал каждый навык и действует ли он ещё.

## Help: what to give

cli-arg-issuer-name = Ваше имя или название вашей организации, как люди должны его видеть.
cli-arg-issuer-country = Ваша страна, двумя буквами, например KE или PT.
cli-arg-issuer-kind = Кто вы: trainer, employer, centre, college или colleague.
cli-arg-revoke-index = Номер подтверждения, которое отозвать.
cli-arg-cred-out = Файл, который записать.
cli-arg-endorse-request = Просьба, которую вам дал человек: файл (request.cbor), изображение её QR-кода (PNG или JPEG) или текстовый файл с текстом, начинающимся с CNR1:
cli-arg-endorse-text = Текст просьбы, начинающийся с CNR1:, если человек отправил его сообщением. Вместо файла.
cli-arg-endorse-assessed-by = Как вы проверили навык: observation, test, document или interview.
cli-arg-endorse-expires = Последний день действия подтверждения, например 2027-05-14. Без этого оно не заканчивается.
cli-arg-endorse-valid-days = Сколько дней действует подтверждение, начиная с сегодня.
cli-arg-anchor-name = Название опоры доверия, как люди должны его видеть.
cli-arg-anchor-key = Открытый ключ опоры доверия: 64 буквы и цифры.
cli-arg-bundle-issuer = Файл подписанта, из carnet issuer show --json. Укажите по одному разу для каждого подписанта.
cli-arg-trust-file = Файл списка доверия (.cbor).
cli-arg-status-file = Файл списка подписанта (.cbor).
cli-arg-verify-image = Изображение QR-кода: PNG, JPEG или WebP.
cli-arg-verify-text = Текст QR-кода, начинающийся с CN1:
cli-arg-verify-nonce = Число, которое вы попросили человека добавить в код (hex).
cli-arg-verify-audience = Название, которое вы попросили человека добавить в код.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Ваш ключ подписанта для { $name } готов. Храните пароль в надёжном месте: без него вы не сможете подписывать.
issuer-label-name = Название:
issuer-label-country = Страна:
issuer-label-kind = Вид:
issuer-label-public-key = Открытый ключ:
issuer-label-kid = Отпечаток ключа:
issuer-label-issued = Выдано номеров:
issuer-label-revoked = Отозвано:
issuer-revoked = Подтверждение номер { $index } отозвано.
issuer-already-revoked = Подтверждение номер { $index } уже было отозвано.
issuer-revoked-next-step = Проверяющие узнают об этом только из вашего следующего списка: запишите его командой carnet issuer status-list --out list.cbor, затем отдайте им файл.
issuer-status-list-written = { $count ->
    [one] Список в { $path }. В нём { $count } отозванное подтверждение.
    [few] Список в { $path }. В нём { $count } отозванных подтверждения.
    [many] Список в { $path }. В нём { $count } отозванных подтверждений.
   *[other] Список в { $path }. В нём { $count } отозванного подтверждения.
}

endorse-intro = { $count ->
    [one] Вы собираетесь подписать { $count } запись для человека с ключом { $holder }:
    [few] Вы собираетесь подписать { $count } записи для человека с ключом { $holder }:
    [many] Вы собираетесь подписать { $count } записей для человека с ключом { $holder }:
   *[other] Вы собираетесь подписать { $count } записи для человека с ключом { $holder }:
}
endorse-entry = { $title } ({ $kind }, уровень { $level }, { $dates })
endorse-untitled = (без названия)
endorse-how-observation = Вы говорите, что видели, как человек это делает.
endorse-how-test = Вы говорите, что человек сдал тест.
endorse-how-document = Вы говорите, что проверили документ.
endorse-how-interview = Вы говорите, что проверили это на собеседовании.
endorse-expires-on = Действует до { $date }.
endorse-no-expiry = Без даты окончания.
endorse-written = { $count ->
    [1] Подписано. Верните { $path } человеку. Его номер: { $first }.
   *[other] Подписано. Верните { $path } человеку. Номера: с { $first } по { $last }.
}

trust-anchor-added = Теперь вы доверяете спискам, подписанным { $name } (отпечаток ключа { $kid }).
trust-bundle-written = { $count ->
    [one] Подписанный список из { $count } подписанта в { $path }.
   *[other] Подписанный список из { $count } подписантов в { $path }.
}
trust-imported = { $count ->
    [one] Добавлен список доверия из { $count } подписанта, сделанный { $date }.
   *[other] Добавлен список доверия из { $count } подписантов, сделанный { $date }.
}
trust-list-empty = Вы ещё не доверяете ни одному подписанту. Добавьте список доверия командой carnet trust import.
trust-list-bundle = { $days ->
    [0] Список доверия от { $anchor }, сделан сегодня ({ $date }):
    [one] Список доверия от { $anchor }, сделан { $days } день назад ({ $date }):
    [few] Список доверия от { $anchor }, сделан { $days } дня назад ({ $date }):
    [many] Список доверия от { $anchor }, сделан { $days } дней назад ({ $date }):
   *[other] Список доверия от { $anchor }, сделан { $days } дня назад ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, отпечаток ключа { $kid }
revocation-imported = { $count ->
    [one] Добавлен список { $name }, сделанный { $date }: отозвано { $count } подтверждение.
    [few] Добавлен список { $name }, сделанный { $date }: отозвано { $count } подтверждения.
    [many] Добавлен список { $name }, сделанный { $date }: отозвано { $count } подтверждений.
   *[other] Добавлен список { $name }, сделанный { $date }: отозвано { $count } подтверждения.
}

## Errors of these commands

error-issuer-exists = В этой папке уже есть ключ подписанта. Ничего не изменено.
error-no-issuer = В этой папке ещё нет ключа подписанта. Создайте его командой carnet issuer init.
error-issuer-damaged = Ключ подписанта в этой папке повреждён или не совпадает со своими данными. Верните копию из резервной копии.
error-anchor-exists = В этой папке уже есть ключ опоры доверия. Ничего не изменено.
error-no-anchor = В этой папке ещё нет ключа опоры доверия. Создайте его командой carnet trust anchor init.
error-anchor-damaged = Ключ опоры доверия в этой папке повреждён или не совпадает со своими данными. Верните копию из резервной копии.
error-identity-too-new = Этот ключ сделан более новой версией Carnet. Обновите Carnet, чтобы им пользоваться.
error-storage-file = Carnet не смог записать или прочитать { $path }. Проверьте, есть ли место и можно ли туда записывать. (Для помощника: { $reason })
error-file-too-big = { $path } слишком большой для файла Carnet.
error-issuer-kind = «{ $value }» — это не вид подписанта. Пишите trainer, employer, centre, college или colleague.
error-assessed-by = «{ $value }» — это не способ проверки. Пишите observation, test, document или interview.
error-expires-date = «{ $value }» — это не день. Пишите как год-месяц-день, например 2027-05-14.
error-expires-past = День окончания должен быть после сегодняшнего.
error-issuer-indexes-used-up = Этот ключ подписанта израсходовал все свои номера. Создайте новый ключ подписанта.
error-revoke-not-issued = Вы не подписывали подтверждение с номером { $index }. Ваши номера — от 0 до { $next } (не включая).
error-anchor-name = Название должно быть от 1 до 100 знаков.
error-anchor-known = Вы уже доверяете этой опоре доверия (отпечаток ключа { $kid }).
error-issuer-file = { $path } не является файлом подписанта. Попросите у подписанта результат команды carnet issuer show --json.
error-trust-bundle-not-newer = У вас уже есть этот список доверия или более новый от той же опоры доверия. Ничего не изменено.
error-status-list-not-newer = У вас уже есть более новый список от этого подписанта. Ничего не изменено.
error-status-list-issuer-unknown = Этот список от подписанта, которому вы ещё не доверяете (отпечаток ключа { $kid }). Сначала импортируйте список доверия, где он назван.
error-verifier-damaged = Ваши сохранённые списки доверия повреждены или изменены. Импортируйте их ещё раз.
error-verify-nonce = «{ $value }» — это не число в hex, как 3fa9.
error-verify-got-request = Это просьба подтвердить чьи-то записи (её текст начинается с CNR1:), а не код, который показывает навыки. Ничего не проверено. Тот, кто подтверждает, подписывает её командой: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Это код, который показывает чьи-то навыки (его текст начинается с CN1:), а не просьба их подтвердить. Ничего не подписано. Чтобы его проверить, введите: carnet verify PICTURE или carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Список доверия повреждён или не является списком доверия.
error-trust-bundle-wrong-file = Это другой вид файла Carnet, а не список доверия.
error-trust-bundle-newer-version = Этот список доверия сделан более новой версией Carnet. Обновите Carnet, чтобы его прочитать.
error-trust-bundle-unknown-anchor = Этот список доверия подписан опорой доверия, которой вы не доверяете (отпечаток ключа { $kid }). Сначала добавьте её командой carnet trust anchor add, если вы её знаете.
error-trust-bundle-bad-signature = Подпись на этом списке доверия не совпадает. Файл изменён или повреждён.
error-trust-bundle-invalid = Значение в списке доверия нельзя использовать ({ $field }).
error-trust-bundle-too-large = Список доверия слишком большой.
error-status-list-malformed = Список повреждён или не является списком отозванных подтверждений.
error-status-list-wrong-file = Это другой вид файла Carnet, а не список отозванных подтверждений.
error-status-list-newer-version = Этот список сделан более новой версией Carnet. Обновите Carnet, чтобы его прочитать.
error-status-list-wrong-issuer = Этот список принадлежит другому подписанту ({ $found }, а не { $expected }).
error-status-list-bad-signature = Подпись на этом списке не совпадает. Файл изменён или повреждён.
error-status-list-invalid = Значение в списке нельзя использовать ({ $field }).
error-status-list-too-large = Список слишком большой.
