# Review status: machine-drafted, needs review by a native speaker.
# Credential commands a holder uses: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Gör en fil som ber en handledare, arbetsgivare eller ett center att bekräfta poster.
    .long = Gör en begäran som ber en handledare, arbetsgivare, ett center, en skola eller en kollega att bekräfta några av dina poster: en fil, en QR-kod (ett namn som slutar på .png eller .svg) att visa på telefonen eller skriva ut, eller med --text en text att skicka i ett meddelande. Ge den till dem. De skriver under och ger dig tillbaka en intygsfil, som du sparar med: carnet receive
cli-cmd-holder-receive = Spara ett intyg som en handledare, arbetsgivare eller ett center har skrivit under åt dig.
cli-cmd-holder-credentials = Lista intygen du har, post för post. Också: carnet wallet
cli-cmd-holder-present = Visa valda poster som en enda QR-kod som vem som helst kan kontrollera utan internet.
    .long = Visa valda poster som en enda QR-kod som vem som helst kan kontrollera utan internet. Bekräftade poster visas med vem som bekräftade dem; poster som anges med --self-declared visas som bara sagda av dig. På skärmen fungerar koden i 24 timmar; med --print i 5 år.
cli-cmd-holder-export = Skriv en bekräftad post som ett W3C Verifiable Credential (Open Badges 3.0) för andra appar.
    .long = Skriv en bekräftad post som ett W3C Verifiable Credential 2.0 (ett Open Badges 3.0-märke), underskrivet av personen som bekräftade den, så att andra plånböcker och appar kan kontrollera den. Utan --out skrivs den på skärmen.

## Help: arguments

cli-arg-holder-request-ids = Posterna som ska bekräftas: deras id:n, eller de första 4 tecknen eller fler av varje. För att se id:n, skriv: carnet list
cli-arg-holder-request-out = Var begäran ska skrivas: ett namn som slutar på .png eller .svg gör en bild med en QR-kod; alla andra namn, till exempel request.cbor, en fil.
cli-arg-holder-request-text = Skriv begärans text (den börjar med CNR1:) på skärmen, för att skicka den som ett meddelande.
cli-arg-holder-receive-file = Intygsfilen som du fick, till exempel credential.cbor.
cli-arg-holder-present-select = Bekräftade poster att visa: deras id:n, eller de första 4 tecknen eller fler av varje.
cli-arg-holder-present-fields = Visa bara de här delarna av varje post, åtskilda med kommatecken, till exempel title,level. De andra förblir dolda. Delarna är: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Utan det här visas allt.
cli-arg-holder-present-self-declared = Poster att visa som bara sagda av dig, inte bekräftade av någon.
cli-arg-holder-present-stage = Vad du visar det för: recruitment, pre-departure, arrival, career eller return. Utan det här: recruitment.
cli-arg-holder-present-audience = Vem du visar det för, om de bad dig att ange det, till exempel namnet på en byrå.
cli-arg-holder-present-nonce = Koden som den som kontrollerar gav dig, om de gav en (tecknen 0-9 och a-f).
cli-arg-holder-present-print = Gör den för papper: koden tål repor och vikningar bättre och fungerar i 5 år i stället för 24 timmar.
cli-arg-holder-present-out = Bilden som ska skrivas: ett namn som slutar på .png eller .svg.
cli-arg-holder-present-text = Skriv också texten inuti QR-koden, för att skicka den som ett meddelande.
cli-arg-holder-export-id = Den bekräftade posten: dess id, eller de första 4 tecknen eller fler av det.
cli-arg-holder-export-format = Formatet som ska skrivas. Bara: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Skriv det som en underskriven token (VC-JWT) i stället för JSON med ett bevis.
cli-arg-holder-export-out = Filen som ska skrivas, till exempel badge.json eller badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] Den här begäran ber om att 1 post bekräftas.
       *[other] Den här begäran ber om att { $count } poster bekräftas.
    } Den som bekräftar ser de här delarna av varje:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Begäran skriven till { $path }.
