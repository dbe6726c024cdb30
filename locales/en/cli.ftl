# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# Messages of the `carnet` command line: its help, its answers, and the
# errors of the command line itself. Errors of the logbook are in
# errors.ftl.
# Translators: keep every { $variable } and { message-reference } exactly as
# written; only the surrounding text is yours to change. Words a person
# types stay in English: carnet, init, add, skill, --title, --set, json,
# FIELD=VALUE and the like. Keep sentences short and plain: many readers
# read little, and some read a second or third language.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = How to type it:
cli-help-commands = Commands:
cli-help-arguments = What to give:
cli-help-options = Options:
cli-help-examples = Examples:

## Help: the whole program

cli-about = Carnet keeps a record of what you can do: skills, work, languages, diplomas and courses. The record stays on your device, locked with your passphrase.

# Shown at the end of `carnet --help`. Keep the commands as they are.
cli-examples =
    Start a logbook:     carnet init
    Add a skill:         carnet add skill --title "Welding" --level advanced
    See your entries:    carnet list
    See one entry:       carnet show 3f2a
    Help for a command:  carnet add --help

cli-opt-data-dir = The folder where your logbook is kept. You can also set CARNET_DATA_DIR.
cli-opt-json = Answer in JSON, for other programs.
cli-opt-lang = The language of Carnet's messages, for example ar, fa, fr, uk or en.
cli-opt-help = Show this help.
cli-opt-version = Show the version of Carnet.

## Help: commands

cli-cmd-init = Make a new logbook, locked with a passphrase.
cli-cmd-passphrase = Change the passphrase of your logbook.
cli-cmd-passphrase-change = Change your passphrase. You type the old one, then the new one two times.
cli-cmd-profile = See or change your profile: your name, your countries, your languages.
cli-cmd-profile-show = Show your profile.
cli-cmd-profile-set = Change your profile. To clear something, give it an empty value, for example --contact "".
cli-cmd-add = Add an entry: a skill, a qualification, work experience, a language or a course.
cli-cmd-list = List your entries.
cli-cmd-show = Show everything about one entry.
cli-cmd-edit = Change an entry.
cli-cmd-rm = Delete an entry.
cli-cmd-search = Find entries that contain some words.
cli-cmd-detach = Take a photo or a voice note off an entry. It is deleted from this device too, unless another entry shows it.
cli-cmd-attach = Add a photo of a paper to an entry, for example a diploma, a certificate or a work paper. Or add a voice note: a sound file where you tell about the skill.
cli-cmd-export = Write your whole logbook as a file that other programs can read.
cli-cmd-import = Read a Carnet export file into your logbook. Nothing in your logbook is deleted.
cli-cmd-devices = The devices that have your logbook.
cli-cmd-devices-list = Show the devices that have your logbook.
cli-cmd-devices-remove = Take your logbook away from a device, for example a lost phone. It cannot read anything you add from now on.
cli-cmd-pair = Put your logbook on another device of yours, such as a new phone.
cli-cmd-pair-show = On the device that has your logbook: show a code for the new device, then allow it.
cli-cmd-pair-join = On the new device: get your logbook with the code your other device shows.
cli-cmd-sync = Send your changes to the centre's hub and get the changes made on your other devices. The hub keeps only a locked copy that it cannot read.

## Help: what to give to the commands

