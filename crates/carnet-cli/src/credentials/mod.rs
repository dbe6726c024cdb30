//! Credential commands (docs/credential-format.md): `holder` for what a
//! person does with their own logbook (request, receive, present), `issuer`
//! for trainers, employers and centres who endorse, and for anyone who
//! verifies. Each part declares its own subcommands and dispatch, so
//! `cli.rs` and `commands/mod.rs` only hook them in.

pub mod holder;
pub mod issuer;
