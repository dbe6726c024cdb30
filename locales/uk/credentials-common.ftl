# Review status: machine-drafted, needs review by a native speaker.
# Помилки бібліотеки carnet-credential. $what і $expected — лише ключові слова для вибору речення.

## Files and texts

error-credential-malformed = { $what ->
        [request] Це прохання пошкоджене або не є проханням Carnet. Попросіть його ще раз.
        [credential] Цей файл підтвердження пошкоджений або не є підтвердженням Carnet. Попросіть того, хто підтвердив ваші записи, надіслати його ще раз.
       *[other] Це пошкоджене або не є файлом Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] Це не прохання Carnet: це інший вид файлу Carnet. Прохання робиться командою carnet request.
        [credential] Це не підтвердження Carnet: це інший вид файлу Carnet. Перевірте, що ви вибрали файл, який дала вам людина, що підтвердила ваші записи.
       *[other] Це інший вид файлу Carnet. Перевірте, що ви вибрали правильний файл.
    }
error-credential-newer-version = { $what ->
        [request] Це прохання зроблено новішою версією Carnet.
        [credential] Це підтвердження зроблено новішою версією Carnet.
        [text] Цей код зроблено новішою версією Carnet.
       *[other] Це зроблено новішою версією Carnet.
    } Оновіть Carnet, потім спробуйте ще раз.
error-credential-invalid-field = Значення не можна використати ({ $field }): воно задовге або має неправильний вигляд. Нічого не записано.
error-credential-entry-count = Прохання містить від 1 до { $max } записів, а не { $found }. Щоб підтвердити більше, зробіть два прохання.
error-credential-invalid-key = Це не дійсний відкритий ключ. Перевірте, чи його скопійовано повністю.
error-credential-bad-signature = Підпис на цьому підтвердженні не збігається: його змінено або пошкоджено після підписання. Нічого не збережено. Попросіть файл ще раз.
error-credential-not-yours = Це підтвердження зроблено для чужого журналу, не для вашого. Нічого не збережено. Перевірте, що ви отримали саме свій файл.
error-credential-no-such-entry = У цьому підтвердженні немає запису { $index }.
error-credential-duplicate-entry = Запис { $index } вибрано двічі.
error-credential-wrong-prefix = Цей текст не є кодом Carnet: він не починається з CN1: (навички для перевірки) або CNR1: (прохання підтвердити).
error-credential-base45 = Текст містить символи, яких не може бути в коді Carnet. Можливо, його обрізано або введено з помилкою.
error-credential-zlib = Код обрізаний або пошкоджений.
error-credential-too-large = Код надто великий, щоб бути кодом Carnet.

## QR codes

error-qr-not-alphanumeric = Текст містить символи, які не вміщує QR-код для Carnet. Це помилка в Carnet; будь ласка, повідомте про неї.
error-qr-too-large = Це забагато для одного QR-коду: { $chars } символів, а QR-код, який телефони добре читають (версія { $version }, рівень { $ec }), вміщує { $capacity }. Нічого не записано. { $what ->
        [request] Просіть менше записів за раз або запишіть прохання у файл із закінченням .cbor.
       *[other] Виберіть менше записів або покажіть менше частин за допомогою --fields.
    }
error-qr-bad-version = Такого розміру QR-коду не існує.
error-qr-bad-module-size = Такий розмір точки неможливий.
error-qr-not-an-image = Цей файл не є зображенням, яке може прочитати Carnet. Використайте PNG, JPEG або WebP.
error-qr-image-too-large = Зображення завелике ({ $width } × { $height } пікселів). Зменште його і спробуйте ще раз.
error-qr-not-found = На зображенні не вдалося прочитати QR-код. Сфотографуйте чіткіше і ближче, щоб увесь код був у кадрі.
error-qr-render-failed = Не вдалося зробити зображення QR. Це помилка в Carnet; будь ласка, повідомте про неї.
