# Review status: machine-drafted, needs review by a native speaker.
# Фото документов и голосовые заметки к записи.

app-evidence-title = Фото и голосовые заметки
app-evidence-hint = Покажите, что вы умеете: сфотографируйте документ или расскажите об этом голосом.
app-evidence-add-photo = Добавить фото сертификата
app-evidence-record = Записать голосовую заметку
app-evidence-attach-sound = Прикрепить звуковой файл
app-evidence-adding-photo = Добавляем фото…
app-evidence-adding-voice = Добавляем голосовую заметку…
app-evidence-recording = Запись: { $time } из { $max }
app-evidence-stop = Остановить и сохранить
app-evidence-starting = Включаем микрофон…
app-evidence-photo = Фото { $number }
app-evidence-voice = Голосовая заметка { $number }
app-evidence-view = Посмотреть крупно
app-evidence-close = Закрыть
app-evidence-missing = Этого ещё нет на телефоне. Синхронизируйте, чтобы получить.
app-evidence-other = Файл из более новой версии Carnet. Обновите Carnet, чтобы его увидеть.
app-evidence-saved = Сохранено. Можно добавить ещё.
app-evidence-remove-confirm = Убрать это из записи? С этого устройства оно тоже будет удалено.
