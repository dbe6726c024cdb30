//! Talking to a hub (docs/sync-protocol.md §2): one blocking HTTP client,
//! CBOR bodies, and every failure turned into a [`SyncError`] a person can
//! act on. The sync engine only sees the [`Hub`] trait.

use std::cell::Cell;
use std::time::Duration;

use ciborium::Value;

use super::SyncError;

/// A row on its way up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowOut {
    pub device: [u8; 16],
    pub seq: u64,
    pub epoch: u32,
    pub ct: Vec<u8>,
}

/// A row as the hub serves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowIn {
    pub server_seq: u64,
    pub device: [u8; 16],
    pub seq: u64,
    pub epoch: u32,
    pub ct: Vec<u8>,
}

/// The compacted document the hub keeps in place of old rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub covers: u64,
    pub device: [u8; 16],
    pub epoch: u32,
    pub ct: Vec<u8>,
}

/// One page of rows after a cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pulled {
    pub snapshot: Option<Snapshot>,
    pub rows: Vec<RowIn>,
    pub latest: u64,
    pub more: bool,
}

/// What the hub made of a push.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pushed {
    pub assigned: Vec<u64>,
    pub latest: u64,
}

/// A hub, as the sync engine needs it.
pub trait Hub {
    /// The hub's address, as remembered in the logbook.
    fn url(&self) -> &str;
    fn register(&self) -> Result<(), SyncError>;
    fn push(&self, rows: &[RowOut]) -> Result<Pushed, SyncError>;
    fn pull(&self, after: u64, limit: u32) -> Result<Pulled, SyncError>;
    fn put_snapshot(&self, snapshot: &Snapshot) -> Result<(), SyncError>;
    fn put_blob(&self, id: &[u8; 32], ct: &[u8]) -> Result<(), SyncError>;
    fn get_blob(&self, id: &[u8; 32]) -> Result<Option<Vec<u8>>, SyncError>;
    /// Stores a sealed box (a key envelope or a recovery slot, §2.7).
    fn put_box(&self, address: &[u8; 32], ct: &[u8]) -> Result<(), SyncError>;
    /// Replaces the hub's token hash (key rotation, §2.2).
    fn replace_token(&self, new_token: &[u8; 32]) -> Result<(), SyncError>;
    /// Sends `token` from now on (after a key rotation).
    fn use_token(&self, token: &[u8; 32]);
    /// Body bytes sent and received so far (HTTP headers not included).
    fn traffic(&self) -> (u64, u64);
}

/// Largest response body read (a page of rows is at most 8 MiB of
/// ciphertext, plus framing; a blob at most 12 MiB).
const MAX_RESPONSE: u64 = 16 * 1024 * 1024;

/// The hub's address as a base URL without a trailing slash, checked for
/// form, and the one HTTP client configuration every call to a hub uses:
/// statuses are answers, not errors; no redirects (a hub never sends the
/// token elsewhere).
pub(crate) fn client(url: &str) -> Result<(String, ureq::Agent), SyncError> {
    let base = url.trim().trim_end_matches('/').to_string();
    if !(base.starts_with("http://") || base.starts_with("https://")) || base.len() < 10 {
        return Err(SyncError::BadHubAddress { url: base });
    }
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(10)))
        .timeout_global(Some(Duration::from_secs(120)))
        .max_redirects(0)
        .build()
        .into();
    Ok((base, agent))
}

/// A hub reached over HTTP(S).
#[derive(Debug)]
pub struct HttpHub {
    base: String,
    logbook: String,
    token: std::cell::RefCell<String>,
    agent: ureq::Agent,
    sent: Cell<u64>,
    received: Cell<u64>,
}

impl HttpHub {
    /// `url` is the hub's address as the person typed it
    /// (`http://192.168.1.10:8470`); `token` the logbook's access token.
    pub fn new(url: &str, logbook: &uuid::Uuid, token: &[u8; 32]) -> Result<HttpHub, SyncError> {
        let (base, agent) = client(url)?;
        Ok(HttpHub {
            base,
            logbook: hex::encode(logbook.as_bytes()),
            token: std::cell::RefCell::new(hex::encode(token)),
            agent,
            sent: Cell::new(0),
            received: Cell::new(0),
        })
    }

