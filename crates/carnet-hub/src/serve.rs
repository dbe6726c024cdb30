//! Running the hub: bind, announce the address, serve until SIGTERM or
//! Ctrl-C, purge expired mailboxes meanwhile.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::api::{self, AppState};
use crate::limits::Settings;
use crate::log;
use crate::store::Store;

/// Why the hub could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("serving failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Serves on `listen` until a shutdown signal. The first line on stdout is
/// `listening on http://ADDR` with the port actually bound, so that a
/// caller that asked for port 0 learns it.
pub async fn serve(
    listen: &str,
    store: Arc<dyn Store>,
    settings: Settings,
) -> Result<(), ServeError> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| ServeError::Bind {
            addr: listen.to_string(),
            source,
        })?;
    let addr = listener.local_addr()?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "listening on http://{addr}")?;
        out.flush()?;
    }
    log::write_line(&log::event_line("start", "carnet-hub serving"));

    let state = AppState::new(Arc::clone(&store), settings.clone());
    let purger = tokio::spawn(purge_mailboxes(store, settings.mailbox_ttl));
    let app = api::router(state).into_make_service_with_connect_info::<SocketAddr>();
    let result = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await;
    purger.abort();
    log::write_line(&log::event_line("stop", "carnet-hub stopped"));
    Ok(result?)
}

/// Deletes expired pairing mailboxes every minute (or every TTL, when
/// shorter), so that nothing outlives its ten minutes by much even when
/// no one reads it again.
async fn purge_mailboxes(store: Arc<dyn Store>, ttl: Duration) {
    let every = ttl.clamp(Duration::from_secs(1), Duration::from_secs(60));
    let ttl = i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX);
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        if let Err(e) = store.purge_mailboxes(unix_now(), ttl).await {
            log::write_line(&log::error_line(&format!("mailbox purge: {e}")));
        }
    }
}

/// Unix seconds now.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
