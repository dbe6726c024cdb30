# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# Errors of the carnet-credential library, shown the same way by every
# credential command: the holder's (carnet request, receive, present) and
# the issuer's and verifier's (carnet endorse, verify, trust). One message
# per library code, whichever side meets it.
# Translators: keep every { $variable } exactly as written; only the
# surrounding text is yours to change. $what and $expected are keywords
# (request, credential, text, presentation, picture) used only to choose
# the right sentence: never show them. Words a person types stay in
# English: carnet, request, .cbor, --fields and the like.

## Files and texts

error-credential-malformed = { $what ->
        [request] This request is damaged, or it is not a Carnet request. Ask for it again.
        [credential] This credential file is damaged, or it is not a Carnet credential. Ask the person who confirmed your entries to send it again.
       *[other] This is damaged, or it is not a Carnet file.
    }
error-credential-wrong-file = { $expected ->
        [request] This is not a Carnet request: it is another kind of Carnet file. A request is made with carnet request.
        [credential] This is not a Carnet credential: it is another kind of Carnet file. Check that you picked the file the person who confirmed your entries gave you.
       *[other] This is another kind of Carnet file. Check that you picked the right file.
    }
error-credential-newer-version = { $what ->
        [request] This request was made by a newer Carnet.
        [credential] This credential was made by a newer Carnet.
        [text] This code was made by a newer Carnet.
       *[other] This was made by a newer Carnet.
    } Update Carnet, then try again.
error-credential-invalid-field = A value cannot be used ({ $field }): it is too long or not in the right form. Nothing was written.
# $found and $max are numbers.
error-credential-entry-count = A request holds 1 to { $max } entries, not { $found }. To have more confirmed, make two requests.
error-credential-invalid-key = This is not a valid public key. Check that it was copied whole.
error-credential-bad-signature = The signature on this credential does not match: it was changed or damaged after it was signed. Nothing was kept. Ask for the file again.
error-credential-not-yours = This credential was made for someone else's logbook, not yours. Nothing was kept. Make sure you received your own file.
error-credential-no-such-entry = There is no entry { $index } in this credential.
error-credential-duplicate-entry = Entry { $index } is chosen twice.
error-credential-wrong-prefix = This text is not a Carnet code: it does not start with CN1: (skills to check) or CNR1: (a request to confirm).
error-credential-base45 = The text has letters a Carnet code cannot have. It may be cut or mistyped.
error-credential-zlib = The code is cut or damaged.
error-credential-too-large = The code is far too large to be a Carnet code.

## QR codes

error-qr-not-alphanumeric = The text has characters a QR code for Carnet cannot hold. This is a bug in Carnet; please report it.
# $chars and $capacity are numbers; $version is a QR version number; $ec is a letter (M or Q).
error-qr-too-large = This is too much for one QR code: { $chars } characters, and a QR code that phones read well (version { $version }, level { $ec }) holds { $capacity }. Nothing was written. { $what ->
        [request] Ask for fewer entries at a time, or write the request to a file ending in .cbor instead.
       *[other] Select fewer entries, or show fewer parts with --fields.
    }
error-qr-bad-version = That QR code size does not exist.
error-qr-bad-module-size = That dot size is not possible.
error-qr-not-an-image = The file is not a picture Carnet can read. Use PNG, JPEG or WebP.
# $width and $height are numbers of pixels.
error-qr-image-too-large = The picture is too large ({ $width } × { $height } pixels). Make it smaller and try again.
error-qr-not-found = No QR code could be read in the picture. Take a sharper, closer photo, with the whole code in it.
error-qr-render-failed = The QR picture could not be made. This is a bug in Carnet; please report it.
