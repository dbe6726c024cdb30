# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] ይህ ጥያቄ ተበላሽቷል፣ ወይም የCarnet ጥያቄ አይደለም። እንደገና ይጠይቁት።
        [credential] ይህ የማረጋገጫ ፋይል ተበላሽቷል፣ ወይም የCarnet ማረጋገጫ አይደለም። ግቤቶችዎን ያረጋገጠውን ሰው እንደገና እንዲልክልዎ ይጠይቁ።
       *[other] ይህ ተበላሽቷል፣ ወይም የCarnet ፋይል አይደለም።
    }
error-credential-wrong-file = { $expected ->
        [request] ይህ የCarnet ጥያቄ አይደለም፤ ሌላ ዓይነት የCarnet ፋይል ነው። ጥያቄ የሚሠራው በ carnet request ነው።
        [credential] ይህ የCarnet ማረጋገጫ አይደለም፤ ሌላ ዓይነት የCarnet ፋይል ነው። ግቤቶችዎን ያረጋገጠው ሰው የሰጠዎትን ፋይል መምረጥዎን ያረጋግጡ።
       *[other] ይህ ሌላ ዓይነት የCarnet ፋይል ነው። ትክክለኛውን ፋይል መምረጥዎን ያረጋግጡ።
    }
error-credential-newer-version = { $what ->
        [request] ይህ ጥያቄ በአዲስ Carnet ተሠርቷል።
        [credential] ይህ ማረጋገጫ በአዲስ Carnet ተሠርቷል።
        [text] ይህ ኮድ በአዲስ Carnet ተሠርቷል።
       *[other] ይህ በአዲስ Carnet ተሠርቷል።
    } Carnetን ያዘምኑ፣ ከዚያ እንደገና ይሞክሩ።
error-credential-invalid-field = አንድ እሴት መጠቀም አይቻልም ({ $field })፤ በጣም ረጅም ነው ወይም በትክክለኛው መልክ አይደለም። ምንም አልተጻፈም።
error-credential-entry-count = አንድ ጥያቄ ከ1 እስከ { $max } ግቤቶችን ይይዛል፣ { $found } አይደለም። ተጨማሪ ለማረጋገጥ ሁለት ጥያቄዎችን ይስሩ።
error-credential-invalid-key = ይህ ትክክለኛ የሕዝብ ቁልፍ አይደለም። ሙሉ በሙሉ መገልበጡን ያረጋግጡ።
error-credential-bad-signature = በዚህ ማረጋገጫ ላይ ያለው ፊርማ አይዛመድም፤ ከተፈረመ በኋላ ተቀይሯል ወይም ተበላሽቷል። ምንም አልተቀመጠም። ፋይሉን እንደገና ይጠይቁ።
error-credential-not-yours = ይህ ማረጋገጫ የተሠራው ለሌላ ሰው መዝገብ ነው፣ ለእርስዎ አይደለም። ምንም አልተቀመጠም። የራስዎን ፋይል መቀበልዎን ያረጋግጡ።
error-credential-no-such-entry = በዚህ ማረጋገጫ ውስጥ ግቤት { $index } የለም።
error-credential-duplicate-entry = ግቤት { $index } ሁለት ጊዜ ተመርጧል።
error-credential-wrong-prefix = ይህ ጽሑፍ የCarnet ኮድ አይደለም፤ በ CN1: (የሚረጋገጡ ክህሎቶች) ወይም በ CNR1: (የማረጋገጫ ጥያቄ) አይጀምርም።
error-credential-base45 = ጽሑፉ የCarnet ኮድ ሊይዛቸው የማይችላቸው ፊደላት አሉት። ተቆርጦ ወይም በስህተት ተጽፎ ሊሆን ይችላል።
error-credential-zlib = ኮዱ ተቆርጧል ወይም ተበላሽቷል።
error-credential-too-large = ኮዱ የCarnet ኮድ ለመሆን በጣም ትልቅ ነው።

## QR codes

error-qr-not-alphanumeric = ጽሑፉ የCarnet QR ኮድ ሊይዛቸው የማይችላቸው ፊደላት አሉት። ይህ የCarnet ስህተት ነው፤ እባክዎ ያሳውቁ።
error-qr-too-large = ይህ ለአንድ QR ኮድ በጣም ብዙ ነው፦ { $chars } ፊደላት፣ ስልኮች በደንብ የሚያነቡት QR ኮድ (ስሪት { $version }፣ ደረጃ { $ec }) ግን { $capacity } ይይዛል። ምንም አልተጻፈም። { $what ->
        [request] በአንድ ጊዜ ያነሱ ግቤቶችን ይጠይቁ፣ ወይም ጥያቄውን በ .cbor በሚያልቅ ፋይል ይጻፉ።
       *[other] ያነሱ ግቤቶችን ይምረጡ፣ ወይም በ --fields ያነሱ ክፍሎችን ያሳዩ።
    }
error-qr-bad-version = ያ የQR ኮድ መጠን የለም።
error-qr-bad-module-size = ያ የነጥብ መጠን አይቻልም።
error-qr-not-an-image = ፋይሉ Carnet ሊያነበው የሚችል ሥዕል አይደለም። PNG, JPEG ወይም WebP ይጠቀሙ።
error-qr-image-too-large = ሥዕሉ በጣም ትልቅ ነው ({ $width } × { $height } ፒክሰል)። ያሳንሱት እና እንደገና ይሞክሩ።
error-qr-not-found = በሥዕሉ ውስጥ ምንም QR ኮድ ሊነበብ አልቻለም። ሙሉ ኮዱ ያለበት፣ ጥርት ያለ እና ቀረብ ያለ ፎቶ ያንሱ።
error-qr-render-failed = የQR ሥዕሉ ሊሠራ አልቻለም። ይህ የCarnet ስህተት ነው፤ እባክዎ ያሳውቁ።
