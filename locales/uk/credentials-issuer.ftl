# Review status: machine-drafted, needs review by a native speaker.
# Команди для тих, хто підписує і перевіряє: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Підписувати навички інших людей як тренер, роботодавець, центр, коледж або колега.
cli-cmd-issuer-init = Створити ваш ключ для підпису. Він захищений паролем.
cli-cmd-issuer-show = Показати вашу назву, вид і відкритий ключ підписанта. Пароль не потрібен.
cli-cmd-issuer-revoke = Відкликати одне підтвердження, яке ви підписали, за його номером.
cli-cmd-issuer-status-list = Записати підписаний список відкликаних підтверджень, щоб дати тим, хто перевіряє.
cli-cmd-endorse = Підписати прохання, яке вам дали, і записати підтвердження, щоб повернути.
cli-cmd-trust = Вибрати, чиїм підписам ви довіряєте, коли перевіряєте QR-код.
cli-cmd-trust-anchor = Опори довіри: мережі або установи, які ручаються за підписантів.
cli-cmd-trust-anchor-init = Створити ключ для підпису як опора довіри, щоб ручатися за підписантів.
cli-cmd-trust-anchor-show = Показати назву і відкритий ключ вашої опори довіри.
cli-cmd-trust-anchor-add = Довіряти спискам, підписаним ключем цієї опори довіри.
cli-cmd-trust-bundle = Як опора довіри, підписати список підписантів, за яких ви ручаєтеся.
cli-cmd-trust-import = Додати з файлу підписаний список довірених підписантів.
cli-cmd-trust-list = Показати підписантів, яким ви довіряєте, і вік кожного списку.
cli-cmd-revocation = Списки підтверджень, які підписанти відкликали.
cli-cmd-revocation-import = Додати підписаний список підтверджень, які відкликав підписант.
cli-cmd-verify = Перевірити QR-код Carnet: хто підписав кожну навичку і чи вона ще дійсна.

## Help: what to give

cli-arg-issuer-name = Ваше ім’я або назва вашої організації, як люди мають її бачити.
cli-arg-issuer-country = Ваша країна, двома літерами, наприклад KE або PT.
cli-arg-issuer-kind = Хто ви: trainer, employer, centre, college або colleague.
cli-arg-revoke-index = Номер підтвердження, яке відкликати.
cli-arg-cred-out = Файл, який записати.
cli-arg-endorse-request = Прохання, яке вам дала людина: файл (request.cbor), зображення його QR-коду (PNG або JPEG) або текстовий файл із текстом, що починається з CNR1:
cli-arg-endorse-text = Текст прохання, що починається з CNR1:, якщо людина надіслала його повідомленням. Замість файлу.
cli-arg-endorse-assessed-by = Як ви перевірили навичку: observation, test, document або interview.
cli-arg-endorse-expires = Останній день дії підтвердження, наприклад 2027-05-14. Без цього воно не закінчується.
cli-arg-endorse-valid-days = Скільки днів діє підтвердження, від сьогодні.
cli-arg-anchor-name = Назва опори довіри, як люди мають її бачити.
cli-arg-anchor-key = Відкритий ключ опори довіри: 64 літери і цифри.
cli-arg-bundle-issuer = Файл підписанта, з carnet issuer show --json. Вкажіть один раз для кожного підписанта.
cli-arg-trust-file = Файл списку довіри (.cbor).
cli-arg-status-file = Файл списку підписанта (.cbor).
cli-arg-verify-image = Зображення QR-коду: PNG, JPEG або WebP.
cli-arg-verify-text = Текст QR-коду, що починається з CN1:
cli-arg-verify-nonce = Число, яке ви попросили людину додати в код (hex).
cli-arg-verify-audience = Назва, яку ви попросили людину додати в код.

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

