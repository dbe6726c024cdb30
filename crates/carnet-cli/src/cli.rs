//! The clap `Command` of `carnet`, with every word of help from Fluent.
//!
//! clap's own English is switched off: no built-in help or version flag, no
//! `help` subcommand, no "[possible values: …]" suffixes, and a help
//! template per command whose headings are Fluent messages. What is left
//! from clap are the syntax tokens of the usage line (`[OPTIONS]`, `<ID>`).

use carnet_i18n::Localizer;
use clap::{Arg, ArgAction, Command};

/// Ids of the arguments, shared by `cli.rs` and the commands that read them.
pub mod ids {
    pub const DATA_DIR: &str = "data-dir";
    pub const JSON: &str = "json";
    pub const LANG: &str = "lang";
    pub const VERSION: &str = "version";
    pub const KIND: &str = "kind";
    pub const STAGE: &str = "stage";
    pub const ID: &str = "id";
    pub const SET: &str = "set";
    pub const TEXT: &str = "text";
    pub const PHOTO: &str = "photo";
    pub const EVIDENCE: &str = "evidence";
    pub const FORMAT: &str = "format";
    pub const FILE: &str = "file";
    pub const LANGUAGE: &str = "language";
    pub const MOTHER_TONGUE: &str = "mother-tongue";
    pub const NOT_MOTHER_TONGUE: &str = "not-mother-tongue";
    pub const REMOVE_LANGUAGE: &str = "remove-language";
    pub const HUB: &str = "hub";
    pub const STATUS: &str = "status";
    pub const WATCH: &str = "watch";
    pub const EVERY: &str = "every";
    pub const CODE: &str = "code";
    pub const NAME: &str = "name";
    pub const APPROVE: &str = "approve";
    pub const OUT: &str = "out";
    pub const SHEET: &str = "sheet";
    pub const WORDS: &str = "words";
}

/// Where the global options sort in each command's help: after the
/// command's own options, which matter more to the person reading.
const GLOBAL_ORDER: usize = 1000;

/// The name people type; also the first word of every usage hint.
pub const BIN: &str = "carnet";

/// The text options of `carnet add`, in help order, with the core field
/// each one sets (`--stage` is separate: it may be repeated).
pub const ADD_FIELDS: &[(&str, carnet_core::model::Field)] = {
    use carnet_core::model::Field;
    &[
        ("title", Field::Title),
        ("description", Field::Description),
        ("level", Field::Level),
        ("eqf", Field::Eqf),
        ("from", Field::From),
        ("to", Field::To),
        ("organisation", Field::Organisation),
        ("place", Field::Place),
        ("country", Field::Country),
        ("context", Field::Context),
        ("written-in", Field::WrittenIn),
        ("esco", Field::Esco),
        ("isco", Field::Isco),
    ]
};

/// The scalar options of `carnet profile set`.
pub const PROFILE_FIELDS: &[&str] = &["name", "birth-date", "origin", "current", "contact"];

/// The CEFR self-assessment options of `carnet profile set`, with the key
/// carnet-core stores them under.
pub const CEFR_OPTIONS: &[(&str, &str)] = &[
    ("listening", "listening"),
    ("reading", "reading"),
    ("spoken-interaction", "spoken_interaction"),
    ("spoken-production", "spoken_production"),
    ("writing", "writing"),
];

/// Builds commands and arguments whose text comes from Fluent.
pub(crate) struct Builder<'a> {
    loc: &'a Localizer,
}

