# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = ከመይ ከም ዝጽሓፍ፦
cli-help-commands = ትእዛዛት፦
cli-help-arguments = እትህብዎ፦
cli-help-options = ኣማራጺታት፦
cli-help-examples = ኣብነታት፦

## Help: the whole program

cli-about = Carnet እትኽእልዎ ይምዝግብ፦ ክእለታት፡ ስራሕ፡ ቋንቋታት፡ ዲፕሎማታትን ኮርሳትን። እቲ መዝገብ ኣብ መሳርሒኹም ይተርፍ፡ ብምስጢራዊ ቃልኩም ተዓጽዩ።

cli-examples =
    መዝገብ ጀምሩ:          carnet init
    ክእለት ወስኹ:          carnet add skill --title "Welding" --level advanced
    ምዝገባታትኩም ርኣዩ:     carnet list
    ሓደ ምዝገባ ርኣዩ:       carnet show 3f2a
    ሓገዝ ንሓደ ትእዛዝ:     carnet add --help

cli-opt-data-dir = መዝገብኩም ዝዕቀበሉ ማህደር። CARNET_DATA_DIR እውን ክተቐምጡ ትኽእሉ ኢኹም።
cli-opt-json = ብJSON ምለስ፡ ንኻልኦት ፕሮግራማት።
cli-opt-lang = ቋንቋ መልእኽትታት Carnet፡ ንኣብነት ar, fa, fr, uk ወይ en።
cli-opt-help = ነዚ ሓገዝ ኣርኢ።
cli-opt-version = ስሪት Carnet ኣርኢ።

## Help: commands

cli-cmd-init = ብምስጢራዊ ቃል ዝተዓጸወ ሓድሽ መዝገብ ስርሑ።
cli-cmd-passphrase = ምስጢራዊ ቃል መዝገብኩም ቀይሩ።
cli-cmd-passphrase-change = ምስጢራዊ ቃልኩም ቀይሩ። ነቲ ኣረጊት ትጽሕፉ፡ ድሕሪኡ ነቲ ሓድሽ ክልተ ግዜ።
cli-cmd-profile = ውልቃዊ ሓበሬታኹም ርኣዩ ወይ ቀይሩ፦ ስምኩም፡ ሃገራትኩም፡ ቋንቋታትኩም።
cli-cmd-profile-show = ውልቃዊ ሓበሬታኹም ኣርእዩ።
cli-cmd-profile-set = ውልቃዊ ሓበሬታኹም ቀይሩ። ገለ ነገር ንምጽራይ፡ ባዶ ዋጋ ሃብዎ፡ ንኣብነት --contact ""።
cli-cmd-add = ምዝገባ ወስኹ፦ ክእለት፡ ብቕዓት፡ ናይ ስራሕ ተሞክሮ፡ ቋንቋ ወይ ኮርስ።
cli-cmd-list = ምዝገባታትኩም ዘርዝሩ።
cli-cmd-show = ብዛዕባ ሓደ ምዝገባ ኩሉ ኣርእዩ።
cli-cmd-edit = ምዝገባ ቀይሩ።
cli-cmd-rm = ምዝገባ ደምስሱ።
cli-cmd-search = ገለ ቃላት ዘለዎም ምዝገባታት ድለዩ።
cli-cmd-detach = ስእሊ ወይ ናይ ድምጺ መልእኽቲ ካብ ምዝገባ ኣልግሱ። ካልእ ምዝገባ እንተዘየርእዮ፡ ካብዚ መሳርሒ እውን ይድምሰስ።
cli-cmd-attach = ስእሊ ወረቐት ናብ ምዝገባ ወስኹ፡ ንኣብነት ዲፕሎማ፡ ምስክር ወረቐት ወይ ወረቐት ስራሕ። ወይ ናይ ድምጺ መልእኽቲ ወስኹ፦ ብዛዕባ እቲ ክእለት እትነግሩሉ ፋይል ድምጺ።
cli-cmd-export = ብምሉእ መዝገብኩም ካልኦት ፕሮግራማት ከንብብዎ ዝኽእሉ ፋይል ገይርኩም ጽሓፍዎ።
cli-cmd-import = ፋይል ምውጻእ Carnet ናብ መዝገብኩም ኣእትዉ። ካብ መዝገብኩም ዝድምሰስ የለን።
cli-cmd-devices = መዝገብኩም ዘለዎም መሳርሒታት።
cli-cmd-devices-list = መዝገብኩም ዘለዎም መሳርሒታት ኣርእዩ።
cli-cmd-devices-remove = መዝገብኩም ካብ ሓደ መሳርሒ ኣልግሱ፡ ንኣብነት ካብ ዝጠፍአ ተሌፎን። ካብ ሕጂ ንደሓር እትውስኽዎ ከንብብ ኣይክእልን።
cli-cmd-pair = መዝገብኩም ኣብ ካልእ ናይ ባዕልኹም መሳርሒ ኣእትዉ፡ ንኣብነት ሓድሽ ተሌፎን።
cli-cmd-pair-show = ኣብቲ መዝገብኩም ዘለዎ መሳርሒ፦ ንሓድሽ መሳርሒ ኮድ ኣርእዩ፡ ድሕሪኡ ፍቐዱሉ።
cli-cmd-pair-join = ኣብቲ ሓድሽ መሳርሒ፦ ብቲ ካልእ መሳርሒኹም ዘርእዮ ኮድ መዝገብኩም ውሰዱ።
cli-cmd-sync = ለውጥታትኩም ናብ ማእከላዊ መኽዘን ናይቲ ማእከል ስደዱ፡ ኣብ ካልኦት መሳርሒታትኩም ዝተገብሩ ለውጥታት ድማ ውሰዱ። እቲ ማእከላዊ መኽዘን ከንብቦ ዘይክእል ዝተዓጸወ ቅዳሕ ጥራይ ይሕዝ።

