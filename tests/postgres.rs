//! A throwaway PostgreSQL cluster for the hub tests.
//!
//! One cluster per test binary run (starting one costs a second or two),
//! shared by the tests; each test gets a fresh database of its own. The
//! cluster listens on 127.0.0.1 only, on a free port, with its unix socket
//! in its own temporary directory, and trusts local connections.
//!
//! A static is never dropped, so a small watcher process stops the
//! cluster (`pg_ctl stop -m immediate`) and removes its directory once
//! the test binary has exited, however it exited.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// A running cluster.
#[derive(Debug)]
pub struct Cluster {
    bin: PathBuf,
    port: u16,
    next: AtomicU32,
}

static CLUSTER: OnceLock<Cluster> = OnceLock::new();

/// A new empty database on the shared cluster, as a `postgres://` URL.
pub fn fresh_database() -> String {
    let cluster = CLUSTER.get_or_init(Cluster::start);
    let n = cluster.next.fetch_add(1, Ordering::Relaxed);
    let name = format!("t_{n}");
    let out = Command::new(cluster.bin.join("createdb"))
        .args(["-h", "127.0.0.1", "-p", &cluster.port.to_string()])
        .args(["-U", "postgres", &name])
        .output()
        .expect("run createdb");
    assert!(
        out.status.success(),
        "createdb {name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    format!("postgres://postgres@127.0.0.1:{}/{name}", cluster.port)
}

/// Drops a database made by [`fresh_database`], ending its connections.
pub fn drop_database(url: &str) {
    let cluster = CLUSTER.get_or_init(Cluster::start);
    let name = url.rsplit('/').next().expect("a database name");
    let out = Command::new(cluster.bin.join("dropdb"))
        .args(["-h", "127.0.0.1", "-p", &cluster.port.to_string()])
        .args(["-U", "postgres", "--force", name])
        .output()
        .expect("run dropdb");
    assert!(
        out.status.success(),
        "dropdb {name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The newest `/usr/lib/postgresql/*/bin` that has the server binaries.
fn bin_dir() -> PathBuf {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            ["initdb", "pg_ctl", "postgres", "createdb", "dropdb"]
                .iter()
                .all(|b| bin.join(b).is_file())
                .then_some((version, bin))
        })
        .collect();
    found.sort();
    match found.pop() {
        Some((_, bin)) => bin,
        None => panic!(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; \
             run `cargo xtask setup` (it installs the Debian postgresql package)"
        ),
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

impl Cluster {
    fn start() -> Cluster {
        let bin = bin_dir();
        let root = is_root();
        // Kept: the watcher below removes it after the test binary exits.
        let dir = tempfile::Builder::new()
            .prefix("carnet-pg-")
            .tempdir()
            .expect("temp dir for PostgreSQL")
            .keep();
        if root {
            // initdb refuses to run as root; the cluster belongs to postgres.
            run(Command::new("chown").args(["-R", "postgres:"]).arg(&dir));
        }
        let data = dir.join("data");
        let server = |tool: &str| -> Command {
            if root {
                let mut c = Command::new("runuser");
                c.args(["-u", "postgres", "--"]).arg(bin.join(tool));
                c
            } else {
                Command::new(bin.join(tool))
            }
        };
        run(server("initdb").arg("-D").arg(&data).args([
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ]));
        watch(&server("pg_ctl"), &data, &dir);

        // A port free now may be taken before the server binds it: retry.
        for _ in 0..5 {
            let port = free_port();
            let options = format!(
                "-p {port} -k {} -c listen_addresses=127.0.0.1 -F",
                dir.display()
            );
            let status = server("pg_ctl")
                .arg("-D")
                .arg(&data)
                .args(["-o", &options, "-l"])
                .arg(dir.join("server.log"))
                .args(["-w", "-t", "60", "start"])
                .stdout(Stdio::null())
                .status()
                .expect("run pg_ctl start");
            if status.success() {
                return Cluster {
                    bin,
                    port,
                    next: AtomicU32::new(1),
                };
            }
        }
        let log = std::fs::read_to_string(dir.join("server.log")).unwrap_or_default();
        panic!("PostgreSQL did not start; its log:\n{log}");
    }
}

/// Starts a watcher that waits for this process to end, then stops the
/// cluster and removes its directory.
fn watch(pg_ctl: &Command, data: &Path, dir: &Path) {
    let mut stop: Vec<String> = std::iter::once(pg_ctl.get_program())
        .chain(pg_ctl.get_args())
        .map(|a| shell_quote(&a.to_string_lossy()))
        .collect();
    stop.extend([
        "-D".into(),
        shell_quote(&data.to_string_lossy()),
        "-m".into(),
        "immediate".into(),
        "stop".into(),
    ]);
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        stop = stop.join(" "),
        dir = shell_quote(&dir.to_string_lossy()),
    );
    // Never waited for: it must outlive this process to do its job.
    #[allow(clippy::zombie_processes)]
    Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the PostgreSQL watcher");
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

fn run(c: &mut Command) {
    let out = c.output().expect("run a PostgreSQL tool");
    assert!(
        out.status.success(),
        "{c:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
