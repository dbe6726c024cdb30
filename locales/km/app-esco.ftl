# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, comparing with a job, stages.

## Finding the standard name (on the add and change screens)

app-esco-find = ស្វែងរកឈ្មោះស្តង់ដារ (ESCO)
app-esco-find-hint = វាយអក្សរពីរបី ឧទាហរណ៍ “ផ្សារ”
app-esco-why = និយោជកនៅប្រទេសផ្សេងៗស្គាល់ឈ្មោះទាំងនេះ។ សូមជ្រើសឈ្មោះដែលជិតបំផុតនឹងអ្វីដែលអ្នកធ្វើ។
app-esco-none = រកមិនឃើញឈ្មោះស្តង់ដារទេ។ សូមសាកល្បងពាក្យផ្សេង ឬពាក្យខ្លីជាងនេះ។
app-esco-english = ជាភាសាអង់គ្លេស៖ { $english }
app-esco-linked = ឈ្មោះស្តង់ដារ
app-esco-unlink = ដកចេញ
app-esco-choose = ជ្រើសរើស
app-esco-searching = កំពុងស្វែងរក…
app-esco-kind-skill = ជំនាញ
app-esco-kind-occupation = ការងារ

## Comparing with a job

app-match = ការងារសម្រាប់ខ្ញុំ
app-match-title = ការងារសម្រាប់ខ្ញុំ
app-match-intro = ជ្រើសរើសការងារមួយ ដើម្បីមើលថាជំនាញណាខ្លះរបស់វាមាននៅក្នុងសៀវភៅកំណត់ត្រារបស់អ្នក និងជំនាញណាខ្លះនៅខ្វះ។
app-match-find = ស្វែងរកការងារ
app-match-chosen = ការងារដែលអ្នកបានជ្រើស
app-match-find-hint = ឧទាហរណ៍ “ចុងភៅ” ឬ “ជាងផ្សារ”
app-match-fit = ការងារដែលសមនឹងសៀវភៅកំណត់ត្រារបស់ខ្ញុំ
app-match-fit-none = មិនទាន់មានធាតុណារបស់អ្នកមានឈ្មោះស្តង់ដារនៅឡើយទេ។ សូមបន្ថែមមួយទៅធាតុជាមុនសិន៖ កែប្រែ រួច “ស្វែងរកឈ្មោះស្តង់ដារ”។
app-match-fit-line = ជំនាញសំខាន់ៗ { $covered } ក្នុងចំណោម { $total } ({ $percent }%)
app-match-summary = { $total ->
    [0] ការងារនេះគ្មានជំនាញសំខាន់ៗនៅក្នុង ESCO ទេ។
   *[other] សៀវភៅកំណត់ត្រារបស់អ្នកបង្ហាញជំនាញសំខាន់ៗ { $covered } ក្នុងចំណោម { $total } របស់វា។
}
app-match-essential = ជំនាញសំខាន់ៗ
app-match-optional = ជំនាញមានប្រយោជន៍ផ្សេងទៀត
app-match-endorsed = បានចុះហត្ថលេខា
app-match-self-declared = អ្នកនិយាយខ្លួនឯង
app-match-missing = នៅខ្វះ
app-match-maybe = តើនេះជាធាតុ “{ $title }” របស់អ្នកឬ?
app-match-link = បាទ/ចាស ភ្ជាប់វា
app-match-other-job = ការងារផ្សេងទៀត

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = ជ្រើសរើសសម្រាប់ដំណាក់កាលនេះ
app-stage-template-hint = Carnet គូសធីកអ្វីដែលសំខាន់នៅដំណាក់កាលនេះ។ អ្នកអាចផ្លាស់ប្ដូរវាបាន។
app-stage-target = ការងារដែលអ្នកដាក់ពាក្យ (អាចរំលងបាន)
