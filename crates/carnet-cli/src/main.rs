//! `carnet`: keep, search and export a skills logbook from a terminal.
//!
//! Everything a person reads comes from Fluent (`locales/<lang>/cli.ftl`,
//! `errors.ftl`); every failure ends in one documented exit code
//! (`exit.rs`, `docs/cli.md`), so scripts and helpers can rely on both.

mod app;
mod argv;
mod cli;
mod commands;
mod credentials;
mod error;
mod esco;
mod exit;
mod msg;
mod output;
mod parse_errors;
mod passphrase;
mod report;
mod session;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(app::run(std::env::args_os().collect()))
}
