//! The hub's log: one JSON line per request on stderr (§2.9).
//!
//! A line names the route *template* (`/v1/logbooks/{logbook}/rows`),
//! never the path itself, and nothing about the client: no ids, tokens,
//! mailbox addresses or IP addresses reach the log, so an operator's log
//! cannot tell who synced when.

use std::io::Write;
use std::time::{Instant, SystemTime};

use axum::extract::{MatchedPath, Request};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use serde_json::json;

/// Logs the request once its response is ready.
pub async fn request_log(request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().to_string();
    // Unmatched paths may carry anything; they are logged as such.
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(unmatched)".to_string(), |m| m.as_str().to_string());
    let request_bytes = content_length(request.headers());
    let response = next.run(request).await;
    let response_bytes = content_length(response.headers()).or_else(|| {
        use axum::body::HttpBody;
        response.body().size_hint().exact()
    });
    let line = json!({
        "time": timestamp(),
        "method": method,
        "route": route,
        "status": response.status().as_u16(),
        "ms": (start.elapsed().as_secs_f64() * 1000.0 * 10.0).round() / 10.0,
        "request_bytes": request_bytes.unwrap_or(0),
        "response_bytes": response_bytes.unwrap_or(0),
    });
    write_line(&line.to_string());
    response
}

fn content_length(headers: &axum::http::HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
}

/// RFC 3339 UTC time with milliseconds.
fn timestamp() -> String {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = i64::try_from(now.as_secs()).unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, now.subsec_nanos())
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_default()
}

/// A line about the hub itself (start, stop, database errors).
pub fn event_line(event: &str, message: &str) -> String {
    json!({"time": timestamp(), "event": event, "message": message}).to_string()
}

/// A database error, for the operator.
pub fn error_line(message: &str) -> String {
    event_line("error", message)
}

/// Writes one line to stderr; a closed stderr is not worth failing a request.
pub fn write_line(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}
