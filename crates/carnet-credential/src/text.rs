//! CN1 text codec: bytes → zlib → Base45 → `CN1:` prefix, and back.
//!
//! Decoding is bounded: an inflated payload above [`MAX_INFLATED`] is
//! refused, so a tiny QR code cannot expand into a memory bomb.

use std::io::Write;

use flate2::write::ZlibEncoder;
use flate2::{Compression, Decompress, FlushDecompress, Status};

use crate::error::{Error, Result};

/// The context prefix; the digit is the format version.
pub const PREFIX: &str = "CN1:";

/// Largest inflated payload accepted (64 KiB, far above any QR's 3 KB).
pub const MAX_INFLATED: usize = 64 * 1024;

/// First byte of every zlib stream this format uses (deflate, 32 KiB window).
const ZLIB_CMF: u8 = 0x78;

/// Largest text accepted before decoding (a version-40 QR holds 4,296
/// alphanumeric characters; twice that leaves room for other carriers).
pub const MAX_TEXT: usize = 8 * 1024;

/// Compresses (zlib, best compression) and encodes `bytes` as CN1 text.
/// As in the EU DCC, compression is skipped when it would not shrink the
/// bytes (one skill is mostly keys and signatures, which do not
/// compress): a reader tells the two apart by the first byte, 0x78 for a
/// zlib header, 0xD2 for a tagged COSE_Sign1.
pub fn encode(bytes: &[u8]) -> String {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail; on the impossible error the text is
    // left undecodable rather than panicking.
    let compressed: Vec<u8> = z
        .write_all(bytes)
        .and_then(|()| z.finish())
        .unwrap_or_default();
    if compressed.is_empty() || compressed.len() >= bytes.len() {
        return format!("{PREFIX}{}", base45::encode(bytes));
    }
    format!("{PREFIX}{}", base45::encode(compressed))
}

/// Decodes CN1 text back to the signed bytes. Surrounding whitespace (a
/// scanner's trailing newline) is ignored; anything else must be exact.
pub fn decode(text: &str) -> Result<Vec<u8>> {
    let text = text.trim();
    if text.len() > MAX_TEXT {
        return Err(Error::TooLarge { limit: MAX_TEXT });
    }
    let body = text.strip_prefix(PREFIX).ok_or(Error::WrongPrefix)?;
    let compressed = base45::decode(body).map_err(|_| Error::Base45)?;
    // The base45 crate is lenient with some invalid tails; re-encoding
    // must give the text back, so exactly one text decodes to given bytes.
    if base45::encode(&compressed) != body {
        return Err(Error::Base45);
    }
    if compressed.first() != Some(&ZLIB_CMF) {
        // Not compressed: the COSE reader decides whether it is valid.
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
