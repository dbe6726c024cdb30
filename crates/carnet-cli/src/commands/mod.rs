//! One module per command; each reads its arguments, calls carnet-core and
//! writes the answer, in text or JSON.

use clap::ArgMatches;

use crate::error::CliError;
use crate::session::Session;

mod add;
mod attach;
mod devices;
mod edit;
mod entries;
pub(crate) use entries::SHORT_ID;
mod export;
mod import;
mod init;
mod pair;
mod passphrase;
mod profile;
mod recovery;
mod show;
mod sync;

/// Runs the subcommand `name` with its matches `m`.
pub fn dispatch(s: &Session<'_>, name: &str, m: &ArgMatches) -> Result<(), CliError> {
    match name {
        "init" => init::run(s),
        "passphrase" => passphrase::run(s),
        "profile" => match m.subcommand() {
            Some(("set", sub)) => profile::set(s, sub),
            _ => profile::show(s),
        },
        "add" => add::run(s, m),
        "list" => entries::list(s, m),
        "show" => show::run(s, m),
        "edit" => edit::run(s, m),
        "rm" => edit::remove(s, m),
        "search" => entries::search(s, m),
        "attach" => attach::run(s, m),
        "detach" => attach::detach(s, m),
        "export" => export::run(s),
        "import" => import::run(s, m),
        "sync" => sync::run(s, m),
        "devices" => match m.subcommand() {
            Some(("remove", sub)) => devices::remove(s, sub),
            _ => devices::list(s),
        },
        "recovery-sheet" => recovery::sheet(s, m),
        "recover" => recovery::recover(s, m),
        "pair" => match m.subcommand() {
            Some(("show", sub)) => pair::show(s, sub),
            Some(("join", sub)) => pair::join(s, sub),
            _ => Err(carnet_core::Error::Internal("pair needs show or join".into()).into()),
        },
        n if crate::esco::handles(n) => crate::esco::dispatch(s, n, m),
        n if crate::credentials::holder::handles(n) => {
            crate::credentials::holder::dispatch(s, n, m)
        }
        n if crate::credentials::issuer::handles(n) => {
            crate::credentials::issuer::dispatch(s, n, m)
        }
        // clap only lets through the names `cli.rs` declares.
        other => Err(carnet_core::Error::Internal(format!("unknown command {other}")).into()),
    }
}

/// The text value of argument `id`, if given.
pub(crate) fn text<'m>(m: &'m ArgMatches, id: &str) -> Option<&'m str> {
    m.get_one::<String>(id).map(String::as_str)
}

/// The text value of a required argument; clap has already refused a
/// command line without it, so a gap here is a bug, not a user error.
pub(crate) fn required<'m>(m: &'m ArgMatches, id: &str) -> Result<&'m str, CliError> {
    text(m, id).ok_or_else(|| {
        carnet_core::Error::Internal(format!("argument {id} missing after parsing")).into()
    })
}

/// Every value of a repeatable argument.
pub(crate) fn all<'m>(m: &'m ArgMatches, id: &str) -> Vec<&'m str> {
    m.get_many::<String>(id)
        .map(|v| v.map(String::as_str).collect())
        .unwrap_or_default()
}

/// Reads a file the person named, e.g. a photo or an export.
fn read_file(path: &std::path::Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::ReadFile {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })
}
