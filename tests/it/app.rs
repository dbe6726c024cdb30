//! The real app, driven through WebDriver in a real window under Xvfb:
//! first run to a listed skill, then the same folder opened by the
//! `carnet` CLI. Real files, no mocks.

use carnet_tests::webdriver::{app_bin, Driver, Xvfb};
use carnet_tests::{ok, PASSPHRASE};

#[test]
fn first_run_to_a_listed_skill_then_the_cli_sees_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("logbook");
    // WebKit's own storage (localStorage, caches) in the temp dir too, so
    // every run is a first run.
    let xdg_data = tmp.path().join("xdg-data");
    let xdg_cache = tmp.path().join("xdg-cache");
    let xdg_config = tmp.path().join("xdg-config");

    let xvfb = Xvfb::start();
    let driver = Driver::start(
        xvfb.display(),
        &[
            ("CARNET_DATA_DIR", &data),
            ("XDG_DATA_HOME", &xdg_data),
            ("XDG_CACHE_HOME", &xdg_cache),
            ("XDG_CONFIG_HOME", &xdg_config),
        ],
        &tmp.path().join("tauri-driver.log"),
    );
    {
        let app = driver.session(&app_bin(), "first-run");

        // First run: the language picker, each language in its own script.
        let english = app.wait_for("#screen-language button[data-lang='en']");
        assert_eq!(app.text(&english), "English");
        app.screenshot("1-language");
        app.click(&english);

        // Make a passphrase: a strength hint, then the confirmation.
        let first = app.wait_for("#screen-create #passphrase");
        app.type_text(&first, PASSPHRASE);
        app.wait_for_text("#strength", |t| !t.is_empty());
        let again = app.wait_for("#passphrase-again");
        app.type_text(&again, PASSPHRASE);
        app.screenshot("2-passphrase");
        app.click(&app.wait_for("#create"));

        // Argon2id runs, then the empty logbook.
        app.wait_for_text("#screen-logbook #empty", |t| t.contains("empty"));
        assert_eq!(
            app.execute("return document.documentElement.dir"),
            serde_json::json!("ltr")
        );
        app.screenshot("3-empty-logbook");

        // Add a skill.
        app.click(&app.wait_for("#add"));
        app.click(&app.wait_for("#screen-add label[data-kind='skill']"));
        app.type_text(&app.wait_for("#title"), "Welding");
        app.click(&app.wait_for("#level option[value='advanced']"));
        app.screenshot("4-add-skill");
        app.click(&app.wait_for("#save"));

        // Listed under Skills, with its level and as self-declared.
        let title = app.wait_for_text(
            "#screen-logbook section[data-kind='skill'] .entry-title",
            |t| t == "Welding",
        );
        assert_eq!(title, "Welding");
        let heading = app.wait_for_text("#group-skill", |t| !t.is_empty());
        assert_eq!(heading.trim(), "Skills");
        let meta = app.wait_for_text("section[data-kind='skill'] .entry-meta", |t| !t.is_empty());
        assert!(meta.contains("Advanced"), "{meta}");
        assert!(meta.contains("Self-declared"), "{meta}");
        app.screenshot("5-logbook");
    }
    drop(driver);
    drop(xvfb);

    // The same folder, opened by the CLI with the same passphrase.
    let listed = ok(&data, &["list"]);
    assert!(listed.contains("Welding"), "carnet list: {listed}");
}