impl Builder<'_> {
    /// A command with its about text from `id` (and `id.long`, if the
    /// message has that attribute) and clap's English helpers turned off.
    pub(crate) fn command(&self, name: &'static str, id: &str) -> Command {
        let mut cmd = Command::new(name)
            .about(self.loc.msg(id))
            .disable_help_flag(true)
            .disable_help_subcommand(true)
            .disable_version_flag(true)
            .disable_colored_help(true);
        if let Some(long) = self.loc.attr(id, "long") {
            cmd = cmd.long_about(long);
        }
        cmd
    }

    /// Sets the help of `arg` from `id` (and `id.long`), and hides the
    /// English "[possible values: …]" and "[default: …]" clap would add.
    pub(crate) fn arg(&self, arg: Arg, id: &str) -> Arg {
        let mut arg = arg.help(self.loc.msg(id));
        if arg.get_action().takes_values() {
            arg = arg.hide_possible_values(true).hide_default_value(true);
        }
        if let Some(long) = self.loc.attr(id, "long") {
            arg = arg.long_help(long);
        }
        arg
    }

    /// A `--name VALUE` option whose help is `cli-arg-<help>`.
    pub(crate) fn option(&self, name: &'static str, value: &'static str, help: &str) -> Arg {
        self.arg(
            Arg::new(name).long(name).value_name(value).num_args(1),
            &format!("cli-arg-{help}"),
        )
    }

    /// A required positional argument whose help is `cli-arg-<help>`.
    pub(crate) fn positional(&self, name: &'static str, value: &'static str, help: &str) -> Arg {
        self.arg(
            Arg::new(name).value_name(value).required(true),
            &format!("cli-arg-{help}"),
        )
    }

    /// Gives `cmd` a help template with Fluent headings, listing only the
    /// sections it has. `examples` names a Fluent message shown at the end.
    pub(crate) fn finish(&self, cmd: Command, examples: Option<&str>) -> Command {
        let heading = |id: &str| self.loc.msg(id).replace(['{', '}'], "");
        let mut t = format!(
            "{{about-with-newline}}\n{} {{usage}}",
            heading("cli-help-usage")
        );
        if cmd.get_subcommands().next().is_some() {
            t.push_str(&format!(
                "\n\n{}\n{{subcommands}}",
                heading("cli-help-commands")
            ));
        }
        if cmd.get_positionals().next().is_some() {
            t.push_str(&format!(
                "\n\n{}\n{{positionals}}",
                heading("cli-help-arguments")
            ));
        }
        // Every command has at least the global options (-h and friends).
        t.push_str(&format!("\n\n{}\n{{options}}", heading("cli-help-options")));
        let mut cmd = cmd;
        if let Some(id) = examples {
            // clap puts a blank line before the after-help itself.
            t.push_str("{after-help}");
            let lines: Vec<String> = self.loc.msg(id).lines().map(|l| format!("  {l}")).collect();
            cmd = cmd.after_help(format!(
                "{}\n{}",
                heading("cli-help-examples"),
                lines.join("\n")
            ));
        }
        cmd.help_template(t)
    }
}

/// The whole command line of `carnet`, in the language of `loc`.
pub fn build(loc: &Localizer) -> Command {
    let b = Builder { loc };

    let root = b
        .command(BIN, "cli-about")
        .arg(
            b.arg(
                Arg::new(ids::DATA_DIR)
                    .long(ids::DATA_DIR)
                    .value_name("DIR")
                    .num_args(1)
                    .value_parser(clap::value_parser!(std::path::PathBuf))
                    .global(true)
                    .display_order(GLOBAL_ORDER),
                "cli-opt-data-dir",
            ),
        )
        .arg(
            b.arg(
                Arg::new(ids::JSON)
                    .long(ids::JSON)
                    .action(ArgAction::SetTrue)
                    .global(true)
                    .display_order(GLOBAL_ORDER + 1),
                "cli-opt-json",
            ),
        )
        .arg(
            b.arg(
                Arg::new(ids::LANG)
                    .long(ids::LANG)
                    .value_name("TAG")
                    .num_args(1)
                    .global(true)
                    .display_order(GLOBAL_ORDER + 2),
                "cli-opt-lang",
            ),
        )
        .arg(
            b.arg(
                Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(ArgAction::Help)
                    .global(true)
                    .display_order(GLOBAL_ORDER + 3),
                "cli-opt-help",
            ),
        )
        .arg(
            b.arg(
                Arg::new(ids::VERSION)
                    .short('V')
                    .long("version")
                    .action(ArgAction::SetTrue)
                    .display_order(GLOBAL_ORDER + 4),
                "cli-opt-version",
            ),
        )
        .subcommand(b.finish(b.command("init", "cli-cmd-init"), None))
        .subcommand(passphrase(&b))
        .subcommand(profile(&b))
        .subcommand(add(&b))
        .subcommand(list(&b))
        .subcommand(
            b.finish(
                b.command("show", "cli-cmd-show")
                    .arg(b.positional(ids::ID, "ID", "id")),
                None,
            ),
        )
        .subcommand(edit(&b))
        .subcommand(sync(&b))
        .subcommand(pair(&b))
        .subcommand(recovery_sheet(&b))
        .subcommand(recover(&b))
        .subcommand(devices(&b))
        .subcommand(
            b.finish(
                b.command("rm", "cli-cmd-rm")
                    .arg(b.positional(ids::ID, "ID", "id")),
                None,
            ),
        )
        .subcommand(
            b.finish(
                b.command("search", "cli-cmd-search").arg(
                    b.positional(ids::TEXT, "TEXT", "text")
                        .num_args(1..)
                        .action(ArgAction::Append),
                ),
                Some("cli-examples-search"),
            ),
        )
        .subcommand(
            b.finish(
                b.command("attach", "cli-cmd-attach")
                    .arg(b.positional(ids::ID, "ID", "id"))
                    .arg(
                        b.positional(ids::PHOTO, "FILE", "photo")
                            .value_parser(clap::value_parser!(std::path::PathBuf)),
                    ),
                Some("cli-examples-attach"),
            ),
        )
        .subcommand(
            b.finish(
                b.command("detach", "cli-cmd-detach")
                    .arg(b.positional(ids::ID, "ID", "id"))
                    .arg(b.positional(ids::EVIDENCE, "SHA256", "evidence")),
                Some("cli-examples-detach"),
            ),
        )
        .subcommand(export(&b))
        .subcommands(crate::esco::commands(&b))
        .subcommands(crate::credentials::holder::commands(&b))
        .subcommands(crate::credentials::issuer::commands(&b))
        .subcommand(
            b.finish(
                b.command("import", "cli-cmd-import").arg(
                    b.positional(ids::FILE, "FILE", "file")
                        .value_parser(clap::value_parser!(std::path::PathBuf)),
                ),
                None,
            ),
        );
    b.finish(root, Some("cli-examples"))
}

