//! Validated scalar values: kinds, levels, dates, codes.

use std::fmt;
use std::str::FromStr;

/// Input a person typed that Carnet cannot store as given. Each case names
/// the field and the value so the message can say exactly what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("“{value}” is not a kind of entry; use skill, qualification, experience, language or learning")]
    Kind { value: String },
    #[error(
        "“{value}” is not a date; write a year (2019), a month (2019-05) or a day (2019-05-14)"
    )]
    Date { value: String },
    #[error("“{value}” is not a level for a {kind} entry; use {expected}")]
    Level {
        value: String,
        kind: &'static str,
        expected: &'static str,
    },
    #[error("“{value}” is not a country code; use two letters as in ISO 3166-1 (for example SY, DE, ER)")]
    Country { value: String },
    #[error("“{value}” is not a language tag; use a BCP 47 tag such as ar, fa-AF or en")]
    Language { value: String },
    #[error("“{value}” is not an ESCO address; it starts with http://data.europa.eu/esco/")]
    Esco { value: String },
    #[error("“{value}” is not an ISCO-08 code; use 1 to 4 digits, for example 7112")]
    Isco { value: String },
    #[error("“{value}” is not a proficiency; use basic, intermediate, advanced or expert")]
    Proficiency { value: String },
    #[error("“{value}” is not a learning context; use formal, non-formal or informal")]
    Context { value: String },
    #[error("“{value}” is not a migration stage; use recruitment, pre-departure, arrival, career or return")]
    Stage { value: String },
    #[error("“{value}” is not a field; use one of: {expected}")]
    Field {
        value: String,
        expected: &'static str,
    },
    #[error("the {field} must not be empty")]
    Empty { field: &'static str },
    #[error("the end date {to} is before the start date {from}")]
    DateOrder { from: String, to: String },
    #[error("the passphrase is too short; use at least {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("this is not a Carnet export file ({reason})")]
    ImportFormat { reason: String },
}

impl InputError {
    /// Stable code for the translated message.
    pub fn code(&self) -> &'static str {
        match self {
            InputError::Kind { .. } => "invalid-kind",
            InputError::Date { .. } => "invalid-date",
            InputError::Level { .. } => "invalid-level",
            InputError::Country { .. } => "invalid-country",
            InputError::Language { .. } => "invalid-language",
            InputError::Esco { .. } => "invalid-esco",
            InputError::Isco { .. } => "invalid-isco",
            InputError::Context { .. } => "invalid-context",
            InputError::Proficiency { .. } => "invalid-proficiency",
            InputError::Stage { .. } => "invalid-stage",
            InputError::Field { .. } => "invalid-field",
            InputError::Empty { .. } => "empty-field",
            InputError::DateOrder { .. } => "date-order",
            InputError::PassphraseTooShort { .. } => "passphrase-too-short",
            InputError::ImportFormat { .. } => "import-format",
        }
    }

    /// Named arguments for the translated message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            InputError::Level {
                value,
                kind,
                expected,
            } => vec![
                ("value", value.clone()),
                ("kind", kind.to_string()),
                ("expected", expected.to_string()),
            ],
            InputError::Field { value, expected } => {
                vec![("value", value.clone()), ("expected", expected.to_string())]
            }
            InputError::Kind { value }
            | InputError::Date { value }
            | InputError::Country { value }
            | InputError::Language { value }
            | InputError::Esco { value }
            | InputError::Isco { value }
            | InputError::Context { value }
            | InputError::Proficiency { value }
            | InputError::Stage { value } => vec![("value", value.clone())],
            InputError::Empty { field } => vec![("field", field.to_string())],
            InputError::DateOrder { from, to } => vec![("from", from.clone()), ("to", to.clone())],
            InputError::PassphraseTooShort { min } => vec![("min", min.to_string())],
            InputError::ImportFormat { reason } => vec![("reason", reason.clone())],
        }
    }
}

