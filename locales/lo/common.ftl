# Review status: machine-drafted, needs review by a native speaker.
# Messages shared by every Carnet front end (CLI, app, printed documents).

## Identity

app-name = Carnet

app-tagline = ໜັງສືຜ່ານແດນທັກສະຂອງທ່ານ ຢູ່ໃນອຸປະກອນຂອງທ່ານເອງ

app-version = { app-name } { $version }

## Language picker

lang-name = ລາວ
