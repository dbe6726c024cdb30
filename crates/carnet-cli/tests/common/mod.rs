//! What the `carnet` end-to-end tests share: a fresh data folder and a way
//! to run the real binary on it, in English, with the passphrase from
//! `CARNET_PASSPHRASE`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

pub const PASS: &str = "correct horse";

/// One data folder: a logbook, an issuer key, or nothing yet.
pub struct Carnet {
    pub dir: TempDir,
}

impl Carnet {
    pub fn new() -> Carnet {
        Carnet {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A logbook that already exists.
    pub fn init() -> Carnet {
        let c = Carnet::new();
        c.ok(&["init"]);
        c
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_carnet"));
        cmd.args(args)
            .env("CARNET_DATA_DIR", self.data_dir())
            .env("CARNET_PASSPHRASE", PASS)
            .env_remove("CARNET_NEW_PASSPHRASE")
            .env_remove("CARNET_FAILPOINT")
            // English whatever the machine running the tests speaks.
            .env("LC_ALL", "en")
            .env_remove("LANGUAGE")
            .stdin(Stdio::null());
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("carnet runs")
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "carnet {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            stdout(&out),
            stderr(&out)
        );
        stdout(&out)
    }

    /// Runs a command that must fail with `code`; returns stdout and stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> (String, String) {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "carnet {args:?}\nstdout: {}\nstderr: {}",
            stdout(&out),
            stderr(&out)
        );
        (stdout(&out), stderr(&out))
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
