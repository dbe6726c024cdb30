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

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
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

fn sync_via(lb: &mut Logbook, url: &str) -> SyncReport {
    let client = lb.connect_hub(Some(url)).expect("hub address");
    lb.sync(&client, &mut |_| {}).expect("sync")
}

/// A loopback TCP relay in front of the hub that counts every byte each
/// way, HTTP headers included: what "on the wire" means.
struct Meter {
    url: String,
    up: Arc<AtomicU64>,
    down: Arc<AtomicU64>,
}

impl Meter {
    fn new(hub_url: &str) -> Meter {
        let target = hub_url.trim_start_matches("http://").to_string();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let (up, down) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let (u, d) = (up.clone(), down.clone());
        std::thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                let Ok(server) = TcpStream::connect(&target) else {
                    break;
                };
                let (c2, s2) = (
                    client.try_clone().expect("clone"),
                    server.try_clone().expect("clone"),
                );
                let (u, d) = (u.clone(), d.clone());
                std::thread::spawn(move || pipe(client, server, &u));
                std::thread::spawn(move || pipe(s2, c2, &d));
            }
        });
        Meter { url, up, down }
    }

    fn take(&self) -> (u64, u64) {
        (
            self.up.swap(0, Ordering::SeqCst),
            self.down.swap(0, Ordering::SeqCst),
        )
    }
}

fn pipe(mut from: TcpStream, mut to: TcpStream, count: &AtomicU64) {
    let mut buf = [0u8; 16 * 1024];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 || to.write_all(&buf[..n]).is_err() {
            break;
        }
        count.fetch_add(n as u64, Ordering::SeqCst);
    }
    let _ = to.shutdown(std::net::Shutdown::Write);
}

fn join(from: &Logbook, to: &std::path::Path, url: &str) -> Logbook {
    let (id, secret) = carnet_tests::secret_of(from.dir());
    let client = HttpHub::new(url, &id, &secret.hub_token(&id).0).expect("url");
    Logbook::join_from_hub(to, PASSPHRASE, id, &secret, &[], &client, &mut |_| {}).expect("join")
}

fn wire(r: &SyncReport) -> u64 {
    r.bytes_sent + r.bytes_received
}

fn convergence(backend: Backend) {
    let hub = HubProcess::start(backend);
    // Every sync goes through the meter, so devices register once, as
    // they do with a real hub.
    let meter = Meter::new(hub.url());
    let url = meter.url.clone();
    let tmp = tempfile::tempdir().expect("tmp");
    let mut a = Logbook::create(&tmp.path().join("a"), PASSPHRASE).expect("create");
    sync_via(&mut a, &url);
    let mut b = join(&a, &tmp.path().join("b"), &url);
    // A paired device has synced at least once (its record is on the hub).
    sync_via(&mut b, &url);
    sync_via(&mut a, &url);
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
    // The compressed (columnar) document each device holds before syncing:
    // its own 1,000 edits, the measure of what the other must receive.
    let doc_a = a.fork_document().save().len() as u64;
    let doc_b = b.fork_document().save().len() as u64;
    meter.take();
    let start = Instant::now();
    let r1 = sync_via(&mut a, &url);
    let r2 = sync_via(&mut b, &url);
    let r3 = sync_via(&mut a, &url);
    let took = start.elapsed();
    let (tcp_up, tcp_down) = meter.take();
    assert_eq!(a.entries().expect("a").len(), 2_000, "nothing lost on a");
    assert_eq!(b.entries().expect("b").len(), 2_000, "nothing lost on b");
    let total = wire(&r1) + wire(&r2) + wire(&r3);
    let doc = a.fork_document().save().len() as u64;
    println!(
        "converge 2 x 1,000 edits: {:.0} ms; on the wire (TCP, both ways, all three syncs) {} B, \
         bodies {} B; whole merged document {} B -> wire / document = {:.2}; \
         B downloaded {} B (bodies) = {:.2} x A's compressed document ({} B); \
         A downloaded {} B = {:.2} x B's ({} B); Automerge save_after deltas {} + {} B",
        took.as_secs_f64() * 1000.0,
        tcp_up + tcp_down,
        total,
        doc,
        (tcp_up + tcp_down) as f64 / doc as f64,
        r2.bytes_received,
        r2.bytes_received as f64 / doc_a as f64,
        doc_a,
        r3.bytes_received,
        r3.bytes_received as f64 / doc_b as f64,
        doc_b,
        delta_a,
        delta_b,
    );
}

fn one_entry(backend: Backend) {
    let hub = HubProcess::start(backend);
    let meter = Meter::new(hub.url());
    let url = meter.url.clone();
    let tmp = tempfile::tempdir().expect("tmp");
    let mut a = Logbook::create(&tmp.path().join("a"), PASSPHRASE).expect("create");
    a.add(&NewEntry::new(Kind::Skill, "Warm-up")).expect("add");
    sync_via(&mut a, &url);
    let mut b = join(&a, &tmp.path().join("b"), &url);
    // Both devices' records are on the hub and both are up to date.
    sync_via(&mut b, &url);
    sync_via(&mut a, &url);
    a.add(
        &NewEntry::new(Kind::Experience, "Electrician at a construction site")
            .with(Field::Organisation, "Al Noor Construction")
            .with(Field::From, "2019-03")
            .with(Field::To, "2023-08")
            .with(Field::Country, "QA"),
    )
    .expect("add");
    meter.take();
    let up = sync_via(&mut a, &url);
    let (a_up, a_down) = meter.take();
    let down = sync_via(&mut b, &url);
    let (b_up, b_down) = meter.take();
    assert_eq!(down.changes_received, 1);
    println!(
        "one new entry: sender {} B up + {} B down on the wire ({} + {} B bodies); \
         receiver {} B up + {} B down ({} + {} B bodies)",
        a_up,
        a_down,
        up.bytes_sent,
        up.bytes_received,
        b_up,
        b_down,
        down.bytes_sent,
        down.bytes_received
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