cli-arg-kind = What kind of entry: skill, qualification, experience (work), language or learning (a course).
cli-arg-title = A short name, for example "Welding" or "Driving licence B".
cli-arg-description = More words about it, if you want.
cli-arg-level = How good you are. For a skill or work: basic, intermediate, advanced or expert. For a language: A1 (beginner) to C2 (very good). For a qualification or course: its EQF level, from 1 to 8.
cli-arg-eqf = The EQF level of a diploma or course, from 1 to 8, if you know it.
cli-arg-from = When it started: a year (2019), a month (2019-05) or a day (2019-05-14).
cli-arg-to = When it ended, written the same way. Leave it out if it still goes on.
cli-arg-organisation = The employer, school or training centre.
cli-arg-place = The town or place.
cli-arg-country = The country, as two letters, for example SY, AF, DE.
cli-arg-context = How you learned it: formal (school, diploma), non-formal (a course) or informal (by doing it).
cli-arg-written-in = The language you wrote this entry in, as a short code, for example ar or en.
cli-arg-esco = The ESCO address of the skill or job, if you know it.
cli-arg-isco = The ISCO-08 job code (1 to 4 digits), if you know it.
cli-arg-stage = When in your journey this matters: recruitment, pre-departure, arrival, career or return. You can give more than one.

cli-arg-list-kind = Show only entries of this kind: skill, qualification, experience, language or learning.
cli-arg-list-stage = Show only entries for this stage: recruitment, pre-departure, arrival, career or return.

cli-arg-id = The id of the entry. The first 4 or more characters are enough. To see the ids, type: carnet list
cli-arg-set = A change, written FIELD=VALUE, for example level=advanced. Give it again to change more. An empty value clears the field. The fields are: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = The words to look for.
cli-arg-evidence = The photo or voice note to take off: its id, as carnet show and carnet attach print it (the first 8 or more characters are enough).
cli-arg-photo = A photo (JPEG, PNG or WebP) or a sound file (WebM, Ogg, MP4, M4A, AAC, MP3 or WAV, up to 5 MB). Carnet looks inside the file to know which it is. It removes hidden data, such as the place where a photo was taken.
cli-arg-format = The kind of file. Only json for now.
cli-arg-file = The export file to read.

cli-arg-name = Your name, as you want others to see it.
cli-arg-birth-date = Your date of birth: 1990, 1990-05 or 1990-05-14.
cli-arg-origin = The country you come from, as two letters, for example SY, AF, ER.
cli-arg-current = The country you live in now, as two letters, for example DE, FR.
cli-arg-contact = How people can reach you, for example a phone number or an email.
cli-arg-language = A language you know, as a short code, for example ar, fa-AF or en. The options below are about this language.
cli-arg-mother-tongue = This language is your mother tongue.
cli-arg-not-mother-tongue = This language is not your mother tongue.
cli-arg-listening = How well you understand people who speak: A1 (beginner) to C2 (very good).
cli-arg-reading = How well you read: A1 to C2.
cli-arg-spoken-interaction = How well you take part in a talk: A1 to C2.
cli-arg-spoken-production = How well you speak on your own: A1 to C2.
cli-arg-writing = How well you write: A1 to C2.
cli-arg-remove-language = Take a language off your profile.
cli-arg-hub = The address of the centre's hub, for example http://192.168.1.10:8470. Carnet remembers it.
cli-arg-device-id = The device's id, as shown by: carnet devices list (the first 4 or more characters are enough).
cli-arg-pair-approve = Allow the new device without asking, if it shows this code (for helpers and scripts).
cli-arg-pair-code = The code your other device shows. It starts with CNP1:
cli-arg-pair-name = A name for this device, so that you know it on the other one (for example "Amal's phone").
cli-arg-sync-status = Only show when you last synced and how many changes are waiting. Nothing is sent.
cli-arg-sync-watch = Keep syncing. When the hub cannot be reached, try again later, waiting longer each time.
cli-arg-sync-every = With --watch: how many seconds to wait between syncs (300 if not given).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

# $min is a number, such as 6.
cli-passphrase-new-intro = Choose a passphrase of at least { $min } characters. You need it every time you open your logbook. Nobody can get it back for you.
# The prompts: the person types right after them.
cli-passphrase-prompt = Passphrase:
cli-passphrase-new-prompt = New passphrase:
cli-passphrase-repeat-prompt = Type the new passphrase again:
cli-passphrase-changed = Your passphrase is changed. Use the new one from now on.

