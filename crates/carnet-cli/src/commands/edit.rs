//! `carnet edit ID --set FIELD=VALUE...` and `carnet rm ID`.

use carnet_core::model::Field;

use super::{all, required};
use crate::cli::ids;
use crate::error::CliError;
use crate::msg::Msg;
use crate::session::Session;

pub fn run(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let changes = parse_changes(&all(m, ids::SET))?;
    let mut logbook = s.open()?;
    let id = logbook.resolve(required(m, ids::ID)?)?;
    let entry = logbook.edit(&id, &changes)?;
    if s.out.json {
        return s.out.json(&entry);
    }
    s.out.line(&s.msg("cli-edit-saved"))
}

/// Splits each `FIELD=VALUE` at the first `=` (values may contain `=`,
/// e.g. in a description) and checks the field names.
fn parse_changes(sets: &[&str]) -> Result<Vec<(Field, String)>, CliError> {
    sets.iter()
        .map(|set| {
            let (name, value) = set.split_once('=').ok_or_else(|| {
                CliError::usage(
                    Msg::new("cli-error-set-format").text("value", *set),
                    "carnet edit",
                )
            })?;
            Ok((name.parse::<Field>()?, value.to_string()))
        })
        .collect()
}

pub fn remove(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let mut logbook = s.open()?;
    let id = logbook.resolve(required(m, ids::ID)?)?;
    let title = logbook.entry(&id)?.title;
    logbook.remove(&id)?;
    if s.out.json {
        return s
            .out
            .json(&serde_json::json!({ "removed": id.to_string() }));
    }
    s.out
        .line(&Msg::new("cli-rm-done").text("title", title).format(s.loc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_may_contain_equals_signs() {
        let c = parse_changes(&["description=a=b", "level="]).expect("valid");
        assert_eq!(c[0], (Field::Description, "a=b".to_string()));
        assert_eq!(c[1], (Field::Level, String::new()));
    }

    #[test]
    fn a_change_without_equals_is_a_usage_error() {
        assert!(matches!(
            parse_changes(&["level"]),
            Err(CliError::Usage { .. })
        ));
        assert!(matches!(
            parse_changes(&["colour=red"]),
            Err(CliError::Core(_))
        ));
    }
}
