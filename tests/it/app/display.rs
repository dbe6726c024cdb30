//! Made for people who see poorly, on a small phone: with the text at
//! 200 % and strong contrast, on a 360-pixel-wide window, no screen
//! scrolls sideways (nothing is cut off), every button stays at least
//! 48 pixels tall, and the choice is kept for the next start, the unlock
//! screen included. Read aloud shows no button where no voice speaks the
//! language.

use carnet_tests::webdriver::{app_bin, Xvfb};
use carnet_tests::PASSPHRASE;

use super::{add, first_run, fits, Folders};

#[test]
fn text_at_200_percent_with_strong_contrast_fits_a_small_phone() {
    let folders = Folders::new();
    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[]);
    {
        let app = driver.session(&app_bin(), "display");
        assert!(
            app.set_window_size(360, 640),
            "the window could not be resized"
        );
        first_run(&app, false);
        add(
            &app,
            "qualification",
            "Certificate in industrial electrical installation and maintenance",
            Some("4"),
            Some("arrival"),
        );
        app.click(&app.wait_for("#open-settings"));
        let looks = || {
            app.execute(
                "return getComputedStyle(document.documentElement).fontSize + ' ' + (document.documentElement.dataset.contrast ?? '')",
            )
        };
        let wait = |want: &str| {
            carnet_tests::webdriver::poll(std::time::Duration::from_secs(10), || {
                (looks() == serde_json::json!(want)).then_some(())
            })
            .unwrap_or_else(|| app.fail(&format!("the page did not become `{want}`")))
        };
        app.click(&app.wait_for("#text-size option[value='200']"));
        wait("32px ");
        app.click(&app.wait_for("#high-contrast"));
        wait("32px high");
        fits(&app, "200-settings");
        app.click(&app.wait_for("#screen-settings #back"));
        app.wait_for("#screen-logbook .entry");
        fits(&app, "200-logbook");
        // Read aloud: a play button only where a voice speaks English.
        let voices = app.execute(
            "return 'speechSynthesis' in window ? speechSynthesis.getVoices().filter(v => v.lang.toLowerCase().startsWith('en')).length : 0",
        );
        if voices == serde_json::json!(0) {
            assert_eq!(app.count(".speak"), 0, "a read-aloud button with no voice");
        } else {
            assert_eq!(app.count(".entry .speak"), 1);
        }
        for (open, screen) in [
            ("#open-present", "present"),
            ("#open-wallet", "wallet"),
            ("#open-verify", "verify"),
            ("#open-sync", "sync"),
        ] {
            app.click(&app.wait_for(open));
            app.wait_for(&format!("#screen-{screen}"));
            fits(&app, &format!("200-{screen}"));
            app.click(&app.wait_for(&format!("#screen-{screen} #back")));
            app.wait_for("#screen-logbook");
        }
        // The trust lists screen, reached from the verify screen.
        app.click(&app.wait_for("#open-verify"));
        app.click(&app.wait_for("#screen-verify #open-trust"));
        app.wait_for("#screen-trust #trust-none");
        fits(&app, "200-trust");
        app.click(&app.wait_for("#screen-trust #back"));
        app.click(&app.wait_for("#screen-verify #back"));
        app.wait_for("#screen-logbook");
        app.click(&app.wait_for(".entry .edit"));
        app.wait_for("#screen-edit");
        fits(&app, "200-edit");
    }
    // The next start already looks as chosen, before the passphrase.
    let app = driver.session(&app_bin(), "display-again");
    assert!(app.set_window_size(360, 640));
    app.wait_for("#screen-unlock");
    // The saved settings are applied as the page starts: look again,
    // bounded, rather than once.
    carnet_tests::webdriver::poll(std::time::Duration::from_secs(10), || {
        let size = app.execute("return getComputedStyle(document.documentElement).fontSize");
        (size == serde_json::json!("32px")).then_some(())
    })
    .unwrap_or_else(|| app.fail("the unlock screen did not start at 200 % text"));
    fits(&app, "200-unlock");
    app.type_text(&app.wait_for("#passphrase"), PASSPHRASE);
    app.click(&app.wait_for("#unlock"));
    app.wait_for("#screen-logbook");
}
