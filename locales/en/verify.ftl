# Review status: source language (English), written by the developers.
# Not yet checked with readers for plain language.
#
# Checking a presentation: verdicts, reasons and the report, shown by
# `carnet verify` and by the app's verify screen and its "what the
# checker will see" preview.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = a trainer
issuer-kind-employer = an employer
issuer-kind-centre = a centre
issuer-kind-college = a college
issuer-kind-colleague = a colleague

## verify: verdicts, one per code

verdict-valid = Valid: signed by an issuer you trust, still current, not taken back.
verdict-self-declared = Said by the person only: no one signed this.
verdict-unknown-issuer = Signed, but not by an issuer you trust.
verdict-expired = Out of date.
verdict-revoked = Taken back by the issuer who signed it.
verdict-tampered = Changed or copied: do not rely on it.
verdict-malformed = This is not a Carnet code that can be read.

## verify: reasons, one per code

reason-wrong-prefix = The text does not start with CN1:, so it is not a Carnet code.
reason-bad-base45 = The text has letters a Carnet code cannot have. It may be cut or mistyped.
reason-bad-zlib = The code is cut or damaged.
reason-too-large = The code is far too large to be a Carnet code.
reason-bad-cose = The code is damaged or is not a Carnet code.
reason-unsupported-header = The code uses a signature Carnet does not know. A newer Carnet may read it.
reason-bad-payload = The content of the code is damaged.
reason-holder-signature-invalid = The person's signature does not match: the code was changed.
reason-nonce-mismatch = The code was made for another request (number { $found }, not { $expected }). It may be a copy.
reason-audience-mismatch = The code was made for “{ $found }”, not for “{ $expected }”.
reason-presentation-expired = The code itself ran out on { $exp }. Ask the person to make a new one.
reason-presentation-not-yet-valid = The code says it was made on { $iat }, which has not come yet. Check this device's clock.
reason-endorsement-signature-invalid = The issuer's signature does not match: the skill was changed.
reason-issuer-key-not-sent = The issuer is named only by fingerprint { $kid }, and you do not know it.
reason-endorsement-expired = The skill's signature ran out on { $exp }.
reason-endorsement-not-yet-valid = The skill says it was signed on { $iat }, which has not come yet. Check this device's clock.
reason-issuer-unknown = “{ $name }” (key fingerprint { $kid }) is not in your trust lists. Anyone can give themselves a name.
reason-issuer-not-trusted-at-issue = “{ $name }” (key fingerprint { $kid }) was not vouched for on the day it signed.
reason-issuer-trusted = The issuer is in your trust list (key fingerprint { $kid }).
reason-issuer-claims-differ = Your trust list says this issuer is { $kind } in { $country }; the signature says otherwise. Go by the trust list.
# $index is a number.
reason-revoked = The issuer took back credential number { $index }.
reason-no-revocation-list = You have no list from this issuer of what it took back.
reason-self-declared = The person says this; no one signed it.

## verify: the rest of the report

verify-presentation = Shown for { $stage }, made on { $date }, by the person with key { $kid }.
verify-audience = Made for: { $audience }
verify-stage-recruitment = recruitment
verify-stage-pre-departure = getting ready to leave
verify-stage-arrival = arrival
verify-stage-career = work and training
verify-stage-return = return home
verify-endorsed-by = Signed by { $name }, { $kind } in { $country }.
verify-endorsed-by-unchecked = Signed by someone calling themselves “{ $name }”, { $kind } in { $country } (not checked; key fingerprint { $kid }).
verify-colleague-note = This is a colleague's word: someone who worked beside the person, not a school or an employer.
verify-endorsed-on = Signed on { $date }; checked by { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Holds until { $expires }.
}
verify-how-observation = watching them work
verify-how-test = a test
verify-how-document = a document
verify-how-interview = an interview
# $count is a number.
verify-hidden = { $count ->
    [one] 1 detail is hidden by the person.
   *[other] { $count } details are hidden by the person.
}
# $days is a number.
verify-trust-age = { $days ->
    [0] Trust list from today.
    [one] Trust list from 1 day ago ({ $date }).
   *[other] Trust list from { $days } days ago ({ $date }).
}
verify-newer-code = This code was made by a newer Carnet. Update Carnet to check it.
verify-status-age = { $days ->
    [0] List of credentials taken back: from today.
    [one] List of credentials taken back: from 1 day ago ({ $date }).
   *[other] List of credentials taken back: from { $days } days ago ({ $date }).
}
verify-field-kind = What:
verify-field-title = Title:
verify-field-esco = ESCO:
verify-field-entry-id = Entry:
verify-field-level = Level:
verify-field-from = From:
verify-field-to = To:
verify-field-country = Country:
verify-field-context = Learned:
verify-field-evidence = Proof (hash):
verify-field-eqf = EQF level:
verify-entry-kind-skill = a skill
verify-entry-kind-qualification = a diploma or qualification
verify-entry-kind-experience = work experience
verify-entry-kind-language = a language
verify-entry-kind-learning = a course
verify-context-formal = at school or college
verify-context-non-formal = on a course
verify-context-informal = on the job or on their own
verify-esco-skill = skill
verify-esco-occupation = occupation
verify-esco-qualification = qualification