## Help: what to give to the commands

cli-arg-kind = ዓይነት ምዝገባ፦ skill (ክእለት)፡ qualification (ብቕዓት)፡ experience (ስራሕ)፡ language (ቋንቋ) ወይ learning (ኮርስ)።
cli-arg-title = ሓጺር ስም፡ ንኣብነት "Welding" ወይ "Driving licence B"።
cli-arg-description = ብዛዕባኡ ተወሳኺ ቃላት፡ እንተደሊኹም።
cli-arg-level = ክንደይ ጽቡቕ ከም ዝኾንኩም። ንክእለት ወይ ስራሕ፦ basic, intermediate, advanced ወይ expert። ንቋንቋ፦ A1 (ጀማሪ) ክሳብ C2 (ኣዝዩ ጽቡቕ)። ንብቕዓት ወይ ኮርስ፦ ደረጃ EQF ካብ 1 ክሳብ 8።
cli-arg-eqf = ደረጃ EQF ናይ ዲፕሎማ ወይ ኮርስ፡ ካብ 1 ክሳብ 8፡ እንተፈሊጥኩም።
cli-arg-from = መዓስ ከም ዝጀመረ፦ ዓመት (2019)፡ ወርሒ (2019-05) ወይ መዓልቲ (2019-05-14)።
cli-arg-to = መዓስ ከም ዝተወደአ፡ ብተመሳሳሊ መንገዲ ዝተጻሕፈ። ገና እንተቐጺሉ ግደፍዎ።
cli-arg-organisation = ኣስራሒ፡ ቤት ትምህርቲ ወይ ማእከል ስልጠና።
cli-arg-place = ከተማ ወይ ቦታ።
cli-arg-country = ሃገር፡ ብክልተ ፊደላት፡ ንኣብነት SY, AF, DE።
cli-arg-context = ከመይ ከም ዝተማሃርኩምዎ፦ formal (ቤት ትምህርቲ፡ ዲፕሎማ)፡ non-formal (ኮርስ) ወይ informal (ብምስራሕ)።
cli-arg-written-in = ነዚ ምዝገባ ዝጸሓፍኩምሉ ቋንቋ፡ ብሓጺር ኮድ፡ ንኣብነት ar ወይ en።
cli-arg-esco = ኣድራሻ ESCO ናይቲ ክእለት ወይ ስራሕ፡ እንተፈሊጥኩም።
cli-arg-isco = ኮድ ስራሕ ISCO-08 (ካብ 1 ክሳብ 4 ኣሃዛት)፡ እንተፈሊጥኩም።
cli-arg-stage = ኣብ ጉዕዞኹም መዓስ ከም ዘገድስ፦ recruitment, pre-departure, arrival, career ወይ return። ካብ ሓደ ንላዕሊ ክትህቡ ትኽእሉ ኢኹም።

