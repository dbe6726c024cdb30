# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# Errors of the logbook, shared by every Carnet front end (CLI, app). Each
# message is named error- and a stable code from carnet-core, and says what
# happened and what to do, in short, plain sentences. Front ends add their
# own hint after it (for the CLI, cli-hint-* in cli.ftl), so no message
# here names a command or a button.
# Translators: keep every { $variable } exactly as written; only the
# surrounding text is yours to change. Values such as $value are what the
# person typed; show them as they are.

## Passphrase

error-wrong-passphrase = The passphrase is not right. Check it and try again. Capital letters count.
# $minutes is a number; the wait is rounded up to whole minutes.
error-too-many-attempts = { $minutes ->
    [one] Too many wrong passphrases. Wait 1 minute, then try again.
   *[other] Too many wrong passphrases. Wait { $minutes } minutes, then try again.
}
# $min is a number, such as 6.
error-passphrase-too-short = This passphrase is too short. Use at least { $min } characters.

## The logbook files

error-no-logbook = There is no logbook in this folder yet. Make one first, or choose the folder where your logbook is.
error-already-exists = There is already a logbook in this folder. Nothing was changed.
error-damaged-key-file = The key of your logbook is damaged or missing, so it cannot be opened. Put back a copy from a backup, or from a device you paired with this one.
error-damaged-database = Your logbook is damaged, so it cannot be opened. Put back a copy from a backup, or from a device you paired with this one.
# $what says what was written by the newer Carnet; only export-file
# changes the sentence.
error-too-new = { $what ->
    [export-file] This file was made by a newer version of Carnet. Update Carnet, then try again.
    [taxonomy] The ESCO data that came with Carnet is from a newer version of Carnet. Update Carnet, then try again.
   *[other] Your logbook was saved by a newer version of Carnet. Update Carnet, then try again.
}
error-disk-full = The disk is full. Nothing was lost. Free some space, for example by deleting old files, then try again.
error-io = Carnet could not read or write the files of your logbook. Check that the folder exists and that you may write in it, then try again.
error-internal = Something went wrong inside Carnet. This is a mistake in Carnet, not yours. Please tell the people who make Carnet.

## Entries

# $id is what the person typed to name an entry.
error-not-found = No entry has the id “{ $id }”. Check the id and try again.
error-ambiguous-id = More than one entry starts with “{ $id }”. Type more of the id.

## Values the person typed

error-invalid-kind = “{ $value }” is not a kind of entry. Use skill, qualification, experience, language or learning.
error-invalid-date = “{ $value }” is not a date. Write a year (2019), a month (2019-05) or a day (2019-05-14).
# $kind is the kind of the entry: language, qualification, learning, skill
# or experience.
error-invalid-level = { $kind ->
    [language] “{ $value }” is not a language level. Use A1, A2, B1, B2, C1 or C2.
    [qualification] “{ $value }” is not a level for a qualification. Use a number from 1 to 8 (EQF).
    [learning] “{ $value }” is not a level for a course. Use a number from 1 to 8 (EQF).
    [eqf] “{ $value }” is not an EQF level. Use a number from 1 to 8.
   *[other] “{ $value }” is not a level. Use basic, intermediate, advanced or expert.
}
error-invalid-country = “{ $value }” is not a country code. Use two letters, for example SY, AF, ER or DE.
error-invalid-language = “{ $value }” is not a language code. Use a short code, for example ar, fa-AF or en.
error-invalid-esco = “{ $value }” is not an ESCO address. It starts with http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” is not an ISCO-08 job code. Use 1 to 4 digits, for example 7212.
error-invalid-proficiency = “{ $value }” is not a level. Use basic, intermediate, advanced or expert.
error-invalid-context = “{ $value }” is not a way of learning. Use formal, non-formal or informal.
error-invalid-stage = “{ $value }” is not a stage. Use recruitment, pre-departure, arrival, career or return.
# $expected is a list of names, such as "title, level, from".
error-invalid-field = “{ $value }” is not something you can change. Use one of: { $expected }.
# $field is the name of a field, such as title.
error-empty-field = { $field ->
    [title] The title is empty. Write a short title.
   *[other] The { $field } is empty. Write something in it.
}
error-date-order = The end date { $to } is before the start date { $from }. Check the two dates.
error-import-format = This file is not a Carnet export, so it cannot be read. Choose a file that Carnet exported.

## Photos

error-evidence-not-an-image = This file is not a photo. Carnet takes JPEG, PNG and WebP pictures.
# $format is a file type, such as GIF or TIFF.
error-evidence-unsupported-format = This is a { $format } picture, and Carnet cannot use it. Save it as JPEG, PNG or WebP, then try again.
error-evidence-damaged = The photo is damaged or not complete. Take or choose the photo again.
# $width and $height are numbers of pixels.
error-evidence-too-large = The picture is too large ({ $width } × { $height } pixels). Take the photo with a lower quality setting, or choose a smaller copy.
# $megabytes is a number such as 40.5.
error-evidence-file-too-big = The file is too big ({ $megabytes } MB). The limit is 32 MB. Choose a smaller file.
error-evidence-encode-failed = Carnet could not save the photo. Please try again. If it happens again, please tell the people who make Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

