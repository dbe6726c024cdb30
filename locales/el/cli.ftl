# Review status: machine-drafted, needs review by a native speaker.
# Μηνύματα της γραμμής εντολών `carnet`. Ό,τι πληκτρολογείτε μένει στα αγγλικά.

## Help: headings

cli-help-usage = Πώς το γράφετε:
cli-help-commands = Εντολές:
cli-help-arguments = Τι δίνετε:
cli-help-options = Επιλογές:
cli-help-examples = Παραδείγματα:

## Help: the whole program

cli-about = Το Carnet κρατά ένα αρχείο με ό,τι μπορείτε να κάνετε: δεξιότητες, εργασία, γλώσσες, πτυχία και μαθήματα. Το αρχείο μένει στη συσκευή σας, κλειδωμένο με τον κωδικό πρόσβασής σας.

cli-examples =
    Ξεκινήστε ημερολόγιο:       carnet init
    Προσθέστε δεξιότητα:        carnet add skill --title "Welding" --level advanced
    Δείτε τις καταχωρίσεις:     carnet list
    Δείτε μία καταχώριση:       carnet show 3f2a
    Βοήθεια για εντολή:         carnet add --help

cli-opt-data-dir = Ο φάκελος όπου φυλάσσεται το ημερολόγιό σας. Μπορείτε επίσης να ορίσετε το CARNET_DATA_DIR.
cli-opt-json = Απάντηση σε JSON, για άλλα προγράμματα.
cli-opt-lang = Η γλώσσα των μηνυμάτων του Carnet, για παράδειγμα ar, fa, fr, uk ή en.
cli-opt-help = Εμφάνιση αυτής της βοήθειας.
cli-opt-version = Εμφάνιση της έκδοσης του Carnet.

## Help: commands

cli-cmd-init = Δημιουργία νέου ημερολογίου, κλειδωμένου με κωδικό πρόσβασης.
cli-cmd-passphrase = Αλλαγή του κωδικού πρόσβασης του ημερολογίου σας.
cli-cmd-passphrase-change = Αλλαγή κωδικού πρόσβασης. Γράφετε τον παλιό και μετά τον νέο δύο φορές.
cli-cmd-profile = Δείτε ή αλλάξτε το προφίλ σας: όνομα, χώρες, γλώσσες.
cli-cmd-profile-show = Εμφάνιση του προφίλ σας.
cli-cmd-profile-set = Αλλαγή του προφίλ σας. Για να σβήσετε κάτι, δώστε του κενή τιμή, για παράδειγμα --contact "".
cli-cmd-add = Προσθήκη καταχώρισης: δεξιότητα, προσόν, εργασιακή εμπειρία, γλώσσα ή μάθημα.
cli-cmd-list = Λίστα των καταχωρίσεών σας.
cli-cmd-show = Εμφάνιση όλων για μία καταχώριση.
cli-cmd-edit = Αλλαγή καταχώρισης.
cli-cmd-rm = Διαγραφή καταχώρισης.
cli-cmd-search = Εύρεση καταχωρίσεων που περιέχουν κάποιες λέξεις.
cli-cmd-detach = Αφαίρεση φωτογραφίας ή φωνητικής σημείωσης από καταχώριση. Διαγράφεται και από αυτή τη συσκευή, εκτός αν τη δείχνει άλλη καταχώριση.
cli-cmd-attach = Προσθήκη φωτογραφίας ενός χαρτιού σε καταχώριση, για παράδειγμα πτυχίου, πιστοποιητικού ή εγγράφου εργασίας. Ή προσθήκη φωνητικής σημείωσης: ένα αρχείο ήχου όπου μιλάτε για τη δεξιότητα.
cli-cmd-export = Εγγραφή όλου του ημερολογίου σε αρχείο που μπορούν να διαβάσουν άλλα προγράμματα.
cli-cmd-import = Ανάγνωση αρχείου εξαγωγής του Carnet στο ημερολόγιό σας. Τίποτα δεν διαγράφεται από το ημερολόγιό σας.
cli-cmd-devices = Οι συσκευές που έχουν το ημερολόγιό σας.
cli-cmd-devices-list = Εμφάνιση των συσκευών που έχουν το ημερολόγιό σας.
cli-cmd-devices-remove = Αφαίρεση του ημερολογίου σας από μια συσκευή, για παράδειγμα ένα χαμένο τηλέφωνο. Δεν θα μπορεί να διαβάσει τίποτα από όσα προσθέτετε από τώρα.
cli-cmd-pair = Βάλτε το ημερολόγιό σας σε άλλη δική σας συσκευή, όπως ένα νέο τηλέφωνο.
cli-cmd-pair-show = Στη συσκευή που έχει το ημερολόγιο: εμφάνιση κωδικού για τη νέα συσκευή, μετά έγκριση.
cli-cmd-pair-join = Στη νέα συσκευή: λήψη του ημερολογίου με τον κωδικό που δείχνει η άλλη σας συσκευή.
cli-cmd-sync = Στείλτε τις αλλαγές σας στον κόμβο του κέντρου και πάρτε τις αλλαγές από τις άλλες σας συσκευές. Ο κόμβος κρατά μόνο ένα κλειδωμένο αντίγραφο που δεν μπορεί να διαβάσει.

