//! The rules a translation must keep, as functions over file contents.
//!
//! They run in two places: the unit tests, over every locale compiled into
//! the binary, and `cargo run -p carnet-i18n --example check_locale --
//! locales/<tag>`, over a folder on disk, so that a translator sees every
//! problem of a new language before it is compiled in (a half-written
//! locale in `locales/` would fail everybody's build).
//!
//! Every function returns one line per problem, naming the file and the
//! message id, in words a translator who is not a programmer can act on.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Runs every check on one locale against the source language; an empty
/// result means the locale may ship.
pub fn check_locale(lang: &str, files: &[(&str, &str)], source: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    if lang.parse::<LanguageIdentifier>().map(|l| l.to_string()) != Ok(lang.to_owned()) {
        problems.push(format!(
            "locales/{lang}: the folder must be named by a canonical BCP 47 tag (e.g. pt-BR, sr-Latn)"
        ));
        return problems;
    }
    problems.extend(review_status_problems(lang, files));
    problems.extend(syntax_problems(lang, files));
    problems.extend(duplicate_ids(lang, files));
    problems.extend(plural_rules_problems(lang));
    problems.extend(lang_name_problems(lang, files));
    problems.extend(completeness(
        lang,
        &ids_and_attributes_in(source),
        &ids_and_attributes_in(files),
    ));
    let (expected, theirs) = (variables_in(source), variables_in(files));
    problems.extend(unused_variables(lang, &expected, &theirs));
    problems.extend(unknown_variables(lang, &expected, &theirs));
    problems.extend(format_all(lang, files));
    problems
}

/// The first line of every file says how far its translation can be
/// trusted (`# Review status: machine-drafted, needs review by a native
/// speaker.`, or who reviewed it), so that a centre knows what to check.
pub fn review_status_problems(lang: &str, files: &[(&str, &str)]) -> Vec<String> {
    files
        .iter()
        .filter(|(_, source)| {
            !source
                .lines()
                .next()
                .is_some_and(|l| l.starts_with("# Review status:") && l.len() > 20)
        })
        .map(|(file, _)| {
            format!("locales/{lang}/{file}:1: the first line must be `# Review status: …`")
        })
        .collect()
}

/// A locale must name itself (`lang-name`): the language picker shows it
/// to people who may not read English.
pub fn lang_name_problems(lang: &str, files: &[(&str, &str)]) -> Vec<String> {
    let names_itself = files.iter().any(|(_, source)| {
        parse(source).entries().any(
            |e| matches!(e, ast::Entry::Message(m) if m.id.name == "lang-name" && m.value.is_some()),
        )
    });
    if names_itself {
        Vec::new()
    } else {
        vec![format!(
            "locales/{lang}: must define `lang-name`, its own name in its own script"
        )]
    }
}

/// Parse errors and junk, with the line they start on.
pub fn syntax_problems(lang: &str, files: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (file, source) in files {
        if let Err((resource, errors)) = FluentResource::try_new((*source).to_owned()) {
            for error in errors {
                let line = source[..error.pos.start.min(source.len())]
                    .matches('\n')
                    .count()
                    + 1;
                problems.push(format!("locales/{lang}/{file}:{line}: {:?}", error.kind));
            }
            for entry in resource.entries() {
                if let ast::Entry::Junk { content } = entry {
                    problems.push(format!("locales/{lang}/{file}: junk {content:?}"));
                }
            }
        }
    }
    problems
}

/// Ids defined twice in one locale (Fluent keeps the first silently).
pub fn duplicate_ids(lang: &str, files: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (file, source) in files {
        for entry in parse(source).entries() {
            let id = match entry {
                ast::Entry::Message(m) => m.id.name.to_owned(),
                ast::Entry::Term(t) => format!("-{}", t.id.name),
                _ => continue,
            };
            if let Some(first) = seen.insert(id.clone(), file) {
                problems.push(format!("locales/{lang}: `{id}` in both {first} and {file}"));
            }
        }
    }
    problems
}

/// A language CLDR has no plural rules for would silently get English
/// ones ("1 photo", "2 photos"), which are wrong for most languages; such a
/// tag needs an alias in `plural_locale`.
pub fn plural_rules_problems(lang: &str) -> Vec<String> {
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return Vec::new();
    };
    let id = crate::plural_locale(id);
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    if known.iter().any(|k| k.language == id.language) {
        Vec::new()
    } else {
        vec![format!(
            "locales/{lang}: CLDR has no plural rules for `{}`; add the CLDR locale it is an alias of to `plural_locale` in carnet-i18n",
            id.language
        )]
    }
}

/// Ids and attributes missing from a translation, or that English lacks.
pub fn completeness(lang: &str, source: &BTreeSet<String>, have: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    for missing in source.difference(have) {
        problems.push(format!("locales/{lang}: `{missing}` is missing"));
    }
    for extra in have.difference(source) {
        problems.push(format!("locales/{lang}: `{extra}` is not in English"));
    }
    problems
}

/// Variables English shows that a translation drops: the reader would
/// miss a name, a number or a date.
pub fn unused_variables(
    lang: &str,
    source: &BTreeMap<String, Vars>,
    theirs: &BTreeMap<String, Vars>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, expected) in source {
        let Some(used) = theirs.get(id) else {
            continue;
        };
        for name in expected.keys().filter(|v| !used.contains_key(*v)) {
            problems.push(format!("locales/{lang}: `{id}` never shows ${name}"));
        }
    }
    problems
}

