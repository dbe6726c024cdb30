//! The hub API (docs/sync-protocol.md §2) against the real `carnet-hub`
//! binary, on each storage backend: a SQLite file in a temp dir, and a
//! fresh database on a throwaway PostgreSQL cluster (`carnet_tests::postgres`).
//! Each behaviour is one function taking the backend; `both!` makes a
//! `sqlite::` and a `postgres::` test of it.

use std::process::{Child, Command};
use std::time::{Duration, Instant};

use carnet_hub::wire::{
    from_cbor, to_cbor, Assigned, BoxBody, Bstr, CtBody, DeviceId, ErrorBody, Health, RowIn,
    RowsPage, Snapshot, TokenHashBody,
};
use rand::RngCore;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use carnet_tests::postgres as pg;

const MIB: usize = 1 << 20;

#[derive(Debug, Clone, Copy)]
enum Backend {
    Sqlite,
    Postgres,
}

/// A database for one test: its URL, and the temp dir of a SQLite file.
#[derive(Debug)]
struct Db {
    url: String,
    _dir: Option<tempfile::TempDir>,
}

impl Db {
    fn new(backend: Backend) -> Db {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite:{}", dir.path().join("hub.sqlite3").display());
                Db {
                    url,
                    _dir: Some(dir),
                }
            }
            Backend::Postgres => Db {
                url: pg::fresh_database(),
                _dir: None,
            },
        }
    }
}

/// A running hub; killed on drop. Its stderr (the request log) goes to a
/// file so that a test can read it.
#[derive(Debug)]
struct Hub {
    child: Child,
    url: String,
    log: tempfile::NamedTempFile,
}

impl Hub {
    fn start(db: &Db, extra: &[&str]) -> Hub {
        let log = tempfile::NamedTempFile::new().expect("log file");
        let (child, url) = carnet_tests::hub::spawn(&db.url, extra, &[], log.path());
        Hub { url, child, log }
    }

    fn client(&self) -> Client {
        Client {
            base: self.url.clone(),
            agent: ureq::Agent::config_builder()
                .http_status_as_error(false)
                .build()
                .into(),
        }
    }

    /// Stops the hub with SIGTERM and insists it exits cleanly, in time.
    fn stop(mut self) -> String {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for the hub") {
                assert!(status.success(), "the hub exited with {status:?}");
                break;
            }
            assert!(Instant::now() < deadline, "the hub ignored SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::fs::read_to_string(self.log.path()).expect("read the hub's log")
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer.
#[derive(Debug)]
struct Reply {
    status: u16,
    body: Vec<u8>,
    retry_after: Option<String>,
}

impl Reply {
    fn cbor<T: DeserializeOwned>(&self) -> T {
        from_cbor(&self.body).unwrap_or_else(|e| panic!("status {}: {e}", self.status))
    }

    /// The error code of an error answer, after checking the status.
    fn error(&self, status: u16) -> String {
        assert_eq!(
            self.status,
            status,
            "body: {:?}",
            from_cbor::<ErrorBody>(&self.body)
        );
        self.cbor::<ErrorBody>().error
    }
}

#[derive(Debug)]
struct Client {
    base: String,
    agent: ureq::Agent,
}

impl Client {
    fn call(&self, method: &str, path: &str, token: Option<&Token>, body: Vec<u8>) -> Reply {
        let mut req = ureq::http::Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.header("Authorization", format!("Bearer {}", t.hex()));
        }
        let req = req.body(body).expect("request");
        let mut resp = self.agent.run(req).expect("HTTP exchange with the hub");
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = resp
            .body_mut()
            .with_config()
            .limit(64 * MIB as u64)
            .read_to_vec()
            .expect("read body");
        Reply {
            status,
            body,
            retry_after,
        }
    }
}

/// An access token (32 bytes).
#[derive(Debug, Clone)]
struct Token([u8; 32]);

impl Token {
    fn random() -> Token {
        Token(random())
    }
    fn hex(&self) -> String {
        hex::encode(self.0)
    }
    fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0))
    }
}

fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::thread_rng().fill_bytes(&mut b);
    b
}

/// A registered logbook on a hub.
#[derive(Debug)]
struct Book {
    c: Client,
    id: String,
    token: Token,
}

impl Book {
    fn register(hub: &Hub) -> Book {
        let book = Book {
            c: hub.client(),
            id: hex::encode(random::<16>()),
            token: Token::random(),
        };
        assert_eq!(book.put("", vec![]).status, 201);
        book
    }

    fn path(&self, rest: &str) -> String {
        format!("/v1/logbooks/{}{rest}", self.id)
    }
    fn put(&self, rest: &str, body: Vec<u8>) -> Reply {
        self.c
            .call("PUT", &self.path(rest), Some(&self.token), body)
    }
    fn get(&self, rest: &str) -> Reply {
        self.c
            .call("GET", &self.path(rest), Some(&self.token), vec![])
    }
    fn post_rows(&self, rows: &[RowIn]) -> Reply {
        self.c.call(
            "POST",
            &self.path("/rows"),
            Some(&self.token),
            to_cbor(&rows),
        )
    }
    fn push(&self, rows: &[RowIn]) -> Assigned {
        let r = self.post_rows(rows);
        assert_eq!(r.status, 200, "{:?}", from_cbor::<ErrorBody>(&r.body));
        r.cbor()
    }
    fn pull(&self, after: u64, limit: u32) -> RowsPage {
        let r = self.get(&format!("/rows?after={after}&limit={limit}"));
        assert_eq!(r.status, 200, "{:?}", from_cbor::<ErrorBody>(&r.body));
        r.cbor()
    }
}

fn row(device: u8, seq: u64, ct: &[u8]) -> RowIn {
    RowIn {
        device: DeviceId([device; 16]),
        seq,
        epoch: 0,
        ct: Bstr(ct.to_vec()),
    }
}

fn seqs(page: &RowsPage) -> Vec<u64> {
    page.rows.iter().map(|r| r.server_seq).collect()
}

fn stats(db: &Db) -> serde_json::Value {
    let out = Command::new(carnet_tests::hub::hub_bin())
        .args(["stats", "--json", "--database-url", &db.url])
        .output()
        .expect("run carnet-hub stats");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stats JSON")
}

// ---- behaviours -----------------------------------------------------------

fn health(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let r = hub.client().call("GET", "/v1/health", None, vec![]);
    assert_eq!(r.status, 200);
    let h: Health = r.cbor();
    assert_eq!((h.status.as_str(), h.version), ("ok", 1));
    let r = hub.client().call("GET", "/v1/nowhere", None, vec![]);
    assert_eq!(r.error(404), "not-found");
}

fn registration_and_tokens(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    assert_eq!(book.put("", vec![]).status, 200, "registering again");

    let c = hub.client();
    let other = Token::random();
    assert_eq!(
        c.call("PUT", &book.path(""), Some(&other), vec![])
            .error(403),
        "wrong-token"
    );
    assert_eq!(
        c.call("GET", &book.path("/rows"), Some(&other), vec![])
            .error(403),
        "wrong-token"
    );
    assert_eq!(
        c.call("GET", &book.path("/rows"), None, vec![]).error(401),
        "no-token"
    );
    let unknown = format!("/v1/logbooks/{}/rows", hex::encode(random::<16>()));
    assert_eq!(
        c.call("GET", &unknown, Some(&other), vec![]).error(404),
        "unknown-logbook"
    );
    assert_eq!(
        c.call("GET", "/v1/logbooks/not-hex/rows", Some(&other), vec![])
            .error(400),
        "bad-request"
    );

    // Rotation (§2.2): the new token opens, the old one no longer does.
    let new = Token::random();
    let body = to_cbor(&TokenHashBody {
        token_hash: new.hash(),
    });
    assert_eq!(book.put("/token", body).status, 204);
    assert_eq!(book.get("/rows").error(403), "wrong-token");
    assert_eq!(
        c.call("GET", &book.path("/rows"), Some(&new), vec![])
            .status,
        200
    );
}

