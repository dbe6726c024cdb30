//! `carnet profile show` and `carnet profile set`.

use carnet_core::model::{Profile, ProfilePatch, CEFR_SKILLS};
use carnet_i18n::Localizer;

use super::{all, text};
use crate::cli::{ids, CEFR_OPTIONS};
use crate::error::CliError;
use crate::msg::Msg;
use crate::output::Table;
use crate::session::Session;

pub fn show(s: &Session<'_>) -> Result<(), CliError> {
    let logbook = s.open()?;
    print(s, &logbook.profile()?)
}

pub fn set(s: &Session<'_>, m: &clap::ArgMatches) -> Result<(), CliError> {
    let patch = patch(m);
    if patch == ProfilePatch::default() {
        return Err(CliError::usage(
            Msg::new("cli-error-nothing-to-change"),
            "carnet profile set",
        ));
    }
    let mut logbook = s.open()?;
    let profile = logbook.update_profile(&patch)?;
    if s.out.json {
        return s.out.json(&profile);
    }
    s.out.line(&s.msg("cli-profile-saved"))
}

/// The change the options ask for. `--name ""` clears the name, as
/// `ProfilePatch` reads `Some("")`.
fn patch(m: &clap::ArgMatches) -> ProfilePatch {
    let owned = |id: &str| text(m, id).map(str::to_string);
    let mut patch = ProfilePatch {
        display_name: owned("name"),
        birth_date: owned("birth-date"),
        origin_country: owned("origin"),
        current_country: owned("current"),
        contact: owned("contact"),
        languages: Vec::new(),
        remove_languages: all(m, ids::REMOVE_LANGUAGE)
            .into_iter()
            .map(str::to_string)
            .collect(),
    };
    if let Some(tag) = text(m, ids::LANGUAGE) {
        let mother = if m.get_flag(ids::MOTHER_TONGUE) {
            Some(true)
        } else if m.get_flag(ids::NOT_MOTHER_TONGUE) {
            Some(false)
        } else {
            None
        };
        let levels = CEFR_OPTIONS
            .iter()
            .filter_map(|(option, key)| text(m, option).map(|l| (key.to_string(), l.to_string())))
            .collect();
        patch.languages.push((tag.to_string(), mother, levels));
    }
    patch
}

fn print(s: &Session<'_>, p: &Profile) -> Result<(), CliError> {
    if s.out.json {
        return s.out.json(p);
    }
    if *p == Profile::default() {
        s.out.note(&s.msg("cli-profile-empty"));
        return Ok(());
    }
    let loc = s.loc;
    let label = |id: &str| Msg::new("cli-label").text("label", loc.msg(id)).format(loc);
    let mut t = Table::default();
    t.opt(label("cli-profile-name"), p.display_name.clone());
    t.opt(label("cli-profile-birth-date"), p.birth_date.clone());
    t.opt(label("cli-profile-origin"), p.origin_country.clone());
    t.opt(label("cli-profile-current"), p.current_country.clone());
    t.opt(label("cli-profile-contact"), p.contact.clone());
    for line in t.lines() {
        s.out.line(&line)?;
    }
    if !p.languages.is_empty() {
        s.out.line(&label("cli-profile-languages"))?;
        for (tag, skills) in &p.languages {
            s.out
                .line(&format!("  {}", language_line(loc, tag, skills)))?;
        }
    }
    Ok(())
}

/// "ar (mother tongue): listening C2, reading C1" in the person's language.
fn language_line(loc: &Localizer, tag: &str, l: &carnet_core::model::LanguageSkills) -> String {
    let mut head = tag.to_string();
    if l.mother_tongue {
        head = Msg::new("cli-profile-mother-tongue")
            .text("language", head)
            .format(loc);
    }
    let levels: Vec<String> = CEFR_SKILLS
        .iter()
        .filter_map(|skill| {
            l.levels.get(*skill).map(|level| {
                Msg::new(format!("cli-cefr-{}", skill.replace('_', "-")))
                    .text("level", level.clone())
                    .format(loc)
            })
        })
        .collect();
    if levels.is_empty() {
        head
    } else {
        Msg::new("cli-profile-language-levels")
            .text("language", head)
            .text("levels", levels.join(", "))
            .format(loc)
    }
}
