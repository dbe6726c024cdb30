# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# The app's credential screens: my endorsements (wallet), showing a QR
# code (present), checking someone's code (verify). The verdicts and
# reasons of a check are in verify.ftl, shared with the command line.
# Translators: keep every { $variable } exactly as written.

## Moving around

app-wallet = My endorsements
app-present = Show my skills
app-verify = Check a code

## Wallet

app-wallet-title = My endorsements
app-wallet-intro = These are the skills that someone signed for you. You can show them with a QR code.
app-wallet-empty = Nobody has signed a skill for you yet. Ask a trainer, an employer or a centre to confirm what you can do.
# $name is a person or an organisation; $kind is one of the issuer kinds; $country is a two-letter code.
app-wallet-by = Signed by { $name } ({ $kind }, { $country })
# $date is a date.
app-wallet-issued = Signed on { $date }
app-wallet-expires = Valid until { $date }
app-wallet-expired = Ran out on { $date }
app-wallet-no-expiry = Does not run out
app-wallet-damaged = This endorsement is damaged and cannot be shown. Ask the person who signed it for a new one.
app-standing-valid = Checked: signed by someone in your trust list
app-standing-unknown-issuer = Signed, but the signer is not in your trust list
app-standing-expired = Out of date
app-standing-revoked = Taken back by the signer
app-standing-malformed = Damaged

## Present: choosing what to show

app-present-title = Show my skills
app-present-endorsed = Signed by someone
app-present-self = Said by me only
app-present-self-hint = A checker sees these as your own word, not as signed.
app-present-details = What to show of each
app-present-details-all = Everything
app-present-details-short = Only the name and the level
app-present-stage = Who is it for?
app-present-print = For printing on paper (valid for 5 years)
app-present-make = Show QR code
app-present-none = Choose at least one thing to show.
app-present-nothing-yet = Your logbook is empty. Add something first.

## Present: the QR code

app-qr-title = Let them scan this code
# $date is a date and time.
app-qr-expires = This code works until { $date }.
app-qr-preview = What the checker will see
app-qr-preview-hide = Hide what the checker sees
app-qr-done = Done
app-qr-preview-note = This is what a checker with the same trust lists as this phone will see.

## Verify

app-verify-title = Check a code
app-verify-intro = Take or choose a picture of a Carnet QR code. Nothing is sent anywhere: the check happens on this device.
app-verify-picture = Take or choose a picture
app-verify-text = Or paste the code’s text (it starts with CN1:)
app-verify-check = Check
app-verify-checking = Checking…
app-verify-again = Check another code

## The verdict

app-verdict-title = Result
# $stage is a stage of the journey; $date is a date.
app-verdict-made = Made for { $stage } on { $date }.
app-verdict-expires = The code works until { $date }.
app-verdict-newer = This code was made by a newer Carnet. Update Carnet to check it.
app-item-endorsed = Signed
app-item-self = Their own word
# $how is a way of checking, such as "a test".
app-item-assessed = Checked by { $how }
# $count is a number.
app-item-hidden = { $count ->
    [one] 1 detail is hidden by the person.
   *[other] { $count } details are hidden by the person.
}

## Errors of these screens

error-wallet-no-key = This logbook has no key to sign with. Nothing was shown. Please report this problem.
# $title is the name of an entry.
error-wallet-not-endorsed = “{ $title }” is not signed by anyone yet. Show it as “said by me only”, or ask someone to confirm it.
error-wallet-credential-damaged = The endorsement of “{ $title }” is damaged. Show it as “said by me only”, or ask for a new one.
# $field is the name of a detail, such as title.
error-wallet-entry-unfit = “{ $title }” cannot go in a code: its { $field } is too long or not in the right form. Change the entry, then try again.
error-wallet-selected-twice = “{ $title }” is chosen twice. Choose it once.
error-wallet-nothing-chosen = Choose at least one thing to show.
# $chars is a number.
error-wallet-too-large = This is too much for one QR code ({ $chars } characters). Choose fewer things, or show only the name and the level.
error-wallet-credential = The code could not be made. Nothing was shown. Please report this problem. (For a helper: { $reason })
error-wallet-no-code = No Carnet QR code was found in this picture. Take the picture again, closer and sharper, with the whole code inside.
error-wallet-not-a-picture = This file is not a picture Carnet can read. Use a photo (JPEG or PNG).
# $width and $height are numbers.
error-wallet-picture-too-large = The picture is too large ({ $width } × { $height } pixels). Take a smaller one and try again.
error-wallet-got-request = This is a request to sign someone’s skills, not a code that shows skills. Nothing was checked.
error-wallet-trust-damaged = Your trust lists are damaged or were changed. Import them again. Until then, no signer counts as trusted.
error-wallet-trust-unreadable = Carnet could not read your trust lists in { $path }. Check that the device has space. (For a helper: { $reason })
error-wallet-not-yours = This endorsement was made for someone else’s logbook, not yours. Nothing was kept. Make sure you received your own file.
error-wallet-bad-signature = The signature on this file does not match: it was changed or damaged. Nothing was kept. Ask for the file again.
error-wallet-not-a-credential = This file is not a signed endorsement from Carnet. Nothing was kept. Ask the person who signed for the file they made.
# $max is a number.
error-wallet-too-many = Ask for at most { $max } things at once. Choose fewer.
error-wallet-not-from-request = This endorsement does not say which of your entries it confirms. Nothing was kept. Ask for a new one, made from your request code.
error-wallet-entry-gone = This endorsement confirms an entry that is no longer in your logbook. Nothing was kept. If you removed it, add it again from a copy, then ask for a new endorsement.

## Asking for a signature, and keeping it

app-request = Ask for a signature
app-request-title = Ask for a signature
app-request-intro = Show this code to the trainer, employer or centre who will confirm what you can do. They scan it with Carnet and give you back a signed file.
# $kid is a short code made of letters and numbers.
app-request-key = Your key: { $kid }. The person who signs sees the same code.
app-request-text = The same code as text, to send in a message
app-request-next = When you get the signed file, open “My endorsements” and tap “Add a signed file”.
app-receive = Add a signed file
# $name is who signed; $kind is a kind of issuer; $titles are entry names.
app-received = Kept: { $name } ({ $kind }) signed { $titles }.
