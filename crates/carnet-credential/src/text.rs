//! Text codec of presentations (`CN1:`) and requests (`CNR1:`): bytes →
//! zlib → Base45 → prefix, and back (docs/credential-format.md §5.1, §10).
//!
//! One codec for both, so that a request travels the way a presentation
//! does (a QR code, a text message) with the same limits. Decoding is
//! bounded: an inflated payload above [`MAX_INFLATED`] is refused, so a
//! tiny QR code cannot expand into a memory bomb.

use std::io::Write;

use flate2::write::ZlibEncoder;
use flate2::{Compression, Decompress, FlushDecompress, Status};

use crate::error::{Error, Result};

/// The prefix of a presentation; the digit is the format version.
pub const PREFIX: &str = "CN1:";

/// The prefix of a request (holder → issuer, §5.1); the digit is the
/// request format version.
pub const REQUEST_PREFIX: &str = "CNR1:";

/// Largest inflated payload accepted (64 KiB, far above any QR's 3 KB).
pub const MAX_INFLATED: usize = 64 * 1024;

/// First byte of every zlib stream this format uses (deflate, 32 KiB window).
const ZLIB_CMF: u8 = 0x78;

/// Largest text accepted before decoding (a version-40 QR holds 4,296
/// alphanumeric characters; twice that leaves room for other carriers).
pub const MAX_TEXT: usize = 8 * 1024;

/// Compresses (zlib, best compression) and encodes `bytes` as CN1 text.
pub fn encode(bytes: &[u8]) -> String {
    encode_with(PREFIX, bytes)
}

/// Decodes CN1 text back to the signed bytes.
pub fn decode(text: &str) -> Result<Vec<u8>> {
    decode_with(PREFIX, text)
}

/// Encodes `bytes` behind `prefix` (such as [`REQUEST_PREFIX`]).
/// As in the EU DCC, compression is skipped when it would not shrink the
/// bytes (one skill is mostly keys and signatures, which do not
/// compress): a reader tells the two apart by the first byte, 0x78 for a
/// zlib header, anything else (0xD2 for a tagged COSE_Sign1, 0xA4 for a
/// request map) for raw bytes.
pub fn encode_with(prefix: &str, bytes: &[u8]) -> String {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail; on the impossible error the text is
    // left undecodable rather than panicking.
    let compressed: Vec<u8> = z
        .write_all(bytes)
        .and_then(|()| z.finish())
        .unwrap_or_default();
    if compressed.is_empty() || compressed.len() >= bytes.len() {
        return format!("{prefix}{}", base45::encode(bytes));
    }
    format!("{prefix}{}", base45::encode(compressed))
}

/// Decodes text made by [`encode_with`] with the same `prefix`. Surrounding
/// whitespace (a scanner's trailing newline) is ignored; anything else must
/// be exact. A later version of the same form (`CN2:` for `CN1:`, `CNR2:`
/// for `CNR1:`) is refused as [`Error::NewerVersion`], not as damage.
pub fn decode_with(prefix: &str, text: &str) -> Result<Vec<u8>> {
    let text = text.trim();
    if text.len() > MAX_TEXT {
        return Err(Error::TooLarge { limit: MAX_TEXT });
    }
    let Some(body) = text.strip_prefix(prefix) else {
        return Err(match newer_version(prefix, text) {
            Some(found) => Error::NewerVersion {
                what: "text",
                found,
            },
            None => Error::WrongPrefix,
        });
    };
    let compressed = base45::decode(body).map_err(|_| Error::Base45)?;
    // The base45 crate is lenient with some invalid tails; re-encoding
    // must give the text back, so exactly one text decodes to given bytes.
    if base45::encode(&compressed) != body {
        return Err(Error::Base45);
    }
    if compressed.first() != Some(&ZLIB_CMF) {
        // Not compressed: the COSE or request reader decides whether it is valid.
        return Ok(compressed);
    }
    // One inflate call into a buffer one byte larger than the limit: a
    // full buffer means "too large", a stream that does not end means
    // "truncated or corrupt".
    let mut inflater = Decompress::new(true);
    let mut out = Vec::with_capacity(MAX_INFLATED + 1);
    let status = inflater
        .decompress_vec(&compressed, &mut out, FlushDecompress::Finish)
        .map_err(|_| Error::Zlib)?;
    if out.len() > MAX_INFLATED {
        return Err(Error::TooLarge {
            limit: MAX_INFLATED,
        });
    }
    if status != Status::StreamEnd {
        return Err(Error::Zlib);
    }
    // The zlib stream must fill the input exactly: no trailing garbage.
    if inflater.total_in() != compressed.len() as u64 {
        return Err(Error::Zlib);
    }
    Ok(out)
}

