//! carnet-credential's errors as CLI errors, the same for holders, issuers
//! and verifiers: the library's stable `code()` names the Fluent message
//! (`error-<code>` in `locales/en/credentials-common.ftl`) and the `--json`
//! code, and a few named values fill it. One library error has one code
//! and one message whichever command meets it, so a script (or a helper
//! reading a screenshot) need not know which side of the exchange it is on.
//! Situations only one side has (a credential naming an entry that is no
//! longer in the logbook, a bundle from an anchor not yet trusted) keep
//! codes of their own in `holder/` and `issuer/`.
//!
//! The library's English `Display` text is never shown: it is for logs.

use carnet_credential::qr::QrError;
use carnet_credential::Error as E;

use crate::error::CliError;
use crate::exit;

/// A credential, request or text-codec error. Every one is about something
/// the person gave (a file, a text, an option), hence exit 3.
pub fn credential(e: &E) -> CliError {
    let args = match e {
        E::EntryCount { found, max } => {
            vec![("found", found.to_string()), ("max", max.to_string())]
        }
        E::NoSuchEntry { index } | E::DuplicateEntry { index } => {
            vec![("index", index.to_string())]
        }
        E::InvalidField { field, .. } => vec![("field", (*field).to_string())],
        // `what` and `expected` are keywords ("request", "credential",
        // "text"); the message selects its wording by them.
        E::Malformed { what, .. } | E::NewerVersion { what, .. } => {
            vec![("what", (*what).to_string())]
        }
        E::WrongFile { expected } => vec![("expected", (*expected).to_string())],
        E::InvalidKey
        | E::BadSignature
        | E::NotYourCredential
        | E::WrongPrefix
        | E::Base45
        | E::Zlib
        | E::TooLarge { .. } => Vec::new(),
    };
    CliError::Credential {
        code: e.code(),
        args,
        exit: exit::INVALID_INPUT,
    }
}

/// What a QR code carries, for the advice of a code too large to render.
#[derive(Debug, Clone, Copy)]
pub enum Carried {
    /// A presentation (`carnet present`): select fewer entries or fields.
    Presentation,
    /// A request (`carnet request`): fewer entries, or a `.cbor` file.
    Request,
    /// A picture being read (`carnet verify`, `carnet endorse`).
    Picture,
}

impl Carried {
    fn keyword(self) -> &'static str {
        match self {
            Carried::Presentation => "presentation",
            Carried::Request => "request",
            Carried::Picture => "picture",
        }
    }
}

/// A QR code that cannot be rendered or read. Rendering failures other
/// than "too large" can only come from text this program made, so they
/// are bugs (exit 1); the rest is about the person's input (exit 3).
pub fn qr(e: &QrError, carried: Carried) -> CliError {
    let args = match e {
        QrError::ImageTooLarge { width, height, .. } => {
            vec![("width", width.to_string()), ("height", height.to_string())]
        }
        QrError::TooLarge {
            chars,
            capacity,
            max_version,
            ec,
            ..
        } => vec![
            ("chars", chars.to_string()),
            ("capacity", capacity.to_string()),
            ("version", max_version.to_string()),
            ("ec", ec.to_string()),
            ("what", carried.keyword().to_string()),
        ],
        _ => Vec::new(),
    };
    let code = match e {
        QrError::Render(_)
        | QrError::NotAlphanumeric { .. }
        | QrError::BadVersion(_)
        | QrError::BadModuleSize(_) => exit::INTERNAL,
        _ => exit::INVALID_INPUT,
    };
    CliError::Credential {
        code: e.code(),
        args,
        exit: code,
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use carnet_credential::qr::EcLevel;

    /// One value of every library error variant (credential and QR) that a
    /// credential command can meet, in every form its message selects on.
    pub fn every_library_error() -> Vec<CliError> {
        let mut cred = vec![
            E::InvalidField {
                field: "title",
                detail: "x".into(),
            },
            E::EntryCount { found: 0, max: 64 },
            E::InvalidKey,
            E::BadSignature,
            E::NotYourCredential,
            E::NoSuchEntry { index: 3 },
            E::DuplicateEntry { index: 3 },
            E::WrongPrefix,
            E::Base45,
            E::Zlib,
            E::TooLarge { limit: 1 },
        ];
        for what in ["request", "credential", "text", "presentation"] {
            cred.push(E::Malformed {
                what,
                detail: "x".into(),
            });
            cred.push(E::WrongFile { expected: what });
            cred.push(E::NewerVersion { what, found: 9 });
        }
        let mut all: Vec<CliError> = cred.iter().map(credential).collect();
        let qrs = [
            QrError::NotAlphanumeric {
                position: 1,
                character: 'a',
            },
            QrError::BadVersion(41),
            QrError::BadModuleSize(0),
            QrError::NotAnImage,
            QrError::ImageTooLarge {
                width: 9,
                height: 9,
                max_pixels: 1,
            },
            QrError::NotFound,
            QrError::Render("x".into()),
        ];
        for carried in [Carried::Presentation, Carried::Request, Carried::Picture] {
            all.extend(qrs.iter().map(|e| qr(e, carried)));
            let too_large = QrError::TooLarge {
                chars: 5000,
                capacity: 1451,
                max_version: 25,
                needed_version: None,
                ec: EcLevel::M,
            };
            all.push(qr(&too_large, carried));
        }
        all
    }

    #[test]
    fn every_library_error_has_an_english_message_with_its_arguments() {
        let loc = carnet_i18n::Localizer::new(&["en"]).for_terminal();
        for e in every_library_error() {
            for m in crate::report::lines(&e) {
                assert!(loc.has(&m.id), "add {} to credentials-common.ftl", m.id);
                let text = m.format(&loc);
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{}: {text}",
                    m.id
                );
            }
        }
    }

    #[test]
    fn the_same_library_error_reads_the_same_on_every_side() {
        // What the holder's `receive` and the issuer's `endorse` show for a
        // file from a newer Carnet: one code, one message.
        let loc = carnet_i18n::Localizer::new(&["en"]).for_terminal();
        let e = credential(&E::NewerVersion {
            what: "credential",
            found: 3,
        });
        assert_eq!(crate::report::code(&e), "credential-newer-version");
        let text: Vec<String> = crate::report::lines(&e)
            .iter()
            .map(|m| m.format(&loc))
            .collect();
        assert!(text.join(" ").contains("newer Carnet"), "{text:?}");
        let big = qr(
            &QrError::TooLarge {
                chars: 2000,
                capacity: 1451,
                max_version: 25,
                needed_version: None,
                ec: EcLevel::M,
            },
            Carried::Request,
        );
        let text = crate::report::lines(&big)[0].format(&loc);
        assert!(text.contains("2000") || text.contains("2,000"), "{text}");
        assert!(text.contains(".cbor"), "{text}");
    }
}