issuer-created = Ваш ключ підписанта для { $name } готовий. Зберігайте пароль у безпеці: без нього ви не зможете підписувати.
issuer-label-name = Назва:
issuer-label-country = Країна:
issuer-label-kind = Вид:
issuer-label-public-key = Відкритий ключ:
issuer-label-kid = Відбиток ключа:
issuer-label-issued = Видано номерів:
issuer-label-revoked = Відкликано:
issuer-revoked = Підтвердження номер { $index } відкликано.
issuer-already-revoked = Підтвердження номер { $index } вже було відкликано.
issuer-revoked-next-step = Ті, хто перевіряє, дізнаються про це лише з вашого наступного списку: запишіть його командою carnet issuer status-list --out list.cbor, потім дайте їм файл.
issuer-status-list-written = { $count ->
    [one] Список у { $path }. У ньому { $count } відкликане підтвердження.
    [few] Список у { $path }. У ньому { $count } відкликані підтвердження.
    [many] Список у { $path }. У ньому { $count } відкликаних підтверджень.
   *[other] Список у { $path }. У ньому { $count } відкликаного підтвердження.
}

endorse-intro = { $count ->
    [one] Ви збираєтеся підписати { $count } запис для людини з ключем { $holder }:
    [few] Ви збираєтеся підписати { $count } записи для людини з ключем { $holder }:
    [many] Ви збираєтеся підписати { $count } записів для людини з ключем { $holder }:
   *[other] Ви збираєтеся підписати { $count } запису для людини з ключем { $holder }:
}
endorse-entry = { $title } ({ $kind }, рівень { $level }, { $dates })
endorse-untitled = (без назви)
endorse-how-observation = Ви кажете, що бачили, як людина це робить.
endorse-how-test = Ви кажете, що людина склала тест.
endorse-how-document = Ви кажете, що перевірили документ.
endorse-how-interview = Ви кажете, що перевірили це на співбесіді.
endorse-expires-on = Діє до { $date }.
endorse-no-expiry = Без кінцевої дати.
endorse-written = { $count ->
    [1] Підписано. Поверніть { $path } людині. Його номер: { $first }.
   *[other] Підписано. Поверніть { $path } людині. Номери: від { $first } до { $last }.
}

