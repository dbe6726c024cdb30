//! Evidence photos: pictures of certificates, diplomas and work papers.
//!
//! A photo taken on a phone tells more than what is on the paper: EXIF GPS
//! tags can place a person at a border crossing, a camp or a safe house, and
//! camera serial numbers, names and timestamps can identify them. For the
//! people Carnet serves that can be dangerous. So Carnet never stores a photo
//! as it was given: it decodes the pixels and writes a brand-new JPEG from
//! them, which carries no EXIF, XMP, IPTC, ICC profile or comment at all.
//!
//! The same step keeps storage small (phones and memory cards fill up), makes
//! every photo upright (the orientation tag is dropped with the rest of the
//! metadata, so it is applied to the pixels first) and gives each photo a
//! content address: the SHA-256 of the stored bytes.
//!
//! Input comes from anywhere (a messenger, a download, a scan), so the module
//! treats it as hostile: the format is detected from the content, the size of
//! the picture is checked before any pixel is decoded, and nothing here panics
//! on bad input.

use std::fmt;
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits,
    RgbImage,
};
use sha2::{Digest, Sha256};

/// The long side of a stored photo, in pixels. Enough to read the small print
/// of a certificate, small enough that hundreds of photos fit on a cheap phone.
pub const MAX_LONG_SIDE: u32 = 1600;

/// The long side of a thumbnail, in pixels: big enough for a list on a
/// high-density phone screen.
pub const THUMB_LONG_SIDE: u32 = 256;

/// The largest file accepted. Phone cameras stay well below this; anything
/// bigger is more likely a mistake (a video, an archive) than a photo.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// The largest picture accepted, in pixels (40 megapixels). A few bytes of a
/// compressed file can claim a picture that needs gigabytes once decoded
/// (a "decompression bomb"); refusing it up front keeps a low-end phone alive.
pub const MAX_INPUT_PIXELS: u64 = 40_000_000;

/// The longest side accepted, in pixels, for the same reason as
/// [`MAX_INPUT_PIXELS`]: a 100 000 × 10 picture is small in pixels but not a
/// photo of a document.
pub const MAX_INPUT_SIDE: u32 = 12_000;

/// The most memory a decoder may claim for one picture (256 MiB).
const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;

/// JPEG quality of a stored photo: text stays crisp, files stay small.
const PHOTO_QUALITY: u8 = 80;

/// JPEG quality of a thumbnail: it is only for recognising the photo.
const THUMB_QUALITY: u8 = 70;

/// The longest reason text passed on from a decoder; it ends up in front of
/// a person, so it must stay short.
const MAX_REASON_CHARS: usize = 160;

/// Evidence items are typed so that later kinds (voice notes, PDFs) fit
/// without a format break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceKind {
    Photo,
}

impl EvidenceKind {
    /// The keyword stored with an evidence item; it must never change once
    /// written, or older logbooks would lose their evidence.
    pub fn as_str(&self) -> &'static str {
        match self {
            EvidenceKind::Photo => "photo",
        }
    }

    /// Reads a stored keyword back. `None` means the item was written by a
    /// newer Carnet, so the caller can keep it untouched instead of failing.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "photo" => Some(EvidenceKind::Photo),
            _ => None,
        }
    }
}

/// A photo ready to be stored: only re-encoded pixels, no metadata.
#[derive(Clone, PartialEq, Eq)]
pub struct ProcessedPhoto {
    /// Lowercase hex SHA-256 of [`ProcessedPhoto::jpeg`]; the photo's address,
    /// so the same photo added twice is stored once and tampering shows.
    pub sha256: String,
    /// The stored photo: a baseline JPEG, upright, long side at most
    /// [`MAX_LONG_SIDE`].
    pub jpeg: Vec<u8>,
    /// A small JPEG, long side at most [`THUMB_LONG_SIDE`], so lists do not
    /// decode full photos.
    pub thumbnail: Vec<u8>,
    /// Width of [`ProcessedPhoto::jpeg`] in pixels, after rotation.
    pub width: u32,
    /// Height of [`ProcessedPhoto::jpeg`] in pixels, after rotation.
    pub height: u32,
}

/// Written by hand so that logging a photo never dumps megabytes of bytes.
impl fmt::Debug for ProcessedPhoto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProcessedPhoto")
            .field("sha256", &self.sha256)
            .field("jpeg", &format_args!("{} bytes", self.jpeg.len()))
            .field("thumbnail", &format_args!("{} bytes", self.thumbnail.len()))
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

