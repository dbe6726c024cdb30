use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast;

use super::check::*;
use super::*;

/// A made-up set of locales, so that negotiation and fallback can be tested
/// whatever translations the repository ships at the moment.
static FAKE: Table = &[
    (
        "ar",
        Source::Plain(&[(
            "main.ftl",
            "lang-name = العربية\nhello = مرحبا { $name }\ncount = { $n ->\n    [one] واحد\n   *[other] { $n } عناصر\n}\n",
        )]),
    ),
    ("de", Source::Plain(&[("main.ftl", "lang-name = Deutsch\nhello = Hallo { $name }\n")])),
    (
        "en",
        Source::Plain(&[(
            "main.ftl",
            "lang-name = English\n\
             hello = Hello { $name }\n\
             only-en = Only in English\n\
             save = Save\n    .tooltip = Save the { $what }\n\
             count = { $n ->\n    [one] One item\n   *[other] { $n } items\n}\n\
             attrs-only =\n    .label = Label\n",
        )]),
    ),
    (
        "fr",
        Source::Plain(&[
            ("a.ftl", "hello = Bonjour { $name }\nsave = Enregistrer\n"),
            // Junk in the middle of a file must not hide what follows it.
            ("b.ftl", "broken = { $\nlang-name = Français\n"),
        ]),
    ),
    ("not a tag", Source::Plain(&[("main.ftl", "hello = ???\n")])),
];

fn env_from(vars: &[(&str, &str)]) -> impl FnMut(&str) -> Option<String> {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name| map.get(name).cloned()
}

fn fake(requested: &[&str]) -> Localizer {
    Localizer::negotiate(FAKE, requested)
}

fn fake_env(explicit: Option<&str>, vars: &[(&str, &str)]) -> Localizer {
    Localizer::from_sources_in(FAKE, explicit, env_from(vars))
}

fn chain(loc: &Localizer) -> Vec<&'static str> {
    loc.chain.iter().map(|l| l.tag).collect()
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

// ---------------------------------------------------------------- negotiation

#[test]
fn negotiation_keeps_every_acceptable_language_and_ends_with_english() {
    assert_eq!(chain(&fake(&["de", "fr"])), ["de", "fr", "en"]);
    assert_eq!(chain(&fake(&["fr-CA"])), ["fr", "en"]);
    assert_eq!(chain(&fake(&[])), ["en"]);
}

#[test]
fn nothing_after_english_is_kept() {
    assert_eq!(chain(&fake(&["en", "fr"])), ["en"]);
    assert_eq!(chain(&fake(&["en-GB", "de"])), ["en"]);
}

#[test]
fn unknown_or_malformed_language_falls_back_to_english() {
    let loc = fake(&["xx", "not a tag", "", "tlh-Latn-001"]);
    assert_eq!(loc.language(), "en");
    assert_eq!(chain(&loc), ["en"]);
    assert_eq!(Localizer::new(&["xx"]).language(), "en");
    assert_eq!(Localizer::new(&[]).language(), "en");
}

#[test]
fn requested_posix_forms_are_accepted_by_new() {
    assert_eq!(fake(&["fr_FR.UTF-8"]).language(), "fr");
}

// ---------------------------------------------------------------- environment

#[test]
fn posix_locale_names_become_bcp47_tags() {
    let cases: &[(&str, &[&str])] = &[
        ("fr_FR.UTF-8", &["fr-FR"]),
        ("pt_BR@euro", &["pt-BR"]),
        ("sr_RS@latin", &["sr-Latn-RS"]),
        ("uz_UZ.UTF-8@cyrillic", &["uz-Cyrl-UZ"]),
        ("ar", &["ar"]),
        ("en-gb", &["en-GB"]),
        ("C", &[]),
        ("C.UTF-8", &[]),
        ("POSIX", &[]),
        ("", &[]),
        ("not a locale", &[]),
    ];
    for (lang, expected) in cases {
        let got = requested_languages(None, env_from(&[("LANG", lang)]));
        assert_eq!(&got, expected, "LANG={lang:?}");
    }
}

#[test]
fn env_lang_with_codeset_selects_french() {
    assert_eq!(fake_env(None, &[("LANG", "fr_FR.UTF-8")]).language(), "fr");
}

