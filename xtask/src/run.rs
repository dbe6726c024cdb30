//! `cargo xtask run`: builds the `carnet` CLI and walks through a short
//! demo in a temporary directory, printing each command before it runs so
//! a person sees how the CLI is used (`cargo xtask run --cli`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::cmd::{self, Failure, Result};

const DEMO_PASSPHRASE: &str = "demo passphrase, not a secret";

pub fn run(args: &[String]) -> Result {
    let lang = parse_lang(args)?;

    let mut build = cmd::cargo(["build", "-p", "carnet-cli"]);
    println!("==> {}", cmd::display(&build));
    cmd::run(&mut build)?;
    let bin = cmd::target_dir()
        .join("debug")
        .join(format!("carnet{}", std::env::consts::EXE_SUFFIX));

    let tmp = TempDir::new()?;
    let demo = Demo {
        bin: &bin,
        data_dir: tmp.path().join("logbook"),
        lang: lang.as_deref(),
    };

    let mut help = demo.command(&[]);
    help.arg("--help");
    println!("\n==> {}", cmd::display(&help));
    print_output(&output(&mut help)?);

    println!("\n==> A short guided demo.");
    println!("The logbook lives in a temporary directory, so every command names it with");
    println!("--data-dir; without it, carnet uses your own data directory. The passphrase");
    println!("comes from CARNET_PASSPHRASE here; otherwise carnet asks for it.\n");
    println!("$ export CARNET_PASSPHRASE='{DEMO_PASSPHRASE}'");
    println!("$ DIR={}", demo.data_dir.display());

    demo.step(&["init"])?;
    demo.step(&[
        "profile",
        "set",
        "--name",
        "Amal Haddad",
        "--origin",
        "SY",
        "--current",
        "DE",
        "--language",
        "ar",
        "--mother-tongue",
    ])?;
    let added = demo.step(&[
        "add",
        "skill",
        "--title",
        "Welding",
        "--level",
        "advanced",
        "--country",
        "SY",
        "--stage",
        "recruitment",
    ])?;
    demo.step(&[
        "add", "language", "--title", "German", "--level", "B1", "--stage", "arrival",
    ])?;
    demo.step(&[
        "add",
        "qualification",
        "--title",
        "Vocational certificate in metal fabrication",
        "--level",
        "4",
    ])?;
    let listed = demo.step(&["list"])?;
    let searched = demo.step(&["search", "weld"])?;
    match [&added, &searched, &listed]
        .iter()
        .find_map(|text| id_prefix(text))
    {
        Some(prefix) => {
            demo.step(&["show", &prefix])?;
        }
        None => println!("\n(no entry id in the output above; skipping `carnet show`)"),
    }
    demo.step(&["export", "--format", "json"])?;

    println!("\n==> Demo done; removing {}", tmp.path().display());
    Ok(())
}

fn parse_lang(args: &[String]) -> Result<Option<String>> {
    let mut lang = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            let tag = it
                .next()
                .ok_or_else(|| Failure::usage("`--lang` needs a language tag, e.g. --lang fr"))?;
            lang = Some(tag.clone());
        } else if let Some(tag) = a.strip_prefix("--lang=") {
            lang = Some(tag.to_string());
        } else {
            return Err(Failure::usage(format!(
                "`run --cli` takes only `--lang TAG` (got `{a}`)"
            )));
        }
    }
    Ok(lang)
}

struct Demo<'a> {
    bin: &'a Path,
    data_dir: PathBuf,
    lang: Option<&'a str>,
}

impl Demo<'_> {
    /// `carnet [--data-dir DIR] [--lang TAG] ARGS...`
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(self.bin);
        if !args.is_empty() {
            c.arg("--data-dir").arg(&self.data_dir);
        }
        if let Some(lang) = self.lang {
            c.args(["--lang", lang]);
        }
        c.args(args)
            .env("CARNET_PASSPHRASE", DEMO_PASSPHRASE)
            .stdin(Stdio::null());
        c
    }

    /// Prints the command as a person would type it, runs it, shows its
    /// output and returns its stdout.
    fn step(&self, args: &[&str]) -> Result<String> {
        let mut c = self.command(args);
        let shown = cmd::display(&c).replacen(
            &format!("--data-dir {}", self.data_dir.display()),
            "--data-dir \"$DIR\"",
            1,
        );
        println!("\n$ {shown}");
        let out = output(&mut c)?;
        print_output(&out);
        cmd::check(&c, out.status)?;
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

fn output(c: &mut Command) -> Result<Output> {
    c.output()
        .map_err(|e| Failure::new(format!("cannot start `{}`: {e}", cmd::display(c))))
}

fn print_output(out: &Output) {
    print!("{}", String::from_utf8_lossy(&out.stdout));
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
}

/// The first 8 hex digits of the first entry id in `text` (a full UUID or
/// a shortened one), enough for `carnet show`.
fn id_prefix(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .find(|w| {
            let head = w.split('-').next().unwrap_or("");
            head.len() >= 8
        })
        .map(|w| w[..8].to_ascii_lowercase())
}

/// A directory removed when the demo ends, however it ends.
#[derive(Debug)]
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!("carnet-demo-{}-{nanos}", std::process::id()));
        std::fs::create_dir(&path)
            .map_err(|e| Failure::new(format!("cannot create {}: {e}", path.display())))?;
        Ok(TempDir(path))
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::id_prefix;

    #[test]
    fn finds_entry_ids() {
        let check = |text: &str, want: Option<&str>| {
            assert_eq!(id_prefix(text), want.map(String::from), "{text}")
        };
        check(
            "Added skill 3f2a1b9c-0d1e-4f5a-8b6c-7d8e9f0a1b2c Welding",
            Some("3f2a1b9c"),
        );
        check("3F2A1B9C  Welding  advanced", Some("3f2a1b9c"));
        check("skill  a1b2c3d4e5  Welding", Some("a1b2c3d4"));
        check("Welding, added", None);
        check("DEADBEEF-cafe", Some("deadbeef"));
        check("", None);
    }
}