cli-arg-list-kind = ናይዚ ዓይነት ምዝገባታት ጥራይ ኣርእዩ፦ skill, qualification, experience, language ወይ learning።
cli-arg-list-stage = ናይዚ ደረጃ ምዝገባታት ጥራይ ኣርእዩ፦ recruitment, pre-departure, arrival, career ወይ return።

cli-arg-id = መለለዪ (id) ናይቲ ምዝገባ። እቶም ቀዳሞት 4 ወይ ልዕሊኡ ፊደላት ይኣኽሉ። መለለዪታት ንምርኣይ ጽሓፉ፦ carnet list
cli-arg-set = ለውጢ፡ ብFIELD=VALUE ዝተጻሕፈ፡ ንኣብነት level=advanced። ዝያዳ ንምቕያር እንደገና ሃብዎ። ባዶ ዋጋ ነቲ ቦታ የጽርዮ። እቶም ቦታታት፦ title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco።
cli-arg-text = እትደልይዎም ቃላት።
cli-arg-evidence = እትኣልይዎ ስእሊ ወይ ናይ ድምጺ መልእኽቲ፦ መለለዪኡ፡ ከምቲ carnet show ን carnet attach ን ዘርእይዎ (ቀዳሞት 8 ወይ ልዕሊኡ ፊደላት ይኣኽሉ)።
cli-arg-photo = ስእሊ (JPEG, PNG ወይ WebP) ወይ ፋይል ድምጺ (WebM, Ogg, MP4, M4A, AAC, MP3 ወይ WAV፡ ክሳብ 5 MB)። Carnet እንታይ ምዃኑ ንምፍላጥ ኣብ ውሽጢ እቲ ፋይል ይርኢ። ሕቡእ ሓበሬታ የልግስ፡ ንኣብነት ስእሊ ዝተለዕለሉ ቦታ።
cli-arg-format = ዓይነት ፋይል። ሕጂ json ጥራይ።
cli-arg-file = ዝንበብ ፋይል ምውጻእ።

cli-arg-name = ስምኩም፡ ከምቲ ካልኦት ክርእይዎ እትደልዩ።
cli-arg-birth-date = ዕለት ልደትኩም፦ 1990, 1990-05 ወይ 1990-05-14።
cli-arg-origin = ዝመጻእኩምላ ሃገር፡ ብክልተ ፊደላት፡ ንኣብነት SY, AF, ER።
cli-arg-current = ሕጂ እትነብሩላ ሃገር፡ ብክልተ ፊደላት፡ ንኣብነት DE, FR።
cli-arg-contact = ሰባት ከመይ ክረኽቡኹም ከም ዝኽእሉ፡ ንኣብነት ቁጽሪ ተሌፎን ወይ ኢመይል።
cli-arg-language = እትፈልጥዎ ቋንቋ፡ ብሓጺር ኮድ፡ ንኣብነት ar, fa-AF ወይ en። ኣብ ታሕቲ ዘለዉ ኣማራጺታት ብዛዕባ እዚ ቋንቋ እዮም።
cli-arg-mother-tongue = እዚ ቋንቋ ቋንቋ ኣዴኹም እዩ።
cli-arg-not-mother-tongue = እዚ ቋንቋ ቋንቋ ኣዴኹም ኣይኮነን።
cli-arg-listening = ዝዛረቡ ሰባት ክንደይ ከም እትርድኡ፦ A1 (ጀማሪ) ክሳብ C2 (ኣዝዩ ጽቡቕ)።
cli-arg-reading = ክንደይ ከም እተንብቡ፦ A1 ክሳብ C2።
cli-arg-spoken-interaction = ኣብ ዝርርብ ክንደይ ከም እትሳተፉ፦ A1 ክሳብ C2።
cli-arg-spoken-production = ባዕልኹም ክንደይ ከም እትዛረቡ፦ A1 ክሳብ C2።
cli-arg-writing = ክንደይ ከም እትጽሕፉ፦ A1 ክሳብ C2።
cli-arg-remove-language = ቋንቋ ካብ ውልቃዊ ሓበሬታኹም ኣልግሱ።
cli-arg-hub = ኣድራሻ ማእከላዊ መኽዘን ናይቲ ማእከል፡ ንኣብነት http://192.168.1.10:8470። Carnet ይዝክሮ።
cli-arg-device-id = መለለዪ ናይቲ መሳርሒ፡ ከምቲ carnet devices list ዘርእዮ (ቀዳሞት 4 ወይ ልዕሊኡ ፊደላት ይኣኽሉ)።
cli-arg-pair-approve = ነዚ ኮድ እንተኣርእዩ፡ ነቲ ሓድሽ መሳርሒ ከይሓተትኩም ፍቐዱሉ (ንሓገዝቲ ን ስክሪፕታትን)።
cli-arg-pair-code = እቲ ካልእ መሳርሒኹም ዘርእዮ ኮድ። ብ CNP1: ይጅምር
cli-arg-pair-name = ንዚ መሳርሒ ስም፡ ኣብቲ ካልእ ክትፈልጥዎ (ንኣብነት "ተሌፎን ኣማል")።
cli-arg-sync-status = መዓስ ከም ዘመሳሰልኩምን ክንደይ ለውጥታት ከም ዝጽበዩን ጥራይ ኣርእዩ። ዝለኣኽ የለን።
cli-arg-sync-watch = ምምስሳል ቀጽሉ። ማእከላዊ መኽዘን ክብጻሕ እንተዘይከኣለ፡ ደሓር እንደገና ፈትኑ፡ ነፍሲ ወከፍ ግዜ ዝነውሐ እናተጸበኹም።
cli-arg-sync-every = ምስ --watch፦ ኣብ መንጎ ምምስሳላት ክንደይ ካልኢት ክጽበ (እንተዘይተዋሂቡ 300)።

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

