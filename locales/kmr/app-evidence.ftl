# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Wêne û notên dengî
app-evidence-hint = Nîşan bide ku tu çi dikarî bikî: wêneyê kaxezekê bikişîne, an bi dengê xwe qala wê bike.
app-evidence-add-photo = Wêneyê belgeyekê zêde bike
app-evidence-record = Notek dengî tomar bike
app-evidence-attach-sound = Pelek dengî pêve bike
app-evidence-adding-photo = Wêne tê zêdekirin…
app-evidence-adding-voice = Nota dengî tê zêdekirin…
app-evidence-recording = Tomarkirin: { $time } ji { $max }
app-evidence-stop = Raweste û bihêle
app-evidence-starting = Mîkrofon dest pê dike…
app-evidence-photo = Wêne { $number }
app-evidence-voice = Nota dengî { $number }
app-evidence-view = Mezin bibîne
app-evidence-close = Bigire
app-evidence-missing = Hîn li ser vê telefonê nîne. Hevdem bike da ku bigihîje te.
app-evidence-other = Pelek ji Carnet-eke nûtir. Carnet nû bike da ku wê bibînî.
app-evidence-saved = Hat tomarkirin. Tu dikarî bêtir zêde bikî.
app-evidence-remove-confirm = Vê ji tomarê rakî? Ew ji vê cîhazê jî tê jêbirin.