fn rows_are_numbered_without_gaps(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    let first = [row(1, 1, b"a"), row(1, 2, b"b"), row(2, 1, b"c")];
    assert_eq!(
        book.push(&first),
        Assigned {
            assigned: vec![1, 2, 3],
            latest: 3
        }
    );
    let second = [row(2, 2, b"d"), row(1, 3, b"e")];
    assert_eq!(book.push(&second).assigned, vec![4, 5]);

    let all = book.pull(0, 1000);
    assert_eq!(seqs(&all), vec![1, 2, 3, 4, 5]);
    assert_eq!(
        (all.latest, all.more, all.snapshot.is_none()),
        (5, false, true)
    );
    let r = &all.rows[3];
    assert_eq!(
        (r.device, r.seq, &r.ct.0[..]),
        (DeviceId([2; 16]), 2, &b"d"[..])
    );

    // Pages follow the cursor, `more` until the end.
    let p1 = book.pull(0, 2);
    assert_eq!((seqs(&p1), p1.more), (vec![1, 2], true));
    let p2 = book.pull(2, 2);
    assert_eq!((seqs(&p2), p2.more), (vec![3, 4], true));
    let p3 = book.pull(4, 2);
    assert_eq!((seqs(&p3), p3.more), (vec![5], false));
    let p4 = book.pull(5, 2);
    assert_eq!((p4.rows.len(), p4.more, p4.latest), (0, false, 5));

    // A retried upload is accepted again without a new copy.
    assert_eq!(
        book.push(&second),
        Assigned {
            assigned: vec![4, 5],
            latest: 5
        }
    );
    // A retry mixed with a new row: the new one gets the next number.
    assert_eq!(
        book.push(&[row(1, 3, b"e"), row(1, 4, b"f")]).assigned,
        vec![5, 6]
    );

    // Other bytes for a stored (device, seq): 409, and nothing stored.
    let r = book.post_rows(&[row(3, 1, b"new"), row(1, 1, b"forged")]);
    assert_eq!(r.error(409), "conflict");
    let after = book.pull(0, 1000);
    assert_eq!(after.latest, 6);
    assert!(after.rows.iter().all(|r| r.device != DeviceId([3; 16])));
    assert_eq!(&after.rows[0].ct.0[..], b"a");
    assert_eq!(
        book.push(&[row(3, 1, b"new")]).assigned,
        vec![7],
        "no gap after a refusal"
    );

    // Query and body validation.
    assert_eq!(book.get("/rows?limit=0").error(400), "bad-request");
    assert_eq!(book.get("/rows?limit=1001").error(400), "bad-request");
    assert_eq!(book.get("/rows?after=x").error(400), "bad-request");
    assert_eq!(book.post_rows(&[]).error(400), "bad-request");
    assert_eq!(book.post_rows(&[row(1, 0, b"z")]).error(400), "bad-request");
    let junk = book.c.call(
        "POST",
        &book.path("/rows"),
        Some(&book.token),
        vec![0xff, 0],
    );
    assert_eq!(junk.error(400), "bad-request");
}

