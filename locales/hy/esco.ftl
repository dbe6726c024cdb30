# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Այս ծառայությունն օգտագործում է Եվրոպական հանձնաժողովի ESCO դասակարգումը։
esco-attribution-version = { esco-attribution } ESCO v{ $version }, հարմարեցված․ մի մասը փոխակերպված է առանց ինտերնետի օգտագործման համար։

## Help

cli-cmd-esco = Որոնել հմտություններ և մասնագիտություններ ESCO-ում՝ հմտությունների և մասնագիտությունների եվրոպական ցուցակում, առանց ինտերնետի։
cli-cmd-esco-search = Գտնել ESCO հմտություններ և մասնագիտություններ ըստ անունների՝ ձեր լեզվով կամ անգլերենով։ Մուտքագրման փոքր սխալները ներվում են։
cli-cmd-match = Համեմատել ձեր մատյանը մասնագիտության հետ․ դրա որ հմտություններն ունեք, և որոնք դեռ չունեք։
cli-arg-esco-text = Որոնվող բառերը, օրինակ՝ "welding" կամ "carpenter"։
cli-arg-esco-kind = Միայն skill (հմտություն) կամ միայն occupation (մասնագիտություն)։
cli-arg-esco-limit = Առավելագույնը քանի արդյունք ցույց տալ։ Լռելյայն՝ 10։
cli-arg-esco-taxonomy = ESCO տվյալների ֆայլը, որը օգտագործվում է Carnet-ի հետ եկածի փոխարեն։
cli-arg-match-occupation = ESCO մասնագիտությունը՝ դրա հասցեն (http://data.europa.eu/esco/occupation/…) կամ դրա վերջի կոդը։
cli-arg-match-rank = Փոխարենը ցույց տալ այն 10 մասնագիտությունները, որոնց հիմնական հմտությունները ձեր մատյանը լավագույնս է ծածկում։
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Ցույց տալ, թե ձեր որ գրառումներն են կարևոր ձեր ճանապարհի մեկ փուլում և ինչու։ recruitment-ի համար կարող եք նշել աշխատանքը, որին դիմում եք։
cli-arg-stage-view-stage = Փուլը՝ recruitment, pre-departure, arrival, career կամ return։
cli-arg-stage-view-occupation = recruitment-ի համար՝ աշխատանքը, որին դիմում եք, որպես դրա ESCO հասցե (http://data.europa.eu/esco/occupation/…) կամ դրա վերջի կոդը։
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = հմտություն
esco-kind-occupation = մասնագիտություն
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = Ոչ մի ESCO հմտություն կամ մասնագիտություն չի համապատասխանում «{ $text }»-ին։
esco-match-summary = { $total ->
    [0] Այս մասնագիտությունը ESCO-ում հիմնական հմտություններ չունի։
   *[other] Ձեր մատյանը ծածկում է դրա { $total } հիմնական հմտություններից { $covered }-ը։
}
esco-match-essential = Հիմնական հմտություններ:
esco-match-optional = Լրացուցիչ հմտություններ:
esco-coverage-endorsed = հաստատված
esco-coverage-self-declared = ձեր խոսքով
esco-coverage-missing = պակասում է
esco-match-maybe = գուցե ձեր «{ $title }» գրառո՞ւմը ({ $id })
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Ձեր գրառումներից ոչ մեկը դեռ ESCO հմտություն չունի։ Ավելացրեք այն carnet add skill --title … --esco ADDRESS-ով (հասցեն գտեք carnet esco search-ով)։

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] «{ $stage }» փուլի համար կարևոր է այս գրառումը:
   *[other] «{ $stage }» փուլի համար կարևոր են այս { $count } գրառումները:
}
stage-view-none = Ձեր գրառումներից ոչ մեկը դեռ կարևոր չէ «{ $stage }» փուլի համար։ Նշեք գրառումները այս փուլով՝ carnet edit ID --set stages={ $stage }
stage-view-present = Դրանք QR կոդով ցույց տալու համար՝ { $command }
stage-why-target-essential = այս աշխատանքի հիմնական հմտություն
stage-why-target-optional = օգտակար է այս աշխատանքի համար
stage-why-target-maybe = կարող է համապատասխանել այս աշխատանքի հմտությանը
stage-why-marked = դուք նշել եք այն այս փուլի համար
stage-why-abroad = սովորել կամ արել եք արտասահմանում
stage-why-endorsed = ստորագրված
stage-why-qualification = դիպլոմ կամ վկայական
stage-why-language = լեզու
stage-why-experience = ձեր կատարած աշխատանք
stage-why-learning = դասընթաց
stage-why-skill = հմտություն
