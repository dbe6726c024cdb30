# Review status: machine-drafted, needs review by a native speaker.
# Команди підтверджень для власника журналу: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Зробити файл, у якому ви просите тренера, роботодавця або центр підтвердити записи.
    .long = Зробити прохання до тренера, роботодавця, центру, коледжу або колеги підтвердити деякі ваші записи: файл, QR-код (назва із закінченням .png або .svg), щоб показати на телефоні або надрукувати, або з --text текст, щоб надіслати в повідомленні. Дайте його їм. Вони підпишуть і повернуть вам файл підтвердження, який ви збережете командою: carnet receive
cli-cmd-holder-receive = Зберегти підтвердження, яке тренер, роботодавець або центр підписав для вас.
cli-cmd-holder-credentials = Показати підтвердження, які ви зберігаєте, запис за записом. Також: carnet wallet
cli-cmd-holder-present = Показати вибрані записи одним QR-кодом, який будь-хто може перевірити без інтернету.
    .long = Показати вибрані записи одним QR-кодом, який будь-хто може перевірити без інтернету. Підтверджені записи показано разом із тим, хто їх підтвердив; записи, вказані з --self-declared, показано як лише з ваших слів. На екрані код діє 24 години; з --print — 5 років.
cli-cmd-holder-export = Записати підтверджений запис як W3C Verifiable Credential (Open Badges 3.0) для інших застосунків.
    .long = Записати підтверджений запис як W3C Verifiable Credential 2.0 (значок Open Badges 3.0), підписаний тим, хто його підтвердив, щоб інші гаманці й застосунки могли його перевірити. Без --out його буде виведено на екран.

## Help: arguments

cli-arg-holder-request-ids = Записи, які підтвердити: їхні id або перші 4 чи більше символів кожного. Щоб побачити id, введіть: carnet list
cli-arg-holder-request-out = Куди записати прохання: назва із закінченням .png або .svg дає зображення QR-коду; будь-яка інша назва, наприклад request.cbor, — файл.
cli-arg-holder-request-text = Вивести на екран текст прохання (починається з CNR1:), щоб надіслати його повідомленням.
cli-arg-holder-receive-file = Файл підтвердження, який вам дали, наприклад credential.cbor.
cli-arg-holder-present-select = Підтверджені записи, які показати: їхні id або перші 4 чи більше символів кожного.
cli-arg-holder-present-fields = Показати лише ці частини кожного запису, через кому, наприклад title,level. Інші лишаються прихованими. Частини: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Без цього показано все.
cli-arg-holder-present-self-declared = Записи, які показати як лише з ваших слів, ніким не підтверджені.
cli-arg-holder-present-stage = Для чого ви це показуєте: recruitment, pre-departure, arrival, career або return. Без цього: recruitment.
cli-arg-holder-present-audience = Кому ви це показуєте, якщо вас попросили їх назвати, наприклад назва агентства.
cli-arg-holder-present-nonce = Код, який дала вам людина, що перевіряє, якщо дала (символи 0-9 і a-f).
cli-arg-holder-present-print = Зробити для паперу: код краще витримує подряпини і згини і діє 5 років замість 24 годин.
cli-arg-holder-present-out = Зображення, яке записати: назва із закінченням .png або .svg.
cli-arg-holder-present-text = Також вивести текст усередині QR-коду, щоб надіслати його повідомленням.
cli-arg-holder-export-id = Підтверджений запис: його id або перші 4 чи більше символів.
cli-arg-holder-export-format = Формат запису. Лише: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Записати як підписаний токен (VC-JWT) замість JSON із доказом.
cli-arg-holder-export-out = Файл, який записати, наприклад badge.json або badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Це прохання просить підтвердити { $count } запис.
        [few] Це прохання просить підтвердити { $count } записи.
        [many] Це прохання просить підтвердити { $count } записів.
       *[other] Це прохання просить підтвердити { $count } запису.
    } Той, хто підтверджує, побачить такі частини кожного:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Прохання записано в { $path }.
