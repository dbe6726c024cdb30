# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Բացել PIN-ով
app-pin-intro = PIN-ը կարճ թիվ է, որը բացում է ձեր մատյանը միայն այս սարքում։ Ձեր գաղտնաբառը դեռ աշխատում է, և մյուս սարքերին այն դեռ պետք է։
app-pin-unavailable = Այս սարքը PIN պահելու ապահով տեղ չունի։ Բացեք ձեր մատյանը գաղտնաբառով։
app-pin-on = PIN-ը բացում է ձեր մատյանը այս սարքում։
app-pin-new = Նոր PIN (6-ից 12 թվանշան)
app-pin-again = Մուտքագրեք PIN-ը կրկին
app-pin-set = Օգտագործել այս PIN-ը
app-pin-set-done = Ձեր PIN-ը պատրաստ է։ Հաջորդ անգամ բացեք մատյանը դրանով։
app-pin-remove = Դադարեցնել PIN-ի օգտագործումը
app-pin-removed = PIN-ն անջատված է։ Բացեք ձեր մատյանը գաղտնաբառով։
app-pin-mismatch = Երկու PIN-երը նույնը չեն։ Մուտքագրեք կրկին։

## Unlock

app-pin = PIN
app-pin-unlock = Բացել իմ PIN-ով
app-pin-use-passphrase = Փոխարենը օգտագործել գաղտնաբառս
app-pin-use-pin = Օգտագործել իմ PIN-ը

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN-ը ունի 6-ից 12 թվանշան և ուրիշ ոչինչ։
error-pin-wrong = Այս PIN-ը ճիշտ չէ։ { $left ->
    [one] Մնաց ևս 1 փորձ, հետո ձեզ պետք կլինի գաղտնաբառը։
   *[other] Մնաց ևս { $left } փորձ, հետո ձեզ պետք կլինի գաղտնաբառը։
}
error-pin-locked = Չափազանց շատ սխալ PIN-եր, ուստի PIN-ն անջատվեց։ Բացեք ձեր մատյանը գաղտնաբառով։ Հետո կարող եք նոր PIN ստեղծել։
error-pin-none = Այս սարքում PIN չկա։ Բացեք ձեր մատյանը գաղտնաբառով։
error-pin-keystore = Այս սարքի ապահով պահոցը չպատասխանեց, ուստի PIN-ը հիմա հնարավոր չէ օգտագործել։ Բացեք ձեր մատյանը գաղտնաբառով։
