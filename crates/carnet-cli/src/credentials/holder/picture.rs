//! QR pictures the holder writes (`present`, `request`): PNG or SVG, told
//! by the file name, so the person says what they want once and both
//! commands agree on what a name means.

use std::path::Path;

use carnet_credential::qr::{RenderedQr, DEFAULT_MODULE_PX};

use crate::credentials::errors::{self as lib_errors, Carried};
use crate::error::CliError;

/// A picture format the holder commands write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Png,
    Svg,
}

/// The picture format named by `path`'s extension (any case), or `None`
/// when it names none: `present` refuses such a name, `request` writes
/// its CBOR file there.
pub fn picture_of(path: &Path) -> Option<Picture> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("png") => Some(Picture::Png),
        Some("svg") => Some(Picture::Svg),
        _ => None,
    }
}

/// The bytes of `qr` as a `format` picture, at the default module size.
pub fn picture_bytes(
    qr: &RenderedQr,
    format: Picture,
    carried: Carried,
) -> Result<Vec<u8>, CliError> {
    match format {
        Picture::Png => qr.to_png(DEFAULT_MODULE_PX),
        Picture::Svg => qr.to_svg(DEFAULT_MODULE_PX).map(String::into_bytes),
    }
    .map_err(|e| lib_errors::qr(&e, carried))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_extension() {
        assert_eq!(picture_of(Path::new("a/qr.PNG")), Some(Picture::Png));
        assert_eq!(picture_of(Path::new("qr.svg")), Some(Picture::Svg));
        assert_eq!(picture_of(Path::new("qr.jpg")), None);
        assert_eq!(picture_of(Path::new("req.cbor")), None);
        assert_eq!(picture_of(Path::new("qr")), None);
    }
}
