//! Turns clap's parse errors into Fluent messages.
//!
//! clap's own error text is English and names its internals ("unexpected
//! argument"); a person who reads little needs one short sentence in their
//! language and a pointer to the help. The facts come from the error's
//! context (which argument, which value), never from its text.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::msg::Msg;

/// The lines that explain `e`, most important first.
pub fn lines(e: &clap::Error) -> Vec<Msg> {
    let ctx = |kind| e.get(kind).map(text).unwrap_or_default();
    let mut out = Vec::new();
    match e.kind() {
        ErrorKind::UnknownArgument => {
            out.push(
                Msg::new("cli-error-unknown-argument").text("arg", ctx(ContextKind::InvalidArg)),
            );
        }
        ErrorKind::InvalidSubcommand => {
            out.push(
                Msg::new("cli-error-unknown-command")
                    .text("command", ctx(ContextKind::InvalidSubcommand)),
            );
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = ctx(ContextKind::InvalidValue);
            let arg = ctx(ContextKind::InvalidArg);
            out.push(if value.is_empty() {
                Msg::new("cli-error-missing-value").text("arg", arg)
            } else {
                Msg::new("cli-error-invalid-value")
                    .text("arg", arg)
                    .text("value", value)
            });
            let valid = ctx(ContextKind::ValidValue);
            if !valid.is_empty() {
                out.push(Msg::new("cli-error-valid-values").text("values", valid));
            }
        }
        ErrorKind::MissingRequiredArgument => {
            out.push(
                Msg::new("cli-error-missing-argument").text("arg", ctx(ContextKind::InvalidArg)),
            );
        }
        ErrorKind::MissingSubcommand => {
            out.push(
                Msg::new("cli-error-missing-command")
                    .text("command", ctx(ContextKind::InvalidSubcommand)),
            );
            let valid = ctx(ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                out.push(Msg::new("cli-error-valid-commands").text("commands", valid));
            }
        }
        ErrorKind::ArgumentConflict => {
            let arg = match e.get(ContextKind::InvalidArg) {
                Some(v) => text(v),
                None => ctx(ContextKind::InvalidSubcommand),
            };
            out.push(
                Msg::new("cli-error-conflict")
                    .text("arg", arg)
                    .text("other", ctx(ContextKind::PriorArg)),
            );
        }
        ErrorKind::NoEquals => {
            out.push(Msg::new("cli-error-no-equals").text("arg", ctx(ContextKind::InvalidArg)));
        }
        ErrorKind::TooManyValues => {
            out.push(
                Msg::new("cli-error-too-many-values")
                    .text("arg", ctx(ContextKind::InvalidArg))
                    .text("value", ctx(ContextKind::InvalidValue)),
            );
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            out.push(
                Msg::new("cli-error-wrong-number-of-values")
                    .text("arg", ctx(ContextKind::InvalidArg)),
            );
        }
        ErrorKind::InvalidUtf8 => out.push(Msg::new("cli-error-invalid-utf8")),
        _ => out.push(Msg::new("cli-error-usage")),
    }
    // Only when clap was built with suggestions; then they are real names
    // the person can type, never English.
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
        ContextKind::SuggestedSubcommand,
    ] {
        let suggestion = ctx(kind);
        if !suggestion.is_empty() {
            out.push(Msg::new("cli-error-did-you-mean").text("suggestion", suggestion));
        }
    }
    out
}

/// A context value as plain text; lists are joined with ", ".
fn text(value: &ContextValue) -> String {
    match value {
        ContextValue::None | ContextValue::Bool(_) => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    fn cmd() -> Command {
        Command::new("carnet").subcommand_required(true).subcommand(
            Command::new("export").arg(
                Arg::new("format")
                    .long("format")
                    .required(true)
                    .value_parser(["json"]),
            ),
        )
    }

    fn first(args: &[&str]) -> Msg {
        let e = cmd()
            .try_get_matches_from(args)
            .expect_err("the command line is wrong");
        lines(&e).remove(0)
    }

    #[test]
    fn each_kind_gets_its_own_message() {
        let m = first(&["carnet", "export", "--format", "csv"]);
        assert_eq!(m.id, "cli-error-invalid-value");
        assert!(m
            .args
            .iter()
            .any(|(n, v)| *n == "value" && *v == crate::msg::Value::Text("csv".into())));
        assert_eq!(
            first(&["carnet", "export"]).id,
            "cli-error-missing-argument"
        );
        assert_eq!(
            first(&["carnet", "export", "--x"]).id,
            "cli-error-unknown-argument"
        );
        assert_eq!(first(&["carnet", "exprot"]).id, "cli-error-unknown-command");
        assert_eq!(first(&["carnet"]).id, "cli-error-missing-command");
    }
}
