//! Project tasks, run as `cargo xtask <command>` (alias in `.cargo/config.toml`).
//!
//! Plain std Rust, so a fresh machine needs nothing but a Rust toolchain to
//! get from a clone to a tested build.

mod app;
mod bench;
mod cmd;
mod esco;
mod run;
mod screenshots;
mod setup;
mod test;
mod ui;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  setup             install what building and testing need (Debian/Ubuntu packages,
                    Node.js if missing, rustup components, tauri-driver)
  test              setup, then the UI (npm ci, build, vitest), fmt check, clippy,
                    build, every test (the app's end to end under Xvfb included),
                    and `esco --check` when the ESCO source data is there
  run               setup, build the UI and the app, and start the app
  run --cli [--lang TAG]
                    build the `carnet` CLI and walk through a short demo in a temporary directory
  bench [logbook|qr|sync|esco|app|all] [ARGS...]
                    run the benchmarks (release build; ARGS go to criterion;
                    `qr` also runs zxing-cpp on the same pictures; `app`:
                    binary size, launch time and idle memory of the app)
  screenshots       build the UI and the app, walk every screen at 360x640 under
                    Xvfb and save PNGs in docs/screenshots/{en,ar,ti,uk}/ (not part of `test`)
  esco [--from DIR] [--out FILE] [--check]
                    build assets/esco/esco.sqlite from the official ESCO CSVs
                    (default DIR ../shared/data/esco); --check: two builds are
                    byte-identical and match the committed asset
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        "setup" => no_args(command, rest).and_then(|()| setup::run()),
        "test" => no_args(command, rest).and_then(|()| test::run()),
        "run" => match rest.split_first() {
            Some((flag, rest)) if flag == "--cli" => run::run(rest),
            _ => no_args(command, rest).and_then(|()| app::run()),
        },
        "bench" => bench::run(rest),
        "screenshots" => no_args(command, rest).and_then(|()| screenshots::run()),
        "esco" => esco::run(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => {
            eprintln!("xtask: unknown command `{other}`\n");
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn no_args(command: &str, rest: &[String]) -> Result<(), cmd::Failure> {
    if rest.is_empty() {
        Ok(())
    } else {
        Err(cmd::Failure::usage(format!(
            "`{command}` takes no arguments (got `{}`)",
            rest.join(" ")
        )))
    }
}
