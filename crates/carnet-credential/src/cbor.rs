//! Deterministic CBOR (RFC 8949 §4.2.1) on top of ciborium's `Value`.
//!
//! ciborium already writes shortest integer heads and definite lengths;
//! what it does not do is sort map keys, so every map this crate signs or
//! hashes is built with [`map`], which sorts keys by their encoded bytes.
//! Readers use [`MapReader`] so that duplicate, unknown or non-integer keys
//! are refused instead of silently ignored.

use std::collections::BTreeMap;

use ciborium::value::{Integer, Value};

use crate::error::{Error, Result};

/// Encodes a value. Map order is whatever the value holds; build maps
/// with [`map`] to get deterministic bytes.
pub(crate) fn to_vec(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing a `Value` (no floats, no custom types) into a Vec has no
    // failure path; the fallback only exists to avoid a panic branch.
    if ciborium::ser::into_writer(value, &mut out).is_err() {
        out.clear();
    }
    out
}

/// Decodes exactly one CBOR item filling the whole slice. ciborium bounds
/// recursion (256 levels), and callers bound the input size, so this is
/// safe on hostile input.
pub(crate) fn from_slice(bytes: &[u8], what: &'static str) -> Result<Value> {
    let mut rest = bytes;
    let value: Value = ciborium::de::from_reader(&mut rest)
        .map_err(|e| Error::malformed(what, format!("not CBOR: {e}")))?;
    if !rest.is_empty() {
        return Err(Error::malformed(what, "trailing bytes after the CBOR item"));
    }
    Ok(value)
}

/// A map with keys sorted by their deterministic encoding.
pub(crate) fn map(mut entries: Vec<(Value, Value)>) -> Value {
    entries.sort_by_cached_key(|(k, _)| to_vec(k));
    Value::Map(entries)
}

/// An integer value.
pub(crate) fn int(n: i64) -> Value {
    Value::Integer(Integer::from(n))
}

/// An unsigned integer value.
pub(crate) fn uint(n: u64) -> Value {
    Value::Integer(Integer::from(n))
}

pub(crate) fn as_u64(v: &Value) -> Option<u64> {
    match v {
        Value::Integer(i) => u64::try_from(*i).ok(),
        _ => None,
    }
}

pub(crate) fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Integer(i) => i64::try_from(*i).ok(),
        _ => None,
    }
}

pub(crate) fn as_bytes<const N: usize>(v: &Value) -> Option<[u8; N]> {
    match v {
        Value::Bytes(b) => <[u8; N]>::try_from(b.as_slice()).ok(),
        _ => None,
    }
}

pub(crate) fn as_text(v: &Value) -> Option<&str> {
    match v {
        Value::Text(t) => Some(t.as_str()),
        _ => None,
    }
}

/// Reads a map with integer keys, refusing duplicates and (on
/// [`MapReader::finish`]) keys that nobody asked for.
pub(crate) struct MapReader<'a> {
    what: &'static str,
    entries: BTreeMap<i64, &'a Value>,
}

impl<'a> MapReader<'a> {
    pub(crate) fn new(value: &'a Value, what: &'static str) -> Result<Self> {
        let Value::Map(pairs) = value else {
            return Err(Error::malformed(what, "expected a map"));
        };
        let mut entries = BTreeMap::new();
        for (k, v) in pairs {
            let key =
                as_i64(k).ok_or_else(|| Error::malformed(what, "map key is not an integer"))?;
            if entries.insert(key, v).is_some() {
                return Err(Error::malformed(what, format!("duplicate map key {key}")));
            }
        }
        Ok(MapReader { what, entries })
    }

    /// Removes and returns the value under `key`, if any.
    pub(crate) fn take(&mut self, key: i64) -> Option<&'a Value> {
        self.entries.remove(&key)
    }

    /// Like [`MapReader::take`], but the key must be there.
    pub(crate) fn need(&mut self, key: i64) -> Result<&'a Value> {
        self.take(key)
            .ok_or_else(|| Error::malformed(self.what, format!("missing map key {key}")))
    }

    /// The keys left over, in order (for maps whose keys are data).
    pub(crate) fn drain(&mut self) -> Vec<(i64, &'a Value)> {
        std::mem::take(&mut self.entries).into_iter().collect()
    }

    /// Fails if keys are left that the reader does not know.
    pub(crate) fn finish(self) -> Result<()> {
        match self.entries.keys().next() {
            None => Ok(()),
            Some(k) => Err(Error::malformed(self.what, format!("unknown map key {k}"))),
        }
    }

    pub(crate) fn err(&self, detail: impl Into<String>) -> Error {
        Error::malformed(self.what, detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keys_sorted_by_encoding() {
        // -1 encodes as 0x20, which sorts after every small positive key.
        let m = map(vec![(int(-1), int(0)), (int(8), int(0)), (int(1), int(0))]);
        assert_eq!(to_vec(&m), vec![0xA3, 0x01, 0x00, 0x08, 0x00, 0x20, 0x00]);
    }

    #[test]
    fn integers_are_shortest() {
        assert_eq!(to_vec(&uint(23)), vec![0x17]);
        assert_eq!(to_vec(&uint(24)), vec![0x18, 24]);
        assert_eq!(
            to_vec(&uint(1_700_000_000)),
            vec![0x1A, 0x65, 0x53, 0xF1, 0x00]
        );
    }

    #[test]
    fn refuses_trailing_and_duplicates() {
        assert!(from_slice(&[0x01, 0x02], "t").is_err());
        let dup = from_slice(&[0xA2, 0x01, 0x00, 0x01, 0x00], "t").expect("valid CBOR");
        assert!(MapReader::new(&dup, "t").is_err());
    }
}
