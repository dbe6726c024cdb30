//! `carnet init`: create a logbook in the data folder.

use carnet_core::Logbook;

use crate::error::CliError;
use crate::msg::Msg;
use crate::passphrase;
use crate::session::Session;

pub fn run(s: &Session<'_>) -> Result<(), CliError> {
    // Before the passphrase is chosen: typing it twice for nothing is
    // discouraging.
    if Logbook::exists(&s.data_dir) {
        return Err(carnet_core::Error::AlreadyExists.into());
    }
    let pass = passphrase::new_for_init(s.loc)?;
    Logbook::create(&s.data_dir, &pass)?;
    // The full path: the person (or a helper) may need to find it to make
    // a backup.
    let dir = std::fs::canonicalize(&s.data_dir).unwrap_or_else(|_| s.data_dir.clone());
    let dir = dir.display().to_string();
    if s.out.json {
        return s
            .out
            .json(&serde_json::json!({ "created": true, "data_dir": dir }));
    }
    s.out
        .line(&Msg::new("cli-init-done").text("dir", dir).format(s.loc))?;
    s.out.line(&s.msg("cli-init-next"))
}
