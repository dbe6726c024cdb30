//! Credential commands for issuers and verifiers (docs/cli.md, "Credentials:
//! issuers and verifiers"): an issuer identity that endorses requests and
//! publishes revocations; a trust anchor that signs bundles of issuers; and
//! a verifier that imports bundles and status lists and checks QR codes.
//!
//! Issuer and anchor keys live in `<data-dir>/issuer/` and `<data-dir>/anchor/`
//! (`identity.rs`), apart from any logbook in the same folder. What a
//! verifier imports lives in `<data-dir>/verifier/` as the signed files
//! themselves (`store.rs`), checked again every time they are used.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};

use crate::cli::Builder;
use crate::error::CliError;
use crate::exit;
use crate::session::Session;

mod endorse;
mod errors;
mod identity;
mod manage;
mod store;
mod trust;
mod verify;

/// The top-level names this part adds.
const NAMES: &[&str] = &["issuer", "endorse", "trust", "revocation", "verify"];

/// Argument ids.
mod ids {
    pub const NAME: &str = "name";
    pub const COUNTRY: &str = "country";
    pub const KIND: &str = "kind";
    pub const INDEX: &str = "index";
    pub const OUT: &str = "out";
    pub const REQUEST: &str = "request";
    pub const ASSESSED_BY: &str = "assessed-by";
    pub const EXPIRES: &str = "expires";
    pub const VALID_DAYS: &str = "valid-days";
    pub const KEY: &str = "key";
    pub const FILE: &str = "file";
    pub const ISSUER: &str = "issuer";
    pub const IMAGE: &str = "image";
    pub const TEXT: &str = "text";
    pub const NONCE: &str = "nonce";
    pub const AUDIENCE: &str = "audience";
}

/// The subcommands this part adds to `carnet`.
pub(crate) fn commands(b: &Builder<'_>) -> Vec<Command> {
    vec![issuer(b), endorse(b), trust(b), revocation(b), verify(b)]
}

/// Whether `name` is one of [`commands`].
pub fn handles(name: &str) -> bool {
    NAMES.contains(&name)
}

/// Runs one of [`commands`].
pub fn dispatch(s: &Session<'_>, name: &str, m: &ArgMatches) -> Result<(), CliError> {
    match (name, m.subcommand()) {
        ("issuer", Some(("init", sub))) => manage::init(s, sub),
        ("issuer", Some(("show", _))) => manage::show(s),
        ("issuer", Some(("revoke", sub))) => manage::revoke(s, sub),
        ("issuer", Some(("status-list", sub))) => manage::status_list(s, sub),
        ("endorse", _) => endorse::run(s, m),
        ("trust", Some(("anchor", sub))) => match sub.subcommand() {
            Some(("init", sub2)) => trust::anchor_init(s, sub2),
            Some(("show", _)) => trust::anchor_show(s),
            Some(("add", sub2)) => trust::anchor_add(s, sub2),
            _ => Err(internal(name)),
        },
        ("trust", Some(("bundle", sub))) => trust::bundle(s, sub),
        ("trust", Some(("import", sub))) => trust::import(s, sub),
        ("trust", Some(("list", _))) => trust::list(s),
        ("revocation", Some(("import", sub))) => trust::revocation_import(s, sub),
        ("verify", _) => verify::run(s, m),
        _ => Err(internal(name)),
    }
}

/// clap only lets through what the commands declare.
fn internal(name: &str) -> CliError {
    carnet_core::Error::Internal(format!("unknown command {name}")).into()
}

// ---------------------------------------------------------------------------
// The command line.

fn out(b: &Builder<'_>) -> Arg {
    b.option(ids::OUT, "FILE", "cred-out")
        .required(true)
        .value_parser(clap::value_parser!(PathBuf))
}

fn file(b: &Builder<'_>, help: &str) -> Arg {
    b.positional(ids::FILE, "FILE", help)
        .value_parser(clap::value_parser!(PathBuf))
}

