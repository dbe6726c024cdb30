//! Credential commands of the holder (docs/cli.md, "Credentials: the
//! holder"): ask an issuer to endorse entries (`request`), keep what they
//! signed (`receive`), list it (`credentials`, alias `wallet`), show
//! chosen entries as one QR code (`present`) and hand one to other wallets
//! as a W3C VC / Open Badges 3.0 credential (`export-credential`).
//!
//! The holder key is derived by carnet-core from the logbook secret, so
//! every device of the logbook presents with the same key, and stored
//! credentials sync with the entries they endorse.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::cli::Builder;
use crate::error::CliError;
use crate::exit;
use crate::session::Session;

mod claims_map;
mod errors;
mod export_vc;
mod picture;
mod present;
mod receive;
mod request;
mod wallet;

/// The top-level names this part adds (`wallet` is an alias of
/// `credentials`; clap reports the canonical name).
const NAMES: &[&str] = &[
    "request",
    "receive",
    "credentials",
    "present",
    "export-credential",
];

/// Argument ids.
mod ids {
    pub const ENTRIES: &str = "entries";
    pub const OUT: &str = "out";
    pub const FILE: &str = "file";
    pub const SELECT: &str = "select";
    pub const FIELDS: &str = "fields";
    pub const SELF_DECLARED: &str = "self-declared";
    pub const STAGE: &str = "stage";
    pub const AUDIENCE: &str = "audience";
    pub const NONCE: &str = "nonce";
    pub const PRINT: &str = "print";
    pub const TEXT: &str = "text";
    pub const ENTRY: &str = "entry";
    pub const FORMAT: &str = "format";
    pub const JWT: &str = "jwt";
}

/// The subcommands this part adds to `carnet`.
pub(crate) fn commands(b: &Builder<'_>) -> Vec<Command> {
    vec![
        request_cmd(b),
        receive_cmd(b),
        credentials_cmd(b),
        present_cmd(b),
        export_cmd(b),
    ]
}

/// Whether `name` is one of [`commands`].
pub fn handles(name: &str) -> bool {
    NAMES.contains(&name)
}

/// Runs one of [`commands`].
pub fn dispatch(s: &Session<'_>, name: &str, m: &ArgMatches) -> Result<(), CliError> {
    match name {
        "request" => request::run(s, m),
        "receive" => receive::run(s, m),
        "credentials" => wallet::run(s),
        "present" => present::run(s, m),
        "export-credential" => export_vc::run(s, m),
        // clap only lets through the names declared above.
        other => Err(carnet_core::Error::Internal(format!("unknown command {other}")).into()),
    }
}

// ---------------------------------------------------------------------------
// The command line.

fn out_arg(b: &Builder<'_>, help: &str) -> Arg {
    b.option(ids::OUT, "FILE", help)
        .required(true)
        .value_parser(clap::value_parser!(PathBuf))
}

/// A repeatable `--name ID...` option.
fn ids_option(b: &Builder<'_>, name: &'static str, help: &str) -> Arg {
    b.option(name, "ID", help)
        .num_args(1..)
        .action(ArgAction::Append)
}

fn request_cmd(b: &Builder<'_>) -> Command {
    let cmd = b
        .command("request", "cli-cmd-holder-request")
        .arg(
            b.positional(ids::ENTRIES, "ID", "holder-request-ids")
                .num_args(1..)
                .action(ArgAction::Append),
        )
        .arg(
            b.option(ids::OUT, "FILE", "holder-request-out")
                .value_parser(clap::value_parser!(PathBuf)),
        )
        .arg(
            b.arg(
                Arg::new(ids::TEXT)
                    .long(ids::TEXT)
                    .action(ArgAction::SetTrue),
                "cli-arg-holder-request-text",
            ),
        )
        .group(
            clap::ArgGroup::new("output")
                .args([ids::OUT, ids::TEXT])
                .multiple(true)
                .required(true),
        );
    b.finish(cmd, Some("cli-examples-holder-request"))
}

fn receive_cmd(b: &Builder<'_>) -> Command {
    let cmd = b.command("receive", "cli-cmd-holder-receive").arg(
        b.positional(ids::FILE, "FILE", "holder-receive-file")
            .value_parser(clap::value_parser!(PathBuf)),
    );
    b.finish(cmd, Some("cli-examples-holder-receive"))
}

fn credentials_cmd(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("credentials", "cli-cmd-holder-credentials")
            .alias("wallet"),
        None,
    )
}

fn present_cmd(b: &Builder<'_>) -> Command {
    let flag = |name: &'static str, help: &str| {
        b.arg(
            Arg::new(name).long(name).action(ArgAction::SetTrue),
            &format!("cli-arg-{help}"),
        )
    };
    let cmd = b
        .command("present", "cli-cmd-holder-present")
        .arg(ids_option(b, ids::SELECT, "holder-present-select"))
        .arg(b.option(ids::FIELDS, "FIELDS", "holder-present-fields"))
        .arg(ids_option(
            b,
            ids::SELF_DECLARED,
            "holder-present-self-declared",
        ))
        .arg(b.option(ids::STAGE, "STAGE", "holder-present-stage"))
        .arg(b.option(ids::AUDIENCE, "TEXT", "holder-present-audience"))
        .arg(b.option(ids::NONCE, "HEX", "holder-present-nonce"))
        .arg(flag(ids::PRINT, "holder-present-print"))
        .arg(out_arg(b, "holder-present-out"))
        .arg(flag(ids::TEXT, "holder-present-text"));
    b.finish(cmd, Some("cli-examples-holder-present"))
}