/// Variables a translation uses that the program never passes: they would
/// show as `{$name}` on screen.
pub fn unknown_variables(
    lang: &str,
    source: &BTreeMap<String, Vars>,
    theirs: &BTreeMap<String, Vars>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, vars) in theirs {
        let Some(expected) = source.get(id) else {
            continue;
        };
        for name in vars.keys().filter(|v| !expected.contains_key(*v)) {
            problems.push(format!(
                "locales/{lang}: `{id}` uses ${name}, which English never passes"
            ));
        }
    }
    problems
}

/// The ids and attributes of every message and term (`id`, `id.attr`,
/// `-term`).
pub fn ids_and_attributes_in(files: &[(&str, &str)]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, source) in files {
        for entry in parse(source).entries() {
            let (id, attrs) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), &t.attributes),
                _ => continue,
            };
            for a in attrs {
                out.insert(format!("{id}.{}", a.id.name));
            }
            out.insert(id);
        }
    }
    out
}

/// Variable name -> whether it must be a number (it selects a plural form
/// or feeds a function such as NUMBER).
pub type Vars = BTreeMap<String, bool>;

#[derive(Default)]
struct Refs {
    vars: Vars,
    messages: BTreeSet<String>,
}

/// Every message of a locale with the variables it needs, including those
/// of the messages it references (they are formatted with the same args).
pub fn variables_in(files: &[(&str, &str)]) -> BTreeMap<String, Vars> {
    let mut direct: BTreeMap<String, Refs> = BTreeMap::new();
    for (_, source) in files {
        for entry in parse(source).entries() {
            if let ast::Entry::Message(message) = entry {
                let refs = direct.entry(message.id.name.to_owned()).or_default();
                if let Some(value) = &message.value {
                    walk_pattern(value, refs);
                }
                for attribute in &message.attributes {
                    walk_pattern(&attribute.value, refs);
                }
            }
        }
    }
    direct
        .keys()
        .map(|id| {
            let mut vars = Vars::new();
            let mut stack = vec![id.clone()];
            let mut visited = BTreeSet::new();
            while let Some(next) = stack.pop() {
                if !visited.insert(next.clone()) {
                    continue;
                }
                if let Some(refs) = direct.get(&next) {
                    for (name, numeric) in &refs.vars {
                        *vars.entry(name.clone()).or_insert(false) |= numeric;
                    }
                    stack.extend(refs.messages.iter().cloned());
                }
            }
            (id.clone(), vars)
        })
        .collect()
}

/// Formats every message and attribute of one locale on its own (no
/// fallback, since a reference to a message resolves only in its own
/// bundle), once with typed samples ("x" for text, 2 for numbers) and once
/// with 2 everywhere; returns one line per error.
pub fn format_all(lang: &str, files: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return vec![format!("locales/{lang}: not a BCP 47 tag")];
    };
    let mut bundle = FluentBundle::new_concurrent(vec![crate::plural_locale(id)]);
    let _ = bundle.add_builtins();
    for (_, source) in files {
        let _ = bundle.add_resource(parse(source));
    }
    let vars = variables_in(files);
    for (file, source) in files {
        for entry in parse(source).entries() {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let Some(formatted) = bundle.get_message(id) else {
                problems.push(format!("locales/{lang}/{file}: `{id}` not loaded"));
                continue;
            };
            let needed = vars.get(id).cloned().unwrap_or_default();
            let typed: FluentArgs = needed
                .iter()
                .map(|(name, numeric)| {
                    let value = if *numeric {
                        FluentValue::from(2)
                    } else {
                        FluentValue::from("x")
                    };
                    (name.clone(), value)
                })
                .collect();
            let numbers: FluentArgs = needed
                .keys()
                .map(|name| (name.clone(), FluentValue::from(2)))
                .collect();

            let mut patterns = Vec::new();
            if let Some(value) = formatted.value() {
                patterns.push((String::new(), value));
            }
            for attribute in formatted.attributes() {
                patterns.push((format!(".{}", attribute.id()), attribute.value()));
            }
            for (suffix, pattern) in patterns {
                for args in [&typed, &numbers] {
                    let mut errors = Vec::new();
                    bundle.format_pattern(pattern, Some(args), &mut errors);
                    for error in errors {
                        problems.push(format!("locales/{lang}/{file}: `{id}`{suffix}: {error}"));
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

pub(crate) fn parse(source: &str) -> FluentResource {
    FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial)
}

fn walk_pattern(pattern: &ast::Pattern<&str>, out: &mut Refs) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, out);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, out: &mut Refs) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            mark_numeric(selector, out);
            walk_inline(selector, out);
            for variant in variants {
                walk_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, out),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, out: &mut Refs) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.vars.entry(id.name.to_owned()).or_insert(false);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                mark_numeric(arg, out);
                walk_inline(arg, out);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for arg in &arguments.positional {
                walk_inline(arg, out);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, out);
            }
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            out.messages.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, out),
        _ => {}
    }
}

fn mark_numeric(inline: &ast::InlineExpression<&str>, out: &mut Refs) {
    if let ast::InlineExpression::VariableReference { id } = inline {
        out.vars.insert(id.name.to_owned(), true);
    }
}