## Help: what to give to the commands

cli-arg-kind = Είδος καταχώρισης: skill (δεξιότητα), qualification (προσόν), experience (εργασία), language (γλώσσα) ή learning (μάθημα).
cli-arg-title = Ένα σύντομο όνομα, για παράδειγμα "Συγκόλληση" ή "Δίπλωμα οδήγησης B".
cli-arg-description = Περισσότερα λόγια γι' αυτό, αν θέλετε.
cli-arg-level = Πόσο καλά το ξέρετε. Για δεξιότητα ή εργασία: basic, intermediate, advanced ή expert. Για γλώσσα: από A1 (αρχάριος) έως C2 (πολύ καλά). Για προσόν ή μάθημα: το επίπεδο EQF, από 1 έως 8.
cli-arg-eqf = Το επίπεδο EQF ενός πτυχίου ή μαθήματος, από 1 έως 8, αν το ξέρετε.
cli-arg-from = Πότε ξεκίνησε: έτος (2019), μήνας (2019-05) ή ημέρα (2019-05-14).
cli-arg-to = Πότε τελείωσε, γραμμένο με τον ίδιο τρόπο. Αφήστε το κενό αν συνεχίζεται.
cli-arg-organisation = Ο εργοδότης, το σχολείο ή το κέντρο κατάρτισης.
cli-arg-place = Η πόλη ή ο τόπος.
cli-arg-country = Η χώρα, με δύο γράμματα, για παράδειγμα SY, AF, DE.
cli-arg-context = Πώς το μάθατε: formal (σχολείο, πτυχίο), non-formal (μάθημα) ή informal (κάνοντάς το).
cli-arg-written-in = Η γλώσσα στην οποία γράψατε αυτή την καταχώριση, με σύντομο κωδικό, για παράδειγμα ar ή en.
cli-arg-esco = Η διεύθυνση ESCO της δεξιότητας ή του επαγγέλματος, αν την ξέρετε.
cli-arg-isco = Ο κωδικός επαγγέλματος ISCO-08 (1 έως 4 ψηφία), αν τον ξέρετε.
cli-arg-stage = Πότε μετρά αυτό στη διαδρομή σας: recruitment, pre-departure, arrival, career ή return. Μπορείτε να δώσετε περισσότερα από ένα.

cli-arg-list-kind = Εμφάνιση μόνο καταχωρίσεων αυτού του είδους: skill, qualification, experience, language ή learning.
cli-arg-list-stage = Εμφάνιση μόνο καταχωρίσεων για αυτό το στάδιο: recruitment, pre-departure, arrival, career ή return.

cli-arg-id = Το id της καταχώρισης. Αρκούν οι 4 πρώτοι χαρακτήρες ή περισσότεροι. Για να δείτε τα id, γράψτε: carnet list
cli-arg-set = Μια αλλαγή, γραμμένη FIELD=VALUE, για παράδειγμα level=advanced. Δώστε τη ξανά για περισσότερες αλλαγές. Μια κενή τιμή σβήνει το πεδίο. Τα πεδία είναι: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Οι λέξεις που αναζητάτε.
cli-arg-evidence = Η φωτογραφία ή φωνητική σημείωση προς αφαίρεση: το id της, όπως το δείχνουν τα carnet show και carnet attach (αρκούν οι 8 πρώτοι χαρακτήρες ή περισσότεροι).
cli-arg-photo = Μια φωτογραφία (JPEG, PNG ή WebP) ή ένα αρχείο ήχου (WebM, Ogg, MP4, M4A, AAC, MP3 ή WAV, έως 5 MB). Το Carnet κοιτάζει μέσα στο αρχείο για να καταλάβει τι είναι. Αφαιρεί κρυφά δεδομένα, όπως το μέρος όπου τραβήχτηκε μια φωτογραφία.
cli-arg-format = Το είδος του αρχείου. Προς το παρόν μόνο json.
cli-arg-file = Το αρχείο εξαγωγής προς ανάγνωση.

