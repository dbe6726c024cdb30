# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = រូបថត និងកំណត់ចំណាំសំឡេង
app-evidence-hint = បង្ហាញអ្វីដែលអ្នកធ្វើបាន៖ ថតរូបក្រដាសស្នាម ឬប្រាប់អំពីវាដោយសំឡេងរបស់អ្នក។
app-evidence-add-photo = បន្ថែមរូបថតវិញ្ញាបនបត្រ
app-evidence-record = ថតកំណត់ចំណាំសំឡេង
app-evidence-attach-sound = ភ្ជាប់ឯកសារសំឡេង
app-evidence-adding-photo = កំពុងបន្ថែមរូបថត…
app-evidence-adding-voice = កំពុងបន្ថែមកំណត់ចំណាំសំឡេង…
app-evidence-recording = កំពុងថត៖ { $time } នៃ { $max }
app-evidence-stop = ឈប់ ហើយរក្សាទុក
app-evidence-starting = កំពុងបើកមីក្រូហ្វូន…
app-evidence-photo = រូបថត { $number }
app-evidence-voice = កំណត់ចំណាំសំឡេង { $number }
app-evidence-view = មើលធំ
app-evidence-close = បិទ
app-evidence-missing = មិនទាន់មាននៅលើទូរស័ព្ទនេះទេ។ ធ្វើសមកាលកម្មដើម្បីទទួលវា។
app-evidence-other = ឯកសារពី Carnet កំណែថ្មីជាង។ ធ្វើបច្ចុប្បន្នភាព Carnet ដើម្បីមើលវា។
app-evidence-saved = បានរក្សាទុក។ អ្នកអាចបន្ថែមទៀតបាន។
app-evidence-remove-confirm = ដកវាចេញពីធាតុឬ? វាក៏នឹងត្រូវលុបពីឧបករណ៍នេះដែរ។