## Answers

# $dir is the full path of a folder.
cli-init-done = Your logbook is ready. It is in this folder: { $dir }
cli-init-next = Keep your passphrase safe. Without it, nobody can open your logbook, not even you. Next, add what you can do, for example: carnet add skill --title "Cooking"

cli-list-empty = Your logbook has no entries yet. To add one, type: carnet add skill --title "Cooking"
cli-list-none-match = No entry fits what you asked for.
cli-search-none = No entry has these words. Try other words, or type: carnet list

cli-edit-saved = Your change is saved.
# $title is the title of the deleted entry.
cli-rm-done = Deleted: { $title }
cli-detached = The photo or voice note was taken off the entry.

cli-profile-saved = Your profile is saved.
cli-profile-empty = Your profile is empty. To add your name, type: carnet profile set --name "Your name"

# $count is a number.
cli-import-added = { $count ->
    [one] 1 entry added.
   *[other] { $count } entries added.
}
cli-import-updated = { $count ->
    [one] 1 entry updated.
   *[other] { $count } entries updated.
}
cli-import-unchanged = { $count ->
    [one] 1 entry was already the same.
   *[other] { $count } entries were already the same.
}
cli-import-profile-updated = Your profile was updated too.
cli-import-missing-photos = { $count ->
    [one] 1 photo is not on this device. Export files do not hold photos. Add it again with: carnet attach
   *[other] { $count } photos are not on this device. Export files do not hold photos. Add them again with: carnet attach
}

## Showing an entry or a profile

# A label before its value, as in "Title: Welding".
cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Kind
cli-show-added = Added
cli-show-changed = Changed
cli-show-evidence = Photos and voice notes
# $sha is the start of the photo's fingerprint; the other values are numbers.
cli-show-photo = { $sha }  { $width } × { $height } pixels, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } pixels, not on this device
# $sha is the start of the voice note's fingerprint; $kilobytes a number.
cli-show-voice = { $sha }  voice note, { $kilobytes } KB
cli-show-voice-missing = { $sha }  voice note, not on this device
cli-show-conflicts = Another device also wrote:
cli-show-conflicts-hint = To keep one of these, type: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Title
cli-field-description = Description
cli-field-written-in = Written in
cli-field-esco = ESCO
cli-field-isco = ISCO-08 job code
cli-field-level = Level
cli-field-eqf = EQF level
cli-field-organisation = Organisation
cli-field-place = Place
cli-field-country = Country
cli-field-from = From
cli-field-to = To
cli-field-context = How you learned
cli-field-stages = Stages

# Kinds, stages and ways of learning as shown in lists and in `carnet show`.
# In English they are the words a person types after --kind, --stage and
# --context, so that what is shown can be typed back; translate them.
cli-kind-skill = skill
cli-kind-qualification = qualification
cli-kind-experience = experience
cli-kind-language = language
cli-kind-learning = learning

cli-context-formal = formal (school, diploma)
cli-context-non-formal = non-formal (a course)
cli-context-informal = informal (by doing it)

cli-stage-recruitment = recruitment
cli-stage-pre-departure = pre-departure
cli-stage-arrival = arrival
cli-stage-career = career
cli-stage-return = return

cli-proficiency-basic = basic
cli-proficiency-intermediate = intermediate
cli-proficiency-advanced = advanced
cli-proficiency-expert = expert

# $level is a number from 1 to 8.
cli-level-eqf = EQF level { $level }

