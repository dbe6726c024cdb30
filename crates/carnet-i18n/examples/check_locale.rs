//! Checks one translation folder against English before it is compiled in:
//!
//! ```text
//! cargo run -p carnet-i18n --example check_locale -- locales/fa [locales/en]
//! ```
//!
//! Prints one line per problem and exits with 1 if there is any, 0 if the
//! folder may be moved into `locales/`. The folder's name is its language
//! tag.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn read_folder(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.extension().is_some_and(|x| x == "ftl") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, text));
        }
    }
    files.sort();
    Ok(files)
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: check_locale <locales/TAG> [<locales/en>]");
        return ExitCode::from(2);
    };
    let source_dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| dir.parent().unwrap_or_else(|| Path::new(".")).join("en"));
    let lang = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (files, source) = match (read_folder(dir), read_folder(&source_dir)) {
        (Ok(f), Ok(s)) => (f, s),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let names: Vec<&String> = source.iter().map(|(n, _)| n).collect();
    let mut problems = Vec::new();
    for (name, _) in &files {
        if !names.contains(&name) {
            problems.push(format!("locales/{lang}/{name}: English has no such file"));
        }
    }
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let source: Vec<(&str, &str)> = source
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    problems.extend(carnet_i18n::check::check_locale(&lang, &files, &source));
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        println!("locales/{lang}: complete, {} files", files.len());
        ExitCode::SUCCESS
    } else {
        println!("{} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}
