//! ESCO in the real app: a skill gets its standard name from a search (a
//! typo forgiven), the logbook shows it, the CLI sees the ESCO address on
//! the entry; the job screen shows that skill covered for a hand-picked
//! occupation (welder); the present screen's recruitment template for
//! that job ticks it, saying why; the about screen names ESCO's version.

use std::path::PathBuf;

use carnet_tests::webdriver::{app_bin, Xvfb};
use carnet_tests::{manifest_dir, ok};

use super::{first_run, plain, Folders};

/// ESCO v1.1.1 "welder", and its essential skill "operate welding
/// equipment" (checked in occupationSkillRelations.csv).
const WELDER: &str = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
const WELDING_EQUIPMENT: &str =
    "http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4";

fn asset() -> PathBuf {
    manifest_dir().join("../assets/esco/esco.sqlite")
}

#[test]
fn a_skill_gets_its_standard_name_and_counts_for_a_job() {
    let folders = Folders::new();
    let data = folders.data();
    let xvfb = Xvfb::start();
    let asset = asset();
    let driver = folders.start(&xvfb, &[("CARNET_ESCO", &asset)]);
    {
        let app = driver.session(&app_bin(), "esco");
        first_run(&app, false);

        // Add a skill and find its standard name.
        app.click(&app.wait_for("#add"));
        app.click(&app.wait_for("#screen-add label[data-kind='skill']"));
        app.type_text(&app.wait_for("#title"), "Welding");
        let search = app.wait_for("#esco-search");
        app.type_text(&search, "weld");
        let hit = format!("#esco-results .esco-hit[data-uri='{WELDING_EQUIPMENT}']");
        let shown = app.wait_for_text(&hit, |t| !t.is_empty());
        assert!(shown.contains("operate welding equipment"), "{shown}");
        app.screenshot("esco-1-search");
        // A typing mistake finds it too.
        app.type_text(&search, "\u{E003}\u{E003}\u{E003}\u{E003}weldng");
        app.wait_for_text("#esco-results .esco-hit", |t| !t.is_empty());
        app.wait_for(&hit);
        app.screenshot("esco-2-typo");
        app.click(&app.wait_for(&hit));
        let chosen = app.wait_for_text("#esco-chosen", |t| !t.is_empty());
        assert!(chosen.contains("operate welding equipment"), "{chosen}");
        assert_eq!(
            app.count("#esco-results"),
            0,
            "the results close once chosen"
        );
        app.screenshot("esco-3-chosen");
        app.click(&app.wait_for("#save"));

        // The logbook shows the standard name under the person's words.
        let linked = app.wait_for_text(
            &format!("section[data-kind='skill'] .entry-esco[data-uri='{WELDING_EQUIPMENT}']"),
            |t| !t.is_empty(),
        );
        assert!(linked.contains("operate welding equipment"), "{linked}");
        app.wait_for_text(".entry-title", |t| t == "Welding");
        app.screenshot("esco-4-logbook");

        // Changing the entry keeps the link, and shows it.
        app.click(&app.wait_for("section[data-kind='skill'] .entry button.edit"));
        app.wait_for_text("#screen-edit #esco-chosen", |t| {
            t.contains("operate welding equipment")
        });
        app.click(&app.wait_for("#save"));
        app.wait_for(&format!(".entry-esco[data-uri='{WELDING_EQUIPMENT}']"));

        // Jobs for me: the welder's skills, this one covered in the
        // person's own word.
        app.click(&app.wait_for("#open-match"));
        app.wait_for("#screen-match");
        app.type_text(&app.wait_for("#esco-search"), "welder");
        app.click(&app.wait_for(&format!("#esco-results .esco-hit[data-uri='{WELDER}']")));
        let summary = app.wait_for_text("#match-summary", |t| !t.is_empty());
        let summary = plain(&summary);
        assert!(
            summary.starts_with("Your logbook shows 1 of its "),
            "{summary}"
        );
        let row = app.wait_for_text(
            &format!(
                "#match li.skill-row[data-uri='{WELDING_EQUIPMENT}'][data-coverage='self-declared']"
            ),
            |t| !t.is_empty(),
        );
        assert!(row.contains("operate welding equipment"), "{row}");
        assert!(row.contains("You said so"), "{row}");
        assert!(row.contains("Welding"), "the entry is named: {row}");
        assert!(
            app.count("#match li.skill-row[data-coverage='missing']") > 0,
            "a welder needs more than one skill"
        );
        // And the other way round: jobs that fit, the welder among them
        // or not, each with its share.
        let fit = app.wait_for_text("#fit .ranked", |t| !t.is_empty());
        assert!(fit.contains("main skills"), "{fit}");
        app.screenshot("esco-5-match");
        app.click(&app.wait_for("#screen-match #back"));

        // Show my skills, for recruitment as a welder: the template ticks
        // the skill and says why.
        app.click(&app.wait_for("#open-present"));
        app.wait_for("#screen-present");
        app.type_text(&app.wait_for("#esco-search"), "welder");
        app.click(&app.wait_for(&format!("#esco-results .esco-hit[data-uri='{WELDER}']")));
        let why = app.wait_for_text("#choose-self label[data-id] .why", |t| !t.is_empty());
        assert_eq!(why, "a main skill for this job");
        let ticked = app
            .execute("return document.querySelector('#choose-self label[data-id] input').checked");
        assert_eq!(ticked, serde_json::json!(true));
        app.screenshot("esco-6-present");
        app.click(&app.wait_for("#screen-present #back"));

        // About: the attribution with the data's version.
        app.click(&app.wait_for("#open-settings"));
        let about = plain(&app.wait_for_text("#esco-attribution", |t| !t.is_empty()));
        assert!(
            about.contains("ESCO classification of the European Commission")
                && about.contains("v1.1.1"),
            "{about}"
        );
    }
    drop(driver);
    drop(xvfb);

    // The CLI sees the ESCO address on the entry.
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&data, &["--json", "list"])).expect("json list");
    let entries = listed
        .as_array()
        .or_else(|| listed["entries"].as_array())
        .cloned()
        .unwrap_or_default();
    let welding = entries
        .iter()
        .find(|e| e["title"] == "Welding")
        .unwrap_or_else(|| panic!("Welding in {listed}"));
    assert_eq!(welding["esco"], WELDING_EQUIPMENT, "{welding}");
    // And matches the welder the same way.
    let taxonomy = asset.display().to_string();
    let matched = ok(&data, &["match", WELDER, "--taxonomy", &taxonomy]);
    assert!(
        matched.contains("operate welding equipment") && matched.contains("you said so"),
        "{matched}"
    );
}

#[test]
fn without_esco_data_the_about_screen_does_not_name_it() {
    let folders = Folders::new();
    let xvfb = Xvfb::start();
    let missing = folders.data().join("no-esco-here.sqlite");
    let driver = folders.start(&xvfb, &[("CARNET_ESCO", &missing)]);
    let app = driver.session(&app_bin(), "esco-missing");
    first_run(&app, false);
    app.click(&app.wait_for("#open-settings"));
    let about = app.wait_for("#esco-about[data-available='false']");
    assert_eq!(app.text(&about), "");
    assert_eq!(app.count("#esco-attribution"), 0);
    // The search says what is wrong instead of failing silently.
    app.click(&app.wait_for("#screen-settings #back"));
    app.click(&app.wait_for("#add"));
    app.type_text(&app.wait_for("#esco-search"), "weld");
    let error = app.wait_for_text("#screen-add #error", |t| !t.is_empty());
    assert!(error.contains("cannot find its ESCO data"), "{error}");
}