/// The version of `text` if it is a later version of the form of
/// `prefix`: the same letters, then a version above `prefix`'s, written
/// without leading zeros, then `:` (`CN2:`, `CN10:` for `CN1:`; `CNR2:`
/// for `CNR1:`). `None` for anything else, including the other form
/// (`CNR1:` is not a later `CN1:`). Front ends use it to say "made by a
/// newer Carnet" rather than "not a Carnet code".
pub fn newer_version(prefix: &str, text: &str) -> Option<u64> {
    let head = prefix.strip_suffix(':')?;
    let letters = head.trim_end_matches(|c: char| c.is_ascii_digit());
    let known: u64 = head[letters.len()..].parse().ok()?;
    let rest = text.trim_start().strip_prefix(letters)?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || rest.as_bytes().get(digits) != Some(&b':') || rest.starts_with('0') {
        return None;
    }
    // More digits than a u64 holds is still "a later version".
    let found = rest[..digits].parse().unwrap_or(u64::MAX);
    (found > known).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incompressible_is_sent_raw() {
        let raw: Vec<u8> = (0u8..40).map(|i| i.wrapping_mul(97) ^ 0xD2).collect();
        let t = encode(&raw);
        assert_eq!(t.len(), 4 + 60);
        assert_eq!(decode(&t).expect("decodes"), raw);
    }

    #[test]
    fn round_trip() {
        let t = encode(b"hello hello hello");
        assert!(t.starts_with("CN1:"));
        assert_eq!(decode(&t).expect("decodes"), b"hello hello hello");
    }

    #[test]
    fn refuses_bad_input() {
        assert_eq!(decode("HC1:ABC"), Err(Error::WrongPrefix));
        assert_eq!(decode("CN1:a~"), Err(Error::Base45));
        assert_eq!(
            decode(&format!("CN1:{}", base45::encode(b"\x78yz"))),
            Err(Error::Zlib)
        );
        let t = encode(&[b'a'; 40]);
        let z = base45::decode(&t[4..]).expect("valid base45");
        let cut = format!("CN1:{}", base45::encode(&z[..z.len() - 2]));
        assert_eq!(decode(&cut), Err(Error::Zlib));
        assert!(decode(&t[..t.len() - 3]).is_err());
    }

    #[test]
    fn request_prefix_round_trips_and_is_not_a_presentation() {
        let bytes = [0xA4u8; 30];
        let t = encode_with(REQUEST_PREFIX, &bytes);
        assert!(t.starts_with("CNR1:"), "{t}");
        assert_eq!(decode_with(REQUEST_PREFIX, &t).expect("decodes"), bytes);
        assert_eq!(decode(&t), Err(Error::WrongPrefix));
        assert_eq!(
            decode_with(REQUEST_PREFIX, &encode(&bytes)),
            Err(Error::WrongPrefix)
        );
        // The same canonical-Base45 and zlib rules as CN1.
        assert_eq!(decode_with(REQUEST_PREFIX, "CNR1:a~"), Err(Error::Base45));
        let z = format!("CNR1:{}", base45::encode(b"\x78yz"));
        assert_eq!(decode_with(REQUEST_PREFIX, &z), Err(Error::Zlib));
        let bomb = encode_with(REQUEST_PREFIX, &vec![0u8; MAX_INFLATED + 1]);
        assert_eq!(
            decode_with(REQUEST_PREFIX, &bomb),
            Err(Error::TooLarge {
                limit: MAX_INFLATED
            })
        );
    }

    #[test]
    fn later_versions_are_newer_not_wrong() {
        let newer = |found| {
            Err(Error::NewerVersion {
                what: "text",
                found,
            })
        };
        assert_eq!(decode("CN2:ABC"), newer(2));
        assert_eq!(decode(" CN10:ABC"), newer(10));
        assert_eq!(decode_with(REQUEST_PREFIX, "CNR2:ABC"), newer(2));
        assert_eq!(
            decode_with(REQUEST_PREFIX, "CNR99999999999999999999999:A"),
            newer(u64::MAX)
        );
        // Not a later version: an older or zero-padded one, another form,
        // no digits, no colon.
        for text in [
            "CN0:ABC", "CN02:ABC", "CNR1:ABC", "CN:ABC", "CN2ABC", "HC1:ABC",
        ] {
            assert_eq!(decode(text), Err(Error::WrongPrefix), "{text}");
        }
        for text in ["CN1:ABC", "CN2:ABC", "CNR0:ABC", "CNRX:ABC"] {
            assert_eq!(
                decode_with(REQUEST_PREFIX, text),
                Err(Error::WrongPrefix),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_bomb() {
        let t = encode(&vec![0u8; MAX_INFLATED + 10]);
        assert!(t.len() < 1000);
        assert_eq!(
            decode(&t),
            Err(Error::TooLarge {
                limit: MAX_INFLATED
            })
        );
    }
}
