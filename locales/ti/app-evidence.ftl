# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = ስእልታትን ናይ ድምጺ መልእኽትታትን
app-evidence-hint = እትኽእልዎ ኣርእዩ፡ ስእሊ ናይ ወረቐት ኣልዕሉ፡ ወይ ብድምጽኹም ብዛዕባኡ ንገሩ።
app-evidence-add-photo = ስእሊ ምስክር ወረቐት ወስኹ
app-evidence-record = ናይ ድምጺ መልእኽቲ ቅድሑ
app-evidence-attach-sound = ፋይል ድምጺ ኣተሓሕዙ
app-evidence-adding-photo = እቲ ስእሊ ይውሰኽ ኣሎ…
app-evidence-adding-voice = እቲ ናይ ድምጺ መልእኽቲ ይውሰኽ ኣሎ…
app-evidence-recording = ይቕዳሕ ኣሎ፦ { $time } ካብ { $max }
app-evidence-stop = ኣቋርጹን ዓቕቡን
app-evidence-starting = ማይክሮፎን ይጅምር ኣሎ…
app-evidence-photo = ስእሊ { $number }
app-evidence-voice = ናይ ድምጺ መልእኽቲ { $number }
app-evidence-view = ብዓቢኡ ርኣዩ
app-evidence-close = ዕጸዉ
app-evidence-missing = ገና ኣብዚ ተሌፎን የለን። ንምርካቡ ኣመሳስሉ።
app-evidence-other = ካብ ሓድሽ Carnet ዝመጸ ፋይል። ንምርኣዩ Carnet ኣሐድሱ።
app-evidence-saved = ተዓቂቡ። ተወሳኺ ክትውስኹ ትኽእሉ ኢኹም።
app-evidence-remove-confirm = እዚ ካብቲ ምዝገባ ይእለ ድዩ? ካብዚ መሳርሒ እውን ክድምሰስ እዩ።