fn sync(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("sync", "cli-cmd-sync")
            .arg(b.option(ids::HUB, "URL", "hub"))
            .arg(
                b.arg(
                    Arg::new(ids::STATUS)
                        .long(ids::STATUS)
                        .action(ArgAction::SetTrue)
                        .conflicts_with(ids::WATCH),
                    "cli-arg-sync-status",
                ),
            )
            .arg(
                b.arg(
                    Arg::new(ids::WATCH)
                        .long(ids::WATCH)
                        .action(ArgAction::SetTrue),
                    "cli-arg-sync-watch",
                ),
            )
            .arg(
                b.option(ids::EVERY, "SECONDS", "sync-every")
                    .value_parser(clap::value_parser!(u64).range(1..))
                    .requires(ids::WATCH),
            ),
        Some("cli-examples-sync"),
    )
}

fn devices(b: &Builder<'_>) -> Command {
    let list = b.finish(b.command("list", "cli-cmd-devices-list"), None);
    let remove = b.finish(
        b.command("remove", "cli-cmd-devices-remove")
            .arg(b.positional(ids::ID, "ID", "device-id")),
        None,
    );
    b.finish(
        b.command("devices", "cli-cmd-devices")
            .subcommand_required(true)
            .subcommand(list)
            .subcommand(remove),
        None,
    )
}

fn pair(b: &Builder<'_>) -> Command {
    let show = b.finish(
        b.command("show", "cli-cmd-pair-show")
            .arg(b.option(ids::HUB, "URL", "hub"))
            .arg(b.option(ids::APPROVE, "FINGERPRINT", "pair-approve")),
        None,
    );
    let join = b.finish(
        b.command("join", "cli-cmd-pair-join")
            .arg(b.positional(ids::CODE, "CODE", "pair-code"))
            .arg(b.option(ids::NAME, "NAME", "pair-name")),
        None,
    );
    b.finish(
        b.command("pair", "cli-cmd-pair")
            .subcommand_required(true)
            .subcommand(show)
            .subcommand(join),
        Some("cli-examples-pair"),
    )
}

fn recovery_sheet(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("recovery-sheet", "cli-cmd-recovery-sheet")
            .arg(
                b.option(ids::OUT, "FILE", "recovery-out")
                    .required(true)
                    .value_parser(clap::value_parser!(std::path::PathBuf)),
            )
            .arg(b.option(ids::HUB, "URL", "hub")),
        Some("cli-examples-recovery-sheet"),
    )
}

fn recover(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("recover", "cli-cmd-recover")
            .arg(
                b.option(ids::SHEET, "PICTURE", "recover-sheet")
                    .value_parser(clap::value_parser!(std::path::PathBuf))
                    .conflicts_with(ids::WORDS),
            )
            .arg(
                b.option(ids::WORDS, "WORDS", "recover-words")
                    .requires(ids::HUB),
            )
            .arg(b.option(ids::HUB, "URL", "recover-hub"))
            .group(
                clap::ArgGroup::new("recover-from")
                    .args([ids::SHEET, ids::WORDS])
                    .required(true),
            ),
        Some("cli-examples-recover"),
    )
}

fn passphrase(b: &Builder<'_>) -> Command {
    let change = b.finish(b.command("change", "cli-cmd-passphrase-change"), None);
    b.finish(
        b.command("passphrase", "cli-cmd-passphrase")
            .subcommand_required(true)
            .subcommand(change),
        None,
    )
}

