//! The claims of one entry: the selectively disclosable fields, their ids
//! and their CBOR values (docs/credential-format.md §3).
//!
//! Values are small integers and short texts rather than strings like
//! "skill" because every byte counts in a QR code.

use ciborium::value::Value;
use serde::Serialize;
use uuid::Uuid;

use crate::cbor::{as_bytes, as_i64, as_text, as_u64, int, uint};
use crate::error::{Error, Result};

macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal => $text:literal,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vm])* $variant,)+ }

        impl $name {
            /// Every value, in code order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The wire code.
            pub fn code(self) -> u8 {
                match self { $($name::$variant => $code),+ }
            }

            /// From the wire code.
            pub fn from_code(code: u64) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// Stable keyword (CLI arguments, JSON, Fluent selectors).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// From the keyword.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

code_enum!(
    /// What an entry records (field 1).
    EntryKind {
        /// A skill.
        Skill = 0 => "skill",
        /// A qualification.
        Qualification = 1 => "qualification",
        /// Work experience.
        Experience = 2 => "experience",
        /// A language.
        Language = 3 => "language",
        /// A course or other learning.
        Learning = 4 => "learning",
    }
);

code_enum!(
    /// Which ESCO pillar a concept belongs to (field 3).
    ConceptKind {
        /// ESCO skill or competence.
        Skill = 0 => "skill",
        /// ESCO occupation.
        Occupation = 1 => "occupation",
        /// ESCO qualification.
        Qualification = 2 => "qualification",
    }
);

code_enum!(
    /// How the learning happened (field 9).
    LearningContext {
        /// Formal education.
        Formal = 0 => "formal",
        /// Non-formal learning.
        NonFormal = 1 => "non-formal",
        /// Informal learning.
        Informal = 2 => "informal",
    }
);

code_enum!(
    /// Who the issuer is; verifiers see it plainly, so a colleague's
    /// endorsement never passes for a college's.
    IssuerKind {
        /// A trainer.
        Trainer = 0 => "trainer",
        /// An employer.
        Employer = 1 => "employer",
        /// A drop-in or migrant resource centre.
        Centre = 2 => "centre",
        /// A TVET college.
        College = 3 => "college",
        /// A colleague or peer who worked beside the holder.
        Colleague = 4 => "colleague",
    }
);

code_enum!(
    /// How the issuer assessed the entry.
    AssessedBy {
        /// Watched the holder work.
        Observation = 0 => "observation",
        /// A test.
        Test = 1 => "test",
        /// Checked a document.
        Document = 2 => "document",
        /// An interview.
        Interview = 3 => "interview",
    }
);

code_enum!(
    /// The migration-cycle stage a presentation is made for.
    Stage {
        /// Recruitment.
        Recruitment = 0 => "recruitment",
        /// Before departure.
        PreDeparture = 1 => "pre-departure",
        /// On arrival.
        Arrival = 2 => "arrival",
        /// Career development.
        Career = 3 => "career",
        /// Return.
        Return = 4 => "return",
    }
);

code_enum!(
    /// The selectively disclosable fields, by wire id.
    FieldId {
        /// 1: entry kind (uint).
        Kind = 1 => "kind",
        /// 2: title (text).
        Title = 2 => "title",
        /// 3: ESCO concept ([kind uint, uuid bstr 16]).
        Esco = 3 => "esco",
        /// 4: the holder's entry id (bstr 16).
        EntryId = 4 => "entry-id",
        /// 5: level (text).
        Level = 5 => "level",
        /// 6: from date (text).
        From = 6 => "from",
        /// 7: to date (text).
        To = 7 => "to",
        /// 8: country (ISO 3166-1 alpha-2 text).
        Country = 8 => "country",
        /// 9: learning context (uint).
        Context = 9 => "context",
        /// 10: evidence hash (bstr 32, SHA-256).
        Evidence = 10 => "evidence",
        /// 11: EQF level (uint 1–8).
        Eqf = 11 => "eqf",
    }
);

/// An ESCO concept: its pillar and its UUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EscoConcept {
    /// Skill, occupation or qualification.
    pub kind: ConceptKind,
    /// The concept's UUID (the last segment of its ESCO URI).
    pub id: Uuid,
}

