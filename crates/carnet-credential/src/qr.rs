//! QR presentations: render a `CN1:` payload as the smallest QR code that
//! holds it, and read it back from a screenshot or a phone photo.
//!
//! The payload is Base45 behind a context prefix, so every character is in
//! the QR alphanumeric set (5.5 bits per character instead of 8 in byte
//! mode). [`render`] refuses anything else rather than silently falling
//! back to byte mode, and refuses a payload that needs a version above the
//! caller's limit rather than truncating it: the caller offers fewer items.
//!
//! [`decode_image`] uses rxing (a Rust port of ZXing) and retries on a few
//! preprocessed variants of the picture; phone photos are blurred, noisy,
//! tilted and low in contrast, and one binarisation does not fit them all.

mod decode;
#[doc(hidden)]
pub mod degrade;
mod render;

#[doc(hidden)]
pub use decode::decode_luma_once;
pub use decode::{decode_image, decode_luma, MAX_IMAGE_PIXELS};
pub use render::{
    alphanumeric_capacity, render, RenderedQr, DEFAULT_MODULE_PX, QUIET_ZONE_MODULES,
};

/// Error correction level of a rendered QR code.
///
/// Only the two levels Carnet uses: M (15 % recovery) on screen, Q (25 %)
/// for a printed passport that will be folded and scuffed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EcLevel {
    /// Medium: recovers about 15 % of damaged codewords.
    M,
    /// Quartile: recovers about 25 % of damaged codewords.
    Q,
}

impl EcLevel {
    /// The level's letter, as printed next to the version (e.g. "V17-Q").
    pub fn letter(self) -> char {
        match self {
            EcLevel::M => 'M',
            EcLevel::Q => 'Q',
        }
    }

    fn to_qrcode(self) -> qrcode::EcLevel {
        match self {
            EcLevel::M => qrcode::EcLevel::M,
            EcLevel::Q => qrcode::EcLevel::Q,
        }
    }
}

impl std::fmt::Display for EcLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.letter())
    }
}

/// What can go wrong while rendering or reading a QR code.
///
/// Each variant has a stable [`QrError::code`]; front ends show the Fluent
/// message `error-<code>` with the named fields as arguments.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// The text has a character outside the QR alphanumeric set.
    #[error(
        "character {character:?} at position {position} cannot be put in an alphanumeric QR code"
    )]
    NotAlphanumeric {
        /// Zero-based character index.
        position: usize,
        /// The offending character.
        character: char,
    },
    /// The text needs a bigger QR code than allowed.
    #[error("{chars} characters do not fit a QR code of version {max_version} at level {ec} (it holds {capacity})")]
    TooLarge {
        /// Length of the text, in characters.
        chars: usize,
        /// How many alphanumeric characters `max_version` holds at `ec`.
        capacity: usize,
        /// The largest version the caller allowed.
        max_version: u8,
        /// The smallest version that would hold the text, if any does (≤ 40).
        needed_version: Option<u8>,
        /// The error correction level asked for.
        ec: EcLevel,
    },
    /// The version limit is outside 1..=40.
    #[error("QR version {0} does not exist (versions are 1 to 40)")]
    BadVersion(u8),
    /// The module size is zero or would make an absurdly large picture.
    #[error("module size {0} px is out of range (1 to 64)")]
    BadModuleSize(u32),
    /// The bytes are not a PNG, JPEG or WebP picture that can be read.
    #[error("the file is not a picture that can be read (PNG, JPEG or WebP)")]
    NotAnImage,
    /// The picture is larger than we agree to decode.
    #[error("the picture is too large ({width} x {height} pixels; at most {max_pixels} pixels)")]
    ImageTooLarge {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
        /// The limit, in pixels.
        max_pixels: u64,
    },
    /// No QR code could be found or read in the picture.
    #[error("no readable QR code was found in the picture")]
    NotFound,
    /// Encoding the rendered picture failed (should not happen).
    #[error("the QR picture could not be written: {0}")]
    Render(String),
}

impl QrError {
    /// Stable identifier, used for the Fluent message `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            QrError::NotAlphanumeric { .. } => "qr-not-alphanumeric",
            QrError::TooLarge { .. } => "qr-too-large",
            QrError::BadVersion(_) => "qr-bad-version",
            QrError::BadModuleSize(_) => "qr-bad-module-size",
            QrError::NotAnImage => "qr-not-an-image",
            QrError::ImageTooLarge { .. } => "qr-image-too-large",
            QrError::NotFound => "qr-not-found",
            QrError::Render(_) => "qr-render-failed",
        }
    }
}
