# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = እንዴት እንደሚጻፍ፦
cli-help-commands = ትዕዛዞች፦
cli-help-arguments = የሚሰጡት፦
cli-help-options = አማራጮች፦
cli-help-examples = ምሳሌዎች፦

## Help: the whole program

cli-about = Carnet የሚችሉትን ይመዘግባል፤ ክህሎቶች፣ ሥራ፣ ቋንቋዎች፣ ዲፕሎማዎች እና ኮርሶች። መዝገቡ በመሣሪያዎ ላይ ይቆያል፣ በይለፍ ቃልዎ ተቆልፎ።

cli-examples =
    መዝገብ ይጀምሩ:           carnet init
    ክህሎት ያክሉ:            carnet add skill --title "Welding" --level advanced
    ግቤቶችዎን ይመልከቱ:       carnet list
    አንድ ግቤት ይመልከቱ:      carnet show 3f2a
    ለትዕዛዝ እርዳታ:         carnet add --help

cli-opt-data-dir = መዝገብዎ የሚቀመጥበት አቃፊ። CARNET_DATA_DIRንም ማዘጋጀት ይችላሉ።
cli-opt-json = በJSON ይመልሱ፣ ለሌሎች ፕሮግራሞች።
cli-opt-lang = የCarnet መልዕክቶች ቋንቋ፣ ለምሳሌ ar, fa, fr, uk ወይም en።
cli-opt-help = ይህን እርዳታ ያሳዩ።
cli-opt-version = የCarnetን ስሪት ያሳዩ።

## Help: commands

cli-cmd-init = በይለፍ ቃል የተቆለፈ አዲስ መዝገብ ይስሩ።
cli-cmd-passphrase = የመዝገብዎን የይለፍ ቃል ይቀይሩ።
cli-cmd-passphrase-change = የይለፍ ቃልዎን ይቀይሩ። የድሮውን ይጽፋሉ፣ ከዚያ አዲሱን ሁለት ጊዜ።
cli-cmd-profile = መገለጫዎን ይመልከቱ ወይም ይቀይሩ፤ ስምዎ፣ አገሮችዎ፣ ቋንቋዎችዎ።
cli-cmd-profile-show = መገለጫዎን ያሳዩ።
cli-cmd-profile-set = መገለጫዎን ይቀይሩ። አንድ ነገር ለማጥፋት ባዶ እሴት ይስጡት፣ ለምሳሌ --contact ""።
cli-cmd-add = ግቤት ያክሉ፤ ክህሎት፣ ብቃት፣ የሥራ ልምድ፣ ቋንቋ ወይም ኮርስ።
cli-cmd-list = ግቤቶችዎን ይዘርዝሩ።
cli-cmd-show = ስለ አንድ ግቤት ሁሉንም ያሳዩ።
cli-cmd-edit = ግቤት ይቀይሩ።
cli-cmd-rm = ግቤት ይሰርዙ።
cli-cmd-search = አንዳንድ ቃላትን የያዙ ግቤቶችን ይፈልጉ።
cli-cmd-detach = ፎቶ ወይም የድምፅ መልዕክት ከግቤት ያስወግዱ። ሌላ ግቤት ካላሳየው በስተቀር ከዚህ መሣሪያም ይሰረዛል።
cli-cmd-attach = የወረቀት ፎቶ ወደ ግቤት ያክሉ፣ ለምሳሌ ዲፕሎማ፣ ሰርተፊኬት ወይም የሥራ ወረቀት። ወይም የድምፅ መልዕክት ያክሉ፤ ስለ ክህሎቱ የሚናገሩበት የድምፅ ፋይል።
cli-cmd-export = ሙሉ መዝገብዎን ሌሎች ፕሮግራሞች ሊያነቡት የሚችሉት ፋይል አድርገው ይጻፉ።
cli-cmd-import = የCarnet ማውጫ ፋይልን ወደ መዝገብዎ ያስገቡ። ከመዝገብዎ ምንም አይሰረዝም።
cli-cmd-devices = መዝገብዎ ያላቸው መሣሪያዎች።
cli-cmd-devices-list = መዝገብዎ ያላቸውን መሣሪያዎች ያሳዩ።
cli-cmd-devices-remove = መዝገብዎን ከአንድ መሣሪያ ያስወግዱ፣ ለምሳሌ ከጠፋ ስልክ። ከአሁን በኋላ የሚያክሉትን ማንበብ አይችልም።
cli-cmd-pair = መዝገብዎን በሌላ የራስዎ መሣሪያ ላይ ያድርጉ፣ ለምሳሌ አዲስ ስልክ።
cli-cmd-pair-show = መዝገብዎ ባለበት መሣሪያ ላይ፦ ለአዲሱ መሣሪያ ኮድ ያሳዩ፣ ከዚያ ይፍቀዱለት።
cli-cmd-pair-join = በአዲሱ መሣሪያ ላይ፦ ሌላው መሣሪያዎ በሚያሳየው ኮድ መዝገብዎን ያግኙ።
cli-cmd-sync = ለውጦችዎን ወደ ማዕከሉ ማዕከላዊ ማከማቻ ይላኩ፣ በሌሎች መሣሪያዎችዎ ላይ የተደረጉ ለውጦችንም ያግኙ። ማዕከላዊ ማከማቻው ሊያነበው የማይችለውን የተቆለፈ ቅጂ ብቻ ይይዛል።

