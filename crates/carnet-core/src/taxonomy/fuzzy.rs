//! Folding text the way the asset's FTS5 tokenizer does (`unicode61
//! remove_diacritics 2`: lower case, no accents, split on what is not a
//! letter or digit), and finding index terms close to a mistyped word.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower case without accents on Latin letters (like the tokenizer, which
/// leaves other scripts' marks, such as Arabic madda, in place).
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let latin = c < '\u{250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c);
            let base = if latin {
                c.nfd().find(|d| !is_combining_mark(*d)).unwrap_or(c)
            } else {
                c
            };
            base.to_lowercase()
        })
        .collect()
}

/// The words of `text`, folded.
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether some term of the sorted `vocab` starts with `prefix`.
pub fn has_prefix(vocab: &[String], prefix: &str) -> bool {
    let at = vocab.partition_point(|t| t.as_str() < prefix);
    vocab.get(at).is_some_and(|t| t.starts_with(prefix))
}

/// How many typos a word of this length may carry.
fn allowed(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The terms of `vocab` nearest to `word` (a word or the start of one)
/// within its typo budget: only those at the smallest distance found, at
/// most `max` of them.
pub fn near(vocab: &[String], word: &str, max: usize) -> Vec<String> {
    let w: Vec<char> = word.chars().collect();
    let budget = allowed(w.len());
    if budget == 0 {
        return Vec::new();
    }
    let mut best = budget + 1;
    let mut out: Vec<String> = Vec::new();
    let mut t: Vec<char> = Vec::new();
    for term in vocab {
        t.clear();
        t.extend(term.chars());
        if t.len() + budget < w.len() {
            continue;
        }
        // The whole term, or its start as long as the word (a typo in a
        // word not finished typing).
        let whole = if t.len() <= w.len() + budget {
            distance(&w, &t, best)
        } else {
            usize::MAX
        };
        let start = distance(&w, &t[..w.len().min(t.len())], best);
        let d = whole.min(start);
        if d < best {
            best = d;
            out.clear();
        }
        if d == best && d <= budget {
            out.push(term.clone());
        }
    }
    out.truncate(max);
    out
}

/// Optimal-string-alignment distance (edits, and swaps of neighbours),
/// or a value above `cap` once it is known to exceed it.
fn distance(a: &[char], b: &[char], cap: usize) -> usize {
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let n = b.len();
    let mut prev2: Vec<usize> = vec![0; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur: Vec<usize> = vec![0; n + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > cap {
            return cap + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[n]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn folding_matches_the_tokenizer() {
        assert_eq!(fold("Pedagogía"), "pedagogia");
        assert_eq!(fold("Ça été"), "ca ete");
        assert_eq!(
            tokens("Soudeur/soudeuse, TIG"),
            ["soudeur", "soudeuse", "tig"]
        );
        assert_eq!(tokens("مشغل آلة"), ["مشغل", "آلة"]);
    }

    #[test]
    fn distances() {
        let d = |a: &str, b: &str| distance(&chars(a), &chars(b), 9);
        assert_eq!(d("weldng", "welding"), 1);
        assert_eq!(d("carpetner", "carpenter"), 1);
        assert_eq!(d("abc", "abc"), 0);
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(distance(&chars("kitten"), &chars("sitting"), 1), 2);
    }

    #[test]
    fn nearest_terms() {
        let vocab: Vec<String> = ["weld", "welded", "welder", "welding", "wedding"]
            .map(String::from)
            .to_vec();
        assert_eq!(near(&vocab, "weldng", 8), ["welding"]);
        assert_eq!(near(&vocab, "wlder", 8), ["welder"]);
        assert!(near(&vocab, "xyz", 8).is_empty());
        assert!(has_prefix(&vocab, "weldi"));
        assert!(!has_prefix(&vocab, "weldn"));
    }
}
