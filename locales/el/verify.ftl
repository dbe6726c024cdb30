# Review status: machine-drafted, needs review by a native speaker.
# Έλεγχος κωδικού: αποτελέσματα, αιτίες και αναφορά.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = εκπαιδευτής
issuer-kind-employer = εργοδότης
issuer-kind-centre = κέντρο
issuer-kind-college = σχολή
issuer-kind-colleague = συνάδελφος

## verify: verdicts, one per code

verdict-valid = Έγκυρο: υπογραφή από κάποιον που εμπιστεύεστε, ισχύει ακόμη, δεν ανακλήθηκε.
verdict-self-declared = Μόνο λόγια του ατόμου: κανείς δεν το υπέγραψε.
verdict-unknown-issuer = Υπογεγραμμένο, αλλά όχι από κάποιον που εμπιστεύεστε.
verdict-expired = Έληξε.
verdict-revoked = Ανακλήθηκε από αυτόν που το υπέγραψε.
verdict-tampered = Αλλαγμένο ή αντιγραμμένο: μην βασίζεστε σε αυτό.
verdict-malformed = Αυτός δεν είναι κωδικός Carnet που μπορεί να διαβαστεί.

## verify: reasons, one per code

reason-wrong-prefix = Το κείμενο δεν αρχίζει με CN1:, άρα δεν είναι κωδικός Carnet.
reason-bad-base45 = Το κείμενο έχει χαρακτήρες που δεν μπορεί να έχει ένας κωδικός Carnet. Ίσως είναι κομμένο ή γράφτηκε λάθος.
reason-bad-zlib = Ο κωδικός είναι κομμένος ή κατεστραμμένος.
reason-too-large = Ο κωδικός είναι πολύ μεγάλος για να είναι κωδικός Carnet.
reason-bad-cose = Ο κωδικός είναι κατεστραμμένος ή δεν είναι κωδικός Carnet.
reason-unsupported-header = Ο κωδικός χρησιμοποιεί υπογραφή που το Carnet δεν γνωρίζει. Ένα νεότερο Carnet ίσως τον διαβάσει.
reason-bad-payload = Το περιεχόμενο του κωδικού είναι κατεστραμμένο.
reason-holder-signature-invalid = Η υπογραφή του ατόμου δεν ταιριάζει: ο κωδικός άλλαξε.
reason-nonce-mismatch = Ο κωδικός φτιάχτηκε για άλλο αίτημα (αριθμός { $found }, όχι { $expected }). Ίσως είναι αντίγραφο.
reason-audience-mismatch = Ο κωδικός φτιάχτηκε για «{ $found }», όχι για «{ $expected }».
reason-presentation-expired = Ο ίδιος ο κωδικός έληξε στις { $exp }. Ζητήστε από το άτομο να φτιάξει νέο.
reason-presentation-not-yet-valid = Ο κωδικός λέει ότι φτιάχτηκε στις { $iat }, που δεν έχει έρθει ακόμη. Ελέγξτε το ρολόι αυτής της συσκευής.
reason-endorsement-signature-invalid = Η υπογραφή του εκδότη δεν ταιριάζει: η δεξιότητα άλλαξε.
reason-issuer-key-not-sent = Ο εκδότης αναφέρεται μόνο με το αποτύπωμα { $kid } και δεν τον γνωρίζετε.
reason-endorsement-expired = Η υπογραφή της δεξιότητας έληξε στις { $exp }.
reason-endorsement-not-yet-valid = Η δεξιότητα λέει ότι υπογράφηκε στις { $iat }, που δεν έχει έρθει ακόμη. Ελέγξτε το ρολόι αυτής της συσκευής.
reason-issuer-unknown = Το «{ $name }» (αποτύπωμα κλειδιού { $kid }) δεν είναι στις λίστες εμπιστοσύνης σας. Οποιοσδήποτε μπορεί να δώσει στον εαυτό του ένα όνομα.
reason-issuer-not-trusted-at-issue = Κανείς δεν εγγυόταν για το «{ $name }» (αποτύπωμα κλειδιού { $kid }) την ημέρα που υπέγραψε.
reason-issuer-trusted = Ο εκδότης είναι στη λίστα εμπιστοσύνης σας (αποτύπωμα κλειδιού { $kid }).
reason-issuer-claims-differ = Η λίστα εμπιστοσύνης σας λέει ότι αυτός ο εκδότης είναι { $kind } σε { $country }· η υπογραφή λέει κάτι άλλο. Βασιστείτε στη λίστα εμπιστοσύνης.
reason-revoked = Ο εκδότης ανακάλεσε τη βεβαίωση με αριθμό { $index }.
reason-no-revocation-list = Δεν έχετε λίστα από αυτόν τον εκδότη με όσα ανακάλεσε.
reason-self-declared = Το λέει το άτομο· κανείς δεν το υπέγραψε.