cli-arg-name = Το όνομά σας, όπως θέλετε να το βλέπουν οι άλλοι.
cli-arg-birth-date = Η ημερομηνία γέννησής σας: 1990, 1990-05 ή 1990-05-14.
cli-arg-origin = Η χώρα από την οποία κατάγεστε, με δύο γράμματα, για παράδειγμα SY, AF, ER.
cli-arg-current = Η χώρα όπου ζείτε τώρα, με δύο γράμματα, για παράδειγμα DE, FR.
cli-arg-contact = Πώς μπορούν να σας βρουν, για παράδειγμα αριθμός τηλεφώνου ή email.
cli-arg-language = Μια γλώσσα που ξέρετε, με σύντομο κωδικό, για παράδειγμα ar, fa-AF ή en. Οι επιλογές παρακάτω αφορούν αυτή τη γλώσσα.
cli-arg-mother-tongue = Αυτή η γλώσσα είναι η μητρική σας.
cli-arg-not-mother-tongue = Αυτή η γλώσσα δεν είναι η μητρική σας.
cli-arg-listening = Πόσο καλά καταλαβαίνετε όταν μιλούν: από A1 (αρχάριος) έως C2 (πολύ καλά).
cli-arg-reading = Πόσο καλά διαβάζετε: A1 έως C2.
cli-arg-spoken-interaction = Πόσο καλά συμμετέχετε σε συζήτηση: A1 έως C2.
cli-arg-spoken-production = Πόσο καλά μιλάτε μόνοι σας: A1 έως C2.
cli-arg-writing = Πόσο καλά γράφετε: A1 έως C2.
cli-arg-remove-language = Αφαίρεση μιας γλώσσας από το προφίλ σας.
cli-arg-hub = Η διεύθυνση του κόμβου του κέντρου, για παράδειγμα http://192.168.1.10:8470. Το Carnet τη θυμάται.
cli-arg-device-id = Το id της συσκευής, όπως το δείχνει το: carnet devices list (αρκούν οι 4 πρώτοι χαρακτήρες ή περισσότεροι).
cli-arg-pair-approve = Έγκριση της νέας συσκευής χωρίς ερώτηση, αν δείχνει αυτόν τον κωδικό (για βοηθούς και σενάρια).
cli-arg-pair-code = Ο κωδικός που δείχνει η άλλη σας συσκευή. Αρχίζει με CNP1:
cli-arg-pair-name = Ένα όνομα για αυτή τη συσκευή, για να την αναγνωρίζετε στην άλλη (για παράδειγμα "Το τηλέφωνο του Αμάλ").
cli-arg-sync-status = Εμφάνιση μόνο του πότε έγινε ο τελευταίος συγχρονισμός και πόσες αλλαγές περιμένουν. Δεν στέλνεται τίποτα.
cli-arg-sync-watch = Συνεχής συγχρονισμός. Όταν ο κόμβος δεν απαντά, νέα προσπάθεια αργότερα, με μεγαλύτερη αναμονή κάθε φορά.
cli-arg-sync-every = Με --watch: πόσα δευτερόλεπτα αναμονή ανάμεσα στους συγχρονισμούς (300 αν δεν δοθεί).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Επιλέξτε κωδικό πρόσβασης με τουλάχιστον { $min } χαρακτήρες. Τον χρειάζεστε κάθε φορά που ανοίγετε το ημερολόγιο. Κανείς δεν μπορεί να σας τον επαναφέρει.
cli-passphrase-prompt = Κωδικός πρόσβασης:
cli-passphrase-new-prompt = Νέος κωδικός πρόσβασης:
cli-passphrase-repeat-prompt = Γράψτε ξανά τον νέο κωδικό πρόσβασης:
cli-passphrase-changed = Ο κωδικός πρόσβασης άλλαξε. Χρησιμοποιείτε τον νέο από εδώ και πέρα.

