//! Rendering: the lowest QR version that holds the text in alphanumeric
//! mode, as PNG or SVG.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, Luma};
use qrcode::bits::Bits;
use qrcode::types::Mode;
use qrcode::{QrCode, Version};

use super::{EcLevel, QrError};

/// Quiet zone around the code, in modules: ISO 18004 asks for 4, and
/// decoders miss codes pressed against the edge of a screenshot.
pub const QUIET_ZONE_MODULES: u32 = 4;

/// Default module size in pixels: 8 px keeps a version-25 code (117
/// modules + quiet zone = 1,000 px) sharp on a phone screen.
pub const DEFAULT_MODULE_PX: u32 = 8;

/// Largest module size accepted: beyond it pictures only get bigger.
const MAX_MODULE_PX: u32 = 64;

/// The highest QR version that exists.
const MAX_QR_VERSION: u8 = 40;

/// A QR code that holds the text, with the version and level chosen.
pub struct RenderedQr {
    code: QrCode,
    version: u8,
    ec: EcLevel,
    chars: usize,
}

impl std::fmt::Debug for RenderedQr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RenderedQr")
            .field("version", &self.version)
            .field("ec", &self.ec)
            .field("chars", &self.chars)
            .finish()
    }
}

/// Renders `text` as the lowest QR version (up to `max_version`) that holds
/// it in alphanumeric mode at level `ec`.
///
/// Refuses characters outside the alphanumeric set (Base45 and the `CN1:`
/// prefix never have any) and text that needs a version above
/// `max_version`; it never truncates, so the caller can offer fewer items.
pub fn render(text: &str, ec: EcLevel, max_version: u8) -> Result<RenderedQr, QrError> {
    if !(1..=MAX_QR_VERSION).contains(&max_version) {
        return Err(QrError::BadVersion(max_version));
    }
    check_alphanumeric(text)?;
    let chars = text.len();
    let needed = (1..=MAX_QR_VERSION).find(|&v| alphanumeric_capacity(v, ec) >= chars);
    match needed {
        Some(version) if version <= max_version => {
            let code = encode(text, version, ec)?;
            Ok(RenderedQr {
                code,
                version,
                ec,
                chars,
            })
        }
        _ => Err(QrError::TooLarge {
            chars,
            capacity: alphanumeric_capacity(max_version, ec),
            max_version,
            needed_version: needed,
            ec,
        }),
    }
}

/// How many alphanumeric characters a QR code of `version` holds at `ec`
/// (0 for a version that does not exist).
///
/// Computed from the data bits of the version (ISO 18004 table 7) minus the
/// mode indicator and character count: 11 bits per pair, 6 for a last one.
pub fn alphanumeric_capacity(version: u8, ec: EcLevel) -> usize {
    if !(1..=MAX_QR_VERSION).contains(&version) {
        return 0;
    }
    let qr_version = Version::Normal(i16::from(version));
    let Ok(data_bits) = Bits::new(qr_version).max_len(ec.to_qrcode()) else {
        return 0;
    };
    let header = 4 + Mode::Alphanumeric.length_bits_count(qr_version);
    let bits = data_bits.saturating_sub(header);
    bits / 11 * 2 + usize::from(bits % 11 >= 6)
}

/// Checks every character is in the QR alphanumeric set
/// (`0-9 A-Z space $ % * + - . / :`).
fn check_alphanumeric(text: &str) -> Result<(), QrError> {
    match text.chars().enumerate().find(|(_, c)| !is_alphanumeric(*c)) {
        Some((position, character)) => Err(QrError::NotAlphanumeric {
            position,
            character,
        }),
        None => Ok(()),
    }
}

fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_digit() || c.is_ascii_uppercase() || " $%*+-./:".contains(c)
}

/// Encodes the text in one alphanumeric segment at exactly `version`.
fn encode(text: &str, version: u8, ec: EcLevel) -> Result<QrCode, QrError> {
    let mut bits = Bits::new(Version::Normal(i16::from(version)));
    let to_error = |e: qrcode::types::QrError| QrError::Render(e.to_string());
    bits.push_alphanumeric_data(text.as_bytes())
        .map_err(to_error)?;
    bits.push_terminator(ec.to_qrcode()).map_err(to_error)?;
    QrCode::with_bits(bits, ec.to_qrcode()).map_err(to_error)
}

fn check_module_px(module_px: u32) -> Result<(), QrError> {
    if (1..=MAX_MODULE_PX).contains(&module_px) {
        Ok(())
    } else {
        Err(QrError::BadModuleSize(module_px))
    }
}

impl RenderedQr {
    /// The QR version chosen (1 to 40).
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The error correction level.
    pub fn ec_level(&self) -> EcLevel {
        self.ec
    }

    /// Length of the encoded text, in characters.
    pub fn chars(&self) -> usize {
        self.chars
    }

    /// Width of the code in modules, without the quiet zone.
    pub fn width_modules(&self) -> usize {
        self.code.width()
    }

    /// Width of the picture in pixels, quiet zone included.
    pub fn width_px(&self, module_px: u32) -> u32 {
        let modules = u32::try_from(self.code.width()).unwrap_or(u32::MAX);
        modules
            .saturating_add(2 * QUIET_ZONE_MODULES)
            .saturating_mul(module_px)
    }

