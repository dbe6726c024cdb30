//! Errors of building, reading and presenting credentials.
//!
//! Verification never returns these: a verifier gets a [`crate::Report`]
//! with verdicts and reasons instead, because an untrusted QR code is an
//! expected input, not a failure of the program.

/// What went wrong. Messages are plain English for logs; front ends show
/// the Fluent message `error-<code>` (see [`Error::code`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The bytes are not CBOR, or not the expected CBOR shape.
    #[error("malformed {what}: {detail}")]
    Malformed {
        /// Which object was being read.
        what: &'static str,
        /// What was wrong, for logs.
        detail: String,
    },
    /// A well-formed Carnet file of another type (a request given as a credential).
    #[error("this is not a Carnet {expected} file")]
    WrongFile {
        /// The file type that was expected.
        expected: &'static str,
    },
    /// The file was written by a newer Carnet; refusing it is not damage.
    #[error(
        "this {what} was made by a newer Carnet (format version {found}); update Carnet to read it"
    )]
    NewerVersion {
        /// Which object was being read.
        what: &'static str,
        /// The version found in the file.
        found: u64,
    },
    /// A claim value breaks the rules of docs/credential-format.md §3.
    #[error("invalid value for field {field}: {detail}")]
    InvalidField {
        /// The field's name.
        field: &'static str,
        /// What was wrong.
        detail: String,
    },
    /// A request or credential must hold 1 to 64 entries.
    #[error("a request holds 1 to {max} entries, not {found}")]
    EntryCount {
        /// The number of entries given.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// A public key that is not a valid Ed25519 point.
    #[error("invalid Ed25519 public key")]
    InvalidKey,
    /// The issuer's signature on a credential file does not verify.
    #[error("the issuer's signature on this credential does not verify")]
    BadSignature,
    /// The credential was issued to another holder key.
    #[error("this credential was issued to another holder key")]
    NotYourCredential,
    /// A selection names an entry index that the credential does not have.
    #[error("entry {index} is not in this credential")]
    NoSuchEntry {
        /// The index asked for.
        index: usize,
    },
    /// A selection names one entry twice.
    #[error("entry {index} is selected twice")]
    DuplicateEntry {
        /// The index given twice.
        index: usize,
    },
    /// The text does not start with the `CN1:` prefix.
    #[error("the text does not start with CN1:")]
    WrongPrefix,
    /// The text after the prefix is not Base45.
    #[error("the text is not valid Base45")]
    Base45,
    /// The Base45 payload is not a complete zlib stream.
    #[error("the payload is not a valid zlib stream")]
    Zlib,
    /// The payload inflates beyond the limit (a decompression bomb or not ours).
    #[error("the payload inflates beyond {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
}

impl Error {
    /// Stable code for front ends (`error-<code>` in Fluent) and `--json`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Malformed { .. } => "credential-malformed",
            Error::WrongFile { .. } => "credential-wrong-file",
            Error::NewerVersion { .. } => "credential-newer-version",
            Error::InvalidField { .. } => "credential-invalid-field",
            Error::EntryCount { .. } => "credential-entry-count",
            Error::InvalidKey => "credential-invalid-key",
            Error::BadSignature => "credential-bad-signature",
            Error::NotYourCredential => "credential-not-yours",
            Error::NoSuchEntry { .. } => "credential-no-such-entry",
            Error::DuplicateEntry { .. } => "credential-duplicate-entry",
            Error::WrongPrefix => "credential-wrong-prefix",
            Error::Base45 => "credential-base45",
            Error::Zlib => "credential-zlib",
            Error::TooLarge { .. } => "credential-too-large",
        }
    }

    pub(crate) fn malformed(what: &'static str, detail: impl Into<String>) -> Self {
        Error::Malformed {
            what,
            detail: detail.into(),
        }
    }
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