cli-passphrase-new-intro = እንተወሓደ { $min } ፊደላት ዘለዎ ምስጢራዊ ቃል ምረጹ። መዝገብኩም ኣብ እትኸፍትሉ ግዜ ኩሉ የድልየኩም። ዝኾነ ሰብ ክመልሰልኩም ኣይክእልን።
cli-passphrase-prompt = ምስጢራዊ ቃል፦
cli-passphrase-new-prompt = ሓድሽ ምስጢራዊ ቃል፦
cli-passphrase-repeat-prompt = ሓድሽ ምስጢራዊ ቃል እንደገና ጽሓፉ፦
cli-passphrase-changed = ምስጢራዊ ቃልኩም ተቐይሩ። ካብ ሕጂ ንደሓር ነቲ ሓድሽ ተጠቐሙ።

## Answers

cli-init-done = መዝገብኩም ድሉው እዩ። ኣብዚ ማህደር ኣሎ፦ { $dir }
cli-init-next = ምስጢራዊ ቃልኩም ብጥንቃቐ ሓልውዎ። ብዘይኡ ዝኾነ ሰብ መዝገብኩም ክኸፍቶ ኣይክእልን፡ ንስኹም እውን። ቀጺልኩም እትኽእልዎ ወስኹ፡ ንኣብነት፦ carnet add skill --title "Cooking"

cli-list-empty = መዝገብኩም ገና ምዝገባ የብሉን። ንምውሳኽ ጽሓፉ፦ carnet add skill --title "Cooking"
cli-list-none-match = ምስቲ ዝሓተትኩምዎ ዝሰማማዕ ምዝገባ የለን።
cli-search-none = ነዞም ቃላት ዝሓዘ ምዝገባ የለን። ካልእ ቃላት ፈትኑ፡ ወይ ጽሓፉ፦ carnet list

cli-edit-saved = ለውጥኹም ተዓቂቡ።
cli-rm-done = ተደምሲሱ፦ { $title }
cli-detached = እቲ ስእሊ ወይ ናይ ድምጺ መልእኽቲ ካብቲ ምዝገባ ተኣልዩ።

cli-profile-saved = ውልቃዊ ሓበሬታኹም ተዓቂቡ።
cli-profile-empty = ውልቃዊ ሓበሬታኹም ባዶ እዩ። ስምኩም ንምውሳኽ ጽሓፉ፦ carnet profile set --name "ስምኩም"

