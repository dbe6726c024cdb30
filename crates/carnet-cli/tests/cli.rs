//! End-to-end tests of the `carnet` binary: real processes, real logbooks
//! in temporary folders, passphrases from `CARNET_PASSPHRASE`.
//!
//! Assertions on text use sentences from `locales/en/*.ftl`, so they also
//! prove that what people read comes from Fluent, not from clap or core.

use std::process::{Command, Output};

mod common;
use common::{stderr, stdout, Carnet, PASS};

impl Carnet {
    fn run_with(&self, mut cmd: Command) -> Output {
        cmd.output().expect("carnet runs")
    }

    /// Adds an entry and returns its id.
    fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        let out = self.ok(&all);
        let id = out.trim().to_string();
        assert_eq!(out, format!("{id}\n"), "add prints the id alone on a line");
        assert_eq!(id.len(), 36, "a full id: {id}");
        id
    }
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited normally")
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[test]
fn init_add_list_show_edit_rm_search_round_trip() {
    let c = Carnet::new();
    let out = c.ok(&["init"]);
    assert!(out.contains("Your logbook is ready."), "{out}");

    let weld = c.add(&[
        "skill",
        "--title",
        "Welding",
        "--level",
        "Advanced",
        "--from",
        "2015",
        "--to",
        "2019-06",
        "--country",
        "sy",
        "--context",
        "informal",
        "--stage",
        "arrival",
        "--stage",
        "career",
        "--organisation",
        "Aleppo Metal Works",
    ]);
    let german = c.add(&["language", "--title", "German", "--level", "b1"]);

    let list = c.ok(&["list"]);
    assert!(list.contains(&format!("{}  skill", &weld[..8])), "{list}");
    assert!(list.contains("Welding"), "{list}");
    assert!(list.contains(&german[..8]), "{list}");
    assert_eq!(list.lines().count(), 2);
    let languages = c.ok(&["list", "--kind", "language"]);
    assert!(languages.contains("German") && !languages.contains("Welding"));

    let show = c.ok(&["show", &weld[..6]]);
    for expected in [
        "Title:",
        "Welding",
        "advanced",
        "2019-06",
        "Aleppo Metal Works",
        "informal (by doing it)",
        "arrival, career",
        &weld,
    ] {
        assert!(show.contains(expected), "{expected:?} missing in\n{show}");
    }

    let edited = c.ok(&[
        "edit",
        &weld[..8],
        "--set",
        "level=expert",
        "--set",
        "place=Aleppo",
    ]);
    assert!(edited.contains("Your change is saved."), "{edited}");
    let show = c.ok(&["show", &weld]);
    assert!(show.contains("expert") && show.contains("Aleppo"), "{show}");

    let found = c.ok(&["search", "metal", "works"]);
    assert!(
        found.contains("Welding") && !found.contains("German"),
        "{found}"
    );

    let removed = c.ok(&["rm", &weld[..8]]);
    assert!(removed.contains("Deleted: Welding"), "{removed}");
    let list = c.ok(&["list"]);
    assert!(
        !list.contains("Welding") && list.contains("German"),
        "{list}"
    );
    let out = c.run(&["show", &weld]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
}

#[test]
fn json_add_returns_the_id_and_list_returns_entries() {
    let c = Carnet::init();
    let out = c.ok(&[
        "--json",
        "add",
        "qualification",
        "--title",
        "Nursing",
        "--level",
        "EQF 6",
    ]);
    assert!(out.ends_with('\n'));
    let v = json(&out);
    let id = v["id"].as_str().expect("an id");
    assert_eq!(id.len(), 36);

    let list = json(&c.ok(&["list", "--json"]));
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["kind"], "qualification");
    assert_eq!(
        list[0]["eqf"], "6",
        "a qualification's level is its EQF level"
    );
    assert!(list[0].get("level").is_none());

    let show = json(&c.ok(&["show", id, "--json"]));
    assert_eq!(show["title"], "Nursing");
    assert!(show["conflicts"].as_object().is_some_and(|m| m.is_empty()));

    let created = json(&Carnet::new().ok(&["init", "--json"]));
    assert_eq!(created["created"], true);
}

