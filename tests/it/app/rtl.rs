//! Right to left on a 360×640 phone: Arabic: chosen on first run by its
//! own name, the whole document turns `dir="rtl"` and the layout mirrors
//! (headings and an entry's title start at the right edge; the header's
//! Back button, when it fits beside the heading, sits on the left); every
//! screen fits, and an English title typed by the person stays readable
//! in its own direction (isolated in `<bdi>`). Then Persian, Dari, Pashto,
//! Urdu and Sorani, chosen in Settings, each checked and photographed the
//! same way.

use carnet_tests::webdriver::{app_bin, Session, Xvfb};
use carnet_tests::PASSPHRASE;

use super::{add, fits, Folders};

/// The left edge of the first element matching `css`, in pixels.
fn left(app: &Session<'_>, css: &str) -> f64 {
    app.wait_for(css);
    app.execute(&format!(
        "return document.querySelector({css:?}).getBoundingClientRect().left"
    ))
    .as_f64()
    .unwrap_or_else(|| app.fail(&format!("no position for {css}")))
}

/// The right edge of the first element matching `css`, in pixels.
fn right(app: &Session<'_>, css: &str) -> f64 {
    app.wait_for(css);
    app.execute(&format!(
        "return document.querySelector({css:?}).getBoundingClientRect().right"
    ))
    .as_f64()
    .unwrap_or_else(|| app.fail(&format!("no position for {css}")))
}

#[test]
fn every_right_to_left_language_mirrors_the_layout_and_every_screen_fits() {
    let folders = Folders::new();
    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[]);
    let app = driver.session(&app_bin(), "rtl");
    assert!(
        app.set_window_size(360, 640),
        "the window could not be resized"
    );

    let arabic = app.wait_for("#screen-language button[data-lang='ar']");
    assert!(app.text(&arabic).contains("العربية"));
    app.click(&arabic);
    app.type_text(&app.wait_for("#screen-create #passphrase"), PASSPHRASE);
    app.type_text(&app.wait_for("#passphrase-again"), PASSPHRASE);
    app.click(&app.wait_for("#create"));
    app.wait_for("#screen-logbook #empty");
    assert_eq!(
        app.execute("return [document.documentElement.dir, document.documentElement.lang]"),
        serde_json::json!(["rtl", "ar"])
    );
    fits(&app, "rtl-logbook-empty");

    add(
        &app,
        "skill",
        "MIG welding",
        Some("advanced"),
        Some("arrival"),
    );
    app.wait_for("#screen-logbook .entry");
    // An entry's title starts at the right edge of its card.
    let card_right = right(&app, "#screen-logbook .entry");
    let title_right = right(&app, "#screen-logbook .entry .entry-title");
    assert!(
        card_right - title_right < 24.0,
        "the title is not against the right edge ({title_right} of {card_right})"
    );
    fits(&app, "rtl-logbook");

    mirrored_screens(&app, "ar");

    // The five other right-to-left languages, switched to in Settings at
    // run time: each turns the document right to left in its own `lang`,
    // mirrors every screen the same way, and fits at 360 pixels.
    for tag in ["fa", "prs", "ps", "ur", "ckb"] {
        app.click(&app.wait_for("#open-settings"));
        app.click(&app.wait_for(&format!("#screen-settings button[data-lang='{tag}']")));
        carnet_tests::webdriver::poll(std::time::Duration::from_secs(20), || {
            (app.execute("return document.documentElement.lang") == serde_json::json!(tag))
                .then_some(())
        })
        .unwrap_or_else(|| app.fail(&format!("the document did not switch to {tag}")));
        assert_eq!(
            app.execute("return document.documentElement.dir"),
            serde_json::json!("rtl"),
            "{tag} is written right to left"
        );
        app.click(&app.wait_for("#screen-settings #back"));
        app.wait_for("#screen-logbook .entry");
        fits(&app, &format!("rtl-{tag}-logbook"));
        mirrored_screens(&app, tag);
    }
}

/// Every main screen in `tag`: the heading starts at the right edge, the
/// Back button (when on the heading's line) is left of it, and the screen
/// fits; one screenshot each.
fn mirrored_screens(app: &Session<'_>, tag: &str) {
    for (open, screen) in [
        ("#open-settings", "settings"),
        ("#open-sync", "sync"),
        ("#open-wallet", "wallet"),
        ("#open-verify", "verify"),
        ("#open-present", "present"),
    ] {
        app.click(&app.wait_for(open));
        app.wait_for(&format!("#screen-{screen}"));
        // Mirrored: the heading starts at the right edge, and the Back
        // button, when it fits on the same line, is left of it.
        let width = app
            .execute("return document.documentElement.clientWidth")
            .as_f64()
            .unwrap_or(0.0);
        let heading_right = right(app, &format!("#screen-{screen} h1"));
        assert!(
            width - heading_right < 40.0,
            "{tag} {screen}: the heading ends at {heading_right}, not at the right edge ({width})"
        );
        let same_line = app.execute(&format!(
            "const b = document.querySelector('#screen-{screen} #back').getBoundingClientRect();
             const h = document.querySelector('#screen-{screen} h1').getBoundingClientRect();
             return b.top < h.bottom && h.top < b.bottom"
        ));
        if same_line == serde_json::json!(true) {
            let back = right(app, &format!("#screen-{screen} #back"));
            let heading = left(app, &format!("#screen-{screen} h1"));
            assert!(
                back <= heading + 1.0,
                "{tag} {screen}: Back ({back}) is not left of the heading ({heading})"
            );
        }
        fits(app, &format!("rtl-{tag}-{screen}"));
        app.click(&app.wait_for(&format!("#screen-{screen} #back")));
        app.wait_for("#screen-logbook");
    }
}
