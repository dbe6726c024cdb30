//! `carnet show ID`: everything about one entry, with labels in the
//! person's language, its photos, and what another device wrote.

use carnet_core::evidence::EvidenceKind;
use carnet_core::model::{Entry, Field, Kind};
use carnet_core::Logbook;
use carnet_i18n::Localizer;

use super::entries::kind_name;
use super::required;
use crate::cli::ids;
use crate::error::CliError;
use crate::msg::Msg;
use crate::output::{date_from_millis, Table};
use crate::session::Session;

/// Characters of a photo's SHA-256 shown: enough to tell photos apart.
const SHORT_SHA: usize = 12;

pub fn run(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let logbook = s.open()?;
    let id = logbook.resolve(required(m, ids::ID)?)?;
    let entry = logbook.entry(&id)?;
    if s.out.json {
        return s.out.json(&json(&entry)?);
    }
    for line in lines(s.loc, &logbook, &entry)? {
        s.out.line(&line)?;
    }
    Ok(())
}

/// The entry as serialised by core, plus its conflicts, which core leaves
/// out of the export but a person must see.
fn json(entry: &Entry) -> Result<serde_json::Value, CliError> {
    let mut value =
        serde_json::to_value(entry).map_err(|e| carnet_core::Error::Internal(e.to_string()))?;
    if let Some(obj) = value.as_object_mut() {
        obj.insert(
            "conflicts".into(),
            serde_json::to_value(&entry.conflicts)
                .map_err(|e| carnet_core::Error::Internal(e.to_string()))?,
        );
    }
    Ok(value)
}

/// The label of a field: `cli-field-<key>`, e.g. `cli-field-written-in`.
pub fn field_label(loc: &Localizer, key: &str) -> String {
    loc.msg(&format!("cli-field-{}", key.replace('_', "-")))
}

fn label(loc: &Localizer, text: String) -> String {
    Msg::new("cli-label").text("label", text).format(loc)
}

fn lines(loc: &Localizer, logbook: &Logbook, e: &Entry) -> Result<Vec<String>, CliError> {
    let mut t = Table::default();
    let field = |f: Field| label(loc, field_label(loc, f.key()));
    t.row(label(loc, loc.msg("cli-show-id")), e.id.to_string());
    t.row(label(loc, loc.msg("cli-show-kind")), kind_name(loc, e.kind));
    t.row(field(Field::Title), e.title.clone());
    t.opt(field(Field::Description), e.description.clone());
    t.opt(
        field(Field::Level),
        e.level.as_deref().map(|l| level(loc, e.kind, l)),
    );
    t.opt(
        field(Field::Eqf),
        e.eqf
            .as_deref()
            .map(|l| Msg::new("cli-level-eqf").text("level", l).format(loc)),
    );
    t.opt(field(Field::From), e.from.clone());
    t.opt(field(Field::To), e.to.clone());
    t.opt(field(Field::Organisation), e.organisation.clone());
    t.opt(field(Field::Place), e.place.clone());
    t.opt(field(Field::Country), e.country.clone());
    t.opt(
        field(Field::Context),
        e.context
            .map(|c| loc.msg(&format!("cli-context-{}", c.as_str()))),
    );
    let stages: Vec<String> = e
        .stages
        .iter()
        .map(|st| loc.msg(&format!("cli-stage-{}", st.as_str())))
        .collect();
    t.opt(field(Field::Stages), Some(stages.join(", ")));
    t.opt(field(Field::WrittenIn), e.written_in.clone());
    t.opt(field(Field::Esco), e.esco.clone());
    t.opt(field(Field::Isco), e.isco.clone());
    t.row(
        label(loc, loc.msg("cli-show-added")),
        date_from_millis(e.created),
    );
    t.row(
        label(loc, loc.msg("cli-show-changed")),
        date_from_millis(e.modified),
    );
    let mut out = t.lines();

    if !e.evidence.is_empty() {
        out.push(label(loc, loc.msg("cli-show-evidence")));
        for ev in &e.evidence {
            let sha = ev.sha256.get(..SHORT_SHA).unwrap_or(&ev.sha256);
            // A kind this version does not know (written by a newer
            // Carnet) is shown like a photo: its hash and size still tell
            // items apart.
            let voice = EvidenceKind::parse(&ev.kind) == Some(EvidenceKind::Voice);
            let msg =
                match (logbook.evidence(&ev.sha256)?, voice) {
                    (Some(stored), true) => Msg::new("cli-show-voice")
                        .number("kilobytes", kilobytes(stored.bytes.len())),
                    (None, true) => Msg::new("cli-show-voice-missing"),
                    (Some(stored), false) => Msg::new("cli-show-photo")
                        .number("kilobytes", kilobytes(stored.bytes.len())),
                    (None, false) => Msg::new("cli-show-photo-missing"),
                };
            let msg = msg
                .text("sha", sha)
                .number("width", i64::from(ev.width))
                .number("height", i64::from(ev.height));
            out.push(format!("  {}", msg.format(loc)));
        }
    }

    if !e.conflicts.is_empty() {
        out.push(loc.msg("cli-show-conflicts"));
        let mut c = Table::default();
        for (key, values) in &e.conflicts {
            for v in values {
                c.row(label(loc, field_label(loc, key)), v.clone());
            }
        }
        out.extend(c.lines().into_iter().map(|l| format!("  {l}")));
        let short = e.id.to_string();
        let short = short
            .get(..super::entries::SHORT_ID)
            .unwrap_or(&short)
            .to_string();
        out.push(
            Msg::new("cli-show-conflicts-hint")
                .text("id", short)
                .format(loc),
        );
    }
    Ok(out)
}