fn snapshot_replaces_covered_rows(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    let rows: Vec<RowIn> = (1..=5).map(|s| row(1, s, &[s as u8; 10])).collect();
    book.push(&rows);
    let snap = |covers: u64| {
        to_cbor(&Snapshot {
            covers,
            device: DeviceId([9; 16]),
            epoch: 0,
            ct: Bstr(vec![7; 32]),
        })
    };
    assert_eq!(book.put("/snapshot", snap(3)).status, 204);

    let page = book.pull(0, 1000);
    let s = page
        .snapshot
        .clone()
        .expect("a pull from before the snapshot gets it");
    assert_eq!(
        (s.covers, s.device, s.ct.0.len()),
        (3, DeviceId([9; 16]), 32)
    );
    assert_eq!(seqs(&page), vec![4, 5]);
    let page = book.pull(2, 1000);
    assert!(page.snapshot.is_some());
    assert_eq!(seqs(&page), vec![4, 5]);
    let page = book.pull(3, 1000);
    assert!(
        page.snapshot.is_none(),
        "a cursor at covers needs no snapshot"
    );
    assert_eq!(seqs(&page), vec![4, 5]);

    assert_eq!(
        book.put("/snapshot", snap(2)).error(409),
        "conflict",
        "older"
    );
    assert_eq!(
        book.put("/snapshot", snap(6)).error(409),
        "conflict",
        "beyond latest"
    );
    assert_eq!(book.put("/snapshot", snap(5)).status, 204);
    let page = book.pull(0, 1000);
    assert_eq!(
        (page.snapshot.map(|s| s.covers), page.rows.len()),
        (Some(5), 0)
    );
    assert_eq!(book.push(&[row(1, 6, b"x")]).assigned, vec![6]);

    let stats = stats(&db);
    assert_eq!(
        (stats["rows"].as_u64(), stats["snapshots"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        stats["stored_bytes"].as_u64(),
        Some(32 + 1),
        "deleted rows are not counted"
    );
}

fn blobs(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    let id = hex::encode(random::<32>());
    let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    assert_eq!(book.put(&format!("/blobs/{id}"), bytes.clone()).status, 201);
    assert_eq!(
        book.put(&format!("/blobs/{id}"), b"other".to_vec()).status,
        200,
        "content-addressed"
    );
    let r = book.get(&format!("/blobs/{id}"));
    assert_eq!((r.status, r.body == bytes), (200, true));
    let missing = hex::encode(random::<32>());
    assert_eq!(
        book.get(&format!("/blobs/{missing}")).error(404),
        "not-found"
    );
    assert_eq!(book.get("/blobs/abc").error(400), "bad-request");
}

fn boxes(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    let other = Book::register(&hub);
    let addr = hex::encode(random::<32>());
    let ct = |b: &[u8]| {
        to_cbor(&CtBody {
            ct: Bstr(b.to_vec()),
        })
    };
    assert_eq!(
        book.put(&format!("/boxes/{addr}"), ct(b"sealed")).status,
        204
    );
    let anyone = hub.client();
    let r = anyone.call("GET", &format!("/v1/boxes/{addr}"), None, vec![]);
    let b: BoxBody = r.cbor();
    assert_eq!(
        (hex::encode(&b.logbook.0), &b.ct.0[..]),
        (book.id.clone(), &b"sealed"[..])
    );
    assert_eq!(
        book.put(&format!("/boxes/{addr}"), ct(b"resealed")).status,
        204
    );
    let b: BoxBody = anyone
        .call("GET", &format!("/v1/boxes/{addr}"), None, vec![])
        .cbor();
    assert_eq!(&b.ct.0[..], b"resealed");
    assert_eq!(
        other.put(&format!("/boxes/{addr}"), ct(b"mine")).error(409),
        "conflict"
    );
    let missing = hex::encode(random::<32>());
    assert_eq!(
        anyone
            .call("GET", &format!("/v1/boxes/{missing}"), None, vec![])
            .error(404),
        "not-found"
    );
    assert_eq!(
        book.put(&format!("/boxes/{addr}"), ct(&[0; 4097]))
            .error(413),
        "too-large"
    );
    assert_eq!(
        book.put(&format!("/boxes/{addr}"), ct(&[0; 4096])).status,
        204
    );
}

fn mailbox_is_write_once_and_expires(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &["--mailbox-ttl-secs", "1"]);
    let c = hub.client();
    let addr = hex::encode(random::<32>());
    let hello = format!("/v1/pairing/{addr}/hello");
    let reply = format!("/v1/pairing/{addr}/reply");
    let ct = |b: &[u8]| {
        to_cbor(&CtBody {
            ct: Bstr(b.to_vec()),
        })
    };
    assert_eq!(c.call("GET", &hello, None, vec![]).error(404), "not-found");
    assert_eq!(c.call("PUT", &hello, None, ct(b"hi")).status, 204);
    assert_eq!(
        c.call("PUT", &hello, None, ct(b"again")).error(409),
        "conflict"
    );
    let got: CtBody = c.call("GET", &hello, None, vec![]).cbor();
    assert_eq!(&got.ct.0[..], b"hi");
    assert_eq!(c.call("GET", &reply, None, vec![]).error(404), "not-found");
    assert_eq!(
        c.call("PUT", &format!("/v1/pairing/{addr}/other"), None, ct(b"x"))
            .error(400),
        "bad-request"
    );
    assert_eq!(
        c.call("PUT", &reply, None, ct(&[0; 4097])).error(413),
        "too-large"
    );
    assert_eq!(stats(&db)["live_mailboxes"].as_u64(), Some(1));

    // TTL 1 s: the slot goes within a few seconds (bounded poll).
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = c.call("GET", &hello, None, vec![]);
        if r.status == 404 {
            break;
        }
        assert_eq!(r.status, 200);
        assert!(Instant::now() < deadline, "the mailbox did not expire");
        std::thread::sleep(Duration::from_millis(100));
    }
    // An expired mailbox is gone whole: its address can be written anew.
    assert_eq!(c.call("PUT", &hello, None, ct(b"fresh")).status, 204);
}

