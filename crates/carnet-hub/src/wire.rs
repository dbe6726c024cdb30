//! The CBOR bodies of the hub API (docs/sync-protocol.md §2), and the hex
//! ids of its paths.
//!
//! Byte strings must travel as CBOR byte strings (major type 2), not as
//! arrays of integers, which is what serde makes of a `Vec<u8>`; [`Bstr`]
//! says so to serde.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A CBOR byte string.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Bstr(pub Vec<u8>);

impl fmt::Debug for Bstr {
    /// Lengths only: these are ciphertexts and ids, never worth a log line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bstr({} bytes)", self.0.len())
    }
}

impl Serialize for Bstr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bstr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = Bstr;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a byte string")
            }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Bstr, E> {
                Ok(Bstr(v.to_vec()))
            }
            fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Bstr, E> {
                Ok(Bstr(v))
            }
        }
        d.deserialize_byte_buf(V)
    }
}

/// A device id: exactly 16 bytes on the wire.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct DeviceId(pub [u8; 16]);

impl Serialize for DeviceId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for DeviceId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let b = Bstr::deserialize(d)?;
        let arr: [u8; 16] =
            b.0.as_slice()
                .try_into()
                .map_err(|_| de::Error::custom("a device id is 16 bytes"))?;
        Ok(DeviceId(arr))
    }
}

/// One row of `POST rows`.
#[derive(Debug, Deserialize, Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RowIn {
    pub device: DeviceId,
    pub seq: u64,
    pub epoch: u32,
    pub ct: Bstr,
}

/// The answer to `POST rows`.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Assigned {
    pub assigned: Vec<u64>,
    pub latest: u64,
}

/// A snapshot, as `PUT` and as returned inside a rows page.
#[derive(Debug, Deserialize, Serialize, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub covers: u64,
    pub device: DeviceId,
    pub epoch: u32,
    pub ct: Bstr,
}

/// One row of a rows page.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub struct RowOut {
    pub server_seq: u64,
    pub device: DeviceId,
    pub seq: u64,
    pub epoch: u32,
    pub ct: Bstr,
}

/// The answer to `GET rows`.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct RowsPage {
    pub snapshot: Option<Snapshot>,
    pub rows: Vec<RowOut>,
    pub latest: u64,
    pub more: bool,
}

/// `{"token_hash": tstr}` of a token replacement.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TokenHashBody {
    pub token_hash: String,
}

/// `{"ct": bstr}`: a box or a mailbox slot.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CtBody {
    pub ct: Bstr,
}

/// The answer to `GET /v1/boxes/{address}`.
#[derive(Debug, Serialize, Deserialize)]
pub struct BoxBody {
    pub logbook: Bstr,
    pub ct: Bstr,
}

/// Every error response.
#[derive(Debug, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: String,
    pub message: String,
}

/// The answer to `GET /v1/health`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: u32,
}

/// Encodes `value` as CBOR.
pub fn to_cbor<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail, and every type above serialises.
    if ciborium::into_writer(value, &mut out).is_err() {
        out.clear();
    }
    out
}

/// Decodes CBOR, refusing trailing bytes after the one item.
pub fn from_cbor<T: de::DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let mut reader = bytes;
    let value = ciborium::from_reader(&mut reader).map_err(|e| e.to_string())?;
    if !reader.is_empty() {
        return Err("trailing bytes after the CBOR item".into());
    }
    Ok(value)
}

/// Parses `N` bytes written as `2N` lowercase hex digits (a path id).
pub fn parse_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    if s.len() != 2 * N || s.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let mut out = [0u8; N];
    hex::decode_to_slice(s, &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bstr_is_a_cbor_byte_string() {
        let bytes = to_cbor(&CtBody {
            ct: Bstr(vec![1, 2, 3]),
        });
        // map(1) "ct" bstr(3) 01 02 03
        assert_eq!(bytes, [0xa1, 0x62, b'c', b't', 0x43, 1, 2, 3]);
        let back: CtBody = from_cbor(&bytes).expect("decodes");
        assert_eq!(back.ct, Bstr(vec![1, 2, 3]));
    }

    #[test]
    fn an_array_of_integers_is_not_a_byte_string() {
        // {"ct": [1, 2, 3]}
        let bytes = [0xa1, 0x62, b'c', b't', 0x83, 1, 2, 3];
        assert!(from_cbor::<CtBody>(&bytes).is_err());
    }

    #[test]
    fn device_ids_are_16_bytes() {
        let row = RowIn {
            device: DeviceId([7; 16]),
            seq: 1,
            epoch: 0,
            ct: Bstr(vec![9]),
        };
        let back: RowIn = from_cbor(&to_cbor(&row)).expect("decodes");
        assert_eq!(back.device, DeviceId([7; 16]));

        #[derive(Serialize)]
        struct Short {
            device: Bstr,
            seq: u64,
            epoch: u32,
            ct: Bstr,
        }
        let short = to_cbor(&Short {
            device: Bstr(vec![1; 15]),
            seq: 1,
            epoch: 0,
            ct: Bstr(vec![]),
        });
        assert!(from_cbor::<RowIn>(&short).is_err());
    }

    #[test]
    fn trailing_bytes_and_unknown_fields_are_refused() {
        let mut bytes = to_cbor(&CtBody { ct: Bstr(vec![]) });
        bytes.push(0);
        assert!(from_cbor::<CtBody>(&bytes).is_err());
        let extra = to_cbor(&BoxBody {
            logbook: Bstr(vec![]),
            ct: Bstr(vec![]),
        });
        assert!(from_cbor::<CtBody>(&extra).is_err());
    }

    #[test]
    fn hex_ids_are_exact_lowercase() {
        assert_eq!(parse_hex::<2>("0aff"), Some([0x0a, 0xff]));
        assert_eq!(parse_hex::<2>("0AFF"), None);
        assert_eq!(parse_hex::<2>("0af"), None);
        assert_eq!(parse_hex::<2>("0afff0"), None);
        assert_eq!(parse_hex::<2>("zzzz"), None);
    }

    #[test]
    fn a_rows_page_round_trips() {
        let page = RowsPage {
            snapshot: None,
            rows: vec![RowOut {
                server_seq: 3,
                device: DeviceId([1; 16]),
                seq: 2,
                epoch: 0,
                ct: Bstr(vec![5; 4]),
            }],
            latest: 3,
            more: false,
        };
        let back: RowsPage = from_cbor(&to_cbor(&page)).expect("decodes");
        assert_eq!(back, page);
    }
}
