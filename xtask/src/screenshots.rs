//! `cargo xtask screenshots`: PNGs of every screen at 360×640 (a small
//! phone) in docs/screenshots/<lang>/ (English, Arabic, Tigrinya and
//! Ukrainian), taken by the accessibility walks of tests/it/app/a11y.rs with `CARNET_SCREENSHOTS_DIR` set. Not part of
//! `cargo xtask test`: pictures change with every pixel of the UI.

use crate::cmd::{self, Result};
use crate::{setup, test, ui};

pub fn run() -> Result {
    setup::run()?;
    ui::install_and_build()?;
    let mut build = cmd::cargo(["build", "--workspace", "--bins"]);
    println!("==> {}", cmd::display(&build));
    cmd::run(&mut build)?;
    let out = cmd::workspace_root().join("docs/screenshots");
    let mut c = cmd::cargo(["test", "-p", "carnet-tests", "--test", "it", "app::a11y::"]);
    c.env("CARNET_SCREENSHOTS_DIR", &out)
        .env("CARNET_APP_BIN", test::bin("carnet-app"))
        .env("CARNET_BIN", test::bin("carnet"))
        .env("CARNET_HUB_BIN", test::bin("carnet-hub"))
        .env("TAURI_DRIVER", test::tauri_driver());
    println!("==> {}", cmd::display(&c));
    cmd::run(&mut c)?;
    println!("screenshots in {}", out.display());
    Ok(())
}
