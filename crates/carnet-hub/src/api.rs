//! The HTTP API of docs/sync-protocol.md §2: routes, authentication,
//! limits, and the mapping of every failure to a status and a code.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::Router;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::limits::{self, Settings};
use crate::rate::{retry_after_secs, RateLimiter};
use crate::store::{Address, LogbookId, Registered, Slot, Store, StoreError};
use crate::wire::{self, Assigned, Bstr, CtBody, RowIn, RowsPage, Snapshot, TokenHashBody};

/// What every handler shares.
#[derive(Debug)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub settings: Settings,
    logbook_rate: RateLimiter<LogbookId>,
    mailbox_rate: RateLimiter<Address>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, settings: Settings) -> Arc<AppState> {
        Arc::new(AppState {
            logbook_rate: RateLimiter::new(
                settings.rate_per_minute,
                limits::burst_for(settings.rate_per_minute),
            ),
            mailbox_rate: RateLimiter::new(
                limits::MAILBOX_PER_MINUTE,
                limits::burst_for(limits::MAILBOX_PER_MINUTE),
            ),
            store,
            settings,
        })
    }

    fn mailbox_ttl(&self) -> i64 {
        i64::try_from(self.settings.mailbox_ttl.as_secs()).unwrap_or(i64::MAX)
    }
}

/// The router, with the request log around every route.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/v1/health", get(health))
        .route("/v1/logbooks/{logbook}", put(put_logbook))
        .route("/v1/logbooks/{logbook}/token", put(put_token))
        .route("/v1/logbooks/{logbook}/rows", post(post_rows).get(get_rows))
        .route("/v1/logbooks/{logbook}/snapshot", put(put_snapshot))
        .route(
            "/v1/logbooks/{logbook}/blobs/{blob}",
            put(put_blob).get(get_blob),
        )
        .route("/v1/logbooks/{logbook}/boxes/{address}", put(put_box))
        .route("/v1/boxes/{address}", get(get_box))
        .route(
            "/v1/pairing/{address}/{slot}",
            put(put_mailbox).get(get_mailbox),
        )
        .fallback(|| async { ApiError::not_found("no such endpoint") })
        .layer(DefaultBodyLimit::max(limits::MAX_BODY))
        .layer(axum::middleware::from_fn(crate::log::request_log))
        .with_state(state)
}

/// A refusal: status, stable code, English message for operators.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }

    fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad-request", message)
    }

    fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not-found", message)
    }

    fn too_large(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too-large", message)
    }

    fn rate_limited(wait: Duration) -> ApiError {
        ApiError {
            retry_after: Some(retry_after_secs(wait)),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                "request budget spent",
            )
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::UnknownLogbook => {
                ApiError::new(StatusCode::NOT_FOUND, "unknown-logbook", e.to_string())
            }
            StoreError::Conflict(m) => ApiError::new(StatusCode::CONFLICT, "conflict", m),
            StoreError::Quota => {
                ApiError::new(StatusCode::INSUFFICIENT_STORAGE, "quota", e.to_string())
            }
            StoreError::NewerSchema(_) | StoreError::Corrupt(_) | StoreError::Database(_) => {
                // The details stay in the hub's own log, not the client's.
                crate::log::write_line(&crate::log::error_line(&e.to_string()));
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "the hub cannot reach its database",
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = wire::to_cbor(&wire::ErrorBody {
            error: self.code.to_string(),
            message: self.message,
        });
        let mut response = (self.status, cbor_headers(), body).into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

type ApiResult<T = Response> = Result<T, ApiError>;

fn cbor_headers() -> [(header::HeaderName, HeaderValue); 1] {
    [(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/cbor"),
    )]
}

fn cbor<T: serde::Serialize>(status: StatusCode, value: &T) -> Response {
    (status, cbor_headers(), wire::to_cbor(value)).into_response()
}

/// The body, or `too-large` when axum's body limit cut it off.
fn body(body: Result<Bytes, BytesRejection>) -> ApiResult<Bytes> {
    body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::too_large(format!("the body is above {} bytes", limits::MAX_BODY))
        } else {
            ApiError::bad_request(e.body_text())
        }
    })
}

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> ApiResult<T> {
    wire::from_cbor(bytes).map_err(|e| ApiError::bad_request(format!("body: {e}")))
}

