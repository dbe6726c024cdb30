//! Nothing a person types, photographs or records is readable on disk.

use carnet_tests::{files_under, ok};

const MARKER: &str = "QZXMARKER7731";

/// A PNG photo whose pixels are plain but whose text chunk and file carry
/// the marker, as a phone's metadata might.
fn photo_with_marker() -> Vec<u8> {
    let img = image::RgbImage::from_fn(320, 200, |x, _| image::Rgb([(x % 256) as u8, 40, 200]));
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png)
        .expect("encode png");
    let png = png.into_inner();
    // Insert a tEXt chunk after IHDR (8-byte signature + 25-byte IHDR chunk).
    let data = format!("Comment\0{MARKER}");
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = b"tEXt".to_vec();
    body.extend_from_slice(data.as_bytes());
    chunk.extend_from_slice(&body);
    chunk.extend_from_slice(&crc32(&body).to_be_bytes());
    let mut out = png[..33].to_vec();
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[33..]);
    out
}

/// A WAV voice note whose sound data itself spells a marker (the sound is
/// kept as recorded, so the marker reaches the database's evidence row).
fn voice_with_marker() -> Vec<u8> {
    let mut samples = b"VOICEDATA".to_vec();
    samples.extend_from_slice(MARKER.as_bytes());
    samples.resize(4000, 0x11);
    let mut wav = b"RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0".to_vec();
    wav.extend_from_slice(&8000u32.to_le_bytes());
    wav.extend_from_slice(&16000u32.to_le_bytes());
    wav.extend_from_slice(b"\x02\0\x10\0data");
    wav.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    wav.extend_from_slice(&samples);
    let len = (wav.len() - 8) as u32;
    wav[4..8].copy_from_slice(&len.to_le_bytes());
    wav
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn typed_text_photos_and_voice_notes_never_reach_the_disk_in_plaintext() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    let photo = tmp.path().join("certificate.png");
    let png = photo_with_marker();
    assert!(png.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));
    std::fs::write(&photo, &png).expect("write photo");
    let voice = tmp.path().join("my-skill.wav");
    std::fs::write(&voice, voice_with_marker()).expect("write voice note");

    ok(&dir, &["init"]);
    let title = format!("Tiling {MARKER}");
    let description = format!("Bathrooms and kitchens {MARKER}");
    let id = ok(
        &dir,
        &[
            "add",
            "skill",
            "--title",
            &title,
            "--description",
            &description,
        ],
    );
    let id = id.trim();
    ok(&dir, &["attach", id, photo.to_str().expect("utf-8 path")]);
    ok(&dir, &["attach", id, voice.to_str().expect("utf-8 path")]);
    assert!(ok(&dir, &["show", id]).contains("voice note"));
    // The marker was really stored: the logbook finds it.
    assert!(ok(&dir, &["search", MARKER]).contains("Tiling"));
    assert!(ok(&dir, &["show", id]).contains(MARKER));

    let files = files_under(&dir);
    assert!(files.iter().any(|f| f.ends_with("logbook.db")));
    for f in &files {
        let bytes = std::fs::read(f).expect("read");
        for needle in [MARKER.as_bytes(), b"Tiling", b"Bathrooms", b"VOICEDATA"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{} contains {:?} in plaintext",
                f.display(),
                String::from_utf8_lossy(needle)
            );
        }
    }
    let db = std::fs::read(dir.join("logbook.db")).expect("db");
    assert!(
        !db.starts_with(b"SQLite format 3\0"),
        "the database header is encrypted"
    );
}
