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

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Your logbook is locked. Open it with your passphrase, then try again.