## Answers

cli-init-done = Το ημερολόγιό σας είναι έτοιμο. Είναι σε αυτόν τον φάκελο: { $dir }
cli-init-next = Φυλάξτε τον κωδικό πρόσβασης. Χωρίς αυτόν, κανείς δεν μπορεί να ανοίξει το ημερολόγιό σας, ούτε εσείς. Μετά, προσθέστε τι μπορείτε να κάνετε, για παράδειγμα: carnet add skill --title "Cooking"

cli-list-empty = Το ημερολόγιό σας δεν έχει ακόμη καταχωρίσεις. Για να προσθέσετε μία, γράψτε: carnet add skill --title "Cooking"
cli-list-none-match = Καμία καταχώριση δεν ταιριάζει με ό,τι ζητήσατε.
cli-search-none = Καμία καταχώριση δεν έχει αυτές τις λέξεις. Δοκιμάστε άλλες λέξεις ή γράψτε: carnet list

cli-edit-saved = Η αλλαγή σας αποθηκεύτηκε.
cli-rm-done = Διαγράφηκε: { $title }
cli-detached = Η φωτογραφία ή η φωνητική σημείωση αφαιρέθηκε από την καταχώριση.

cli-profile-saved = Το προφίλ σας αποθηκεύτηκε.
cli-profile-empty = Το προφίλ σας είναι άδειο. Για να προσθέσετε το όνομά σας, γράψτε: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] Προστέθηκε { $count } καταχώριση.
   *[other] Προστέθηκαν { $count } καταχωρίσεις.
}
cli-import-updated = { $count ->
    [one] Ενημερώθηκε { $count } καταχώριση.
   *[other] Ενημερώθηκαν { $count } καταχωρίσεις.
}
cli-import-unchanged = { $count ->
    [one] { $count } καταχώριση ήταν ήδη ίδια.
   *[other] { $count } καταχωρίσεις ήταν ήδη ίδιες.
}
cli-import-profile-updated = Ενημερώθηκε και το προφίλ σας.
cli-import-missing-photos = { $count ->
    [one] { $count } φωτογραφία δεν είναι σε αυτή τη συσκευή. Τα αρχεία εξαγωγής δεν περιέχουν φωτογραφίες. Προσθέστε την ξανά με: carnet attach
   *[other] { $count } φωτογραφίες δεν είναι σε αυτή τη συσκευή. Τα αρχεία εξαγωγής δεν περιέχουν φωτογραφίες. Προσθέστε τες ξανά με: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Είδος
cli-show-added = Προστέθηκε
cli-show-changed = Άλλαξε
cli-show-evidence = Φωτογραφίες και φωνητικές σημειώσεις
cli-show-photo = { $sha }  { $width } × { $height } εικονοστοιχεία, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } εικονοστοιχεία, δεν είναι σε αυτή τη συσκευή
cli-show-voice = { $sha }  φωνητική σημείωση, { $kilobytes } KB
cli-show-voice-missing = { $sha }  φωνητική σημείωση, δεν είναι σε αυτή τη συσκευή
cli-show-conflicts = Μια άλλη συσκευή έγραψε επίσης:
cli-show-conflicts-hint = Για να κρατήσετε ένα από αυτά, γράψτε: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Τίτλος
cli-field-description = Περιγραφή
cli-field-written-in = Γλώσσα γραφής
cli-field-esco = ESCO
cli-field-isco = Κωδικός επαγγέλματος ISCO-08
cli-field-level = Επίπεδο
cli-field-eqf = Επίπεδο EQF
cli-field-organisation = Οργανισμός
cli-field-place = Τόπος
cli-field-country = Χώρα
cli-field-from = Από
cli-field-to = Έως
cli-field-context = Πώς το μάθατε
cli-field-stages = Στάδια

cli-kind-skill = δεξιότητα
cli-kind-qualification = προσόν
cli-kind-experience = εμπειρία
cli-kind-language = γλώσσα
cli-kind-learning = μάθηση