fn export_cmd(b: &Builder<'_>) -> Command {
    let cmd = b
        .command("export-credential", "cli-cmd-holder-export")
        .arg(b.positional(ids::ENTRY, "ID", "holder-export-id"))
        .arg(
            b.option(ids::FORMAT, "FORMAT", "holder-export-format")
                .required(true)
                .value_parser(["vc"]),
        )
        .arg(b.arg(
            Arg::new(ids::JWT).long(ids::JWT).action(ArgAction::SetTrue),
            "cli-arg-holder-export-jwt",
        ))
        .arg(
            b.option(ids::OUT, "FILE", "holder-export-out")
                .value_parser(clap::value_parser!(PathBuf)),
        );
    b.finish(cmd, Some("cli-examples-holder-export"))
}

// ---------------------------------------------------------------------------
// Shared helpers.

/// A holder-side failure: the message `error-<code>`, filled with `args`.
fn err(code: &'static str, args: Vec<(&'static str, String)>, exit: u8) -> CliError {
    CliError::Credential { code, args, exit }
}

/// Writes a file the person named. Written in full or reported: a request
/// or QR code that is half on disk would fail later, far from the cause.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    std::fs::write(path, bytes).map_err(|e| {
        err(
            "holder-write-file",
            vec![
                ("path", path.display().to_string()),
                ("reason", e.to_string()),
            ],
            exit::STORAGE,
        )
    })
}

/// Every value of a repeatable argument, each split at commas, so that
/// `--select a b`, `--select a --select b` and `--select a,b` agree.
fn values(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| {
            v.flat_map(|s| s.split(','))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg::Msg;

    /// Every message this part can show, with the arguments it passes.
    fn every_message() -> Vec<Msg> {
        use carnet_credential::{AssessedBy, IssuerKind};
        let text = |id: &str, names: &[&'static str]| {
            names
                .iter()
                .fold(Msg::new(id), |m, n| m.text(n, "x".to_string()))
        };
        let mut out = vec![
            Msg::new("holder-request-intro").number("count", 2),
            text("holder-request-entry", &["title", "kind", "fields"]),
            Msg::new("holder-request-next"),
            text(
                "holder-receive-done",
                &["issuer", "kind", "country", "assessed"],
            ),
            text("holder-validity-until", &["issued", "expires"]),
            text("holder-validity-open", &["issued"]),
            Msg::new("holder-wallet-empty"),
            Msg::new("holder-wallet-damaged"),
            Msg::new("holder-present-nothing"),
            Msg::new("holder-present-done")
                .number("endorsed", 1)
                .number("declared", 0)
                .text("path", "qr.png"),
            Msg::new("holder-present-size")
                .text("version", "9")
                .text("ec", "M")
                .number("chars", 300),
            Msg::new("holder-present-expires")
                .text("when", "x")
                .number("hours", 24),
            Msg::new("holder-present-by-kid"),
        ];
        for id in [
            "holder-wallet-line-until",
            "holder-wallet-line-open",
            "holder-wallet-line-expired",
        ] {
            out.push(text(
                id,
                &["issuer", "kind", "country", "issued", "expires"],
            ));
        }
        for k in IssuerKind::ALL {
            out.push(Msg::new(format!("holder-issuer-kind-{}", k.as_str())));
        }
        for a in AssessedBy::ALL {
            out.push(Msg::new(format!("holder-assessed-{}", a.as_str())));
        }
        for k in carnet_core::model::Kind::ALL {
            out.push(Msg::new(format!("cli-kind-{}", k.as_str())));
        }
        out.push(Msg::new("holder-request-written").text("path", "req.png"));
        let mut errs = vec![
            errors::stored_credential("Tiling"),
            claims_map::parse_fields("colour")
                .err()
                .unwrap_or(CliError::NoDataDir),
            write_file(Path::new("/nonexistent/dir/x"), b"")
                .err()
                .unwrap_or(CliError::NoDataDir),
        ];
        // Library errors have the same messages on every side.
        errs.extend(crate::credentials::errors::tests::every_library_error());
        let codes: &[(&'static str, &[&'static str])] = &[
            ("holder-no-key", &[]),
            ("holder-entry-unfit", &["title", "field"]),
            ("holder-credential-no-entries", &["path"]),
            ("holder-credential-entry-gone", &["id", "path"]),
            ("holder-not-endorsed", &["title"]),
            ("holder-selected-twice", &["title"]),
            ("holder-bad-stage", &["value"]),
            ("holder-bad-audience", &[]),
            ("holder-bad-nonce", &["value"]),
            ("holder-bad-out", &["path"]),
            ("holder-no-vc", &["title", "issuer"]),
        ];
        for (code, names) in codes {
            let args = names.iter().map(|n| (*n, "x".to_string())).collect();
            errs.push(err(code, args, exit::INVALID_INPUT));
        }
        for e in &errs {
            assert!(matches!(e, CliError::Credential { .. }), "{e:?}");
            out.extend(crate::report::lines(e));
        }
        out
    }

    #[test]
    fn every_message_exists_in_english_and_gets_its_arguments() {
        let loc = carnet_i18n::Localizer::new(&["en"]).for_terminal();
        for m in every_message() {
            assert!(loc.has(&m.id), "missing {}", m.id);
            let text = m.format(&loc);
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{}: {text}",
                m.id
            );
        }
    }

    #[test]
    fn dates_are_days() {
        assert_eq!(crate::output::date_from_secs(0), "1970-01-01");
        assert_eq!(crate::output::date_from_secs(1_715_644_800), "2024-05-14");
    }
}
