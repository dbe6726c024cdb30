# Review status: machine-drafted, needs review by a native speaker.
# Εντολές βεβαιώσεων για τον κάτοχο του ημερολογίου: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Φτιάξτε ένα αρχείο που ζητά από εκπαιδευτή, εργοδότη ή κέντρο να βεβαιώσει καταχωρίσεις.
    .long = Φτιάξτε ένα αίτημα που ζητά από εκπαιδευτή, εργοδότη, κέντρο, σχολή ή συνάδελφο να βεβαιώσει μερικές από τις καταχωρίσεις σας: ένα αρχείο, έναν κωδικό QR (όνομα που τελειώνει σε .png ή .svg) για να τον δείξετε στο τηλέφωνο ή να τον τυπώσετε, ή με --text ένα κείμενο για αποστολή σε μήνυμα. Δώστε το σε αυτούς. Το υπογράφουν και σας δίνουν πίσω ένα αρχείο βεβαίωσης, που το κρατάτε με: carnet receive
cli-cmd-holder-receive = Κρατήστε μια βεβαίωση που υπέγραψε για εσάς ένας εκπαιδευτής, εργοδότης ή κέντρο.
cli-cmd-holder-credentials = Λίστα των βεβαιώσεων που κρατάτε, καταχώριση προς καταχώριση. Επίσης: carnet wallet
cli-cmd-holder-present = Δείξτε επιλεγμένες καταχωρίσεις ως έναν κωδικό QR που μπορεί να ελέγξει οποιοσδήποτε χωρίς internet.
    .long = Δείξτε επιλεγμένες καταχωρίσεις ως έναν κωδικό QR που μπορεί να ελέγξει οποιοσδήποτε χωρίς internet. Οι βεβαιωμένες καταχωρίσεις εμφανίζονται με αυτόν που τις βεβαίωσε· οι καταχωρίσεις που δίνονται με --self-declared εμφανίζονται ως δικά σας λόγια μόνο. Στην οθόνη ο κωδικός ισχύει 24 ώρες· με --print, 5 χρόνια.
cli-cmd-holder-export = Γράψτε μια βεβαιωμένη καταχώριση ως W3C Verifiable Credential (Open Badges 3.0) για άλλες εφαρμογές.
    .long = Γράψτε μια βεβαιωμένη καταχώριση ως W3C Verifiable Credential 2.0 (ένα σήμα Open Badges 3.0), υπογεγραμμένη από αυτόν που τη βεβαίωσε, ώστε άλλα πορτοφόλια και εφαρμογές να μπορούν να την ελέγξουν. Χωρίς --out γράφεται στην οθόνη.

## Help: arguments

