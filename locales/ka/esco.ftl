# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = ეს სერვისი იყენებს ევროკომისიის ESCO კლასიფიკაციას.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, ადაპტირებული: ნაწილი გარდაქმნილია ინტერნეტის გარეშე გამოსაყენებლად.

## Help

cli-cmd-esco = უნარებისა და პროფესიების ძებნა ESCO-ში, უნარებისა და პროფესიების ევროპულ სიაში, ინტერნეტის გარეშე.
cli-cmd-esco-search = ESCO-ს უნარებისა და პროფესიების პოვნა სახელებით, თქვენს ენაზე ან ინგლისურად. მცირე შეცდომები აკრეფისას დასაშვებია.
cli-cmd-match = ჟურნალის შედარება პროფესიასთან: მისი რომელი უნარები გაქვთ და რომელი ჯერ არა.
cli-arg-esco-text = საძიებო სიტყვები, მაგალითად "welding" ან "carpenter".
cli-arg-esco-kind = მხოლოდ skill (უნარი) ან მხოლოდ occupation (პროფესია).
cli-arg-esco-limit = მაქსიმუმ რამდენი შედეგი აჩვენოს. ნაგულისხმევად 10.
cli-arg-esco-taxonomy = ESCO მონაცემთა ფაილი, რომელიც Carnet-თან მოსულის ნაცვლად გამოიყენება.
cli-arg-match-occupation = ESCO პროფესია: მისი მისამართი (http://data.europa.eu/esco/occupation/…) ან კოდი მის ბოლოს.
cli-arg-match-rank = ამის ნაცვლად აჩვენეთ 10 პროფესია, რომელთა ძირითად უნარებს თქვენი ჟურნალი ყველაზე კარგად ფარავს.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = აჩვენეთ, თქვენი რომელი ჩანაწერებია მნიშვნელოვანი გზის ერთ ეტაპზე და რატომ. recruitment-ისთვის შეგიძლიათ მიუთითოთ სამუშაო, რომელზეც განაცხადს აკეთებთ.
cli-arg-stage-view-stage = ეტაპი: recruitment, pre-departure, arrival, career ან return.
cli-arg-stage-view-occupation = recruitment-ისთვის: სამუშაო, რომელზეც განაცხადს აკეთებთ, მისი ESCO მისამართით (http://data.europa.eu/esco/occupation/…) ან კოდით მის ბოლოს.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = უნარი
esco-kind-occupation = პროფესია
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = „{ $text }“-ს არცერთი ESCO უნარი ან პროფესია არ შეესაბამება.
esco-match-summary = { $total ->
    [0] ამ პროფესიას ESCO-ში ძირითადი უნარები არ აქვს.
   *[other] თქვენი ჟურნალი ფარავს მისი { $total } ძირითადი უნარიდან { $covered }-ს.
}
esco-match-essential = ძირითადი უნარები:
esco-match-optional = დამატებითი უნარები:
esco-coverage-endorsed = დადასტურებული
esco-coverage-self-declared = თქვენი სიტყვით
esco-coverage-missing = აკლია
esco-match-maybe = იქნებ თქვენი ჩანაწერი „{ $title }“ ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = თქვენს ჩანაწერებს ჯერ ESCO უნარი არ აქვს. დაამატეთ carnet add skill --title … --esco ADDRESS-ით (მისამართი იპოვეთ carnet esco search-ით).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] ეტაპისთვის „{ $stage }“ ეს ჩანაწერია მნიშვნელოვანი:
   *[other] ეტაპისთვის „{ $stage }“ ეს { $count } ჩანაწერია მნიშვნელოვანი:
}
stage-view-none = თქვენი ჩანაწერებიდან ჯერ არცერთი არ არის მნიშვნელოვანი ეტაპისთვის „{ $stage }“. მონიშნეთ ჩანაწერები ამ ეტაპით: carnet edit ID --set stages={ $stage }
stage-view-present = QR კოდით საჩვენებლად: { $command }
stage-why-target-essential = ამ სამუშაოს მთავარი უნარი
stage-why-target-optional = სასარგებლოა ამ სამუშაოსთვის
stage-why-target-maybe = შესაძლოა ემთხვევა ამ სამუშაოს უნარს
stage-why-marked = თქვენ მონიშნეთ ამ ეტაპისთვის
stage-why-abroad = ნასწავლი ან გაკეთებული საზღვარგარეთ
stage-why-endorsed = ხელმოწერილი
stage-why-qualification = დიპლომი ან სერტიფიკატი
stage-why-language = ენა
stage-why-experience = თქვენ მიერ შესრულებული სამუშაო
stage-why-learning = კურსი
stage-why-skill = უნარი