/// Why a photo could not be added. Front ends show the translated message of
/// [`EvidenceError::code`]; `Display` is the English fallback.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    #[error("this file is not a photo: Carnet accepts JPEG, PNG and WebP pictures")]
    NotAnImage,
    #[error("this is a {format} picture, which Carnet cannot use: save or export it as JPEG, PNG or WebP")]
    UnsupportedFormat { format: String },
    #[error("the photo is damaged or incomplete ({reason}); take or choose the photo again")]
    Damaged { reason: String },
    #[error(
        "the picture is too large ({width}×{height} pixels); Carnet accepts up to 40 megapixels \
         and 12000 pixels on a side, so take the photo at a lower resolution or choose a smaller copy"
    )]
    TooLarge { width: u32, height: u32 },
    #[error("the file is too big ({} MB); the limit is 32 MB", megabytes(*.bytes))]
    FileTooBig { bytes: usize },
    #[error("Carnet could not save the photo ({reason}); please try again")]
    EncodeFailed { reason: String },
}

impl EvidenceError {
    /// A stable machine code, the key of the translated message.
    pub fn code(&self) -> &'static str {
        match self {
            EvidenceError::NotAnImage => "evidence-not-an-image",
            EvidenceError::UnsupportedFormat { .. } => "evidence-unsupported-format",
            EvidenceError::Damaged { .. } => "evidence-damaged",
            EvidenceError::TooLarge { .. } => "evidence-too-large",
            EvidenceError::FileTooBig { .. } => "evidence-file-too-big",
            EvidenceError::EncodeFailed { .. } => "evidence-encode-failed",
        }
    }

    /// Named arguments for the translated message of [`EvidenceError::code`].
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            EvidenceError::NotAnImage => Vec::new(),
            EvidenceError::UnsupportedFormat { format } => vec![("format", format.clone())],
            EvidenceError::Damaged { reason } | EvidenceError::EncodeFailed { reason } => {
                vec![("reason", reason.clone())]
            }
            EvidenceError::TooLarge { width, height } => {
                vec![("width", width.to_string()), ("height", height.to_string())]
            }
            EvidenceError::FileTooBig { bytes } => vec![("megabytes", megabytes(*bytes))],
        }
    }
}

/// Mebibytes with one decimal, rounded up so that a file just over the limit
/// never reads as "32.0 MB".
fn megabytes(bytes: usize) -> String {
    const MIB: u64 = 1024 * 1024;
    let tenths = (bytes as u64).saturating_mul(10).div_ceil(MIB);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Turns whatever picture a person picked into a photo that is safe to keep.
///
/// All metadata (GPS position, camera, time, names) is dropped by decoding
/// to pixels and encoding a fresh JPEG; the EXIF orientation is applied to
/// the pixels first so the photo stays upright. The output is deterministic:
/// the same input always gives the same bytes and the same `sha256`.
pub fn process_photo(input: &[u8]) -> Result<ProcessedPhoto, EvidenceError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(EvidenceError::FileTooBig { bytes: input.len() });
    }

    // The content decides, never the file name: names lie, and a wrong guess
    // would hand the bytes to the wrong decoder.
    let format = image::guess_format(input).map_err(|_| EvidenceError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(EvidenceError::UnsupportedFormat {
            format: format_name(format),
        });
    }

    // First only the header: no width or height limit yet, so that a picture
    // that is too big is reported with its size instead of a vague failure.
    let mut reader = ImageReader::with_format(Cursor::new(input), format);
    reader.limits(alloc_limit());
    let mut decoder = reader.into_decoder().map_err(|e| decode_error(e, None))?;

    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err(EvidenceError::Damaged {
            reason: "the picture has no pixels".to_string(),
        });
    }
    if width > MAX_INPUT_SIDE
        || height > MAX_INPUT_SIDE
        || u64::from(width) * u64::from(height) > MAX_INPUT_PIXELS
        || decoder.total_bytes() > MAX_DECODE_ALLOC
    {
        return Err(EvidenceError::TooLarge { width, height });
    }
    // Belt and braces: let the decoder enforce the same bounds itself.
    decoder
        .set_limits(decode_limits())
        .map_err(|e| decode_error(e, Some((width, height))))?;

    if format == ImageFormat::Jpeg && !jpeg_is_complete(input) {
        // The JPEG decoder quietly paints missing data grey; a half-grey
        // certificate is worthless as evidence, so ask for the photo again.
        return Err(EvidenceError::Damaged {
            reason: "the picture data stops before its end".to_string(),
        });
    }

    // Broken EXIF must not cost a person their photo: it is thrown away
    // anyway, so an unreadable orientation just means "as is".
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);

    let decoded =
        DynamicImage::from_decoder(decoder).map_err(|e| decode_error(e, Some((width, height))))?;
    let rgb = flatten_to_rgb(decoded);

    // Shrinking before rotating does less work on the same result: the size
    // limit is on the long side, which a rotation keeps.
    let mut photo = DynamicImage::ImageRgb8(fit_within(rgb, MAX_LONG_SIDE));
    photo.apply_orientation(orientation);
    let photo = photo.into_rgb8();

    let jpeg = encode_jpeg(&photo, PHOTO_QUALITY)?;
    let thumb = fit_within(photo.clone(), THUMB_LONG_SIDE);
    let thumbnail = encode_jpeg(&thumb, THUMB_QUALITY)?;
    let sha256 = hex::encode(Sha256::digest(&jpeg));

    Ok(ProcessedPhoto {
        sha256,
        jpeg,
        thumbnail,
        width: photo.width(),
        height: photo.height(),
    })
}

