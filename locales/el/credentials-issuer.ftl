# Review status: machine-drafted, needs review by a native speaker.
# Εντολές για όσους υπογράφουν και ελέγχουν: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Υπογράψτε δεξιότητες άλλων, ως εκπαιδευτής, εργοδότης, κέντρο, σχολή ή συνάδελφος.
cli-cmd-issuer-init = Φτιάξτε το κλειδί υπογραφής σας ως εκδότης. Κλειδώνεται με κωδικό πρόσβασης.
cli-cmd-issuer-show = Εμφάνιση του ονόματος, του είδους και του δημόσιου κλειδιού σας ως εκδότη. Δεν χρειάζεται κωδικός πρόσβασης.
cli-cmd-issuer-revoke = Ανάκληση μίας βεβαίωσης που υπογράψατε, με τον αριθμό της.
cli-cmd-issuer-status-list = Γράψτε την υπογεγραμμένη λίστα των βεβαιώσεων που ανακαλέσατε, για να τη δώσετε σε όσους ελέγχουν.
cli-cmd-endorse = Υπογράψτε ένα αίτημα που σας έδωσαν και γράψτε τη βεβαίωση για να τη δώσετε πίσω.
cli-cmd-trust = Επιλέξτε ποιων τις υπογραφές εμπιστεύεστε όταν ελέγχετε κωδικό QR.
cli-cmd-trust-anchor = Άγκυρες εμπιστοσύνης: τα δίκτυα ή οι αρχές που εγγυώνται για τους εκδότες.
cli-cmd-trust-anchor-init = Φτιάξτε κλειδί υπογραφής ως άγκυρα εμπιστοσύνης, για να εγγυάστε για εκδότες.
cli-cmd-trust-anchor-show = Εμφάνιση του ονόματος και του δημόσιου κλειδιού της άγκυρας εμπιστοσύνης σας.
cli-cmd-trust-anchor-add = Εμπιστοσύνη στις λίστες που υπογράφει το κλειδί αυτής της άγκυρας εμπιστοσύνης.
cli-cmd-trust-bundle = Ως άγκυρα εμπιστοσύνης, υπογράψτε μια λίστα εκδοτών για τους οποίους εγγυάστε.
cli-cmd-trust-import = Προσθήκη υπογεγραμμένης λίστας αξιόπιστων εκδοτών από αρχείο.
cli-cmd-trust-list = Εμφάνιση των εκδοτών που εμπιστεύεστε και πόσο παλιά είναι κάθε λίστα.
cli-cmd-revocation = Λίστες βεβαιώσεων που ανακάλεσαν οι εκδότες.
cli-cmd-revocation-import = Προσθήκη της υπογεγραμμένης λίστας ενός εκδότη με βεβαιώσεις που ανακάλεσε.
cli-cmd-verify = Έλεγχος κωδικού QR του Carnet: ποιος υπέγραψε κάθε δεξιότητα και αν ισχύει ακόμη.

## Help: what to give