holder-request-next = Ge filen till personen som bekräftar. När de ger dig tillbaka en intygsfil, skriv: carnet receive FILE
holder-receive-done = Sparat: bekräftat av { $issuer }, { $kind }, { $country }. Hur de kontrollerade: { $assessed }.
holder-validity-until = Utfärdat { $issued }. Giltigt till { $expires }.
holder-validity-open = Utfärdat { $issued }. Inget slutdatum.
holder-wallet-empty = Du har inga intyg än. För att be om ett, skriv: carnet request ID --out request.cbor
holder-wallet-damaged = Ett intyg som inte längre kan läsas. Be personen som gav det om ett nytt.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): utfärdat { $issued }, giltigt till { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): utfärdat { $issued }, inget slutdatum
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): utfärdat { $issued }, gick ut { $expires }
holder-present-nothing = Säg vad som ska visas: --select ID för bekräftade poster, --self-declared ID för andra.
holder-present-done = QR-kod skriven till { $path }: { $endorsed } bekräftade, { $declared } sagda av dig.
holder-present-size = Storlek: QR-version { $version }, nivå { $ec }, { $chars } tecken.
holder-present-expires = Den kan kontrolleras till { $when } ({ $hours } timmar).
holder-present-by-kid = För att det ska få plats anges utfärdarna med ett kort fingeravtryck. Den som kontrollerar ser vilka de är bara om deras lista över betrodda utfärdare har dem.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = en handledare
holder-issuer-kind-employer = en arbetsgivare
holder-issuer-kind-centre = ett center
holder-issuer-kind-college = en skola
holder-issuer-kind-colleague = en kollega (en person som arbetade med dig, inte en organisation)

## How they checked

holder-assessed-observation = de såg dig arbeta
holder-assessed-test = ett prov
holder-assessed-document = de kontrollerade ett dokument
holder-assessed-interview = en intervju

## Errors

error-holder-no-key = Den här loggboken har ingen nyckel för att skriva under intyg. Inget ändrades. Rapportera gärna det här problemet.
error-holder-write-file = Filen { $path } kunde inte skrivas: { $reason }. Kontrollera att mappen finns och att det finns ledigt utrymme, och försök sedan igen.
error-holder-entry-unfit = Posten "{ $title }" kan inte läggas i ett intyg: fältet { $field } är för långt eller har fel form. Ändra det med carnet edit och försök sedan igen.
error-holder-unknown-field = "{ $value }" är inte en del av en post som kan visas. Delarna är: { $known }.
error-holder-credential-no-entries = Intyget { $path } säger inte vilken av dina poster det bekräftar. Inget sparades. Be om ett nytt, gjort från en begäransfil: carnet request
error-holder-credential-entry-gone = Intyget { $path } bekräftar en post som inte längre finns i din loggbok ({ $id }). Inget sparades. Om du tog bort den på den här enheten, lägg till den från en kopia av loggboken och försök sedan igen.
error-holder-credential-damaged = Intyget för posten "{ $title }" kan inte längre läsas. Be personen som bekräftade den om ett nytt.
error-holder-not-endorsed = Posten "{ $title }" har inte bekräftats av någon än. Visa den med --self-declared, eller be om en bekräftelse: carnet request
error-holder-selected-twice = Posten "{ $title }" anges både med --select och med --self-declared. Ange den en gång.
error-holder-bad-stage = "{ $value }" är inte ett steg. Stegen är: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Mottagaren måste vara 1 till 100 tecken lång, på en rad.
error-holder-bad-nonce = "{ $value }" är inte en kod från den som kontrollerar: den måste ha 2 till 128 tecken 0-9 och a-f.
error-holder-bad-out = Bilden { $path } måste ha ett namn som slutar på .png eller .svg.
error-holder-no-vc = Bekräftelsen av "{ $title }" från { $issuer } gjordes innan Carnet kunde skriva den som ett W3C-intyg, och bara de kan skriva under ett sådant. Be dem bekräfta den igen: gör en ny begäran (carnet request ID --out request.cbor), ge den till dem och spara filen som de ger tillbaka (carnet receive FILE).
