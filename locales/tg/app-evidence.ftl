# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Аксҳо ва паёмҳои овозӣ
app-evidence-hint = Нишон диҳед, ки чӣ кор карда метавонед: аз ҳуҷҷат акс гиред, ё бо овози худ дар бораи он нақл кунед.
app-evidence-add-photo = Илова кардани акси шаҳодатнома
app-evidence-record = Сабти паёми овозӣ
app-evidence-attach-sound = Замима кардани файли овозӣ
app-evidence-adding-photo = Илова кардани акс…
app-evidence-adding-voice = Илова кардани паёми овозӣ…
app-evidence-recording = Сабт: { $time } аз { $max }
app-evidence-stop = Қатъ ва нигоҳ доштан
app-evidence-starting = Микрофон фаъол мешавад…
app-evidence-photo = Акси { $number }
app-evidence-voice = Паёми овозии { $number }
app-evidence-view = Калон дидан
app-evidence-close = Пӯшидан
app-evidence-missing = Ҳоло дар ин телефон нест. Барои гирифтанаш ҳамоҳанг кунед.
app-evidence-other = Файл аз Carnet-и навтар. Барои дидани он Carnet-ро навсозӣ кунед.
app-evidence-saved = Нигоҳ дошта шуд. Метавонед боз илова кунед.
app-evidence-remove-confirm = Инро аз сабт хориҷ кунем? Он аз ин дастгоҳ ҳам нест карда мешавад.