cli-arg-issuer-name = Το όνομά σας ή του οργανισμού σας, όπως πρέπει να το βλέπουν οι άλλοι.
cli-arg-issuer-country = Η χώρα σας, με δύο γράμματα, όπως KE ή PT.
cli-arg-issuer-kind = Τι είστε: trainer, employer, centre, college ή colleague.
cli-arg-revoke-index = Ο αριθμός της βεβαίωσης προς ανάκληση.
cli-arg-cred-out = Το αρχείο προς εγγραφή.
cli-arg-endorse-request = Το αίτημα που σας έδωσε το άτομο: το αρχείο (request.cbor), μια εικόνα του κωδικού QR του (PNG ή JPEG) ή ένα αρχείο κειμένου με το κείμενο που αρχίζει με CNR1:
cli-arg-endorse-text = Το κείμενο του αιτήματος, που αρχίζει με CNR1:, αν το άτομο το έστειλε σε μήνυμα. Αντί για αρχείο.
cli-arg-endorse-assessed-by = Πώς ελέγξατε τη δεξιότητα: observation, test, document ή interview.
cli-arg-endorse-expires = Η τελευταία ημέρα ισχύος της βεβαίωσης, όπως 2027-05-14. Χωρίς αυτό, δεν λήγει.
cli-arg-endorse-valid-days = Πόσες ημέρες ισχύει η βεβαίωση, από σήμερα.
cli-arg-anchor-name = Το όνομα της άγκυρας εμπιστοσύνης, όπως πρέπει να το βλέπουν οι άλλοι.
cli-arg-anchor-key = Το δημόσιο κλειδί της άγκυρας εμπιστοσύνης: 64 γράμματα και ψηφία.
cli-arg-bundle-issuer = Το αρχείο ενός εκδότη, από carnet issuer show --json. Δώστε το μία φορά για κάθε εκδότη.
cli-arg-trust-file = Το αρχείο λίστας εμπιστοσύνης (.cbor).
cli-arg-status-file = Το αρχείο λίστας του εκδότη (.cbor).
cli-arg-verify-image = Μια εικόνα του κωδικού QR: PNG, JPEG ή WebP.
cli-arg-verify-text = Το κείμενο του κωδικού QR, που αρχίζει με CN1:
cli-arg-verify-nonce = Ο αριθμός που ζητήσατε από το άτομο να βάλει στον κωδικό (hex).
cli-arg-verify-audience = Το όνομα που ζητήσατε από το άτομο να βάλει στον κωδικό.

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

issuer-created = Το κλειδί εκδότη για { $name } είναι έτοιμο. Φυλάξτε τον κωδικό πρόσβασης: χωρίς αυτόν δεν μπορείτε να υπογράψετε.
issuer-label-name = Όνομα:
issuer-label-country = Χώρα:
issuer-label-kind = Είδος:
issuer-label-public-key = Δημόσιο κλειδί:
issuer-label-kid = Αποτύπωμα κλειδιού:
issuer-label-issued = Αριθμοί που δόθηκαν:
issuer-label-revoked = Ανακλήθηκαν:
issuer-revoked = Η βεβαίωση με αριθμό { $index } ανακλήθηκε.
issuer-already-revoked = Η βεβαίωση με αριθμό { $index } είχε ήδη ανακληθεί.
issuer-revoked-next-step = Όσοι ελέγχουν το μαθαίνουν μόνο από την επόμενη λίστα σας: γράψτε τη με carnet issuer status-list --out list.cbor και δώστε τους το αρχείο.
issuer-status-list-written = { $count ->
    [one] Η λίστα είναι στο { $path }. Αναφέρει { $count } ανακλημένη βεβαίωση.
   *[other] Η λίστα είναι στο { $path }. Αναφέρει { $count } ανακλημένες βεβαιώσεις.
}

endorse-intro = { $count ->
    [one] Πρόκειται να υπογράψετε { $count } καταχώριση για το άτομο με κλειδί { $holder }:
   *[other] Πρόκειται να υπογράψετε { $count } καταχωρίσεις για το άτομο με κλειδί { $holder }:
}
endorse-entry = { $title } ({ $kind }, επίπεδο { $level }, { $dates })
endorse-untitled = (χωρίς τίτλο)
endorse-how-observation = Δηλώνετε ότι το είδατε να το κάνει.
endorse-how-test = Δηλώνετε ότι πέρασε ένα τεστ.
endorse-how-document = Δηλώνετε ότι ελέγξατε ένα έγγραφο.
endorse-how-interview = Δηλώνετε ότι το ελέγξατε σε συνέντευξη.
endorse-expires-on = Ισχύει έως { $date }.
endorse-no-expiry = Δεν λήγει.
endorse-written = { $count ->
    [one] Υπογράφηκε. Δώστε το { $path } πίσω στο άτομο. Ο αριθμός του είναι { $first }.
   *[other] Υπογράφηκε. Δώστε το { $path } πίσω στο άτομο. Οι αριθμοί είναι από { $first } έως { $last }.
}