#[test]
fn c_locale_means_english() {
    let loc = fake_env(None, &[("LC_ALL", "C"), ("LANG", "POSIX")]);
    assert_eq!(chain(&loc), ["en"]);
}

#[test]
fn language_colon_list_is_a_fallback_chain() {
    let loc = fake_env(None, &[("LANGUAGE", "de:fr")]);
    assert_eq!(chain(&loc), ["de", "fr", "en"]);
    assert_eq!(
        requested_languages(None, env_from(&[("LANGUAGE", "de::fr_CH:C")])),
        ["de", "fr-CH"]
    );
}

#[test]
fn variables_are_read_in_documented_order() {
    let env = env_from(&[
        ("LANGUAGE", "de"),
        ("LANG", "ar_SY.UTF-8"),
        ("LC_MESSAGES", "fr_FR.UTF-8"),
        ("LC_ALL", "pt_BR.UTF-8"),
    ]);
    assert_eq!(
        requested_languages(None, env),
        ["pt-BR", "fr-FR", "ar-SY", "de"]
    );
}

#[test]
fn explicit_choice_beats_environment() {
    let vars = [("LC_ALL", "fr_FR.UTF-8"), ("LANGUAGE", "de")];
    let loc = fake_env(Some("ar"), &vars);
    assert_eq!(loc.language(), "ar");
    assert_eq!(chain(&loc), ["ar", "fr", "de", "en"]);
    // An explicit language that is not shipped yields to the environment.
    assert_eq!(fake_env(Some("xx"), &vars).language(), "fr");
    // Duplicates collapse.
    assert_eq!(
        requested_languages(Some("fr-FR"), env_from(&vars)),
        ["fr-FR", "de"]
    );
}

#[test]
fn from_env_does_not_panic() {
    let loc = Localizer::from_env(Some("en"));
    assert_eq!(loc.language(), "en");
}

// ---------------------------------------------------------------- messages

#[test]
fn missing_id_returns_the_id() {
    let loc = fake(&["fr"]);
    assert_eq!(loc.msg("no-such-message"), "no-such-message");
    assert_eq!(
        loc.msg_args("no-such-message", &[("x", "y".into())]),
        "no-such-message"
    );
    assert!(!loc.has("no-such-message"));
    assert_eq!(loc.attr("no-such-message", "tooltip"), None);
    assert_eq!(loc.attr("save", "no-such-attribute"), None);
    // A message with attributes only has no value to show.
    assert_eq!(loc.msg("attrs-only"), "attrs-only");
    assert_eq!(loc.attr("attrs-only", "label").as_deref(), Some("Label"));

    let real = Localizer::new(&["en"]);
    assert_eq!(real.msg("no-such-message"), "no-such-message");
}

#[test]
fn messages_fall_back_along_the_chain() {
    let loc = fake(&["fr"]).for_terminal();
    assert_eq!(
        loc.msg_args("hello", &[("name", "Amina".into())]),
        "Bonjour Amina"
    );
    assert_eq!(loc.msg("only-en"), "Only in English");
    assert!(loc.has("only-en"));
    // fr has `save` without the attribute: the attribute comes from en.
    assert_eq!(loc.msg("save"), "Enregistrer");
    assert_eq!(
        loc.attr_args("save", "tooltip", &[("what", "CV".into())])
            .as_deref(),
        Some("Save the CV")
    );
}

#[test]
fn junk_is_skipped_without_losing_valid_messages() {
    let loc = fake(&["fr"]);
    assert_eq!(loc.msg("lang-name"), "Français");
    assert_eq!(loc.msg("broken"), "broken");
}

#[test]
fn numbers_select_plural_forms() {
    let loc = fake(&["en"]).for_terminal();
    assert_eq!(loc.msg_args("count", &[("n", 1.into())]), "One item");
    assert_eq!(loc.msg_args("count", &[("n", 5.into())]), "5 items");
}

#[test]
fn missing_argument_is_visible_not_fatal() {
    let loc = fake(&["en"]).for_terminal();
    assert_eq!(loc.msg("hello"), "Hello {$name}");
}