cli-import-added = { $count ->
    [one] 1 ምዝገባ ተወሲኹ።
   *[other] { $count } ምዝገባታት ተወሲኾም።
}
cli-import-updated = { $count ->
    [one] 1 ምዝገባ ተሓዲሱ።
   *[other] { $count } ምዝገባታት ተሓዲሶም።
}
cli-import-unchanged = { $count ->
    [one] 1 ምዝገባ ድሮ ተመሳሳሊ ነይሩ።
   *[other] { $count } ምዝገባታት ድሮ ተመሳሳሊ ነይሮም።
}
cli-import-profile-updated = ውልቃዊ ሓበሬታኹም እውን ተሓዲሱ።
cli-import-missing-photos = { $count ->
    [one] 1 ስእሊ ኣብዚ መሳርሒ የለን። ፋይላት ምውጻእ ስእልታት ኣይሕዙን። ብዚ እንደገና ወስኽዎ፦ carnet attach
   *[other] { $count } ስእልታት ኣብዚ መሳርሒ የለዉን። ፋይላት ምውጻእ ስእልታት ኣይሕዙን። ብዚ እንደገና ወስኽዎም፦ carnet attach
}

## Showing an entry or a profile

cli-label = { $label }፦

cli-show-id = መለለዪ
cli-show-kind = ዓይነት
cli-show-added = ዝተወሰኸሉ
cli-show-changed = ዝተቐየረሉ
cli-show-evidence = ስእልታትን ናይ ድምጺ መልእኽትታትን
cli-show-photo = { $sha }  { $width } × { $height } ፒክሰል፡ { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } ፒክሰል፡ ኣብዚ መሳርሒ የለን
cli-show-voice = { $sha }  ናይ ድምጺ መልእኽቲ፡ { $kilobytes } KB
cli-show-voice-missing = { $sha }  ናይ ድምጺ መልእኽቲ፡ ኣብዚ መሳርሒ የለን
cli-show-conflicts = ካልእ መሳርሒ እውን ጽሒፉ፦
cli-show-conflicts-hint = ሓደ ካብዚኣቶም ንምዕቃብ ጽሓፉ፦ carnet edit { $id } --set FIELD=VALUE

cli-field-title = ኣርእስቲ
cli-field-description = መግለጺ
cli-field-written-in = ዝተጻሕፈሉ ቋንቋ
cli-field-esco = ESCO
cli-field-isco = ኮድ ስራሕ ISCO-08
cli-field-level = ደረጃ
cli-field-eqf = ደረጃ EQF
cli-field-organisation = ትካል
cli-field-place = ቦታ
cli-field-country = ሃገር
cli-field-from = ካብ
cli-field-to = ክሳብ
cli-field-context = ከመይ ከም ዝተማሃርኩም
cli-field-stages = ደረጃታት

cli-kind-skill = ክእለት
cli-kind-qualification = ብቕዓት
cli-kind-experience = ተሞክሮ
cli-kind-language = ቋንቋ
cli-kind-learning = ትምህርቲ

cli-context-formal = ወግዓዊ (ቤት ትምህርቲ፡ ዲፕሎማ)
cli-context-non-formal = ዘይወግዓዊ (ኮርስ)
cli-context-informal = ብግብሪ (ብምስራሕ)

cli-stage-recruitment = ምቑጻር
cli-stage-pre-departure = ቅድሚ ምብጋስ
cli-stage-arrival = ምብጻሕ
cli-stage-career = ስራሕ
cli-stage-return = ምምላስ

cli-proficiency-basic = መሰረታዊ
cli-proficiency-intermediate = ማእከላይ
cli-proficiency-advanced = ላዕለዋይ
cli-proficiency-expert = ክኢላ

cli-level-eqf = ደረጃ EQF { $level }

