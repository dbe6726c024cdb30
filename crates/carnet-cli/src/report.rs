//! What a person reads when a command fails.
//!
//! A core error becomes `error-<code>` from errors.ftl (what happened and
//! what to do), then, if the CLI has one, `cli-hint-<code>` with the exact
//! command to type, then the technical detail (`$reason`) clearly marked as
//! being for a helper. A usage error ends with the hint to ask for help.

use carnet_i18n::Localizer;

use crate::error::CliError;
use crate::msg::Msg;

/// The stable code of a failure, for `--json` error objects.
pub fn code(e: &CliError) -> &'static str {
    match e {
        CliError::Core(core) => core.code(),
        CliError::Usage { .. } => "usage",
        CliError::PassphraseUnavailable { .. } => "passphrase-unavailable",
        CliError::PassphraseMismatch => "passphrase-mismatch",
        CliError::ReadFile { .. } => "read-file",
        CliError::NoDataDir => "no-data-dir",
        CliError::Output(_) => "output",
        CliError::Credential { code, .. } => code,
        CliError::Verdict { .. } => "verdict",
    }
}

/// The lines explaining `e`, in order.
pub fn lines(e: &CliError) -> Vec<Msg> {
    match e {
        CliError::Core(core) => core_lines(core),
        CliError::Usage { lines, command } => {
            let mut out = lines.clone();
            out.push(Msg::new("cli-error-usage-hint").text("command", command.clone()));
            out
        }
        CliError::PassphraseUnavailable { variable } => {
            vec![Msg::new("cli-error-passphrase-unavailable").text("variable", *variable)]
        }
        CliError::PassphraseMismatch => vec![Msg::new("cli-error-passphrase-mismatch")],
        CliError::ReadFile { path, reason } => vec![
            Msg::new("cli-error-read-file").text("path", path.display().to_string()),
            Msg::new("cli-error-details").text("reason", reason.clone()),
        ],
        CliError::NoDataDir => vec![Msg::new("cli-error-no-data-dir")],
        CliError::Credential { code, args, .. } => {
            let mut m = Msg::new(format!("error-{code}"));
            for (name, value) in args {
                m = m.text(name, value.clone());
            }
            vec![m]
        }
        CliError::Verdict { .. } => Vec::new(),
        CliError::Output(io) => vec![
            Msg::new("cli-error-output"),
            Msg::new("cli-error-details").text("reason", io.to_string()),
        ],
    }
}

/// The message of a core error and what follows it.
pub fn core_lines(e: &carnet_core::Error) -> Vec<Msg> {
    let code = e.code();
    let mut main = Msg::new(format!("error-{code}"));
    let mut reason = None;
    for (name, value) in e.args() {
        main = match name {
            // Numbers, so that translations can choose plural forms.
            "min" | "seconds" => {
                let n = value.parse::<i64>().unwrap_or(0);
                if name == "seconds" {
                    // Waits run up to an hour: minutes read more easily.
                    main = main.number("minutes", (n + 59) / 60);
                }
                main.number(name, n)
            }
            "reason" => {
                reason = Some(value.clone());
                main.text(name, value)
            }
            _ => main.text(name, value),
        };
    }
    let mut out = vec![main];
    out.push(Msg::new(format!("cli-hint-{code}")));
    if let Some(reason) = reason.filter(|r| !r.trim().is_empty()) {
        out.push(Msg::new("cli-error-details").text("reason", reason));
    }
    out
}

