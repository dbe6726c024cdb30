//! `cargo xtask setup`: installs what building and testing need on a fresh
//! Debian or Ubuntu machine, and nothing when it is all there already.
//!
//! Add a requirement by adding a line to a list below.

use std::process::Command;

use crate::cmd::{self, Failure, Result};

/// A Debian package the build or the tests need, and why.
struct Package {
    name: &'static str,
    why: &'static str,
}

const DEBIAN_PACKAGES: &[Package] = &[
    Package {
        name: "build-essential",
        why: "C compiler for SQLCipher, which rusqlite builds from source",
    },
    Package {
        name: "pkg-config",
        why: "lets the SQLCipher build find OpenSSL",
    },
    Package {
        name: "libssl-dev",
        why: "OpenSSL, the crypto provider SQLCipher links",
    },
    Package {
        name: "postgresql",
        why: "the hub tests start a throwaway PostgreSQL cluster (initdb, pg_ctl)",
    },
    Package {
        name: "libwebkit2gtk-4.1-dev",
        why: "the app's webview (WebKitGTK; pulls GTK 3 and libsoup 3)",
    },
    Package {
        name: "xvfb",
        why: "the app's end-to-end tests open its window on a virtual display",
    },
    Package {
        name: "xauth",
        why: "lets the app talk to the virtual display",
    },
    Package {
        name: "webkit2gtk-driver",
        why: "WebKitWebDriver, which tauri-driver uses to drive the app",
    },
    Package {
        name: "libdbus-1-dev",
        why: "D-Bus, which the app uses to reach the platform keystore (PIN unlock)",
    },
    Package {
        name: "dbus-daemon",
        why: "the PIN tests start a private D-Bus session",
    },
    Package {
        name: "gnome-keyring",
        why: "a real Secret Service (keystore) for the PIN tests",
    },
];

/// Node.js builds the UI (ui/); installed from Debian only when missing, so
/// a newer Node already on the machine is kept.
const NODE_PACKAGES: &[(&str, Package)] = &[
    (
        "node",
        Package {
            name: "nodejs",
            why: "runs Vite and vitest, which build and test the UI",
        },
    ),
    (
        "npm",
        Package {
            name: "npm",
            why: "installs the UI's packages (npm ci, from ui/package-lock.json)",
        },
    ),
];

/// Cargo-installed tools the tests need, and the binary that shows each.
const CARGO_TOOLS: &[(&str, &str)] = &[("tauri-driver", "tauri-driver")];

/// A rustup component, and the cargo subcommand that shows it is there.
struct Component {
    name: &'static str,
    check: &'static [&'static str],
}

const RUSTUP_COMPONENTS: &[Component] = &[
    Component {
        name: "rustfmt",
        check: &["fmt", "--version"],
    },
    Component {
        name: "clippy",
        check: &["clippy", "--version"],
    },
];

pub fn run() -> Result {
    debian_packages()?;
    rustup_components()?;
    cargo_tools()?;
    println!("setup: everything needed is installed");
    Ok(())
}

fn debian_packages() -> Result {
    let names: Vec<&str> = DEBIAN_PACKAGES.iter().map(|p| p.name).collect();
    if !cmd::on_path("dpkg-query") || !cmd::on_path("apt-get") {
        println!(
            "setup: not a Debian/Ubuntu machine (no dpkg-query/apt-get); \
             install the equivalents of these yourself:"
        );
        for p in DEBIAN_PACKAGES {
            println!("         {:<16} {}", p.name, p.why);
        }
        return Ok(());
    }
    println!("setup: checking Debian packages: {}", names.join(" "));
    let node = NODE_PACKAGES
        .iter()
        .filter(|(program, _)| !cmd::on_path(program))
        .map(|(_, p)| p);
    let missing: Vec<&Package> = DEBIAN_PACKAGES
        .iter()
        .filter(|p| !installed(p.name))
        .chain(node)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    for p in &missing {
        println!("setup: missing {:<16} {}", p.name, p.why);
    }
    let missing: Vec<&str> = missing.iter().map(|p| p.name).collect();
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend(&missing);
    let Some(as_root) = root_runner() else {
        return Err(Failure::new(format!(
            "installing packages needs root and there is no sudo; as root, run:\n  \
             apt-get update && apt-get {}",
            install.join(" ")
        )));
    };
    for args in [&["update"][..], &install] {
        let mut c = as_root();
        c.args(args);
        println!("setup: $ {}", cmd::display(&c));
        cmd::run(&mut c)?;
    }
    Ok(())
}

/// How to start apt-get as root, non-interactively: directly when we are
/// root, else through sudo; `None` when neither is possible.
fn root_runner() -> Option<fn() -> Command> {
    fn direct() -> Command {
        let mut c = Command::new("apt-get");
        c.env("DEBIAN_FRONTEND", "noninteractive");
        c
    }
    fn sudo() -> Command {
        let mut c = Command::new("sudo");
        c.args(["DEBIAN_FRONTEND=noninteractive", "apt-get"]);
        c
    }
    if is_root() {
        Some(direct)
    } else if cmd::on_path("sudo") {
        Some(sudo)
    } else {
        None
    }
}

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .stderr(std::process::Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success() && o.stdout.trim_ascii() == b"install ok installed")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

fn rustup_components() -> Result {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let missing: Vec<&str> = RUSTUP_COMPONENTS
        .iter()
        .filter(|c| !cmd::succeeds(&cargo, c.check))
        .map(|c| c.name)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !cmd::on_path("rustup") {
        return Err(Failure::new(format!(
            "missing Rust components ({}) and no rustup to install them with",
            missing.join(", ")
        )));
    }
    let mut c = Command::new("rustup");
    c.args(["component", "add"]).args(&missing);
    println!("setup: $ {}", cmd::display(&c));
    cmd::run(&mut c)
}

fn cargo_tools() -> Result {
    for (krate, binary) in CARGO_TOOLS {
        if cmd::on_path(binary) || cargo_bin_dir().join(binary).is_file() {
            continue;
        }
        // Its own target dir: installing must not disturb the workspace build.
        let mut c = cmd::cargo(["install", krate, "--locked"]);
        c.env("CARGO_TARGET_DIR", cmd::target_dir().join("tools"));
        println!("setup: $ {}", cmd::display(&c));
        cmd::run(&mut c)?;
    }
    Ok(())
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, else `~/.cargo/bin`.
pub fn cargo_bin_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}
