# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# Messages of the Carnet app (the window on a phone or a computer). Short,
# plain sentences: many people who use Carnet read little. Each button has
# an icon next to its text, so keep button texts to one or two words.
# Translators: keep every { $variable } exactly as written.

## First run: choosing a language

app-choose-language = Choose your language
app-continue = Continue

## First run: making a passphrase

app-create-title = Protect your logbook
app-create-intro = Choose a passphrase. Only you know it. Carnet asks for it each time you open your logbook.
app-passphrase = Passphrase
app-passphrase-again = Type it again
app-passphrase-show = Show
app-passphrase-hide = Hide
# $min is a number, such as 6.
app-strength-too-short = Too short: use at least { $min } characters.
app-strength-weak = Weak: a few words together are easier to remember and harder to guess.
app-strength-fair = Good. A longer one is even safer.
app-strength-strong = Strong.
app-passphrase-mismatch = The two passphrases are not the same. Type them again.
app-create = Create my logbook
app-working = Please wait…
app-back = Back

## Unlock

app-unlock-title = Open your logbook
app-unlock = Open
app-lock = Lock

## The logbook

app-logbook-title = My logbook
app-logbook-empty = Your logbook is empty. Add something you can do.
app-add = Add
app-kind-skill = Skills
app-kind-qualification = Qualifications
app-kind-experience = Work experience
app-kind-language = Languages
app-kind-learning = Courses
app-self-declared = Self-declared
# Under a long list: only the first entries are drawn. $count is a number.
app-show-more = { $count ->
    [one] Show 1 more
   *[other] Show { $count } more
}
app-endorsed = Endorsed

## Adding an entry

app-add-title = Add to my logbook
app-add-kind = What is it?
app-add-title-label = Name
app-add-title-hint = For example: Welding, Driving a truck, Arabic
app-add-level = Level
app-level-none = No level
app-level-basic = Basic
app-level-intermediate = Intermediate
app-level-advanced = Advanced
app-level-expert = Expert
# $level is a number from 1 to 8.
app-level-eqf = Level { $level }
app-save = Save
app-cancel = Cancel

## Moving around

app-settings = Settings
app-sync = Sync
app-edit = Change
app-remove = Remove

## The logbook: search and filter

app-search = Search
app-search-hint = Type a word, for example: weld
app-stage-filter = Stage of your journey
app-stage-any = All stages
app-stage-recruitment = Recruitment
app-stage-pre-departure = Before leaving
app-stage-arrival = Arrival
app-stage-career = Working
app-stage-return = Return
app-search-none = Nothing matches. Try another word or another stage.

## Changing and removing an entry

app-edit-title = Change this entry
app-stages = Stages of your journey
app-remove-confirm = Remove “{ $title }” from your logbook? This cannot be undone.
app-remove-yes = Yes, remove it

## Settings

app-settings-title = Settings
app-settings-language = Language
app-settings-lock = Lock after
# $minutes is a number, such as 5.
app-lock-minutes = { $minutes ->
    [one] { $minutes } minute without use
   *[other] { $minutes } minutes without use
}
app-settings-passphrase = Change passphrase
app-passphrase-current = Current passphrase
app-passphrase-new = New passphrase
app-passphrase-change = Change passphrase
app-passphrase-changed = Your passphrase is changed. Use the new one from now on.
app-about = About Carnet
app-locked-idle = Carnet locked your logbook because nobody used it for a while. Open it again with your passphrase.

## Sync with a hub

app-sync-title = Sync with a hub
app-sync-intro = A hub keeps a locked copy of your logbook, so you can use it on another phone. The hub cannot read it.
app-hub-address = Hub address
app-hub-address-hint = For example: https://hub.example.org
app-hub-save = Save address
app-sync-now = Sync now
app-sync-never = Not synced yet.
# $when is a date and time.
app-sync-last = Last synced: { $when }
# $count is a number.
app-sync-pending = { $count ->
    [0] Nothing waits to be sent.
    [one] { $count } change waits to be sent.
   *[other] { $count } changes wait to be sent.
}
app-sync-sending = Sending
app-sync-receiving = Receiving
app-sync-photos = Photos
app-sync-done = Sync finished.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Your logbook is locked. Open it with your passphrase, then try again.
# $tag is a language code, such as fr.
error-unknown-language = Carnet does not have the language { $tag }. Choose one from the list.

## Settings: how the screens look

app-settings-display = How Carnet looks
app-high-contrast = Strong contrast (black on white)
app-text-size = Text size
# $percent is a number such as 150.
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Listen

## Two languages at once

# Shown above a result, for the person across the table to pick their language.
app-dual-language = Also show in
app-dual-none = No second language
