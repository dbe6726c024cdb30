# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Αυτή η υπηρεσία χρησιμοποιεί την ταξινόμηση ESCO της Ευρωπαϊκής Επιτροπής.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, προσαρμοσμένο: ένα τμήμα μετατράπηκε για χρήση χωρίς internet.

## Help

cli-cmd-esco = Αναζήτηση δεξιοτήτων και επαγγελμάτων στο ESCO, τον ευρωπαϊκό κατάλογο δεξιοτήτων και επαγγελμάτων, χωρίς internet.
cli-cmd-esco-search = Βρείτε δεξιότητες και επαγγέλματα ESCO με τα ονόματά τους, στη γλώσσα σας ή στα αγγλικά. Μικρά ορθογραφικά λάθη δεν πειράζουν.
cli-cmd-match = Σύγκριση του ημερολογίου σας με ένα επάγγελμα: ποιες δεξιότητές του έχετε και ποιες όχι ακόμη.
cli-arg-esco-text = Οι λέξεις που αναζητάτε, για παράδειγμα "συγκόλληση" ή "ξυλουργός".
cli-arg-esco-kind = Μόνο skill (δεξιότητες) ή μόνο occupation (επαγγέλματα).
cli-arg-esco-limit = Πόσα αποτελέσματα να εμφανιστούν, το πολύ. Προεπιλογή: 10.
cli-arg-esco-taxonomy = Το αρχείο δεδομένων ESCO που θα χρησιμοποιηθεί αντί για αυτό που έρχεται με το Carnet.
cli-arg-match-occupation = Το επάγγελμα ESCO: η διεύθυνσή του (http://data.europa.eu/esco/occupation/…) ή ο κωδικός στο τέλος της.
cli-arg-match-rank = Αντί γι' αυτό, εμφάνιση των 10 επαγγελμάτων των οποίων τις βασικές δεξιότητες καλύπτει καλύτερα το ημερολόγιό σας.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Δείξτε ποιες καταχωρίσεις σας μετράνε σε ένα στάδιο της διαδρομής σας και γιατί. Για πρόσληψη, μπορείτε να ονομάσετε τη δουλειά για την οποία κάνετε αίτηση.
cli-arg-stage-view-stage = Το στάδιο: recruitment, pre-departure, arrival, career ή return.
cli-arg-stage-view-occupation = Για πρόσληψη: η δουλειά για την οποία κάνετε αίτηση, ως διεύθυνση ESCO (http://data.europa.eu/esco/occupation/…) ή ο κωδικός στο τέλος της.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = δεξιότητα
esco-kind-occupation = επάγγελμα
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Καμία δεξιότητα ή επάγγελμα ESCO δεν ταιριάζει με «{ $text }».
esco-match-summary = { $total ->
    [0] Αυτό το επάγγελμα δεν έχει βασικές δεξιότητες στο ESCO.
   *[other] Το ημερολόγιό σας καλύπτει { $covered } από τις { $total } βασικές δεξιότητές του.
}
esco-match-essential = Βασικές δεξιότητες:
esco-match-optional = Προαιρετικές δεξιότητες:
esco-coverage-endorsed = βεβαιωμένη
esco-coverage-self-declared = το λέτε εσείς
esco-coverage-missing = λείπει
esco-match-maybe = μήπως η καταχώρισή σας «{ $title }» ({ $id });
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Καμία καταχώρισή σας δεν έχει ακόμη δεξιότητα ESCO. Προσθέστε μία με carnet add skill --title … --esco ADDRESS (βρείτε τη διεύθυνση με carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Για το στάδιο «{ $stage }», μετρά αυτή η καταχώριση:
   *[other] Για το στάδιο «{ $stage }», μετράνε αυτές οι { $count } καταχωρίσεις:
}
stage-view-none = Καμία καταχώρισή σας δεν μετρά ακόμη για το στάδιο «{ $stage }». Σημειώστε καταχωρίσεις με αυτό το στάδιο: carnet edit ID --set stages={ $stage }
stage-view-present = Για να τις δείξετε ως κωδικό QR: { $command }
stage-why-target-essential = βασική δεξιότητα για αυτή τη δουλειά
stage-why-target-optional = χρήσιμο για αυτή τη δουλειά
stage-why-target-maybe = ίσως ταιριάζει με δεξιότητα αυτής της δουλειάς
stage-why-marked = το σημειώσατε για αυτό το στάδιο
stage-why-abroad = έμαθε ή έκανε στο εξωτερικό
stage-why-endorsed = υπογεγραμμένο
stage-why-qualification = πτυχίο ή πιστοποιητικό
stage-why-language = γλώσσα
stage-why-experience = δουλειά που κάνατε
stage-why-learning = μάθημα
stage-why-skill = δεξιότητα
