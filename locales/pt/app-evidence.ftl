# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = Fotografias e mensagens de voz
app-evidence-hint = Mostre o que sabe fazer: tire uma fotografia a um papel, ou fale sobre isso com a sua voz.
app-evidence-add-photo = Acrescentar a fotografia de um certificado
app-evidence-record = Gravar uma mensagem de voz
app-evidence-attach-sound = Juntar um ficheiro de som
app-evidence-adding-photo = A acrescentar a fotografia…
app-evidence-adding-voice = A acrescentar a mensagem de voz…
app-evidence-recording = A gravar: { $time } de { $max }
app-evidence-stop = Parar e guardar
app-evidence-starting = A ligar o microfone…
app-evidence-photo = Fotografia { $number }
app-evidence-voice = Mensagem de voz { $number }
app-evidence-view = Ver em grande
app-evidence-close = Fechar
app-evidence-missing = Ainda não está neste telemóvel. Sincronize para a receber.
app-evidence-other = Um ficheiro de um Carnet mais recente. Atualize o Carnet para o ver.
app-evidence-saved = Guardado. Pode acrescentar mais.
app-evidence-remove-confirm = Retirar isto da entrada? Também é apagado deste aparelho.
