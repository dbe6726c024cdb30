//! A full disk: the write fails with its own exit code and message, and
//! nothing already saved is lost. Uses a real, tiny tmpfs.

use std::path::{Path, PathBuf};
use std::process::Command;

use carnet_tests::{ok, run};

const STORAGE_FAILURE: i32 = 10;

/// A tmpfs mounted for the test and unmounted when dropped.
struct TinyDisk {
    path: PathBuf,
}

impl TinyDisk {
    /// Mounts a tmpfs of `kib` KiB, or explains why it cannot.
    fn mount(parent: &Path, kib: u32) -> Result<TinyDisk, String> {
        let path = parent.join("tiny-disk");
        std::fs::create_dir_all(&path).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"])
            .arg(&path)
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(TinyDisk { path })
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Fills the disk that holds `dir` to the last byte.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let filler = dir.join("filler");
    let mut f = std::fs::File::create(&filler).expect("create filler");
    let block = vec![0x5au8; 4096];
    while f.write_all(&block).is_ok() {}
    let _ = f.flush();
    filler
}

/// A photo that stays large after Carnet re-encodes it (noise does not
/// compress), so storing it needs far more space than is left.
fn noisy_photo() -> Vec<u8> {
    let mut seed = 0x2545_f491u32;
    let img = image::RgbImage::from_fn(1200, 900, |_, _| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        image::Rgb([seed as u8, (seed >> 8) as u8, (seed >> 16) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("png");
    out.into_inner()
}

#[test]
fn a_full_disk_is_reported_and_loses_nothing() {
    if !is_root() {
        eprintln!("SKIPPED: mounting a tmpfs needs root (CI runs as root)");
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let disk = TinyDisk::mount(tmp.path(), 4096).expect("root can mount a tmpfs");
    let dir = disk.path.join("data");
    let photo = tmp.path().join("photo.png");
    std::fs::write(&photo, noisy_photo()).expect("photo");

    ok(&dir, &["init"]);
    let kept = ok(
        &dir,
        &["add", "skill", "--title", "Saved before the disk filled"],
    );
    let kept = kept.trim().to_string();
    let filler = fill(&disk.path);

    let out = run(&dir, &["attach", &kept, photo.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_lowercase();
    assert_eq!(out.status.code(), Some(STORAGE_FAILURE), "{stderr}");
    assert!(stderr.contains("disk is full"), "{stderr}");
    assert!(stderr.contains("nothing was lost"), "{stderr}");

    // Space comes back: the logbook opens, the old entry is there, and the
    // photo that failed can be attached now.
    std::fs::remove_file(filler).expect("free space");
    let list = ok(&dir, &["list"]);
    assert!(list.contains("Saved before the disk filled"), "{list}");
    ok(&dir, &["attach", &kept, photo.to_str().expect("path")]);
    assert!(ok(&dir, &["show", &kept]).to_lowercase().contains("photo"));
}
