# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = სტანდარტული სახელის პოვნა (ESCO)
app-esco-find-hint = შეიყვანეთ რამდენიმე ასო, მაგალითად „შედუღ“
app-esco-why = სხვა ქვეყნების დამსაქმებლები ამ სახელებს იცნობენ. აირჩიეთ ის, რაც ყველაზე ახლოსაა თქვენს საქმესთან.
app-esco-none = სტანდარტული სახელი ვერ მოიძებნა. სცადეთ სხვა სიტყვები ან უფრო მოკლე სიტყვა.
app-esco-english = ინგლისურად: { $english }
app-esco-linked = სტანდარტული სახელი
app-esco-unlink = მოხსნა
app-esco-choose = არჩევა
app-esco-searching = ვეძებთ…
app-esco-kind-skill = უნარი
app-esco-kind-occupation = სამუშაო

## Comparing with a job

app-match = სამუშაო ჩემთვის
app-match-title = სამუშაო ჩემთვის
app-match-intro = აირჩიეთ სამუშაო, რომ ნახოთ, მისი რომელი უნარები ჩანს თქვენს ჟურნალში და რომელი აკლია.
app-match-find = სამუშაოს პოვნა
app-match-chosen = თქვენ მიერ არჩეული სამუშაო
app-match-find-hint = მაგალითად „მზარეული“ ან „შემდუღებელი“
app-match-fit = ჩემს ჟურნალს შესაფერისი სამუშაოები
app-match-fit-none = თქვენს ჩანაწერებს ჯერ სტანდარტული სახელი არ აქვს. ჯერ დაამატეთ ჩანაწერს: შეცვლა, შემდეგ „სტანდარტული სახელის პოვნა“.
app-match-fit-line = { $covered } / { $total } მთავარი უნარიდან ({ $percent }%)
app-match-summary = { $total ->
    [0] ამ სამუშაოს ESCO-ში მთავარი უნარები არ აქვს.
   *[other] თქვენი ჟურნალი აჩვენებს მისი { $total } მთავარი უნარიდან { $covered }-ს.
}
app-match-essential = მთავარი უნარები
app-match-optional = სხვა სასარგებლო უნარები
app-match-endorsed = ხელმოწერილი
app-match-self-declared = თქვენი სიტყვით
app-match-missing = აკლია
app-match-maybe = ეს თქვენი ჩანაწერია „{ $title }“?
app-match-link = დიახ, დავაკავშიროთ
app-match-other-job = სხვა სამუშაო

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = არჩევა ამ ეტაპისთვის
app-stage-template-hint = Carnet მონიშნავს იმას, რაც ამ ეტაპზე მნიშვნელოვანია. შეგიძლიათ შეცვალოთ.
app-stage-target = სამუშაო, რომელზეც განაცხადს აკეთებთ (შეგიძლიათ გამოტოვოთ)
