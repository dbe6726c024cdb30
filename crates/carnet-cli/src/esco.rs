//! The ESCO taxonomy offline (docs/esco.md): `carnet esco search`,
//! `carnet match`, and `carnet stage-view` (carnet-core's `stage_views`:
//! what matters at a stage of the journey, for recruitment against a
//! target occupation). Messages in `locales/en/esco.ftl`.
//!
//! The taxonomy's language is the first language the person asked for
//! (`--lang`, then the environment) that the asset has labels in; English
//! otherwise.

use std::path::PathBuf;

use carnet_core::taxonomy::{ConceptKind, Coverage, Taxonomy};
use carnet_i18n::Localizer;
use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::cli::{ids, Builder};
use crate::commands::SHORT_ID;
use crate::error::CliError;
use crate::msg::Msg;
use crate::session::Session;

const TAXONOMY: &str = "taxonomy";
const LIMIT: &str = "limit";
const RANK: &str = "rank";
const OCCUPATION: &str = "occupation";
const STAGE: &str = "stage";

/// Occupations shown by `carnet match --rank`.
const RANKED: usize = 10;

/// The subcommands, for `cli.rs`.
pub fn commands(b: &Builder<'_>) -> Vec<Command> {
    let taxonomy = || {
        b.option(TAXONOMY, "FILE", "esco-taxonomy")
            .value_parser(clap::value_parser!(PathBuf))
    };
    let search = b.finish(
        b.command("search", "cli-cmd-esco-search")
            .arg(
                b.positional(ids::TEXT, "TEXT", "esco-text")
                    .num_args(1..)
                    .action(ArgAction::Append),
            )
            .arg(
                b.option(ids::KIND, "KIND", "esco-kind")
                    .value_parser(["skill", "occupation"]),
            )
            .arg(
                b.option(LIMIT, "N", "esco-limit")
                    .value_parser(clap::value_parser!(u16).range(1..=200))
                    .default_value("10"),
            )
            .arg(taxonomy()),
        Some("cli-examples-esco-search"),
    );
    let esco = b.finish(
        b.command("esco", "cli-cmd-esco")
            .subcommand_required(true)
            .subcommand(search),
        None,
    );
    let matching = b.finish(
        b.command("match", "cli-cmd-match")
            .arg(
                b.positional(OCCUPATION, "OCCUPATION", "match-occupation")
                    .required(false)
                    .required_unless_present(RANK)
                    .conflicts_with(RANK),
            )
            .arg(b.arg(
                Arg::new(RANK).long(RANK).action(ArgAction::SetTrue),
                "cli-arg-match-rank",
            ))
            .arg(taxonomy()),
        Some("cli-examples-match"),
    );
    let stage_view = b.finish(
        b.command("stage-view", "cli-cmd-stage-view")
            .arg(
                b.positional(STAGE, "STAGE", "stage-view-stage")
                    .required(true)
                    .value_parser(clap::builder::PossibleValuesParser::new(
                        carnet_core::model::Stage::ALL.iter().map(|s| s.as_str()),
                    )),
            )
            .arg(b.option(OCCUPATION, "OCCUPATION", "stage-view-occupation"))
            .arg(taxonomy()),
        Some("cli-examples-stage-view"),
    );
    vec![esco, matching, stage_view]
}

pub fn handles(name: &str) -> bool {
    matches!(name, "esco" | "match" | "stage-view")
}

pub fn dispatch(s: &Session<'_>, name: &str, m: &ArgMatches) -> Result<(), CliError> {
    match (name, m.subcommand()) {
        ("esco", Some(("search", sub))) => search(s, sub),
        ("match", _) if m.get_flag(RANK) => rank(s, m),
        ("match", _) => matching(s, m),
        ("stage-view", _) => stage_view(s, m),
        // clap only lets through the names declared above.
        (other, _) => Err(carnet_core::Error::Internal(format!("unknown command {other}")).into()),
    }
}

fn open(m: &ArgMatches) -> Result<Taxonomy, CliError> {
    let path = m.get_one::<PathBuf>(TAXONOMY);
    Ok(Taxonomy::locate(path.map(PathBuf::as_path))?)
}

/// The language of labels: the first asked-for language the asset has.
fn label_lang(taxonomy: &Taxonomy, m: &ArgMatches) -> String {
    let explicit = m.get_one::<String>(ids::LANG).map(String::as_str);
    carnet_i18n::requested_languages(explicit, |v| std::env::var(v).ok())
        .into_iter()
        .map(|tag| {
            tag.split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        })
        .find(|l| taxonomy.languages().contains(l))
        .unwrap_or_else(|| "en".to_string())
}

