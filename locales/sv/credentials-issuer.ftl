# Review status: machine-drafted, needs review by a native speaker.
# Credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation, verify.

## Help: commands

cli-cmd-issuer = Skriv under andra människors färdigheter, som handledare, arbetsgivare, center, skola eller kollega.
cli-cmd-issuer-init = Skapa din underskriftsnyckel som utfärdare. Den är låst med ett lösenord.
cli-cmd-issuer-show = Visa ditt namn som utfärdare, din sort och din publika nyckel. Inget lösenord behövs.
cli-cmd-issuer-revoke = Återkalla ett intyg som du skrev under, med dess nummer.
cli-cmd-issuer-status-list = Skriv den underskrivna listan över intyg som du har återkallat, att ge till dem som kontrollerar.
cli-cmd-endorse = Skriv under en begäran som någon gav dig, och skriv intyget att ge tillbaka.
cli-cmd-trust = Välj vems underskrifter du litar på när du kontrollerar en QR-kod.
cli-cmd-trust-anchor = Förtroendeankare: nätverken eller myndigheterna som går i god för utfärdare.
cli-cmd-trust-anchor-init = Skapa en underskriftsnyckel som förtroendeankare, för att gå i god för utfärdare.
cli-cmd-trust-anchor-show = Visa ditt förtroendeankares namn och publika nyckel.
cli-cmd-trust-anchor-add = Lita på listorna som är underskrivna med det här förtroendeankarets nyckel.
cli-cmd-trust-bundle = Som förtroendeankare, skriv under en lista över utfärdare som du går i god för.
cli-cmd-trust-import = Lägg till en underskriven lista över betrodda utfärdare från en fil.
cli-cmd-trust-list = Visa utfärdarna du litar på, och hur gammal varje lista är.
cli-cmd-revocation = Listor över intyg som utfärdare har återkallat.
cli-cmd-revocation-import = Lägg till en utfärdares underskrivna lista över intyg som den har återkallat.
cli-cmd-verify = Kontrollera en QR-kod från Carnet: vem som skrev under varje färdighet, och om den fortfarande gäller.

## Help: what to give

cli-arg-issuer-name = Ditt namn eller din organisations namn, så som andra ska se det.
cli-arg-issuer-country = Ditt land, med två bokstäver, till exempel KE eller PT.
cli-arg-issuer-kind = Vad du är: trainer (handledare), employer (arbetsgivare), centre (center), college (skola) eller colleague (kollega).
cli-arg-revoke-index = Numret på intyget som ska återkallas.
cli-arg-cred-out = Filen som ska skrivas.
cli-arg-endorse-request = Begäran som personen gav dig: filen (request.cbor), en bild av dess QR-kod (PNG eller JPEG) eller en textfil med texten som börjar med CNR1:
cli-arg-endorse-text = Begärans text, som börjar med CNR1:, om personen skickade den som ett meddelande. I stället för en fil.
cli-arg-endorse-assessed-by = Hur du kontrollerade färdigheten: observation, test, document eller interview.
cli-arg-endorse-expires = Den sista dagen som intyget gäller, till exempel 2027-05-14. Utan det här slutar det inte gälla.
cli-arg-endorse-valid-days = Hur många dagar intyget gäller, från i dag.
cli-arg-anchor-name = Förtroendeankarets namn, så som andra ska se det.
cli-arg-anchor-key = Förtroendeankarets publika nyckel: 64 bokstäver och siffror.
cli-arg-bundle-issuer = En utfärdares fil, från carnet issuer show --json. Ange den en gång per utfärdare.
cli-arg-trust-file = Filen med förtroendelistan (.cbor).
cli-arg-status-file = Utfärdarens listfil (.cbor).
cli-arg-verify-image = En bild av QR-koden: PNG, JPEG eller WebP.
cli-arg-verify-text = QR-kodens text, som börjar med CN1:
cli-arg-verify-nonce = Numret som du bad personen lägga in i koden (hex).
cli-arg-verify-audience = Namnet som du bad personen lägga in i koden.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Din utfärdarnyckel för { $name } är klar. Förvara ditt lösenord säkert: utan det kan du inte skriva under.
issuer-label-name = Namn:
issuer-label-country = Land:
issuer-label-kind = Sort:
issuer-label-public-key = Publik nyckel:
issuer-label-kid = Nyckelns fingeravtryck:
issuer-label-issued = Utdelade nummer:
issuer-label-revoked = Återkallade:
issuer-revoked = Intyg nummer { $index } är återkallat.
issuer-already-revoked = Intyg nummer { $index } var redan återkallat.
issuer-revoked-next-step = De som kontrollerar får veta det först från din nästa lista: skriv den med carnet issuer status-list --out list.cbor och ge dem sedan filen.
issuer-status-list-written = { $count ->
    [one] Listan finns i { $path }. Den nämner 1 återkallat intyg.
   *[other] Listan finns i { $path }. Den nämner { $count } återkallade intyg.
}

