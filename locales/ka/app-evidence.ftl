# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = ფოტოები და ხმოვანი ჩანაწერები
app-evidence-hint = აჩვენეთ, რა შეგიძლიათ: გადაუღეთ ფოტო საბუთს, ან მოყევით ამის შესახებ ხმით.
app-evidence-add-photo = სერტიფიკატის ფოტოს დამატება
app-evidence-record = ხმოვანი ჩანაწერის ჩაწერა
app-evidence-attach-sound = ხმოვანი ფაილის მიმაგრება
app-evidence-adding-photo = ფოტო ემატება…
app-evidence-adding-voice = ხმოვანი ჩანაწერი ემატება…
app-evidence-recording = იწერება: { $time } / { $max }
app-evidence-stop = შეჩერება და შენახვა
app-evidence-starting = მიკროფონი ირთვება…
app-evidence-photo = ფოტო { $number }
app-evidence-voice = ხმოვანი ჩანაწერი { $number }
app-evidence-view = დიდად ნახვა
app-evidence-close = დახურვა
app-evidence-missing = ჯერ არ არის ამ ტელეფონზე. მისაღებად გააკეთეთ სინქრონიზაცია.
app-evidence-other = ფაილი Carnet-ის უფრო ახალი ვერსიიდან. სანახავად განაახლეთ Carnet.
app-evidence-saved = შენახულია. შეგიძლიათ კიდევ დაამატოთ.
app-evidence-remove-confirm = მოვხსნათ ეს ჩანაწერიდან? ის ამ მოწყობილობიდანაც წაიშლება.