cli-profile-name = ስም
cli-profile-birth-date = ዕለት ልደት
cli-profile-origin = ዝመጸሉ
cli-profile-current = ዝነብረሉ
cli-profile-contact = መራኸቢ
cli-profile-languages = ቋንቋታት
cli-profile-mother-tongue = { $language } (ቋንቋ ኣደ)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = ምስማዕ { $level }
cli-cefr-reading = ምንባብ { $level }
cli-cefr-spoken-interaction = ምስ ካልኦት ምዝርራብ { $level }
cli-cefr-spoken-production = ምዝራብ { $level }
cli-cefr-writing = ምጽሓፍ { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet ኣብዚ “{ $arg }” ኣይፈልጦን።
cli-error-unknown-command = “{ $command }” ዝበሃል ትእዛዝ የለን።
cli-error-invalid-value = “{ $value }” ን{ $arg } ክጥቀመሉ ኣይከኣልን።
cli-error-missing-value = { $arg } ድሕሪኡ ዋጋ የድልዮ።
cli-error-valid-values = ክትጥቀሙሎም እትኽእሉ፦ { $values }
cli-error-missing-argument = ገለ ነገር ጎዲሉ፦ { $arg }
cli-error-missing-command = ድሕሪ “{ $command }” Carnet እንታይ ክገብር ከም ዘለዎ ንገሩ።
cli-error-valid-commands = እቶም ትእዛዛት፦ { $commands }
cli-error-conflict = { $arg } ምስ { $other } ብሓባር ክጥቀመሉ ኣይከኣልን።
cli-error-no-equals = { $arg } ብምልክት ማዕረ (=) ጽሓፍዎ፡ እቲ ዋጋ ድማ ብቕጽበት ድሕሪኡ።
cli-error-too-many-values = { $arg } ዝወሓደ ዋጋታት ይወስድ። “{ $value }” ሓደ ዝበዝሐ እዩ።
cli-error-wrong-number-of-values = { $arg } ግጉይ ቁጽሪ ዋጋታት ኣለዎ።
cli-error-invalid-utf8 = Carnet ገለ ካብቶም ዝጸሓፍኩምዎም ፊደላት ከንብብ ኣይክእልን። እንደገና ጽሓፍዎም።
cli-error-did-you-mean = { $suggestion } ማለትኩም ድዩ?
cli-error-usage = Carnet ነዚ ትእዛዝ ኣይተረድኦን።
cli-error-usage-hint = እንታይ ክትጽሕፉ ከም እትኽእሉ ንምርኣይ { $command } --help ጽሓፉ።
cli-error-set-format = “{ $value }” ለውጢ ኣይኮነን። FIELD=VALUE ጽሓፉ፡ ንኣብነት --set level=advanced
cli-error-nothing-to-change = ዝቕየር የለን። እንተወሓደ ሓደ ኣማራጺ ሃቡ፡ ንኣብነት --name "ስምኩም"።

cli-error-passphrase-unavailable = Carnet ምስጢራዊ ቃል የድልዮ፡ ግን ኣብዚ ክሓትት ኣይክእልን። Carnet ኣብ ተርሚናል ኣካይድዎ፡ ወይ { $variable } ኣቐምጡ።
cli-error-passphrase-mismatch = እቶም ክልተ ምስጢራዊ ቃላት ሓደ ኣይኮኑን። ዝተቐየረ የለን። በጃኹም እንደገና ፈትኑ።
cli-error-read-file = Carnet ነቲ ፋይል { $path } ከንብቦ ኣይክእልን። ስም ፋይልን ማህደርን ኣረጋግጹ፡ ድሕሪኡ እንደገና ፈትኑ።
cli-error-no-data-dir = Carnet ንመዝገብኩም ማህደር ክረክብ ኣይክእልን። ብ --data-dir ሓደ ምረጹ፡ ንኣብነት --data-dir ./carnet
cli-error-output = Carnet መልሱ ክጽሕፍ ኣይከኣለን። እቲ ዲስክ ከም ዘይመልአ ኣረጋግጹ፡ ድሕሪኡ እንደገና ፈትኑ።
cli-error-details = ንሓጋዚ ዝኸውን ዝርዝር፦ { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = ሓደ ንምስራሕ ጽሓፉ፦ carnet init
cli-hint-already-exists = ኣብኡ ዘሎ ንምርኣይ ጽሓፉ፦ carnet list። ንካልኣይ መዝገብ፡ ብ --data-dir ካልእ ማህደር ምረጹ።
cli-hint-not-found = መለለዪታት ንምርኣይ ጽሓፉ፦ carnet list
cli-hint-ambiguous-id = መለለዪታት ንምርኣይ ጽሓፉ፦ carnet list
cli-hint-import-format = ብዚ ዝተሰርሐ ፋይል ምረጹ፦ carnet export --format json
cli-hint-invalid-field = ዝርዝር ቦታታት ንምርኣይ ጽሓፉ፦ carnet edit --help

## carnet sync

cli-sync-phase-sending = ይለኣኽ ኣሎ
cli-sync-phase-receiving = ይቕበል ኣሎ
cli-sync-phase-photos = ስእልታት
cli-sync-done = ምስ { $hub } ተመሳሲሉ።
cli-sync-changes = { $sent ->
    [one] 1 ለውጢ ተላኢኹ
   *[other] { $sent } ለውጥታት ተላኢኾም
}፡ { $received ->
    [one] 1 ለውጢ ተቐቢልና።
   *[other] { $received } ለውጥታት ተቐቢልና።
}
cli-sync-photos = { $sent ->
    [one] 1 ስእሊ ተላኢኹ
   *[other] { $sent } ስእልታት ተላኢኾም
}፡ { $received ->
    [one] 1 ስእሊ ተቐቢልና።
   *[other] { $received } ስእልታት ተቐቢልና።
}
cli-sync-bytes = ዝተጠቐምናሉ ዳታ፦ { $up } KB ተላኢኹ፡ { $down } KB ተቐቢልና።
cli-sync-retry = ድሕሪ { $seconds ->
    [one] 1 ካልኢት እንደገና ይፍተን።
   *[other] { $seconds } ካልኢታት እንደገና ይፍተን።
}
cli-sync-status-hub = ማእከላዊ መኽዘን፦ { $hub }
cli-sync-status-last = ናይ መወዳእታ ምምስሳል፦ { $when }
cli-sync-status-pending = { $count ->
    [0] ዝጽበ ለውጢ የለን።
    [one] 1 ለውጢ ክለኣኽ ይጽበ ኣሎ።
   *[other] { $count } ለውጥታት ክለኣኹ ይጽበዩ ኣለዉ።
}
cli-sync-no-hub = ገና የለን
cli-sync-never = ፈጺሙ
cli-hint-sync-no-hub = ንምቕማጡ ጽሓፉ፦ carnet sync --hub ADDRESS
cli-hint-sync-unreachable = ለውጥታትኩም ተዓቂቦም ኣለዉ። ደሓር እንደገና ንምፍታን ጽሓፉ፦ carnet sync

## carnet pair

cli-pair-show-scan = ነዚ ኮድ ብሓድሽ መሳርሒኹም ስከን ግበሩ፡ ወይ ኣብ ትሕቲኡ ዘሎ ጽሑፍ ኣብኡ ጽሓፉ።
cli-pair-show-expires = እቲ ኮድ ን10 ደቓይቕ ይሰርሕ።
cli-pair-show-request = እቲ መሳርሒ “{ $name }” መዝገብኩም ይደሊ ኣሎ። ኮዱ { $fingerprint } እዩ።
cli-pair-show-ask = ሓድሽ መሳርሒኹም ተመሳሳሊ ኮድ የርኢ ድዩ? ንምፍቃድ እወ (ወይ yes) ጽሓፉ፡ ወይ ኣይፋል።
cli-pair-yes = እወ
cli-pair-show-approved = “{ $name }” ሕጂ መዝገብኩም ኣለዎ።
cli-pair-show-refused = ኣይፋል ኢልኩም። “{ $name }” ዋላ ሓንቲ ኣይረኸበን።
cli-pair-default-name = ሓድሽ መሳርሒ
cli-pair-join-check = እቲ ካልእ መሳርሒኹም ነዚ ኮድ ከርኢ ኣለዎ፦ { $fingerprint }። ኣብኡ ፍቐዱ።
cli-pair-join-done = { $count ->
    [one] እዚ መሳርሒ ሕጂ መዝገብኩም ኣለዎ፡ ምስ 1 ምዝገባ።
   *[other] እዚ መሳርሒ ሕጂ መዝገብኩም ኣለዎ፡ ምስ { $count } ምዝገባታት።
}

## carnet devices

cli-devices-none = ክሳብ ሕጂ ዝኾነ መሳርሒ ነዚ መዝገብ ኣየመሳሰሎን።
cli-devices-line = { $id }  { $name }  (ካብ { $added })
cli-devices-this = ← እዚ መሳርሒ
cli-devices-removed = (ኣብ { $when } ተኣልዩ)
cli-devices-removed-done = “{ $name }” ተኣልዩ። መዝገብኩም ሕጂ ሓድሽ መፍትሕ ኣለዎ፡ እቲ መሳርሒ ግን የብሉን።
cli-devices-new-sheet = ወረቐት ምምላስኩም ነቲ ኣረጊት መፍትሕ እዩ ዘለዎ። ሕጂ ሓድሽ ሕተሙ፡ ነቲ ኣረጊት ድማ ኣጥፍእዎ፦ carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = ወረቐት ምምላስ ሕተሙ፦ ብእኡን ብምስጢራዊ ቃልኩምን፡ እዚ ተሌፎን እንተጠፊኡኩም መዝገብኩም ኣብ ሓድሽ ተሌፎን ክትመልስዎ ትኽእሉ።
cli-cmd-recover = ኣብ ሓድሽ መሳርሒ፦ ብወረቐት ምምላስኩምን ብምስጢራዊ ቃልኩምን መዝገብኩም ምለሱ።
cli-arg-recovery-out = እቲ ወረቐት ዝጽሓፈሉ ፋይል። ብ .png ወይ .pdf ክውዳእ ኣለዎ።
cli-arg-recover-sheet = ስእሊ ወይ ስካን ናይ ወረቐት ምምላስኩም (PNG ወይ JPEG)። Carnet ነቲ ትርብዒት ኮድ የንብቦ።
cli-arg-recover-words = እቶም 12 ቃላት ናይ ወረቐት ምምላስኩም፡ ብቕደም ሰዓብ፡ ኣብ ውሽጢ ምልክት ጥቕሲ። --hub እውን ሃቡ።
cli-arg-recover-hub = ኣብ ወረቐት ምምላስኩም ዝተሓትመ ኣድራሻ ማእከላዊ መኽዘን፡ ንኣብነት http://192.168.1.10:8470።
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet ነቲ ወረቐት ከም ፋይል .png ወይ .pdf ክጽሕፎ ይኽእል፡ ከም “{ $path }” ግን ኣይኮነን።
cli-recovery-sheet-done = ወረቐት ምምላስኩም ኣብ { $path } ኣሎ። ሕተምዎ፡ ነቲ ወረቐት ድማ ካብ ተሌፎንኩም ርሒቑ ኣብ ውሑስ ቦታ ዓቕብዎ።
cli-recovery-sheet-english = እቲ ወረቐት ብእንግሊዝኛ እዩ፡ Carnet ፊደላት ቋንቋኹም ኣብኡ ብቕኑዕ ክጽሕፍ ገና ኣይክእልን።
cli-recovery-sheet-replaced = ቅድሚ ሕጂ ዝሓተምኩምዎ ዝኾነ ወረቐት ድሕሪ ሕጂ ኣይሰርሕን። ኣጥፍእዎ።
cli-recover-done = { $count ->
    [one] መዝገብኩም ናብዚ መሳርሒ ተመሊሱ፦ { $count } ምዝገባ።
   *[other] መዝገብኩም ናብዚ መሳርሒ ተመሊሱ፦ { $count } ምዝገባታት።
}
cli-passphrase-sheet-updated = ወረቐት ምምላስኩም ምስ ሓድሽ ምስጢራዊ ቃልኩም ገና ይሰርሕ።
cli-passphrase-sheet-not-updated = ወረቐት ምምላስኩም ኣብ ማእከላዊ መኽዘን ክሕደስ ኣይከኣለን። ሓድሽ ክሳብ እትሕትሙ፡ ኣረጊት ምስጢራዊ ቃልኩም የድልዮ። ምስ ተራኸብኩም ሓድሽ ወረቐት ሕተሙ፦ carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = ወረቐት ምምላስ Carnet
cli-sheet-made = ዝተሰርሐሉ { $date }
cli-sheet-hub = ማእከላዊ መኽዘን፦ { $hub }
cli-sheet-words = 12 ቃላትኩም
cli-sheet-instructions =
    ነዚ ወረቐት ብጥንቃቐ ዓቕብዎ። ብእኡን ብምስጢራዊ ቃልኩምን መዝገብኩም ኣብ ሓድሽ ተሌፎን ክትመልስዎ ትኽእሉ፦
    1. Carnet ኣብቲ ሓድሽ ተሌፎን ኣእትዉ እሞ መዝገብ ምምላስ ምረጹ።
    2. ነቲ ትርብዒት ኮድ ስከን ግበሩ፡ ወይ 12 ቃላትን ኣድራሻ ማእከላዊ መኽዘንን ጽሓፉ።
    3. ምስጢራዊ ቃልኩም ጽሓፉ። እቲ መዝገብ ካብ ማእከላዊ መኽዘን ይምለስ።
    ኣብ ኮምፒተር፦ carnet recover --sheet photo.jpg
cli-sheet-warning = እዚ ወረቐት ጥራይ መዝገብኩም ኣይኸፍትን፡ ምስጢራዊ ቃልኩም እውን የድሊ። ብሓባር ኣይተቐምጥዎም። ሓድሽ ወረቐት እንተሓቲምኩም፡ እዚ ምስራሕ የቋርጽ።
