//! `cargo xtask run`: installs what the app needs, builds the UI and the
//! app, and starts it (the logbook lives in the platform's data folder, or
//! in `CARNET_DATA_DIR` when set).

use std::process::Command;

use crate::cmd::{self, Result};
use crate::{setup, ui};

pub fn run() -> Result {
    setup::run()?;
    ui::install_and_build()?;
    let mut build = cmd::cargo(["build", "-p", "carnet-app"]);
    println!("==> {}", cmd::display(&build));
    cmd::run(&mut build)?;
    let bin = cmd::target_dir()
        .join("debug")
        .join(format!("carnet-app{}", std::env::consts::EXE_SUFFIX));
    let mut app = Command::new(bin);
    println!("==> {}", cmd::display(&app));
    cmd::run(&mut app)
}
