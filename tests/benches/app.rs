//! The app's benchmarks (docs/benchmarks.md), run by `cargo xtask bench
//! app` on a release build of `carnet-app` (`CARNET_APP_BIN`):
//!
//! 1. Launch to first screen under Xvfb, through WebDriver: from asking
//!    tauri-driver for a session (which starts the app) until the first
//!    screen is in the page: `#screen-language` on a first run,
//!    `#screen-unlock` with a logbook. Several runs; the median.
//! 2. Idle memory with a 10,000-entry logbook: unlocked, the logbook on
//!    screen, nothing touched for a few seconds; the RSS of the app and
//!    every process it started (WebKitWebProcess, WebKitNetworkProcess)
//!    summed from /proc, and their PSS (shared pages divided between the
//!    processes that share them, so a library is not counted twice).
//!
//! Not a test: it prints numbers and asserts only that the screens came.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use carnet_core::model::{Field, Kind, NewEntry};
use carnet_core::Logbook;
use carnet_tests::webdriver::{app_bin, Driver, Session, Xvfb};
use carnet_tests::PASSPHRASE;

const RUNS: usize = 7;
const ENTRIES: usize = 10_000;

fn main() {
    let app = app_bin();
    println!("== app: {}", app.display());
    let xvfb = Xvfb::start();

    // 1. A first run: nothing in the data folder.
    let mut first = Vec::new();
    for _ in 0..RUNS {
        let folders = tempfile::tempdir().expect("tempdir");
        let driver = start(&xvfb, folders.path());
        let (took, _session) = launch(&driver, &app, "#screen-language");
        first.push(took);
    }
    report("launch to #screen-language (first run)", &mut first);
    {
        // The floor: the same processes on the first screen, no logbook.
        let folders = tempfile::tempdir().expect("tempdir");
        let driver = start(&xvfb, folders.path());
        let (_, _session) = launch(&driver, &app, "#screen-language");
        std::thread::sleep(Duration::from_secs(5));
        print_memory("idle on the first screen (no logbook):", &app);
    }

    // 2. A logbook of 10,000 entries, made through carnet-core.
    let folders = tempfile::tempdir().expect("tempdir");
    let data = folders.path().join("logbook");
    let made = Instant::now();
    {
        let mut lb = Logbook::create(&data, PASSPHRASE).expect("create the logbook");
        let kinds = [
            Kind::Skill,
            Kind::Experience,
            Kind::Qualification,
            Kind::Language,
            Kind::Learning,
        ];
        for i in 0..ENTRIES {
            let kind = kinds[i % kinds.len()];
            let e = NewEntry::new(kind, format!("Entry {i}: welding, driving, cooking")).with(
                Field::Description,
                format!(
                    "Entry number {i}, a few words long, as a person would describe their work."
                ),
            );
            lb.add(&e).expect("add");
        }
    }
    println!(
        "made a logbook of {ENTRIES} entries in {:.1} s",
        made.elapsed().as_secs_f64()
    );

    let mut unlock = Vec::new();
    for _ in 0..RUNS {
        let driver = start(&xvfb, folders.path());
        let (took, _session) = launch(&driver, &app, "#screen-unlock");
        unlock.push(took);
    }
    report(
        "launch to #screen-unlock (10,000-entry logbook)",
        &mut unlock,
    );

    // 3. Idle memory, unlocked, the logbook on screen.
    let driver = start(&xvfb, folders.path());
    let (_, session) = launch(&driver, &app, "#screen-unlock");
    session.type_text(&session.wait_for("#screen-unlock #passphrase"), PASSPHRASE);
    session.click(&session.wait_for("#unlock"));
    session.wait_for("#screen-logbook .entry");
    let shown = session.count("#screen-logbook .entry");
    // Idle means idle: nothing is touched for a while before measuring.
    std::thread::sleep(Duration::from_secs(5));
    print_memory(
        &format!("idle, unlocked, {shown} entries on screen of {ENTRIES}:"),
        &app,
    );
}