cli-context-formal = τυπική (σχολείο, πτυχίο)
cli-context-non-formal = μη τυπική (μάθημα)
cli-context-informal = άτυπη (κάνοντάς το)

cli-stage-recruitment = πρόσληψη
cli-stage-pre-departure = πριν την αναχώρηση
cli-stage-arrival = άφιξη
cli-stage-career = καριέρα
cli-stage-return = επιστροφή

cli-proficiency-basic = βασικό
cli-proficiency-intermediate = μέτριο
cli-proficiency-advanced = προχωρημένο
cli-proficiency-expert = ειδικός

cli-level-eqf = Επίπεδο EQF { $level }

cli-profile-name = Όνομα
cli-profile-birth-date = Ημερομηνία γέννησης
cli-profile-origin = Καταγωγή
cli-profile-current = Ζει σε
cli-profile-contact = Επικοινωνία
cli-profile-languages = Γλώσσες
cli-profile-mother-tongue = { $language } (μητρική γλώσσα)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = κατανόηση προφορικού { $level }
cli-cefr-reading = ανάγνωση { $level }
cli-cefr-spoken-interaction = συζήτηση { $level }
cli-cefr-spoken-production = ομιλία { $level }
cli-cefr-writing = γραφή { $level }

## Errors of the command line

cli-error-unknown-argument = Το Carnet δεν γνωρίζει το «{ $arg }» εδώ.
cli-error-unknown-command = Δεν υπάρχει εντολή «{ $command }».
cli-error-invalid-value = Το «{ $value }» δεν μπορεί να χρησιμοποιηθεί για το { $arg }.
cli-error-missing-value = Το { $arg } χρειάζεται μια τιμή μετά από αυτό.
cli-error-valid-values = Μπορείτε να χρησιμοποιήσετε: { $values }
cli-error-missing-argument = Κάτι λείπει: { $arg }
cli-error-missing-command = Πείτε τι να κάνει το Carnet μετά το «{ $command }».
cli-error-valid-commands = Οι εντολές είναι: { $commands }
cli-error-conflict = Το { $arg } δεν μπορεί να χρησιμοποιηθεί μαζί με το { $other }.
cli-error-no-equals = Γράψτε το { $arg } με ένα σύμβολο ίσον και την τιμή αμέσως μετά.
cli-error-too-many-values = Το { $arg } παίρνει λιγότερες τιμές. Το «{ $value }» είναι μία παραπάνω.
cli-error-wrong-number-of-values = Το { $arg } έχει λάθος αριθμό τιμών.
cli-error-invalid-utf8 = Το Carnet δεν μπορεί να διαβάσει μερικά από τα γράμματα που γράψατε. Γράψτε τα ξανά.
cli-error-did-you-mean = Μήπως εννοούσατε { $suggestion };
cli-error-usage = Το Carnet δεν κατάλαβε αυτή την εντολή.
cli-error-usage-hint = Γράψτε { $command } --help για να δείτε τι μπορείτε να γράψετε.
cli-error-set-format = Το «{ $value }» δεν είναι αλλαγή. Γράψτε FIELD=VALUE, για παράδειγμα --set level=advanced
cli-error-nothing-to-change = Δεν υπάρχει τίποτα να αλλάξει. Δώστε τουλάχιστον μία επιλογή, για παράδειγμα --name "Your name".

cli-error-passphrase-unavailable = Το Carnet χρειάζεται κωδικό πρόσβασης αλλά δεν μπορεί να τον ζητήσει εδώ. Τρέξτε το Carnet σε τερματικό ή ορίστε το { $variable }.
cli-error-passphrase-mismatch = Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι. Δεν άλλαξε τίποτα. Δοκιμάστε ξανά.
cli-error-read-file = Το Carnet δεν μπορεί να διαβάσει το αρχείο { $path }. Ελέγξτε το όνομα του αρχείου και τον φάκελο και δοκιμάστε ξανά.
cli-error-no-data-dir = Το Carnet δεν βρίσκει φάκελο για το ημερολόγιό σας. Επιλέξτε έναν με --data-dir, για παράδειγμα --data-dir ./carnet
cli-error-output = Το Carnet δεν μπόρεσε να γράψει την απάντησή του. Ελέγξτε ότι ο δίσκος δεν είναι γεμάτος και δοκιμάστε ξανά.
cli-error-details = Λεπτομέρειες για όποιον βοηθά: { $reason }

