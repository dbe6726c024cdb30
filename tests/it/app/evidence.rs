//! Evidence in the real app: on a new entry, a photo of a certificate and
//! a voice note (the entry is saved first, without pressing Save), a file
//! that is not a photo refused in words with the entry intact, thumbnails
//! and a player in the logbook; then, with the app closed, the `carnet`
//! CLI sees both in the same folder. Real files picked through the file
//! inputs (W3C WebDriver file upload), no mocks. Recording from a
//! microphone is not driven here: Xvfb has none (the recorder is covered
//! by vitest with a fake media stream).

use std::path::Path;
use std::time::Duration;

use carnet_tests::webdriver::{app_bin, poll, Session, Xvfb};
use carnet_tests::{carnet, ok};

use super::{first_run, Folders};

/// A certificate-like picture: a light page with dark lines of "text".
fn write_certificate_png(path: &Path) {
    image::RgbImage::from_fn(640, 480, |x, y| {
        let line = (y / 24) % 2 == 0 && (40..600).contains(&x) && y > 60;
        if line {
            image::Rgb([30, 30, 60])
        } else {
            image::Rgb([250, 246, 235])
        }
    })
    .save(path)
    .expect("write the png");
}

/// One second of a 440 Hz tone: 8 kHz mono 16-bit PCM in a WAV file.
fn write_voice_wav(path: &Path) {
    const RATE: u32 = 8000;
    let samples: Vec<u8> = (0..RATE)
        .flat_map(|i| {
            let t = f64::from(i) / f64::from(RATE);
            let v = (t * 440.0 * std::f64::consts::TAU).sin() * 8000.0;
            (v as i16).to_le_bytes()
        })
        .collect();
    let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&RATE.to_le_bytes());
    wav.extend_from_slice(&(RATE * 2).to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    wav.extend_from_slice(&samples);
    let riff = (wav.len() - 8) as u32;
    wav[4..8].copy_from_slice(&riff.to_le_bytes());
    std::fs::write(path, wav).expect("write the wav");
}

/// Waits (bounded) until `script` returns a number above `min`.
fn wait_for_number(app: &Session<'_>, script: &str, min: f64) -> f64 {
    poll(Duration::from_secs(30), || {
        app.execute(script).as_f64().filter(|n| *n > min)
    })
    .unwrap_or_else(|| app.fail(&format!("`{script}` stayed at or below {min}")))
}

#[test]
fn a_photo_and_a_voice_note_on_a_new_entry_then_the_cli_sees_them() {
    let files = tempfile::tempdir().expect("temp dir");
    let png = files.path().join("certificate.png");
    let wav = files.path().join("my-welding.wav");
    let text = files.path().join("notes.txt");
    write_certificate_png(&png);
    write_voice_wav(&wav);
    std::fs::write(&text, "this is not a picture").expect("write text");

    let folders = Folders::new();
    let data = folders.data();
    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[]);
    {
        let app = driver.session(&app_bin(), "evidence");
        first_run(&app, false);
        // A small phone: the screenshots below show its layout.
        assert!(
            app.set_window_size(360, 640),
            "the window could not be resized"
        );

        app.click(&app.wait_for("#add"));
        app.click(&app.wait_for("#screen-add label[data-kind='qualification']"));
        app.type_text(&app.wait_for("#title"), "Welding certificate");
        let button = app.wait_for_text("#add-photo", |t| !t.trim().is_empty());
        assert_eq!(button.trim(), "Add a photo of a certificate");
        let sound = app.wait_for_text("#attach-sound", |t| !t.trim().is_empty());
        assert_eq!(sound.trim(), "Attach a sound file");
        app.execute("document.querySelector('#add-photo').scrollIntoView({block: 'center'})");
        app.screenshot("1-add-form");

        // The photo, without pressing Save first: the entry is saved, then
        // the photo is attached, and its thumbnail shows a real picture.
        app.upload(&app.wait_for("#photo-file"), &png);
        app.wait_for_text("#screen-add #auto-saved", |t| t.contains("Saved"));
        app.wait_for("#screen-add img.thumb");
        wait_for_number(
            &app,
            "return document.querySelector('#screen-add img.thumb').naturalWidth",
            0.0,
        );

        // A voice note from a sound file: a player that reads its length.
        app.upload(&app.wait_for("#voice-file"), &wav);
        app.wait_for("#screen-add .evidence-item.voice audio");
        let seconds = wait_for_number(
            &app,
            "const a = document.querySelector('#screen-add audio'); \
             return a && a.readyState >= 1 ? a.duration : 0",
            0.0,
        );
        assert!((seconds - 1.0).abs() < 0.1, "the note lasts {seconds} s");
        app.execute("document.querySelector('#evidence-title').scrollIntoView()");
        app.screenshot("2-photo-and-voice");

        // Not a picture: the translated error, and nothing is lost.
        app.upload(&app.wait_for("#photo-file"), &text);
        let error = app.wait_for_text("#error", |t| !t.is_empty());
        assert_eq!(
            error,
            "This file is not a photo. Carnet takes JPEG, PNG and WebP pictures."
        );
        assert_eq!(app.count("#screen-add img.thumb"), 1);
        assert_eq!(app.count("#screen-add audio"), 1);
        assert_eq!(
            app.execute("return document.querySelector('#title').value"),
            serde_json::json!("Welding certificate")
        );
        app.execute("document.querySelector('#error').scrollIntoView({block: 'center'})");
        app.screenshot("3-not-a-photo");

        // Save: one entry (not two), with its thumbnail and its player.
        app.click(&app.wait_for("#save"));
        app.wait_for("#screen-logbook");
        app.wait_for_count(".entry", 1);
        app.wait_for_text("section[data-kind='qualification'] .entry-title", |t| {
            t == "Welding certificate"
        });
        app.wait_for(".entry img.thumb");
        app.wait_for(".entry .evidence-item.voice audio");
        wait_for_number(
            &app,
            "return document.querySelector('.entry img.thumb').naturalWidth",
            0.0,
        );
        app.execute("document.querySelector('.entry').scrollIntoView()");
        app.screenshot("4-logbook");

        // The photo at full size, to read the paper: the stored 640-pixel
        // picture, not the thumbnail; Close goes back to the logbook.
        app.click_until(".entry .view-photo", ".photo-view");
        app.wait_for(".photo-view img.photo-full");
        let width = wait_for_number(
            &app,
            "return document.querySelector('.photo-view img.photo-full').naturalWidth",
            0.0,
        );
        assert_eq!(width, 640.0, "the full photo is {width} pixels wide");
        app.screenshot("5-photo-large");
        app.click(&app.wait_for(".photo-view .close-photo"));
        app.wait_for_count(".photo-view", 0);
        app.wait_for(".entry img.thumb");
    }
    drop(driver);
    drop(xvfb);

    // The app is closed; the CLI opens the same folder.
    let list: serde_json::Value =
        serde_json::from_str(&ok(&data, &["list", "--json"])).expect("list json");
    let entries = list.as_array().expect("a list");
    assert_eq!(entries.len(), 1, "{list}");
    let id = entries[0]["id"].as_str().expect("id");
    let evidence = entries[0]["evidence"].as_array().expect("evidence");
    let kinds: Vec<&str> = evidence.iter().filter_map(|e| e["kind"].as_str()).collect();
    assert!(
        kinds.contains(&"photo") && kinds.contains(&"voice"),
        "{list}"
    );

    let out = carnet(&data)
        .args(["show", id])
        .output()
        .expect("run carnet");
    let show = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "carnet show: {out:?}");
    assert!(show.contains("Welding certificate"), "{show}");
    assert!(show.contains("Photos and voice notes"), "{show}");
    assert!(show.contains("640 × 480 pixels"), "{show}");
    assert!(show.contains("voice note, 16 KB"), "{show}");
}

