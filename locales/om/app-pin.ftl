# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN tiin banaa
app-pin-intro = PIN lakkoofsa gabaabaa galmee keessan meeshaa kana qofa irratti banuudha. Jechi icciitii keessanii ammas ni hojjeta, meeshaaleen biroos ammas isa barbaadu.
app-pin-unavailable = Meeshaan kun bakka nagaa PIN itti kuusu hin qabu. Galmee keessan jecha icciitii keessaniin banaa.
app-pin-on = PIN galmee keessan meeshaa kana irratti bana.
app-pin-new = PIN haaraa (lakkoofsa 6 hanga 12)
app-pin-again = PIN irra deebitanii barreessaa
app-pin-set = PIN kana fayyadamaa
app-pin-set-done = PIN keessan qophaa'eera. Yeroo itti aanu, galmee keessan isaan banaa.
app-pin-remove = PIN fayyadamuu dhaabaa
app-pin-removed = PIN dhaabbateera. Galmee keessan jecha icciitii keessaniin banaa.
app-pin-mismatch = PIN lamaan tokko miti. Irra deebitanii barreessaa.

## Unlock

app-pin = PIN
app-pin-unlock = PIN kootiin bani
app-pin-use-passphrase = Bakka isaa jecha icciitii koo fayyadami
app-pin-use-pin = PIN koo fayyadami

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN lakkoofsa 6 hanga 12 qofa qaba, waan biraa hin qabu.
error-pin-wrong = PIN kun sirrii miti. { $left ->
    [one] Yaalii 1 dabalataa, achiis jecha icciitii keessanii isin barbaachisa.
   *[other] Yaalii { $left } dabalataa, achiis jecha icciitii keessanii isin barbaachisa.
}
error-pin-locked = PIN dogoggoraa baay'ee, kanaaf PIN dhaabbateera. Galmee keessan jecha icciitii keessaniin banaa. Achiis PIN haaraa uumuu ni dandeessu.
error-pin-none = Meeshaa kana irratti PIN hin jiru. Galmee keessan jecha icciitii keessaniin banaa.
error-pin-keystore = Kuusaan nagaa meeshaa kanaa deebii hin kennine, kanaaf PIN amma fayyadamuun hin danda'amu. Galmee keessan jecha icciitii keessaniin banaa.
