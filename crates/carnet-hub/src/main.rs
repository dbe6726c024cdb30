//! `carnet-hub`: the sync hub's command line (docs/hub.md).

use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

use carnet_hub::limits::{Settings, MIB};
use carnet_hub::serve::{serve, unix_now};
use carnet_hub::store;

/// Carnet's sync hub: an encrypted relay for a drop-in centre.
#[derive(Debug, Parser)]
#[command(name = "carnet-hub", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Args)]
struct Database {
    /// `postgres://USER@HOST/DB` for PostgreSQL, `sqlite:PATH` for a SQLite
    /// file; by default the SQLite file carnet-hub.sqlite3 here.
    #[arg(long, env = "CARNET_HUB_DATABASE_URL")]
    database_url: Option<String>,
}

impl Database {
    fn url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| "sqlite:carnet-hub.sqlite3".to_string())
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the hub API until SIGTERM or Ctrl-C.
    Serve {
        /// Address and port to listen on (port 0: any free port).
        #[arg(long, default_value = "127.0.0.1:8470")]
        listen: String,
        #[command(flatten)]
        database: Database,
        /// Storage per logbook (rows, snapshot, blobs), in MiB.
        #[arg(long, default_value_t = 512)]
        quota_mib: u64,
        /// Requests per logbook and minute (bursts of a fifth of it).
        #[arg(long, default_value_t = 600, value_parser = clap::value_parser!(u32).range(1..))]
        rate_per_minute: u32,
        /// Lifetime of a pairing mailbox, for tests.
        #[arg(long, default_value_t = 600, hide = true, value_parser = clap::value_parser!(u64).range(1..))]
        mailbox_ttl_secs: u64,
    },
    /// Print counts of what the hub stores (never an id).
    Stats {
        #[command(flatten)]
        database: Database,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("carnet-hub: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("carnet-hub: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Serve {
            listen,
            database,
            quota_mib,
            rate_per_minute,
            mailbox_ttl_secs,
        } => {
            let store = store::open(&database.url())
                .await
                .map_err(|e| format!("cannot open the database: {e}"))?;
            let settings = Settings {
                quota_bytes: quota_mib.saturating_mul(MIB as u64),
                rate_per_minute,
                mailbox_ttl: Duration::from_secs(mailbox_ttl_secs),
            };
            serve(&listen, store, settings)
                .await
                .map_err(|e| e.to_string())
        }
        Command::Stats { database, json } => {
            let store = store::open(&database.url())
                .await
                .map_err(|e| format!("cannot open the database: {e}"))?;
            let ttl = i64::try_from(Settings::default().mailbox_ttl.as_secs()).unwrap_or(600);
            let stats = store
                .stats(unix_now(), ttl)
                .await
                .map_err(|e| format!("cannot count: {e}"))?;
            if json {
                let text = serde_json::to_string_pretty(&stats).map_err(|e| e.to_string())?;
                println!("{text}");
            } else {
                println!("logbooks        {}", stats.logbooks);
                println!("rows            {}", stats.rows);
                println!("snapshots       {}", stats.snapshots);
                println!("blobs           {}", stats.blobs);
                println!("boxes           {}", stats.boxes);
                println!("live mailboxes  {}", stats.live_mailboxes);
                println!("stored bytes    {}", stats.stored_bytes);
            }
            Ok(())
        }
    }
}