fn now() -> i64 {
    crate::serve::unix_now()
}

fn logbook_id(hex: &str) -> ApiResult<LogbookId> {
    wire::parse_hex(hex).ok_or_else(|| ApiError::bad_request("a logbook id is 32 hex digits"))
}

fn address(hex: &str) -> ApiResult<Address> {
    wire::parse_hex(hex).ok_or_else(|| ApiError::bad_request("an address is 64 hex digits"))
}

/// SHA-256 (hex) of the bearer token's 32 bytes. No token → `no-token`;
/// anything but 64 hex digits cannot match a stored hash → `wrong-token`.
fn bearer_hash(headers: &HeaderMap) -> ApiResult<String> {
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "no-token",
                "this endpoint needs a bearer token",
            )
        })?;
    let token: [u8; 32] = wire::parse_hex(value.trim()).ok_or_else(wrong_token)?;
    Ok(hex::encode(Sha256::digest(token)))
}

fn wrong_token() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "wrong-token",
        "the token does not open this logbook",
    )
}

fn same_hash(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Checks the path's logbook, its request budget and its token.
async fn authorize(state: &AppState, headers: &HeaderMap, logbook: &str) -> ApiResult<LogbookId> {
    let id = logbook_id(logbook)?;
    let hash = bearer_hash(headers)?;
    state
        .logbook_rate
        .check(&id)
        .map_err(ApiError::rate_limited)?;
    let stored = state
        .store
        .token_hash(id)
        .await?
        .ok_or(StoreError::UnknownLogbook)?;
    if !same_hash(&hash, &stored) {
        return Err(wrong_token());
    }
    Ok(id)
}

async fn health(State(state): State<Arc<AppState>>) -> ApiResult {
    state.store.health().await?;
    Ok(cbor(
        StatusCode::OK,
        &wire::Health {
            status: "ok".into(),
            version: 1,
        },
    ))
}

async fn put_logbook(
    State(state): State<Arc<AppState>>,
    Path(logbook): Path<String>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    let id = logbook_id(&logbook)?;
    let hash = bearer_hash(&headers)?;
    state
        .logbook_rate
        .check(&id)
        .map_err(ApiError::rate_limited)?;
    match state.store.register(id, hash.clone(), now()).await? {
        Registered::Created => Ok(StatusCode::CREATED),
        Registered::Existing(stored) if same_hash(&hash, &stored) => Ok(StatusCode::OK),
        Registered::Existing(_) => Err(wrong_token()),
    }
}

async fn put_token(
    State(state): State<Arc<AppState>>,
    Path(logbook): Path<String>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> ApiResult<StatusCode> {
    let id = authorize(&state, &headers, &logbook).await?;
    let req: TokenHashBody = decode(&body(bytes)?)?;
    if wire::parse_hex::<32>(&req.token_hash).is_none() {
        return Err(ApiError::bad_request(
            "token_hash is 64 lowercase hex digits",
        ));
    }
    state.store.set_token_hash(id, req.token_hash).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Checks a `POST rows` body against §2.6 before anything is stored.
pub fn check_rows(rows: &[RowIn]) -> ApiResult<()> {
    if rows.is_empty() {
        return Err(ApiError::bad_request("a POST carries 1 to 1,000 rows"));
    }
    if rows.len() > limits::MAX_ROWS_PER_POST {
        return Err(ApiError::too_large(format!(
            "{} rows in one POST; at most {}",
            rows.len(),
            limits::MAX_ROWS_PER_POST
        )));
    }
    for row in rows {
        if row.seq == 0 || i64::try_from(row.seq).is_err() {
            return Err(ApiError::bad_request("seq is between 1 and 2^63 - 1"));
        }
        if row.ct.0.len() > limits::MAX_ROW_CT {
            return Err(ApiError::too_large(format!(
                "a row's ct is above {} bytes",
                limits::MAX_ROW_CT
            )));
        }
    }
    Ok(())
}

async fn post_rows(
    State(state): State<Arc<AppState>>,
    Path(logbook): Path<String>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let id = authorize(&state, &headers, &logbook).await?;
    let rows: Vec<RowIn> = decode(&body(bytes)?)?;
    check_rows(&rows)?;
    failpoint("rows-before-store");
    let (assigned, latest) = state
        .store
        .insert_rows(id, rows, state.settings.quota_bytes)
        .await?;
    failpoint("rows-after-store");
    Ok(cbor(StatusCode::OK, &Assigned { assigned, latest }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RowsQuery {
    after: Option<u64>,
    limit: Option<u32>,
}

async fn get_rows(
    State(state): State<Arc<AppState>>,
    Path(logbook): Path<String>,
    headers: HeaderMap,
    query: Result<Query<RowsQuery>, QueryRejection>,
) -> ApiResult {
    let id = authorize(&state, &headers, &logbook).await?;
    let Query(query) = query.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let after = query.after.unwrap_or(0);
    if i64::try_from(after).is_err() {
        return Err(ApiError::bad_request("after is at most 2^63 - 1"));
    }
    let limit = query.limit.unwrap_or(limits::DEFAULT_PAGE_ROWS);
    if !(1..=limits::MAX_PAGE_ROWS).contains(&limit) {
        return Err(ApiError::bad_request("limit is between 1 and 1,000"));
    }
    let page = state
        .store
        .rows_after(id, after, limit, limits::MAX_PAGE_BYTES)
        .await?;
    Ok(cbor(
        StatusCode::OK,
        &RowsPage {
            snapshot: page.snapshot,
            rows: page.rows,
            latest: page.latest,
            more: page.more,
        },
    ))
}

async fn put_snapshot(
    State(state): State<Arc<AppState>>,
    Path(logbook): Path<String>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> ApiResult<StatusCode> {
    let id = authorize(&state, &headers, &logbook).await?;
    let snapshot: Snapshot = decode(&body(bytes)?)?;
    if i64::try_from(snapshot.covers).is_err() {
        return Err(ApiError::bad_request("covers is at most 2^63 - 1"));
    }
    state
        .store
        .put_snapshot(id, snapshot, state.settings.quota_bytes)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn put_blob(
    State(state): State<Arc<AppState>>,
    Path((logbook, blob)): Path<(String, String)>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> ApiResult<StatusCode> {
    let id = authorize(&state, &headers, &logbook).await?;
    let blob = address(&blob)?;
    let bytes = body(bytes)?;
    if bytes.len() > limits::MAX_BLOB {
        return Err(ApiError::too_large(format!(
            "a blob is at most {} bytes",
            limits::MAX_BLOB
        )));
    }
    let created = state
        .store
        .put_blob(id, blob, bytes.to_vec(), state.settings.quota_bytes)
        .await?;
    Ok(if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    })
}

async fn get_blob(
    State(state): State<Arc<AppState>>,
    Path((logbook, blob)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult {
    let id = authorize(&state, &headers, &logbook).await?;
    let blob = address(&blob)?;
    let ct = state
        .store
        .get_blob(id, blob)
        .await?
        .ok_or_else(|| ApiError::not_found("no such blob"))?;
    Ok((
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        )],
        ct,
    )
        .into_response())
}

/// A `{"ct": bstr}` body of at most 4 KiB (boxes, mailbox slots).
fn slot_body(bytes: Result<Bytes, BytesRejection>) -> ApiResult<Vec<u8>> {
    let CtBody { ct: Bstr(ct) } = decode(&body(bytes)?)?;
    if ct.len() > limits::MAX_SLOT {
        return Err(ApiError::too_large(format!(
            "a box or mailbox slot is at most {} bytes",
            limits::MAX_SLOT
        )));
    }
    Ok(ct)
}

async fn put_box(
    State(state): State<Arc<AppState>>,
    Path((logbook, addr)): Path<(String, String)>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> ApiResult<StatusCode> {
    let id = authorize(&state, &headers, &logbook).await?;
    let addr = address(&addr)?;
    let ct = slot_body(bytes)?;
    state.store.put_box(addr, id, ct).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn get_box(State(state): State<Arc<AppState>>, Path(addr): Path<String>) -> ApiResult {
    let addr = address(&addr)?;
    let (logbook, ct) = state
        .store
        .get_box(addr)
        .await?
        .ok_or_else(|| ApiError::not_found("no such box"))?;
    Ok(cbor(
        StatusCode::OK,
        &wire::BoxBody {
            logbook: Bstr(logbook.to_vec()),
            ct: Bstr(ct),
        },
    ))
}

/// Parses a mailbox path and spends one of its address's budget.
fn mailbox_path(state: &AppState, addr: &str, slot: &str) -> ApiResult<(Address, Slot)> {
    let addr = address(addr)?;
    let slot = Slot::parse(slot).ok_or_else(|| ApiError::bad_request("slot is hello or reply"))?;
    state
        .mailbox_rate
        .check(&addr)
        .map_err(ApiError::rate_limited)?;
    Ok((addr, slot))
}

async fn put_mailbox(
    State(state): State<Arc<AppState>>,
    Path((addr, slot)): Path<(String, String)>,
    bytes: Result<Bytes, BytesRejection>,
) -> ApiResult<StatusCode> {
    let (addr, slot) = mailbox_path(&state, &addr, &slot)?;
    let ct = slot_body(bytes)?;
    state
        .store
        .mailbox_put(addr, slot, ct, now(), state.mailbox_ttl())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn get_mailbox(
    State(state): State<Arc<AppState>>,
    Path((addr, slot)): Path<(String, String)>,
) -> ApiResult {
    let (addr, slot) = mailbox_path(&state, &addr, &slot)?;
    let ct = state
        .store
        .mailbox_get(addr, slot, now(), state.mailbox_ttl())
        .await?
        .ok_or_else(|| ApiError::not_found("no such mailbox slot, or it expired"))?;
    Ok(cbor(StatusCode::OK, &CtBody { ct: Bstr(ct) }))
}

/// Dies on the spot, as a power cut or SIGKILL would, when
/// `CARNET_HUB_FAILPOINT` names this point: the tests kill the hub in the
/// middle of an upload at a chosen, replayable moment.
fn failpoint(name: &str) {
    if std::env::var("CARNET_HUB_FAILPOINT").is_ok_and(|v| v == name) {
        std::process::abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::DeviceId;

    fn row(seq: u64, len: usize) -> RowIn {
        RowIn {
            device: DeviceId([1; 16]),
            seq,
            epoch: 0,
            ct: Bstr(vec![0; len]),
        }
    }

    #[test]
    fn row_batches_are_bounded() {
        assert!(check_rows(&[row(1, 10)]).is_ok());
        assert_eq!(
            check_rows(&[]).map_err(|e| e.status).err(),
            Some(StatusCode::BAD_REQUEST)
        );
        let many: Vec<RowIn> = (1..=1001).map(|s| row(s, 1)).collect();
        assert_eq!(
            check_rows(&many).map_err(|e| e.status).err(),
            Some(StatusCode::PAYLOAD_TOO_LARGE)
        );
        assert!(check_rows(&many[..1000]).is_ok());
        assert_eq!(
            check_rows(&[row(1, limits::MAX_ROW_CT + 1)])
                .map_err(|e| e.status)
                .err(),
            Some(StatusCode::PAYLOAD_TOO_LARGE)
        );
        assert_eq!(
            check_rows(&[row(0, 1)]).map_err(|e| e.code).err(),
            Some("bad-request")
        );
    }

    #[test]
    fn tokens_hash_their_bytes() {
        let mut headers = HeaderMap::new();
        assert_eq!(
            bearer_hash(&headers).map_err(|e| e.code).err(),
            Some("no-token")
        );
        let token = [0xabu8; 32];
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(&format!("Bearer {}", hex::encode(token))).expect("ascii"),
        );
        assert_eq!(
            bearer_hash(&headers).ok(),
            Some(hex::encode(Sha256::digest(token)))
        );
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer xyz"),
        );
        assert_eq!(
            bearer_hash(&headers).map_err(|e| e.code).err(),
            Some("wrong-token")
        );
    }

    #[test]
    fn hashes_compare_whole() {
        assert!(same_hash("abcd", "abcd"));
        assert!(!same_hash("abcd", "abce"));
        assert!(!same_hash("abcd", "abc"));
    }
}