fn kind_word(loc: &Localizer, kind: ConceptKind) -> String {
    loc.msg(&format!("esco-kind-{}", kind.as_str()))
}

/// A label, with the English one after it when they differ.
fn both_labels(label: &str, english: &str) -> Msg {
    if label == english {
        Msg::new("esco-label").text("label", label)
    } else {
        Msg::new("esco-label-translated")
            .text("label", label)
            .text("english", english)
    }
}

fn search(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let taxonomy = open(m)?;
    let lang = label_lang(&taxonomy, m);
    let text = crate::commands::all(m, ids::TEXT).join(" ");
    let kind = match m.get_one::<String>(ids::KIND).map(String::as_str) {
        Some("skill") => Some(ConceptKind::Skill),
        Some("occupation") => Some(ConceptKind::Occupation),
        _ => None,
    };
    let limit = m.get_one::<u16>(LIMIT).copied().unwrap_or(10);
    let hits = taxonomy.search(&text, &lang, kind, usize::from(limit))?;
    if s.out.json {
        return s.out.json(&hits);
    }
    if hits.is_empty() {
        s.out.note(
            &Msg::new("esco-search-none")
                .text("text", text)
                .format(s.loc),
        );
        return Ok(());
    }
    for hit in &hits {
        let c = &hit.concept;
        let label = both_labels(c.display_label(), &c.label_en).format(s.loc);
        let line = Msg::new("esco-search-hit")
            .text("kind", kind_word(s.loc, c.kind))
            .text("label", label)
            .text("uri", c.uri.as_str())
            .format(s.loc);
        s.out.line(&line)?;
    }
    Ok(())
}

fn matching(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let taxonomy = open(m)?;
    let lang = label_lang(&taxonomy, m);
    let occupation = crate::commands::required(m, OCCUPATION)?;
    // Refuse an unknown occupation before asking for the passphrase.
    taxonomy.concept(occupation, &lang)?;
    let logbook = s.open()?;
    let entries = logbook.entries()?;
    let result = taxonomy.match_occupation(occupation, &entries, &lang)?;
    if s.out.json {
        return s.out.json(&result);
    }
    let o = &result.occupation;
    s.out
        .line(&both_labels(o.display_label(), &o.label_en).format(s.loc))?;
    s.out.line(&o.uri)?;
    let (covered, total) = result.essential_covered();
    s.out.line(
        &Msg::new("esco-match-summary")
            .number("covered", covered as i64)
            .number("total", total as i64)
            .format(s.loc),
    )?;
    let words = [
        Coverage::Endorsed,
        Coverage::SelfDeclared,
        Coverage::Missing,
    ]
    .map(|c| (c, s.msg(&format!("esco-coverage-{}", coverage_key(c)))));
    let width = words
        .iter()
        .map(|(_, w)| w.chars().count())
        .max()
        .unwrap_or(0);
    for essential in [true, false] {
        let skills: Vec<_> = result
            .skills
            .iter()
            .filter(|sk| sk.essential == essential)
            .collect();
        if skills.is_empty() {
            continue;
        }
        let heading = if essential {
            "esco-match-essential"
        } else {
            "esco-match-optional"
        };
        s.out.line("")?;
        s.out.line(&s.msg(heading))?;
        for sk in skills {
            let word = words
                .iter()
                .find(|(c, _)| *c == sk.coverage)
                .map(|(_, w)| w.as_str())
                .unwrap_or_default();
            let pad = " ".repeat(width - word.chars().count());
            let label = both_labels(sk.skill.display_label(), &sk.skill.label_en).format(s.loc);
            s.out.line(&format!("  {word}{pad}  {label}"))?;
            for id in &sk.suggested {
                let Some(entry) = entries.iter().find(|e| e.id == *id) else {
                    continue;
                };
                let id = id.to_string();
                let maybe = Msg::new("esco-match-maybe")
                    .text("title", entry.title.as_str())
                    .text("id", id.get(..SHORT_ID).unwrap_or(&id))
                    .format(s.loc);
                s.out.line(&format!("  {}  {maybe}", " ".repeat(width)))?;
            }
        }
    }
    Ok(())
}

