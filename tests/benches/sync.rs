//! Sync benchmarks (docs/benchmarks.md), run by `cargo xtask bench sync`:
//! the real `carnet-hub` process on loopback, on SQLite and PostgreSQL.
//!
//! 1. Two devices × 1,000 offline edits converge: time and bytes on the
//!    wire against the compressed Automerge size of the two deltas.
//! 2. One new entry: bytes to send it and to receive it.
//! 3. Hub load: 1,000 simulated devices each register, push one sealed
//!    entry and pull it back; throughput, p50/p99 latency, nothing lost.
//!
//! Not a test: it prints numbers; it asserts only that nothing was lost.

use std::time::{Duration, Instant};

use carnet_core::model::{Field, Kind, NewEntry};
use carnet_core::sync::hub::RowOut;
use carnet_core::sync::{HttpHub, Hub, SyncReport};
use carnet_core::Logbook;
use carnet_tests::hub::{Backend, HubProcess};
use carnet_tests::PASSPHRASE;

fn main() {
    let only: Option<String> = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let name = format!("{backend:?}").to_lowercase();
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        println!("== hub on {name}");
        convergence(backend);
        one_entry(backend);
        load(backend, 1_000, 8);
    }
}

fn sync(lb: &mut Logbook, hub: &HubProcess) -> SyncReport {
    let client = lb.connect_hub(Some(hub.url())).expect("hub address");
    lb.sync(&client, &mut |_| {}).expect("sync")
}

fn join(from: &Logbook, to: &std::path::Path, hub: &HubProcess) -> Logbook {
    let (id, secret) = carnet_tests::secret_of(from.dir());
    let client = HttpHub::new(hub.url(), &id, &secret.hub_token(&id).0).expect("url");
    Logbook::join_from_hub(to, PASSPHRASE, id, &secret, &[], &client, &mut |_| {}).expect("join")
}

fn wire(r: &SyncReport) -> u64 {
    r.bytes_sent + r.bytes_received
}

fn convergence(backend: Backend) {
    let hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let mut a = Logbook::create(&tmp.path().join("a"), PASSPHRASE).expect("create");
    sync(&mut a, &hub);
    let mut b = join(&a, &tmp.path().join("b"), &hub);
    let (ha, hb) = (a.fork_document().heads(), b.fork_document().heads());
    for (lb, who) in [(&mut a, "A"), (&mut b, "B")] {
        for i in 0..1_000 {
            lb.add(
                &NewEntry::new(Kind::Skill, format!("Skill {i} from device {who}"))
                    .with(Field::Level, "intermediate")
                    .with(Field::From, "2019"),
            )
            .expect("add");
        }
    }
    let delta_a = a.fork_document().save_after(&ha).len() as u64;
    let delta_b = b.fork_document().save_after(&hb).len() as u64;
    let start = Instant::now();
    let r1 = sync(&mut a, &hub);
    let r2 = sync(&mut b, &hub);
    let r3 = sync(&mut a, &hub);
    let took = start.elapsed();
    assert_eq!(a.entries().expect("a").len(), 2_000, "nothing lost on a");
    assert_eq!(b.entries().expect("b").len(), 2_000, "nothing lost on b");
    let total = wire(&r1) + wire(&r2) + wire(&r3);
    let doc = a.fork_document().save().len() as u64;
    println!(
        "converge 2 x 1,000 edits: {:.0} ms; wire {} B (bodies); deltas {} + {} B; \
         relay ratio wire / (2 x deltas) = {:.2}; B downloaded {} B = {:.2} x A's delta; \
         A downloaded {} B = {:.2} x B's delta; whole document {} B",
        took.as_secs_f64() * 1000.0,
        total,
        delta_a,
        delta_b,
        total as f64 / (2 * (delta_a + delta_b)) as f64,
        r2.bytes_received,
        r2.bytes_received as f64 / delta_a as f64,
        r3.bytes_received,
        r3.bytes_received as f64 / delta_b as f64,
        doc,
    );
}

fn one_entry(backend: Backend) {
    let hub = HubProcess::start(backend);
    let tmp = tempfile::tempdir().expect("tmp");
    let mut a = Logbook::create(&tmp.path().join("a"), PASSPHRASE).expect("create");
    a.add(&NewEntry::new(Kind::Skill, "Warm-up")).expect("add");
    sync(&mut a, &hub);
    let mut b = join(&a, &tmp.path().join("b"), &hub);
    a.add(
        &NewEntry::new(Kind::Experience, "Electrician at a construction site")
            .with(Field::Organisation, "Al Noor Construction")
            .with(Field::From, "2019-03")
            .with(Field::To, "2023-08")
            .with(Field::Country, "QA"),
    )
    .expect("add");
    let up = sync(&mut a, &hub);
    let down = sync(&mut b, &hub);
    assert_eq!(down.changes_received, 1);
    println!(
        "one new entry: sender {} B up + {} B down; receiver {} B up + {} B down (bodies)",
        up.bytes_sent, up.bytes_received, down.bytes_sent, down.bytes_received
    );
}

fn load(backend: Backend, devices: usize, threads: usize) {
    let hub = HubProcess::start(backend);
    let url = hub.url().to_string();
    let start = Instant::now();
    let per_thread = devices.div_ceil(threads);
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut latencies = Vec::new();
                let mut lost = 0;
                for d in 0..per_thread {
                    let n = t * per_thread + d;
                    if n >= devices {
                        break;
                    }
                    let id = uuid::Uuid::new_v4();
                    let token: [u8; 32] = rand::random();
                    let hub = HttpHub::new(&url, &id, &token).expect("url");
                    let ct: Vec<u8> = (0..600).map(|_| rand::random::<u8>()).collect();
                    let t0 = Instant::now();
                    hub.register().expect("register");
                    let t1 = Instant::now();
                    hub.push(&[RowOut {
                        device: [n as u8; 16],
                        seq: 1,
                        epoch: 0,
                        ct: ct.clone(),
                    }])
                    .expect("push");
                    let t2 = Instant::now();
                    let page = hub.pull(0, 10).expect("pull");
                    let t3 = Instant::now();
                    if page.rows.len() != 1 || page.rows[0].ct != ct {
                        lost += 1;
                    }
                    latencies.push((t1 - t0, t2 - t1, t3 - t2));
                }
                (latencies, lost)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut lost = 0;
    for h in handles {
        let (l, x) = h.join().expect("load thread");
        all.extend(l);
        lost += x;
    }
    let took = start.elapsed();
    assert_eq!(lost, 0, "a device's entry was lost");
    let pct = |mut v: Vec<Duration>, p: f64| {
        v.sort();
        let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
        v[i].as_secs_f64() * 1000.0
    };
    let pushes: Vec<Duration> = all.iter().map(|x| x.1).collect();
    let pulls: Vec<Duration> = all.iter().map(|x| x.2).collect();
    let registers: Vec<Duration> = all.iter().map(|x| x.0).collect();
    println!(
        "load: {devices} devices ({threads} client threads) in {:.1} s = {:.0} devices/s; \
         push p50 {:.1} ms p99 {:.1} ms; pull p50 {:.1} ms p99 {:.1} ms; register p99 {:.1} ms; lost 0",
        took.as_secs_f64(),
        devices as f64 / took.as_secs_f64(),
        pct(pushes.clone(), 0.5),
        pct(pushes, 0.99),
        pct(pulls.clone(), 0.5),
        pct(pulls, 0.99),
        pct(registers, 0.99),
    );
}