cli-arg-holder-request-ids = Οι καταχωρίσεις προς βεβαίωση: τα id τους ή οι 4 πρώτοι χαρακτήρες ή περισσότεροι του καθενός. Για να δείτε τα id, γράψτε: carnet list
cli-arg-holder-request-out = Πού γράφεται το αίτημα: ένα όνομα που τελειώνει σε .png ή .svg φτιάχνει εικόνα κωδικού QR· κάθε άλλο όνομα, όπως request.cbor, φτιάχνει αρχείο.
cli-arg-holder-request-text = Γράψτε στην οθόνη το κείμενο του αιτήματος (αρχίζει με CNR1:), για αποστολή σε μήνυμα.
cli-arg-holder-receive-file = Το αρχείο βεβαίωσης που σας δόθηκε, για παράδειγμα credential.cbor.
cli-arg-holder-present-select = Βεβαιωμένες καταχωρίσεις προς εμφάνιση: τα id τους ή οι 4 πρώτοι χαρακτήρες ή περισσότεροι του καθενός.
cli-arg-holder-present-fields = Εμφάνιση μόνο αυτών των μερών κάθε καταχώρισης, χωρισμένων με κόμμα, για παράδειγμα title,level. Τα υπόλοιπα μένουν κρυμμένα. Τα μέρη είναι: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Χωρίς αυτό, εμφανίζονται όλα.
cli-arg-holder-present-self-declared = Καταχωρίσεις προς εμφάνιση ως δικά σας λόγια μόνο, που δεν βεβαίωσε κανείς.
cli-arg-holder-present-stage = Για ποιο λόγο το δείχνετε: recruitment, pre-departure, arrival, career ή return. Χωρίς αυτό: recruitment.
cli-arg-holder-present-audience = Σε ποιον το δείχνετε, αν σας ζήτησαν να τον ονομάσετε, για παράδειγμα το όνομα ενός γραφείου.
cli-arg-holder-present-nonce = Ο κωδικός που σας έδωσε αυτός που ελέγχει, αν έδωσε (χαρακτήρες 0-9 και a-f).
cli-arg-holder-present-print = Φτιάξτε το για χαρτί: ο κωδικός αντέχει καλύτερα γρατζουνιές και διπλώματα και ισχύει 5 χρόνια αντί για 24 ώρες.
cli-arg-holder-present-out = Η εικόνα προς εγγραφή: όνομα που τελειώνει σε .png ή .svg.
cli-arg-holder-present-text = Γράψτε επίσης το κείμενο μέσα στον κωδικό QR, για αποστολή σε μήνυμα.
cli-arg-holder-export-id = Η βεβαιωμένη καταχώριση: το id της ή οι 4 πρώτοι χαρακτήρες ή περισσότεροι.
cli-arg-holder-export-format = Η μορφή εγγραφής. Μόνο: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Γράψτε το ως υπογεγραμμένο token (VC-JWT) αντί για JSON με απόδειξη.
cli-arg-holder-export-out = Το αρχείο προς εγγραφή, για παράδειγμα badge.json ή badge.jwt.

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
        [one] Αυτό το αίτημα ζητά βεβαίωση για { $count } καταχώριση.
       *[other] Αυτό το αίτημα ζητά βεβαίωση για { $count } καταχωρίσεις.
    } Αυτός που βεβαιώνει θα δει αυτά τα μέρη από την καθεμία:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Το αίτημα γράφτηκε στο { $path }.
holder-request-next = Δώστε το αρχείο σε αυτόν που βεβαιώνει. Όταν σας δώσει πίσω ένα αρχείο βεβαίωσης, γράψτε: carnet receive FILE
holder-receive-done = Κρατήθηκε: βεβαίωση από { $issuer }, { $kind }, { $country }. Πώς ελέγχθηκε: { $assessed }.
holder-validity-until = Εκδόθηκε { $issued }. Ισχύει έως { $expires }.
holder-validity-open = Εκδόθηκε { $issued }. Χωρίς ημερομηνία λήξης.
holder-wallet-empty = Δεν έχετε ακόμη βεβαιώσεις. Για να ζητήσετε μία, γράψτε: carnet request ID --out request.cbor
holder-wallet-damaged = Μια βεβαίωση που δεν διαβάζεται πια. Ζητήστε νέα από αυτόν που τη έδωσε.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): εκδόθηκε { $issued }, ισχύει έως { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): εκδόθηκε { $issued }, χωρίς ημερομηνία λήξης
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): εκδόθηκε { $issued }, έληξε { $expires }
holder-present-nothing = Πείτε τι να φαίνεται: --select ID για βεβαιωμένες καταχωρίσεις, --self-declared ID για άλλες.
holder-present-done = Ο κωδικός QR γράφτηκε στο { $path }: βεβαιωμένες: { $endorsed }, δικά σας λόγια: { $declared }.
holder-present-size = Μέγεθος: QR έκδοση { $version }, επίπεδο { $ec }, { $chars } χαρακτήρες.
holder-present-expires = Μπορεί να ελεγχθεί έως { $when } (ώρες: { $hours }).
holder-present-by-kid = Για να χωρέσει, οι υπογράφοντες αναφέρονται με σύντομο αποτύπωμα. Αυτός που ελέγχει βλέπει ποιοι είναι μόνο αν τους έχει στη λίστα των αξιόπιστων υπογραφόντων του.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = εκπαιδευτής
holder-issuer-kind-employer = εργοδότης
holder-issuer-kind-centre = κέντρο
holder-issuer-kind-college = σχολή
holder-issuer-kind-colleague = συνάδελφος (άτομο που δούλεψε μαζί σας, όχι οργανισμός)

