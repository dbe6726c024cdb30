# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = ඡායාරූප සහ හඬ සටහන්
app-evidence-hint = ඔබට කළ හැකි දේ පෙන්වන්න: ලේඛනයක ඡායාරූපයක් ගන්න, නැතහොත් ඔබේ හඬින් ඒ ගැන කියන්න.
app-evidence-add-photo = සහතිකයක ඡායාරූපයක් එක් කරන්න
app-evidence-record = හඬ සටහනක් පටිගත කරන්න
app-evidence-attach-sound = ශබ්ද ගොනුවක් අමුණන්න
app-evidence-adding-photo = ඡායාරූපය එක් කරමින්…
app-evidence-adding-voice = හඬ සටහන එක් කරමින්…
app-evidence-recording = පටිගත කරමින්: { $time } / { $max }
app-evidence-stop = නවත්වා තබා ගන්න
app-evidence-starting = මයික්‍රොෆෝනය ආරම්භ කරමින්…
app-evidence-photo = ඡායාරූපය { $number }
app-evidence-voice = හඬ සටහන { $number }
app-evidence-view = විශාලව බලන්න
app-evidence-close = වසන්න
app-evidence-missing = තවම මෙම දුරකථනයේ නැත. ලබා ගැනීමට සමමුහුර්ත කරන්න.
app-evidence-other = නවතම Carnet එකකින් ආ ගොනුවක්. එය බැලීමට Carnet යාවත්කාලීන කරන්න.
app-evidence-saved = සුරැකිණි. ඔබට තවත් එක් කළ හැක.
app-evidence-remove-confirm = මෙය සටහනෙන් ඉවත් කරන්නද? එය මෙම උපාංගයෙන්ද මකා දැමේ.