fn limits(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    let big = book.c.call(
        "POST",
        &book.path("/rows"),
        Some(&book.token),
        vec![0; 16 * MIB + 1],
    );
    assert_eq!(big.error(413), "too-large");
    let many: Vec<RowIn> = (1..=1001).map(|s| row(1, s, b"x")).collect();
    assert_eq!(book.post_rows(&many).error(413), "too-large");
    assert_eq!(
        book.post_rows(&[row(1, 1, &vec![0; 4 * MIB + 1])])
            .error(413),
        "too-large"
    );
    let blob = hex::encode(random::<32>());
    assert_eq!(
        book.put(&format!("/blobs/{blob}"), vec![0; 12 * MIB + 1])
            .error(413),
        "too-large"
    );
    assert_eq!(book.pull(0, 10).latest, 0, "nothing stored");
    // The largest allowed batch goes through.
    assert_eq!(book.push(&many[..1000]).latest, 1000);
}

fn rate_limit(backend: Backend) {
    let db = Db::new(backend);
    // 10 a minute: bursts of 2, then one every 6 s.
    let hub = Hub::start(&db, &["--rate-per-minute", "10"]);
    let book = Book::register(&hub); // 1
    assert_eq!(book.get("/rows").status, 200); // 2
    let r = book.get("/rows");
    assert_eq!(r.error(429), "rate-limited");
    let secs: u64 = r
        .retry_after
        .expect("Retry-After")
        .parse()
        .expect("seconds");
    assert!((1..=6).contains(&secs), "{secs}");
    // Another logbook has its own budget.
    assert_eq!(Book::register(&hub).get("/rows").status, 200);
}

fn quota(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &["--quota-mib", "1"]);
    let book = Book::register(&hub);
    book.push(&[row(1, 1, &vec![1; 600 * 1024])]);
    assert_eq!(
        book.post_rows(&[row(1, 2, &vec![2; 600 * 1024])])
            .error(507),
        "quota"
    );
    let blob = hex::encode(random::<32>());
    assert_eq!(
        book.put(&format!("/blobs/{blob}"), vec![0; 600 * 1024])
            .error(507),
        "quota"
    );
    assert_eq!(book.pull(0, 10).latest, 1, "nothing stored");
    // A snapshot that frees space is taken, and then there is room again.
    let snap = to_cbor(&Snapshot {
        covers: 1,
        device: DeviceId([1; 16]),
        epoch: 0,
        ct: Bstr(vec![3; 1000]),
    });
    assert_eq!(book.put("/snapshot", snap).status, 204);
    assert_eq!(
        book.push(&[row(1, 2, &vec![2; 600 * 1024])]).assigned,
        vec![2]
    );
}

