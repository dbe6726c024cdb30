# Review status: machine-drafted, needs review by a native speaker.
# Φωτογραφίες εγγράφων και φωνητικά μηνύματα σε μια καταχώριση.

app-evidence-title = Φωτογραφίες και φωνητικές σημειώσεις
app-evidence-hint = Δείξτε τι μπορείτε να κάνετε: φωτογραφίστε ένα χαρτί ή μιλήστε γι' αυτό με τη φωνή σας.
app-evidence-add-photo = Προσθήκη φωτογραφίας πιστοποιητικού
app-evidence-record = Ηχογράφηση φωνητικής σημείωσης
app-evidence-attach-sound = Επισύναψη αρχείου ήχου
app-evidence-adding-photo = Προσθήκη της φωτογραφίας…
app-evidence-adding-voice = Προσθήκη της φωνητικής σημείωσης…
app-evidence-recording = Ηχογράφηση: { $time } από { $max }
app-evidence-stop = Διακοπή και αποθήκευση
app-evidence-starting = Ενεργοποίηση του μικροφώνου…
app-evidence-photo = Φωτογραφία { $number }
app-evidence-voice = Φωνητική σημείωση { $number }
app-evidence-view = Προβολή σε μεγάλο μέγεθος
app-evidence-close = Κλείσιμο
app-evidence-missing = Δεν είναι ακόμη σε αυτό το τηλέφωνο. Κάντε συγχρονισμό για να το πάρετε.
app-evidence-other = Ένα αρχείο από νεότερο Carnet. Ενημερώστε το Carnet για να το δείτε.
app-evidence-saved = Αποθηκεύτηκε. Μπορείτε να προσθέσετε κι άλλα.
app-evidence-remove-confirm = Να αφαιρεθεί από την καταχώριση; Διαγράφεται και από αυτή τη συσκευή.
