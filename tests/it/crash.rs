//! Crash test: `carnet add` killed at random moments (seeded, replayable)
//! and at named failpoints never loses an entry it reported as saved and
//! never leaves a logbook that will not open.

use std::io::Read;
use std::process::Stdio;
use std::time::Duration;

use carnet_core::model::{Kind, NewEntry};
use carnet_core::store::COMPACT_AFTER_CHUNKS;
use carnet_core::Logbook;
use carnet_tests::{carnet, ok, PASSPHRASE};
use rand::{Rng, SeedableRng};

const ROUNDS: usize = 60;
/// The points inside `add`'s write path (the key file is not written by
/// `add`; its atomic write has a unit test of its own).
const FAILPOINTS: [&str; 3] = [
    "store-before-commit",
    "store-after-commit",
    "store-compact-before-commit",
];

#[test]
fn killed_adds_never_lose_a_reported_entry() {
    let seed: u64 = std::env::var("CARNET_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    println!("crash test seed: {seed} (replay with CARNET_CRASH_SEED={seed})");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);

    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    ok(&dir, &["init"]);
    // Bring the logbook to the edge of compaction, so that kills also land
    // inside the rewrite of the document.
    {
        let mut lb = Logbook::open(&dir, PASSPHRASE).expect("open");
        for i in 0..(COMPACT_AFTER_CHUNKS - 8) {
            lb.add(&NewEntry::new(Kind::Skill, format!("filler {i}")))
                .expect("add");
        }
    }

    let mut reported = Vec::new();
    for round in 0..ROUNDS {
        let mut cmd = carnet(&dir);
        cmd.args(["add", "skill", "--title", &format!("crash round {round}")])
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let failpoint = rng
            .gen_bool(0.3)
            .then(|| FAILPOINTS[rng.gen_range(0..FAILPOINTS.len())]);
        if let Some(fp) = failpoint {
            cmd.env("CARNET_FAILPOINT", fp);
        }
        let mut child = cmd.spawn().expect("spawn carnet");
        if failpoint.is_none() {
            // A random moment inside the run: Argon2id, open, write, print.
            std::thread::sleep(Duration::from_micros(rng.gen_range(0..400_000)));
            let _ = child.kill(); // SIGKILL; it may already have exited
        }
        let _ = child.wait().expect("wait");
        let mut out = String::new();
        if let Some(mut so) = child.stdout.take() {
            let _ = so.read_to_string(&mut out);
        }
        if let Some(id) = out.lines().find(|l| l.trim().len() == 36) {
            reported.push((round, id.trim().to_string()));
        }
    }
    assert!(
        !reported.is_empty(),
        "some adds must have completed (seed {seed})"
    );

    let listed = ok(&dir, &["list", "--json"]);
    for (round, id) in &reported {
        assert!(
            listed.contains(id.as_str()),
            "entry of round {round} ({id}) was reported saved but is gone (seed {seed})"
        );
    }
    // And the logbook still takes new entries.
    ok(&dir, &["add", "skill", "--title", "after the crashes"]);
}
