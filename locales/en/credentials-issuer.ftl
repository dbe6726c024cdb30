# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# Messages of the credential commands for issuers and verifiers: carnet
# issuer, endorse, trust, revocation and verify. Their help, their answers,
# the verdicts of a check, and their errors (error-<code>), including the
# codes of the carnet-credential library.
# Translators: keep every { $variable } and { message-reference } exactly as
# written; only the surrounding text is yours to change. Words a person
# types stay in English: carnet, issuer, endorse, --out, trainer and the
# like. Keep sentences short and plain: many readers read little, and some
# read a second or third language.

## Help: commands

cli-cmd-issuer = Sign other people's skills, as a trainer, employer, centre, college or colleague.
cli-cmd-issuer-init = Make your signing key as an issuer. It is locked with a passphrase.
cli-cmd-issuer-show = Show your issuer name, kind and public key. No passphrase needed.
cli-cmd-issuer-revoke = Take back one credential you signed, by its number.
cli-cmd-issuer-status-list = Write the signed list of credentials you took back, to give to checkers.
cli-cmd-endorse = Sign a request someone gave you, and write the credential to give back.
cli-cmd-trust = Choose whose signatures you trust when you check a QR code.
cli-cmd-trust-anchor = Trust anchors: the networks or authorities that vouch for issuers.
cli-cmd-trust-anchor-init = Make a signing key as a trust anchor, to vouch for issuers.
cli-cmd-trust-anchor-show = Show your trust anchor's name and public key.
cli-cmd-trust-anchor-add = Trust the lists signed by this trust anchor's key.
cli-cmd-trust-bundle = As a trust anchor, sign a list of issuers you vouch for.
cli-cmd-trust-import = Add a signed list of trusted issuers from a file.
cli-cmd-trust-list = Show the issuers you trust, and how old each list is.
cli-cmd-revocation = Lists of credentials that issuers took back.
cli-cmd-revocation-import = Add an issuer's signed list of credentials it took back.
cli-cmd-verify = Check a Carnet QR code: who signed each skill, and whether it still holds.

## Help: what to give

cli-arg-issuer-name = Your name or your organisation's name, as people should see it.
cli-arg-issuer-country = Your country, as two letters, such as KE or PT.
cli-arg-issuer-kind = What you are: trainer, employer, centre, college or colleague.
cli-arg-revoke-index = The number of the credential to take back.
cli-arg-cred-out = The file to write.
cli-arg-endorse-request = The request the person gave you: the file (request.cbor), a picture of its QR code (PNG or JPEG), or a text file with the text starting with CNR1:
cli-arg-endorse-text = The text of the request, starting with CNR1:, if the person sent it as a message. Instead of a file.
cli-arg-endorse-assessed-by = How you checked the skill: observation, test, document or interview.
cli-arg-endorse-expires = The last day the credential holds, such as 2027-05-14. Without it, it does not end.
cli-arg-endorse-valid-days = How many days the credential holds, from today.
cli-arg-anchor-name = The trust anchor's name, as people should see it.
cli-arg-anchor-key = The trust anchor's public key: 64 letters and digits.
cli-arg-bundle-issuer = An issuer's file, from carnet issuer show --json. Give it once per issuer.
cli-arg-trust-file = The trust list file (.cbor).
cli-arg-status-file = The issuer's list file (.cbor).
cli-arg-verify-image = A picture of the QR code: PNG, JPEG or WebP.
cli-arg-verify-text = The text of the QR code, starting with CN1:
cli-arg-verify-nonce = The number you asked the person to put in the code (hex).
cli-arg-verify-audience = The name you asked the person to put in the code.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Your issuer key for { $name } is ready. Keep your passphrase safe: without it you cannot sign.
issuer-label-name = Name:
issuer-label-country = Country:
issuer-label-kind = Kind:
issuer-label-public-key = Public key:
issuer-label-kid = Key fingerprint:
issuer-label-issued = Numbers given:
issuer-label-revoked = Taken back:
# $index is a number.
issuer-revoked = Credential number { $index } is taken back.
issuer-already-revoked = Credential number { $index } was already taken back.
issuer-revoked-next-step = Checkers learn it only from your next list: write it with carnet issuer status-list --out list.cbor, then give them the file.
# $count is a number.
issuer-status-list-written = { $count ->
    [one] The list is in { $path }. It names 1 credential taken back.
   *[other] The list is in { $path }. It names { $count } credentials taken back.
}

# $count is a number; $holder is a key fingerprint.
endorse-intro = { $count ->
    [one] You are about to sign 1 entry for the person with key { $holder }:
   *[other] You are about to sign { $count } entries for the person with key { $holder }:
}
endorse-entry = { $title } ({ $kind }, level { $level }, { $dates })
endorse-untitled = (no title)
endorse-how-observation = You say you watched them do it.
endorse-how-test = You say they passed a test.
endorse-how-document = You say you checked a document.
endorse-how-interview = You say you checked it in an interview.
endorse-expires-on = It holds until { $date }.
endorse-no-expiry = It does not end.
# $count, $first and $last are numbers.
endorse-written = { $count ->
    [one] Signed. Give { $path } back to the person. Its number is { $first }.
   *[other] Signed. Give { $path } back to the person. Its numbers are { $first } to { $last }.
}

