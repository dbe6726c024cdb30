# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# Messages of the credential commands a holder uses: carnet request,
# carnet receive, carnet credentials (or carnet wallet) and carnet present.
# A holder is the person whose logbook it is; an issuer is the trainer,
# employer, centre, college or colleague who signs ("endorses") entries.
# Translators: keep every { $variable } exactly as written; only the
# surrounding text is yours to change. Words a person types stay in
# English: carnet, request, receive, present, --select, --fields, png,
# svg and the like. Keep sentences short and plain.

## Help: commands

cli-cmd-holder-request = Make a file that asks a trainer, employer or centre to confirm entries.
    .long = Make a request that asks a trainer, employer, centre, college or colleague to confirm ("endorse") some of your entries: a file, a QR code (a name ending in .png or .svg) to show on your phone or print, or with --text a text to send in a message. Give it to them. They sign it and give you back a credential file, which you keep with: carnet receive
cli-cmd-holder-receive = Keep a credential that a trainer, employer or centre signed for you.
cli-cmd-holder-credentials = List the credentials you keep, entry by entry. Also: carnet wallet
cli-cmd-holder-present = Show chosen entries as one QR code that anyone can check without internet.
    .long = Show chosen entries as one QR code that anyone can check without internet. Confirmed entries are shown with who confirmed them; entries given with --self-declared are shown as said by you only. On screen the code works for 24 hours; with --print, for 5 years.
cli-cmd-holder-export = Write a confirmed entry as a W3C Verifiable Credential (Open Badges 3.0) for other apps.
    .long = Write a confirmed entry as a W3C Verifiable Credential 2.0 (an Open Badges 3.0 badge), signed by the person who confirmed it, so that other wallets and apps can check it. Without --out it is written on the screen.

## Help: arguments

cli-arg-holder-request-ids = The entries to confirm: their ids, or the first 4 or more characters of each. To see the ids, type: carnet list
cli-arg-holder-request-out = Where to write the request: a name ending in .png or .svg makes a QR code picture; any other name, such as request.cbor, a file.
cli-arg-holder-request-text = Write the text of the request (it starts with CNR1:) on the screen, to send it as a message.
cli-arg-holder-receive-file = The credential file you were given, for example credential.cbor.
cli-arg-holder-present-select = Confirmed entries to show: their ids, or the first 4 or more characters of each.
cli-arg-holder-present-fields = Show only these parts of each entry, separated by commas, for example title,level. The others stay hidden. The parts are: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Without it, everything is shown.
cli-arg-holder-present-self-declared = Entries to show as said by you only, not confirmed by anyone.
cli-arg-holder-present-stage = What you show it for: recruitment, pre-departure, arrival, career or return. Without it: recruitment.
cli-arg-holder-present-audience = Who you show it to, if they asked you to name them, for example the name of an agency.
cli-arg-holder-present-nonce = The code the person checking gave you, if they gave one (letters 0-9 and a-f).
cli-arg-holder-present-print = Make it for paper: the code resists scratches and folds better, and works for 5 years instead of 24 hours.
cli-arg-holder-present-out = The picture to write: a name ending in .png or .svg.
cli-arg-holder-present-text = Also write the text inside the QR code, to send it as a message.
cli-arg-holder-export-id = The confirmed entry: its id, or the first 4 or more characters of it.
cli-arg-holder-export-format = The format to write. Only: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Write it as a signed token (VC-JWT) instead of JSON with a proof.
cli-arg-holder-export-out = The file to write, for example badge.json or badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] This request asks to confirm 1 entry.
       *[other] This request asks to confirm { $count } entries.
    } The person who confirms will see these parts of each:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Request written to { $path }.
holder-request-next = Give the file to the person who confirms. When they give you a credential file back, type: carnet receive FILE
holder-receive-done = Kept: confirmed by { $issuer }, { $kind }, { $country }. How they checked: { $assessed }.
holder-validity-until = Issued on { $issued }. Valid until { $expires }.
holder-validity-open = Issued on { $issued }. No end date.
holder-wallet-empty = You have no credentials yet. To ask for one, type: carnet request ID --out request.cbor
holder-wallet-damaged = A credential that cannot be read any more. Ask the person who gave it for a new one.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): issued { $issued }, valid until { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): issued { $issued }, no end date
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): issued { $issued }, ended on { $expires }
holder-present-nothing = Say what to show: --select ID for confirmed entries, --self-declared ID for others.
holder-present-done = QR code written to { $path }: { $endorsed } confirmed, { $declared } said by you.
holder-present-size = Size: QR version { $version }, level { $ec }, { $chars } characters.
holder-present-expires = It can be checked until { $when } ({ $hours } hours).
holder-present-by-kid = To make it fit, the issuers are named by a short fingerprint. Someone checking sees who they are only if their list of trusted issuers has them.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = a trainer
holder-issuer-kind-employer = an employer
holder-issuer-kind-centre = a centre
holder-issuer-kind-college = a college
holder-issuer-kind-colleague = a colleague (a person who worked with you, not an organisation)

## How they checked

holder-assessed-observation = they watched you work
holder-assessed-test = a test
holder-assessed-document = they checked a document
holder-assessed-interview = an interview

## Errors

error-holder-no-key = This logbook has no key to sign credentials. Nothing was changed. Please report this problem.
error-holder-write-file = The file { $path } could not be written: { $reason }. Check the folder exists and there is free space, then try again.
error-holder-entry-unfit = The entry "{ $title }" cannot be put in a credential: its { $field } is too long or not in the right form. Change it with carnet edit, then try again.
error-holder-unknown-field = "{ $value }" is not a part of an entry that can be shown. The parts are: { $known }.
error-holder-credential-no-entries = The credential { $path } does not say which of your entries it confirms. Nothing was kept. Ask for a new one made from a request file: carnet request
error-holder-credential-entry-gone = The credential { $path } confirms an entry that is no longer in your logbook ({ $id }). Nothing was kept. If you deleted it on this device, add it from a copy of the logbook, then try again.
error-holder-credential-damaged = The credential of the entry "{ $title }" cannot be read any more. Ask the person who confirmed it for a new one.
error-holder-not-endorsed = The entry "{ $title }" has not been confirmed by anyone yet. Show it with --self-declared, or ask for a confirmation: carnet request
error-holder-selected-twice = The entry "{ $title }" is given both with --select and with --self-declared. Give it once.
error-holder-bad-stage = "{ $value }" is not a stage. The stages are: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = The audience must be 1 to 100 characters long, on one line.
error-holder-bad-nonce = "{ $value }" is not a code from the person checking: it must be 2 to 128 letters 0-9 and a-f.
error-holder-bad-out = The picture { $path } must have a name ending in .png or .svg.
error-holder-no-vc = The confirmation of "{ $title }" by { $issuer } was made before Carnet could write it as a W3C credential, and only they can sign one. Ask them to confirm it again: make a new request (carnet request ID --out request.cbor), give it to them, and keep the file they give back (carnet receive FILE).
