# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# The app's screens for devices: pairing a new device, the list of
# devices, the recovery sheet, export and import. Short, plain sentences;
# each button has an icon next to its text.
# Translators: keep every { $variable } exactly as written.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Add another device
app-pair-intro = Put your logbook on another phone or computer of yours. Both devices need the hub.
app-pair-start = Add another device
app-pair-passphrase = To add a device, type your passphrase.
app-pair-show = Show the code
app-pair-scan = On the new device, choose “Join a logbook”, then scan this square code or type the text below it.
app-pair-qr-alt = Square code to scan with the new device
app-pair-code-label = The code as text
# $time is minutes and seconds, such as 9:41.
app-pair-expires = The code works for { $time } more.
app-pair-waiting = Waiting for the new device…
# $name is the name the new device gave itself.
app-pair-request = “{ $name }” wants your logbook.
app-pair-compare = Does the new device show this same code?
app-pair-approve = Yes, allow
app-pair-refuse = No
# $name is the new device's name.
app-pair-approved = “{ $name }” now has your logbook. It shows in the list of devices after it syncs.
app-pair-refused = You said no. “{ $name }” got nothing.
app-pair-again = Show a new code

## Sync screen: the devices of this logbook

app-devices-title = Your devices
app-devices-none = No device has synced this logbook yet. Sync, and this device shows here.
app-devices-this = This device
# $date is a date.
app-devices-added = Added { $date }
# $date is a date.
app-devices-removed = Removed { $date }
app-devices-remove = Remove
# $name is a device's name.
app-devices-remove-confirm = Remove “{ $name }”? Use this when a phone is lost, sold or given away.
app-devices-remove-consequences = It keeps what it already has, but it cannot get anything you add from now on. Your logbook gets a new key, and your other devices get it when they sync. To use that device again, add it again.
app-devices-remove-yes = Yes, remove it
# $name is a device's name.
app-devices-removed-done = “{ $name }” was removed. Your logbook now has a new key, which that device does not have.
app-devices-new-sheet = Your recovery sheet has the old key. Make a new one now in Settings, and destroy the old one.

## First run: another way to start

app-start-other = Do you already have a logbook?
app-start-join = Join from another device
app-start-recover = Recover with a sheet

## First run: joining a logbook from another device

app-join-title = Join a logbook
app-join-intro = On your other device, open Sync and choose “Add another device”. It shows a code.
app-join-code = The code (it starts with CNP1:)
app-join-code-hint = Paste or type the code here
app-join-picture = Open a picture of the code
app-join-name = A name for this device
app-join-name-default = My new device
app-join-passphrase = Choose a passphrase for this device
app-join-send = Continue
app-join-check = Your other device must show this same code. Allow it there.
app-join-waiting = Waiting for your other device to allow it…
app-join-copying = Copying your logbook…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Recover your logbook
app-recover-intro = Use your recovery sheet and your passphrase. Carnet gets your logbook back from the hub.
app-recover-by-words = Type the 12 words
app-recover-by-code = Use the square code
app-recover-words = The 12 words, in order
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = The hub address on the sheet
app-recover-code = The text of the square code (it starts with CNS1:)
app-recover-picture = Open a photo of the sheet
app-recover-passphrase = Your passphrase (the one you used before)
app-recover-start = Recover my logbook

## Reading a square code from a picture

app-picture-read = The code was read from the picture.
# Phones only: opens the camera until it sees a square code.
app-scan-camera = Scan with the camera
# The camera was refused, closed, or saw no code.
error-camera-scan = No code was read. If Carnet may not use the camera, allow it in your phone's settings. You can also open a photo of the code.

## Settings: the recovery sheet

app-sheet-title = Recovery sheet
app-sheet-intro = A recovery sheet is a paper with 12 words and a square code. If you lose this phone, the sheet and your passphrase get your logbook back on a new one. Keep the sheet safe, away from your phone. Do not keep your passphrase with it.
app-sheet-replaces = A new sheet replaces the old one: an old sheet stops working.
app-sheet-needs-hub = The sheet uses the hub. Set the hub address on the Sync screen first.
app-sheet-passphrase = Type your passphrase to make a sheet
app-sheet-format = Save it as
app-sheet-pdf = PDF, to print
app-sheet-png = Picture
app-sheet-make = Make a recovery sheet
# $path is where the file was saved.
app-sheet-saved = Your recovery sheet is saved in { $path }. Print it, or write down the words below, and keep the paper safe.
app-sheet-english = The sheet is in English: Carnet cannot yet draw the letters of your language on it.
app-sheet-words = Your 12 words

## Settings: export and import

app-export-title = Export and import
app-export-intro = Export saves your whole logbook in one file, to keep or to give to someone you choose.
app-export-consent = This file holds your logbook in readable form: it is not locked by your passphrase. Anyone who gets the file can read everything in it. Photos are not in the file.
app-export-agree = I understand. Save the file
app-export = Export
# $path is where the file was saved; $count is a number.
app-export-saved = { $count ->
    [one] Saved { $count } entry in { $path }.
   *[other] Saved { $count } entries in { $path }.
}
app-import-intro = Import adds what is in an exported file to this logbook. Nothing in your logbook is deleted.
app-import = Import a file
# $count is a number (the same for the next messages).
app-import-added = { $count ->
    [0] No new entries.
    [one] { $count } new entry added.
   *[other] { $count } new entries added.
}
app-import-updated = { $count ->
    [0] No entry changed.
    [one] { $count } entry changed.
   *[other] { $count } entries changed.
}
app-import-unchanged = { $count ->
    [0] No entry was already the same.
    [one] { $count } entry was already the same.
   *[other] { $count } entries were already the same.
}
app-import-profile = Your profile was updated.
app-import-missing-photos = { $count ->
    [one] { $count } photo named in the file is not on this device.
   *[other] { $count } photos named in the file are not on this device.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Your recovery sheet still works, with your new passphrase.
app-passphrase-sheet-not-updated = Your recovery sheet could not be updated at the hub. Until you make a new one, it needs your old passphrase. Make a new sheet when you are connected.

## This device's name

app-device-name = This device’s name
app-device-name-hint = The name your other devices show for this one, for example “Amina’s phone”.
app-device-name-saved = Saved. Your other devices show it after this device syncs.
