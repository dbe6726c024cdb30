//! `cargo xtask test`: setup, then every check CI runs, in order, stopping
//! at the first failure; last, that the committed ESCO asset is what
//! `cargo xtask esco` builds (when ../shared/data/esco is there).

use std::process::Command;
use std::time::{Duration, Instant};

use crate::cmd::{self, Result};
use crate::{setup, ui};

pub fn run() -> Result {
    setup::run()?;
    let carnet_bin = carnet_bin();
    let mut steps: Vec<(&str, Command)> = vec![
        // The UI first: src-tauri embeds ui/dist when it compiles.
        ("ui-deps", ui::install()),
        ("ui-build", ui::build()),
        ("ui-test", ui::test()),
        ("format", cmd::cargo(["fmt", "--all", "--", "--check"])),
        (
            "lint",
            cmd::cargo([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
        ),
        // The end-to-end tests in tests/ drive the real `carnet` binary.
        ("build", cmd::cargo(["build", "--workspace", "--bins"])),
        ("test", cmd::cargo(["test", "--workspace"])),
    ];
    if let Some((_, test)) = steps.last_mut() {
        test.env("CARNET_BIN", &carnet_bin);
        test.env("CARNET_HUB_BIN", bin("carnet-hub"));
        // The app's end-to-end test drives the real app through tauri-driver.
        test.env("CARNET_APP_BIN", bin("carnet-app"));
        test.env("TAURI_DRIVER", tauri_driver());
    }

    let total = steps.len();
    let mut times: Vec<(&str, Duration)> = Vec::new();
    for (i, (name, c)) in steps.iter_mut().enumerate() {
        println!("\n==> [{}/{total}] {name}: {}", i + 1, cmd::display(c));
        let start = Instant::now();
        let result = cmd::run(c);
        let took = start.elapsed();
        times.push((name, took));
        match result {
            Ok(()) => println!("==> {name} passed in {}", secs(took)),
            Err(e) => {
                println!("==> {name} FAILED after {}", secs(took));
                summary(&times);
                return Err(e);
            }
        }
        if *name == "build" && !carnet_bin.is_file() {
            println!(
                "==> warning: {} was not built; end-to-end tests will not find it",
                carnet_bin.display()
            );
        }
    }
    // The ESCO asset is what the importer builds, byte for byte; only where
    // the source data is (CI has shared/ beside the clone).
    let data = cmd::workspace_root().join("../shared/data/esco");
    if data.is_dir() {
        println!("\n==> esco: cargo xtask esco --check");
        let start = Instant::now();
        let result = crate::esco::run(&["--check".to_string()]);
        times.push(("esco", start.elapsed()));
        if let Err(e) = result {
            println!("==> esco FAILED");
            summary(&times);
            return Err(e);
        }
    } else {
        println!("\n==> esco: skipped ({} not found)", data.display());
    }
    summary(&times);
    println!("all checks passed");
    Ok(())
}

/// tauri-driver from `PATH`, else where `cargo install` put it.
pub fn tauri_driver() -> std::path::PathBuf {
    if cmd::on_path("tauri-driver") {
        return "tauri-driver".into();
    }
    setup::cargo_bin_dir().join("tauri-driver")
}

fn carnet_bin() -> std::path::PathBuf {
    bin("carnet")
}

pub fn bin(name: &str) -> std::path::PathBuf {
    cmd::target_dir()
        .join("debug")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

fn summary(times: &[(&str, Duration)]) {
    println!("\nstep times:");
    for (name, took) in times {
        println!("  {name:<9} {:>8}", secs(*took));
    }
    let total: Duration = times.iter().map(|(_, t)| *t).sum();
    println!("  {:<9} {:>8}", "total", secs(total));
}

fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}