## Extra lines after errors of the logbook (errors.ftl)

cli-hint-no-logbook = Για να φτιάξετε ένα, γράψτε: carnet init
cli-hint-already-exists = Για να δείτε τι περιέχει, γράψτε: carnet list. Για δεύτερο ημερολόγιο, επιλέξτε άλλο φάκελο με --data-dir.
cli-hint-not-found = Για να δείτε τα id, γράψτε: carnet list
cli-hint-ambiguous-id = Για να δείτε τα id, γράψτε: carnet list
cli-hint-import-format = Επιλέξτε ένα αρχείο φτιαγμένο με: carnet export --format json
cli-hint-invalid-field = Για τη λίστα των πεδίων, γράψτε: carnet edit --help

## carnet sync

cli-sync-phase-sending = Αποστολή
cli-sync-phase-receiving = Λήψη
cli-sync-phase-photos = Φωτογραφίες
cli-sync-done = Συγχρονίστηκε με { $hub }.
cli-sync-changes = { $sent ->
    [one] στάλθηκε { $sent } αλλαγή
   *[other] στάλθηκαν { $sent } αλλαγές
}, { $received ->
    [one] λήφθηκε { $received } αλλαγή.
   *[other] λήφθηκαν { $received } αλλαγές.
}
cli-sync-photos = { $sent ->
    [one] στάλθηκε { $sent } φωτογραφία
   *[other] στάλθηκαν { $sent } φωτογραφίες
}, { $received ->
    [one] λήφθηκε { $received } φωτογραφία.
   *[other] λήφθηκαν { $received } φωτογραφίες.
}
cli-sync-bytes = Δεδομένα: { $up } KB αποστολή, { $down } KB λήψη.
cli-sync-retry = Νέα προσπάθεια σε { $seconds ->
    [one] { $seconds } δευτερόλεπτο.
   *[other] { $seconds } δευτερόλεπτα.
}
cli-sync-status-hub = Κόμβος: { $hub }
cli-sync-status-last = Τελευταίος συγχρονισμός: { $when }
cli-sync-status-pending = { $count ->
    [0] Καμία αλλαγή δεν περιμένει.
    [one] { $count } αλλαγή περιμένει αποστολή.
   *[other] { $count } αλλαγές περιμένουν αποστολή.
}
cli-sync-no-hub = κανένας ακόμη
cli-sync-never = ποτέ
cli-hint-sync-no-hub = Για να τον ορίσετε, γράψτε: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Οι αλλαγές σας κρατήθηκαν. Για να δοκιμάσετε αργότερα, γράψτε: carnet sync

## carnet pair

cli-pair-show-scan = Σαρώστε αυτόν τον κωδικό με τη νέα συσκευή ή γράψτε εκεί το κείμενο από κάτω.
cli-pair-show-expires = Ο κωδικός ισχύει για 10 λεπτά.
cli-pair-show-request = Η συσκευή «{ $name }» ζητά το ημερολόγιό σας. Ο κωδικός της είναι { $fingerprint }.
cli-pair-show-ask = Δείχνει η νέα σας συσκευή τον ίδιο κωδικό; Γράψτε ναι (ή yes) για έγκριση, ή όχι.
cli-pair-yes = ναι
cli-pair-show-approved = Η συσκευή «{ $name }» έχει τώρα το ημερολόγιό σας.
cli-pair-show-refused = Είπατε όχι. Η συσκευή «{ $name }» δεν πήρε τίποτα.
cli-pair-default-name = Νέα συσκευή
cli-pair-join-check = Η άλλη σας συσκευή πρέπει να δείχνει αυτόν τον κωδικό: { $fingerprint }. Εγκρίνετε εκεί.
cli-pair-join-done = { $count ->
    [one] Αυτή η συσκευή έχει τώρα το ημερολόγιό σας, με { $count } καταχώριση.
   *[other] Αυτή η συσκευή έχει τώρα το ημερολόγιό σας, με { $count } καταχωρίσεις.
}

## carnet devices