    fn path(&self, rest: &str) -> String {
        format!("{}/v1/logbooks/{}{rest}", self.base, self.logbook)
    }

    fn unreachable(&self, e: &ureq::Error) -> SyncError {
        SyncError::Unreachable {
            url: self.base.clone(),
            reason: e.to_string(),
        }
    }

    /// Sends one request and returns (status, body, Retry-After).
    fn call(
        &self,
        method: &str,
        url: &str,
        body: Option<(&str, &[u8])>,
    ) -> Result<(u16, Vec<u8>), SyncError> {
        let auth = format!("Bearer {}", self.token.borrow());
        let result = match (method, body) {
            ("GET", _) => self.agent.get(url).header("Authorization", &auth).call(),
            ("PUT", Some((ctype, bytes))) => self
                .agent
                .put(url)
                .header("Authorization", &auth)
                .content_type(ctype)
                .send(bytes),
            ("PUT", None) => self
                .agent
                .put(url)
                .header("Authorization", &auth)
                .send_empty(),
            ("POST", Some((ctype, bytes))) => self
                .agent
                .post(url)
                .header("Authorization", &auth)
                .content_type(ctype)
                .send(bytes),
            _ => return Err(SyncError::Internal(format!("unsupported call {method}"))),
        };
        if let Some((_, b)) = body {
            self.sent.set(self.sent.get() + b.len() as u64);
        }
        let mut response = result.map_err(|e| self.unreachable(&e))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        let bytes = response
            .body_mut()
            .with_config()
            .limit(MAX_RESPONSE)
            .read_to_vec()
            .map_err(|e| self.unreachable(&e))?;
        self.received.set(self.received.get() + bytes.len() as u64);
        if (200..300).contains(&status) {
            return Ok((status, bytes));
        }
        Err(self.refusal(status, &bytes, retry_after))
    }

    fn refusal(&self, status: u16, body: &[u8], retry_after: Option<u64>) -> SyncError {
        let code = ciborium::from_reader::<Value, _>(body)
            .ok()
            .and_then(|v| text(&v, "error"))
            .unwrap_or_default();
        match status {
            401 | 403 => SyncError::Refused,
            404 if code == "unknown-logbook" => SyncError::UnknownLogbook,
            429 => SyncError::RateLimited {
                retry_after_secs: retry_after.unwrap_or(60),
            },
            507 => SyncError::HubFull,
            503 => SyncError::Unreachable {
                url: self.base.clone(),
                reason: "the hub cannot reach its database".into(),
            },
            _ => SyncError::HubError { status, code },
        }
    }
}

fn cbor(value: &Value) -> Result<Vec<u8>, SyncError> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out)
        .map_err(|e| SyncError::Internal(format!("encoding a request: {e}")))?;
    Ok(out)
}

fn parse(body: &[u8]) -> Result<Value, SyncError> {
    ciborium::from_reader(body).map_err(|_| SyncError::Protocol("an unreadable answer".into()))
}

