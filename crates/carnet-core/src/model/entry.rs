//! Logbook entries and the fields a person can set on them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::values::{
    normalize_eqf, validate_country, validate_esco_uri, validate_isco, validate_language_tag,
    Context, InputError, Kind, PartialDate, Stage,
};

/// Entries are keyed by a random UUID so that two devices adding entries
/// offline never collide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(pub uuid::Uuid);

impl EntryId {
    pub fn random() -> Self {
        EntryId(uuid::Uuid::new_v4())
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl FromStr for EntryId {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        uuid::Uuid::parse_str(s).map(EntryId)
    }
}

/// A piece of evidence attached to an entry. The bytes live in the encrypted
/// store, never in the replicated document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EvidenceRef {
    pub sha256: String,
    pub kind: String,
    pub mime: String,
    pub width: u32,
    pub height: u32,
    pub added: i64,
}

/// One thing a person can do or has done, as held in the logbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    pub kind: Kind,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// BCP 47 tag of the language the person wrote the entry in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_in: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub esco: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isco: Option<String>,
    /// On the scale of the entry's kind: CEFR A1–C2 (language) or
    /// proficiency (skill, experience).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// European Qualifications Framework level, "1" to "8": where a
    /// qualification or course sits, so that a recogniser abroad can place it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eqf: Option<String>,
    /// Awarding body, employer or training provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub stages: BTreeSet<Stage>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceRef>,
    /// Credentials that issuers signed for this entry, by credential id
    /// (docs/credential-format.md §7 files, kept byte for byte).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        with = "base64_map"
    )]
    pub endorsements: BTreeMap<String, Vec<u8>>,
    /// Milliseconds since the Unix epoch.
    pub created: i64,
    pub modified: i64,
    /// Values written concurrently on another device that lost the
    /// last-writer-wins race, per field, so that nothing typed is hidden.
    #[serde(skip)]
    pub conflicts: BTreeMap<&'static str, Vec<String>>,
}

impl Entry {
    /// The current value of a text field, as the command line shows it.
    pub fn get(&self, field: Field) -> Option<String> {
        match field {
            Field::Title => Some(self.title.clone()),
            Field::Description => self.description.clone(),
            Field::WrittenIn => self.written_in.clone(),
            Field::Esco => self.esco.clone(),
            Field::Isco => self.isco.clone(),
            Field::Level => self.level.clone(),
            Field::Eqf => self.eqf.clone(),
            Field::Organisation => self.organisation.clone(),
            Field::Place => self.place.clone(),
            Field::Country => self.country.clone(),
            Field::From => self.from.clone(),
            Field::To => self.to.clone(),
            Field::Context => self.context.map(|c| c.as_str().to_string()),
            Field::Stages => (!self.stages.is_empty()).then(|| {
                self.stages
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            }),
        }
    }
}

/// Credential bytes as standard base64 in JSON exports.
mod base64_map {
    use std::collections::BTreeMap;

    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(
        m: &BTreeMap<String, Vec<u8>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        m.iter()
            .map(|(k, v)| (k, STANDARD.encode(v)))
            .collect::<BTreeMap<_, _>>()
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, Vec<u8>>, D::Error> {
        BTreeMap::<String, String>::deserialize(d)?
            .into_iter()
            .map(|(k, v)| {
                STANDARD
                    .decode(v)
                    .map(|b| (k, b))
                    .map_err(serde::de::Error::custom)
            })
            .collect()
    }
}

/// The fields of an entry a person can set; the names are those of the
/// document (docs/storage.md) and of `carnet edit --set FIELD=VALUE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Description,
    WrittenIn,
    Esco,
    Isco,
    Level,
    Eqf,
    Organisation,
    Place,
    Country,
    From,
    To,
    Context,
    Stages,
}

const FIELD_NAMES: &str =
    "title, description, written_in, esco, isco, level, eqf, organisation, place, country, from, to, context, stages";

impl Field {
    pub const ALL: &'static [Field] = &[
        Field::Title,
        Field::Description,
        Field::WrittenIn,
        Field::Esco,
        Field::Isco,
        Field::Level,
        Field::Eqf,
        Field::Organisation,
        Field::Place,
        Field::Country,
        Field::From,
        Field::To,
        Field::Context,
        Field::Stages,
    ];

    /// The key under which the field is stored in the entry's map.
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::WrittenIn => "written_in",
            Field::Esco => "esco",
            Field::Isco => "isco",
            Field::Level => "level",
            Field::Eqf => "eqf",
            Field::Organisation => "organisation",
            Field::Place => "place",
            Field::Country => "country",
            Field::From => "from",
            Field::To => "to",
            Field::Context => "context",
            Field::Stages => "stages",
        }
    }

    /// The field a value typed for `self` belongs in: a qualification's or
    /// course's `level` is its EQF level (the CLI convention `--level 4`).
    pub fn route(self, kind: Kind) -> Field {
        match (self, kind) {
            (Field::Level, Kind::Qualification | Kind::Learning) => Field::Eqf,
            (f, _) => f,
        }
    }

    /// Validates and normalises a typed value for this field of an entry of
    /// `kind`. An empty value clears an optional field (`None`).
    pub fn normalize(self, kind: Kind, raw: &str) -> Result<Option<String>, InputError> {
        let t = raw.trim();
        if t.is_empty() {
            return match self {
                Field::Title => Err(InputError::Empty { field: "title" }),
                _ => Ok(None),
            };
        }
        let v = match self {
            Field::Title | Field::Description | Field::Organisation | Field::Place => t.to_string(),
            Field::WrittenIn => validate_language_tag(t)?,
            Field::Esco => validate_esco_uri(t)?,
            Field::Isco => validate_isco(t)?,
            Field::Level => kind.normalize_level(t)?,
            Field::Eqf => {
                normalize_eqf(t)
                    .map(|n| n.to_string())
                    .ok_or_else(|| InputError::Level {
                        value: raw.to_string(),
                        kind: "eqf",
                        expected: "an EQF level from 1 to 8",
                    })?
            }
            Field::Country => validate_country(t)?,
            Field::From | Field::To => t.parse::<PartialDate>()?.as_str().to_string(),
            Field::Context => t.parse::<Context>()?.as_str().to_string(),
            Field::Stages => {
                let set = parse_stages(t)?;
                set.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")
            }
        };
        Ok(Some(v))
    }
}

