# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Sawirro iyo fariimo cod ah
app-evidence-hint = Muuji waxa aad samayn karto: sawir warqad, ama codkaaga ku sheeg.
app-evidence-add-photo = Ku dar sawirka shahaado
app-evidence-record = Duub fariin cod ah
app-evidence-attach-sound = Ku lifaaq fayl cod ah
app-evidence-adding-photo = Sawirka waa lagu darayaa…
app-evidence-adding-voice = Fariinta codka waa lagu darayaa…
app-evidence-recording = Duubis: { $time } ee { $max }
app-evidence-stop = Jooji oo kaydi
app-evidence-starting = Makarafoonka waa la bilaabayaa…
app-evidence-photo = Sawir { $number }
app-evidence-voice = Fariin cod { $number }
app-evidence-view = Ku eeg weyn
app-evidence-close = Xir
app-evidence-missing = Weli kuma jiro taleefankan. Is-waafaji si aad u hesho.
app-evidence-other = Fayl ka yimid Carnet ka cusub. Cusboonaysii Carnet si aad u aragto.
app-evidence-saved = Waa la kaydiyay. Waxaad ku dari kartaa wax kale.
app-evidence-remove-confirm = Ma laga saaraa tan qoraalka? Qalabkan sidoo kale waa laga tirtirayaa.
