//! A real `carnet-hub` process on 127.0.0.1 for the sync tests, on either
//! backend: a SQLite file in a temporary directory, or a fresh database on
//! the shared PostgreSQL cluster (`support::postgres`).

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// Which store the hub keeps its rows in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The `carnet-hub` binary: `CARNET_HUB_BIN`, or the one next to this test
/// executable's target directory.
pub fn hub_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("CARNET_HUB_BIN") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().expect("test executable path");
    let candidate = exe
        .parent()
        .and_then(std::path::Path::parent)
        .map(|d| d.join(format!("carnet-hub{}", std::env::consts::EXE_SUFFIX)))
        .expect("target directory");
    assert!(
        candidate.exists(),
        "the carnet-hub binary is not built: run `cargo build --workspace --bins` first (cargo xtask test does)"
    );
    candidate
}

/// Starts `carnet-hub serve` on a free loopback port with `extra`
/// arguments and `env`, its log (stderr) in `log`; returns the process and
/// the URL it announced on its first line.
pub fn spawn(
    database_url: &str,
    extra: &[&str],
    env: &[(&str, &str)],
    log: &std::path::Path,
) -> (Child, String) {
    let log_file = std::fs::File::create(log).expect("log file");
    let mut cmd = Command::new(hub_bin());
    cmd.args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
        .arg(database_url)
        .args(extra)
        .env_remove("CARNET_HUB_DATABASE_URL")
        .env_remove("CARNET_HUB_FAILPOINT")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log_file);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("start carnet-hub");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("read the hub's first line");
    let Some(url) = first.trim().strip_prefix("listening on ") else {
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "carnet-hub did not start: {first:?}\n{}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
    };
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    (child, url.to_string())
}

/// A running hub, killed on drop; its database outlives restarts.
#[derive(Debug)]
pub struct HubProcess {
    child: Option<Child>,
    url: String,
    database_url: String,
    backend: Backend,
    dir: tempfile::TempDir,
}

impl HubProcess {
    pub fn start(backend: Backend) -> HubProcess {
        Self::start_with(backend, &[])
    }

    /// Starts a hub with extra `serve` arguments and environment.
    pub fn start_with(backend: Backend, env: &[(&str, &str)]) -> HubProcess {
        let dir = tempfile::tempdir().expect("hub dir");
        let database_url = match backend {
            Backend::Sqlite => format!("sqlite:{}", dir.path().join("hub.sqlite3").display()),
            Backend::Postgres => crate::postgres::fresh_database(),
        };
        let mut hub = HubProcess {
            child: None,
            url: String::new(),
            database_url,
            backend,
            dir,
        };
        hub.launch(env);
        hub
    }

    fn launch(&mut self, env: &[(&str, &str)]) {
        let (child, url) = spawn(
            &self.database_url,
            &[],
            env,
            &self.dir.path().join("hub.log"),
        );
        self.url = url;
        self.child = Some(child);
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Kills the hub (SIGKILL) and waits for it.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Waits for a hub that is expected to die on its own (a failpoint).
    pub fn wait_for_exit(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.wait();
        }
    }

    /// Starts the hub again on the same database (a new port), with
    /// `env` (e.g. a failpoint).
    pub fn restart_with(mut self, env: &[(&str, &str)]) -> HubProcess {
        self.kill();
        self.launch(env);
        self
    }

    /// Every byte the hub has stored: the SQLite files, or a dump of the
    /// PostgreSQL database.
    pub fn storage_bytes(&self) -> Vec<u8> {
        match self.backend {
            Backend::Sqlite => {
                let mut out = Vec::new();
                for f in crate::files_under(self.dir.path()) {
                    if f.file_name().is_some_and(|n| n != "hub.log") {
                        out.extend(std::fs::read(&f).unwrap_or_default());
                    }
                }
                out
            }
            Backend::Postgres => pg_dump(&self.database_url),
        }
    }
}

impl Drop for HubProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// `pg_dump` of a database, data and schema, as plain SQL.
fn pg_dump(url: &str) -> Vec<u8> {
    let mut bins: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin/pg_dump"))
        .filter(|p| p.exists())
        .collect();
    bins.sort();
    let bin = bins.pop().unwrap_or_else(|| PathBuf::from("pg_dump"));
    let out = Command::new(bin).arg(url).output().expect("run pg_dump");
    assert!(
        out.status.success(),
        "pg_dump failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