/// Parses a comma-separated list of migration stages.
pub(crate) fn parse_stages(raw: &str) -> Result<BTreeSet<Stage>, InputError> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect()
}

impl FromStr for Field {
    type Err = InputError;
    fn from_str(s: &str) -> Result<Self, InputError> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        let norm = match norm.as_str() {
            "stage" => "stages",
            "employer" | "awarding_body" => "organisation",
            other => other,
        }
        .to_string();
        Field::ALL
            .iter()
            .copied()
            .find(|f| f.key() == norm)
            .ok_or_else(|| InputError::Field {
                value: s.to_string(),
                expected: FIELD_NAMES,
            })
    }
}

/// What a person typed for a new entry; validated by the logbook on add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    pub kind: Kind,
    pub fields: Vec<(Field, String)>,
}

impl NewEntry {
    pub fn new(kind: Kind, title: impl Into<String>) -> Self {
        NewEntry {
            kind,
            fields: vec![(Field::Title, title.into())],
        }
    }

    /// Adds a field value; later values of the same field win.
    pub fn with(mut self, field: Field, value: impl Into<String>) -> Self {
        self.fields.push((field, value.into()));
        self
    }

    /// Validates every field; returns the values to store, by field.
    pub fn validate(&self) -> Result<BTreeMap<Field, String>, InputError> {
        let mut out = BTreeMap::new();
        for (field, raw) in &self.fields {
            let field = &field.route(self.kind);
            match field.normalize(self.kind, raw)? {
                Some(v) => {
                    out.insert(*field, v);
                }
                None => {
                    out.remove(field);
                }
            }
        }
        if !out.contains_key(&Field::Title) {
            return Err(InputError::Empty { field: "title" });
        }
        check_date_order(out.get(&Field::From), out.get(&Field::To))?;
        Ok(out)
    }
}

/// Dates of different precision compare by their common prefix, so
/// `2019` to `2019-05` is fine and `2020` to `2019-12` is not.
pub(crate) fn check_date_order(
    from: Option<&String>,
    to: Option<&String>,
) -> Result<(), InputError> {
    if let (Some(f), Some(t)) = (from, to) {
        let n = f.len().min(t.len());
        if t[..n] < f[..n] {
            return Err(InputError::DateOrder {
                from: f.clone(),
                to: t.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_entry_validates_and_normalises() {
        let e = NewEntry::new(Kind::Language, "German")
            .with(Field::Level, "b1")
            .with(Field::Country, "de")
            .with(Field::Stages, "arrival, career")
            .with(Field::From, "2019");
        let v = e.validate().expect("valid");
        assert_eq!(v[&Field::Level], "B1");
        assert_eq!(v[&Field::Country], "DE");
        assert_eq!(v[&Field::Stages], "arrival,career");
        let q = NewEntry::new(Kind::Qualification, "Diploma").with(Field::Level, "EQF 4");
        let v = q.validate().expect("valid");
        assert_eq!(v.get(&Field::Eqf).map(String::as_str), Some("4"));
        assert!(
            !v.contains_key(&Field::Level),
            "a qualification's level is its EQF level"
        );
        let s = NewEntry::new(Kind::Learning, "Course").with(Field::Eqf, "9");
        assert!(s.validate().is_err());
    }

    #[test]
    fn bad_values_are_refused_with_the_field_named() {
        let e = NewEntry::new(Kind::Skill, "Welding").with(Field::From, "2019-13");
        assert!(matches!(e.validate(), Err(InputError::Date { .. })));
        let e = NewEntry::new(Kind::Skill, "  ");
        assert!(matches!(e.validate(), Err(InputError::Empty { .. })));
        let e = NewEntry::new(Kind::Skill, "x")
            .with(Field::From, "2020")
            .with(Field::To, "2019-12");
        assert!(matches!(e.validate(), Err(InputError::DateOrder { .. })));
        let e = NewEntry::new(Kind::Skill, "x")
            .with(Field::From, "2019")
            .with(Field::To, "2019-05");
        assert!(e.validate().is_ok());
    }

    #[test]
    fn field_names_accept_common_spellings() {
        assert_eq!("written-in".parse::<Field>(), Ok(Field::WrittenIn));
        assert_eq!("Employer".parse::<Field>(), Ok(Field::Organisation));
        assert!("colour".parse::<Field>().is_err());
    }
}
