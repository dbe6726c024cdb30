//! Every user-visible string of Carnet, in the user's language.
//!
//! The people Carnet serves often read neither English nor the language of
//! the country they are in, and may be offline when they need their
//! documents. So all text — CLI, app and printed documents — comes from
//! Fluent files under `locales/<lang>/` that are compiled into the binary
//! (see `build.rs`), and a [`Localizer`] always falls back to English rather
//! than failing: a half-translated screen is more useful than a crash, and a
//! missing message shows its id so that the gap is visible and reportable.

use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{
    negotiate_languages, LanguageIdentifier as NegotiationTag, NegotiationStrategy,
};
use unic_langid::LanguageIdentifier;

/// Callers pass strings (names, paths) and numbers (counts) as message
/// arguments; `"text".into()` and `3.into()` both produce one.
pub use fluent_bundle::FluentValue;

pub mod check;
pub mod pseudo;
pub use pseudo::PSEUDO_LOCALE;

/// `(lang tag, its files)`, sorted at build time.
type Table = &'static [(&'static str, Source)];

/// One language's files: packed at build time (the shipped locales), or
/// plain text (the tests' made-up locales).
pub(crate) enum Source {
    #[cfg_attr(not(test), allow(dead_code))]
    Plain(&'static [(&'static str, &'static str)]),
    Packed {
        /// Its slot in `UNPACKED`, where the text stays once inflated.
        index: usize,
        /// `lang-name` from its common.ftl, read at build time so that the
        /// language picker need not inflate every language.
        name: &'static str,
        blob: &'static [u8],
    },
}

impl Source {
    /// `(file name, contents)`, sorted by file name. A packed locale is
    /// inflated once, on first use; a blob that does not inflate (it
    /// cannot happen to one built by build.rs) yields no files, and the
    /// chain falls back to English.
    fn files(&self) -> Vec<(&'static str, &'static str)> {
        match self {
            Source::Plain(files) => files.to_vec(),
            Source::Packed { index, blob, .. } => {
                let Some(cell) = UNPACKED.get(*index) else {
                    return Vec::new();
                };
                let text: &'static str = cell
                    .get_or_init(|| {
                        miniz_oxide::inflate::decompress_to_vec(blob)
                            .ok()
                            .and_then(|bytes| String::from_utf8(bytes).ok())
                            .unwrap_or_default()
                    })
                    .as_str();
                let mut parts = text.split('\0');
                let mut files = Vec::new();
                while let (Some(name), Some(contents)) = (parts.next(), parts.next()) {
                    files.push((name, contents));
                }
                files
            }
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language the developers write in; every message exists in it, so it
/// closes every fallback chain.
const SOURCE_LANGUAGE: &str = "en";

/// Languages written right to left by default. Kept by hand because the
/// people Carnet serves speak several languages that generic tables get
/// wrong or omit (unic-langid calls Dari, `prs`, left to right).
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "azb", "bal", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "ks", "lrc", "mzn",
    "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi",
    // Spoken Arabic varieties that have their own ISO 639-3 code.
    "acm", "aeb", "afb", "ajp", "apc", "apd", "arq", "ars", "ary", "arz",
];

/// Scripts written right to left. An explicit script subtag wins over the
/// language default: `ku-Arab` is RTL although Kurmanji (`kmr`, `ku`) is
/// written in Latin letters, and `sd-Deva` is LTR although Sindhi is not.
const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
];

/// Environment variables consulted, in this order, after an explicit choice.
const LOCALE_VARIABLES: &[&str] = &["LC_ALL", "LC_MESSAGES", "LANG"];

/// Formats messages in the best available language, falling back along a
/// chain that always ends in English.
///
/// It is `Send + Sync`, so one instance can be shared by every thread of
/// the app.
pub struct Localizer {
    chain: Vec<Locale>,
}

struct Locale {
    tag: &'static str,
    rtl: bool,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tags: Vec<&str> = self.chain.iter().map(|l| l.tag).collect();
        f.debug_struct("Localizer").field("chain", &tags).finish()
    }
}

impl Localizer {
    /// Negotiates the requested BCP 47 tags against the shipped locales
    /// (Fluent's filtering strategy, so `fr-CA` finds `fr` and every
    /// acceptable language is kept as a fallback); the chain always ends
    /// with `en`. Tags that do not parse are ignored rather than rejected,
    /// because they usually come from the environment, not from the user.
    pub fn new(requested: &[&str]) -> Localizer {
        Self::negotiate(LOCALES, requested)
    }

