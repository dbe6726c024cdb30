//! Two copies of one logbook, edited apart, converge when merged.

use carnet_core::model::{Field, Kind, NewEntry};
use carnet_core::{Export, Logbook};
use carnet_tests::{copy_dir, PASSPHRASE};

fn export(lb: &Logbook) -> String {
    Export::new(
        lb.profile().expect("profile"),
        lb.entries().expect("entries"),
    )
    .to_json()
    .expect("json")
}

#[test]
fn copies_edited_apart_converge_and_keep_every_edit() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a_dir, b_dir) = (tmp.path().join("a"), tmp.path().join("b"));
    let (shared, doomed) = {
        let mut lb = Logbook::create(&a_dir, PASSPHRASE).expect("create");
        let shared = lb
            .add(&NewEntry::new(Kind::Experience, "Car mechanic").with(Field::From, "2015"))
            .expect("add");
        let doomed = lb.add(&NewEntry::new(Kind::Skill, "Typing")).expect("add");
        (shared, doomed)
    };
    copy_dir(&a_dir, &b_dir);

    let mut a = Logbook::open(&a_dir, PASSPHRASE).expect("open a");
    let mut b = Logbook::open(&b_dir, PASSPHRASE).expect("open b");
    a.edit(&shared, &[(Field::Country, "SY".into())])
        .expect("edit a");
    b.edit(&shared, &[(Field::Organisation, "Damascus Motors".into())])
        .expect("edit b");
    a.remove(&doomed).expect("remove on a");
    b.edit(&doomed, &[(Field::Level, "basic".into())])
        .expect("edit on b");
    let only_a = a
        .add(&NewEntry::new(Kind::Language, "German").with(Field::Level, "B1"))
        .expect("add a");
    let only_b = b
        .add(&NewEntry::new(Kind::Learning, "Forklift course"))
        .expect("add b");

    let mut from_b = b.fork_document();
    a.merge(&mut from_b).expect("merge b into a");
    let mut from_a = a.fork_document();
    b.merge(&mut from_a).expect("merge a into b");
    assert_eq!(export(&a), export(&b), "both copies hold the same content");

    // Reopen from disk: the merge is durable and the index is current.
    drop((a, b));
    let a = Logbook::open(&a_dir, PASSPHRASE).expect("reopen");
    let e = a.entry(&shared).expect("shared entry");
    assert_eq!(e.country.as_deref(), Some("SY"));
    assert_eq!(e.organisation.as_deref(), Some("Damascus Motors"));
    // Removed on a while b edited it: the edit wins and the removal shows.
    let kept = a
        .entry(&doomed)
        .expect("an edited entry survives its removal");
    assert_eq!(kept.level.as_deref(), Some("basic"));
    assert!(kept.conflicts.contains_key("removed"));
    assert!(a.entry(&only_a).is_ok() && a.entry(&only_b).is_ok());
    let found: Vec<_> = a
        .search("forklift")
        .expect("search")
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(found, vec![only_b], "merged entries are searchable");
    assert_eq!(a.entries().expect("entries").len(), 4);
}
