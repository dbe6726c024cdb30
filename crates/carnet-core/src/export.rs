//! The JSON export, format `carnet-export` version 1 (docs/storage.md).
//!
//! Deterministic: keys sorted, entries in id order, no history and no
//! device data, so two logbooks with the same content export the same
//! bytes. It is plaintext by the person's choice; photos are referenced by
//! hash, not included.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::{Entry, InputError, Profile};

pub const EXPORT_FORMAT: &str = "carnet-export";
pub const EXPORT_VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u64,
    pub profile: Profile,
    pub entries: Vec<Entry>,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Photos referenced by the file but not in this logbook.
    pub missing_evidence: usize,
    pub profile_updated: bool,
}

impl Export {
    pub fn new(profile: Profile, mut entries: Vec<Entry>) -> Export {
        entries.sort_by_key(|e| e.id);
        Export {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            profile,
            entries,
        }
    }

    /// Pretty JSON with sorted keys and a final newline.
    pub fn to_json(&self) -> Result<String> {
        let value =
            serde_json::to_value(self).map_err(|e| crate::Error::Internal(e.to_string()))?;
        let mut s = serde_json::to_string_pretty(&value)
            .map_err(|e| crate::Error::Internal(e.to_string()))?;
        s.push('\n');
        Ok(s)
    }

    pub fn from_json(text: &str) -> Result<Export> {
        let bad = |reason: String| InputError::ImportFormat { reason };
        let v: serde_json::Value =
            serde_json::from_str(text).map_err(|e| bad(format!("not JSON: {e}")))?;
        if v.get("format").and_then(|f| f.as_str()) != Some(EXPORT_FORMAT) {
            return Err(bad("no \"format\": \"carnet-export\"".into()).into());
        }
        match v.get("version").and_then(|f| f.as_u64()) {
            Some(EXPORT_VERSION) => {}
            Some(n) if n > EXPORT_VERSION => {
                return Err(crate::Error::TooNew {
                    what: "export-file",
                    found: n,
                })
            }
            _ => return Err(bad("unknown version".into()).into()),
        }
        serde_json::from_value(v).map_err(|e| bad(e.to_string()).into())
    }
}