    /// Uses the process environment; see [`Localizer::from_sources`].
    pub fn from_env(explicit: Option<&str>) -> Localizer {
        Self::from_sources(explicit, |name| std::env::var(name).ok())
    }

    /// Picks the language from an explicit choice (e.g. `--lang`), then the
    /// POSIX variables `LC_ALL`, `LC_MESSAGES`, `LANG` and the GNU colon
    /// list `LANGUAGE`, keeping every usable one as a fallback. `env` reads
    /// one variable, so tests need not touch the real environment.
    pub fn from_sources(
        explicit: Option<&str>,
        env: impl FnMut(&str) -> Option<String>,
    ) -> Localizer {
        Self::from_sources_in(LOCALES, explicit, env)
    }

    fn from_sources_in(
        table: Table,
        explicit: Option<&str>,
        env: impl FnMut(&str) -> Option<String>,
    ) -> Localizer {
        let requested = requested_languages(explicit, env);
        let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
        Self::negotiate(table, &requested)
    }

    fn negotiate(table: Table, requested: &[&str]) -> Localizer {
        // The pseudo-locale is English seen through a transform: asked for
        // explicitly (it is never a fallback), it heads the chain.
        if requested
            .first()
            .is_some_and(|t| t.eq_ignore_ascii_case(PSEUDO_LOCALE))
        {
            let mut localizer = Self::negotiate(table, &[SOURCE_LANGUAGE]);
            if let Some(files) = table
                .iter()
                .find(|(tag, _)| *tag == SOURCE_LANGUAGE)
                .map(|(_, source)| source.files())
            {
                if let Some(mut pseudo) = Locale::load(SOURCE_LANGUAGE, &files) {
                    pseudo.tag = PSEUDO_LOCALE;
                    pseudo.bundle.set_transform(Some(pseudo::transform));
                    localizer.chain.insert(0, pseudo);
                }
            }
            return localizer;
        }
        let mut shipped: Vec<(usize, NegotiationTag)> = Vec::with_capacity(table.len());
        for (index, (tag, _)) in table.iter().enumerate() {
            if let Ok(id) = tag.parse::<NegotiationTag>() {
                shipped.push((index, id));
            }
        }
        let available: Vec<NegotiationTag> = shipped.iter().map(|(_, id)| id.clone()).collect();
        let default = available
            .iter()
            .find(|id| id.to_string() == SOURCE_LANGUAGE);
        let requested: Vec<NegotiationTag> = requested
            .iter()
            .filter_map(|tag| normalize_tag(tag)?.parse().ok())
            .collect();

        let chosen = negotiate_languages(
            &requested,
            &available,
            default,
            NegotiationStrategy::Filtering,
        );

        let mut chain = Vec::with_capacity(chosen.len());
        for id in chosen {
            let Some(pos) = available.iter().position(|a| std::ptr::eq(a, id)) else {
                continue;
            };
            let (tag, source) = &table[shipped[pos].0];
            let tag: &'static str = tag;
            if let Some(locale) = Locale::load(tag, &source.files()) {
                chain.push(locale);
            }
            // English has every message, so nothing after it is ever used.
            if tag == SOURCE_LANGUAGE {
                break;
            }
        }
        Localizer { chain }
    }