## verify: the rest of the report

verify-presentation = Εμφανίστηκε για το στάδιο «{ $stage }», φτιάχτηκε στις { $date }, από το άτομο με κλειδί { $kid }.
verify-audience = Φτιάχτηκε για: { $audience }
verify-stage-recruitment = πρόσληψη
verify-stage-pre-departure = προετοιμασία αναχώρησης
verify-stage-arrival = άφιξη
verify-stage-career = εργασία και κατάρτιση
verify-stage-return = επιστροφή στην πατρίδα
verify-endorsed-by = Υπογραφή: { $name }, { $kind } σε { $country }.
verify-endorsed-by-unchecked = Υπογραφή από κάποιον που λέγεται «{ $name }», { $kind } σε { $country } (δεν ελέγχθηκε· αποτύπωμα κλειδιού { $kid }).
verify-colleague-note = Αυτό είναι λόγος ενός συναδέλφου: κάποιου που δούλεψε δίπλα στο άτομο, όχι σχολής ή εργοδότη.
verify-endorsed-on = Υπογράφηκε στις { $date }· έλεγχος με: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Ισχύει έως { $expires }.
}
verify-how-observation = παρακολούθηση της δουλειάς
verify-how-test = τεστ
verify-how-document = έγγραφο
verify-how-interview = συνέντευξη
verify-hidden = { $count ->
    [one] { $count } στοιχείο είναι κρυμμένο από το άτομο.
   *[other] { $count } στοιχεία είναι κρυμμένα από το άτομο.
}
verify-trust-age = { $days ->
    [0] Λίστα εμπιστοσύνης από σήμερα.
    [one] Λίστα εμπιστοσύνης πριν από { $days } ημέρα ({ $date }).
   *[other] Λίστα εμπιστοσύνης πριν από { $days } ημέρες ({ $date }).
}
verify-newer-code = Αυτός ο κωδικός φτιάχτηκε από νεότερο Carnet. Ενημερώστε το Carnet για να τον ελέγξετε.
verify-status-age = { $days ->
    [0] Λίστα ανακλημένων βεβαιώσεων: από σήμερα.
    [one] Λίστα ανακλημένων βεβαιώσεων: πριν από { $days } ημέρα ({ $date }).
   *[other] Λίστα ανακλημένων βεβαιώσεων: πριν από { $days } ημέρες ({ $date }).
}
verify-field-kind = Τι:
verify-field-title = Τίτλος:
verify-field-esco = ESCO:
verify-field-entry-id = Καταχώριση:
verify-field-level = Επίπεδο:
verify-field-from = Από:
verify-field-to = Έως:
verify-field-country = Χώρα:
verify-field-context = Μάθηση:
verify-field-evidence = Απόδειξη (hash):
verify-field-eqf = Επίπεδο EQF:
verify-entry-kind-skill = δεξιότητα
verify-entry-kind-qualification = πτυχίο ή προσόν
verify-entry-kind-experience = εργασιακή εμπειρία
verify-entry-kind-language = γλώσσα
verify-entry-kind-learning = μάθημα
verify-context-formal = σε σχολείο ή σχολή
verify-context-non-formal = σε μάθημα
verify-context-informal = στη δουλειά ή μόνος/μόνη
verify-esco-skill = δεξιότητα
verify-esco-occupation = επάγγελμα
verify-esco-qualification = προσόν
