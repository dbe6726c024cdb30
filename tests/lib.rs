//! Helpers shared by the end-to-end tests: finding and running the real
//! `carnet` binary, and building sample logbooks.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub mod hub;
pub mod people;
pub mod postgres;
pub mod webdriver;

/// The passphrase every test logbook uses.
pub const PASSPHRASE: &str = "test passphrase 1";

/// The `carnet` binary built by `cargo xtask test` (`CARNET_BIN`), or the
/// one next to this test executable's target directory.
pub fn carnet_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("CARNET_BIN") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().expect("test executable path");
    // target/debug/deps/it-HASH -> target/debug/carnet
    let candidate = exe
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join(format!("carnet{}", std::env::consts::EXE_SUFFIX)))
        .expect("target directory");
    assert!(
        candidate.exists(),
        "the carnet binary is not built: run `cargo build --workspace --bins` first (cargo xtask test does)"
    );
    candidate
}

/// A `carnet` command on `dir` in English with the test passphrase.
pub fn carnet(dir: &Path) -> Command {
    let mut c = Command::new(carnet_bin());
    c.arg("--data-dir")
        .arg(dir)
        .arg("--lang")
        .arg("en")
        .env("CARNET_PASSPHRASE", PASSPHRASE)
        .env_remove("CARNET_FAILPOINT");
    c
}

/// Runs `carnet` with `args` and returns its output.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    carnet(dir).args(args).output().expect("run carnet")
}

/// Runs `carnet` and insists it succeeds; returns stdout.
pub fn ok(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(
        out.status.success(),
        "carnet {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Every file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Copies a data directory, as a person copying their files would.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create copy");
    for f in files_under(from) {
        let rel = f.strip_prefix(from).expect("under");
        let dest = to.join(rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::copy(&f, dest).expect("copy");
    }
}

/// The id and secret of the logbook in `dir`, as pairing hands them over.
pub fn secret_of(dir: &Path) -> (uuid::Uuid, carnet_core::keys::LogbookSecret) {
    let kf = carnet_core::keys::KeyFile::read(&dir.join(carnet_core::keys::KEYFILE_NAME))
        .expect("key file");
    (kf.logbook_id(), kf.unlock(PASSPHRASE).expect("unlock"))
}

/// One `#[test]` per behaviour and hub backend: `both_backends!(a, b)`
/// makes `sqlite::a`, `postgres::a`, … calling `a(Backend::Sqlite)` and
/// `a(Backend::Postgres)`, so every hub test runs against both stores.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test] fn $name() { super::$name($crate::hub::Backend::Sqlite) })*
        }
        mod postgres {
            $(#[test] fn $name() { super::$name($crate::hub::Backend::Postgres) })*
        }
    };
}

/// This package's directory, read when the test runs (cargo sets it), not
/// when it was compiled: checkouts sharing one target dir may reuse a test
/// binary built in another, since deleted, checkout.
pub fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}
