//! Credential commands (docs/credential-format.md): `holder` for what a
//! person does with their own logbook (request, receive, present), `issuer`
//! for trainers, employers and centres who endorse, and for anyone who
//! verifies. Each part declares its own subcommands and dispatch, so
//! `cli.rs` and `commands/mod.rs` only hook them in.

pub(crate) mod errors;
pub mod holder;
pub mod issuer;

/// Now, in seconds since the Unix epoch. A clock before 1970 counts as 0:
/// a presentation would then look expired to a verifier, never forged.
pub(crate) fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Parses hex as people copy it (either case, spaces around ignored);
/// `None` if it is not whole bytes of hex.
pub(crate) fn from_hex(text: &str) -> Option<Vec<u8>> {
    hex::decode(text.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::from_hex;

    #[test]
    fn hex_is_parsed_strictly() {
        assert_eq!(from_hex("00ff10"), Some(vec![0, 255, 16]));
        assert_eq!(from_hex(" ABcd "), Some(vec![0xab, 0xcd]));
        for bad in ["abc", "zz", "é1", "+1"] {
            assert_eq!(from_hex(bad), None, "{bad}");
        }
    }
}