holder-request-next = Дайте файл тому, хто підтверджує. Коли вам повернуть файл підтвердження, введіть: carnet receive FILE
holder-receive-done = Збережено: підтвердив(-ла) { $issuer }, { $kind }, { $country }. Як перевіряли: { $assessed }.
holder-validity-until = Видано { $issued }. Дійсне до { $expires }.
holder-validity-open = Видано { $issued }. Без кінцевої дати.
holder-wallet-empty = У вас ще немає підтверджень. Щоб попросити, введіть: carnet request ID --out request.cbor
holder-wallet-damaged = Підтвердження, яке вже не можна прочитати. Попросіть у того, хто його дав, нове.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): видано { $issued }, дійсне до { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): видано { $issued }, без кінцевої дати
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): видано { $issued }, закінчилося { $expires }
holder-present-nothing = Скажіть, що показати: --select ID для підтверджених записів, --self-declared ID для інших.
holder-present-done = QR-код записано в { $path }: підтверджених — { $endorsed }, з ваших слів — { $declared }.
holder-present-size = Розмір: QR версії { $version }, рівень { $ec }, символів: { $chars }.
holder-present-expires = Його можна перевірити до { $when } (годин: { $hours }).
holder-present-by-kid = Щоб усе вмістилося, підписантів названо коротким відбитком. Той, хто перевіряє, побачить, хто вони, лише якщо вони є в його списку довірених підписантів.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = тренер
holder-issuer-kind-employer = роботодавець
holder-issuer-kind-centre = центр
holder-issuer-kind-college = коледж
holder-issuer-kind-colleague = колега (людина, яка працювала з вами, а не організація)

## How they checked

holder-assessed-observation = спостерігали, як ви працюєте
holder-assessed-test = тест
holder-assessed-document = перевірили документ
holder-assessed-interview = співбесіда

## Errors

error-holder-no-key = Цей журнал не має ключа для підпису підтверджень. Нічого не змінено. Будь ласка, повідомте про цю проблему.
error-holder-write-file = Не вдалося записати файл { $path }: { $reason }. Перевірте, чи існує папка і чи є вільне місце, потім спробуйте ще раз.
error-holder-entry-unfit = Запис «{ $title }» не можна додати в підтвердження: поле { $field } задовге або має неправильний вигляд. Змініть його командою carnet edit, потім спробуйте ще раз.
error-holder-unknown-field = «{ $value }» не є частиною запису, яку можна показати. Частини: { $known }.
error-holder-credential-no-entries = Підтвердження { $path } не каже, який ваш запис воно підтверджує. Нічого не збережено. Попросіть нове, зроблене з файлу прохання: carnet request
error-holder-credential-entry-gone = Підтвердження { $path } стосується запису, якого вже немає у вашому журналі ({ $id }). Нічого не збережено. Якщо ви видалили його на цьому пристрої, додайте його з копії журналу, потім спробуйте ще раз.
error-holder-credential-damaged = Підтвердження запису «{ $title }» вже не можна прочитати. Попросіть у того, хто його підтвердив, нове.
error-holder-not-endorsed = Запис «{ $title }» ще ніхто не підтвердив. Покажіть його з --self-declared або попросіть підтвердження: carnet request
error-holder-selected-twice = Запис «{ $title }» вказано і з --select, і з --self-declared. Вкажіть його один раз.
error-holder-bad-stage = «{ $value }» — це не етап. Етапи: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Отримувач має бути від 1 до 100 символів, в одному рядку.
error-holder-bad-nonce = «{ $value }» — це не код від того, хто перевіряє: він має містити від 2 до 128 символів 0-9 і a-f.
error-holder-bad-out = Зображення { $path } має мати назву із закінченням .png або .svg.
error-holder-no-vc = Підтвердження «{ $title }» від { $issuer } зроблено ще до того, як Carnet навчився записувати його як підтвердження W3C, а підписати таке можуть лише вони. Попросіть їх підтвердити ще раз: зробіть нове прохання (carnet request ID --out request.cbor), дайте його їм і збережіть файл, який вони повернуть (carnet receive FILE).