fn stats_count_what_is_stored(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let a = Book::register(&hub);
    let b = Book::register(&hub);
    a.push(&[row(1, 1, b"12345"), row(1, 2, b"678")]);
    b.push(&[row(2, 1, b"9")]);
    a.put(
        &format!("/blobs/{}", hex::encode(random::<32>())),
        vec![0; 100],
    );
    let ct = to_cbor(&CtBody {
        ct: Bstr(vec![0; 50]),
    });
    assert_eq!(
        b.put(
            &format!("/boxes/{}", hex::encode(random::<32>())),
            ct.clone()
        )
        .status,
        204
    );
    let c = hub.client();
    let addr = hex::encode(random::<32>());
    assert_eq!(
        c.call("PUT", &format!("/v1/pairing/{addr}/hello"), None, ct)
            .status,
        204
    );
    let s = stats(&db);
    let n = |k: &str| s[k].as_u64().unwrap_or_else(|| panic!("{k} in {s}"));
    assert_eq!(
        [
            n("logbooks"),
            n("rows"),
            n("snapshots"),
            n("blobs"),
            n("boxes"),
            n("live_mailboxes")
        ],
        [2, 3, 0, 1, 1, 1]
    );
    assert_eq!(n("stored_bytes"), 5 + 3 + 1 + 100 + 50);

    let text = Command::new(carnet_tests::hub::hub_bin())
        .args(["stats", "--database-url", &db.url])
        .output()
        .expect("run stats");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("logbooks") && text.contains("stored bytes"),
        "{text}"
    );
    assert!(!text.contains(&a.id), "stats print counts only");
}

fn logs_name_routes_not_ids(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    book.push(&[row(1, 1, b"x")]);
    book.pull(0, 10);
    let blob = hex::encode(random::<32>());
    book.put(&format!("/blobs/{blob}"), b"b".to_vec());
    let addr = hex::encode(random::<32>());
    let c = hub.client();
    c.call("GET", &format!("/v1/pairing/{addr}/hello"), None, vec![]);
    c.call(
        "GET",
        &format!("/v1/logbooks/{}/rows", book.id),
        Some(&Token::random()),
        vec![],
    );
    let log = hub.stop();

    for secret in [
        &book.id,
        &book.token.hex(),
        &book.token.hash(),
        &blob,
        &addr,
    ] {
        assert!(
            !log.contains(secret.as_str()),
            "the log names an id or token:\n{log}"
        );
    }
    assert!(
        !log.contains("127.0.0.1"),
        "the log names an address:\n{log}"
    );
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let requests: Vec<&serde_json::Value> =
        lines.iter().filter(|l| l.get("route").is_some()).collect();
    assert_eq!(requests.len(), 6, "one line per request:\n{log}");
    let routes: Vec<&str> = requests
        .iter()
        .filter_map(|l| l["route"].as_str())
        .collect();
    assert!(
        routes.contains(&"/v1/logbooks/{logbook}/rows"),
        "{routes:?}"
    );
    assert!(
        routes.contains(&"/v1/logbooks/{logbook}/blobs/{blob}"),
        "{routes:?}"
    );
    assert!(
        routes.contains(&"/v1/pairing/{address}/{slot}"),
        "{routes:?}"
    );
    let post = requests
        .iter()
        .find(|l| l["method"] == "POST")
        .expect("the POST is logged");
    assert_eq!(post["status"], 200);
    assert!(post["request_bytes"].as_u64() > Some(0) && post["response_bytes"].as_u64() > Some(0));
    assert!(post["ms"].is_number() && post["time"].is_string());
    assert!(requests.iter().any(|l| l["status"] == 403));
}

