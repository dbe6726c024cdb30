# Review status: machine-drafted, needs review by a native speaker.
# Фото документів і голосові нотатки до запису.

app-evidence-title = Фото і голосові нотатки
app-evidence-hint = Покажіть, що ви вмієте: сфотографуйте документ або розкажіть про це голосом.
app-evidence-add-photo = Додати фото сертифіката
app-evidence-record = Записати голосову нотатку
app-evidence-attach-sound = Додати звуковий файл
app-evidence-adding-photo = Додаємо фото…
app-evidence-adding-voice = Додаємо голосову нотатку…
app-evidence-recording = Запис: { $time } з { $max }
app-evidence-stop = Зупинити і зберегти
app-evidence-starting = Вмикаємо мікрофон…
app-evidence-photo = Фото { $number }
app-evidence-voice = Голосова нотатка { $number }
app-evidence-view = Переглянути більшим
app-evidence-close = Закрити
app-evidence-missing = Цього ще немає на телефоні. Синхронізуйте, щоб отримати.
app-evidence-other = Файл із новішої версії Carnet. Оновіть Carnet, щоб його побачити.
app-evidence-saved = Збережено. Можна додати ще.
app-evidence-remove-confirm = Прибрати це із запису? З цього пристрою воно теж буде видалене.