## Help: what to give to the commands

cli-arg-kind = የግቤት ዓይነት፦ skill (ክህሎት)፣ qualification (ብቃት)፣ experience (ሥራ)፣ language (ቋንቋ) ወይም learning (ኮርስ)።
cli-arg-title = አጭር ስም፣ ለምሳሌ "Welding" ወይም "Driving licence B"።
cli-arg-description = ስለ እሱ ተጨማሪ ቃላት፣ ከፈለጉ።
cli-arg-level = ምን ያህል ጎበዝ እንደሆኑ። ለክህሎት ወይም ለሥራ፦ basic, intermediate, advanced ወይም expert። ለቋንቋ፦ A1 (ጀማሪ) እስከ C2 (በጣም ጥሩ)። ለብቃት ወይም ለኮርስ፦ የEQF ደረጃው፣ ከ1 እስከ 8።
cli-arg-eqf = የዲፕሎማ ወይም የኮርስ የEQF ደረጃ፣ ከ1 እስከ 8፣ ካወቁት።
cli-arg-from = መቼ እንደጀመረ፦ ዓመት (2019)፣ ወር (2019-05) ወይም ቀን (2019-05-14)።
cli-arg-to = መቼ እንዳበቃ፣ በተመሳሳይ መንገድ የተጻፈ። አሁንም የሚቀጥል ከሆነ ይተዉት።
cli-arg-organisation = አሠሪው፣ ትምህርት ቤቱ ወይም የስልጠና ማዕከሉ።
cli-arg-place = ከተማው ወይም ቦታው።
cli-arg-country = አገሩ፣ በሁለት ፊደላት፣ ለምሳሌ SY, AF, DE።
cli-arg-context = እንዴት እንደተማሩት፦ formal (ትምህርት ቤት፣ ዲፕሎማ)፣ non-formal (ኮርስ) ወይም informal (በመሥራት)።
cli-arg-written-in = ይህን ግቤት የጻፉበት ቋንቋ፣ በአጭር ኮድ፣ ለምሳሌ ar ወይም en።
cli-arg-esco = የክህሎቱ ወይም የሥራው የESCO አድራሻ፣ ካወቁት።
cli-arg-isco = የISCO-08 የሥራ ኮድ (ከ1 እስከ 4 አሃዞች)፣ ካወቁት።
cli-arg-stage = በጉዞዎ ውስጥ ይህ መቼ አስፈላጊ እንደሆነ፦ recruitment, pre-departure, arrival, career ወይም return። ከአንድ በላይ መስጠት ይችላሉ።