#[test]
fn a_voice_note_taken_off_in_the_app_is_gone_for_the_cli_the_photo_stays() {
    let files = tempfile::tempdir().expect("temp dir");
    let png = files.path().join("certificate.png");
    let wav = files.path().join("my-welding.wav");
    write_certificate_png(&png);
    write_voice_wav(&wav);
    let folders = Folders::new();
    let data = folders.data();
    // The CLI made the entry and attached both.
    ok(&data, &["init"]);
    let id = ok(&data, &["add", "skill", "--title", "Welding"])
        .trim()
        .to_string();
    let arg = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    ok(&data, &["attach", &id, &arg(&png)]);
    let voice = ok(&data, &["attach", &id, &arg(&wav)]).trim().to_string();

    let xvfb = Xvfb::start();
    let driver = folders.start(&xvfb, &[]);
    {
        let app = driver.session(&app_bin(), "evidence-remove");
        app.type_text(
            &app.wait_for("#screen-unlock #passphrase"),
            carnet_tests::PASSPHRASE,
        );
        app.click(&app.wait_for("#unlock"));
        // The logbook's player and thumbnail load after the list shows and
        // move what is below them: a press may land in the old place.
        app.wait_for(".entry img.thumb");
        app.click_until(".entry .edit", "#screen-edit");
        // Both loaded (the layout settles) before anything is pressed.
        app.wait_for("#screen-edit .evidence-item.voice audio");
        wait_for_number(
            &app,
            "return document.querySelector('#screen-edit img.thumb')?.naturalWidth ?? 0",
            0.0,
        );
        // "Remove" asks first; "Cancel" keeps it.
        app.click_until(
            ".evidence-item.voice .remove-evidence",
            ".evidence-item.voice .confirm",
        );
        app.click_until(
            ".evidence-item.voice .confirm .secondary",
            ".evidence-item.voice .remove-evidence",
        );
        app.click_until(
            ".evidence-item.voice .remove-evidence",
            ".evidence-item.voice .confirm-remove-evidence",
        );
        app.click(&app.wait_for(".evidence-item.voice .confirm-remove-evidence"));
        app.wait_for_count("#screen-edit .evidence-item.voice", 0);
        app.wait_for_count("#screen-edit .evidence-item.photo", 1);
        app.screenshot("removed");
        app.click(&app.wait_for("#save"));
        app.wait_for("#screen-logbook");
        app.wait_for_count(".entry .evidence-item.voice", 0);
    }
    drop(driver);
    drop(xvfb);

    let list: serde_json::Value =
        serde_json::from_str(&ok(&data, &["list", "--json"])).expect("list json");
    let kinds: Vec<String> = list[0]["evidence"]
        .as_array()
        .expect("evidence")
        .iter()
        .filter_map(|e| e["kind"].as_str().map(str::to_string))
        .collect();
    assert_eq!(kinds, ["photo"], "{list}");
    // Nothing is left to take off.
    let out = carnet(&data)
        .args(["detach", &id, &voice[..12]])
        .output()
        .expect("run carnet");
    assert_eq!(out.status.code(), Some(4), "{out:?}");
}
