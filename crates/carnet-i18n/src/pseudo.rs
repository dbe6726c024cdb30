//! The pseudo-locale `en-XA`: English with every letter accented and every
//! text made about 40% longer, so that a screen which clips, hard-codes or
//! concatenates text shows it at a glance (issue 6, "checks"). Placeables
//! (`{ $name }`), selectors and message references are untouched: Fluent
//! applies the transform to literal text only.

use std::borrow::Cow;

/// The tag that selects the pseudo-locale (`--lang en-XA`).
pub const PSEUDO_LOCALE: &str = "en-XA";

/// How much longer pseudo text is than the English it comes from: German
/// and Finnish often run 30–40% longer than English.
const EXPANSION: f32 = 0.4;

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'í',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ó',
        'p' => 'þ',
        'q' => 'ǫ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'ú',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'F' => 'Ƒ',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'M' => 'Ṁ',
        'N' => 'Ñ',
        'O' => 'Ö',
        'P' => 'Þ',
        'Q' => 'Ǫ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Û',
        'V' => 'Ṽ',
        'W' => 'Ŵ',
        'X' => 'Ẋ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// Accents every ASCII letter and pads the text by 40% of its length with
/// a repeated vowel run, so lengths grow like a long translation's would.
/// Whitespace at the ends is kept where it is, since Fluent joins text and
/// placeables with it.
pub fn pseudolocalize(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_string();
    }
    let trimmed_end = text.trim_end();
    let tail = &text[trimmed_end.len()..];
    let mut out: String = trimmed_end.chars().map(accented).collect();
    let extra = ((trimmed_end.chars().count() as f32) * EXPANSION).ceil() as usize;
    out.extend(std::iter::repeat_n('ẽ', extra));
    out.push_str(tail);
    out
}

/// The transform Fluent applies to every text element of `en-XA`.
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudolocalize(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_is_accented_and_text_is_longer() {
        let p = pseudolocalize("Add a skill");
        assert!(!p.chars().any(|c| c.is_ascii_alphabetic()), "{p}");
        assert!(p.chars().count() >= 11 + 5, "{p}");
        assert_eq!(pseudolocalize("  "), "  ");
        assert_eq!(pseudolocalize("3 / 4"), "3 / 4ẽẽ");
        assert!(pseudolocalize("Hello ").ends_with(' '), "spacing is kept");
    }
}