fn print_memory(what: &str, app: &Path) {
    let (rss, pss, procs) = memory(app);
    println!("{what}");
    for (name, pid, rss, pss) in &procs {
        println!(
            "  {name:<22} pid {pid:>7}  RSS {:>7.1} MB  PSS {:>7.1} MB",
            mb(*rss),
            mb(*pss)
        );
    }
    println!(
        "  total RSS {:.1} MB, total PSS {:.1} MB ({} processes; target: 150 MB)",
        mb(rss),
        mb(pss),
        procs.len()
    );
}

/// tauri-driver on `xvfb`, with the data folder and fresh XDG folders
/// under `root` (so WebKit remembers nothing between runs of a kind).
fn start(xvfb: &Xvfb, root: &Path) -> Driver {
    let sub = |name: &str| root.join(name);
    let (data, xd, xc, xf) = (
        sub("logbook"),
        sub("xdg-data"),
        sub("xdg-cache"),
        sub("xdg-config"),
    );
    let env: Vec<(&str, &Path)> = vec![
        ("CARNET_DATA_DIR", &data),
        ("XDG_DATA_HOME", &xd),
        ("XDG_CACHE_HOME", &xc),
        ("XDG_CONFIG_HOME", &xf),
    ];
    Driver::start(xvfb.display(), &env, &root.join("tauri-driver.log"))
}

/// Opens a session (which starts the app) and polls every 5 ms until
/// `css` is in the page; returns the time taken and the session.
fn launch<'d>(driver: &'d Driver, app: &Path, css: &str) -> (Duration, Session<'d>) {
    let start = Instant::now();
    let session = driver.session(app, "bench");
    let deadline = start + Duration::from_secs(60);
    loop {
        if session.find(css).is_some() {
            return (start.elapsed(), session);
        }
        assert!(Instant::now() < deadline, "`{css}` never came");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let ms: Vec<String> = times
        .iter()
        .map(|t| format!("{:.0}", t.as_secs_f64() * 1000.0))
        .collect();
    println!(
        "{what}: median {:.0} ms, min {:.0} ms, max {:.0} ms over {} runs (ms: {}; target: 1000 ms)",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[0].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0,
        times.len(),
        ms.join(", ")
    );
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// One process: executable name, pid, RSS and PSS in bytes.
type Proc = (String, u32, u64, u64);

/// The app's process (its executable is `app`) and all its descendants:
/// (total RSS, total PSS, one line per process).
fn memory(app: &Path) -> (u64, u64, Vec<Proc>) {
    let app = app.canonicalize().unwrap_or_else(|_| app.to_path_buf());
    let pids: Vec<u32> = std::fs::read_dir("/proc")
        .expect("/proc")
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    let exe = |pid: u32| std::fs::read_link(format!("/proc/{pid}/exe")).ok();
    let parent = |pid: u32| -> Option<u32> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // pid (comm) state ppid ...: comm may hold spaces and parentheses.
        let after = &stat[stat.rfind(')')? + 2..];
        after.split_whitespace().nth(1)?.parse().ok()
    };
    let roots: Vec<u32> = pids
        .iter()
        .copied()
        .filter(|p| exe(*p).is_some_and(|e| e == app))
        .collect();
    assert_eq!(roots.len(), 1, "one app process expected, found {roots:?}");
    let mut tree = roots.clone();
    let mut grew = true;
    while grew {
        grew = false;
        for p in &pids {
            if !tree.contains(p) && parent(*p).is_some_and(|pp| tree.contains(&pp)) {
                tree.push(*p);
                grew = true;
            }
        }
    }
    let field = |pid: u32, file: &str, key: &str| -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/{file}"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                l.strip_prefix(key)?
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .unwrap_or(0)
            * 1024
    };
    let name = |pid: u32| {
        exe(pid)
            .and_then(|e| e.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| PathBuf::from(pid.to_string()).display().to_string())
    };
    let procs: Vec<Proc> = tree
        .iter()
        .map(|p| {
            (
                name(*p),
                *p,
                field(*p, "status", "VmRSS:"),
                field(*p, "smaps_rollup", "Pss:"),
            )
        })
        .collect();
    let rss = procs.iter().map(|p| p.2).sum();
    let pss = procs.iter().map(|p| p.3).sum();
    (rss, pss, procs)
}