/// Declares a closed set of lowercase keywords that is stored as its text.
macro_rules! keyword_enum {
    ($(#[$m:meta])* $name:ident, $err:ident, { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The keyword stored in the document and typed on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = InputError;
            fn from_str(s: &str) -> Result<Self, InputError> {
                let lower = s.trim().to_ascii_lowercase();
                match lower.as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(InputError::$err { value: s.to_string() }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

keyword_enum!(
    /// What an entry records; each kind has its own level scale.
    Kind, Kind, {
        Skill => "skill",
        Qualification => "qualification",
        Experience => "experience",
        Language => "language",
        Learning => "learning",
    }
);

keyword_enum!(
    /// The stages of the migration cycle, used to pick what to show when.
    Stage, Stage, {
        Recruitment => "recruitment",
        PreDeparture => "pre-departure",
        Arrival => "arrival",
        Career => "career",
        Return => "return",
    }
);

keyword_enum!(
    /// How the learning happened (the EU's formal / non-formal / informal split).
    Context, Context, {
        Formal => "formal",
        NonFormal => "non-formal",
        Informal => "informal",
    }
);

keyword_enum!(
    /// Self-assessed proficiency for skills and work experience.
    Proficiency, Proficiency, {
        Basic => "basic",
        Intermediate => "intermediate",
        Advanced => "advanced",
        Expert => "expert",
    }
);

/// A level of the Common European Framework of Reference for Languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Cefr {
    pub const ALL: &'static [Cefr] = &[Cefr::A1, Cefr::A2, Cefr::B1, Cefr::B2, Cefr::C1, Cefr::C2];

    /// The level as written in the CEFR (upper case).
    pub fn as_str(self) -> &'static str {
        match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
        }
    }
}

impl FromStr for Cefr {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, InputError> {
        Cefr::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| InputError::Level {
                value: s.to_string(),
                kind: "language",
                expected: "A1, A2, B1, B2, C1 or C2",
            })
    }
}

impl Kind {
    /// Normalises a `--level` value for this kind: CEFR for languages, EQF
    /// 1–8 for qualifications and courses, proficiency for skills and work.
    pub fn normalize_level(self, value: &str) -> Result<String, InputError> {
        let bad = |expected| InputError::Level {
            value: value.to_string(),
            kind: self.as_str(),
            expected,
        };
        match self {
            Kind::Language => value
                .parse::<Cefr>()
                .map(|c| c.as_str().to_string())
                .map_err(|_| bad("A1, A2, B1, B2, C1 or C2")),
            Kind::Qualification | Kind::Learning => normalize_eqf(value)
                .map(|n| n.to_string())
                .ok_or_else(|| bad("an EQF level from 1 to 8")),
            Kind::Skill | Kind::Experience => value
                .parse::<Proficiency>()
                .map(|p| p.as_str().to_string())
                .map_err(|_| bad("basic, intermediate, advanced or expert")),
        }
    }
}

/// EQF levels run from 1 to 8; "EQF 4" and "4" are both accepted.
pub(crate) fn normalize_eqf(value: &str) -> Option<u8> {
    let v = value.trim();
    let v = v
        .strip_prefix("EQF")
        .or_else(|| v.strip_prefix("eqf"))
        .unwrap_or(v)
        .trim();
    match v.parse::<u8>() {
        Ok(n @ 1..=8) => Some(n),
        _ => None,
    }
}

/// A date with only the precision the person knows: a year, a month or a day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate(String);

impl PartialDate {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for PartialDate {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, InputError> {
        let err = || InputError::Date {
            value: s.to_string(),
        };
        let t = s.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let num = |p: &str, len: usize| -> Option<u32> {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let year = parts.first().and_then(|p| num(p, 4)).ok_or_else(err)?;
        if !(1900..=2200).contains(&year) {
            return Err(err());
        }
        if let Some(m) = parts.get(1) {
            let month = num(m, 2).filter(|m| (1..=12).contains(m)).ok_or_else(err)?;
            if let Some(d) = parts.get(2) {
                let day = num(d, 2).ok_or_else(err)?;
                if day == 0 || day > days_in_month(year, month) {
                    return Err(err());
                }
            }
        }
        if parts.len() > 3 {
            return Err(err());
        }
        Ok(PartialDate(t.to_string()))
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// ISO 3166-1 alpha-2 codes in use, so a typo is caught at once.
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// Returns the upper-case ISO 3166-1 alpha-2 code (XK, Kosovo, included).
pub fn validate_country(value: &str) -> Result<String, InputError> {
    let up = value.trim().to_ascii_uppercase();
    if up.len() == 2 && COUNTRIES.split(' ').any(|c| c == up) {
        Ok(up)
    } else {
        Err(InputError::Country {
            value: value.to_string(),
        })
    }
}

/// Returns the canonical form of a BCP 47 language tag.
pub fn validate_language_tag(value: &str) -> Result<String, InputError> {
    let err = || InputError::Language {
        value: value.to_string(),
    };
    let t = value.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("und") {
        return Err(err());
    }
    t.parse::<unic_langid::LanguageIdentifier>()
        .map(|l| l.to_string())
        .map_err(|_| err())
}

/// ESCO concept URIs: skills, occupations and qualifications.
pub fn validate_esco_uri(value: &str) -> Result<String, InputError> {
    let t = value.trim();
    let rest = t.strip_prefix("http://data.europa.eu/esco/");
    let ok = rest.is_some_and(|r| {
        let mut it = r.splitn(2, '/');
        let class = it.next().unwrap_or_default();
        let id = it.next().unwrap_or_default();
        ["skill", "occupation", "qualification", "isco"].contains(&class)
            && !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_')
    });
    if ok {
        Ok(t.to_string())
    } else {
        Err(InputError::Esco {
            value: value.to_string(),
        })
    }
}

/// ISCO-08 codes are 1 (major group) to 4 (unit group) digits.
pub fn validate_isco(value: &str) -> Result<String, InputError> {
    let t = value.trim();
    if (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()) {
        Ok(t.to_string())
    } else {
        Err(InputError::Isco {
            value: value.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_accept_the_precision_a_person_knows() {
        for ok in ["2019", "2019-05", "2019-05-14", "2020-02-29", " 2001-12 "] {
            assert!(ok.parse::<PartialDate>().is_ok(), "{ok}");
        }
        for bad in [
            "19",
            "2019-5",
            "2019-13",
            "2019-02-29",
            "2019-05-14-1",
            "may 2019",
            "",
            "0000",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn levels_follow_the_kind() {
        assert_eq!(Kind::Language.normalize_level("b2").as_deref(), Ok("B2"));
        assert_eq!(
            Kind::Qualification.normalize_level("EQF 4").as_deref(),
            Ok("4")
        );
        assert_eq!(
            Kind::Skill.normalize_level("Expert").as_deref(),
            Ok("expert")
        );
        assert!(Kind::Qualification.normalize_level("9").is_err());
        assert!(Kind::Language.normalize_level("expert").is_err());
        assert!(Kind::Skill.normalize_level("B2").is_err());
    }

    #[test]
    fn codes_are_checked() {
        assert_eq!(validate_country("sy").as_deref(), Ok("SY"));
        assert!(validate_country("XX").is_err());
        assert_eq!(validate_language_tag("fa-af").as_deref(), Ok("fa-AF"));
        assert!(validate_language_tag("not a tag").is_err());
        assert!(validate_isco("71125").is_err());
        assert!(validate_esco_uri("http://data.europa.eu/esco/skill/0a0b").is_ok());
        assert!(validate_esco_uri("https://example.org/skill/1").is_err());
        assert_eq!("Non-Formal".parse::<Context>(), Ok(Context::NonFormal));
        assert!("somewhere".parse::<Stage>().is_err());
    }
}