trust-anchor-added = Тепер ви довіряєте спискам, підписаним { $name } (відбиток ключа { $kid }).
trust-bundle-written = { $count ->
    [one] Підписаний список з { $count } підписанта в { $path }.
   *[other] Підписаний список з { $count } підписантів в { $path }.
}
trust-imported = { $count ->
    [one] Додано список довіри з { $count } підписанта, зроблений { $date }.
   *[other] Додано список довіри з { $count } підписантів, зроблений { $date }.
}
trust-list-empty = Ви ще не довіряєте жодному підписанту. Додайте список довіри командою carnet trust import.
trust-list-bundle = { $days ->
    [0] Список довіри від { $anchor }, зроблений сьогодні ({ $date }):
    [one] Список довіри від { $anchor }, зроблений { $days } день тому ({ $date }):
    [few] Список довіри від { $anchor }, зроблений { $days } дні тому ({ $date }):
    [many] Список довіри від { $anchor }, зроблений { $days } днів тому ({ $date }):
   *[other] Список довіри від { $anchor }, зроблений { $days } дня тому ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, відбиток ключа { $kid }
revocation-imported = { $count ->
    [one] Додано список { $name }, зроблений { $date }: відкликано { $count } підтвердження.
    [few] Додано список { $name }, зроблений { $date }: відкликано { $count } підтвердження.
    [many] Додано список { $name }, зроблений { $date }: відкликано { $count } підтверджень.
   *[other] Додано список { $name }, зроблений { $date }: відкликано { $count } підтвердження.
}

## Errors of these commands

error-issuer-exists = У цій папці вже є ключ підписанта. Нічого не змінено.
error-no-issuer = У цій папці ще немає ключа підписанта. Створіть його командою carnet issuer init.
error-issuer-damaged = Ключ підписанта в цій папці пошкоджений або не відповідає своїм даним. Поверніть копію з резервної копії.
error-anchor-exists = У цій папці вже є ключ опори довіри. Нічого не змінено.
error-no-anchor = У цій папці ще немає ключа опори довіри. Створіть його командою carnet trust anchor init.
error-anchor-damaged = Ключ опори довіри в цій папці пошкоджений або не відповідає своїм даним. Поверніть копію з резервної копії.
error-identity-too-new = Цей ключ зроблено новішою версією Carnet. Оновіть Carnet, щоб ним користуватися.
error-storage-file = Carnet не зміг записати або прочитати { $path }. Перевірте, чи є місце і чи можна туди записувати. (Для помічника: { $reason })
error-file-too-big = { $path } надто великий для файлу Carnet.
error-issuer-kind = «{ $value }» — це не вид підписанта. Пишіть trainer, employer, centre, college або colleague.
error-assessed-by = «{ $value }» — це не спосіб перевірки. Пишіть observation, test, document або interview.
error-expires-date = «{ $value }» — це не день. Пишіть як рік-місяць-день, наприклад 2027-05-14.
error-expires-past = Кінцевий день має бути після сьогодні.
error-issuer-indexes-used-up = Цей ключ підписанта використав усі свої номери. Створіть новий ключ підписанта.
error-revoke-not-issued = Ви не підписували підтвердження з номером { $index }. Ваші номери — від 0 до { $next } (не включно).
error-anchor-name = Назва має бути від 1 до 100 символів.
error-anchor-known = Ви вже довіряєте цій опорі довіри (відбиток ключа { $kid }).
error-issuer-file = { $path } не є файлом підписанта. Попросіть у підписанта результат команди carnet issuer show --json.
error-trust-bundle-not-newer = У вас уже є цей список довіри або новіший від тієї ж опори довіри. Нічого не змінено.
error-status-list-not-newer = У вас уже є новіший список від цього підписанта. Нічого не змінено.
error-status-list-issuer-unknown = Цей список від підписанта, якому ви ще не довіряєте (відбиток ключа { $kid }). Спочатку імпортуйте список довіри, де його названо.
error-verifier-damaged = Ваші збережені списки довіри пошкоджені або змінені. Імпортуйте їх ще раз.
error-verify-nonce = «{ $value }» — це не число в hex, як 3fa9.
error-verify-got-request = Це прохання підтвердити чиїсь записи (його текст починається з CNR1:), а не код, що показує навички. Нічого не перевірено. Той, хто підтверджує, підписує його командою: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Це код, що показує чиїсь навички (його текст починається з CN1:), а не прохання їх підтвердити. Нічого не підписано. Щоб його перевірити, введіть: carnet verify PICTURE або carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Список довіри пошкоджений або не є списком довіри.
error-trust-bundle-wrong-file = Це інший вид файлу Carnet, а не список довіри.
error-trust-bundle-newer-version = Цей список довіри зроблено новішою версією Carnet. Оновіть Carnet, щоб його прочитати.
error-trust-bundle-unknown-anchor = Цей список довіри підписано опорою довіри, якій ви не довіряєте (відбиток ключа { $kid }). Спочатку додайте її командою carnet trust anchor add, якщо ви її знаєте.
error-trust-bundle-bad-signature = Підпис на цьому списку довіри не збігається. Файл змінено або пошкоджено.
error-trust-bundle-invalid = Значення в списку довіри не можна використати ({ $field }).
error-trust-bundle-too-large = Список довіри завеликий.
error-status-list-malformed = Список пошкоджений або не є списком відкликаних підтверджень.
error-status-list-wrong-file = Це інший вид файлу Carnet, а не список відкликаних підтверджень.
error-status-list-newer-version = Цей список зроблено новішою версією Carnet. Оновіть Carnet, щоб його прочитати.
error-status-list-wrong-issuer = Цей список належить іншому підписантові ({ $found }, а не { $expected }).
error-status-list-bad-signature = Підпис на цьому списку не збігається. Файл змінено або пошкоджено.
error-status-list-invalid = Значення в списку не можна використати ({ $field }).
error-status-list-too-large = Список завеликий.