cli-arg-list-kind = የዚህን ዓይነት ግቤቶች ብቻ ያሳዩ፦ skill, qualification, experience, language ወይም learning።
cli-arg-list-stage = ለዚህ ምዕራፍ የሆኑ ግቤቶችን ብቻ ያሳዩ፦ recruitment, pre-departure, arrival, career ወይም return።

cli-arg-id = የግቤቱ መለያ (id)። የመጀመሪያዎቹ 4 ወይም ከዚያ በላይ ፊደላት በቂ ናቸው። መለያዎቹን ለማየት ይጻፉ፦ carnet list
cli-arg-set = ለውጥ፣ በFIELD=VALUE የተጻፈ፣ ለምሳሌ level=advanced። ተጨማሪ ለመቀየር እንደገና ይስጡት። ባዶ እሴት መስኩን ያጠፋል። መስኮቹ፦ title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco።
cli-arg-text = የሚፈለጉት ቃላት።
cli-arg-evidence = የሚወገደው ፎቶ ወይም የድምፅ መልዕክት፦ መለያው፣ carnet show እና carnet attach እንደሚያሳዩት (የመጀመሪያዎቹ 8 ወይም ከዚያ በላይ ፊደላት በቂ ናቸው)።
cli-arg-photo = ፎቶ (JPEG, PNG ወይም WebP) ወይም የድምፅ ፋይል (WebM, Ogg, MP4, M4A, AAC, MP3 ወይም WAV፣ እስከ 5 MB)። Carnet የትኛው እንደሆነ ለማወቅ ፋይሉን ውስጡን ይመለከታል። የተደበቀ መረጃን ያስወግዳል፣ ለምሳሌ ፎቶው የተነሳበትን ቦታ።
cli-arg-format = የፋይሉ ዓይነት። ለአሁን json ብቻ።
cli-arg-file = የሚነበበው የማውጫ ፋይል።

cli-arg-name = ስምዎ፣ ሌሎች እንዲያዩት እንደሚፈልጉት።
cli-arg-birth-date = የትውልድ ቀንዎ፦ 1990, 1990-05 ወይም 1990-05-14።
cli-arg-origin = የመጡበት አገር፣ በሁለት ፊደላት፣ ለምሳሌ SY, AF, ER።
cli-arg-current = አሁን የሚኖሩበት አገር፣ በሁለት ፊደላት፣ ለምሳሌ DE, FR።
cli-arg-contact = ሰዎች እንዴት ሊያገኙዎት እንደሚችሉ፣ ለምሳሌ ስልክ ቁጥር ወይም ኢሜይል።
cli-arg-language = የሚያውቁት ቋንቋ፣ በአጭር ኮድ፣ ለምሳሌ ar, fa-AF ወይም en። ከታች ያሉት አማራጮች ስለዚህ ቋንቋ ናቸው።
cli-arg-mother-tongue = ይህ ቋንቋ የአፍ መፍቻ ቋንቋዎ ነው።
cli-arg-not-mother-tongue = ይህ ቋንቋ የአፍ መፍቻ ቋንቋዎ አይደለም።
cli-arg-listening = የሚናገሩ ሰዎችን ምን ያህል እንደሚረዱ፦ A1 (ጀማሪ) እስከ C2 (በጣም ጥሩ)።
cli-arg-reading = ምን ያህል እንደሚያነቡ፦ A1 እስከ C2።
cli-arg-spoken-interaction = በውይይት ውስጥ ምን ያህል እንደሚሳተፉ፦ A1 እስከ C2።
cli-arg-spoken-production = በራስዎ ምን ያህል እንደሚናገሩ፦ A1 እስከ C2።
cli-arg-writing = ምን ያህል እንደሚጽፉ፦ A1 እስከ C2።
cli-arg-remove-language = ቋንቋን ከመገለጫዎ ያስወግዱ።
cli-arg-hub = የማዕከሉ ማዕከላዊ ማከማቻ አድራሻ፣ ለምሳሌ http://192.168.1.10:8470። Carnet ያስታውሰዋል።
cli-arg-device-id = የመሣሪያው መለያ፣ carnet devices list እንደሚያሳየው (የመጀመሪያዎቹ 4 ወይም ከዚያ በላይ ፊደላት በቂ ናቸው)።
cli-arg-pair-approve = ይህን ኮድ ካሳየ አዲሱን መሣሪያ ሳይጠይቁ ይፍቀዱ (ለረዳቶች እና ለስክሪፕቶች)።
cli-arg-pair-code = ሌላው መሣሪያዎ የሚያሳየው ኮድ። በ CNP1: ይጀምራል
cli-arg-pair-name = ለዚህ መሣሪያ ስም፣ በሌላው ላይ እንዲያውቁት (ለምሳሌ "የአማል ስልክ")።
cli-arg-sync-status = መቼ እንዳመሳሰሉ እና ስንት ለውጦች እንደሚጠብቁ ብቻ ያሳዩ። ምንም አይላክም።
cli-arg-sync-watch = ማመሳሰሉን ይቀጥሉ። ማዕከላዊ ማከማቻው ሊደረስበት ካልቻለ፣ በኋላ እንደገና ይሞክሩ፣ በእያንዳንዱ ጊዜ ረዘም ብለው በመጠበቅ።
cli-arg-sync-every = ከ --watch ጋር፦ በማመሳሰሎች መካከል ስንት ሰከንድ እንደሚጠበቅ (ካልተሰጠ 300)።

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

