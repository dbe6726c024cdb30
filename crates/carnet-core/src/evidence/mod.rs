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

pub mod voice;

/// Evidence items are typed so that later kinds (PDFs) fit without a
/// format break, as voice notes did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceKind {
    Photo,
    /// A recording, kept as recorded ([`voice`]); stored, encrypted and
    /// synced exactly like a photo, with no thumbnail and no size in pixels.
    Voice,
}

impl EvidenceKind {
    /// The keyword stored with an evidence item; it must never change once
    /// written, or older logbooks would lose their evidence.
    pub fn as_str(&self) -> &'static str {
        match self {
            EvidenceKind::Photo => "photo",
            EvidenceKind::Voice => "voice",
        }
    }

    /// Reads a stored keyword back. `None` means the item was written by a
    /// newer Carnet, so the caller can keep it untouched instead of failing.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "photo" => Some(EvidenceKind::Photo),
            "voice" => Some(EvidenceKind::Voice),
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
    #[error(
        "this file is not a sound recording: Carnet accepts WebM, Ogg, MP4 (M4A), AAC, MP3 \
         and WAV sound files"
    )]
    NotAudio,
    #[error(
        "this file is a video; Carnet keeps sound only: record a voice note or choose a sound file"
    )]
    AudioIsVideo,
    #[error("the sound file is too big ({} MB); the limit is 5 MB", megabytes(*.bytes))]
    AudioTooBig { bytes: usize },
    #[error("the sound file is damaged or incomplete ({reason}); record it or choose it again")]
    AudioDamaged { reason: String },
    #[error(
        "this file is neither a photo nor a sound recording: Carnet accepts JPEG, PNG and WebP \
         pictures, and WebM, Ogg, MP4 (M4A), AAC, MP3 and WAV sound files"
    )]
    NotEvidence,
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
            EvidenceError::NotAudio => "evidence-not-audio",
            EvidenceError::AudioIsVideo => "evidence-audio-is-video",
            EvidenceError::AudioTooBig { .. } => "evidence-audio-too-big",
            EvidenceError::AudioDamaged { .. } => "evidence-audio-damaged",
            EvidenceError::NotEvidence => "evidence-not-evidence",
        }
    }

    /// Named arguments for the translated message of [`EvidenceError::code`].
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            EvidenceError::NotAnImage
            | EvidenceError::NotAudio
            | EvidenceError::AudioIsVideo
            | EvidenceError::NotEvidence => Vec::new(),
            EvidenceError::UnsupportedFormat { format } => vec![("format", format.clone())],
            EvidenceError::Damaged { reason }
            | EvidenceError::EncodeFailed { reason }
            | EvidenceError::AudioDamaged { reason } => {
                vec![("reason", reason.clone())]
            }
            EvidenceError::TooLarge { width, height } => {
                vec![("width", width.to_string()), ("height", height.to_string())]
            }
            EvidenceError::FileTooBig { bytes } | EvidenceError::AudioTooBig { bytes } => {
                vec![("megabytes", megabytes(*bytes))]
            }
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

/// What a file given as evidence holds, decided from its content: front
/// ends that take any file (the `carnet attach` command) use it to choose
/// between [`process_photo`] and [`voice::process_voice`].
pub fn sniff_kind(input: &[u8]) -> Result<EvidenceKind, EvidenceError> {
    if voice::looks_like_audio(input) {
        Ok(EvidenceKind::Voice)
    } else if image::guess_format(input).is_ok() {
        // Also pictures Carnet refuses (GIF, TIFF): the photo path says
        // which format it was and what to do.
        Ok(EvidenceKind::Photo)
    } else {
        Err(EvidenceError::NotEvidence)
    }
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
mod tests;
