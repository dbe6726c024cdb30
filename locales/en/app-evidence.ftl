# Review status: source language (English), written by the developers.
# The app: photos of papers and voice notes on an entry (ui/src/screens/Evidence.tsx).
# Plain words: many people who use Carnet read little.

app-evidence-title = Photos and voice notes
app-evidence-hint = Show what you can do: take a photo of a paper, or tell about it with your voice.
app-evidence-add-photo = Add a photo of a certificate
app-evidence-record = Record a voice note
app-evidence-attach-sound = Attach a sound file
app-evidence-adding-photo = Adding the photo…
app-evidence-adding-voice = Adding the voice note…
# $time is minutes and seconds, such as 0:07; $max is the longest a note may be, such as 3:00.
app-evidence-recording = Recording: { $time } of { $max }
app-evidence-stop = Stop and keep
app-evidence-starting = Starting the microphone…
# $number counts the photos of this entry: 1, 2, 3…
app-evidence-photo = Photo { $number }
# $number counts the voice notes of this entry: 1, 2, 3…
app-evidence-voice = Voice note { $number }
# Under a photo's small picture: opens it at full size, to read the paper.
app-evidence-view = See it large
# Closes the photo shown at full size.
app-evidence-close = Close
app-evidence-missing = Not on this phone yet. Sync to get it.
app-evidence-other = A file from a newer Carnet. Update Carnet to see it.
# Shown under a new entry after a photo or voice note saved it.
app-evidence-saved = Saved. You can add more.
app-evidence-remove-confirm = Take this off the entry? It is deleted from this device too.