cli-passphrase-new-intro = ቢያንስ { $min } ፊደላት ያለው የይለፍ ቃል ይምረጡ። መዝገብዎን በከፈቱ ቁጥር ያስፈልግዎታል። ማንም መልሶ ሊሰጥዎ አይችልም።
cli-passphrase-prompt = የይለፍ ቃል፦
cli-passphrase-new-prompt = አዲስ የይለፍ ቃል፦
cli-passphrase-repeat-prompt = አዲሱን የይለፍ ቃል እንደገና ይጻፉ፦
cli-passphrase-changed = የይለፍ ቃልዎ ተቀይሯል። ከአሁን ጀምሮ አዲሱን ይጠቀሙ።

## Answers

cli-init-done = መዝገብዎ ዝግጁ ነው። በዚህ አቃፊ ውስጥ ነው፦ { $dir }
cli-init-next = የይለፍ ቃልዎን በጥንቃቄ ይያዙ። ያለ እሱ ማንም መዝገብዎን ሊከፍት አይችልም፣ እርስዎም ጭምር። ቀጥሎ የሚችሉትን ያክሉ፣ ለምሳሌ፦ carnet add skill --title "Cooking"

cli-list-empty = መዝገብዎ ገና ግቤቶች የሉትም። አንድ ለማከል ይጻፉ፦ carnet add skill --title "Cooking"
cli-list-none-match = ከጠየቁት ጋር የሚስማማ ግቤት የለም።
cli-search-none = እነዚህን ቃላት የያዘ ግቤት የለም። ሌሎች ቃላትን ይሞክሩ፣ ወይም ይጻፉ፦ carnet list

cli-edit-saved = ለውጥዎ ተቀምጧል።
cli-rm-done = ተሰርዟል፦ { $title }
cli-detached = ፎቶው ወይም የድምፅ መልዕክቱ ከግቤቱ ተወግዷል።

cli-profile-saved = መገለጫዎ ተቀምጧል።
cli-profile-empty = መገለጫዎ ባዶ ነው። ስምዎን ለማከል ይጻፉ፦ carnet profile set --name "ስምዎ"

