//! The other people of a credential exchange, played by the real `carnet`
//! binary in their own data folders: a college that endorses, and a
//! network of centres whose trust list vouches for it. Shared by the
//! credential tests so that each says only what it checks.

use std::path::{Path, PathBuf};

use crate::ok;

/// The college's name as its credentials carry it.
pub const COLLEGE: &str = "Aleppo Technical College";

/// A path as the command line takes it.
pub fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Makes the college's issuer key in `dir`; returns its public details
/// (`carnet issuer show --json`), also written to `<dir>.json` for
/// `carnet trust bundle --issuer`.
pub fn college(dir: &Path) -> (serde_json::Value, PathBuf) {
    ok(
        dir,
        &[
            "issuer",
            "init",
            "--name",
            COLLEGE,
            "--country",
            "SY",
            "--kind",
            "college",
        ],
    );
    let shown = ok(dir, &["issuer", "show", "--json"]);
    let file = dir.with_extension("json");
    std::fs::write(&file, &shown).expect("write the issuer file");
    (
        serde_json::from_str(&shown).expect("issuer show --json"),
        file,
    )
}

/// The college signs a request file; returns the credential file.
pub fn endorse(college: &Path, request: &Path, out: &Path) {
    ok(
        college,
        &[
            "endorse",
            arg(request),
            "--assessed-by",
            "test",
            "--out",
            arg(out),
        ],
    );
}

/// What a network of centres publishes.
#[derive(Debug)]
pub struct Network {
    /// Its anchor key, hex (`carnet trust anchor add KEY`).
    pub key: String,
    /// `carnet trust anchor show --json`, as a file.
    pub anchor_json: PathBuf,
    /// Its signed trust list naming the issuers given.
    pub bundle: PathBuf,
}

/// A network of centres in `dir` that vouches for `issuers` (their
/// `issuer show --json` files).
pub fn network(dir: &Path, issuers: &[&Path]) -> Network {
    ok(
        dir,
        &["trust", "anchor", "init", "--name", "Centres network"],
    );
    let shown = ok(dir, &["trust", "anchor", "show", "--json"]);
    let anchor_json = dir.with_extension("anchor.json");
    std::fs::write(&anchor_json, &shown).expect("write the anchor file");
    let anchor: serde_json::Value = serde_json::from_str(&shown).expect("anchor show --json");
    let bundle = dir.with_extension("bundle.cbor");
    let mut args = vec!["trust", "bundle"];
    for i in issuers {
        args.extend(["--issuer", arg(i)]);
    }
    args.extend(["--out", arg(&bundle)]);
    ok(dir, &args);
    Network {
        key: anchor["public_key"]
            .as_str()
            .expect("anchor key")
            .to_string(),
        anchor_json,
        bundle,
    }
}

/// A verifier in `dir` trusts the network and imports its trust list.
pub fn trust(dir: &Path, network: &Network) {
    ok(
        dir,
        &[
            "trust",
            "anchor",
            "add",
            &network.key,
            "--name",
            "Centres network",
        ],
    );
    ok(dir, &["trust", "import", arg(&network.bundle)]);
}
