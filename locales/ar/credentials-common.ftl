# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library, shared by every credential command.
# $what and $expected only choose the sentence; they are never shown.

## Files and texts

error-credential-malformed = { $what ->
        [request] هذا الطلب تالف، أو ليس طلبًا من Carnet. اطلبه مرة أخرى.
        [credential] ملف التصديق هذا تالف، أو ليس تصديقًا من Carnet. اطلب من الشخص الذي أكّد بنودك أن يرسله مرة أخرى.
       *[other] هذا تالف، أو ليس ملفًا من Carnet.
    }
error-credential-wrong-file = { $expected ->
        [request] هذا ليس طلبًا من Carnet: إنه نوع آخر من ملفات Carnet. يُصنع الطلب بالأمر carnet request.
        [credential] هذا ليس تصديقًا من Carnet: إنه نوع آخر من ملفات Carnet. تأكد أنك اخترت الملف الذي أعطاك إياه الشخص الذي أكّد بنودك.
       *[other] هذا نوع آخر من ملفات Carnet. تأكد أنك اخترت الملف الصحيح.
    }
error-credential-newer-version = { $what ->
        [request] صُنع هذا الطلب بنسخة أحدث من Carnet.
        [credential] صُنع هذا التصديق بنسخة أحدث من Carnet.
        [text] صُنع هذا الرمز بنسخة أحدث من Carnet.
       *[other] صُنع هذا بنسخة أحدث من Carnet.
    } حدّث Carnet، ثم حاول مرة أخرى.
error-credential-invalid-field = لا يمكن استعمال قيمة ({ $field }): هي طويلة جدًا أو ليست بالشكل الصحيح. لم يُكتب شيء.
error-credential-entry-count = الطلب يحتوي من 1 إلى { $max } بنود، وليس { $found }. لتأكيد المزيد، اصنع طلبين.
error-credential-invalid-key = هذا ليس مفتاحًا عامًا صالحًا. تأكد أنه نُسخ كاملًا.
error-credential-bad-signature = التوقيع على هذا التصديق غير مطابق: تم تغييره أو تلف بعد توقيعه. لم يُحفظ شيء. اطلب الملف مرة أخرى.
error-credential-not-yours = صُنع هذا التصديق لسجل شخص آخر، لا لسجلّك. لم يُحفظ شيء. تأكد أنك استلمت ملفك أنت.
error-credential-no-such-entry = لا يوجد بند رقم { $index } في هذا التصديق.
error-credential-duplicate-entry = البند { $index } مختار مرتين.
error-credential-wrong-prefix = هذا النص ليس رمزًا من Carnet: لا يبدأ بـ CN1: (مهارات للفحص) أو CNR1: (طلب تأكيد).
error-credential-base45 = في النص حروف لا يمكن أن تكون في رمز Carnet. ربما هو مقطوع أو فيه خطأ في الكتابة.
error-credential-zlib = الرمز مقطوع أو تالف.
error-credential-too-large = الرمز أكبر بكثير من أن يكون رمزًا من Carnet.

## QR codes

error-qr-not-alphanumeric = في النص حروف لا يستطيع رمز QR الخاص بـ Carnet حملها. هذا خطأ في Carnet؛ أبلغ عنه من فضلك.
error-qr-too-large = هذا كثير على رمز QR واحد: عدد الحروف { $chars }، ورمز QR الذي تقرؤه الهواتف جيدًا (النسخة { $version }، المستوى { $ec }) يحمل { $capacity } فقط. لم يُكتب شيء. { $what ->
        [request] اطلب بنودًا أقل في كل مرة، أو اكتب الطلب في ملف ينتهي بـ .cbor بدلًا من ذلك.
       *[other] اختر بنودًا أقل، أو أظهر أجزاء أقل بـ --fields.
    }
error-qr-bad-version = حجم رمز QR هذا غير موجود.
error-qr-bad-module-size = حجم النقطة هذا غير ممكن.
error-qr-not-an-image = الملف ليس صورة يستطيع Carnet قراءتها. استعمل PNG أو JPEG أو WebP.
error-qr-image-too-large = الصورة كبيرة جدًا ({ $width } × { $height } بكسل). صغّرها وحاول مرة أخرى.
error-qr-not-found = لم يمكن قراءة رمز QR في الصورة. التقط صورة أوضح وأقرب، والرمز كله فيها.
error-qr-render-failed = لم يمكن صنع صورة رمز QR. هذا خطأ في Carnet؛ أبلغ عنه من فضلك.