fn profile(b: &Builder<'_>) -> Command {
    let show = b.finish(b.command("show", "cli-cmd-profile-show"), None);
    let mut set = b.command("set", "cli-cmd-profile-set");
    for name in PROFILE_FIELDS {
        let value = match *name {
            "birth-date" => "DATE",
            "origin" | "current" => "CC",
            _ => "TEXT",
        };
        set = set.arg(b.option(name, value, name));
    }
    set = set
        .arg(b.option(ids::LANGUAGE, "TAG", ids::LANGUAGE))
        .arg(
            b.arg(
                Arg::new(ids::MOTHER_TONGUE)
                    .long(ids::MOTHER_TONGUE)
                    .action(ArgAction::SetTrue)
                    .requires(ids::LANGUAGE)
                    .conflicts_with(ids::NOT_MOTHER_TONGUE),
                "cli-arg-mother-tongue",
            ),
        )
        .arg(
            b.arg(
                Arg::new(ids::NOT_MOTHER_TONGUE)
                    .long(ids::NOT_MOTHER_TONGUE)
                    .action(ArgAction::SetTrue)
                    .requires(ids::LANGUAGE),
                "cli-arg-not-mother-tongue",
            ),
        );
    for (name, _) in CEFR_OPTIONS {
        set = set.arg(b.option(name, "LEVEL", name).requires(ids::LANGUAGE));
    }
    set = set.arg(
        b.option(ids::REMOVE_LANGUAGE, "TAG", ids::REMOVE_LANGUAGE)
            .action(ArgAction::Append),
    );
    let set = b.finish(set, Some("cli-examples-profile-set"));
    b.finish(
        b.command("profile", "cli-cmd-profile")
            .subcommand_required(true)
            .subcommand(show)
            .subcommand(set),
        None,
    )
}

fn add(b: &Builder<'_>) -> Command {
    let mut cmd = b
        .command("add", "cli-cmd-add")
        .arg(b.positional(ids::KIND, "KIND", "kind"));
    for (name, _) in ADD_FIELDS {
        let value = match *name {
            "from" | "to" => "DATE",
            "country" => "CC",
            "written-in" => "TAG",
            "esco" => "URI",
            "isco" => "CODE",
            "level" => "LEVEL",
            "context" => "CONTEXT",
            _ => "TEXT",
        };
        let mut arg = b.option(name, value, name);
        if *name == "title" {
            arg = arg.required(true);
        }
        cmd = cmd.arg(arg);
    }
    cmd = cmd.arg(
        b.option(ids::STAGE, "STAGE", ids::STAGE)
            .action(ArgAction::Append),
    );
    b.finish(cmd, Some("cli-examples-add"))
}

fn list(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("list", "cli-cmd-list")
            .arg(b.option(ids::KIND, "KIND", "list-kind"))
            .arg(b.option(ids::STAGE, "STAGE", "list-stage")),
        None,
    )
}

fn edit(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("edit", "cli-cmd-edit")
            .arg(b.positional(ids::ID, "ID", "id"))
            .arg(
                b.option(ids::SET, "FIELD=VALUE", ids::SET)
                    .required(true)
                    .action(ArgAction::Append),
            ),
        Some("cli-examples-edit"),
    )
}

fn export(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("export", "cli-cmd-export").arg(
            b.option(ids::FORMAT, "FORMAT", ids::FORMAT)
                .required(true)
                .value_parser(["json"]),
        ),
        Some("cli-examples-export"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Localizer {
        Localizer::new(&["en"]).for_terminal()
    }

    /// A missing message shows its id; none of ours may be missing.
    fn assert_localized(text: Option<String>, what: &str) {
        let text = text.unwrap_or_default();
        assert!(
            !text.trim().is_empty() && !text.starts_with("cli-"),
            "{what} has no English text: {text:?}"
        );
    }

    fn walk(cmd: &Command, path: &str) {
        assert_localized(cmd.get_about().map(|s| s.to_string()), path);
        for arg in cmd.get_arguments() {
            assert_localized(
                arg.get_help().map(|s| s.to_string()),
                &format!("{path} {}", arg.get_id()),
            );
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()));
        }
    }

    #[test]
    fn every_help_text_comes_from_fluent() {
        let cmd = build(&english());
        cmd.clone().debug_assert();
        walk(&cmd, BIN);
    }

    #[test]
    fn help_has_fluent_headings_and_no_clap_english() {
        let loc = english();
        let mut cmd = build(&loc);
        cmd.build();
        let mut texts = vec![cmd.render_long_help().to_string()];
        for sub in cmd.get_subcommands_mut() {
            texts.push(sub.render_long_help().to_string());
            for sub2 in sub.get_subcommands_mut() {
                texts.push(sub2.render_long_help().to_string());
            }
        }
        for text in texts {
            assert!(text.contains(&loc.msg("cli-help-usage")), "{text}");
            assert!(text.contains(&loc.msg("cli-help-options")), "{text}");
            for english in ["possible values", "Print help", "[default:", "[env:"] {
                assert!(!text.contains(english), "{english:?} in\n{text}");
            }
        }
    }
}