/// A short, upper-case name a person may recognise ("GIF", "TIFF").
fn format_name(format: ImageFormat) -> String {
    format
        .extensions_str()
        .first()
        .map_or_else(|| "unknown".to_string(), |ext| ext.to_ascii_uppercase())
}

/// Limits for reading the header: memory only, so any size can be reported.
fn alloc_limit() -> Limits {
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    limits
}

/// Limits for decoding the pixels.
fn decode_limits() -> Limits {
    let mut limits = alloc_limit();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    limits
}

/// Sorts decoder failures into what a person can act on. The reason is the
/// decoder's own short wording, never file contents.
fn decode_error(err: ImageError, size: Option<(u32, u32)>) -> EvidenceError {
    match (err, size) {
        (ImageError::Limits(_), Some((width, height))) => EvidenceError::TooLarge { width, height },
        (ImageError::Limits(_), None) => EvidenceError::Damaged {
            reason: "reading it would need more memory than allowed".to_string(),
        },
        (ImageError::IoError(e), _) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            EvidenceError::Damaged {
                reason: "the file ends too early".to_string(),
            }
        }
        (other, _) => EvidenceError::Damaged {
            reason: short_reason(&other.to_string()),
        },
    }
}

fn short_reason(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(MAX_REASON_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// JPEG has no transparency, and transparent pixels often hide black colour
/// values; putting them on white is what a person expects to see on paper.
fn flatten_to_rgb(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let mut rgb = Vec::with_capacity(rgba.as_raw().len() / 4 * 3);
    for px in rgba.as_raw().chunks_exact(4) {
        let alpha = u32::from(px[3]);
        for &channel in &px[..3] {
            let mixed = (u32::from(channel) * alpha + 255 * (255 - alpha) + 127) / 255;
            rgb.push(mixed.min(255) as u8);
        }
    }
    // Same width and height as the source, so the buffer always fits; the
    // fallback is only there to avoid a panic path.
    RgbImage::from_raw(width, height, rgb).unwrap_or_else(|| RgbImage::new(width, height))
}

/// Scales down so the long side is at most `long_side`, keeping the aspect
/// ratio. Never scales up: that would only add bytes, not detail.
fn fit_within(image: RgbImage, long_side: u32) -> RgbImage {
    let (width, height) = image.dimensions();
    let (new_width, new_height) = fitted_size(width, height, long_side);
    if (new_width, new_height) == (width, height) {
        return image;
    }
    image::imageops::resize(&image, new_width, new_height, FilterType::Lanczos3)
}

fn fitted_size(width: u32, height: u32, long_side: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= long_side {
        return (width, height);
    }
    let scale = |side: u32| -> u32 {
        let scaled =
            (u64::from(side) * u64::from(long_side) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled)
            .unwrap_or(long_side)
            .clamp(1, long_side)
    };
    (scale(width), scale(height))
}

/// A fresh baseline JPEG: the encoder is given pixels only, so it writes
/// nothing but a plain JFIF header — no EXIF, ICC, XMP or comments.
fn encode_jpeg(image: &RgbImage, quality: u8) -> Result<Vec<u8>, EvidenceError> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, quality)
        .encode(
            image.as_raw(),
            image.width(),
            image.height(),
            ExtendedColorType::Rgb8,
        )
        .map_err(|e| EvidenceError::EncodeFailed {
            reason: short_reason(&e.to_string()),
        })?;
    Ok(out)
}