trust-anchor-added = Τώρα εμπιστεύεστε λίστες υπογεγραμμένες από { $name } (αποτύπωμα κλειδιού { $kid }).
trust-bundle-written = { $count ->
    [one] Η υπογεγραμμένη λίστα με { $count } εκδότη είναι στο { $path }.
   *[other] Η υπογεγραμμένη λίστα με { $count } εκδότες είναι στο { $path }.
}
trust-imported = { $count ->
    [one] Προστέθηκε λίστα εμπιστοσύνης με { $count } εκδότη, φτιαγμένη στις { $date }.
   *[other] Προστέθηκε λίστα εμπιστοσύνης με { $count } εκδότες, φτιαγμένη στις { $date }.
}
trust-list-empty = Δεν εμπιστεύεστε ακόμη κανέναν εκδότη. Προσθέστε λίστα εμπιστοσύνης με carnet trust import.
trust-list-bundle = { $days ->
    [0] Λίστα εμπιστοσύνης από { $anchor }, φτιαγμένη σήμερα ({ $date }):
    [one] Λίστα εμπιστοσύνης από { $anchor }, φτιαγμένη πριν από { $days } ημέρα ({ $date }):
   *[other] Λίστα εμπιστοσύνης από { $anchor }, φτιαγμένη πριν από { $days } ημέρες ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, αποτύπωμα κλειδιού { $kid }
revocation-imported = { $count ->
    [one] Προστέθηκε η λίστα του { $name }, φτιαγμένη στις { $date }: { $count } βεβαίωση ανακλήθηκε.
   *[other] Προστέθηκε η λίστα του { $name }, φτιαγμένη στις { $date }: { $count } βεβαιώσεις ανακλήθηκαν.
}

## Errors of these commands

error-issuer-exists = Υπάρχει ήδη κλειδί εκδότη σε αυτόν τον φάκελο. Δεν άλλαξε τίποτα.
error-no-issuer = Δεν υπάρχει ακόμη κλειδί εκδότη σε αυτόν τον φάκελο. Φτιάξτε ένα με carnet issuer init.
error-issuer-damaged = Το κλειδί εκδότη σε αυτόν τον φάκελο είναι κατεστραμμένο ή δεν ταιριάζει με τα στοιχεία του. Επαναφέρετε ένα αντίγραφο ασφαλείας.
error-anchor-exists = Υπάρχει ήδη κλειδί άγκυρας εμπιστοσύνης σε αυτόν τον φάκελο. Δεν άλλαξε τίποτα.
error-no-anchor = Δεν υπάρχει ακόμη κλειδί άγκυρας εμπιστοσύνης σε αυτόν τον φάκελο. Φτιάξτε ένα με carnet trust anchor init.
error-anchor-damaged = Το κλειδί άγκυρας εμπιστοσύνης σε αυτόν τον φάκελο είναι κατεστραμμένο ή δεν ταιριάζει με τα στοιχεία του. Επαναφέρετε ένα αντίγραφο ασφαλείας.
error-identity-too-new = Αυτό το κλειδί φτιάχτηκε από νεότερο Carnet. Ενημερώστε το Carnet για να το χρησιμοποιήσετε.
error-storage-file = Το Carnet δεν μπόρεσε να γράψει ή να διαβάσει το { $path }. Ελέγξτε ότι υπάρχει χώρος και ότι επιτρέπεται να γράψετε εκεί. (Για όποιον βοηθά: { $reason })
error-file-too-big = Το { $path } είναι πολύ μεγάλο για αρχείο του Carnet.
error-issuer-kind = Το «{ $value }» δεν είναι είδος εκδότη. Γράψτε trainer, employer, centre, college ή colleague.
error-assessed-by = Το «{ $value }» δεν είναι τρόπος ελέγχου. Γράψτε observation, test, document ή interview.
error-expires-date = Το «{ $value }» δεν είναι ημέρα. Γράψτε το ως έτος-μήνας-ημέρα, όπως 2027-05-14.
error-expires-past = Η ημέρα λήξης πρέπει να είναι μετά από σήμερα.
error-issuer-indexes-used-up = Αυτό το κλειδί εκδότη έδωσε όλους τους αριθμούς του. Φτιάξτε νέο κλειδί εκδότη.
error-revoke-not-issued = Δεν έχετε υπογράψει βεβαίωση με αριθμό { $index }. Οι αριθμοί σας πάνε από 0 έως κάτω από { $next }.
error-anchor-name = Το όνομα πρέπει να έχει 1 έως 100 χαρακτήρες.
error-anchor-known = Εμπιστεύεστε ήδη αυτή την άγκυρα εμπιστοσύνης (αποτύπωμα κλειδιού { $kid }).
error-issuer-file = Το { $path } δεν είναι αρχείο εκδότη. Ζητήστε από τον εκδότη την έξοδο του carnet issuer show --json.
error-trust-bundle-not-newer = Έχετε ήδη αυτή τη λίστα εμπιστοσύνης ή νεότερη από την ίδια άγκυρα εμπιστοσύνης. Δεν άλλαξε τίποτα.
error-status-list-not-newer = Έχετε ήδη νεότερη λίστα από αυτόν τον εκδότη. Δεν άλλαξε τίποτα.
error-status-list-issuer-unknown = Αυτή η λίστα είναι από εκδότη που δεν εμπιστεύεστε ακόμη (αποτύπωμα κλειδιού { $kid }). Εισαγάγετε πρώτα μια λίστα εμπιστοσύνης που τον αναφέρει.
error-verifier-damaged = Οι αποθηκευμένες λίστες εμπιστοσύνης σας είναι κατεστραμμένες ή άλλαξαν. Εισαγάγετέ τες ξανά.
error-verify-nonce = Το «{ $value }» δεν είναι αριθμός σε hex, όπως 3fa9.
error-verify-got-request = Αυτό είναι αίτημα βεβαίωσης των καταχωρίσεων κάποιου (το κείμενό του αρχίζει με CNR1:), όχι κωδικός που δείχνει δεξιότητες. Δεν ελέγχθηκε τίποτα. Αυτός που βεβαιώνει το υπογράφει με: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Αυτός είναι κωδικός που δείχνει τις δεξιότητες κάποιου (το κείμενό του αρχίζει με CN1:), όχι αίτημα βεβαίωσης. Δεν υπογράφηκε τίποτα. Για να τον ελέγξετε, γράψτε: carnet verify PICTURE ή carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Η λίστα εμπιστοσύνης είναι κατεστραμμένη ή δεν είναι λίστα εμπιστοσύνης.
error-trust-bundle-wrong-file = Αυτό είναι άλλο είδος αρχείου Carnet, όχι λίστα εμπιστοσύνης.
error-trust-bundle-newer-version = Αυτή η λίστα εμπιστοσύνης φτιάχτηκε από νεότερο Carnet. Ενημερώστε το Carnet για να τη διαβάσετε.
error-trust-bundle-unknown-anchor = Αυτή η λίστα εμπιστοσύνης είναι υπογεγραμμένη από άγκυρα εμπιστοσύνης που δεν εμπιστεύεστε (αποτύπωμα κλειδιού { $kid }). Προσθέστε την πρώτα με carnet trust anchor add, αν τη γνωρίζετε.
error-trust-bundle-bad-signature = Η υπογραφή σε αυτή τη λίστα εμπιστοσύνης δεν ταιριάζει. Το αρχείο άλλαξε ή καταστράφηκε.
error-trust-bundle-invalid = Μια τιμή στη λίστα εμπιστοσύνης δεν μπορεί να χρησιμοποιηθεί ({ $field }).
error-trust-bundle-too-large = Η λίστα εμπιστοσύνης είναι πολύ μεγάλη.
error-status-list-malformed = Η λίστα είναι κατεστραμμένη ή δεν είναι λίστα ανακλημένων βεβαιώσεων.
error-status-list-wrong-file = Αυτό είναι άλλο είδος αρχείου Carnet, όχι λίστα ανακλημένων βεβαιώσεων.
error-status-list-newer-version = Αυτή η λίστα φτιάχτηκε από νεότερο Carnet. Ενημερώστε το Carnet για να τη διαβάσετε.
error-status-list-wrong-issuer = Αυτή η λίστα ανήκει σε άλλον εκδότη ({ $found }, όχι { $expected }).
error-status-list-bad-signature = Η υπογραφή σε αυτή τη λίστα δεν ταιριάζει. Το αρχείο άλλαξε ή καταστράφηκε.
error-status-list-invalid = Μια τιμή στη λίστα δεν μπορεί να χρησιμοποιηθεί ({ $field }).
error-status-list-too-large = Η λίστα είναι πολύ μεγάλη.
