//! Golden vectors: a key file and a logbook written by format version 1,
//! committed under tests/golden/v1, must open and read the same forever.
//!
//! Regenerate ONLY when a format is migrated on purpose (and then keep the
//! old vectors too): `CARNET_REGENERATE_GOLDEN=1 cargo test -p carnet-tests golden`.

use std::path::{Path, PathBuf};

use carnet_core::keys::KeyFile;
use carnet_core::model::{Field, Kind, NewEntry, ProfilePatch};
use carnet_core::{Error, Export, Logbook};
use sha2::{Digest, Sha256};

const GOLDEN_PASSPHRASE: &str = "golden passphrase v1";

fn golden_dir() -> PathBuf {
    carnet_tests::manifest_dir().join("golden/v1")
}

fn sample_png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([(x * 4) as u8, (y * 5) as u8, 90])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("png");
    out.into_inner()
}

fn regenerate(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    let mut lb = Logbook::create(dir, GOLDEN_PASSPHRASE).expect("create");
    lb.update_profile(&ProfilePatch {
        display_name: Some("Amina Haddad".into()),
        origin_country: Some("SY".into()),
        current_country: Some("DE".into()),
        languages: vec![
            ("ar".into(), Some(true), vec![]),
            (
                "de".into(),
                Some(false),
                vec![
                    ("listening".into(), "B1".into()),
                    ("writing".into(), "A2".into()),
                ],
            ),
        ],
        ..ProfilePatch::default()
    })
    .expect("profile");
    let weld = lb
        .add(
            &NewEntry::new(Kind::Skill, "Welding (MIG/MAG)")
                .with(Field::Description, "Steel frames for greenhouses, 6 years")
                .with(
                    Field::Esco,
                    "http://data.europa.eu/esco/skill/0f6e6e4c-3a1b-4c4b-9f1e-111111111111",
                )
                .with(Field::Level, "advanced")
                .with(Field::Country, "SY")
                .with(Field::From, "2012")
                .with(Field::To, "2018-06")
                .with(Field::Context, "informal")
                .with(Field::Stages, "recruitment,career")
                .with(Field::WrittenIn, "ar"),
        )
        .expect("add");
    lb.add(
        &NewEntry::new(Kind::Language, "Deutsch")
            .with(Field::Level, "B1")
            .with(Field::Stages, "arrival"),
    )
    .expect("add");
    let q = lb
        .add(&NewEntry::new(Kind::Qualification, "شهادة الثانوية العامة").with(Field::Level, "4"))
        .expect("add");
    lb.edit(&q, &[(Field::Organisation, "وزارة التربية".into())])
        .expect("edit");
    let gone = lb
        .add(&NewEntry::new(Kind::Skill, "removed entry"))
        .expect("add");
    lb.remove(&gone).expect("remove");
    lb.attach_photo(&weld, &sample_png()).expect("attach");
    let json = Export::new(lb.profile().expect("p"), lb.entries().expect("e"))
        .to_json()
        .expect("json");
    drop(lb);
    std::fs::write(dir.join("export.json"), json).expect("write export");
}

#[test]
fn frozen_v1_logbook_still_opens_and_reads_the_same() {
    let dir = golden_dir();
    if std::env::var_os("CARNET_REGENERATE_GOLDEN").is_some() {
        regenerate(&dir);
    }
    let expected = std::fs::read_to_string(dir.join("export.json")).expect("frozen export.json");
    // Work on a copy: opening a SQLite database may write beside it.
    let tmp = tempfile::tempdir().expect("tempdir");
    for name in ["logbook.key", "logbook.db"] {
        std::fs::copy(dir.join(name), tmp.path().join(name)).expect("copy golden file");
    }
    let lb = Logbook::open(tmp.path(), GOLDEN_PASSPHRASE).expect("the v1 logbook opens");
    let json = Export::new(lb.profile().expect("p"), lb.entries().expect("e"))
        .to_json()
        .expect("json");
    assert_eq!(json, expected, "the v1 logbook reads exactly as frozen");
    let weld = lb.search("greenhouses").expect("search");
    assert_eq!(weld.len(), 1, "the search index is usable");
    let ev = &weld[0].evidence[0];
    let stored = lb
        .evidence(&ev.sha256)
        .expect("read")
        .expect("photo present");
    assert_eq!(hex::encode(Sha256::digest(&stored.bytes)), ev.sha256);
}

#[test]
fn frozen_v1_key_file_unwraps_with_its_passphrase_only() {
    let kf = KeyFile::read(&golden_dir().join("logbook.key")).expect("parse v1 key file");
    assert!(kf.unlock(GOLDEN_PASSPHRASE).is_ok());
    assert!(matches!(
        kf.unlock("not the passphrase"),
        Err(Error::WrongPassphrase)
    ));
}

#[test]
fn a_copied_golden_logbook_accepts_new_entries() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("copy");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for name in ["logbook.key", "logbook.db"] {
        std::fs::copy(golden_dir().join(name), dir.join(name)).expect("copy");
    }
    let mut lb = Logbook::open(&dir, GOLDEN_PASSPHRASE).expect("open");
    let id = lb
        .add(&NewEntry::new(Kind::Skill, "Bricklaying"))
        .expect("add");
    drop(lb);
    let lb = Logbook::open(&dir, GOLDEN_PASSPHRASE).expect("reopen");
    assert_eq!(lb.entry(&id).expect("entry").title, "Bricklaying");
    assert_eq!(lb.entries().expect("entries").len(), 4);
}