fn restart_keeps_everything(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let book = Book::register(&hub);
    book.push(&[row(1, 1, b"one"), row(1, 2, b"two")]);
    let blob = hex::encode(random::<32>());
    book.put(&format!("/blobs/{blob}"), b"photo".to_vec());
    let (id, token) = (book.id.clone(), book.token.clone());
    hub.stop();

    let hub = Hub::start(&db, &[]);
    let book = Book {
        c: hub.client(),
        id,
        token,
    };
    assert_eq!(
        book.put("", vec![]).status,
        200,
        "the logbook and its token are kept"
    );
    let page = book.pull(0, 100);
    assert_eq!((seqs(&page), page.latest), (vec![1, 2], 2));
    assert_eq!(book.get(&format!("/blobs/{blob}")).body, b"photo");
    assert_eq!(book.push(&[row(1, 3, b"three")]).assigned, vec![3]);
}

/// `GET /v1/health` touches the database: with it gone, `503`.
fn health_is_503_without_the_database(backend: Backend) {
    let db = Db::new(backend);
    let hub = Hub::start(&db, &[]);
    let c = hub.client();
    assert_eq!(c.call("GET", "/v1/health", None, vec![]).status, 200);
    pg::drop_database(&db.url);
    assert_eq!(
        c.call("GET", "/v1/health", None, vec![]).error(503),
        "unavailable"
    );
    let book = Book {
        c: hub.client(),
        id: hex::encode(random::<16>()),
        token: Token::random(),
    };
    assert_eq!(book.put("", vec![]).error(503), "unavailable");
}

/// Two hub processes on one PostgreSQL, several writers each: every row
/// gets a unique number and the numbers have no gaps.
fn two_hubs_number_rows_together(backend: Backend) {
    let db = Db::new(backend);
    let hubs = [Hub::start(&db, &[]), Hub::start(&db, &[])];
    let first = Book::register(&hubs[0]);
    let (id, token) = (first.id.clone(), first.token.clone());
    const WRITERS: u8 = 6;
    const BATCHES: u64 = 10;
    const PER_BATCH: u64 = 5;
    let assigned: Vec<u64> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|w| {
                let book = Book {
                    c: hubs[usize::from(w) % 2].client(),
                    id: id.clone(),
                    token: token.clone(),
                };
                s.spawn(move || {
                    let mut mine = Vec::new();
                    for b in 0..BATCHES {
                        let rows: Vec<RowIn> = (1..=PER_BATCH)
                            .map(|i| row(w, b * PER_BATCH + i, &[w, b as u8, i as u8]))
                            .collect();
                        let got = book.push(&rows);
                        assert!(
                            got.assigned.windows(2).all(|p| p[1] == p[0] + 1),
                            "one batch is contiguous: {got:?}"
                        );
                        mine.extend(got.assigned);
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("writer thread"))
            .collect()
    });
    let total = u64::from(WRITERS) * BATCHES * PER_BATCH;
    let mut sorted = assigned.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        (1..=total).collect::<Vec<_>>(),
        "unique and gap-free"
    );

    // Every row is where its number says, with its own bytes.
    let page = first.pull(0, 1000);
    assert_eq!((page.rows.len() as u64, page.latest), (total, total));
    assert_eq!(seqs(&page), (1..=total).collect::<Vec<_>>());
    for r in &page.rows {
        let w = r.device.0[0];
        let b = (r.seq - 1) / PER_BATCH;
        let i = (r.seq - 1) % PER_BATCH + 1;
        assert_eq!(r.ct.0, vec![w, b as u8, i as u8]);
    }
}

macro_rules! on_each_backend {
    ($backend:ident: $($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                super::$name(super::Backend::$backend);
            }
        )*
    };
}

macro_rules! both {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            on_each_backend!(Sqlite: $($name),*);
        }
        mod postgres {
            on_each_backend!(Postgres: $($name),*);
            on_each_backend!(Postgres: two_hubs_number_rows_together, health_is_503_without_the_database);
        }
    };
}

both!(
    health,
    registration_and_tokens,
    rows_are_numbered_without_gaps,
    snapshot_replaces_covered_rows,
    blobs,
    boxes,
    mailbox_is_write_once_and_expires,
    limits,
    rate_limit,
    quota,
    stats_count_what_is_stored,
    logs_name_routes_not_ids,
    restart_keeps_everything,
);