/// Formats `lines`, leaving out optional hints this language lacks.
pub fn format(loc: &Localizer, lines: &[Msg]) -> Vec<String> {
    lines
        .iter()
        .filter(|m| !m.id.starts_with("cli-hint-") || loc.has(&m.id))
        .map(|m| m.format(loc))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_core::evidence::EvidenceError;
    use carnet_core::model::InputError;
    use carnet_core::sync::SyncError;
    use carnet_core::Error;

    /// One value of every error variant of carnet-core, built the way core
    /// builds them. `variant` below fails to compile when core gains a
    /// variant, and the test fails until a value of it is listed here.
    fn every_core_error() -> Vec<Error> {
        let input = [
            InputError::Kind {
                value: "car".into(),
            },
            InputError::Date {
                value: "may".into(),
            },
            InputError::Level {
                value: "9".into(),
                kind: "qualification",
                expected: "an EQF level from 1 to 8",
            },
            InputError::Level {
                value: "x".into(),
                kind: "language",
                expected: "A1, A2, B1, B2, C1 or C2",
            },
            InputError::Level {
                value: "x".into(),
                kind: "skill",
                expected: "basic, intermediate, advanced or expert",
            },
            InputError::Country { value: "XX".into() },
            InputError::Language { value: "?".into() },
            InputError::Esco { value: "x".into() },
            InputError::Isco {
                value: "12345".into(),
            },
            InputError::Proficiency { value: "x".into() },
            InputError::Context { value: "x".into() },
            InputError::Stage { value: "x".into() },
            InputError::Field {
                value: "colour".into(),
                expected: "title, level",
            },
            InputError::Empty { field: "title" },
            InputError::DateOrder {
                from: "2020".into(),
                to: "2019".into(),
            },
            InputError::PassphraseTooShort { min: 6 },
            InputError::ImportFormat {
                reason: "not JSON".into(),
            },
        ];
        let evidence = [
            EvidenceError::NotAnImage,
            EvidenceError::UnsupportedFormat {
                format: "GIF".into(),
            },
            EvidenceError::Damaged {
                reason: "cut".into(),
            },
            EvidenceError::TooLarge {
                width: 20000,
                height: 10,
            },
            EvidenceError::FileTooBig { bytes: 40 << 20 },
            EvidenceError::EncodeFailed { reason: "x".into() },
            EvidenceError::NotAudio,
            EvidenceError::AudioIsVideo,
            EvidenceError::AudioTooBig { bytes: 6 << 20 },
            EvidenceError::AudioDamaged {
                reason: "cut".into(),
            },
            EvidenceError::NotEvidence,
        ];
        let mut all = vec![
            Error::WrongPassphrase,
            Error::TooManyAttempts { wait_secs: 90 },
            Error::TooManyAttempts { wait_secs: 30 },
            Error::DamagedKeyFile {
                reason: "bad".into(),
            },
            Error::DamagedDatabase {
                reason: "bad".into(),
            },
            Error::TooNew {
                what: "key-file",
                found: 9,
            },
            Error::TooNew {
                what: "database",
                found: 9,
            },
            Error::TooNew {
                what: "document",
                found: 9,
            },
            Error::TooNew {
                what: "export-file",
                found: 9,
            },
            Error::NoLogbook,
            Error::AlreadyExists,
            Error::NotFound("abcd".into()),
            Error::Ambiguous("abcd".into()),
            Error::DiskFull,
            Error::Io("permission denied".into()),
            Error::TaxonomyMissing {
                path: "/opt/carnet/esco.sqlite".into(),
            },
            Error::TaxonomyDamaged {
                reason: "bad".into(),
            },
            Error::TooNew {
                what: "taxonomy",
                found: 9,
            },
            Error::UnknownConcept("abcd".into()),
            Error::NotAnOccupation("http://data.europa.eu/esco/skill/x".into()),
            Error::Internal("oops".into()),
            Error::PinFormat,
            Error::WrongPin { left: 3 },
            Error::PinLocked,
            Error::NoPin,
        ];
        let sync = [
            SyncError::BadHubAddress { url: "x".into() },
            SyncError::NoHub,
            SyncError::Unreachable {
                url: "http://127.0.0.1:9".into(),
                reason: "refused".into(),
            },
            SyncError::Refused,
            SyncError::UnknownLogbook,
            SyncError::RateLimited {
                retry_after_secs: 30,
            },
            SyncError::HubFull,
            SyncError::HubError {
                status: 500,
                code: "x".into(),
            },
            SyncError::Protocol("x".into()),
            SyncError::Forged,
            SyncError::BadPlaintext,
            SyncError::Incomplete,
            SyncError::UnknownEpoch { epoch: 2 },
            SyncError::RolledBack {
                latest: 1,
                cursor: 5,
            },
            SyncError::PairingCode,
            SyncError::PairingExpired,
            SyncError::PairingTaken,
            SyncError::PairingRefused,
            SyncError::RecoveryCode,
            SyncError::RecoveryWords {
                problem: "count",
                position: 11,
            },
            SyncError::RecoveryWords {
                problem: "unknown",
                position: 3,
            },
            SyncError::RecoveryWords {
                problem: "checksum",
                position: 0,
            },
            SyncError::RecoveryNoBox,
            SyncError::RemoveSelf,
            SyncError::Cancelled,
            SyncError::Internal("x".into()),
        ];
        all.extend(input.into_iter().map(Error::from));
        all.extend(evidence.into_iter().map(Error::from));
        all.extend(sync.into_iter().map(Error::from));
        all
    }

    /// A number per variant; exhaustive, so a new variant is noticed here.
    fn variant(e: &Error) -> usize {
        match e {
            Error::WrongPassphrase => 0,
            Error::TooManyAttempts { .. } => 1,
            Error::DamagedKeyFile { .. } => 2,
            Error::DamagedDatabase { .. } => 3,
            Error::TooNew { .. } => 4,
            Error::NoLogbook => 5,
            Error::AlreadyExists => 6,
            Error::NotFound(_) => 7,
            Error::Ambiguous(_) => 8,
            Error::DiskFull => 9,
            Error::Io(_) => 10,
            Error::Internal(_) => 11,
            Error::TaxonomyMissing { .. } => 12,
            Error::TaxonomyDamaged { .. } => 13,
            Error::UnknownConcept(_) => 14,
            Error::NotAnOccupation(_) => 15,
            Error::PinFormat => 16,
            Error::WrongPin { .. } => 17,
            Error::PinLocked => 18,
            Error::NoPin => 19,
            Error::Input(i) => {
                100 + match i {
                    InputError::Kind { .. } => 0,
                    InputError::Date { .. } => 1,
                    InputError::Level { .. } => 2,
                    InputError::Country { .. } => 3,
                    InputError::Language { .. } => 4,
                    InputError::Esco { .. } => 5,
                    InputError::Isco { .. } => 6,
                    InputError::Proficiency { .. } => 7,
                    InputError::Context { .. } => 8,
                    InputError::Stage { .. } => 9,
                    InputError::Field { .. } => 10,
                    InputError::Empty { .. } => 11,
                    InputError::DateOrder { .. } => 12,
                    InputError::PassphraseTooShort { .. } => 13,
                    InputError::ImportFormat { .. } => 14,
                }
            }
            Error::Sync(v) => {
                300 + match v {
                    SyncError::BadHubAddress { .. } => 0,
                    SyncError::NoHub => 1,
                    SyncError::Unreachable { .. } => 2,
                    SyncError::Refused => 3,
                    SyncError::UnknownLogbook => 4,
                    SyncError::RateLimited { .. } => 5,
                    SyncError::HubFull => 6,
                    SyncError::HubError { .. } => 7,
                    SyncError::Protocol(_) => 8,
                    SyncError::Forged => 9,
                    SyncError::BadPlaintext => 10,
                    SyncError::Incomplete => 11,
                    SyncError::UnknownEpoch { .. } => 12,
                    SyncError::RolledBack { .. } => 13,
                    SyncError::PairingCode => 14,
                    SyncError::PairingExpired => 15,
                    SyncError::PairingTaken => 16,
                    SyncError::PairingRefused => 17,
                    // The recovery sheet's errors, numbered apart (40…).
                    SyncError::RecoveryCode => 40,
                    SyncError::RecoveryWords { .. } => 41,
                    SyncError::RecoveryNoBox => 42,
                    SyncError::Internal(_) => 18,
                    SyncError::RemoveSelf => 19,
                    SyncError::Cancelled => 20,
                }
            }
            Error::Evidence(v) => {
                200 + match v {
                    EvidenceError::NotAnImage => 0,
                    EvidenceError::UnsupportedFormat { .. } => 1,
                    EvidenceError::Damaged { .. } => 2,
                    EvidenceError::TooLarge { .. } => 3,
                    EvidenceError::FileTooBig { .. } => 4,
                    EvidenceError::EncodeFailed { .. } => 5,
                    EvidenceError::NotAudio => 6,
                    EvidenceError::AudioIsVideo => 7,
                    EvidenceError::AudioTooBig { .. } => 8,
                    EvidenceError::AudioDamaged { .. } => 9,
                    EvidenceError::NotEvidence => 10,
                }
            }
        }
    }

    fn english() -> Localizer {
        Localizer::new(&["en"]).for_terminal()
    }

    #[test]
    fn the_sample_list_has_every_variant() {
        let seen: std::collections::BTreeSet<usize> =
            every_core_error().iter().map(variant).collect();
        let expected: std::collections::BTreeSet<usize> = (0..20)
            .chain(100..115)
            .chain(200..211)
            .chain(300..321)
            .chain(340..343)
            .collect();
        assert_eq!(
            seen, expected,
            "add a value of the new variant to every_core_error"
        );
    }

    #[test]
    fn every_core_error_code_has_a_message() {
        let loc = english();
        let missing: Vec<String> = every_core_error()
            .iter()
            .map(|e| format!("error-{}", e.code()))
            .filter(|id| !loc.has(id))
            .collect();
        assert!(
            missing.is_empty(),
            "add to locales/en/errors.ftl: {missing:?}"
        );
    }

    #[test]
    fn every_core_error_message_gets_all_its_arguments() {
        let loc = english();
        for e in every_core_error() {
            for line in format(&loc, &core_lines(&e)) {
                // Fluent marks a missing argument as {$name}.
                assert!(!line.contains("{$"), "{}: {line}", e.code());
                assert!(!line.trim().is_empty(), "{}", e.code());
            }
        }
    }

    #[test]
    fn the_wait_is_said_in_minutes() {
        let loc = english();
        let lines = format(&loc, &core_lines(&Error::TooManyAttempts { wait_secs: 90 }));
        assert!(lines[0].contains("2 minutes"), "{lines:?}");
    }

    #[test]
    fn every_error_has_a_nonzero_exit_code_from_the_table() {
        for e in every_core_error() {
            let code = crate::exit::exit_code(&e);
            assert!((1..=13).contains(&code), "{}: {code}", e.code());
        }
        assert_eq!(
            crate::exit::exit_code(&Error::WrongPassphrase),
            crate::exit::WRONG_PASSPHRASE
        );
        assert_eq!(crate::exit::HUB_UNREACHABLE, 11);
        assert!(!crate::exit::VERIFY_VERDICTS.contains(&crate::exit::HUB_UNREACHABLE));
    }

    #[test]
    fn cli_errors_have_messages() {
        let loc = english();
        let errors = [
            CliError::Usage {
                lines: vec![Msg::new("cli-error-usage")],
                command: "carnet add".into(),
            },
            CliError::PassphraseUnavailable {
                variable: "CARNET_PASSPHRASE",
            },
            CliError::PassphraseMismatch,
            CliError::ReadFile {
                path: "x.jpg".into(),
                reason: "gone".into(),
            },
            CliError::NoDataDir,
            CliError::Output(std::io::Error::other("full")),
        ];
        for e in errors {
            for m in lines(&e) {
                assert!(loc.has(&m.id), "missing {}", m.id);
                assert!(!m.format(&loc).contains("{$"), "{}", m.id);
            }
        }
    }
}