    /// Turns off Unicode bidi isolation for left-to-right locales.
    ///
    /// Fluent wraps each argument in FSI/PDI marks (U+2068, U+2069) so that
    /// user-entered text, such as an Arabic name inside a French sentence,
    /// cannot reorder its surroundings. Many terminal fonts draw those marks
    /// as boxes, and terminals rarely apply the bidi algorithm anyway, so in
    /// an LTR layout they only add noise. In an RTL layout the marks are
    /// what keeps a Latin file name from scrambling the sentence, so RTL
    /// locales — and every fallback under an RTL language — keep them.
    pub fn for_terminal(mut self) -> Self {
        if !self.is_rtl() {
            for locale in self.chain.iter_mut().filter(|l| !l.rtl) {
                locale.bundle.set_use_isolating(false);
            }
        }
        self
    }

    /// The negotiated language (e.g. `"en"`, `"fa"`), i.e. the one most
    /// messages will be in; front ends use it for `lang` attributes and
    /// for choosing fonts.
    pub fn language(&self) -> &str {
        self.chain.first().map_or(SOURCE_LANGUAGE, |l| l.tag)
    }

    /// Whether the layout should run right to left. Decided by the
    /// negotiated language, not by the language of individual fallback
    /// messages, so a screen does not flip direction line by line.
    pub fn is_rtl(&self) -> bool {
        self.chain.first().is_some_and(|l| l.rtl)
    }