trust-anchor-added = You now trust lists signed by { $name } (key fingerprint { $kid }).
# $count is a number.
trust-bundle-written = { $count ->
    [one] The signed list of 1 issuer is in { $path }.
   *[other] The signed list of { $count } issuers is in { $path }.
}
trust-imported = { $count ->
    [one] Added a trust list of 1 issuer, made on { $date }.
   *[other] Added a trust list of { $count } issuers, made on { $date }.
}
trust-list-empty = You trust no issuers yet. Add a trust list with carnet trust import.
# $days is a number.
trust-list-bundle = { $days ->
    [0] Trust list from { $anchor }, made today ({ $date }):
    [one] Trust list from { $anchor }, made 1 day ago ({ $date }):
   *[other] Trust list from { $anchor }, made { $days } days ago ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, key fingerprint { $kid }
revocation-imported = { $count ->
    [one] Added the list of { $name }, made on { $date }: 1 credential taken back.
   *[other] Added the list of { $name }, made on { $date }: { $count } credentials taken back.
}

## Errors of these commands

error-issuer-exists = There is already an issuer key in this folder. Nothing was changed.
error-no-issuer = There is no issuer key in this folder yet. Make one with carnet issuer init.
error-issuer-damaged = The issuer key in this folder is damaged or does not match its details. Put back a copy from a backup.
error-anchor-exists = There is already a trust anchor key in this folder. Nothing was changed.
error-no-anchor = There is no trust anchor key in this folder yet. Make one with carnet trust anchor init.
error-anchor-damaged = The trust anchor key in this folder is damaged or does not match its details. Put back a copy from a backup.
error-identity-too-new = This key was made by a newer Carnet. Update Carnet to use it.
error-storage-file = Carnet could not write or read { $path }. Check that there is space and that you may write there. (For a helper: { $reason })
error-file-too-big = { $path } is far too big to be a Carnet file.
error-issuer-kind = “{ $value }” is not a kind of issuer. Write trainer, employer, centre, college or colleague.
error-assessed-by = “{ $value }” is not a way of checking. Write observation, test, document or interview.
error-expires-date = “{ $value }” is not a day. Write it as year-month-day, such as 2027-05-14.
error-expires-past = The end day must be after today.
error-issuer-indexes-used-up = This issuer key has given out all its numbers. Make a new issuer key.
# $index and $next are numbers.
error-revoke-not-issued = You have not signed a credential with number { $index }. Your numbers go from 0 to below { $next }.
error-anchor-name = The name must be 1 to 100 characters long.
error-anchor-known = You already trust this trust anchor (key fingerprint { $kid }).
error-issuer-file = { $path } is not an issuer's file. Ask the issuer for the output of carnet issuer show --json.
error-trust-bundle-not-newer = You already have this trust list or a newer one from the same trust anchor. Nothing was changed.
error-status-list-not-newer = You already have a newer list from this issuer. Nothing was changed.
error-status-list-issuer-unknown = This list is from an issuer you do not trust yet (key fingerprint { $kid }). Import a trust list that names it first.
error-verifier-damaged = Your saved trust lists are damaged or were changed. Import them again.
error-verify-nonce = “{ $value }” is not a number in hex, such as 3fa9.
error-verify-got-request = This is a request to confirm someone's entries (its text starts with CNR1:), not a code that shows skills. Nothing was checked. The person who confirms signs it with: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = This is a code that shows someone's skills (its text starts with CN1:), not a request to confirm them. Nothing was signed. To check it, type: carnet verify PICTURE, or carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = The trust list is damaged or is not a trust list.
error-trust-bundle-wrong-file = This is another kind of Carnet file, not a trust list.
error-trust-bundle-newer-version = This trust list was made by a newer Carnet. Update Carnet to read it.
error-trust-bundle-unknown-anchor = This trust list is signed by a trust anchor you do not trust (key fingerprint { $kid }). Add it first with carnet trust anchor add, if you know it.
error-trust-bundle-bad-signature = The signature on this trust list does not match. The file was changed or damaged.
error-trust-bundle-invalid = A value in the trust list cannot be used ({ $field }).
error-trust-bundle-too-large = The trust list is too large.
error-status-list-malformed = The list is damaged or is not a list of credentials taken back.
error-status-list-wrong-file = This is another kind of Carnet file, not a list of credentials taken back.
error-status-list-newer-version = This list was made by a newer Carnet. Update Carnet to read it.
error-status-list-wrong-issuer = This list belongs to another issuer ({ $found }, not { $expected }).
error-status-list-bad-signature = The signature on this list does not match. The file was changed or damaged.
error-status-list-invalid = A value in the list cannot be used ({ $field }).
error-status-list-too-large = The list is too large.
