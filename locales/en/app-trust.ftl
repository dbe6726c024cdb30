# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# The app's trust lists screen, reached from "Check a code": which
# networks this device believes, their trust lists, and the lists of
# endorsements taken back. The command line's words are in
# credentials-issuer.ftl.
# Translators: keep every { $variable } exactly as written.

## The screen

app-trust-open = Trust lists
app-trust-title = Trust lists
app-trust-intro = A trust list comes from a network you know, for example a group of training centres. It names the colleges, centres and employers that the network vouches for. A code signed by one of them shows as checked.
app-trust-warning = Only trust a network whose key you got from the network itself: in person, on its own paper, or from its own website. Anyone who can put a key here can make fake codes look checked.

## What is held

app-trust-held = What this device trusts
app-trust-none = This device trusts no network yet. Signed codes show “Signed, but not by an issuer you trust”.
# $kid is a short code (16 letters and digits) to compare with the network's.
app-trust-kid = Key fingerprint: { $kid }
app-trust-no-list = No trust list from this network yet. Add its file below.
# $date is a date; $days a number of days; $count a number of places.
app-trust-list-line = Trust list of { $date } ({ $days ->
    [0] today
    [one] 1 day old
   *[other] { $days } days old
}): { $count ->
    [one] 1 place
   *[other] { $count } places
}
app-trust-status-held = Endorsements taken back
# $name is a college, centre or employer; $date a date; $days a number of days; $count a number.
app-trust-status-line = { $name }: list of { $date } ({ $days ->
    [0] today
    [one] 1 day old
   *[other] { $days } days old
}), { $count ->
    [0] nothing taken back
    [one] 1 taken back
   *[other] { $count } taken back
}

## Stop trusting a network

app-trust-remove = Stop trusting
# $name is the network's name.
app-trust-remove-confirm = Stop trusting { $name }? Codes signed by the places on its list will no longer show as checked. You can add the network again later.
app-trust-remove-yes = Yes, stop trusting it
# $name is the network's name.
app-trust-removed = You no longer trust { $name }.

## Trust a network

app-trust-add-title = Trust a network
app-trust-add-hint = Type or paste the network’s key and name, or open the file the network gave you.
app-trust-key = The network’s key (64 letters and digits)
app-trust-name = The network’s name
app-trust-from-file = Open the network’s key file
app-trust-add = Trust this network
# $name is the network's name.
app-trust-added = You now trust { $name }. Now add its trust list.

## Files

app-trust-bundle-title = Add a trust list
app-trust-bundle-hint = A file ending in .cbor that the network gave you. A newer one replaces the older one.
app-trust-bundle-open = Open a trust list file
# $name is the network; $count a number of places; $date a date.
app-trust-bundle-done = Trust list of { $name } added ({ $date }): { $count ->
    [one] 1 place
   *[other] { $count } places
}.
app-trust-status-title = Add a list of endorsements taken back
app-trust-status-hint = A college or centre can take back an endorsement it made by mistake. Its list tells this device which ones.
app-trust-status-open = Open a list file
# $name is a college, centre or employer; $count a number; $date a date.
app-trust-status-done = List of { $name } added ({ $date }): { $count ->
    [0] nothing taken back
    [one] 1 endorsement taken back
   *[other] { $count } endorsements taken back
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = This file is not a network’s key file. Open the file the network gave you, or type the key.
error-app-anchor-invalid-key = This is not a network key. A key has exactly 64 letters (a to f) and digits. Check that it was copied whole.
error-app-anchor-name = Give the network a name of 1 to 100 letters.
# $kid is a short code.
error-app-anchor-known = You already trust this network (key fingerprint { $kid }). Nothing was changed.
error-app-trust-bundle-malformed = This file is not a trust list, or it is damaged. Nothing was changed.
error-app-trust-bundle-wrong-file = This is another kind of Carnet file, not a trust list. Nothing was changed.
error-app-trust-bundle-newer-version = This trust list was made by a newer Carnet. Update Carnet to read it.
error-app-trust-bundle-unknown-anchor = This trust list comes from a network you do not trust (key fingerprint { $kid }). Trust the network first, then add its list again.
error-app-trust-bundle-bad-signature = The signature on this trust list does not match: the file was changed or damaged. Nothing was changed. Ask the network for the file again.
error-app-trust-bundle-invalid = This trust list cannot be used. Nothing was changed. Ask the network for the file again.
error-app-trust-bundle-too-large = This file is too large to be a trust list. Nothing was changed.
error-app-trust-bundle-not-newer = You already have this trust list or a newer one from the same network. Nothing was changed.
error-app-status-list-malformed = This file is not a list of endorsements taken back, or it is damaged. Nothing was changed.
error-app-status-list-wrong-file = This is another kind of Carnet file, not a list of endorsements taken back. Nothing was changed.
error-app-status-list-newer-version = This list was made by a newer Carnet. Update Carnet to read it.
# $expected and $found are short codes.
error-app-status-list-wrong-issuer = This list belongs to another signer ({ $found }, not { $expected }). Nothing was changed.
error-app-status-list-bad-signature = The signature on this list does not match: the file was changed or damaged. Nothing was changed.
error-app-status-list-invalid = This list cannot be used. Nothing was changed. Ask for the file again.
error-app-status-list-too-large = This file is too large to be a list of endorsements taken back. Nothing was changed.
error-app-status-list-issuer-unknown = This list comes from a signer that none of your trust lists names (key fingerprint { $kid }). Add the trust list that names them first.
error-app-status-list-not-newer = You already have a newer list from this signer. Nothing was changed.
# $path is a folder or file; $reason is for a helper.
error-app-verifier-write = Carnet could not save the file in { $path }. Check that the device has space. (For a helper: { $reason })