## How they checked

holder-assessed-observation = σας είδαν να δουλεύετε
holder-assessed-test = τεστ
holder-assessed-document = έλεγξαν ένα έγγραφο
holder-assessed-interview = συνέντευξη

## Errors

error-holder-no-key = Αυτό το ημερολόγιο δεν έχει κλειδί για υπογραφή βεβαιώσεων. Δεν άλλαξε τίποτα. Παρακαλούμε αναφέρετε αυτό το πρόβλημα.
error-holder-write-file = Το αρχείο { $path } δεν μπόρεσε να γραφτεί: { $reason }. Ελέγξτε ότι ο φάκελος υπάρχει και ότι υπάρχει ελεύθερος χώρος και δοκιμάστε ξανά.
error-holder-entry-unfit = Η καταχώριση «{ $title }» δεν μπορεί να μπει σε βεβαίωση: το πεδίο { $field } είναι πολύ μεγάλο ή δεν έχει τη σωστή μορφή. Αλλάξτε το με carnet edit και δοκιμάστε ξανά.
error-holder-unknown-field = Το «{ $value }» δεν είναι μέρος καταχώρισης που μπορεί να εμφανιστεί. Τα μέρη είναι: { $known }.
error-holder-credential-no-entries = Η βεβαίωση { $path } δεν λέει ποια καταχώρισή σας βεβαιώνει. Δεν κρατήθηκε τίποτα. Ζητήστε νέα, φτιαγμένη από αρχείο αιτήματος: carnet request
error-holder-credential-entry-gone = Η βεβαίωση { $path } αφορά μια καταχώριση που δεν υπάρχει πια στο ημερολόγιό σας ({ $id }). Δεν κρατήθηκε τίποτα. Αν τη διαγράψατε σε αυτή τη συσκευή, προσθέστε την από αντίγραφο του ημερολογίου και δοκιμάστε ξανά.
error-holder-credential-damaged = Η βεβαίωση της καταχώρισης «{ $title }» δεν διαβάζεται πια. Ζητήστε νέα από αυτόν που τη βεβαίωσε.
error-holder-not-endorsed = Η καταχώριση «{ $title }» δεν έχει βεβαιωθεί ακόμη από κανέναν. Δείξτε την με --self-declared ή ζητήστε βεβαίωση: carnet request
error-holder-selected-twice = Η καταχώριση «{ $title }» δόθηκε και με --select και με --self-declared. Δώστε την μία φορά.
error-holder-bad-stage = Το «{ $value }» δεν είναι στάδιο. Τα στάδια είναι: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Ο παραλήπτης πρέπει να έχει 1 έως 100 χαρακτήρες, σε μία γραμμή.
error-holder-bad-nonce = Το «{ $value }» δεν είναι κωδικός από αυτόν που ελέγχει: πρέπει να έχει 2 έως 128 χαρακτήρες 0-9 και a-f.
error-holder-bad-out = Η εικόνα { $path } πρέπει να έχει όνομα που τελειώνει σε .png ή .svg.
error-holder-no-vc = Η βεβαίωση του «{ $title }» από { $issuer } έγινε πριν το Carnet μπορεί να τη γράψει ως βεβαίωση W3C, και μόνο αυτοί μπορούν να υπογράψουν μία. Ζητήστε τους να τη βεβαιώσουν ξανά: φτιάξτε νέο αίτημα (carnet request ID --out request.cbor), δώστε τους το και κρατήστε το αρχείο που σας δίνουν πίσω (carnet receive FILE).
