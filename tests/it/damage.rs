//! A wrong passphrase, a damaged key file and a damaged database are told
//! apart, each with its own exit code and message, and nothing is lost.

use carnet_tests::{carnet, ok, run};

const WRONG_PASSPHRASE: i32 = 5;
const DAMAGED: i32 = 6;
const TOO_MANY_ATTEMPTS: i32 = 7;
const NO_LOGBOOK: i32 = 8;

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn logbook_with_entry() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    ok(&dir, &["init"]);
    ok(&dir, &["add", "skill", "--title", "Plastering"]);
    (tmp, dir)
}

#[test]
fn wrong_passphrase_has_its_own_code_and_loses_nothing() {
    let (_tmp, dir) = logbook_with_entry();
    let out = carnet(&dir)
        .env("CARNET_PASSPHRASE", "not the passphrase")
        .args(["list"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(WRONG_PASSPHRASE),
        "{}",
        stderr(&out)
    );
    let msg = stderr(&out).to_lowercase();
    assert!(msg.contains("passphrase"), "{msg}");
    assert!(
        !msg.contains("damaged"),
        "a wrong passphrase is not damage: {msg}"
    );
    assert!(ok(&dir, &["list"]).contains("Plastering"));
}

#[test]
fn repeated_wrong_passphrases_make_the_person_wait() {
    let (_tmp, dir) = logbook_with_entry();
    let mut codes = Vec::new();
    for _ in 0..5 {
        let out = carnet(&dir)
            .env("CARNET_PASSPHRASE", "guess 123456")
            .args(["list"])
            .output()
            .expect("run");
        codes.push(out.status.code());
    }
    assert_eq!(codes[..4], [Some(WRONG_PASSPHRASE); 4]);
    assert_eq!(codes[4], Some(TOO_MANY_ATTEMPTS));
    // Even the right passphrase waits: the back-off is persisted.
    let out = run(&dir, &["list"]);
    assert_eq!(
        out.status.code(),
        Some(TOO_MANY_ATTEMPTS),
        "{}",
        stderr(&out)
    );
    let msg = stderr(&out).to_lowercase();
    assert!(
        msg.contains("wait") && msg.chars().any(|c| c.is_ascii_digit()),
        "says how long to wait: {msg}"
    );
}

#[test]
fn a_truncated_database_is_reported_as_damage() {
    let (_tmp, dir) = logbook_with_entry();
    let db = dir.join("logbook.db");
    let bytes = std::fs::read(&db).expect("db");
    std::fs::write(&db, &bytes[..bytes.len() / 3]).expect("truncate");
    let _ = std::fs::remove_file(dir.join("logbook.db-wal"));
    let out = run(&dir, &["list"]);
    assert_eq!(out.status.code(), Some(DAMAGED), "{}", stderr(&out));
    let msg = stderr(&out).to_lowercase();
    assert!(msg.contains("database") || msg.contains("logbook"), "{msg}");
    assert!(!msg.contains("passphrase is not right"), "{msg}");
}

#[test]
fn a_damaged_key_file_is_reported_as_damage_not_a_wrong_passphrase() {
    let (_tmp, dir) = logbook_with_entry();
    let key = dir.join("logbook.key");
    let text = std::fs::read_to_string(&key).expect("key file");
    // Flip one character of the wrapped secret.
    let start = text.find("\"wrapped_secret\": \"").expect("field") + 19;
    let mut bytes = text.into_bytes();
    bytes[start + 5] = if bytes[start + 5] == b'A' { b'B' } else { b'A' };
    std::fs::write(&key, &bytes).expect("write");
    let out = run(&dir, &["list"]);
    assert_eq!(out.status.code(), Some(DAMAGED), "{}", stderr(&out));
    let msg = stderr(&out).to_lowercase();
    assert!(msg.contains("key") && msg.contains("damaged"), "{msg}");
    assert!(!msg.contains("passphrase is not right"), "{msg}");

    std::fs::write(&key, b"{ not json").expect("write");
    let out = run(&dir, &["list"]);
    assert_eq!(out.status.code(), Some(DAMAGED), "{}", stderr(&out));
}

#[test]
fn an_empty_folder_says_to_create_a_logbook() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = run(tmp.path(), &["list"]);
    assert_eq!(out.status.code(), Some(NO_LOGBOOK), "{}", stderr(&out));
    assert!(stderr(&out).contains("carnet init"), "{}", stderr(&out));
}
