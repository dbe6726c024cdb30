# Review status: machine-drafted, needs review by a native speaker.
# Μηνύματα της εφαρμογής Carnet. Σύντομες, απλές προτάσεις.

## First run: choosing a language

app-choose-language = Επιλέξτε τη γλώσσα σας
app-continue = Συνέχεια

## First run: making a passphrase

app-create-title = Προστατέψτε το ημερολόγιό σας
app-create-intro = Επιλέξτε έναν κωδικό πρόσβασης. Μόνο εσείς τον ξέρετε. Το Carnet τον ζητά κάθε φορά που ανοίγετε το ημερολόγιο.
app-passphrase = Κωδικός πρόσβασης
app-passphrase-again = Γράψτε τον ξανά
app-passphrase-show = Εμφάνιση
app-passphrase-hide = Απόκρυψη
app-strength-too-short = Πολύ σύντομος: χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες.
app-strength-weak = Αδύναμος: λίγες λέξεις μαζί θυμούνται πιο εύκολα και μαντεύονται πιο δύσκολα.
app-strength-fair = Καλός. Ένας μεγαλύτερος είναι ακόμη πιο ασφαλής.
app-strength-strong = Ισχυρός.
app-passphrase-mismatch = Οι δύο κωδικοί δεν είναι ίδιοι. Γράψτε τους ξανά.
app-create = Δημιουργία του ημερολογίου μου
app-working = Παρακαλούμε περιμένετε…
app-back = Πίσω

## Unlock

app-unlock-title = Ανοίξτε το ημερολόγιό σας
app-unlock = Άνοιγμα
app-lock = Κλείδωμα

## The logbook

app-logbook-title = Το ημερολόγιό μου
app-logbook-empty = Το ημερολόγιό σας είναι άδειο. Προσθέστε κάτι που μπορείτε να κάνετε.
app-add = Προσθήκη
app-kind-skill = Δεξιότητες
app-kind-qualification = Προσόντα
app-kind-experience = Εργασιακή εμπειρία
app-kind-language = Γλώσσες
app-kind-learning = Μαθήματα
app-self-declared = Δήλωση δική μου
app-show-more = { $count ->
    [one] Εμφάνιση { $count } ακόμη
   *[other] Εμφάνιση { $count } ακόμη
}
app-endorsed = Βεβαιωμένο

## Adding an entry

app-add-title = Προσθήκη στο ημερολόγιό μου
app-add-kind = Τι είναι;
app-add-title-label = Όνομα
app-add-title-hint = Για παράδειγμα: Συγκόλληση, Οδήγηση φορτηγού, Αραβικά
app-add-level = Επίπεδο
app-level-none = Χωρίς επίπεδο
app-level-basic = Βασικό
app-level-intermediate = Μέτριο
app-level-advanced = Προχωρημένο
app-level-expert = Ειδικός
app-level-eqf = Επίπεδο { $level }
app-save = Αποθήκευση
app-cancel = Ακύρωση

## Moving around

app-settings = Ρυθμίσεις
app-sync = Συγχρονισμός
app-edit = Αλλαγή
app-remove = Αφαίρεση

## The logbook: search and filter

app-search = Αναζήτηση
app-search-hint = Γράψτε μια λέξη, για παράδειγμα: συγκόλ
app-stage-filter = Στάδιο της διαδρομής σας
app-stage-any = Όλα τα στάδια
app-stage-recruitment = Πρόσληψη
app-stage-pre-departure = Πριν την αναχώρηση
app-stage-arrival = Άφιξη
app-stage-career = Εργασία
app-stage-return = Επιστροφή
app-search-none = Τίποτα δεν ταιριάζει. Δοκιμάστε άλλη λέξη ή άλλο στάδιο.

## Changing and removing an entry

app-edit-title = Αλλαγή αυτής της καταχώρισης
app-stages = Στάδια της διαδρομής σας
app-remove-confirm = Αφαίρεση του «{ $title }» από το ημερολόγιό σας; Αυτό δεν αναιρείται.
app-remove-yes = Ναι, αφαίρεση

## Settings

app-settings-title = Ρυθμίσεις
app-settings-language = Γλώσσα
app-settings-lock = Κλείδωμα μετά από
app-lock-minutes = { $minutes ->
    [one] { $minutes } λεπτό χωρίς χρήση
   *[other] { $minutes } λεπτά χωρίς χρήση
}
app-settings-passphrase = Αλλαγή κωδικού πρόσβασης
app-passphrase-current = Τρέχων κωδικός πρόσβασης
app-passphrase-new = Νέος κωδικός πρόσβασης
app-passphrase-change = Αλλαγή κωδικού πρόσβασης
app-passphrase-changed = Ο κωδικός πρόσβασης άλλαξε. Χρησιμοποιείτε τον νέο από εδώ και πέρα.
app-about = Σχετικά με το Carnet
app-locked-idle = Το Carnet κλείδωσε το ημερολόγιό σας επειδή κανείς δεν το χρησιμοποίησε για λίγο. Ανοίξτε το ξανά με τον κωδικό πρόσβασης.

## Sync with a hub

app-sync-title = Συγχρονισμός με κόμβο
app-sync-intro = Ένας κόμβος κρατά ένα κλειδωμένο αντίγραφο του ημερολογίου σας, για να το χρησιμοποιείτε σε άλλο τηλέφωνο. Ο κόμβος δεν μπορεί να το διαβάσει.
app-hub-address = Διεύθυνση κόμβου
app-hub-address-hint = Για παράδειγμα: https://hub.example.org
app-hub-save = Αποθήκευση διεύθυνσης
app-sync-now = Συγχρονισμός τώρα
app-sync-never = Δεν έχει γίνει ακόμη συγχρονισμός.
app-sync-last = Τελευταίος συγχρονισμός: { $when }
app-sync-pending = { $count ->
    [0] Τίποτα δεν περιμένει αποστολή.
    [one] { $count } αλλαγή περιμένει αποστολή.
   *[other] { $count } αλλαγές περιμένουν αποστολή.
}
app-sync-sending = Αποστολή
app-sync-receiving = Λήψη
app-sync-photos = Φωτογραφίες
app-sync-done = Ο συγχρονισμός ολοκληρώθηκε.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Το ημερολόγιό σας είναι κλειδωμένο. Ανοίξτε το με τον κωδικό πρόσβασης και δοκιμάστε ξανά.
error-unknown-language = Το Carnet δεν έχει τη γλώσσα { $tag }. Επιλέξτε μία από τη λίστα.

## Settings: how the screens look

app-settings-display = Εμφάνιση του Carnet
app-high-contrast = Έντονη αντίθεση (μαύρο σε λευκό)
app-text-size = Μέγεθος κειμένου
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Ακρόαση

## Two languages at once

app-dual-language = Εμφάνιση και σε
app-dual-none = Χωρίς δεύτερη γλώσσα