# $url is what the person typed.
error-sync-bad-hub-address = “{ $url }” is not a hub address. A hub address looks like http://192.168.1.10:8470. Ask the centre for it.
error-sync-no-hub = No hub is set for this logbook yet. Ask the centre for the address of their hub.
# $url is the hub's address.
error-sync-unreachable = Carnet cannot reach the hub at { $url }. Your logbook is safe on this device. Try again when you are connected to the centre's network.
error-sync-refused = The hub does not accept this device for this logbook. If you removed this device from your logbook, this is expected. Otherwise, ask the centre.
error-sync-unknown-logbook = The hub has no copy of this logbook yet. Sync the device that has your logbook first, then try again.
# $seconds is a number.
error-sync-rate-limited = The hub is busy. Wait { $seconds } seconds, then try again. Your logbook is safe on this device.
error-sync-hub-full = The hub has no room left for your logbook. Your logbook is safe on this device. Ask the centre.
# $status and $code say what the hub answered, for a helper.
error-sync-hub-error = The hub had a problem ({ $status } { $code }). Your logbook is safe on this device. Try again later, or ask the centre.
error-sync-protocol = The hub sent something this version of Carnet cannot read. Your logbook is safe on this device. Update Carnet, or ask the centre.
error-sync-forged = The hub sent a change that is damaged or was changed by someone. Carnet did not use it, and your logbook was not changed. Tell the centre.
error-sync-incomplete = The hub did not send all the changes it should have. Carnet did not use them, and your logbook was not changed. Try again later, or tell the centre.
# $epoch is a number.
error-sync-unknown-epoch = This device does not have the newest key of your logbook, so it cannot read what the hub has. If you removed this device, this is expected. Otherwise, pair it again.
# $latest and $cursor are numbers.
error-sync-rolled-back = The hub has lost some data. Your logbook on this device is complete and was not changed. Tell the centre.
error-sync-pairing-code = This is not a pairing code, or part of it is missing. Show the code again on your other device, and scan or type all of it.
error-sync-pairing-expired = This pairing code is too old. Show a new code on your other device.
error-sync-pairing-taken = Another device already answered this pairing code. Nothing was shared. Show a new code on your other device and try again.
error-sync-pairing-refused = Your other device said no to this pairing. Nothing was shared.
error-sync-remove-self = This is the device you are using. To remove it, do it from another of your devices.
error-sync-cancelled = You stopped waiting for the other device. Nothing was shared. Start again when both devices are ready.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = This is not the square code of a Carnet recovery sheet, or Carnet could not read all of it. Take a sharper photo of the whole code, or type the 12 words.
# $problem is count, unknown or checksum; $position is a word number.
error-sync-recovery-words = { $problem ->
    [count] A recovery sheet has 12 words; you gave { $position }. Type all 12, in order.
    [unknown] Word { $position } is not a word of recovery sheets. Check its spelling on the sheet.
   *[other] The words do not fit together: one of them is wrong, or two are swapped. Check each word on the sheet.
}
error-sync-recovery-no-box = The hub has nothing for this recovery sheet. A newer sheet may have replaced it, or the sheet is for another hub. Use your newest sheet.
# $path is a file name; $reason says why, for a helper.
error-sheet-write = Carnet could not write the sheet to { $path }. Check the folder and the free space. ({ $reason })

## The ESCO taxonomy

# $path is where Carnet looked for its ESCO data file.
error-taxonomy-missing = Carnet cannot find its ESCO data file ({ $path }). Install Carnet again.
error-taxonomy-damaged = The ESCO data file of Carnet is damaged ({ $reason }). Install Carnet again.
# $concept is what the person typed to name an ESCO skill or occupation.
error-unknown-concept = No ESCO skill or occupation is “{ $concept }”. Find its address with carnet esco search.
error-not-an-occupation = “{ $concept }” is an ESCO skill, not an occupation. Find the occupation with carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet could not find a square code in this picture. Take a sharper photo of the whole code, or type the code instead.
# $path is a folder or file; $reason says why, for a helper.
error-save-file = Carnet could not save the file in { $path }. Check the free space. ({ $reason })

## Voice notes

error-evidence-not-audio = This file is not a sound recording. Carnet takes WebM, Ogg, MP4, M4A, AAC, MP3 and WAV sound files.
error-evidence-audio-is-video = This file is a video. Carnet keeps only sound. Record a voice note, or choose a sound file.
# $megabytes is a number such as 6.5.
error-evidence-audio-too-big = The sound file is too big ({ $megabytes } MB). The limit is 5 MB. Record a shorter voice note.
error-evidence-audio-damaged = The sound file is damaged or not complete. Record it or choose it again.
error-evidence-not-evidence = This file is not a photo and not a sound recording. Carnet takes photos (JPEG, PNG, WebP) and sound files (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
# The app asked for the microphone and the person or the phone said no.
error-microphone-denied = Carnet may not use the microphone. Allow it in the settings of your phone, or attach a sound file.
error-microphone-failed = Carnet could not record. Try again, or attach a sound file.
error-recording-empty = Nothing was recorded. Try again and speak after you press the button.
# $sha is the start of the file's fingerprint.
error-evidence-missing = This photo or voice note is not on this device yet ({ $sha }). Sync to get it.
