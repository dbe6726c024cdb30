//! The web UI (ui/): installing its packages, building it, testing it.
//!
//! Order matters: src-tauri embeds `ui/dist` when it compiles
//! (`generate_context!`), clippy included, so the UI is built first.

use std::process::Command;

use crate::cmd::{self, Result};

fn npm(args: &[&str]) -> Command {
    let mut c = Command::new("npm");
    c.args(args)
        .current_dir(cmd::workspace_root().join("ui"))
        .env("CI", "true");
    c
}

fn npx(args: &[&str]) -> Command {
    let mut c = Command::new("npx");
    c.args(args).current_dir(cmd::workspace_root().join("ui"));
    c
}

/// `npm ci`: exactly the packages of `ui/package-lock.json`.
pub fn install() -> Command {
    npm(&["ci", "--no-audit", "--no-fund"])
}

/// Type-checks and bundles the UI into `ui/dist`.
pub fn build() -> Command {
    npm(&["run", "build"])
}

/// The UI's unit tests (vitest, jsdom).
pub fn test() -> Command {
    npx(&["vitest", "run"])
}

/// Installs and builds, for `cargo xtask run`.
pub fn install_and_build() -> Result {
    for mut c in [install(), build()] {
        println!("==> {}", cmd::display(&c));
        cmd::run(&mut c)?;
    }
    Ok(())
}
