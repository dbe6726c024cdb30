//! The real app, driven through WebDriver in a real window under Xvfb.
//! Each file is one group of screens; this module holds what they share:
//! fresh folders for a first run, the first run itself, adding an entry.

use std::path::Path;

use carnet_tests::webdriver::{Driver, Session, Xvfb};
use carnet_tests::PASSPHRASE;

mod a11y;
mod basics;
mod devices;
mod display;
mod esco;
mod evidence;
mod pin;
mod pseudo;
mod rtl;
mod trust;
mod wallet;

/// A fresh data folder and fresh WebKit folders (localStorage, caches), so
/// every run is a first run and nothing is remembered outside the folder.
pub(crate) struct Folders {
    tmp: tempfile::TempDir,
}

impl Folders {
    pub(crate) fn new() -> Folders {
        Folders {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }
    pub(crate) fn data(&self) -> std::path::PathBuf {
        self.tmp.path().join("logbook")
    }
    /// The folder holding the others (room for a test's own files).
    pub(crate) fn root(&self) -> &Path {
        self.tmp.path()
    }
    pub(crate) fn start(&self, xvfb: &Xvfb, extra: &[(&str, &Path)]) -> Driver {
        let t = self.tmp.path();
        let (data, xd, xc, xf) = (
            self.data(),
            t.join("xdg-data"),
            t.join("xdg-cache"),
            t.join("xdg-config"),
        );
        let mut env: Vec<(&str, &Path)> = vec![
            ("CARNET_DATA_DIR", &data),
            ("XDG_DATA_HOME", &xd),
            ("XDG_CACHE_HOME", &xc),
            ("XDG_CONFIG_HOME", &xf),
        ];
        env.extend_from_slice(extra);
        Driver::start(xvfb.display(), &env, &t.join("tauri-driver.log"))
    }
}

/// Text as a person reads it: without the invisible marks (U+2068 …
/// U+2069) Fluent puts around each value it fills in, so that it reads
/// right in right-to-left text.
pub(crate) fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// First run: English, then a passphrase, up to the empty logbook.
pub(crate) fn first_run(app: &Session<'_>, shots: bool) {
    let english = app.wait_for("#screen-language button[data-lang='en']");
    assert_eq!(app.text(&english), "English");
    if shots {
        app.screenshot("1-language");
    }
    app.click(&english);
    let first = app.wait_for("#screen-create #passphrase");
    app.type_text(&first, PASSPHRASE);
    app.wait_for_text("#strength", |t| !t.is_empty());
    app.type_text(&app.wait_for("#passphrase-again"), PASSPHRASE);
    if shots {
        app.screenshot("2-passphrase");
    }
    app.click(&app.wait_for("#create"));
    app.wait_for_text("#screen-logbook #empty", |t| t.contains("empty"));
}

pub(crate) fn add(
    app: &Session<'_>,
    kind: &str,
    title: &str,
    level: Option<&str>,
    stage: Option<&str>,
) {
    app.click(&app.wait_for("#add"));
    app.click(&app.wait_for(&format!("#screen-add label[data-kind='{kind}']")));
    app.type_text(&app.wait_for("#title"), title);
    if let Some(level) = level {
        app.click(&app.wait_for(&format!("#level option[value='{level}']")));
    }
    if let Some(stage) = stage {
        app.click(&app.wait_for(&format!("label[data-stage='{stage}'] input")));
    }
    app.click(&app.wait_for("#save"));
    app.wait_for("#screen-logbook");
}

/// Fails with the screen's name when the page is wider than the window
/// (something is cut off or must be scrolled sideways), when a button's
/// or label's text spills out of its box, or when a visible button is
/// under 48 px tall; then saves a screenshot named `shot`.
pub(crate) fn fits(app: &Session<'_>, shot: &str) {
    let wide =
        app.execute("const d = document.documentElement; return d.scrollWidth - d.clientWidth");
    if wide.as_i64().is_none_or(|w| w > 0) {
        let culprits = app.execute(
            "const w = document.documentElement.clientWidth;
             return [...document.querySelectorAll('body *')]
               .filter(e => e.getBoundingClientRect().right > w + 1 || e.scrollWidth > e.clientWidth + 1)
               .slice(0, 8)
               .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + (e.textContent || '').slice(0, 30))",
        );
        app.fail(&format!(
            "{shot}: the page is {wide} px wider than the window; too wide: {culprits}"
        ));
    }
    let spilled = app.execute(
        "return [...document.querySelectorAll('button, label, h1, h2, p, .badge, legend')]
           .filter(e => e.offsetParent !== null && getComputedStyle(e).overflow !== 'visible')
           .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
           .map(e => e.id || e.className || (e.textContent || '').slice(0, 30))",
    );
    assert_eq!(spilled, serde_json::json!([]), "{shot}: clipped text");
    let small = app.execute(
        "return [...document.querySelectorAll('button, label.file-button, select')]
           .filter(b => b.offsetParent !== null)
           .filter(b => b.getBoundingClientRect().height < 48)
           .map(b => b.id || b.className || b.textContent)",
    );
    assert_eq!(small, serde_json::json!([]), "{shot}: buttons under 48 px");
    app.screenshot(shot);
}