fn issuer(b: &Builder<'_>) -> Command {
    let init = b
        .command("init", "cli-cmd-issuer-init")
        .arg(b.option(ids::NAME, "NAME", "issuer-name").required(true))
        .arg(
            b.option(ids::COUNTRY, "CC", "issuer-country")
                .required(true),
        )
        .arg(b.option(ids::KIND, "KIND", "issuer-kind").required(true));
    let revoke = b.command("revoke", "cli-cmd-issuer-revoke").arg(
        b.positional(ids::INDEX, "INDEX", "revoke-index")
            .value_parser(clap::value_parser!(u32)),
    );
    let status = b
        .command("status-list", "cli-cmd-issuer-status-list")
        .arg(out(b));
    b.finish(
        b.command("issuer", "cli-cmd-issuer")
            .subcommand_required(true)
            .subcommand(b.finish(init, Some("cli-examples-issuer-init")))
            .subcommand(b.finish(b.command("show", "cli-cmd-issuer-show"), None))
            .subcommand(b.finish(revoke, None))
            .subcommand(b.finish(status, None)),
        None,
    )
}

fn endorse(b: &Builder<'_>) -> Command {
    let cmd = b
        .command("endorse", "cli-cmd-endorse")
        .arg(
            b.positional(ids::REQUEST, "REQUEST", "endorse-request")
                .required(false)
                .value_parser(clap::value_parser!(PathBuf)),
        )
        .arg(b.option(ids::TEXT, "CNR1", "endorse-text"))
        .group(
            ArgGroup::new("input")
                .args([ids::REQUEST, ids::TEXT])
                .required(true),
        )
        .arg(
            b.option(ids::ASSESSED_BY, "HOW", "endorse-assessed-by")
                .required(true),
        )
        .arg(b.option(ids::EXPIRES, "DATE", "endorse-expires"))
        .arg(
            b.option(ids::VALID_DAYS, "DAYS", "endorse-valid-days")
                .value_parser(clap::value_parser!(u32))
                .conflicts_with(ids::EXPIRES),
        )
        .arg(out(b));
    b.finish(cmd, Some("cli-examples-endorse"))
}

fn trust(b: &Builder<'_>) -> Command {
    let anchor = b
        .command("anchor", "cli-cmd-trust-anchor")
        .subcommand_required(true)
        .subcommand(
            b.finish(
                b.command("init", "cli-cmd-trust-anchor-init")
                    .arg(b.option(ids::NAME, "NAME", "anchor-name").required(true)),
                None,
            ),
        )
        .subcommand(b.finish(b.command("show", "cli-cmd-trust-anchor-show"), None))
        .subcommand(
            b.finish(
                b.command("add", "cli-cmd-trust-anchor-add")
                    .arg(b.positional(ids::KEY, "KEY", "anchor-key"))
                    .arg(b.option(ids::NAME, "NAME", "anchor-name").required(true)),
                None,
            ),
        );
    let bundle = b
        .command("bundle", "cli-cmd-trust-bundle")
        .arg(
            b.option(ids::ISSUER, "ISSUER", "bundle-issuer")
                .required(true)
                .action(ArgAction::Append),
        )
        .arg(out(b));
    b.finish(
        b.command("trust", "cli-cmd-trust")
            .subcommand_required(true)
            .subcommand(b.finish(anchor, None))
            .subcommand(b.finish(bundle, Some("cli-examples-trust-bundle")))
            .subcommand(
                b.finish(
                    b.command("import", "cli-cmd-trust-import")
                        .arg(file(b, "trust-file")),
                    None,
                ),
            )
            .subcommand(b.finish(b.command("list", "cli-cmd-trust-list"), None)),
        None,
    )
}

fn revocation(b: &Builder<'_>) -> Command {
    b.finish(
        b.command("revocation", "cli-cmd-revocation")
            .subcommand_required(true)
            .subcommand(
                b.finish(
                    b.command("import", "cli-cmd-revocation-import")
                        .arg(file(b, "status-file")),
                    None,
                ),
            ),
        None,
    )
}

fn verify(b: &Builder<'_>) -> Command {
    let cmd = b
        .command("verify", "cli-cmd-verify")
        .arg(
            b.arg(
                Arg::new(ids::IMAGE)
                    .value_name("IMAGE")
                    .value_parser(clap::value_parser!(PathBuf)),
                "cli-arg-verify-image",
            ),
        )
        .arg(b.option(ids::TEXT, "CN1", "verify-text"))
        .arg(b.option(ids::NONCE, "HEX", "verify-nonce"))
        .arg(b.option(ids::AUDIENCE, "TEXT", "verify-audience"))
        .group(
            ArgGroup::new("input")
                .args([ids::IMAGE, ids::TEXT])
                .required(true),
        );
    b.finish(cmd, Some("cli-examples-verify"))
}

// ---------------------------------------------------------------------------
// Shared helpers.