/// The value under text key `key` of a CBOR map.
pub(crate) fn field<'a>(map: &'a Value, key: &str) -> Option<&'a Value> {
    match map {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(k, Value::Text(t) if t == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn text(map: &Value, key: &str) -> Option<String> {
    match field(map, key) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

fn uint(map: &Value, key: &str) -> Result<u64, SyncError> {
    match field(map, key) {
        Some(Value::Integer(i)) => {
            u64::try_from(*i).map_err(|_| SyncError::Protocol(format!("`{key}` is not a count")))
        }
        _ => Err(SyncError::Protocol(format!("`{key}` is missing"))),
    }
}

fn bytes(map: &Value, key: &str) -> Result<Vec<u8>, SyncError> {
    match field(map, key) {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        _ => Err(SyncError::Protocol(format!("`{key}` is missing"))),
    }
}

fn device(map: &Value) -> Result<[u8; 16], SyncError> {
    bytes(map, "device")?
        .try_into()
        .map_err(|_| SyncError::Protocol("a device id is not 16 bytes".into()))
}

fn epoch(map: &Value) -> Result<u32, SyncError> {
    u32::try_from(uint(map, "epoch")?)
        .map_err(|_| SyncError::Protocol("an epoch is out of range".into()))
}

fn k(s: &str) -> Value {
    Value::Text(s.to_string())
}

impl Hub for HttpHub {
    fn url(&self) -> &str {
        &self.base
    }

    fn register(&self) -> Result<(), SyncError> {
        self.call("PUT", &self.path(""), None).map(|_| ())
    }

    fn push(&self, rows: &[RowOut]) -> Result<Pushed, SyncError> {
        let body = Value::Array(
            rows.iter()
                .map(|r| {
                    Value::Map(vec![
                        (k("device"), Value::Bytes(r.device.to_vec())),
                        (k("seq"), Value::Integer(r.seq.into())),
                        (k("epoch"), Value::Integer(r.epoch.into())),
                        (k("ct"), Value::Bytes(r.ct.clone())),
                    ])
                })
                .collect(),
        );
        let body = cbor(&body)?;
        let (_, answer) = self.call(
            "POST",
            &self.path("/rows"),
            Some(("application/cbor", &body)),
        )?;
        let v = parse(&answer)?;
        let assigned = match field(&v, "assigned") {
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| match i {
                    Value::Integer(n) => u64::try_from(*n)
                        .map_err(|_| SyncError::Protocol("a sequence number is negative".into())),
                    _ => Err(SyncError::Protocol(
                        "a sequence number is not a number".into(),
                    )),
                })
                .collect::<Result<Vec<_>, _>>()?,
            _ => return Err(SyncError::Protocol("`assigned` is missing".into())),
        };
        if assigned.len() != rows.len() {
            return Err(SyncError::Protocol(
                "the hub acknowledged a different number of rows".into(),
            ));
        }
        Ok(Pushed {
            assigned,
            latest: uint(&v, "latest")?,
        })
    }

    fn pull(&self, after: u64, limit: u32) -> Result<Pulled, SyncError> {
        let url = self.path(&format!("/rows?after={after}&limit={limit}"));
        let (_, answer) = self.call("GET", &url, None)?;
        let v = parse(&answer)?;
        let snapshot = match field(&v, "snapshot") {
            None | Some(Value::Null) => None,
            Some(s) => Some(Snapshot {
                covers: uint(s, "covers")?,
                device: device(s)?,
                epoch: epoch(s)?,
                ct: bytes(s, "ct")?,
            }),
        };
        let rows = match field(&v, "rows") {
            Some(Value::Array(items)) => items
                .iter()
                .map(|r| {
                    Ok(RowIn {
                        server_seq: uint(r, "server_seq")?,
                        device: device(r)?,
                        seq: uint(r, "seq")?,
                        epoch: epoch(r)?,
                        ct: bytes(r, "ct")?,
                    })
                })
                .collect::<Result<Vec<_>, SyncError>>()?,
            _ => return Err(SyncError::Protocol("`rows` is missing".into())),
        };
        let more = matches!(field(&v, "more"), Some(Value::Bool(true)));
        Ok(Pulled {
            snapshot,
            rows,
            latest: uint(&v, "latest")?,
            more,
        })
    }

    fn put_snapshot(&self, s: &Snapshot) -> Result<(), SyncError> {
        let body = cbor(&Value::Map(vec![
            (k("covers"), Value::Integer(s.covers.into())),
            (k("device"), Value::Bytes(s.device.to_vec())),
            (k("epoch"), Value::Integer(s.epoch.into())),
            (k("ct"), Value::Bytes(s.ct.clone())),
        ]))?;
        self.call(
            "PUT",
            &self.path("/snapshot"),
            Some(("application/cbor", &body)),
        )
        .map(|_| ())
    }

    fn put_blob(&self, id: &[u8; 32], ct: &[u8]) -> Result<(), SyncError> {
        let url = self.path(&format!("/blobs/{}", hex::encode(id)));
        self.call("PUT", &url, Some(("application/octet-stream", ct)))
            .map(|_| ())
    }

    fn get_blob(&self, id: &[u8; 32]) -> Result<Option<Vec<u8>>, SyncError> {
        let url = self.path(&format!("/blobs/{}", hex::encode(id)));
        match self.call("GET", &url, None) {
            Ok((_, b)) => Ok(Some(b)),
            Err(SyncError::HubError { status: 404, .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn put_box(&self, address: &[u8; 32], ct: &[u8]) -> Result<(), SyncError> {
        let body = cbor(&Value::Map(vec![(k("ct"), Value::Bytes(ct.to_vec()))]))?;
        let url = self.path(&format!("/boxes/{}", hex::encode(address)));
        self.call("PUT", &url, Some(("application/cbor", &body)))
            .map(|_| ())
    }

    fn replace_token(&self, new_token: &[u8; 32]) -> Result<(), SyncError> {
        use sha2::Digest;
        let hash = hex::encode(sha2::Sha256::digest(new_token));
        let body = cbor(&Value::Map(vec![(k("token_hash"), Value::Text(hash))]))?;
        self.call(
            "PUT",
            &self.path("/token"),
            Some(("application/cbor", &body)),
        )
        .map(|_| ())
    }

    fn use_token(&self, token: &[u8; 32]) {
        *self.token.borrow_mut() = hex::encode(token);
    }

    fn traffic(&self) -> (u64, u64) {
        (self.sent.get(), self.received.get())
    }
}

/// Reads a box by its address alone (§2.7): no token, since the device
/// asking may not have one yet (recovery) or any more (a rotated key).
/// Returns the logbook it belongs to and its sealed contents.
pub fn get_box(
    hub_url: &str,
    address: &[u8; 32],
) -> Result<Option<(uuid::Uuid, Vec<u8>)>, SyncError> {
    let (base, agent) = client(hub_url)?;
    let base = base.as_str();
    let unreachable = |e: ureq::Error| SyncError::Unreachable {
        url: base.to_string(),
        reason: e.to_string(),
    };
    let mut r = agent
        .get(&format!("{base}/v1/boxes/{}", hex::encode(address)))
        .call()
        .map_err(unreachable)?;
    match r.status().as_u16() {
        200 => {
            let body = r
                .body_mut()
                .with_config()
                .limit(64 * 1024)
                .read_to_vec()
                .map_err(unreachable)?;
            let v = parse(&body)?;
            let id: [u8; 16] = bytes(&v, "logbook")?
                .try_into()
                .map_err(|_| SyncError::Protocol("a logbook id is not 16 bytes".into()))?;
            Ok(Some((uuid::Uuid::from_bytes(id), bytes(&v, "ct")?)))
        }
        404 => Ok(None),
        429 => Err(SyncError::RateLimited {
            retry_after_secs: 60,
        }),
        status => Err(SyncError::HubError {
            status,
            code: "box".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hub_addresses_must_be_http_urls() {
        let id = uuid::Uuid::from_bytes([1; 16]);
        assert!(HttpHub::new("http://127.0.0.1:8470/", &id, &[0; 32]).is_ok());
        assert!(HttpHub::new("https://hub.example.org", &id, &[0; 32]).is_ok());
        for bad in ["", "127.0.0.1:8470", "ftp://x.example", "http://"] {
            assert!(
                matches!(
                    HttpHub::new(bad, &id, &[0; 32]),
                    Err(SyncError::BadHubAddress { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_closed_port_is_unreachable_not_an_error_of_the_logbook() {
        // Bind then drop: the port is free and nothing listens there.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("free port");
        let id = uuid::Uuid::from_bytes([1; 16]);
        let hub = HttpHub::new(&format!("http://127.0.0.1:{port}"), &id, &[0; 32]).expect("url");
        assert!(matches!(hub.register(), Err(SyncError::Unreachable { .. })));
    }
}