/// The Fluent key of a coverage (`esco-coverage-<key>`), as in JSON.
fn coverage_key(c: Coverage) -> &'static str {
    match c {
        Coverage::Endorsed => "endorsed",
        Coverage::SelfDeclared => "self-declared",
        Coverage::Missing => "missing",
    }
}

fn rank(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let taxonomy = open(m)?;
    let lang = label_lang(&taxonomy, m);
    let logbook = s.open()?;
    let entries = logbook.entries()?;
    let ranked = taxonomy.rank_occupations(&entries, &lang, RANKED)?;
    if s.out.json {
        return s.out.json(&ranked);
    }
    if ranked.is_empty() {
        s.out.note(&s.msg("esco-rank-none"));
        return Ok(());
    }
    for r in &ranked {
        let o = &r.occupation;
        let line = Msg::new("esco-rank-line")
            .number("percent", (r.share * 100.0).round() as i64)
            .number("covered", r.essential_covered as i64)
            .number("total", r.essential_total as i64)
            .text(
                "label",
                both_labels(o.display_label(), &o.label_en).format(s.loc),
            )
            .text("uri", o.uri.as_str())
            .format(s.loc);
        s.out.line(&line)?;
    }
    Ok(())
}

/// `carnet stage-view STAGE [--occupation URI]`: the entries the stage's
/// template picks, most relevant first, each with why, and how to show
/// them (`carnet present`).
fn stage_view(s: &Session<'_>, m: &ArgMatches) -> Result<(), CliError> {
    let stage: carnet_core::model::Stage = crate::commands::required(m, STAGE)?
        .parse()
        .map_err(carnet_core::Error::from)?;
    // Open the taxonomy (and refuse an unknown occupation) before asking
    // for the passphrase; without a target no ESCO data is needed.
    let target = match m.get_one::<String>(OCCUPATION) {
        Some(uri) => {
            let taxonomy = open(m)?;
            let lang = label_lang(&taxonomy, m);
            taxonomy.concept(uri, &lang)?;
            Some((taxonomy, lang, uri.clone()))
        }
        None => None,
    };
    let logbook = s.open()?;
    let entries = logbook.entries()?;
    let profile = logbook.profile()?;
    let matched = match &target {
        Some((taxonomy, lang, uri)) => Some(taxonomy.match_occupation(uri, &entries, lang)?),
        None => None,
    };
    let view = carnet_core::stage_views::select(stage, &entries, &profile, matched.as_ref());
    if s.out.json {
        return s.out.json(&view);
    }
    if view.picks.is_empty() {
        s.out.note(
            &Msg::new("stage-view-none")
                .text("stage", stage.as_str())
                .format(s.loc),
        );
        return Ok(());
    }
    s.out.line(
        &Msg::new("stage-view-title")
            .text("stage", stage.as_str())
            .number("count", view.picks.len() as i64)
            .format(s.loc),
    )?;
    let (mut endorsed, mut own) = (Vec::new(), Vec::new());
    for pick in &view.picks {
        let Some(entry) = entries.iter().find(|e| e.id == pick.entry) else {
            continue;
        };
        let id = pick.entry.to_string();
        let short = id.get(..SHORT_ID).unwrap_or(&id).to_string();
        let why: Vec<String> = pick
            .why
            .iter()
            .map(|w| s.msg(&format!("stage-why-{}", w.as_str())))
            .collect();
        s.out
            .line(&format!("  {short}  {}  ({})", entry.title, why.join(", ")))?;
        if entry.endorsements.is_empty() {
            own.push(short);
        } else {
            endorsed.push(short);
        }
    }
    let mut command = String::from("carnet present --stage ");
    command.push_str(stage.as_str());
    for id in &endorsed {
        command.push_str(" --select ");
        command.push_str(id);
    }
    for id in &own {
        command.push_str(" --self-declared ");
        command.push_str(id);
    }
    command.push_str(" --out qr.png");
    s.out.line("")?;
    s.out.line(
        &Msg::new("stage-view-present")
            .text("command", command)
            .format(s.loc),
    )?;
    Ok(())
}

/// The attribution ESCO's licence asks for, with the asset's version when
/// it can be found (`carnet --version`).
pub fn attribution(loc: &Localizer) -> String {
    match Taxonomy::locate(None) {
        Ok(t) => Msg::new("esco-attribution-version")
            .text("version", t.version())
            .format(loc),
        Err(_) => loc.msg("esco-attribution"),
    }
}