    /// Black on white, `module_px` pixels per module, 4-module quiet zone.
    pub fn to_luma(&self, module_px: u32) -> Result<GrayImage, QrError> {
        check_module_px(module_px)?;
        Ok(self
            .code
            .render::<Luma<u8>>()
            .quiet_zone(true)
            .module_dimensions(module_px, module_px)
            .build())
    }

    /// The code drawn with Unicode half blocks, two modules per character
    /// row, light on dark as terminals usually are; a phone camera reads
    /// it from the screen.
    pub fn to_terminal(&self) -> String {
        use qrcode::render::unicode::Dense1x2;
        self.code
            .render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build()
    }

    /// PNG bytes (8-bit grayscale), `module_px` pixels per module.
    pub fn to_png(&self, module_px: u32) -> Result<Vec<u8>, QrError> {
        let image = self.to_luma(module_px)?;
        let mut out = Cursor::new(Vec::new());
        image
            .write_to(&mut out, ImageFormat::Png)
            .map_err(|e| QrError::Render(e.to_string()))?;
        Ok(out.into_inner())
    }

    /// A standalone SVG document, `module_px` user units per module.
    pub fn to_svg(&self, module_px: u32) -> Result<String, QrError> {
        check_module_px(module_px)?;
        Ok(self
            .code
            .render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .module_dimensions(module_px, module_px)
            .build())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_matches_iso_table() {
        // Reference table (ISO 18004), alphanumeric column.
        assert_eq!(alphanumeric_capacity(13, EcLevel::M), 483);
        assert_eq!(alphanumeric_capacity(13, EcLevel::Q), 352);
        assert_eq!(alphanumeric_capacity(19, EcLevel::M), 909);
        assert_eq!(alphanumeric_capacity(19, EcLevel::Q), 644);
        assert_eq!(alphanumeric_capacity(22, EcLevel::M), 1134);
        assert_eq!(alphanumeric_capacity(25, EcLevel::M), 1451);
        assert_eq!(alphanumeric_capacity(25, EcLevel::Q), 1041);
        assert_eq!(alphanumeric_capacity(40, EcLevel::M), 3391);
        assert_eq!(alphanumeric_capacity(0, EcLevel::M), 0);
        assert_eq!(alphanumeric_capacity(41, EcLevel::M), 0);
    }

    #[test]
    fn chooses_lowest_version_at_the_boundary() {
        let fits = "A".repeat(483);
        let qr = render(&fits, EcLevel::M, 25).expect("fits V13");
        assert_eq!((qr.version(), qr.ec_level()), (13, EcLevel::M));
        let one_more = "A".repeat(484);
        assert_eq!(
            render(&one_more, EcLevel::M, 25).map(|q| q.version()),
            Ok(14)
        );
        assert_eq!(qr.width_modules(), 69);
        assert_eq!(qr.width_px(8), (69 + 8) * 8);
    }

    #[test]
    fn refuses_too_large_without_truncating() {
        let text = "B".repeat(1042);
        let err = render(&text, EcLevel::Q, 25).expect_err("too large");
        assert_eq!(
            err,
            QrError::TooLarge {
                chars: 1042,
                capacity: 1041,
                max_version: 25,
                needed_version: Some(26),
                ec: EcLevel::Q
            }
        );
        assert_eq!(err.code(), "qr-too-large");
        let huge = "C".repeat(5000);
        let err = render(&huge, EcLevel::M, 40).expect_err("too large");
        assert!(matches!(
            err,
            QrError::TooLarge {
                needed_version: None,
                ..
            }
        ));
    }

    #[test]
    fn refuses_non_alphanumeric() {
        let err = render("CN1:abc", EcLevel::M, 25).expect_err("lowercase");
        assert_eq!(
            err,
            QrError::NotAlphanumeric {
                position: 4,
                character: 'a'
            }
        );
        assert_eq!(err.code(), "qr-not-alphanumeric");
        assert!(render("CN1:É", EcLevel::M, 25).is_err());
        assert!(render("CN1: $%*+-./:09AZ", EcLevel::M, 25).is_ok());
    }

    #[test]
    fn refuses_bad_parameters() {
        assert_eq!(
            render("A", EcLevel::M, 0).map(|q| q.version()),
            Err(QrError::BadVersion(0))
        );
        assert_eq!(
            render("A", EcLevel::M, 41).map(|q| q.version()),
            Err(QrError::BadVersion(41))
        );
        let qr = render("A", EcLevel::M, 1).expect("fits");
        assert_eq!(
            qr.to_png(0).map(|p| p.len()),
            Err(QrError::BadModuleSize(0))
        );
        assert!(qr.to_svg(65).is_err());
    }

    #[test]
    fn png_and_svg_have_quiet_zone() {
        let qr = render("CN1:HELLO", EcLevel::Q, 25).expect("fits");
        let png = qr.to_png(8).expect("png");
        let image = image::load_from_memory(&png).expect("decodes").to_luma8();
        assert_eq!(image.width(), qr.width_px(8));
        // The quiet zone is white; the finder pattern's corner is black.
        assert_eq!(image.get_pixel(31, 31).0, [255]);
        assert_eq!(image.get_pixel(32, 32).0, [0]);
        let svg = qr.to_svg(8).expect("svg");
        assert!(svg.starts_with("<?xml"));
        assert!(svg.contains(&format!("width=\"{}\"", qr.width_px(8))));
    }
}