cli-import-added = { $count ->
    [one] 1 ግቤት ታክሏል።
   *[other] { $count } ግቤቶች ታክለዋል።
}
cli-import-updated = { $count ->
    [one] 1 ግቤት ተሻሽሏል።
   *[other] { $count } ግቤቶች ተሻሽለዋል።
}
cli-import-unchanged = { $count ->
    [one] 1 ግቤት ቀድሞውኑ ተመሳሳይ ነበር።
   *[other] { $count } ግቤቶች ቀድሞውኑ ተመሳሳይ ነበሩ።
}
cli-import-profile-updated = መገለጫዎም ተሻሽሏል።
cli-import-missing-photos = { $count ->
    [one] 1 ፎቶ በዚህ መሣሪያ ላይ የለም። የማውጫ ፋይሎች ፎቶዎችን አይይዙም። በዚህ እንደገና ያክሉት፦ carnet attach
   *[other] { $count } ፎቶዎች በዚህ መሣሪያ ላይ የሉም። የማውጫ ፋይሎች ፎቶዎችን አይይዙም። በዚህ እንደገና ያክሏቸው፦ carnet attach
}

## Showing an entry or a profile

cli-label = { $label }፦

cli-show-id = መለያ
cli-show-kind = ዓይነት
cli-show-added = የታከለው
cli-show-changed = የተቀየረው
cli-show-evidence = ፎቶዎች እና የድምፅ መልዕክቶች
cli-show-photo = { $sha }  { $width } × { $height } ፒክሰል፣ { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } ፒክሰል፣ በዚህ መሣሪያ ላይ የለም
cli-show-voice = { $sha }  የድምፅ መልዕክት፣ { $kilobytes } KB
cli-show-voice-missing = { $sha }  የድምፅ መልዕክት፣ በዚህ መሣሪያ ላይ የለም
cli-show-conflicts = ሌላ መሣሪያም ጽፏል፦
cli-show-conflicts-hint = ከእነዚህ አንዱን ለማስቀመጥ ይጻፉ፦ carnet edit { $id } --set FIELD=VALUE

cli-field-title = ርዕስ
cli-field-description = መግለጫ
cli-field-written-in = የተጻፈበት ቋንቋ
cli-field-esco = ESCO
cli-field-isco = የISCO-08 የሥራ ኮድ
cli-field-level = ደረጃ
cli-field-eqf = የEQF ደረጃ
cli-field-organisation = ድርጅት
cli-field-place = ቦታ
cli-field-country = አገር
cli-field-from = ከ
cli-field-to = እስከ
cli-field-context = እንዴት እንደተማሩ
cli-field-stages = ምዕራፎች

cli-kind-skill = ክህሎት
cli-kind-qualification = ብቃት
cli-kind-experience = ልምድ
cli-kind-language = ቋንቋ
cli-kind-learning = ትምህርት

cli-context-formal = መደበኛ (ትምህርት ቤት፣ ዲፕሎማ)
cli-context-non-formal = መደበኛ ያልሆነ (ኮርስ)
cli-context-informal = በተግባር (በመሥራት)

cli-stage-recruitment = ቅጥር
cli-stage-pre-departure = ከመነሳት በፊት
cli-stage-arrival = መድረስ
cli-stage-career = ሥራ
cli-stage-return = መመለስ

cli-proficiency-basic = መሠረታዊ
cli-proficiency-intermediate = መካከለኛ
cli-proficiency-advanced = ከፍተኛ
cli-proficiency-expert = ባለሙያ

cli-level-eqf = የEQF ደረጃ { $level }

