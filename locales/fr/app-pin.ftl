# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Ouvrir avec un code PIN
app-pin-intro = Un code PIN est un nombre court qui ouvre votre carnet sur cet appareil seulement. Votre mot de passe marche toujours, et les autres appareils en ont toujours besoin.
app-pin-unavailable = Cet appareil n’a pas d’endroit sûr pour garder un code PIN. Ouvrez votre carnet avec votre mot de passe.
app-pin-on = Un code PIN ouvre votre carnet sur cet appareil.
app-pin-new = Nouveau code PIN (6 à 12 chiffres)
app-pin-again = Tapez de nouveau le code PIN
app-pin-set = Utiliser ce code PIN
app-pin-set-done = Votre code PIN est prêt. La prochaine fois, ouvrez votre carnet avec lui.
app-pin-remove = Ne plus utiliser de code PIN
app-pin-removed = Le code PIN est désactivé. Ouvrez votre carnet avec votre mot de passe.
app-pin-mismatch = Les deux codes PIN ne sont pas les mêmes. Tapez-les de nouveau.

## Unlock

app-pin = Code PIN
app-pin-unlock = Ouvrir avec mon code PIN
app-pin-use-passphrase = Utiliser plutôt mon mot de passe
app-pin-use-pin = Utiliser mon code PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = Un code PIN a 6 à 12 chiffres, et rien d’autre.
error-pin-wrong = Ce code PIN n’est pas bon. { $left ->
    [one] Encore { $left } essai, ensuite il faudra votre mot de passe.
   *[other] Encore { $left } essais, ensuite il faudra votre mot de passe.
}
error-pin-locked = Trop de codes PIN faux, donc le code PIN est désactivé. Ouvrez votre carnet avec votre mot de passe. Ensuite, vous pourrez faire un nouveau code PIN.
error-pin-none = Il n’y a pas de code PIN sur cet appareil. Ouvrez votre carnet avec votre mot de passe.
error-pin-keystore = Le coffre sécurisé de cet appareil n’a pas répondu, donc le code PIN ne peut pas servir pour l’instant. Ouvrez votre carnet avec votre mot de passe.
