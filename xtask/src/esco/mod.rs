//! `cargo xtask esco [--from DIR] [--out FILE] [--check]`: builds the
//! offline ESCO asset (`assets/esco/esco.sqlite`, docs/esco.md) from the
//! official CSV files. `--check` builds it twice in scratch files and fails
//! unless both are byte-identical to each other and to the committed asset.

mod build;
mod sources;

use std::path::{Path, PathBuf};

use crate::cmd::{self, Failure, Result};

pub fn run(args: &[String]) -> Result {
    let root = cmd::workspace_root();
    let mut from = root.join("../shared/data/esco");
    let mut out = root.join("assets/esco/esco.sqlite");
    let mut check = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--from" => from = PathBuf::from(value(&mut it, "--from")?),
            "--out" => out = PathBuf::from(value(&mut it, "--out")?),
            "--check" => check = true,
            other => return Err(Failure::usage(format!("esco: unknown argument `{other}`"))),
        }
    }
    let sources = sources::find(&from)?;
    for s in sources.values() {
        println!("  {}", s.name);
    }
    if check {
        return reproducible(&sources, &out);
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::new(format!("cannot create {}: {e}", dir.display())))?;
    }
    let summary = build::build(&sources, &out)?;
    println!(
        "wrote {}: {} skills, {} occupations, {} relations",
        out.display(),
        summary.skills,
        summary.occupations,
        summary.relations
    );
    for (lang, (kept, dropped)) in &summary.labels {
        println!("  {lang}: {kept} labels ({dropped} dropped: concepts not in the English classification)");
    }
    sizes(&out)
}

fn value<'a>(it: &mut impl Iterator<Item = &'a String>, flag: &str) -> Result<&'a String> {
    it.next()
        .ok_or_else(|| Failure::usage(format!("esco: `{flag}` needs a value")))
}

/// Two builds in scratch files: identical to each other and to `committed`.
fn reproducible(
    sources: &std::collections::BTreeMap<sources::Content, sources::Source>,
    committed: &Path,
) -> Result {
    let dir = cmd::target_dir().join("esco-check");
    std::fs::create_dir_all(&dir).map_err(|e| Failure::new(e.to_string()))?;
    let read = |p: &Path| {
        std::fs::read(p).map_err(|e| Failure::new(format!("cannot read {}: {e}", p.display())))
    };
    let (a, b) = (dir.join("a.sqlite"), dir.join("b.sqlite"));
    build::build(sources, &a)?;
    build::build(sources, &b)?;
    let (a, b) = (read(&a)?, read(&b)?);
    if a != b {
        return Err(Failure::new(
            "two builds from the same CSVs differ: the importer is not reproducible",
        ));
    }
    if read(committed)? != a {
        return Err(Failure::new(format!(
            "{} is not what the importer builds from these CSVs; run `cargo xtask esco`",
            committed.display()
        )));
    }
    println!(
        "esco: two builds are byte-identical ({} bytes) and match {}",
        a.len(),
        committed.display()
    );
    Ok(())
}

/// Bytes per table, from SQLite's `dbstat` when this build has it.
fn sizes(path: &Path) -> Result {
    let total = std::fs::metadata(path)
        .map_err(|e| Failure::new(e.to_string()))?
        .len();
    println!("  total {:.2} MB ({total} bytes)", total as f64 / 1e6);
    let db = rusqlite::Connection::open(path).map_err(|e| Failure::new(e.to_string()))?;
    let rows = db
        .prepare("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()
        });
    match rows {
        Ok(rows) => {
            // A language's share: its label table, index and FTS tables.
            let mut per_lang: std::collections::BTreeMap<String, i64> = Default::default();
            for (name, bytes) in &rows {
                println!("  {name:<32} {:>8.2} MB", *bytes as f64 / 1e6);
                let lang = name
                    .strip_prefix("label_fts_")
                    .or_else(|| name.strip_prefix("label_"))
                    .and_then(|rest| rest.split('_').next());
                if let Some(lang) = lang {
                    *per_lang.entry(lang.to_string()).or_default() += bytes;
                }
            }
            for (lang, bytes) in per_lang {
                println!("  language {lang}: {:.2} MB", bytes as f64 / 1e6);
            }
        }
        Err(_) => println!("  (per-table sizes need SQLite's dbstat, absent from this build)"),
    }
    Ok(())
}