#[test]
fn wrong_passphrase_exits_5_with_the_fluent_message() {
    let c = Carnet::init();
    let mut cmd = c.command(&["list"]);
    cmd.env("CARNET_PASSPHRASE", "not the passphrase");
    let out = c.run_with(cmd);
    assert_eq!(code(&out), 5);
    assert!(
        stderr(&out).contains("The passphrase is not right. Check it and try again."),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn errors_in_json_mode_are_objects_with_a_code() {
    let c = Carnet::init();
    let mut cmd = c.command(&["--json", "list"]);
    cmd.env("CARNET_PASSPHRASE", "not the passphrase");
    let out = c.run_with(cmd);
    assert_eq!(code(&out), 5);
    let v = json(&stdout(&out));
    assert_eq!(v["error"]["code"], "wrong-passphrase");
    assert_eq!(v["error"]["exit_code"], 5);
}

#[test]
fn usage_errors_exit_2_in_plain_words_without_clap_english() {
    let c = Carnet::new();
    let out = c.run(&["list", "--colour"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("Carnet does not know “--colour” here."),
        "{err}"
    );
    assert!(
        err.contains("Type carnet list --help to see what you can type."),
        "{err}"
    );
    assert!(!err.contains("error: unexpected argument"), "{err}");
    assert!(!err.contains("error:") && !err.contains("Usage:"), "{err}");

    let out = c.run(&["add", "skill"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("Something is missing: --title"), "{err}");
    assert!(err.contains("Type carnet add --help"), "{err}");

    let out = c.run(&["export", "--format", "csv"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("You can use: json"),
        "{}",
        stderr(&out)
    );

    let out = c.run(&["edit", "abcd", "--set", "level"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("Write FIELD=VALUE"),
        "{}",
        stderr(&out)
    );

    let out = c.run(&[]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("The commands are: init"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn help_of_root_and_add_is_in_fluent_words() {
    let c = Carnet::new();
    let out = c.run(&["--help"]);
    assert_eq!(code(&out), 0);
    let help = stdout(&out);
    assert!(
        help.contains("Carnet keeps a record of what you can do"),
        "{help}"
    );
    assert!(help.contains("How to type it: carnet"), "{help}");
    assert!(help.contains("Show the version of Carnet."), "{help}");
    assert!(
        !help.contains("Print help") && !help.contains("Usage:"),
        "{help}"
    );

    let out = c.run(&["add", "-h"]);
    assert_eq!(code(&out), 0);
    let help = stdout(&out);
    assert!(
        help.contains("What kind of entry: skill, qualification"),
        "{help}"
    );
    assert!(help.contains("When it started: a year (2019)"), "{help}");
    assert!(help.contains("Examples:"), "{help}");
    assert!(!help.contains("possible values"), "{help}");
}

#[test]
fn version_comes_from_fluent() {
    let out = Carnet::new().ok(&["--version"]);
    let first = out.lines().next().unwrap_or_default();
    assert_eq!(first, format!("Carnet {}", env!("CARGO_PKG_VERSION")));
    // The attribution ESCO's licence asks for (tests/esco.rs checks it whole).
    assert!(out.contains("This service uses the ESCO classification of the European Commission."));
}

#[test]
fn invalid_values_exit_3() {
    let c = Carnet::init();
    let out = c.run(&["add", "skill", "--title", "Cooking", "--from", "2019-13"]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("“2019-13” is not a date. Write a year (2019)"),
        "{}",
        stderr(&out)
    );
    let out = c.run(&["add", "language", "--title", "Arabic", "--level", "expert"]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("is not a language level"),
        "{}",
        stderr(&out)
    );
    let out = c.run(&["add", "car", "--title", "x"]);
    assert_eq!(code(&out), 3);
    assert!(c.ok(&["list"]).is_empty(), "nothing was added");
}

#[test]
fn export_is_byte_identical_and_survives_an_import_into_a_fresh_logbook() {
    let a = Carnet::init();
    a.ok(&[
        "profile",
        "set",
        "--name",
        "Amina",
        "--origin",
        "SY",
        "--current",
        "DE",
    ]);
    a.ok(&["profile", "set", "--language", "ar", "--mother-tongue"]);
    a.ok(&["profile", "set", "--language", "de", "--listening", "B1"]);
    a.add(&["skill", "--title", "Welding", "--stage", "arrival,career"]);
    a.add(&[
        "learning",
        "--title",
        "First aid",
        "--level",
        "3",
        "--from",
        "2020-02",
    ]);
    a.add(&[
        "experience",
        "--title",
        "Cook",
        "--description",
        "Ünïcode — ok",
    ]);

    let first = a.run(&["export", "--format", "json"]);
    let second = a.run(&["export", "--format", "json", "--json"]);
    assert_eq!(code(&first), 0);
    assert_eq!(first.stdout, second.stdout, "two exports, same bytes");
    let export = json(&stdout(&first));
    assert_eq!(export["format"], "carnet-export");
    assert_eq!(export["entries"].as_array().map(Vec::len), Some(3));

    let file = a.data_dir().join("export.json");
    std::fs::write(&file, &first.stdout).expect("write export");
    let file = file.to_str().expect("utf-8 path");

    let b = Carnet::init();
    let report = b.ok(&["import", file]);
    assert!(report.contains("3 entries added."), "{report}");
    let again = b.run(&["export", "--format", "json"]);
    assert_eq!(
        first.stdout, again.stdout,
        "import then export gives the same bytes"
    );

    let report = json(&b.ok(&["import", file, "--json"]));
    assert_eq!(report["unchanged"], 3);
    assert_eq!(report["added"], 0);
}

#[test]
fn a_file_that_is_not_an_export_exits_3() {
    let c = Carnet::init();
    let file = c.data_dir().join("notes.txt");
    std::fs::write(&file, "hello").expect("write");
    let out = c.run(&["import", file.to_str().expect("utf-8 path")]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("This file is not a Carnet export"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn logbook_missing_or_already_there() {
    let c = Carnet::new();
    let out = c.run(&["list"]);
    assert_eq!(code(&out), 8);
    assert!(
        stderr(&out).contains("To make one, type: carnet init"),
        "{}",
        stderr(&out)
    );
    c.ok(&["init"]);
    let out = c.run(&["init"]);
    assert_eq!(code(&out), 9);
    assert!(
        stderr(&out).contains("There is already a logbook"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn no_passphrase_and_no_terminal_is_a_usage_error_not_a_hang() {
    let c = Carnet::init();
    let mut cmd = c.command(&["list"]);
    cmd.env_remove("CARNET_PASSPHRASE");
    let out = c.run_with(cmd);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("set CARNET_PASSPHRASE"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn too_short_a_passphrase_is_refused() {
    let c = Carnet::new();
    let mut cmd = c.command(&["init"]);
    cmd.env("CARNET_PASSPHRASE", "abc");
    let out = c.run_with(cmd);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("at least 6 characters"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn passphrase_change_takes_the_new_one_from_the_environment() {
    let c = Carnet::init();
    let mut cmd = c.command(&["passphrase", "change"]);
    cmd.env("CARNET_NEW_PASSPHRASE", "a new passphrase");
    let out = c.run_with(cmd);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(code(&c.run(&["list"])), 5, "the old one no longer opens it");
    let mut cmd = c.command(&["list"]);
    cmd.env("CARNET_PASSPHRASE", "a new passphrase");
    assert_eq!(code(&c.run_with(cmd)), 0);
}

#[test]
fn attach_a_photo_and_see_it_in_show() {
    let c = Carnet::init();
    let id = c.add(&["qualification", "--title", "Diploma"]);
    let photo = c.data_dir().join("diploma.png");
    image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 6, y as u8 * 8, 90]))
        .save(&photo)
        .expect("write png");
    let sha = c.ok(&["attach", &id[..8], photo.to_str().expect("utf-8 path")]);
    let sha = sha.trim();
    assert_eq!(sha.len(), 64, "{sha}");
    let show = c.ok(&["show", &id]);
    assert!(
        show.contains(&sha[..12]) && show.contains("40 × 30 pixels"),
        "{show}"
    );

    let text = c.data_dir().join("note.txt");
    std::fs::write(&text, "not a photo").expect("write");
    let out = c.run(&["attach", &id, text.to_str().expect("utf-8 path")]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("This file is not a photo and not a sound recording."),
        "{}",
        stderr(&out)
    );

    // Taken off again, by the start of its id: gone from show.
    let said = c.run(&["detach", &id, &sha[..10]]);
    assert_eq!(code(&said), 0, "{}", stderr(&said));
    assert!(stderr(&said).contains("taken off"), "{}", stderr(&said));
    let show = c.ok(&["show", &id]);
    assert!(!show.contains(&sha[..12]), "{show}");
    let again = c.run(&["detach", &id, &sha[..10]]);
    assert_eq!(
        code(&again),
        4,
        "nothing left to take off: {}",
        stderr(&again)
    );
}

/// A short real WAV (8 kHz mono 16-bit) with a name in its tags.
fn wav_recording() -> Vec<u8> {
    let samples: Vec<u8> = (0..2000i32)
        .flat_map(|i| (((i * 97) % 3000 - 1500) as i16).to_le_bytes())
        .collect();
    let mut wav = b"RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0".to_vec();
    wav.extend_from_slice(&8000u32.to_le_bytes());
    wav.extend_from_slice(&16000u32.to_le_bytes());
    wav.extend_from_slice(b"\x02\0\x10\0LIST\x0a\0\0\0INFOAmina!data");
    wav.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    wav.extend_from_slice(&samples);
    let len = (wav.len() - 8) as u32;
    wav[4..8].copy_from_slice(&len.to_le_bytes());
    wav
}

#[test]
fn attach_a_voice_note_decided_by_content() {
    let c = Carnet::init();
    let id = c.add(&["skill", "--title", "Sewing"]);
    // The name says photo; the content is sound, and the content decides.
    let note = c.data_dir().join("not-really.jpg");
    std::fs::write(&note, wav_recording()).expect("write wav");
    let out = c.ok(&[
        "attach",
        &id[..8],
        note.to_str().expect("utf-8 path"),
        "--json",
    ]);
    let ev = json(&out);
    assert_eq!(ev["kind"], "voice", "{out}");
    assert_eq!(ev["mime"], "audio/wav", "{out}");
    let sha = ev["sha256"].as_str().expect("sha256");
    let show = c.ok(&["show", &id]);
    assert!(
        show.contains("Photos and voice notes")
            && show.contains(&format!("{}  voice note, 4 KB", &sha[..12])),
        "{show}"
    );

    // A video is refused with its own message, and the entry is intact.
    let mut video = b"\0\0\0\x0cftypisom".to_vec();
    let hdlr = |h: &[u8; 4]| {
        let mut b = vec![0, 0, 0, 32];
        b.extend_from_slice(b"hdlr\0\0\0\0\0\0\0\0");
        b.extend_from_slice(h);
        b.extend_from_slice(&[0; 12]);
        b
    };
    let mut trak = Vec::new();
    for h in [b"vide", b"soun"] {
        let mdia = [
            &((8 + 8 + 32) as u32).to_be_bytes()[..],
            b"trak",
            &(8u32 + 32).to_be_bytes(),
            b"mdia",
            &hdlr(h),
        ]
        .concat();
        trak.extend(mdia);
    }
    video.extend_from_slice(&((8 + trak.len()) as u32).to_be_bytes());
    video.extend_from_slice(b"moov");
    video.extend(trak);
    let clip = c.data_dir().join("clip.mp4");
    std::fs::write(&clip, &video).expect("write mp4");
    let out = c.run(&["attach", &id, clip.to_str().expect("utf-8 path")]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("This file is a video."),
        "{}",
        stderr(&out)
    );
    let show = c.ok(&["show", &id]);
    assert_eq!(show.matches("voice note,").count(), 1, "{show}");
}

#[test]
fn show_tells_what_another_device_wrote() {
    let c = Carnet::init();
    let id = c.add(&["skill", "--title", "Cook"]);
    {
        use carnet_core::model::Field;
        let mut logbook = carnet_core::Logbook::open(c.data_dir(), PASS).expect("open with core");
        let entry = logbook.resolve(&id).expect("resolve");
        // Another device: a copy of the document that changes the title at
        // the same time as this one.
        let mut other = logbook.fork_document();
        other
            .edit_entry(&entry, &[(Field::Title, Some("Head cook".into()))], 1)
            .expect("edit the copy");
        logbook
            .edit(&entry, &[(Field::Title, "Chef".into())])
            .expect("edit here");
        logbook.merge(&mut other).expect("merge");
    }
    let show = c.ok(&["show", &id]);
    assert!(show.contains("Another device also wrote:"), "{show}");
    assert!(
        show.contains("Chef") && show.contains("Head cook"),
        "{show}"
    );
    assert!(show.contains("carnet edit"), "{show}");
}

#[test]
fn ambiguous_or_unknown_ids_exit_4() {
    let c = Carnet::init();
    let out = c.run(&["show", "0000000"]);
    assert_eq!(code(&out), 4);
    assert!(
        stderr(&out).contains("No entry has the id “0000000”"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn profile_set_and_show_with_the_cefr_grid() {
    let c = Carnet::init();
    c.ok(&[
        "profile",
        "set",
        "--name",
        "Amina Haddad",
        "--origin",
        "sy",
        "--current",
        "DE",
        "--birth-date",
        "1990-03",
    ]);
    c.ok(&["profile", "set", "--language", "ar", "--mother-tongue"]);
    c.ok(&[
        "profile",
        "set",
        "--language",
        "de",
        "--listening",
        "b1",
        "--writing",
        "A2",
    ]);
    let shown = c.ok(&["profile", "show"]);
    for expected in ["Amina Haddad", "SY", "DE", "1990-03", "B1", "A2"] {
        assert!(shown.contains(expected), "{expected} in:\n{shown}");
    }
    let p = json(&c.ok(&["profile", "show", "--json"]));
    assert_eq!(p["origin_country"], "SY");
    assert_eq!(p["languages"]["ar"]["mother_tongue"], true);
    assert_eq!(p["languages"]["de"]["levels"]["listening"], "B1");

    let bad = c.run(&["profile", "set", "--language", "de", "--reading", "D1"]);
    assert_eq!(code(&bad), 3, "{}", stderr(&bad));
    c.ok(&["profile", "set", "--remove-language", "de"]);
    let p = json(&c.ok(&["profile", "show", "--json"]));
    assert!(p["languages"].get("de").is_none(), "{p}");
}
