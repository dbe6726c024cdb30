//! Errors as they cross IPC: a stable code and named arguments, never
//! English text. The UI shows the Fluent message `error-<code>`.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

/// An error sent to the UI. `code` is carnet-core's `Error::code` or one
/// of the app's own codes ([`IpcError::LOCKED`], [`IpcError::INTERNAL`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl IpcError {
    /// A command that needs the open logbook was called while locked.
    pub const LOCKED: &'static str = "locked";
    pub const INTERNAL: &'static str = "internal";

    pub fn new(code: &str) -> IpcError {
        IpcError {
            code: code.to_string(),
            args: BTreeMap::new(),
        }
    }

    pub fn locked() -> IpcError {
        IpcError::new(Self::LOCKED)
    }

    /// A bug or a lost worker thread; the reason goes in `args` for reports.
    pub fn internal(reason: impl Into<String>) -> IpcError {
        let mut e = IpcError::new(Self::INTERNAL);
        e.args.insert("reason".into(), reason.into());
        e
    }
}

impl From<carnet_core::Error> for IpcError {
    fn from(e: carnet_core::Error) -> IpcError {
        let mut args: BTreeMap<String, String> = e
            .args()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        // The message counts the wait in whole minutes, as the CLI does.
        if let carnet_core::Error::TooManyAttempts { wait_secs } = e {
            args.insert("minutes".into(), wait_secs.div_ceil(60).to_string());
        }
        IpcError {
            code: e.code().to_string(),
            args,
        }
    }
}

impl From<carnet_core::sync::SyncError> for IpcError {
    fn from(e: carnet_core::sync::SyncError) -> IpcError {
        carnet_core::Error::from(e).into()
    }
}

impl From<carnet_core::model::InputError> for IpcError {
    fn from(e: carnet_core::model::InputError) -> IpcError {
        carnet_core::Error::from(e).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_keep_their_code_and_args() {
        let e = IpcError::from(carnet_core::Error::NotFound("3f2a".into()));
        assert_eq!(e.code, "not-found");
        assert_eq!(e.args.get("id").map(String::as_str), Some("3f2a"));
    }

    #[test]
    fn a_wait_is_also_given_in_minutes() {
        let e = IpcError::from(carnet_core::Error::TooManyAttempts { wait_secs: 61 });
        assert_eq!(e.code, "too-many-attempts");
        assert_eq!(e.args.get("minutes").map(String::as_str), Some("2"));
        assert_eq!(e.args.get("seconds").map(String::as_str), Some("61"));
    }

    #[test]
    fn errors_serialize_as_code_and_args() {
        let json = serde_json::to_value(IpcError::locked()).expect("json");
        assert_eq!(json, serde_json::json!({"code": "locked", "args": {}}));
    }
}
