# Review status: source language (English), written by the developers.
#
# Messages shared by every Carnet front end (CLI, app, printed documents).
# Translators: keep every { $variable } and { message-reference } exactly as
# written; only the surrounding text is yours to change.

## Identity

# The product name. Keep it as "Carnet" unless your script cannot show Latin
# letters, in which case transliterate it.
app-name = Carnet

# One short line under the product name.
app-tagline = Your skills passport, on your own device

# Shown by `carnet --version`. $version is a number such as 0.1.0.
app-version = { app-name } { $version }

## Language picker

# The name of THIS language, written in its own script (Français, العربية,
# دری, Kurmancî...), not in English: the picker shows it to people who may
# not read English.
lang-name = English