/// Whether a JPEG runs all the way to its end-of-image marker.
///
/// Files cut short by a failed transfer or a full card are common on phones.
/// Walks the marker structure: segments are skipped by their length (so an
/// embedded EXIF thumbnail cannot fool it), entropy-coded data is scanned for
/// the next real marker. Bytes after the end marker (some phones append a
/// short video there) are ignored.
fn jpeg_is_complete(data: &[u8]) -> bool {
    if !data.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let mut pos = 2;
    loop {
        // Find the next marker, tolerating stray bytes and fill bytes.
        let Some(rest) = data.get(pos..) else {
            return false;
        };
        let Some(ff) = rest.iter().position(|&b| b == 0xFF) else {
            return false;
        };
        pos += ff;
        while data.get(pos) == Some(&0xFF) {
            pos += 1;
        }
        let Some(&marker) = data.get(pos) else {
            return false;
        };
        pos += 1;
        match marker {
            0xD9 => return true,
            // Markers without a length field.
            0x00 | 0x01 | 0xD0..=0xD8 => continue,
            _ => {}
        }
        let (Some(&hi), Some(&lo)) = (data.get(pos), data.get(pos + 1)) else {
            return false;
        };
        let length = usize::from(u16::from_be_bytes([hi, lo]));
        if length < 2 || pos + length > data.len() {
            return false;
        }
        pos += length;
        if marker == 0xDA {
            // Entropy-coded data follows a start-of-scan header. Inside it,
            // 0xFF is followed by 0x00 (a stuffed byte) or a restart marker.
            loop {
                let Some(rest) = data.get(pos..) else {
                    return false;
                };
                let Some(ff) = rest.iter().position(|&b| b == 0xFF) else {
                    return false;
                };
                pos += ff;
                match data.get(pos + 1) {
                    None => return false,
                    Some(0x00 | 0xD0..=0xD7) => pos += 2,
                    Some(0xFF) => pos += 1,
                    Some(_) => break,
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use image::codecs::png::PngEncoder;
    use image::codecs::webp::WebPEncoder;
    use image::{ImageEncoder, Rgb, Rgba, RgbaImage};

    // ---- helpers -------------------------------------------------------

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                let mask = (crc & 1).wrapping_neg();
                crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
            }
        }
        !crc
    }

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
        out
    }

    fn encode_png_rgb(img: &RgbImage) -> Vec<u8> {
        let mut out = Vec::new();
        PngEncoder::new(&mut out)
            .write_image(
                img.as_raw(),
                img.width(),
                img.height(),
                ExtendedColorType::Rgb8,
            )
            .unwrap();
        out
    }

    fn encode_test_jpeg(img: &RgbImage) -> Vec<u8> {
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, 95)
            .encode(
                img.as_raw(),
                img.width(),
                img.height(),
                ExtendedColorType::Rgb8,
            )
            .unwrap();
        out
    }

    /// A PNG whose header claims any size; the pixel data is a stub, since
    /// it must never be reached.
    fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        let mut out = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, no interlace
        out.extend(png_chunk(b"IHDR", &ihdr));
        out.extend(png_chunk(
            b"IDAT",
            &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        out.extend(png_chunk(b"IEND", &[]));
        out
    }

    fn find(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// Lists the markers of a JPEG up to its first scan.
    fn header_markers(jpeg: &[u8]) -> Vec<u8> {
        assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
        let mut markers = Vec::new();
        let mut pos = 2;
        loop {
            assert_eq!(jpeg[pos], 0xFF, "segment must start with 0xFF");
            let marker = jpeg[pos + 1];
            markers.push(marker);
            if marker == 0xDA {
                return markers;
            }
            let len = usize::from(u16::from_be_bytes([jpeg[pos + 2], jpeg[pos + 3]]));
            pos += 2 + len;
        }
    }

    /// The stored bytes must be a bare baseline JPEG: JFIF header, tables,
    /// frame, scan. No APP1 (EXIF/XMP), APP2 (ICC), APP13 (IPTC) or COM.
    fn assert_clean_jpeg(jpeg: &[u8]) {
        assert!(jpeg.starts_with(&[0xFF, 0xD8]));
        assert!(jpeg.ends_with(&[0xFF, 0xD9]));
        let markers = header_markers(jpeg);
        for m in &markers {
            assert!(
                matches!(m, 0xE0 | 0xDB | 0xC0 | 0xC4 | 0xDA),
                "unexpected marker 0xFF{m:02X} in {markers:02X?}"
            );
        }
        assert!(markers.contains(&0xC0), "baseline frame (SOF0) expected");
        assert!(!find(jpeg, b"Exif\0"));
        assert!(!find(jpeg, b"http://ns.adobe.com/xap"));
        assert!(!find(jpeg, b"ICC_PROFILE"));
    }

    fn decode(jpeg: &[u8]) -> RgbImage {
        image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg)
            .unwrap()
            .into_rgb8()
    }

    fn is_red(p: &Rgb<u8>) -> bool {
        p[0] > 200 && p[1] < 60 && p[2] < 60
    }
    fn is_green(p: &Rgb<u8>) -> bool {
        p[1] > 200 && p[0] < 60 && p[2] < 60
    }
    fn is_blue(p: &Rgb<u8>) -> bool {
        p[2] > 200 && p[0] < 60 && p[1] < 60
    }
    fn is_white(p: &Rgb<u8>) -> bool {
        p.0.iter().all(|&c| c > 240)
    }

    /// A little-endian TIFF/EXIF block: IFD0 with ImageDescription,
    /// Orientation and a GPS pointer; a GPS IFD with a position.
    fn exif_block(orientation: u16, description: &str) -> Vec<u8> {
        fn entry(out: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32) {
            out.extend_from_slice(&tag.to_le_bytes());
            out.extend_from_slice(&kind.to_le_bytes());
            out.extend_from_slice(&count.to_le_bytes());
            out.extend_from_slice(&value.to_le_bytes());
        }
        const ASCII: u16 = 2;
        const SHORT: u16 = 3;
        const LONG: u16 = 4;
        const RATIONAL: u16 = 5;
        const BYTE: u16 = 1;

        let mut desc = description.as_bytes().to_vec();
        desc.push(0);
        let ifd0_at = 8u32;
        let ifd0_len = 2 + 3 * 12 + 4;
        let desc_at = ifd0_at + ifd0_len;
        let gps_at = desc_at + desc.len() as u32;
        let gps_len = 2 + 5 * 12 + 4;
        let lat_at = gps_at + gps_len;
        let lon_at = lat_at + 24;

        let mut t = b"II*\0".to_vec();
        t.extend_from_slice(&ifd0_at.to_le_bytes());
        t.extend_from_slice(&3u16.to_le_bytes());
        entry(&mut t, 0x010E, ASCII, desc.len() as u32, desc_at);
        entry(&mut t, 0x0112, SHORT, 1, u32::from(orientation));
        entry(&mut t, 0x8825, LONG, 1, gps_at);
        t.extend_from_slice(&0u32.to_le_bytes());
        t.extend_from_slice(&desc);
        assert_eq!(t.len() as u32, gps_at);
        t.extend_from_slice(&5u16.to_le_bytes());
        entry(&mut t, 0x0000, BYTE, 4, u32::from_le_bytes([2, 3, 0, 0]));
        entry(&mut t, 0x0001, ASCII, 2, u32::from_le_bytes(*b"N\0\0\0"));
        entry(&mut t, 0x0002, RATIONAL, 3, lat_at);
        entry(&mut t, 0x0003, ASCII, 2, u32::from_le_bytes(*b"E\0\0\0"));
        entry(&mut t, 0x0004, RATIONAL, 3, lon_at);
        t.extend_from_slice(&0u32.to_le_bytes());
        assert_eq!(t.len() as u32, lat_at);
        // 36° 12' 34.56" N, 37° 9' 8.76" E
        for (num, den) in [
            (36u32, 1u32),
            (12, 1),
            (3456, 100),
            (37, 1),
            (9, 1),
            (876, 100),
        ] {
            t.extend_from_slice(&num.to_le_bytes());
            t.extend_from_slice(&den.to_le_bytes());
        }
        t
    }

    /// Puts an APP1 EXIF segment right after SOI, as cameras do.
    fn with_exif(jpeg: &[u8], tiff: &[u8]) -> Vec<u8> {
        let mut payload = b"Exif\0\0".to_vec();
        payload.extend_from_slice(tiff);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&payload);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    // ---- tests ---------------------------------------------------------

    #[test]
    fn exif_gps_is_stripped_and_orientation_applied() {
        // 200×100: left half red, right half blue, a green block top left
        // (the block tells a rotation from a mirror image).
        let img = RgbImage::from_fn(200, 100, |x, y| {
            if x < 48 && y < 32 {
                Rgb([0, 255, 0])
            } else if x < 100 {
                Rgb([255, 0, 0])
            } else {
                Rgb([0, 0, 255])
            }
        });
        let marker = "MARKER-GPS-7Q";
        let input = with_exif(&encode_test_jpeg(&img), &exif_block(6, marker));
        // The input really carries what must go.
        assert!(find(&input, b"Exif\0\0"));
        assert!(find(&input, marker.as_bytes()));
        let mut dec = ImageReader::new(Cursor::new(&input[..]))
            .with_guessed_format()
            .unwrap()
            .into_decoder()
            .unwrap();
        assert_eq!(dec.orientation().unwrap(), Orientation::Rotate90);

        let out = process_photo(&input).unwrap();
        assert_clean_jpeg(&out.jpeg);
        assert_clean_jpeg(&out.thumbnail);
        assert!(!find(&out.jpeg, marker.as_bytes()));
        assert!(!find(&out.thumbnail, marker.as_bytes()));
        assert!(out.jpeg.starts_with(&[0xFF, 0xD8]));

        // Orientation 6 means "turn 90° clockwise to view": the left (red)
        // half becomes the top, the right (blue) half the bottom, and the
        // top-left green block ends up top right.
        assert_eq!((out.width, out.height), (100, 200));
        let pixels = decode(&out.jpeg);
        assert_eq!(pixels.dimensions(), (100, 200));
        assert!(
            is_red(pixels.get_pixel(50, 60)),
            "{:?}",
            pixels.get_pixel(50, 60)
        );
        assert!(
            is_red(pixels.get_pixel(10, 10)),
            "{:?}",
            pixels.get_pixel(10, 10)
        );
        assert!(
            is_blue(pixels.get_pixel(50, 150)),
            "{:?}",
            pixels.get_pixel(50, 150)
        );
        assert!(
            is_green(pixels.get_pixel(84, 24)),
            "{:?}",
            pixels.get_pixel(84, 24)
        );
    }

    #[test]
    fn png_text_chunk_is_stripped() {
        let img = RgbImage::from_fn(120, 80, |x, _| {
            if x < 60 {
                Rgb([255, 0, 0])
            } else {
                Rgb([0, 0, 255])
            }
        });
        let png = encode_png_rgb(&img);
        let marker = b"MARKER-PNG-3K";
        let mut text = b"Comment\0".to_vec();
        text.extend_from_slice(marker);
        let mut input = png[..33].to_vec(); // signature + IHDR
        input.extend(png_chunk(b"tEXt", &text));
        input.extend_from_slice(&png[33..]);
        assert!(find(&input, marker));

        let out = process_photo(&input).unwrap();
        assert_clean_jpeg(&out.jpeg);
        assert!(!find(&out.jpeg, marker));
        assert!(!find(&out.thumbnail, marker));
        assert_eq!((out.width, out.height), (120, 80));
        let pixels = decode(&out.jpeg);
        assert!(is_red(pixels.get_pixel(20, 40)));
        assert!(is_blue(pixels.get_pixel(100, 40)));
    }

    #[test]
    fn png_alpha_is_flattened_onto_white() {
        let img = RgbaImage::from_fn(64, 64, |x, _| {
            if x < 32 {
                Rgba([0, 0, 0, 0]) // transparent, hiding black
            } else {
                Rgba([255, 0, 0, 255])
            }
        });
        let mut input = Vec::new();
        PngEncoder::new(&mut input)
            .write_image(img.as_raw(), 64, 64, ExtendedColorType::Rgba8)
            .unwrap();
        let out = process_photo(&input).unwrap();
        assert_clean_jpeg(&out.jpeg);
        let pixels = decode(&out.jpeg);
        assert!(
            is_white(pixels.get_pixel(8, 32)),
            "{:?}",
            pixels.get_pixel(8, 32)
        );
        assert!(
            is_red(pixels.get_pixel(56, 32)),
            "{:?}",
            pixels.get_pixel(56, 32)
        );
    }

    #[test]
    fn webp_is_accepted() {
        let img = RgbImage::from_fn(90, 60, |_, y| {
            if y < 30 {
                Rgb([0, 255, 0])
            } else {
                Rgb([0, 0, 255])
            }
        });
        let mut input = Vec::new();
        WebPEncoder::new_lossless(&mut input)
            .encode(img.as_raw(), 90, 60, ExtendedColorType::Rgb8)
            .unwrap();
        assert_eq!(image::guess_format(&input).unwrap(), ImageFormat::WebP);
        let out = process_photo(&input).unwrap();
        assert_clean_jpeg(&out.jpeg);
        assert_eq!((out.width, out.height), (90, 60));
        let pixels = decode(&out.jpeg);
        assert!(is_green(pixels.get_pixel(45, 10)));
        assert!(is_blue(pixels.get_pixel(45, 50)));
    }

    #[test]
    fn large_photos_are_downscaled_small_ones_are_not_upscaled() {
        let big = RgbImage::from_fn(4000, 3000, |x, y| {
            Rgb([
                (x % 256) as u8,
                (y % 256) as u8,
                ((x / 16 + y / 16) % 256) as u8,
            ])
        });
        let out = process_photo(&encode_test_jpeg(&big)).unwrap();
        assert_eq!((out.width, out.height), (1600, 1200));
        assert_eq!(decode(&out.jpeg).dimensions(), (1600, 1200));
        assert_eq!(decode(&out.thumbnail).dimensions(), (256, 192));
        assert_clean_jpeg(&out.jpeg);
        assert_clean_jpeg(&out.thumbnail);

        let small = RgbImage::from_pixel(300, 200, Rgb([10, 120, 200]));
        let out = process_photo(&encode_png_rgb(&small)).unwrap();
        assert_eq!((out.width, out.height), (300, 200));
        assert_eq!(decode(&out.jpeg).dimensions(), (300, 200));
        assert_eq!(decode(&out.thumbnail).dimensions(), (256, 171));

        // Portrait keeps its aspect ratio and the long side is the height.
        assert_eq!(fitted_size(1200, 4000, MAX_LONG_SIDE), (480, 1600));
        assert_eq!(fitted_size(1600, 1600, MAX_LONG_SIDE), (1600, 1600));
        assert_eq!(fitted_size(10_000, 3, MAX_LONG_SIDE), (1600, 1));
    }

    #[test]
    fn truncated_files_are_damaged() {
        let img = RgbImage::from_fn(200, 150, |x, y| Rgb([x as u8, y as u8, 128]));
        let jpeg = encode_test_jpeg(&img);
        let err = process_photo(&jpeg[..jpeg.len() / 2]).unwrap_err();
        assert!(matches!(err, EvidenceError::Damaged { .. }), "{err:?}");
        assert_eq!(err.code(), "evidence-damaged");

        // Cut inside the header too.
        let err = process_photo(&jpeg[..40]).unwrap_err();
        assert!(matches!(err, EvidenceError::Damaged { .. }), "{err:?}");

        let png = encode_png_rgb(&img);
        let err = process_photo(&png[..png.len() / 2]).unwrap_err();
        assert!(matches!(err, EvidenceError::Damaged { .. }), "{err:?}");

        let mut webp = Vec::new();
        WebPEncoder::new_lossless(&mut webp)
            .encode(img.as_raw(), 200, 150, ExtendedColorType::Rgb8)
            .unwrap();
        let err = process_photo(&webp[..webp.len() / 2]).unwrap_err();
        assert!(matches!(err, EvidenceError::Damaged { .. }), "{err:?}");
    }

    #[test]
    fn jpeg_completeness_check() {
        let img = RgbImage::from_fn(64, 48, |x, y| Rgb([x as u8 * 4, y as u8 * 5, 77]));
        let jpeg = encode_test_jpeg(&img);
        assert!(jpeg_is_complete(&jpeg));
        // Data after the end marker (phones append motion clips) is fine.
        let mut trailing = jpeg.clone();
        trailing.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x10, 1, 2, 3]);
        assert!(jpeg_is_complete(&trailing));
        assert!(process_photo(&trailing).is_ok());
        // An EXIF block holding an end marker does not hide a cut.
        let tiff = [b"II*\0".as_slice(), &[8, 0, 0, 0, 0, 0, 0xFF, 0xD9]].concat();
        let with = with_exif(&jpeg, &tiff);
        assert!(jpeg_is_complete(&with));
        assert!(!jpeg_is_complete(&with[..with.len() - 2]));
        for cut in [0, 1, 2, 3, 10, jpeg.len() / 3, jpeg.len() - 1] {
            assert!(!jpeg_is_complete(&jpeg[..cut]), "cut at {cut}");
        }
    }

    #[test]
    fn non_images_are_refused() {
        // Deterministic noise (xorshift), not a picture.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        for input in [
            noise.as_slice(),
            b"Name: Amina\nDiploma: nursing, 2016\n".as_slice(),
            b"".as_slice(),
            b"%PDF-1.7\n".as_slice(),
        ] {
            let err = process_photo(input).unwrap_err();
            assert!(
                matches!(
                    err,
                    EvidenceError::NotAnImage | EvidenceError::UnsupportedFormat { .. }
                ),
                "{err:?}"
            );
        }
        assert_eq!(
            process_photo(b"Name: Amina\n").unwrap_err(),
            EvidenceError::NotAnImage
        );

        let mut gif = b"GIF89a".to_vec();
        gif.extend_from_slice(&[10, 0, 10, 0, 0, 0, 0, 0x3B]);
        let err = process_photo(&gif).unwrap_err();
        assert_eq!(
            err,
            EvidenceError::UnsupportedFormat {
                format: "GIF".to_string()
            }
        );
        assert_eq!(err.code(), "evidence-unsupported-format");
    }

    #[test]
    fn oversized_pictures_are_refused_before_decoding() {
        let err = process_photo(&png_claiming(100_000, 100_000)).unwrap_err();
        assert_eq!(
            err,
            EvidenceError::TooLarge {
                width: 100_000,
                height: 100_000
            }
        );
        assert_eq!(err.code(), "evidence-too-large");
        assert!(err.to_string().contains("100000×100000"));

        // Under the side limit but over 40 megapixels.
        let err = process_photo(&png_claiming(9_000, 5_000)).unwrap_err();
        assert!(matches!(err, EvidenceError::TooLarge { .. }), "{err:?}");
        // Few pixels, but one side too long.
        let err = process_photo(&png_claiming(13_000, 10)).unwrap_err();
        assert!(matches!(err, EvidenceError::TooLarge { .. }), "{err:?}");

        let err = process_photo(&vec![0u8; MAX_INPUT_BYTES + 1]).unwrap_err();
        assert_eq!(
            err,
            EvidenceError::FileTooBig {
                bytes: MAX_INPUT_BYTES + 1
            }
        );
        assert_eq!(err.code(), "evidence-file-too-big");
        assert!(err.to_string().contains("(32.1 MB)"), "{err}");
    }

    #[test]
    fn output_is_deterministic() {
        let img = RgbImage::from_fn(640, 480, |x, y| {
            Rgb([(x ^ y) as u8, (x * 3) as u8, y as u8])
        });
        let input = encode_png_rgb(&img);
        let a = process_photo(&input).unwrap();
        let b = process_photo(&input).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.sha256.len(), 64);
        assert!(a
            .sha256
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
        assert_eq!(a.sha256, hex::encode(Sha256::digest(&a.jpeg)));
        // Debug output must not carry the bytes.
        assert!(format!("{a:?}").len() < 300);
    }

    #[test]
    fn kinds_and_codes_are_stable() {
        assert_eq!(EvidenceKind::Photo.as_str(), "photo");
        assert_eq!(EvidenceKind::parse("photo"), Some(EvidenceKind::Photo));
        assert_eq!(EvidenceKind::parse("voice"), None);
        let all = [
            EvidenceError::NotAnImage,
            EvidenceError::UnsupportedFormat {
                format: "GIF".into(),
            },
            EvidenceError::Damaged { reason: "x".into() },
            EvidenceError::TooLarge {
                width: 1,
                height: 2,
            },
            EvidenceError::FileTooBig { bytes: 1 },
            EvidenceError::EncodeFailed { reason: "x".into() },
        ];
        let codes: Vec<_> = all.iter().map(EvidenceError::code).collect();
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
        assert!(codes.iter().all(|c| c.starts_with("evidence-")));
        assert_eq!(
            short_reason(&"é".repeat(500)).chars().count(),
            MAX_REASON_CHARS + 1
        );
    }
}
