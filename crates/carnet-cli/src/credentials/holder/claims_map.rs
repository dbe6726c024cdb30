//! The fields of `--fields title,level,…` (keywords of
//! docs/credential-format.md §3). Entries become claims in carnet-core
//! (`carnet_core::wallet::checked_claims`).

use carnet_credential::FieldId;

use super::err;
use crate::error::CliError;
use crate::exit;

/// The fields named in `--fields title,level,…` (keywords of
/// docs/credential-format.md §3).
pub fn parse_fields(text: &str) -> Result<Vec<FieldId>, CliError> {
    let mut out = Vec::new();
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let id = FieldId::parse(&word.to_ascii_lowercase()).ok_or_else(|| {
            err(
                "holder-unknown-field",
                vec![("value", word.to_string()), ("known", field_names())],
                exit::INVALID_INPUT,
            )
        })?;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    if out.is_empty() {
        return Err(err(
            "holder-unknown-field",
            vec![("value", text.to_string()), ("known", field_names())],
            exit::INVALID_INPUT,
        ));
    }
    Ok(out)
}

/// Every field keyword, comma-separated, for messages.
pub fn field_names() -> String {
    FieldId::ALL
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_keywords() {
        assert_eq!(
            parse_fields("title, Level").ok(),
            Some(vec![FieldId::Title, FieldId::Level])
        );
        assert!(parse_fields("title,colour").is_err());
        assert!(parse_fields(",").is_err());
    }
}