cli-profile-name = ስም
cli-profile-birth-date = የትውልድ ቀን
cli-profile-origin = የመጣበት
cli-profile-current = የሚኖርበት
cli-profile-contact = አድራሻ
cli-profile-languages = ቋንቋዎች
cli-profile-mother-tongue = { $language } (የአፍ መፍቻ ቋንቋ)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = ማዳመጥ { $level }
cli-cefr-reading = ማንበብ { $level }
cli-cefr-spoken-interaction = ከሌሎች ጋር መነጋገር { $level }
cli-cefr-spoken-production = መናገር { $level }
cli-cefr-writing = መጻፍ { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet እዚህ “{ $arg }”ን አያውቅም።
cli-error-unknown-command = “{ $command }” የሚባል ትዕዛዝ የለም።
cli-error-invalid-value = “{ $value }” ለ{ $arg } መጠቀም አይቻልም።
cli-error-missing-value = { $arg } ከኋላው እሴት ያስፈልገዋል።
cli-error-valid-values = መጠቀም የሚችሉት፦ { $values }
cli-error-missing-argument = አንድ ነገር ጎድሏል፦ { $arg }
cli-error-missing-command = ከ“{ $command }” በኋላ Carnet ምን ማድረግ እንዳለበት ይንገሩ።
cli-error-valid-commands = ትዕዛዞቹ፦ { $commands }
cli-error-conflict = { $arg } ከ{ $other } ጋር አብሮ መጠቀም አይቻልም።
cli-error-no-equals = { $arg }ን በእኩል ምልክት (=) እና ወዲያውኑ ከኋላው ባለ እሴት ይጻፉ።
cli-error-too-many-values = { $arg } ያነሱ እሴቶችን ይወስዳል። “{ $value }” አንድ ትርፍ ነው።
cli-error-wrong-number-of-values = { $arg } የተሳሳተ የእሴቶች ብዛት አለው።
cli-error-invalid-utf8 = Carnet ከጻፏቸው ፊደላት አንዳንዶቹን ማንበብ አይችልም። እንደገና ይጻፏቸው።
cli-error-did-you-mean = { $suggestion } ማለትዎ ነው?
cli-error-usage = Carnet ይህን ትዕዛዝ አልተረዳም።
cli-error-usage-hint = ምን መጻፍ እንደሚችሉ ለማየት { $command } --help ይጻፉ።
cli-error-set-format = “{ $value }” ለውጥ አይደለም። FIELD=VALUE ይጻፉ፣ ለምሳሌ --set level=advanced
cli-error-nothing-to-change = የሚቀየር ነገር የለም። ቢያንስ አንድ አማራጭ ይስጡ፣ ለምሳሌ --name "ስምዎ"።

cli-error-passphrase-unavailable = Carnet የይለፍ ቃል ያስፈልገዋል ግን እዚህ ሊጠይቅ አይችልም። Carnetን በተርሚናል ውስጥ ያሂዱ፣ ወይም { $variable }ን ያዘጋጁ።
cli-error-passphrase-mismatch = ሁለቱ የይለፍ ቃላት አንድ አይደሉም። ምንም አልተቀየረም። እባክዎ እንደገና ይሞክሩ።
cli-error-read-file = Carnet { $path } የሚለውን ፋይል ማንበብ አይችልም። የፋይሉን ስም እና አቃፊውን ያረጋግጡ፣ ከዚያ እንደገና ይሞክሩ።
cli-error-no-data-dir = Carnet ለመዝገብዎ አቃፊ ማግኘት አይችልም። በ --data-dir አንዱን ይምረጡ፣ ለምሳሌ --data-dir ./carnet
cli-error-output = Carnet መልሱን መጻፍ አልቻለም። ዲስኩ አለመሙላቱን ያረጋግጡ፣ ከዚያ እንደገና ይሞክሩ።
cli-error-details = ለረዳት ዝርዝር፦ { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = አንድ ለመሥራት ይጻፉ፦ carnet init
cli-hint-already-exists = በውስጡ ያለውን ለማየት ይጻፉ፦ carnet list። ለሁለተኛ መዝገብ፣ በ --data-dir ሌላ አቃፊ ይምረጡ።
cli-hint-not-found = መለያዎቹን ለማየት ይጻፉ፦ carnet list
cli-hint-ambiguous-id = መለያዎቹን ለማየት ይጻፉ፦ carnet list
cli-hint-import-format = በዚህ የተሠራ ፋይል ይምረጡ፦ carnet export --format json
cli-hint-invalid-field = የመስኮቹን ዝርዝር ለማየት ይጻፉ፦ carnet edit --help

## carnet sync

cli-sync-phase-sending = በመላክ ላይ
cli-sync-phase-receiving = በመቀበል ላይ
cli-sync-phase-photos = ፎቶዎች
cli-sync-done = ከ{ $hub } ጋር ተመሳስሏል።
cli-sync-changes = { $sent ->
    [one] 1 ለውጥ ተልኳል
   *[other] { $sent } ለውጦች ተልከዋል
}፣ { $received ->
    [one] 1 ለውጥ ደርሷል።
   *[other] { $received } ለውጦች ደርሰዋል።
}
cli-sync-photos = { $sent ->
    [one] 1 ፎቶ ተልኳል
   *[other] { $sent } ፎቶዎች ተልከዋል
}፣ { $received ->
    [one] 1 ፎቶ ደርሷል።
   *[other] { $received } ፎቶዎች ደርሰዋል።
}
cli-sync-bytes = የተጠቀመው ዳታ፦ { $up } KB ተልኳል፣ { $down } KB ደርሷል።
cli-sync-retry = በ{ $seconds ->
    [one] 1 ሰከንድ ውስጥ እንደገና ይሞከራል።
   *[other] { $seconds } ሰከንዶች ውስጥ እንደገና ይሞከራል።
}
cli-sync-status-hub = ማዕከላዊ ማከማቻ፦ { $hub }
cli-sync-status-last = መጨረሻ የተመሳሰለው፦ { $when }
cli-sync-status-pending = { $count ->
    [0] የሚጠብቅ ለውጥ የለም።
    [one] 1 ለውጥ ለመላክ ይጠብቃል።
   *[other] { $count } ለውጦች ለመላክ ይጠብቃሉ።
}
cli-sync-no-hub = ገና የለም
cli-sync-never = በጭራሽ
cli-hint-sync-no-hub = ለማዘጋጀት ይጻፉ፦ carnet sync --hub ADDRESS
cli-hint-sync-unreachable = ለውጦችዎ ተቀምጠዋል። በኋላ እንደገና ለመሞከር ይጻፉ፦ carnet sync

## carnet pair

cli-pair-show-scan = ይህን ኮድ በአዲሱ መሣሪያዎ ይቃኙ፣ ወይም ከሥሩ ያለውን ጽሑፍ እዚያ ይጻፉ።
cli-pair-show-expires = ኮዱ ለ10 ደቂቃዎች ይሠራል።
cli-pair-show-request = “{ $name }” የሚባለው መሣሪያ መዝገብዎን ይፈልጋል። ኮዱ { $fingerprint } ነው።
cli-pair-show-ask = አዲሱ መሣሪያዎ ተመሳሳይ ኮድ ያሳያል? ለመፍቀድ አዎ (ወይም yes) ይጻፉ፣ ወይም አይ።
cli-pair-yes = አዎ
cli-pair-show-approved = “{ $name }” አሁን መዝገብዎ አለው።
cli-pair-show-refused = አይ ብለዋል። “{ $name }” ምንም አላገኘም።
cli-pair-default-name = አዲስ መሣሪያ
cli-pair-join-check = ሌላው መሣሪያዎ ይህን ኮድ ማሳየት አለበት፦ { $fingerprint }። እዚያ ይፍቀዱ።
cli-pair-join-done = { $count ->
    [one] ይህ መሣሪያ አሁን መዝገብዎ አለው፣ ከ1 ግቤት ጋር።
   *[other] ይህ መሣሪያ አሁን መዝገብዎ አለው፣ ከ{ $count } ግቤቶች ጋር።
}

## carnet devices

cli-devices-none = እስካሁን ይህን መዝገብ ያመሳሰለ መሣሪያ የለም።
cli-devices-line = { $id }  { $name }  (ከ{ $added } ጀምሮ)
cli-devices-this = ← ይህ መሣሪያ
cli-devices-removed = ({ $when } ተወግዷል)
cli-devices-removed-done = “{ $name }” ተወግዷል። መዝገብዎ አሁን አዲስ ቁልፍ አለው፣ ያ መሣሪያ ግን የለውም።
cli-devices-new-sheet = የመመለሻ ወረቀትዎ የድሮውን ቁልፍ ይዟል። አሁኑኑ አዲስ ያትሙ እና የድሮውን ያጥፉ፦ carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = የመመለሻ ወረቀት ያትሙ፤ በእሱ እና በይለፍ ቃልዎ፣ ይህን ስልክ ቢያጡ መዝገብዎን በአዲስ ስልክ ላይ መመለስ ይችላሉ።
cli-cmd-recover = በአዲስ መሣሪያ ላይ፦ በመመለሻ ወረቀትዎ እና በይለፍ ቃልዎ መዝገብዎን ይመልሱ።
cli-arg-recovery-out = ወረቀቱ የሚጻፍበት ፋይል። በ .png ወይም .pdf ማለቅ አለበት።
cli-arg-recover-sheet = የመመለሻ ወረቀትዎ ፎቶ ወይም ስካን (PNG ወይም JPEG)። Carnet ካሬ ኮዱን ያነባል።
cli-arg-recover-words = የመመለሻ ወረቀትዎ 12 ቃላት፣ በቅደም ተከተል፣ በትምህርተ ጥቅስ ውስጥ። --hubንም ይስጡ።
cli-arg-recover-hub = በመመለሻ ወረቀትዎ ላይ የታተመው የማዕከላዊ ማከማቻ አድራሻ፣ ለምሳሌ http://192.168.1.10:8470።
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet ወረቀቱን እንደ .png ወይም .pdf ፋይል መጻፍ ይችላል፣ እንደ “{ $path }” ግን አይደለም።
cli-recovery-sheet-done = የመመለሻ ወረቀትዎ በ{ $path } ውስጥ ነው። ያትሙት እና ወረቀቱን ከስልክዎ ርቆ በአስተማማኝ ቦታ ያስቀምጡ።
cli-recovery-sheet-english = ወረቀቱ በእንግሊዝኛ ነው፤ Carnet የቋንቋዎን ፊደላት በላዩ ላይ በትክክል ገና መጻፍ አይችልም።
cli-recovery-sheet-replaced = ከዚህ በፊት ያተሙት ማንኛውም ወረቀት ከእንግዲህ አይሠራም። ያጥፉት።
cli-recover-done = { $count ->
    [one] መዝገብዎ ወደዚህ መሣሪያ ተመልሷል፦ { $count } ግቤት።
   *[other] መዝገብዎ ወደዚህ መሣሪያ ተመልሷል፦ { $count } ግቤቶች።
}
cli-passphrase-sheet-updated = የመመለሻ ወረቀትዎ በአዲሱ የይለፍ ቃልዎ አሁንም ይሠራል።
cli-passphrase-sheet-not-updated = የመመለሻ ወረቀትዎ በማዕከላዊ ማከማቻው ላይ ሊሻሻል አልቻለም። አዲስ እስኪያትሙ ድረስ፣ የድሮውን የይለፍ ቃልዎን ይፈልጋል። ሲገናኙ አዲስ ወረቀት ያትሙ፦ carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = የCarnet የመመለሻ ወረቀት
cli-sheet-made = የተሠራው { $date }
cli-sheet-hub = ማዕከላዊ ማከማቻ፦ { $hub }
cli-sheet-words = 12ቱ ቃላትዎ
cli-sheet-instructions =
    ይህን ወረቀት በጥንቃቄ ያስቀምጡ። በእሱ እና በይለፍ ቃልዎ መዝገብዎን በአዲስ ስልክ ላይ መመለስ ይችላሉ፦
    1. Carnetን በአዲሱ ስልክ ላይ ይጫኑ እና መዝገብ መመለስን ይምረጡ።
    2. ካሬ ኮዱን ይቃኙ፣ ወይም 12ቱን ቃላት እና የማዕከላዊ ማከማቻውን አድራሻ ይጻፉ።
    3. የይለፍ ቃልዎን ይጻፉ። መዝገቡ ከማዕከላዊ ማከማቻው ይመለሳል።
    በኮምፒውተር ላይ፦ carnet recover --sheet photo.jpg
cli-sheet-warning = ይህ ወረቀት ብቻውን መዝገብዎን አይከፍትም፤ የይለፍ ቃልዎም ያስፈልጋል። አንድ ላይ አያስቀምጧቸው። አዲስ ወረቀት ካተሙ፣ ይህ መሥራቱን ያቆማል።
