# Review status: machine-drafted, needs review by a native speaker.
# Οθόνες ESCO: τυπικό όνομα δεξιότητας ή επαγγέλματος, σύγκριση με μια δουλειά, επιλογή για ένα στάδιο.

## Finding the standard name (on the add and change screens)

app-esco-find = Εύρεση τυπικού ονόματος (ESCO)
app-esco-find-hint = Γράψτε λίγα γράμματα, για παράδειγμα «συγκόλ»
app-esco-why = Οι εργοδότες σε άλλες χώρες γνωρίζουν αυτά τα ονόματα. Επιλέξτε αυτό που είναι πιο κοντά σε ό,τι κάνετε.
app-esco-none = Δεν βρέθηκε τυπικό όνομα. Δοκιμάστε άλλες λέξεις ή μια πιο σύντομη λέξη.
app-esco-english = Στα αγγλικά: { $english }
app-esco-linked = Τυπικό όνομα
app-esco-unlink = Αφαίρεση
app-esco-choose = Επιλογή
app-esco-searching = Αναζήτηση…
app-esco-kind-skill = Δεξιότητα
app-esco-kind-occupation = Επάγγελμα

## Comparing with a job

app-match = Δουλειές για μένα
app-match-title = Δουλειές για μένα
app-match-intro = Επιλέξτε μια δουλειά για να δείτε ποιες από τις δεξιότητές της δείχνει το ημερολόγιό σας και ποιες λείπουν.
app-match-find = Εύρεση δουλειάς
app-match-chosen = Η δουλειά που επιλέξατε
app-match-find-hint = Για παράδειγμα «μάγειρας» ή «συγκολλητής»
app-match-fit = Δουλειές που ταιριάζουν στο ημερολόγιό μου
app-match-fit-none = Καμία καταχώρισή σας δεν έχει ακόμη τυπικό όνομα. Προσθέστε πρώτα ένα σε μια καταχώριση: Αλλαγή, μετά «Εύρεση τυπικού ονόματος».
app-match-fit-line = { $covered } από { $total } κύριες δεξιότητες ({ $percent }%)
app-match-summary = { $total ->
    [0] Αυτή η δουλειά δεν έχει κύριες δεξιότητες στο ESCO.
   *[other] Το ημερολόγιό σας δείχνει { $covered } από τις { $total } κύριες δεξιότητές της.
}
app-match-essential = Κύριες δεξιότητες
app-match-optional = Άλλες χρήσιμες δεξιότητες
app-match-endorsed = Υπογεγραμμένο
app-match-self-declared = Το λέτε εσείς
app-match-missing = Λείπει
app-match-maybe = Είναι αυτή η καταχώρισή σας «{ $title }»;
app-match-link = Ναι, σύνδεση
app-match-other-job = Άλλη δουλειά

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Επιλογή για αυτό το στάδιο
app-stage-template-hint = Το Carnet σημειώνει ό,τι μετρά σε αυτό το στάδιο. Μπορείτε να το αλλάξετε.
app-stage-target = Η δουλειά για την οποία κάνετε αίτηση (μπορείτε να το παραλείψετε)