/// A level as a person reads it: proficiency words are translated, EQF
/// levels say "EQF", CEFR levels (A1…C2) are the same in every language.
fn level(loc: &Localizer, kind: Kind, value: &str) -> String {
    match kind {
        Kind::Skill | Kind::Experience => {
            let id = format!("cli-proficiency-{value}");
            if loc.has(&id) {
                loc.msg(&id)
            } else {
                value.to_string()
            }
        }
        Kind::Qualification | Kind::Learning => {
            Msg::new("cli-level-eqf").text("level", value).format(loc)
        }
        Kind::Language => value.to_string(),
    }
}

/// Kilobytes, rounded up so that a small photo never shows as 0.
fn kilobytes(bytes: usize) -> i64 {
    i64::try_from(bytes.div_ceil(1024)).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_core::model::{Context, Proficiency, Stage, CEFR_SKILLS};

    /// Labels are looked up by names built at run time; a missing one
    /// would show its id to the person.
    #[test]
    fn every_keyword_and_field_has_a_label() {
        let loc = Localizer::new(&["en"]);
        let mut ids: Vec<String> = Vec::new();
        ids.extend(Kind::ALL.iter().map(|k| format!("cli-kind-{}", k.as_str())));
        ids.extend(
            Stage::ALL
                .iter()
                .map(|s| format!("cli-stage-{}", s.as_str())),
        );
        ids.extend(
            Context::ALL
                .iter()
                .map(|c| format!("cli-context-{}", c.as_str())),
        );
        ids.extend(
            Proficiency::ALL
                .iter()
                .map(|p| format!("cli-proficiency-{}", p.as_str())),
        );
        ids.extend(
            CEFR_SKILLS
                .iter()
                .map(|s| format!("cli-cefr-{}", s.replace('_', "-"))),
        );
        ids.extend(
            Field::ALL
                .iter()
                .map(|f| format!("cli-field-{}", f.key().replace('_', "-"))),
        );
        let missing: Vec<&String> = ids.iter().filter(|id| !loc.has(id)).collect();
        assert!(missing.is_empty(), "add to locales/en/cli.ftl: {missing:?}");
    }

    #[test]
    fn levels_read_as_their_scale() {
        let loc = Localizer::new(&["en"]).for_terminal();
        assert_eq!(level(&loc, Kind::Learning, "4"), "EQF level 4");
        assert_eq!(level(&loc, Kind::Skill, "expert"), "expert");
        assert_eq!(level(&loc, Kind::Language, "B2"), "B2");
    }
}
