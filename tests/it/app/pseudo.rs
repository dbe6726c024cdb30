//! The pseudo-locale `en-XA` (every letter accented, every text 40 %
//! longer, as a long translation would be) on a 360×640 phone: chosen on
//! first run like any language, it reaches every screen (no plain English
//! left in headings and buttons: nothing hard-coded; what people typed is
//! in `<bdi>`, isolated for right-to-left text), and no screen is cut
//! off, clips a label or shrinks a button (issue 6, "checks"). The
//! bundled Noto faces load for each script they are there for.

use carnet_tests::webdriver::{app_bin, Session, Xvfb};
use carnet_tests::PASSPHRASE;

use super::{add, fits, Folders};

/// Fails when a heading, button or label of the page still has a plain
/// ASCII letter: that text did not come through Fluent. (User text, such
/// as an entry's title, is outside these elements.)
fn all_pseudo(app: &Session<'_>, screen: &str) {
    let plain = app.execute(
        "return [...document.querySelectorAll('h1, h2, button, legend, label')]
           .filter(e => e.offsetParent !== null)
           .map(e => e.cloneNode(true))
           .map(e => { e.querySelectorAll('input, select, textarea, bdi, .entry-title').forEach(x => x.remove()); return e.textContent.trim(); })
           .filter(t => /[A-Za-z]/.test(t))",
    );
    assert_eq!(
        plain,
        serde_json::json!([]),
        "{screen}: text not from the messages"
    );
}

fn check(app: &Session<'_>, screen: &str) {
    all_pseudo(app, screen);
    fits(app, &format!("pseudo-{screen}"));
}

#[test]
fn the_pseudo_locale_reaches_every_screen_and_nothing_is_clipped() {
    let folders = Folders::new();
    let xvfb = Xvfb::start();
    let on = std::path::Path::new("1");
    let driver = folders.start(&xvfb, &[("CARNET_PSEUDO_LOCALE", on)]);
    let app = driver.session(&app_bin(), "pseudo");
    assert!(
        app.set_window_size(360, 640),
        "the window could not be resized"
    );

    let pseudo = app.wait_for("#screen-language button[data-lang='en-XA']");
    app.click(&pseudo);
    app.type_text(&app.wait_for("#screen-create #passphrase"), PASSPHRASE);
    app.wait_for_text("#strength", |t| !t.is_empty());
    app.type_text(&app.wait_for("#passphrase-again"), PASSPHRASE);
    check(&app, "create");
    app.click(&app.wait_for("#create"));
    app.wait_for("#screen-logbook #empty");
    check(&app, "logbook-empty");
    assert_eq!(
        app.execute("return document.documentElement.lang"),
        serde_json::json!("en-XA")
    );

    add(&app, "skill", "Welding", Some("advanced"), Some("arrival"));
    app.wait_for("#screen-logbook .entry");
    check(&app, "logbook");
    for (open, screen) in [
        ("#add", "add"),
        ("#open-present", "present"),
        ("#open-wallet", "wallet"),
        ("#open-verify", "verify"),
        ("#open-sync", "sync"),
        ("#open-settings", "settings"),
        ("#open-match", "match"),
    ] {
        app.click(&app.wait_for(open));
        app.wait_for(&format!("#screen-{screen}"));
        check(&app, screen);
        let back = app
            .find(&format!("#screen-{screen} #back"))
            .or_else(|| app.find(&format!("#screen-{screen} #cancel")));
        match back {
            Some(b) => app.click(&b),
            None => app.fail(&format!("{screen}: no way back")),
        }
        app.wait_for("#screen-logbook");
    }
    // Trust lists, reached from "Check a code".
    app.click(&app.wait_for("#open-verify"));
    app.click(&app.wait_for("#screen-verify #open-trust"));
    app.wait_for("#screen-trust #trust-held");
    check(&app, "trust");
    app.click(&app.wait_for("#screen-trust #back"));
    app.click(&app.wait_for("#screen-verify #back"));
    app.wait_for("#screen-logbook");
    app.click(&app.wait_for(".entry .ask"));
    app.wait_for("#screen-request #request-qr");
    check(&app, "request");
    app.click(&app.wait_for("#screen-request #back"));
    app.click(&app.wait_for("#lock"));
    app.wait_for("#screen-unlock");
    check(&app, "unlock");

    // The bundled Noto faces load for every script they cover (docs/fonts.md).
    app.execute(
        "window.__fonts = null;
         const samples = ['سلام', 'Բարեւ', 'নমস্কার', 'नमस्ते', 'ሰላም', 'გამარჯობა', 'ਸਤ ਸ੍ਰੀ', 'សួស្តី', 'ສະບາຍດີ', 'မင်္ဂလာပါ', 'ආයුබෝවන්', 'வணக்கம்', 'สวัสดี'];
         Promise.all(samples.map(t => document.fonts.load('16px \"Carnet Noto\"', t)))
           .then(r => window.__fonts = r.map(f => f.length), e => window.__fonts = String(e));
         return 1",
    );
    let loaded = carnet_tests::webdriver::poll(std::time::Duration::from_secs(20), || {
        let v = app.execute("return window.__fonts");
        (!v.is_null()).then_some(v)
    })
    .unwrap_or_else(|| app.fail("the fonts did not load"));
    let counts: Vec<u64> = loaded
        .as_array()
        .map(|a| a.iter().filter_map(serde_json::Value::as_u64).collect())
        .unwrap_or_default();
    assert_eq!(counts.len(), 13, "{loaded}");
    assert!(
        counts.iter().all(|&n| n >= 1),
        "a script has no face: {loaded}"
    );
}