cli-devices-none = Καμία συσκευή δεν έχει συγχρονίσει ακόμη αυτό το ημερολόγιο.
cli-devices-line = { $id }  { $name }  (από { $added })
cli-devices-this = ← αυτή η συσκευή
cli-devices-removed = (αφαιρέθηκε { $when })
cli-devices-removed-done = Η συσκευή «{ $name }» αφαιρέθηκε. Το ημερολόγιό σας έχει τώρα νέο κλειδί, που εκείνη η συσκευή δεν έχει.
cli-devices-new-sheet = Το φύλλο ανάκτησης έχει το παλιό κλειδί. Εκτυπώστε τώρα νέο και καταστρέψτε το παλιό: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover

cli-cmd-recovery-sheet = Εκτύπωση φύλλου ανάκτησης: με αυτό και τον κωδικό πρόσβασης, παίρνετε πίσω το ημερολόγιο σε νέο τηλέφωνο αν χάσετε αυτό.
cli-cmd-recover = Σε νέα συσκευή: πάρτε πίσω το ημερολόγιο με το φύλλο ανάκτησης και τον κωδικό πρόσβασης.
cli-arg-recovery-out = Το αρχείο όπου γράφεται το φύλλο. Πρέπει να τελειώνει σε .png ή .pdf.
cli-arg-recover-sheet = Μια φωτογραφία ή σάρωση του φύλλου ανάκτησης (PNG ή JPEG). Το Carnet διαβάζει τον τετράγωνο κωδικό του.
cli-arg-recover-words = Οι 12 λέξεις του φύλλου ανάκτησης, με τη σειρά, σε εισαγωγικά. Δώστε και το --hub.
cli-arg-recover-hub = Η διεύθυνση του κόμβου τυπωμένη στο φύλλο ανάκτησης, για παράδειγμα http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Το Carnet μπορεί να γράψει το φύλλο ως αρχείο .png ή .pdf, όχι ως «{ $path }».
cli-recovery-sheet-done = Το φύλλο ανάκτησης είναι στο { $path }. Εκτυπώστε το και φυλάξτε το χαρτί σε ασφαλές μέρος, μακριά από το τηλέφωνο.
cli-recovery-sheet-english = Το φύλλο είναι στα αγγλικά: το Carnet δεν μπορεί ακόμη να γράψει σωστά πάνω του τα γράμματα της γλώσσας σας.
cli-recovery-sheet-replaced = Όποιο φύλλο εκτυπώσατε πριν δεν λειτουργεί πια. Καταστρέψτε το.
cli-recover-done = { $count ->
    [one] Το ημερολόγιό σας επέστρεψε σε αυτή τη συσκευή: { $count } καταχώριση.
   *[other] Το ημερολόγιό σας επέστρεψε σε αυτή τη συσκευή: { $count } καταχωρίσεις.
}
cli-passphrase-sheet-updated = Το φύλλο ανάκτησης λειτουργεί ακόμη, με τον νέο κωδικό πρόσβασης.
cli-passphrase-sheet-not-updated = Το φύλλο ανάκτησης δεν ενημερώθηκε στον κόμβο. Μέχρι να εκτυπώσετε νέο, χρειάζεται τον παλιό κωδικό πρόσβασης. Εκτυπώστε νέο φύλλο όταν είστε συνδεδεμένοι: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Φύλλο ανάκτησης Carnet
cli-sheet-made = Δημιουργήθηκε { $date }
cli-sheet-hub = Κόμβος: { $hub }
cli-sheet-words = Οι 12 λέξεις σας
cli-sheet-instructions =
    Φυλάξτε αυτό το χαρτί. Με αυτό και τον κωδικό πρόσβασης παίρνετε πίσω το ημερολόγιο σε νέο τηλέφωνο:
    1. Βάλτε το Carnet στο νέο τηλέφωνο και επιλέξτε ανάκτηση ημερολογίου.
    2. Σαρώστε τον τετράγωνο κωδικό ή γράψτε τις 12 λέξεις και τη διεύθυνση του κόμβου.
    3. Γράψτε τον κωδικό πρόσβασης. Το ημερολόγιο επιστρέφει από τον κόμβο.
    Σε υπολογιστή: carnet recover --sheet photo.jpg
cli-sheet-warning = Αυτό το χαρτί μόνο του δεν ανοίγει το ημερολόγιο: χρειάζεται και ο κωδικός πρόσβασης. Μην τα κρατάτε μαζί. Αν εκτυπώσετε νέο φύλλο, αυτό σταματά να λειτουργεί.
