//! Looks at the raw command line before clap does.
//!
//! The help text and clap's errors are built in the person's language, so
//! `--lang` must be known before the clap `Command` exists; `--json` decides
//! the shape of an error even when the rest of the line does not parse; and
//! the usage hint names the (sub)command the person was typing, which a
//! clap error does not expose.

use std::ffi::OsString;

use clap::Command;

/// The value of `--lang TAG` or `--lang=TAG`, if given before `--`.
pub fn lang(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// Whether `--json` was given before `--`.
pub fn wants_json(args: &[OsString]) -> bool {
    args.iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .any(|a| a == "--json")
}

/// The command being typed, as the person would type it: "carnet",
/// "carnet add", "carnet profile set". Values of options are skipped so
/// that `--data-dir add` does not count as the `add` command.
pub fn command_path(root: &Command, args: &[OsString]) -> String {
    let mut path = vec![root.get_name().to_string()];
    let mut current = root;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            if !long.contains('=') && takes_value(root, current, long) {
                it.next();
            }
            continue;
        }
        if arg.starts_with('-') && arg.len() > 1 {
            continue;
        }
        match current.find_subcommand(arg.as_ref()) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                current = sub;
            }
            None => continue,
        }
    }
    path.join(" ")
}

/// Whether the long option `name` of `cmd` (or a global one of `root`)
/// takes a value.
fn takes_value(root: &Command, cmd: &Command, name: &str) -> bool {
    cmd.get_arguments()
        .chain(root.get_arguments().filter(|a| a.is_global_set()))
        .find(|a| a.get_long() == Some(name))
        .is_some_and(|a| a.get_action().takes_values())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, ArgAction};

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    fn root() -> Command {
        Command::new("carnet")
            .arg(Arg::new("data-dir").long("data-dir").global(true))
            .arg(
                Arg::new("json")
                    .long("json")
                    .global(true)
                    .action(ArgAction::SetTrue),
            )
            .subcommand(Command::new("profile").subcommand(Command::new("set")))
            .subcommand(Command::new("add"))
    }

    #[test]
    fn lang_is_found_in_both_spellings() {
        assert_eq!(
            lang(&os(&["carnet", "--lang", "fa", "list"])).as_deref(),
            Some("fa")
        );
        assert_eq!(
            lang(&os(&["carnet", "list", "--lang=ar"])).as_deref(),
            Some("ar")
        );
        assert_eq!(lang(&os(&["carnet", "search", "--", "--lang", "x"])), None);
    }

    #[test]
    fn json_after_double_dash_is_a_search_word() {
        assert!(wants_json(&os(&["carnet", "list", "--json"])));
        assert!(!wants_json(&os(&["carnet", "search", "--", "--json"])));
    }

    #[test]
    fn command_path_skips_option_values() {
        let r = root();
        assert_eq!(
            command_path(
                &r,
                &os(&["carnet", "--data-dir", "add", "profile", "set", "--x"])
            ),
            "carnet profile set"
        );
        assert_eq!(
            command_path(&r, &os(&["carnet", "--json", "add", "skill"])),
            "carnet add"
        );
        assert_eq!(command_path(&r, &os(&["carnet", "nothing"])), "carnet");
    }
}
