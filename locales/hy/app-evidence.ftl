# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Լուսանկարներ և ձայնային նշումներ
app-evidence-hint = Ցույց տվեք, թե ինչ կարող եք անել․ լուսանկարեք փաստաթուղթը կամ պատմեք դրա մասին ձեր ձայնով։
app-evidence-add-photo = Ավելացնել վկայականի լուսանկար
app-evidence-record = Ձայնագրել ձայնային նշում
app-evidence-attach-sound = Կցել ձայնային ֆայլ
app-evidence-adding-photo = Լուսանկարն ավելացվում է…
app-evidence-adding-voice = Ձայնային նշումն ավելացվում է…
app-evidence-recording = Ձայնագրում՝ { $time } / { $max }
app-evidence-stop = Կանգնեցնել և պահել
app-evidence-starting = Խոսափողը միանում է…
app-evidence-photo = Լուսանկար { $number }
app-evidence-voice = Ձայնային նշում { $number }
app-evidence-view = Տեսնել մեծ
app-evidence-close = Փակել
app-evidence-missing = Դեռ այս հեռախոսում չէ։ Համաժամեցրեք՝ ստանալու համար։
app-evidence-other = Ֆայլ Carnet-ի ավելի նոր տարբերակից։ Թարմացրեք Carnet-ը՝ այն տեսնելու համար։
app-evidence-saved = Պահված է։ Կարող եք ավելացնել ևս։
app-evidence-remove-confirm = Հանե՞լ սա գրառումից։ Այն կջնջվի նաև այս սարքից։
