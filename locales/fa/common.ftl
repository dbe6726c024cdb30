# Review status: machine-drafted, needs review by a native speaker.

## Identity

app-name = Carnet
app-tagline = گذرنامهٔ مهارت‌های شما، روی دستگاه خودتان
app-version = { app-name } { $version }

## Language picker

lang-name = فارسی