#[test]
fn real_source_messages_are_available() {
    let loc = Localizer::new(&["en-US"]);
    assert_eq!(loc.language(), "en");
    assert_eq!(loc.msg("app-name"), "Carnet");
    assert_eq!(loc.msg("lang-name"), "English");
    assert_eq!(
        loc.for_terminal()
            .msg_args("app-version", &[("version", "0.1.0".into())]),
        "Carnet 0.1.0"
    );
}

// ---------------------------------------------------------------- direction

#[test]
fn rtl_table() {
    for tag in [
        "ar", "ar-EG", "fa", "prs", "prs-AF", "ps", "ur", "ckb", "he", "yi", "sd", "ug", "dv",
        "ku-Arab", "apc",
    ] {
        assert!(is_rtl_language(tag), "{tag} should be RTL");
    }
    for tag in [
        "kmr", "ku", "en", "fr", "ti", "so", "sd-Deva", "uz-Latn", "", "garbage!",
    ] {
        assert!(!is_rtl_language(tag), "{tag} should be LTR");
    }
    assert!(fake(&["ar"]).is_rtl());
    assert!(!fake(&["fr"]).is_rtl());
    assert!(!fake(&["xx"]).is_rtl());
}

#[test]
fn isolation_is_on_by_default() {
    let loc = fake(&["fr"]);
    let text = loc.msg_args("hello", &[("name", "Amina".into())]);
    assert_eq!(text, format!("Bonjour {FSI}Amina{PDI}"));
}

#[test]
fn terminal_drops_isolation_only_in_ltr_layouts() {
    let ltr = fake(&["de"]).for_terminal();
    assert_eq!(
        ltr.msg_args("hello", &[("name", "محمد".into())]),
        "Hallo محمد"
    );

    let rtl = fake(&["ar"]).for_terminal();
    assert_eq!(
        rtl.msg_args("hello", &[("name", "Amina".into())]),
        format!("مرحبا {FSI}Amina{PDI}")
    );
    // English fallback text inside an RTL layout keeps its marks too.
    assert_eq!(
        rtl.attr_args("save", "tooltip", &[("what", "CV".into())]),
        Some(format!("Save the {FSI}CV{PDI}"))
    );

    // In an LTR layout, an RTL fallback keeps its marks.
    let mixed = fake(&["fr", "ar"]).for_terminal();
    assert_eq!(chain(&mixed), ["fr", "ar", "en"]);
    assert_eq!(
        mixed.msg_args("count", &[("n", 5.into())]),
        format!("{FSI}5{PDI} عناصر")
    );
}

#[test]
fn localizer_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Localizer>();
}

#[test]
fn debug_lists_the_chain() {
    assert_eq!(
        format!("{:?}", fake(&["de"])),
        r#"Localizer { chain: ["de", "en"] }"#
    );
}

// ---------------------------------------------------------------- shipped files

#[test]
fn source_language_is_shipped() {
    assert!(available_locales().contains(&SOURCE_LANGUAGE));
    assert!(locale_sources(SOURCE_LANGUAGE)
        .iter()
        .any(|(name, _)| *name == "common.ftl"));
    assert!(locale_sources("xx").is_empty());
}

#[test]
fn locale_directories_are_canonical_bcp47_tags() {
    for (tag, _) in LOCALES {
        let parsed: Result<LanguageIdentifier, _> = tag.parse();
        let canonical = parsed.as_ref().map(ToString::to_string);
        assert_eq!(
            canonical.as_deref(),
            Ok(*tag),
            "locales/{tag}/ must be named by a canonical BCP 47 tag (e.g. pt-BR, sr-Latn)"
        );
    }
    let mut sorted = available_locales();
    sorted.sort_unstable();
    assert_eq!(sorted, available_locales());
}

