//! One run of `carnet`: pick the language, parse, dispatch, report.

use std::ffi::OsString;

use carnet_i18n::Localizer;
use clap::error::ErrorKind;
use clap::ArgMatches;

use crate::cli::{self, ids};
use crate::commands;
use crate::error::CliError;
use crate::exit;
use crate::msg::Msg;
use crate::output::Output;
use crate::parse_errors;
use crate::report;
use crate::session::{self, Session};

/// Runs the command line `args` (program name first) and returns the exit
/// code.
pub fn run(args: Vec<OsString>) -> u8 {
    let loc = Localizer::from_env(crate::argv::lang(&args).as_deref()).for_terminal();
    let json = crate::argv::wants_json(&args);
    match parse_and_run(&loc, &args) {
        Ok(()) => exit::SUCCESS,
        Err(e) => {
            let code = exit::cli_exit_code(&e);
            // A verdict's report has already been printed; it is the answer,
            // and its exit code says the rest.
            if code != exit::SUCCESS && !matches!(e, CliError::Verdict { .. }) {
                print_error(&loc, json, &e, code);
            }
            code
        }
    }
}

fn parse_and_run(loc: &Localizer, args: &[OsString]) -> Result<(), CliError> {
    let cmd = cli::build(loc);
    let matches = match cmd.clone().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            // The help text is ours: the template and every line in it
            // come from Fluent.
            e.print()?;
            return Ok(());
        }
        Err(e) => {
            return Err(CliError::Usage {
                lines: parse_errors::lines(&e),
                command: crate::argv::command_path(&cmd, args),
            })
        }
    };
    if matches.get_flag(ids::VERSION) {
        let version = Msg::new("app-version")
            .text("version", env!("CARGO_PKG_VERSION"))
            .format(loc);
        let out = Output { json: false };
        out.line(&version)?;
        return out.line(&crate::esco::attribution(loc));
    }
    let leaf = leaf(&matches);
    let json = leaf.get_flag(ids::JSON);
    let Some((name, sub)) = matches.subcommand() else {
        let names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
        return Err(CliError::Usage {
            lines: vec![
                Msg::new("cli-error-missing-command").text("command", cli::BIN),
                Msg::new("cli-error-valid-commands").text("commands", names.join(", ")),
            ],
            command: cli::BIN.to_string(),
        });
    };
    let session = Session {
        loc,
        out: Output { json },
        data_dir: session::data_dir(leaf.get_one(ids::DATA_DIR))?,
    };
    let result = commands::dispatch(&session, name, sub);
    // Whatever happened, what was written so far must reach the reader.
    let flushed = session.out.flush();
    result.and(flushed)
}

/// The matches of the innermost subcommand: global options given anywhere
/// on the line are visible there.
fn leaf(matches: &ArgMatches) -> &ArgMatches {
    let mut m = matches;
    while let Some((_, sub)) = m.subcommand() {
        m = sub;
    }
    m
}

/// Explains a failure on stderr in the person's language; with `--json`,
/// also as an object on stdout for the program that called `carnet`.
fn print_error(loc: &Localizer, json: bool, e: &CliError, code: u8) {
    let lines = report::format(loc, &report::lines(e));
    for line in &lines {
        eprintln!("{line}");
    }
    if json {
        let value = serde_json::json!({
            "error": {
                "code": report::code(e),
                "message": lines.join("\n"),
                "exit_code": code,
            }
        });
        // If stdout is gone too, stderr above is all that can be done.
        let _ = Output { json }.json(&value);
    }
}
