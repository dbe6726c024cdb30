//! The person's profile: who they are and which languages they speak.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::values::{validate_country, validate_language_tag, Cefr, InputError, PartialDate};

/// The five CEFR self-assessment skills of the Europass language grid, by
/// the key stored in the document.
pub const CEFR_SKILLS: [&str; 5] = [
    "listening",
    "reading",
    "spoken_interaction",
    "spoken_production",
    "writing",
];

/// Self-assessment of one language on the CEFR grid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSkills {
    #[serde(default)]
    pub mother_tongue: bool,
    /// CEFR level per skill of [`CEFR_SKILLS`]; absent skills are not assessed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub levels: BTreeMap<String, String>,
}

/// Who the logbook belongs to. Every field is optional: a person may not
/// want to, or be able to, say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Keyed by BCP 47 tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<String, LanguageSkills>,
}

/// One language to add or change: BCP 47 tag, mother-tongue flag (if
/// given), and (skill, CEFR level) pairs where an empty level clears it.
pub type LanguageChange = (String, Option<bool>, Vec<(String, String)>);

/// A change to the profile. `Some("")` clears a field; `None` leaves it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfilePatch {
    pub display_name: Option<String>,
    pub birth_date: Option<String>,
    pub origin_country: Option<String>,
    pub current_country: Option<String>,
    pub contact: Option<String>,
    /// Languages to add or change: tag, mother tongue flag (if given),
    /// and CEFR levels per skill key (an empty level clears that skill).
    pub languages: Vec<LanguageChange>,
    pub remove_languages: Vec<String>,
}

/// A validated profile change: the scalar fields (key, value or clear).
pub(crate) type ScalarChanges = Vec<(&'static str, Option<String>)>;
/// Validated language changes: tag, mother tongue flag, (skill, level or clear).
pub(crate) type LanguageChanges = Vec<(String, Option<bool>, Vec<(String, Option<String>)>)>;

impl ProfilePatch {
    /// Checks every value and returns normalised changes.
    pub(crate) fn validate(
        &self,
    ) -> Result<(ScalarChanges, LanguageChanges, Vec<String>), InputError> {
        fn opt(v: &str) -> Option<&str> {
            let t = v.trim();
            (!t.is_empty()).then_some(t)
        }
        let mut scalars: ScalarChanges = Vec::new();
        if let Some(v) = &self.display_name {
            scalars.push(("display_name", opt(v).map(str::to_string)));
        }
        if let Some(v) = &self.birth_date {
            let d = opt(v)
                .map(|d| d.parse::<PartialDate>().map(|d| d.as_str().to_string()))
                .transpose()?;
            scalars.push(("birth_date", d));
        }
        if let Some(v) = &self.origin_country {
            scalars.push(("origin_country", opt(v).map(validate_country).transpose()?));
        }
        if let Some(v) = &self.current_country {
            scalars.push(("current_country", opt(v).map(validate_country).transpose()?));
        }
        if let Some(v) = &self.contact {
            scalars.push(("contact", opt(v).map(str::to_string)));
        }
        let mut langs = Vec::new();
        for (tag, mother, levels) in &self.languages {
            let tag = validate_language_tag(tag)?;
            let mut ls = Vec::new();
            for (skill, level) in levels {
                let key = skill.trim().to_ascii_lowercase().replace('-', "_");
                if !CEFR_SKILLS.contains(&key.as_str()) {
                    return Err(InputError::Field {
                        value: skill.clone(),
                        expected:
                            "listening, reading, spoken_interaction, spoken_production, writing",
                    });
                }
                let level = opt(level)
                    .map(|l| l.parse::<Cefr>().map(|c| c.as_str().to_string()))
                    .transpose()?;
                ls.push((key, level));
            }
            langs.push((tag, *mother, ls));
        }
        let removed = self
            .remove_languages
            .iter()
            .map(|t| validate_language_tag(t))
            .collect::<Result<_, _>>()?;
        Ok((scalars, langs, removed))
    }
}
