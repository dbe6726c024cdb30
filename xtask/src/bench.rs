//! `cargo xtask bench [logbook|qr|sync|esco|app|all] [ARGS...]`: the benchmarks of
//! docs/benchmarks.md. `qr` also runs zxing-cpp (from PyPI, in a virtual
//! environment under the target directory) on the very pictures the Rust
//! decoder saw, so the comparison is like for like.

use std::path::Path;
use std::process::Command;

use crate::cmd::{self, Failure, Result};

pub fn run(args: &[String]) -> Result {
    let (which, rest) = match args.split_first() {
        Some((w, rest))
            if matches!(
                w.as_str(),
                "logbook" | "qr" | "sync" | "esco" | "app" | "all"
            ) =>
        {
            (w.as_str(), rest)
        }
        _ => ("all", args),
    };
    // `cargo xtask bench qr -- --sample-size 10`: the `--` is ours to drop.
    let rest = rest.strip_prefix(&["--".to_string()][..]).unwrap_or(rest);
    if matches!(which, "logbook" | "all") {
        logbook(rest)?;
    }
    if matches!(which, "qr" | "all") {
        qr(rest)?;
    }
    if matches!(which, "sync" | "all") {
        sync(rest)?;
    }
    if matches!(which, "esco" | "all") {
        esco(rest)?;
    }
    if matches!(which, "app" | "all") {
        app()?;
    }
    println!(
        "\nRecord these numbers in docs/benchmarks.md, with the date and the machine \
         (`nproc`, the CPU model from /proc/cpuinfo), and say which targets are met."
    );
    Ok(())
}

fn logbook(args: &[String]) -> Result {
    let mut c = cmd::cargo(["bench", "-p", "carnet-core", "--bench", "logbook"]);
    if !args.is_empty() {
        c.arg("--").args(args);
    }
    println!("==> {}", cmd::display(&c));
    cmd::run(&mut c)
}

fn qr(args: &[String]) -> Result {
    let pictures = cmd::target_dir().join("qr-bench");
    let mut c = cmd::cargo(["bench", "-p", "carnet-credential", "--bench", "qr_decode"]);
    c.env("CARNET_QR_BENCH_DIR", &pictures);
    if !args.is_empty() {
        c.arg("--").args(args);
    }
    println!("==> {}", cmd::display(&c));
    cmd::run(&mut c)?;
    let python = zxing_venv()?;
    let script = cmd::workspace_root().join("xtask/scripts/zxing_bench.py");
    let mut z = Command::new(python);
    z.arg(script).arg(&pictures);
    println!("==> {}", cmd::display(&z));
    cmd::run(&mut z)
}

/// The ESCO taxonomy benchmark (crates/carnet-core/benches/taxonomy.rs).
fn esco(args: &[String]) -> Result {
    let mut c = cmd::cargo(["bench", "-p", "carnet-core", "--bench", "taxonomy"]);
    if !args.is_empty() {
        c.arg("--").args(args);
    }
    println!("==> {}", cmd::display(&c));
    cmd::run(&mut c)
}

/// The sync and hub benchmarks (tests/benches/sync.rs): release builds of
/// `carnet-hub` and the bench, the hub run as a real process.
fn sync(args: &[String]) -> Result {
    let mut build = cmd::cargo([
        "build",
        "--release",
        "-p",
        "carnet-hub",
        "--bin",
        "carnet-hub",
    ]);
    println!("==> {}", cmd::display(&build));
    cmd::run(&mut build)?;
    let mut c = cmd::cargo(["bench", "-p", "carnet-tests", "--bench", "sync"]);
    c.env(
        "CARNET_HUB_BIN",
        cmd::target_dir().join("release").join("carnet-hub"),
    );
    if !args.is_empty() {
        c.arg("--").args(args);
    }
    println!("==> {}", cmd::display(&c));
    cmd::run(&mut c)
}

/// The app (tests/benches/app.rs): the build people install (profile
/// `app-release`: size-optimised, fat LTO, stripped), its size with the
/// data inside it or beside it reported apart, then launch time and idle
/// memory under Xvfb through tauri-driver.
fn app() -> Result {
    crate::ui::install_and_build()?;
    let mut build = cmd::cargo([
        "build",
        "--profile",
        "app-release",
        "-p",
        "carnet-app",
        "--bin",
        "carnet-app",
    ]);
    println!("==> {}", cmd::display(&build));
    cmd::run(&mut build)?;
    let bin = cmd::target_dir()
        .join("app-release")
        .join(format!("carnet-app{}", std::env::consts::EXE_SUFFIX));
    let root = cmd::workspace_root();
    let mb = |bytes: u64| bytes as f64 / 1_000_000.0;
    println!("== sizes (MB = 10^6 bytes; target for the binary: 15 MB)");
    println!(
        "  carnet-app (app-release, stripped) {:>6.2} MB",
        mb(size(&bin)?)
    );
    println!("  of which embedded, reported apart:");
    println!(
        "    ui/dist (the web UI)         {:>7.2} MB",
        mb(tree_size(&root.join("ui/dist")))
    );
    println!(
        "    locales/ (48 languages; deflated inside) {:>5.2} MB as text",
        mb(tree_size(&root.join("locales")))
    );
    println!(
        "    DejaVuSans.ttf (sheets)      {:>7.2} MB",
        mb(size(&root.join("assets/fonts/DejaVuSans.ttf"))?)
    );
    println!("  shipped beside it (bundle resource):");
    println!(
        "    esco.sqlite (ESCO database)  {:>7.2} MB",
        mb(size(&root.join("assets/esco/esco.sqlite"))?)
    );
    let mut c = cmd::cargo(["bench", "-p", "carnet-tests", "--bench", "app"]);
    c.env("CARNET_APP_BIN", &bin);
    c.env("TAURI_DRIVER", crate::test::tauri_driver());
    println!("==> {}", cmd::display(&c));
    cmd::run(&mut c)
}

fn size(path: &Path) -> Result<u64> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| Failure::new(format!("{}: {e}", path.display())))
}

fn tree_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => tree_size(&e.path()),
            _ => e.metadata().map(|m| m.len()).unwrap_or(0),
        })
        .sum()
}

/// A virtual environment with zxing-cpp and Pillow; returns its python.
fn zxing_venv() -> Result<std::path::PathBuf> {
    let venv = cmd::target_dir().join("zxing-venv");
    let python = venv.join("bin/python3");
    if !python.exists() {
        let mut c = Command::new("python3");
        c.args(["-m", "venv"]).arg(&venv);
        println!("==> {}", cmd::display(&c));
        cmd::run(&mut c).map_err(|e| {
            Failure::new(format!(
                "{e}\n(on Debian/Ubuntu, `apt-get install python3-venv` provides `python3 -m venv`)"
            ))
        })?;
    }
    if !has_module(&python, "zxingcpp") || !has_module(&python, "PIL") {
        let mut c = Command::new(&python);
        c.args(["-m", "pip", "install", "--quiet", "zxing-cpp", "pillow"]);
        println!("==> {}", cmd::display(&c));
        cmd::run(&mut c)?;
    }
    Ok(python)
}

fn has_module(python: &Path, module: &str) -> bool {
    Command::new(python)
        .args(["-c", &format!("import {module}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}