#[test]
fn every_file_parses_without_junk() {
    let problems: Vec<String> = LOCALES
        .iter()
        .flat_map(|(lang, source)| syntax_problems(lang, &source.files()))
        .collect();
    assert!(
        problems.is_empty(),
        "syntax errors:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_file_states_its_review_status_first() {
    let problems: Vec<String> = LOCALES
        .iter()
        .flat_map(|(lang, source)| review_status_problems(lang, &source.files()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        review_status_problems("xx", &[("a.ftl", "# Translated.\nx = y\n")]).len(),
        1
    );
}

#[test]
fn no_id_is_defined_twice_in_a_locale() {
    let problems: Vec<String> = LOCALES
        .iter()
        .flat_map(|(lang, source)| duplicate_ids(lang, &source.files()))
        .collect();
    assert!(
        problems.is_empty(),
        "duplicate ids:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_locale_names_itself() {
    let problems: Vec<String> = available_locales()
        .into_iter()
        .flat_map(|lang| lang_name_problems(lang, &locale_sources(lang)))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_errors() {
    let mut problems = Vec::new();
    for (lang, source) in LOCALES {
        problems.extend(format_all(lang, &source.files()));
    }
    assert!(
        problems.is_empty(),
        "formatting errors:\n{}",
        problems.join("\n")
    );
}

#[test]
fn translations_use_only_variables_the_source_provides() {
    let source = variables(SOURCE_LANGUAGE);
    let mut problems = Vec::new();
    for lang in available_locales() {
        if lang == SOURCE_LANGUAGE {
            continue;
        }
        problems.extend(unknown_variables(lang, &source, &variables(lang)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checks_catch_broken_messages() {
    let files: &'static [(&'static str, &'static str)] = &[(
        "bad.ftl",
        "ref = { missing-message }\nterm = { -missing-term }\nfun = { NOPE($x) }\nok = { $n -> \n    [one] a\n   *[other] { NUMBER($n) }\n}\n",
    )];
    let problems = format_all("en", files);
    let ids: BTreeSet<&str> = problems
        .iter()
        .filter_map(|p| p.split('`').nth(1))
        .collect();
    assert_eq!(ids, BTreeSet::from(["fun", "ref", "term"]), "{problems:#?}");
}

#[test]
fn the_checks_catch_junk_and_duplicates() {
    let syntax = syntax_problems("fr", &FAKE[3].1.files());
    assert_eq!(syntax.len(), 2, "{syntax:#?}");
    assert!(syntax[0].starts_with("locales/fr/b.ftl:1: "), "{syntax:#?}");
    assert!(
        syntax[1].starts_with("locales/fr/b.ftl: junk "),
        "{syntax:#?}"
    );

    let files: &[(&str, &str)] = &[
        ("a.ftl", "x = 1\n-t = T\n"),
        ("b.ftl", "x = 2\n-t = U\nt = ok\n"),
    ];
    assert_eq!(
        duplicate_ids("de", files),
        [
            "locales/de: `x` in both a.ftl and b.ftl",
            "locales/de: `-t` in both a.ftl and b.ftl",
        ]
    );
}

#[test]
fn variables_include_referenced_messages_and_numeric_uses() {
    let files: &[(&str, &str)] = &[(
        "a.ftl",
        "inner = { $name } { NUMBER($size) }\nouter = { inner } { $n ->\n    [one] a\n   *[other] b\n}\n    .title = { $title }\nloop = { loop } { $x }\n",
    )];
    let vars = variables_in(files);
    let outer: Vec<(&str, bool)> = vars["outer"]
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(
        outer,
        [
            ("n", true),
            ("name", false),
            ("size", true),
            ("title", false)
        ]
    );
    assert_eq!(vars["loop"].keys().collect::<Vec<_>>(), ["x"]);
}

fn variables(lang: &str) -> BTreeMap<String, Vars> {
    variables_in(&locale_sources(lang))
}

#[test]
fn packed_locales_inflate_and_name_themselves_without_loading() {
    assert_eq!(language_name("en"), Some("English"));
    assert_eq!(language_name("xx"), None);
    for lang in available_locales() {
        let files = locale_sources(lang);
        assert!(
            files.iter().any(|(name, _)| *name == "common.ftl"),
            "{lang}"
        );
        let name = language_name(lang).unwrap_or_default();
        assert_eq!(Localizer::new(&[lang]).msg("lang-name"), name, "{lang}");
    }
}

#[test]
fn every_locale_has_plural_rules() {
    let problems: Vec<String> = available_locales()
        .into_iter()
        .flat_map(plural_rules_problems)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(plural_rules_problems("prs"), Vec::<String>::new());
    assert_eq!(plural_rules_problems("xx").len(), 1);
}

#[test]
fn the_locale_check_passes_english_against_itself_and_catches_a_gap() {
    let en = locale_sources("en");
    assert_eq!(check_locale("en", &en, &en), Vec::<String>::new());
    let partial: Vec<(&str, &str)> = en.iter().copied().skip(1).collect();
    let problems = check_locale("en", &partial, &en);
    assert!(
        problems.iter().any(|p| p.ends_with("is missing")),
        "{problems:#?}"
    );
}

#[test]
fn dari_uses_persian_plural_rules() {
    static DARI: Table = &[
        (
            "en",
            Source::Plain(&[(
                "main.ftl",
                "n = { $n ->\n    [one] one\n   *[other] other\n}\n",
            )]),
        ),
        (
            "prs",
            Source::Plain(&[(
                "main.ftl",
                "n = { $n ->\n    [one] یک\n   *[other] چند\n}\n",
            )]),
        ),
    ];
    let loc = Localizer::negotiate(DARI, &["prs"]);
    assert_eq!(loc.language(), "prs");
    assert_eq!(loc.msg_args("n", &[("n", 0.into())]), "یک");
    assert_eq!(loc.msg_args("n", &[("n", 2.into())]), "چند");
}

#[test]
fn the_pseudo_locale_accents_and_lengthens_every_message() {
    let loc = Localizer::new(&[PSEUDO_LOCALE]);
    assert_eq!(loc.language(), PSEUDO_LOCALE);
    assert!(!loc.is_rtl());
    let english = Localizer::new(&["en"]);
    let mut checked = 0;
    for (_, source) in locale_sources(SOURCE_LANGUAGE) {
        for entry in parse(source).entries() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            if m.value.is_none() {
                continue;
            }
            let id = m.id.name;
            let (en, pseudo) = (english.msg(id), loc.msg(id));
            // The literal text: without the `{$name}` marks of arguments
            // not passed here, and without bidi isolation marks.
            let mut literal = String::new();
            let mut depth = 0;
            for c in en.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    '\u{2068}' | '\u{2069}' => {}
                    c if depth == 0 => literal.push(c),
                    _ => {}
                }
            }
            if !literal.chars().any(char::is_alphabetic) {
                continue;
            }
            assert_ne!(en, pseudo, "`{id}` is not pseudolocalized");
            let grown = pseudo.chars().count() - en.chars().count();
            assert!(
                grown as f32 >= literal.trim().chars().count() as f32 * 0.35,
                "`{id}` is not 40% longer: {pseudo}"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} messages checked");
    // Arguments pass through untouched.
    let p = loc.msg_args("cli-sync-done", &[("hub", "http://x:1".into())]);
    assert!(p.contains("http://x:1"), "{p}");
}

/// The ids and attributes of every message and term in one locale.
fn ids_and_attributes(lang: &str) -> BTreeSet<String> {
    ids_and_attributes_in(&locale_sources(lang))
}

#[test]
fn every_locale_has_exactly_the_messages_of_english() {
    let source = ids_and_attributes(SOURCE_LANGUAGE);
    let mut problems = Vec::new();
    for lang in available_locales() {
        if lang == SOURCE_LANGUAGE {
            continue;
        }
        problems.extend(completeness(lang, &source, &ids_and_attributes(lang)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_completeness_check_catches_gaps_and_extras() {
    let en = ids_and_attributes_in(&[("a.ftl", "a = A\nb = B\n    .title = T\n-brand = C\n")]);
    let fr = ids_and_attributes_in(&[("a.ftl", "a = A\nb = B\nz = Z\n")]);
    assert_eq!(
        completeness("fr", &en, &fr),
        [
            "locales/fr: `-brand` is missing",
            "locales/fr: `b.title` is missing",
            "locales/fr: `z` is not in English",
        ]
    );
}

#[test]
fn translations_use_every_variable_english_uses() {
    let source = variables(SOURCE_LANGUAGE);
    let mut problems = Vec::new();
    for lang in available_locales() {
        if lang == SOURCE_LANGUAGE {
            continue;
        }
        problems.extend(unused_variables(lang, &source, &variables(lang)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_variable_check_catches_a_dropped_variable() {
    let en = variables_in(&[("a.ftl", "x = { $name } has { $count } photos\n")]);
    let fr = variables_in(&[("a.ftl", "x = { $name } a des photos\n")]);
    assert_eq!(
        unused_variables("fr", &en, &fr),
        ["locales/fr: `x` never shows $count"]
    );
}