endorse-intro = { $count ->
    [one] Du ska skriva under 1 post för personen med nyckeln { $holder }:
   *[other] Du ska skriva under { $count } poster för personen med nyckeln { $holder }:
}
endorse-entry = { $title } ({ $kind }, nivå { $level }, { $dates })
endorse-untitled = (ingen titel)
endorse-how-observation = Du säger att du såg dem göra det.
endorse-how-test = Du säger att de klarade ett prov.
endorse-how-document = Du säger att du kontrollerade ett dokument.
endorse-how-interview = Du säger att du kontrollerade det i en intervju.
endorse-expires-on = Det gäller till { $date }.
endorse-no-expiry = Det slutar inte gälla.
endorse-written = { $count ->
    [one] Underskrivet. Ge tillbaka { $path } till personen. Dess nummer är { $first }.
   *[other] Underskrivet. Ge tillbaka { $path } till personen. Numren är { $first } till { $last }.
}

trust-anchor-added = Du litar nu på listor som är underskrivna av { $name } (nyckelns fingeravtryck { $kid }).
trust-bundle-written = { $count ->
    [one] Den underskrivna listan med 1 utfärdare finns i { $path }.
   *[other] Den underskrivna listan med { $count } utfärdare finns i { $path }.
}
trust-imported = { $count ->
    [one] Lade till en förtroendelista med 1 utfärdare, gjord { $date }.
   *[other] Lade till en förtroendelista med { $count } utfärdare, gjord { $date }.
}
trust-list-empty = Du litar inte på några utfärdare än. Lägg till en förtroendelista med carnet trust import.
trust-list-bundle = { $days ->
    [0] Förtroendelista från { $anchor }, gjord i dag ({ $date }):
    [one] Förtroendelista från { $anchor }, gjord för 1 dag sedan ({ $date }):
   *[other] Förtroendelista från { $anchor }, gjord för { $days } dagar sedan ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, nyckelns fingeravtryck { $kid }
revocation-imported = { $count ->
    [one] Lade till listan från { $name }, gjord { $date }: 1 intyg återkallat.
   *[other] Lade till listan från { $name }, gjord { $date }: { $count } intyg återkallade.
}

## Errors of these commands

error-issuer-exists = Det finns redan en utfärdarnyckel i den här mappen. Inget ändrades.
error-no-issuer = Det finns ingen utfärdarnyckel i den här mappen än. Skapa en med carnet issuer init.
error-issuer-damaged = Utfärdarnyckeln i den här mappen är skadad eller stämmer inte med sina uppgifter. Lägg tillbaka en säkerhetskopia.
error-anchor-exists = Det finns redan en förtroendeankarnyckel i den här mappen. Inget ändrades.
error-no-anchor = Det finns ingen förtroendeankarnyckel i den här mappen än. Skapa en med carnet trust anchor init.
error-anchor-damaged = Förtroendeankarnyckeln i den här mappen är skadad eller stämmer inte med sina uppgifter. Lägg tillbaka en säkerhetskopia.
error-identity-too-new = Den här nyckeln gjordes av en nyare Carnet. Uppdatera Carnet för att använda den.
error-storage-file = Carnet kunde inte skriva eller läsa { $path }. Kontrollera att det finns plats och att du får skriva där. (För den som hjälper till: { $reason })
error-file-too-big = { $path } är alldeles för stor för att vara en fil från Carnet.
error-issuer-kind = ”{ $value }” är inte en sorts utfärdare. Skriv trainer, employer, centre, college eller colleague.
error-assessed-by = ”{ $value }” är inte ett sätt att kontrollera. Skriv observation, test, document eller interview.
error-expires-date = ”{ $value }” är inte en dag. Skriv den som år-månad-dag, till exempel 2027-05-14.
error-expires-past = Slutdagen måste vara efter i dag.
error-issuer-indexes-used-up = Den här utfärdarnyckeln har delat ut alla sina nummer. Skapa en ny utfärdarnyckel.
error-revoke-not-issued = Du har inte skrivit under något intyg med nummer { $index }. Dina nummer går från 0 till under { $next }.
error-anchor-name = Namnet måste vara 1 till 100 tecken långt.
error-anchor-known = Du litar redan på det här förtroendeankaret (nyckelns fingeravtryck { $kid }).
error-issuer-file = { $path } är inte en utfärdares fil. Be utfärdaren om utdata från carnet issuer show --json.
error-trust-bundle-not-newer = Du har redan den här förtroendelistan eller en nyare från samma förtroendeankare. Inget ändrades.
error-status-list-not-newer = Du har redan en nyare lista från den här utfärdaren. Inget ändrades.
error-status-list-issuer-unknown = Den här listan kommer från en utfärdare som du inte litar på än (nyckelns fingeravtryck { $kid }). Importera först en förtroendelista som nämner den.
error-verifier-damaged = Dina sparade förtroendelistor är skadade eller har ändrats. Importera dem igen.
error-verify-nonce = ”{ $value }” är inte ett tal i hex, som till exempel 3fa9.
error-verify-got-request = Det här är en begäran om att bekräfta någons poster (texten börjar med CNR1:), inte en kod som visar färdigheter. Inget kontrollerades. Den som bekräftar skriver under den med: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Det här är en kod som visar någons färdigheter (texten börjar med CN1:), inte en begäran om att bekräfta dem. Inget skrevs under. För att kontrollera den, skriv: carnet verify PICTURE, eller carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Förtroendelistan är skadad eller är inte en förtroendelista.
error-trust-bundle-wrong-file = Det här är en annan sorts Carnet-fil, inte en förtroendelista.
error-trust-bundle-newer-version = Den här förtroendelistan gjordes av en nyare Carnet. Uppdatera Carnet för att läsa den.
error-trust-bundle-unknown-anchor = Den här förtroendelistan är underskriven av ett förtroendeankare som du inte litar på (nyckelns fingeravtryck { $kid }). Lägg först till det med carnet trust anchor add, om du känner till det.
error-trust-bundle-bad-signature = Underskriften på den här förtroendelistan stämmer inte. Filen har ändrats eller skadats.
error-trust-bundle-invalid = Ett värde i förtroendelistan kan inte användas ({ $field }).
error-trust-bundle-too-large = Förtroendelistan är för stor.
error-status-list-malformed = Listan är skadad eller är inte en lista över återkallade intyg.
error-status-list-wrong-file = Det här är en annan sorts Carnet-fil, inte en lista över återkallade intyg.
error-status-list-newer-version = Den här listan gjordes av en nyare Carnet. Uppdatera Carnet för att läsa den.
error-status-list-wrong-issuer = Den här listan tillhör en annan utfärdare ({ $found }, inte { $expected }).
error-status-list-bad-signature = Underskriften på den här listan stämmer inte. Filen har ändrats eller skadats.
error-status-list-invalid = Ett värde i listan kan inte användas ({ $field }).
error-status-list-too-large = Listan är för stor.