/// The claims of one entry. Every field is optional; an issuer signs the
/// fields present, and the holder may later hide any of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Claims {
    /// 1: entry kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<EntryKind>,
    /// 2: title, 1–200 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 3: ESCO concept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub esco: Option<EscoConcept>,
    /// 4: the holder's entry id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry_id: Option<Uuid>,
    /// 5: level, 1–32 characters (a [`LEVEL_KEYWORDS`] entry is sent as
    /// its code).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// 6: from, a partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (sent
    /// as an integer, see [`encode_date`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// 7: to, same form as `from`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// 8: country, ISO 3166-1 alpha-2 in capitals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// 9: learning context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<LearningContext>,
    /// 10: SHA-256 of the evidence (a photo, a certificate scan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<[u8; 32]>,
    /// 11: EQF level, 1–8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eqf: Option<u8>,
}

fn bad(field: FieldId, detail: impl Into<String>) -> Error {
    Error::InvalidField {
        field: field.as_str(),
        detail: detail.into(),
    }
}

fn check_text(field: FieldId, text: &str, max: usize) -> Result<()> {
    let n = text.chars().count();
    if n == 0 || n > max {
        return Err(bad(field, format!("must be 1 to {max} characters")));
    }
    if text.chars().any(char::is_control) {
        return Err(bad(field, "must not contain control characters"));
    }
    Ok(())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
fn check_date(field: FieldId, text: &str) -> Result<()> {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);
    let ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&num(m)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && (1..=12).contains(&num(m))
                && (1..=31).contains(&num(d))
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(bad(field, "must be YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

/// Levels sent as one-byte codes (their index here) instead of text:
/// Carnet's proficiency keywords and the CEFR levels. Any other level is
/// sent as text.
pub const LEVEL_KEYWORDS: &[&str] = &[
    "basic",
    "intermediate",
    "advanced",
    "expert",
    "A1",
    "A2",
    "B1",
    "B2",
    "C1",
    "C2",
];

/// A partial date as one integer: `(year − 1950) × 512 + month × 32 + day`,
/// month and day 0 when absent. Three CBOR bytes for 1950–2077 against
/// eight for the text `2021-03`; ten skills carry twenty dates.
pub fn encode_date(text: &str) -> Option<i64> {
    check_date(FieldId::From, text).ok()?;
    let mut parts = text.split('-').map(|p| p.parse::<i64>().unwrap_or(0));
    let year = parts.next()?;
    let month = parts.next().unwrap_or(0);
    let day = parts.next().unwrap_or(0);
    Some((year - 1950) * 512 + month * 32 + day)
}

/// The inverse of [`encode_date`]; `None` for an impossible value.
pub fn decode_date(n: i64) -> Option<String> {
    let year = n.div_euclid(512) + 1950;
    let rest = n.rem_euclid(512);
    let (month, day) = (rest / 32, rest % 32);
    let text = match (month, day) {
        (0, 0) => format!("{year:04}"),
        (m, 0) => format!("{year:04}-{m:02}"),
        (m, d) => format!("{year:04}-{m:02}-{d:02}"),
    };
    check_date(FieldId::From, &text).ok()?;
    Some(text)
}

impl Claims {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        self.fields().is_empty()
    }

    /// The ids of the fields present, ascending.
    pub fn field_ids(&self) -> Vec<FieldId> {
        self.fields().into_iter().map(|(f, _)| f).collect()
    }

    /// Checks every present field against the format's rules.
    pub fn validate(&self) -> Result<()> {
        if let Some(t) = &self.title {
            check_text(FieldId::Title, t, 200)?;
        }
        if let Some(l) = &self.level {
            check_text(FieldId::Level, l, 32)?;
        }
        if let Some(d) = &self.from {
            check_date(FieldId::From, d)?;
        }
        if let Some(d) = &self.to {
            check_date(FieldId::To, d)?;
        }
        if let Some(c) = &self.country {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(bad(
                    FieldId::Country,
                    "must be two capital letters (ISO 3166-1)",
                ));
            }
        }
        if let Some(e) = self.eqf {
            if !(1..=8).contains(&e) {
                return Err(bad(FieldId::Eqf, "must be 1 to 8"));
            }
        }
        Ok(())
    }

    /// The present fields as (id, CBOR value), ascending by id.
    pub(crate) fn fields(&self) -> Vec<(FieldId, Value)> {
        let mut out = Vec::new();
        let text = |s: &String| Value::Text(s.clone());
        if let Some(k) = self.kind {
            out.push((FieldId::Kind, uint(k.code().into())));
        }
        if let Some(t) = &self.title {
            out.push((FieldId::Title, text(t)));
        }
        if let Some(e) = &self.esco {
            out.push((
                FieldId::Esco,
                Value::Array(vec![
                    uint(e.kind.code().into()),
                    Value::Bytes(e.id.as_bytes().to_vec()),
                ]),
            ));
        }
        if let Some(id) = &self.entry_id {
            out.push((FieldId::EntryId, Value::Bytes(id.as_bytes().to_vec())));
        }
        if let Some(l) = &self.level {
            let v = match LEVEL_KEYWORDS.iter().position(|k| k == l) {
                Some(code) => uint(code as u64),
                None => text(l),
            };
            out.push((FieldId::Level, v));
        }
        if let Some(d) = self.from.as_deref().and_then(encode_date) {
            out.push((FieldId::From, int(d)));
        }
        if let Some(d) = self.to.as_deref().and_then(encode_date) {
            out.push((FieldId::To, int(d)));
        }
        if let Some(c) = &self.country {
            out.push((FieldId::Country, text(c)));
        }
        if let Some(c) = self.context {
            out.push((FieldId::Context, uint(c.code().into())));
        }
        if let Some(h) = &self.evidence {
            out.push((FieldId::Evidence, Value::Bytes(h.to_vec())));
        }
        if let Some(e) = self.eqf {
            out.push((FieldId::Eqf, uint(e.into())));
        }
        out
    }

    /// A copy holding only the given fields.
    pub fn only(&self, keep: &[FieldId]) -> Claims {
        let mut out = Claims::default();
        for (id, value) in self.fields() {
            if keep.contains(&id) {
                // Values came from a valid `Claims`, so setting cannot fail.
                let _ = out.set(id, &value);
            }
        }
        out
    }

    /// Sets a field from its CBOR value, checking type and rules.
    pub(crate) fn set(&mut self, id: FieldId, value: &Value) -> Result<()> {
        let wrong = || bad(id, "wrong CBOR type or value");
        let text = || as_text(value).map(str::to_owned).ok_or_else(wrong);
        match id {
            FieldId::Kind => {
                self.kind = Some(
                    as_u64(value)
                        .and_then(EntryKind::from_code)
                        .ok_or_else(wrong)?,
                )
            }
            FieldId::Title => self.title = Some(text()?),
            FieldId::Esco => {
                let Value::Array(items) = value else {
                    return Err(wrong());
                };
                let [kind, uuid] = items.as_slice() else {
                    return Err(wrong());
                };
                let kind = as_u64(kind)
                    .and_then(ConceptKind::from_code)
                    .ok_or_else(wrong)?;
                let id = as_bytes::<16>(uuid)
                    .map(Uuid::from_bytes)
                    .ok_or_else(wrong)?;
                self.esco = Some(EscoConcept { kind, id });
            }
            FieldId::EntryId => {
                self.entry_id = Some(
                    as_bytes::<16>(value)
                        .map(Uuid::from_bytes)
                        .ok_or_else(wrong)?,
                )
            }
            FieldId::Level => {
                self.level = Some(match value {
                    Value::Integer(_) => as_u64(value)
                        .and_then(|c| usize::try_from(c).ok())
                        .and_then(|c| LEVEL_KEYWORDS.get(c))
                        .map(|k| (*k).to_owned())
                        .ok_or_else(wrong)?,
                    _ => text()?,
                })
            }
            FieldId::From => {
                self.from = Some(as_i64(value).and_then(decode_date).ok_or_else(wrong)?)
            }
            FieldId::To => self.to = Some(as_i64(value).and_then(decode_date).ok_or_else(wrong)?),
            FieldId::Country => self.country = Some(text()?),
            FieldId::Context => {
                self.context = Some(
                    as_u64(value)
                        .and_then(LearningContext::from_code)
                        .ok_or_else(wrong)?,
                )
            }
            FieldId::Evidence => self.evidence = Some(as_bytes::<32>(value).ok_or_else(wrong)?),
            FieldId::Eqf => {
                self.eqf = Some(
                    as_u64(value)
                        .and_then(|n| u8::try_from(n).ok())
                        .ok_or_else(wrong)?,
                )
            }
        }
        self.validate()
    }

    /// Reads a claims map `{field id: value}` (field ids 1–11 only).
    pub(crate) fn from_pairs(pairs: &[(i64, &Value)]) -> Result<Claims> {
        let mut claims = Claims::default();
        for (key, value) in pairs {
            let id = u64::try_from(*key)
                .ok()
                .and_then(FieldId::from_code)
                .ok_or_else(|| Error::malformed("claims", format!("unknown field id {key}")))?;
            claims.set(id, value)?;
        }
        Ok(claims)
    }

    /// The claims map `{field id: value}` in deterministic order.
    pub(crate) fn to_map_entries(&self) -> Vec<(Value, Value)> {
        self.fields()
            .into_iter()
            .map(|(id, v)| (uint(id.code().into()), v))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_all_fields() {
        let c = Claims {
            kind: Some(EntryKind::Skill),
            title: Some("MIG welding".into()),
            esco: Some(EscoConcept {
                kind: ConceptKind::Skill,
                id: Uuid::from_bytes([9; 16]),
            }),
            entry_id: Some(Uuid::from_bytes([1; 16])),
            level: Some("advanced".into()),
            from: Some("2021-03".into()),
            to: Some("2024".into()),
            country: Some("QA".into()),
            context: Some(LearningContext::Informal),
            evidence: Some([3; 32]),
            eqf: Some(4),
        };
        c.validate().expect("valid");
        let fields = c.fields();
        let pairs: Vec<(i64, &Value)> = fields
            .iter()
            .map(|(id, v)| (i64::from(id.code()), v))
            .collect();
        assert_eq!(Claims::from_pairs(&pairs).expect("decodes"), c);
        assert_eq!(c.only(&[FieldId::Title]).field_ids(), vec![FieldId::Title]);
        let custom = Claims {
            level: Some("Level 3 (City & Guilds)".into()),
            ..Claims::default()
        };
        let fields = custom.fields();
        assert!(matches!(fields[0].1, Value::Text(_)));
        let pairs: Vec<(i64, &Value)> = fields
            .iter()
            .map(|(id, v)| (i64::from(id.code()), v))
            .collect();
        assert_eq!(Claims::from_pairs(&pairs).expect("decodes"), custom);
    }

    #[test]
    fn dates_as_integers() {
        for d in ["1950", "2021-03", "2027-12-31", "1949-01-01", "2100-06"] {
            let n = encode_date(d).expect("valid date");
            assert_eq!(decode_date(n).as_deref(), Some(d));
        }
        assert_eq!(encode_date("2017-01"), Some(67 * 512 + 32));
        assert_eq!(decode_date(13 * 32), None);
    }

    #[test]
    fn rules() {
        let bad_dates = ["21", "2021-13", "2021-1", "2021-01-32", "x"];
        for d in bad_dates {
            let c = Claims {
                from: Some(d.into()),
                ..Claims::default()
            };
            assert!(c.validate().is_err(), "{d}");
        }
        let c = Claims {
            country: Some("qa".into()),
            ..Claims::default()
        };
        assert!(c.validate().is_err());
        assert!(Claims::from_pairs(&[(12, &uint(0))]).is_err());
    }
}
