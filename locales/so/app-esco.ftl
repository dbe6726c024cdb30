# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Raadi magaca caadiga ah (ESCO)
app-esco-find-hint = Qor dhowr xaraf, tusaale ahaan “weld”
app-esco-why = Loo-shaqeeyayaasha waddamada kale way yaqaannaan magacyadan. Dooro kan ugu dhow waxa aad samayso.
app-esco-none = Magac caadi ah lama helin. Isku day erayo kale, ama erey ka gaaban.
app-esco-english = Ingiriisi ahaan: { $english }
app-esco-linked = Magaca caadiga ah
app-esco-unlink = Ka saar
app-esco-choose = Dooro
app-esco-searching = Waa la raadinayaa…
app-esco-kind-skill = Xirfad
app-esco-kind-occupation = Shaqo

## Comparing with a job

app-match = Shaqooyin ii habboon
app-match-title = Shaqooyin ii habboon
app-match-intro = Dooro shaqo si aad u aragto xirfadaheeda kuwa diiwaankaagu muujiyo, iyo kuwa maqan.
app-match-find = Raadi shaqo
app-match-chosen = Shaqada aad dooratay
app-match-find-hint = Tusaale ahaan “kariye” ama “alxamiye”
app-match-fit = Shaqooyin ku habboon diiwaankayga
app-match-fit-none = Qoraalladaada midna weli ma laha magac caadi ah. Marka hore mid ku dar qoraal: Beddel, kadibna “Raadi magaca caadiga ah”.
app-match-fit-line = { $covered } ka mid ah { $total } xirfadood oo muhiim ah ({ $percent }%)
app-match-summary = { $total ->
    [0] Shaqadani ma laha xirfado muhiim ah oo ESCO ku jira.
   *[other] Diiwaankaagu wuxuu muujinayaa { $covered } ka mid ah { $total }-da xirfadood ee muhiimka ah.
}
app-match-essential = Xirfadaha muhiimka ah
app-match-optional = Xirfado kale oo faa'iido leh
app-match-endorsed = La saxiixay
app-match-self-declared = Adiga ayaa sheegay
app-match-missing = Maqan
app-match-maybe = Kani ma qoraalkaaga “{ $title }” baa?
app-match-link = Haa, isku xir
app-match-other-job = Shaqo kale

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = U dooro marxaladdan
app-stage-template-hint = Carnet wuxuu calaamadeeyaa waxa muhiimka u ah marxaladdan. Waad beddeli kartaa.
app-stage-target = Shaqada aad codsanayso (waad ka boodi kartaa)