cli-profile-name = Name
cli-profile-birth-date = Date of birth
cli-profile-origin = Comes from
cli-profile-current = Lives in
cli-profile-contact = Contact
cli-profile-languages = Languages
# $language is a language code such as ar.
cli-profile-mother-tongue = { $language } (mother tongue)
# $levels is a list such as "listening B1, reading A2".
cli-profile-language-levels = { $language }: { $levels }
# $level is a level from A1 to C2.
cli-cefr-listening = listening { $level }
cli-cefr-reading = reading { $level }
cli-cefr-spoken-interaction = talking with others { $level }
cli-cefr-spoken-production = speaking { $level }
cli-cefr-writing = writing { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet does not know “{ $arg }” here.
cli-error-unknown-command = There is no command “{ $command }”.
cli-error-invalid-value = “{ $value }” cannot be used for { $arg }.
cli-error-missing-value = { $arg } needs a value after it.
cli-error-valid-values = You can use: { $values }
cli-error-missing-argument = Something is missing: { $arg }
cli-error-missing-command = Say what Carnet should do after “{ $command }”.
cli-error-valid-commands = The commands are: { $commands }
cli-error-conflict = { $arg } cannot be used together with { $other }.
cli-error-no-equals = Write { $arg } with an equals sign and the value right after it.
cli-error-too-many-values = { $arg } takes fewer values. “{ $value }” is one too many.
cli-error-wrong-number-of-values = { $arg } has the wrong number of values.
cli-error-invalid-utf8 = Carnet cannot read some of the letters you typed. Type them again.
cli-error-did-you-mean = Did you mean { $suggestion }?
cli-error-usage = Carnet did not understand this command.
cli-error-usage-hint = Type { $command } --help to see what you can type.
# $value is what the person gave to --set.
cli-error-set-format = “{ $value }” is not a change. Write FIELD=VALUE, for example --set level=advanced
cli-error-nothing-to-change = There is nothing to change. Give at least one option, for example --name "Your name".

# $variable is CARNET_PASSPHRASE or CARNET_NEW_PASSPHRASE.
cli-error-passphrase-unavailable = Carnet needs a passphrase but cannot ask for it here. Run Carnet in a terminal, or set { $variable }.
cli-error-passphrase-mismatch = The two passphrases are not the same. Nothing was changed. Please try again.
# $path is a file name as the person typed it.
cli-error-read-file = Carnet cannot read the file { $path }. Check the file name and the folder, then try again.
cli-error-no-data-dir = Carnet cannot find a folder for your logbook. Choose one with --data-dir, for example --data-dir ./carnet
cli-error-output = Carnet could not write its answer. Check that the disk is not full, then try again.
# Technical detail after an error message, for a person who helps. $reason is
# in English and comes from the system.
cli-error-details = Details for a helper: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = To make one, type: carnet init
cli-hint-already-exists = To see what is in it, type: carnet list. For a second logbook, choose another folder with --data-dir.
cli-hint-not-found = To see the ids, type: carnet list
cli-hint-ambiguous-id = To see the ids, type: carnet list
cli-hint-import-format = Choose a file made with: carnet export --format json
cli-hint-invalid-field = For the list of fields, type: carnet edit --help

## carnet sync

cli-sync-phase-sending = Sending
cli-sync-phase-receiving = Receiving
cli-sync-phase-photos = Photos
# $hub is the hub's address.
cli-sync-done = Synced with { $hub }.
# $sent and $received are numbers.
cli-sync-changes = { $sent ->
    [one] 1 change sent
   *[other] { $sent } changes sent
}, { $received ->
    [one] 1 change received.
   *[other] { $received } changes received.
}
cli-sync-photos = { $sent ->
    [one] 1 photo sent
   *[other] { $sent } photos sent
}, { $received ->
    [one] 1 photo received.
   *[other] { $received } photos received.
}
# $up and $down are numbers of kilobytes.
cli-sync-bytes = Data used: { $up } KB up, { $down } KB down.
# $seconds is a number.
cli-sync-retry = Trying again in { $seconds ->
    [one] 1 second.
   *[other] { $seconds } seconds.
}
cli-sync-status-hub = Hub: { $hub }
cli-sync-status-last = Last synced: { $when }
cli-sync-status-pending = { $count ->
    [0] No changes are waiting.
    [one] 1 change is waiting to be sent.
   *[other] { $count } changes are waiting to be sent.
}
cli-sync-no-hub = none yet
cli-sync-never = never
cli-hint-sync-no-hub = To set it, type: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Your changes are kept. To try again later, type: carnet sync

## carnet pair

cli-pair-show-scan = Scan this code with your new device, or type the text below there.
cli-pair-show-expires = The code works for 10 minutes.
# $name is the name the new device gave; $fingerprint is like 3fa2-91c0.
cli-pair-show-request = The device “{ $name }” wants your logbook. Its code is { $fingerprint }.
cli-pair-show-ask = Does your new device show the same code? Type yes to allow it, or no.
cli-pair-yes = yes
cli-pair-show-approved = “{ $name }” now has your logbook.
cli-pair-show-refused = You said no. “{ $name }” got nothing.
cli-pair-default-name = New device
# $fingerprint is like 3fa2-91c0.
cli-pair-join-check = Your other device must show this code: { $fingerprint }. Allow it there.
# $count is a number.
cli-pair-join-done = { $count ->
    [one] This device now has your logbook, with 1 entry.
   *[other] This device now has your logbook, with { $count } entries.
}

## carnet devices

cli-devices-none = No device has synced this logbook yet.
# $id is short, $added a date.
cli-devices-line = { $id }  { $name }  (since { $added })
cli-devices-this = ← this device
cli-devices-removed = (removed { $when })
cli-devices-removed-done = “{ $name }” was removed. Your logbook now has a new key, which that device does not have.
cli-devices-new-sheet = Your recovery sheet has the old key. Print a new one now and destroy the old one: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Print a recovery sheet: with it and your passphrase, you can get your logbook back on a new phone if you lose this one.
cli-cmd-recover = On a new device: get your logbook back with your recovery sheet and your passphrase.
cli-arg-recovery-out = The file to write the sheet to. It must end in .png or .pdf.
cli-arg-recover-sheet = A photo or scan of your recovery sheet (PNG or JPEG). Carnet reads its square code.
cli-arg-recover-words = The 12 words of your recovery sheet, in order, in quotes. Give --hub too.
cli-arg-recover-hub = The hub address printed on your recovery sheet, for example http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

# $path is the file name the person gave.
cli-recovery-sheet-format = Carnet can write the sheet as a .png or a .pdf file, not as “{ $path }”.
cli-recovery-sheet-done = Your recovery sheet is in { $path }. Print it and keep the paper in a safe place, away from your phone.
cli-recovery-sheet-english = The sheet is in English: Carnet cannot yet draw the letters of your language correctly on it.
cli-recovery-sheet-replaced = Any sheet you printed before no longer works. Destroy it.
cli-recover-done = { $count ->
    [one] Your logbook is back on this device: { $count } entry.
   *[other] Your logbook is back on this device: { $count } entries.
}
cli-passphrase-sheet-updated = Your recovery sheet still works, with your new passphrase.
cli-passphrase-sheet-not-updated = Your recovery sheet could not be updated at the hub. Until you print a new one, it needs your old passphrase. Print a new sheet when you are connected: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet recovery sheet
# $date is YYYY-MM-DD.
cli-sheet-made = Made on { $date }
# $hub is an address such as http://192.168.1.10:8470
cli-sheet-hub = Hub: { $hub }
cli-sheet-words = Your 12 words
cli-sheet-instructions =
    Keep this paper safe. With it and your passphrase you can get your logbook back on a new phone:
    1. Put Carnet on the new phone and choose to get a logbook back.
    2. Scan the square code, or type the 12 words and the hub address.
    3. Type your passphrase. The logbook comes back from the hub.
    On a computer: carnet recover --sheet photo.jpg
cli-sheet-warning = This paper alone does not open your logbook: your passphrase is needed too. Do not keep them together. If you print a new sheet, this one stops working.
