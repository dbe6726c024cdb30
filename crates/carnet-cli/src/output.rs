//! Writing answers: text for people, JSON for programs.
//!
//! Answers go to stdout; notes for people (hints, "nothing found") go to
//! stderr so that a script reading stdout sees only data. Every write is
//! checked, so a full disk or a closed pipe is reported, not ignored.

use std::io::Write;

use serde::Serialize;

use crate::error::CliError;

#[derive(Debug)]
pub struct Output {
    /// Answer in JSON (`--json`) instead of text.
    pub json: bool,
}

impl Output {
    /// Writes one line of text to stdout.
    pub fn line(&self, text: &str) -> Result<(), CliError> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{text}")?;
        Ok(())
    }

    /// Writes `text` exactly as given, e.g. an export that must keep its
    /// bytes.
    pub fn raw(&self, text: &str) -> Result<(), CliError> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        Ok(())
    }

    /// Writes `value` as one line of compact JSON.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<(), CliError> {
        let text = serde_json::to_string(value)
            .map_err(|e| CliError::Core(carnet_core::Error::Internal(e.to_string())))?;
        self.line(&text)
    }

    /// Makes sure everything written so far has left the process, e.g. the
    /// id of an entry that is already saved.
    pub fn flush(&self) -> Result<(), CliError> {
        std::io::stdout().lock().flush()?;
        Ok(())
    }

    /// A note for a person: to stderr, and not at all in JSON mode, where
    /// the data says it (an empty list is `[]`).
    pub fn note(&self, text: &str) {
        if !self.json {
            eprintln!("{text}");
        }
    }
}

/// Lines of `label: value`, with values aligned whatever the length of the
/// translated labels.
#[derive(Debug, Default)]
pub struct Table {
    rows: Vec<(String, String)>,
}

impl Table {
    pub fn row(&mut self, label: String, value: impl Into<String>) {
        self.rows.push((label, value.into()));
    }

    /// Adds a row only when there is a value: empty fields are noise.
    pub fn opt(&mut self, label: String, value: Option<String>) {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            self.row(label, v);
        }
    }

    pub fn lines(&self) -> Vec<String> {
        let width = self
            .rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        self.rows
            .iter()
            .map(|(label, value)| {
                let pad = width - label.chars().count();
                format!("{label}{}  {value}", " ".repeat(pad))
            })
            .collect()
    }
}

/// A date (UTC) for a timestamp in milliseconds since 1970, as YYYY-MM-DD:
/// unambiguous in every language, unlike 05/06/2024.
pub fn date_from_millis(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map_or_else(|| ms.to_string(), |d| d.format("%Y-%m-%d").to_string())
}

/// The same for seconds since the epoch (credential times).
pub fn date_from_secs(secs: u64) -> String {
    i64::try_from(secs)
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map_or_else(|| secs.to_string(), |d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso() {
        assert_eq!(date_from_millis(0), "1970-01-01");
        assert_eq!(date_from_millis(951_782_400_000), "2000-02-29");
        assert_eq!(date_from_millis(1_715_644_800_000), "2024-05-14");
        assert_eq!(date_from_secs(1_715_644_800), "2024-05-14");
    }

    #[test]
    fn table_aligns_values() {
        let mut t = Table::default();
        t.row("Id:".into(), "x");
        t.row("Title:".into(), "y");
        t.opt("Empty:".into(), Some(" ".into()));
        assert_eq!(t.lines(), ["Id:     x", "Title:  y"]);
    }
}