    /// The message `id` without arguments; see [`Localizer::msg_args`].
    pub fn msg(&self, id: &str) -> String {
        self.format(id, None, None).unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` formatted with `args`, from the first locale in the
    /// chain that has it. If none has it, returns `id` itself: a visible
    /// gap that users can report is better than a panic or a blank.
    pub fn msg_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let args = to_args(args);
        self.format(id, None, Some(&args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// An attribute of a message (e.g. a button's `.tooltip`), falling back
    /// like [`Localizer::msg`]; `None` when no locale defines it, because
    /// attributes are often optional for the caller.
    pub fn attr(&self, id: &str, attr: &str) -> Option<String> {
        self.format(id, Some(attr), None)
    }

    /// Like [`Localizer::attr`], with arguments.
    pub fn attr_args(
        &self,
        id: &str,
        attr: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let args = to_args(args);
        self.format(id, Some(attr), Some(&args))
    }

    /// Whether any locale in the chain defines `id`, for callers that show
    /// optional text (e.g. a per-field hint) only when it exists.
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|l| l.bundle.has_message(id))
    }

    fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        self.chain.iter().find_map(|locale| {
            let message = locale.bundle.get_message(id)?;
            let pattern = match attr {
                None => message.value()?,
                Some(name) => message.get_attribute(name)?.value(),
            };
            // Resolver errors (e.g. a missing argument) still yield text with
            // the gap marked, which is the best we can show at run time; the
            // unit tests make sure shipped messages have none.
            let mut errors = Vec::new();
            Some(
                locale
                    .bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
    }
}

impl Locale {
    fn load(tag: &'static str, files: &[(&str, &str)]) -> Option<Locale> {
        let id: LanguageIdentifier = tag.parse().ok()?;
        let mut bundle = FluentBundle::new_concurrent(vec![plural_locale(id)]);
        // Only fails if a function is already defined, which it is not in a
        // fresh bundle; translators may then use NUMBER().
        let _ = bundle.add_builtins();
        for (_, source) in files {
            // A syntax error must never take the app down: Fluent keeps the
            // valid entries and turns the rest into junk, which is skipped.
            // The unit tests reject junk before it ships.
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(partial, _errors)| partial);
            // A duplicate id keeps its first definition; the tests reject it.
            let _ = bundle.add_resource(resource);
        }
        Some(Locale {
            tag,
            rtl: is_rtl_language(tag),
            bundle,
        })
    }
}

/// The locale whose plural rules a bundle uses. CLDR has no rules under
/// some codes Carnet ships, and Fluent would silently use English ones; CLDR
/// itself treats those codes as aliases of a locale it does cover.
pub(crate) fn plural_locale(id: LanguageIdentifier) -> LanguageIdentifier {
    match id.language.as_str() {
        // Dari is CLDR's fa-AF.
        "prs" => "fa-AF".parse().unwrap_or(id),
        // Kurmanji is the `ku` of CLDR (Northern Kurdish, Latin script).
        "kmr" => "ku".parse().unwrap_or(id),
        // CLDR has no rules for Tajik, a variety of Persian whose nouns, as
        // in Persian, stay singular after a number.
        "tg" => "fa".parse().unwrap_or(id),
        _ => id,
    }
}

fn to_args<'a>(args: &'a [(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    args.iter()
        .map(|(name, value)| (*name, value.clone()))
        .collect()
}

/// The shipped locales (directory names under `locales/`), sorted; the
/// language picker offers these.
pub fn available_locales() -> Vec<&'static str> {
    LOCALES
        .iter()
        .map(|(tag, _)| *tag)
        .filter(|tag| tag.parse::<LanguageIdentifier>().is_ok())
        .collect()
}

/// For checks: the raw sources of one locale, as `(file name, contents)`,
/// sorted by file name; empty for a locale that is not shipped.
pub fn locale_sources(lang: &str) -> Vec<(&'static str, &'static str)> {
    LOCALES
        .iter()
        .find(|(tag, _)| *tag == lang)
        .map(|(_, source)| source.files())
        .unwrap_or_default()
}

/// A shipped language's name in its own script (its `lang-name`), for
/// the language picker, without loading its messages.
pub fn language_name(lang: &str) -> Option<&'static str> {
    LOCALES
        .iter()
        .find(|(tag, _)| *tag == lang)
        .and_then(|(_, source)| match source {
            Source::Packed { name, .. } => Some(*name),
            Source::Plain(_) => None,
        })
}

/// Whether `tag` (BCP 47) is written right to left, for callers that lay
/// out text in a language other than the negotiated one, such as the
/// language picker showing each language's own name.
pub fn is_rtl_language(tag: &str) -> bool {
    let Ok(id) = tag.parse::<LanguageIdentifier>() else {
        return false;
    };
    match id.script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&id.language.as_str()),
    }
}

/// The BCP 47 tags [`Localizer::from_sources`] would request, best first,
/// without duplicates: the explicit choice, then `LC_ALL`, `LC_MESSAGES`,
/// `LANG`, then each entry of `LANGUAGE`. POSIX values such as
/// `fr_FR.UTF-8` or `sr_RS@latin` are converted; `C` and `POSIX` mean "no
/// preference" and are skipped. Exposed so a CLI can explain its choice.
pub fn requested_languages(
    explicit: Option<&str>,
    mut env: impl FnMut(&str) -> Option<String>,
) -> Vec<String> {
    let mut raw: Vec<String> = Vec::new();
    raw.extend(explicit.map(str::to_owned));
    for name in LOCALE_VARIABLES {
        raw.extend(env(name));
    }
    if let Some(list) = env("LANGUAGE") {
        raw.extend(list.split(':').map(str::to_owned));
    }

    let mut tags: Vec<String> = Vec::new();
    for tag in raw.iter().filter_map(|value| normalize_tag(value)) {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

/// Converts a BCP 47 tag or a POSIX locale name
/// (`language[_territory][.codeset][@modifier]`) to a canonical BCP 47 tag.
fn normalize_tag(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let (base, modifier) = match raw.split_once('@') {
        Some((base, modifier)) => (base, Some(modifier)),
        None => (raw, None),
    };
    let base = base.split('.').next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    let mut id: LanguageIdentifier = base.replace('_', "-").parse().ok()?;
    if id.language.as_str() == "und" {
        return None;
    }
    // glibc spells a script as a modifier: sr_RS@latin, uz_UZ@cyrillic.
    let script = match modifier {
        Some("latin") => Some("Latn"),
        Some("cyrillic") => Some("Cyrl"),
        Some("devanagari") => Some("Deva"),
        Some("arabic") => Some("Arab"),
        _ => None,
    };
    if let (Some(script), None) = (script, id.script) {
        id.script = script.parse().ok();
    }
    Some(id.to_string())
}

#[cfg(test)]
mod tests;