/// A credential-command failure with message `error-<code>`.
fn err(code: &'static str, args: Vec<(&'static str, String)>, exit: u8) -> CliError {
    CliError::Credential { code, args, exit }
}

/// The text value of argument `id`, if given.
fn text<'m>(m: &'m ArgMatches, id: &str) -> Option<&'m str> {
    m.get_one::<String>(id).map(String::as_str)
}

/// A required text argument; clap already refused a line without it.
fn required<'m>(m: &'m ArgMatches, id: &str) -> Result<&'m str, CliError> {
    text(m, id).ok_or_else(|| missing(id))
}

/// A required path argument.
fn path<'m>(m: &'m ArgMatches, id: &str) -> Result<&'m Path, CliError> {
    m.get_one::<PathBuf>(id)
        .map(PathBuf::as_path)
        .ok_or_else(|| missing(id))
}

fn missing(id: &str) -> CliError {
    carnet_core::Error::Internal(format!("argument {id} missing after parsing")).into()
}

/// Reads a file the person named; files are small (the library caps each
/// format at 4 MiB), so a bigger one is refused before it is read whole.
fn read_input(path: &Path) -> Result<Vec<u8>, CliError> {
    const LIMIT: u64 = 64 * 1024 * 1024;
    let meta = std::fs::metadata(path).map_err(|e| CliError::ReadFile {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    if meta.len() > LIMIT {
        return Err(err(
            "file-too-big",
            vec![("path", path.display().to_string())],
            exit::INVALID_INPUT,
        ));
    }
    std::fs::read(path).map_err(|e| CliError::ReadFile {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })
}

/// Writes `bytes` to `path` through a temporary file in the same folder and
/// a rename, so a crash or a full disk never leaves half a file where a
/// good one was.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    carnet_credential::fsutil::write_atomically(path, bytes)
        .map_err(|e| identity::storage(path, &e))
}

/// Whole days from `then` to `now` (0 if `then` is in the future).
fn days_ago(then: u64, now: u64) -> i64 {
    i64::try_from(now.saturating_sub(then) / 86_400).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_credential::{AssessedBy, ConceptKind, EntryKind, FieldId, IssuerKind};
    use carnet_credential::{LearningContext, Stage, Verdict};
    use carnet_i18n::Localizer;

    fn english() -> Localizer {
        Localizer::new(&["en"]).for_terminal()
    }

    /// Message ids used as they are, with the arguments the code gives.
    const FIXED: &[(&str, &[&str])] = &[
        ("issuer-created", &["name"]),
        ("issuer-label-name", &[]),
        ("issuer-label-country", &[]),
        ("issuer-label-kind", &[]),
        ("issuer-label-public-key", &[]),
        ("issuer-label-kid", &[]),
        ("issuer-label-issued", &[]),
        ("issuer-label-revoked", &[]),
        ("issuer-revoked", &["index"]),
        ("issuer-already-revoked", &["index"]),
        ("issuer-revoked-next-step", &[]),
        ("issuer-status-list-written", &["path", "count"]),
        ("endorse-intro", &["count", "holder"]),
        ("endorse-entry", &["title", "kind", "level", "dates"]),
        ("endorse-untitled", &[]),
        ("endorse-expires-on", &["date"]),
        ("endorse-no-expiry", &[]),
        ("endorse-written", &["path", "count", "first", "last"]),
        ("trust-anchor-added", &["name", "kid"]),
        ("trust-bundle-written", &["path", "count"]),
        ("trust-imported", &["count", "date"]),
        ("trust-list-empty", &[]),
        ("trust-list-bundle", &["anchor", "date", "days"]),
        ("trust-list-issuer", &["name", "kind", "country", "kid"]),
        ("revocation-imported", &["name", "count", "date"]),
        ("verify-presentation", &["stage", "date", "kid"]),
        ("verify-audience", &["audience"]),
        ("verify-endorsed-by", &["name", "kind", "country"]),
        (
            "verify-endorsed-by-unchecked",
            &["name", "kind", "country", "kid"],
        ),
        ("verify-colleague-note", &[]),
        ("verify-endorsed-on", &["date", "how", "expires"]),
        ("verify-hidden", &["count"]),
        ("verify-trust-age", &["days", "date"]),
        ("verify-status-age", &["days", "date"]),
        ("verify-newer-code", &[]),
    ];

    /// Our own error codes, with their arguments.
    const OWN_ERRORS: &[(&str, &[&str])] = &[
        ("issuer-exists", &[]),
        ("no-issuer", &[]),
        ("issuer-damaged", &[]),
        ("anchor-exists", &[]),
        ("no-anchor", &[]),
        ("anchor-damaged", &[]),
        ("identity-too-new", &[]),
        ("storage-file", &["path", "reason"]),
        ("file-too-big", &["path"]),
        ("issuer-kind", &["value"]),
        ("assessed-by", &["value"]),
        ("expires-date", &["value"]),
        ("expires-past", &[]),
        ("issuer-indexes-used-up", &[]),
        ("revoke-not-issued", &["index", "next"]),
        ("anchor-name", &[]),
        ("anchor-known", &["kid"]),
        ("issuer-file", &["path"]),
        ("trust-bundle-not-newer", &[]),
        ("status-list-not-newer", &[]),
        ("status-list-issuer-unknown", &["kid"]),
        ("verifier-damaged", &[]),
        ("verify-nonce", &["value"]),
        ("verify-got-request", &[]),
        ("endorse-got-presentation", &[]),
    ];

    /// Ids built from a keyword: prefix + every keyword of the enum.
    fn keyword_ids() -> Vec<String> {
        let mut ids = Vec::new();
        let mut add = |prefix: &str, words: Vec<&str>| {
            ids.extend(words.into_iter().map(|w| format!("{prefix}{w}")));
        };
        add(
            "issuer-kind-",
            IssuerKind::ALL.iter().map(|k| k.as_str()).collect(),
        );
        add(
            "endorse-how-",
            AssessedBy::ALL.iter().map(|k| k.as_str()).collect(),
        );
        add(
            "verify-how-",
            AssessedBy::ALL.iter().map(|k| k.as_str()).collect(),
        );
        add(
            "verify-stage-",
            Stage::ALL.iter().map(|k| k.as_str()).collect(),
        );
        add(
            "verify-field-",
            FieldId::ALL.iter().map(|k| k.as_str()).collect(),
        );
        add(
            "verify-entry-kind-",
            EntryKind::ALL.iter().map(|k| k.as_str()).collect(),
        );
        add(
            "verify-context-",
            LearningContext::ALL.iter().map(|k| k.as_str()).collect(),
        );
        add(
            "verify-esco-",
            ConceptKind::ALL.iter().map(|k| k.as_str()).collect(),
        );
        let verdicts = [
            Verdict::Valid,
            Verdict::SelfDeclared,
            Verdict::UnknownIssuer,
            Verdict::Expired,
            Verdict::Revoked,
            Verdict::Tampered,
            Verdict::Malformed,
        ];
        add("verdict-", verdicts.iter().map(|v| v.code()).collect());
        ids
    }

    fn check(loc: &Localizer, id: &str, args: &[&'static str]) {
        assert!(loc.has(id), "add {id} to locales/en/credentials-issuer.ftl");
        let mut m = crate::msg::Msg::new(id);
        for a in args {
            m = match *a {
                "count" | "days" | "index" | "first" | "last" => m.number(a, 2),
                _ => m.text(a, "x"),
            };
        }
        let text = m.format(loc);
        assert!(
            !text.contains("{$") && !text.trim().is_empty(),
            "{id}: {text}"
        );
    }

    #[test]
    fn every_message_id_we_use_is_in_english() {
        let loc = english();
        for (id, args) in FIXED {
            check(&loc, id, args);
        }
        for id in keyword_ids() {
            check(&loc, &id, &[]);
        }
        for (code, args) in verify::tests::REASONS {
            check(&loc, &format!("reason-{code}"), args);
        }
        for (code, args) in OWN_ERRORS {
            check(&loc, &format!("error-{code}"), args);
        }
    }

    #[test]
    fn every_library_error_has_a_message_and_an_exit_code() {
        let loc = english();
        for e in errors::tests::every_library_error() {
            let lines = crate::report::lines(&e);
            for m in &lines {
                assert!(
                    loc.has(&m.id),
                    "add {} to credentials-issuer.ftl or verify.ftl",
                    m.id
                );
                assert!(!m.format(&loc).contains("{$"), "{}", m.id);
            }
            let code = crate::exit::cli_exit_code(&e);
            assert!((1..=10).contains(&code), "{code}");
        }
    }

    #[test]
    fn command_names_match_handles() {
        let loc = english();
        let cmd = crate::cli::build(&loc);
        for name in NAMES {
            assert!(cmd.find_subcommand(name).is_some(), "{name}");
            assert!(handles(name));
        }
        assert!(!handles("add"));
    }
}
