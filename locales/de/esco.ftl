# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Dieser Dienst verwendet die ESCO-Klassifikation der Europäischen Kommission.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, angepasst: ein Auszug, umgewandelt für die Nutzung ohne Internet.

## Help

cli-cmd-esco = Fähigkeiten und Berufe in ESCO nachschlagen, der europäischen Liste von Fähigkeiten und Berufen, ohne Internet.
cli-cmd-esco-search = ESCO-Fähigkeiten und -Berufe über ihre Namen finden, in Ihrer Sprache oder auf Englisch. Kleine Tippfehler sind kein Problem.
cli-cmd-match = Ihr Logbuch mit einem Beruf vergleichen: welche seiner Fähigkeiten Sie haben und welche noch nicht.
cli-arg-esco-text = Die Wörter, nach denen gesucht wird, zum Beispiel "Schweißen" oder "Tischler".
cli-arg-esco-kind = Nur skill (Fähigkeit) oder nur occupation (Beruf).
cli-arg-esco-limit = Wie viele Ergebnisse höchstens gezeigt werden. Standard ist 10.
cli-arg-esco-taxonomy = Die ESCO-Datendatei, die statt der mitgelieferten benutzt wird.
cli-arg-match-occupation = Der ESCO-Beruf: seine Adresse (http://data.europa.eu/esco/occupation/…) oder der Code an ihrem Ende.
cli-arg-match-rank = Stattdessen die 10 Berufe zeigen, deren wesentliche Fähigkeiten Ihr Logbuch am besten abdeckt.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Zeigen, welche Ihrer Einträge in einem Abschnitt Ihres Weges wichtig sind, und warum. Für die Bewerbung können Sie den Beruf nennen, für den Sie sich bewerben.
cli-arg-stage-view-stage = Der Abschnitt: recruitment, pre-departure, arrival, career oder return.
cli-arg-stage-view-occupation = Für die Bewerbung: der Beruf, für den Sie sich bewerben, als ESCO-Adresse (http://data.europa.eu/esco/occupation/…) oder der Code an ihrem Ende.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = Fähigkeit
esco-kind-occupation = Beruf
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Keine ESCO-Fähigkeit und kein ESCO-Beruf passt zu „{ $text }“.
esco-match-summary = { $total ->
    [0] Dieser Beruf hat in ESCO keine wesentlichen Fähigkeiten.
   *[other] Ihr Logbuch deckt { $covered } seiner { $total } wesentlichen Fähigkeiten ab.
}
esco-match-essential = Wesentliche Fähigkeiten:
esco-match-optional = Zusätzliche Fähigkeiten:
esco-coverage-endorsed = bestätigt
esco-coverage-self-declared = eigene Angabe
esco-coverage-missing = fehlt
esco-match-maybe = vielleicht Ihr Eintrag „{ $title }“ ({ $id })?
esco-rank-line = { $percent } %  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Noch keiner Ihrer Einträge hat eine ESCO-Fähigkeit. Fügen Sie eine hinzu mit carnet add skill --title … --esco ADDRESS (die Adresse finden Sie mit carnet esco search).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] Für { $stage } ist dieser Eintrag wichtig:
   *[other] Für { $stage } sind diese { $count } Einträge wichtig:
}
stage-view-none = Noch keiner Ihrer Einträge ist für { $stage } wichtig. Markieren Sie Einträge mit diesem Abschnitt: carnet edit ID --set stages={ $stage }
stage-view-present = Um sie als QR-Code zu zeigen: { $command }
stage-why-target-essential = eine Hauptfähigkeit für diesen Beruf
stage-why-target-optional = nützlich für diesen Beruf
stage-why-target-maybe = passt vielleicht zu einer Fähigkeit dieses Berufs
stage-why-marked = Sie haben es für diesen Abschnitt markiert
stage-why-abroad = im Ausland gelernt oder gemacht
stage-why-endorsed = unterschrieben
stage-why-qualification = ein Abschluss oder Zeugnis
stage-why-language = eine Sprache
stage-why-experience = Arbeit, die Sie gemacht haben
stage-why-learning = ein Kurs
stage-why-skill = eine Fähigkeit
