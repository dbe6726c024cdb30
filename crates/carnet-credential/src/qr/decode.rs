//! Decoding: find and read a QR code in a screenshot or a phone photo.
//!
//! rxing's hybrid binariser thresholds each 8x8 block against its
//! neighbourhood; that handles uneven light but gives up on blocks whose
//! contrast is below 24 grey levels, and it is thrown by sensor noise on
//! large photos. So after a first attempt on the picture as it is, we retry
//! on a few variants that fix one of those at a time, cheapest first, and
//! return the first text read.

use std::collections::HashSet;
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

use image::imageops::{self, FilterType};
use image::{GrayImage, ImageFormat, ImageReader, Limits};
use rxing::common::{GlobalHistogramBinarizer, HybridBinarizer};
use rxing::{
    BarcodeFormat, Binarizer, BinaryBitmap, DecodeHints, Luma8Source, MultiFormatReader, Reader,
};

use super::QrError;

/// Largest picture we agree to decode, in pixels (40 MP: above any phone
/// camera in common use; bounds memory and time on hostile input).
pub const MAX_IMAGE_PIXELS: u64 = 40_000_000;

/// Memory the image decoder may use (a 40 MP RGBA picture is 160 MB).
const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;

/// Long side above which a downscaled variant is tried: at 1,200 px a
/// version-25 code at a third of the frame still has ~3 px per module,
/// and averaging pixels removes much of the sensor noise.
const DOWNSCALE_ABOVE: u32 = 1400;
const DOWNSCALE_TO: u32 = 1200;

/// Decodes the first QR code found in a PNG, JPEG or WebP picture.
///
/// Refuses pictures above [`MAX_IMAGE_PIXELS`] before decoding them; never
/// panics, whatever the bytes.
pub fn decode_image(bytes: &[u8]) -> Result<String, QrError> {
    let image = load_luma(bytes)?;
    decode_luma(&image)
}

/// One attempt on the picture as it is, without retries: the baseline the
/// benchmark compares [`decode_luma`] with.
#[doc(hidden)]
pub fn decode_luma_once(image: &GrayImage) -> Result<String, QrError> {
    check_size(image.width(), image.height())?;
    QrReader::new().read(image).ok_or(QrError::NotFound)
}

/// Decodes the first QR code found in a grayscale picture.
pub fn decode_luma(image: &GrayImage) -> Result<String, QrError> {
    check_size(image.width(), image.height())?;
    let mut reader = QrReader::new();
    if let Some(text) = reader.read(image) {
        return Ok(text);
    }
    for variant in variants(image) {
        if let Some(text) = reader.read_variant(image, variant) {
            return Ok(text);
        }
    }
    Err(QrError::NotFound)
}

/// Reads the picture's header for its size, then decodes it to grayscale.
fn load_luma(bytes: &[u8]) -> Result<GrayImage, QrError> {
    let (width, height) = open(bytes)?
        .into_dimensions()
        .map_err(|_| QrError::NotAnImage)?;
    check_size(width, height)?;
    let mut reader = open(bytes)?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    let decoded = catch_unwind(AssertUnwindSafe(|| reader.decode()));
    match decoded {
        Ok(Ok(image)) => Ok(image.into_luma8()),
        _ => Err(QrError::NotAnImage),
    }
}

fn open(bytes: &[u8]) -> Result<ImageReader<Cursor<&[u8]>>, QrError> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| QrError::NotAnImage)?;
    let supported = [ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP];
    if !reader.format().is_some_and(|f| supported.contains(&f)) {
        return Err(QrError::NotAnImage);
    }
    Ok(reader)
}

fn check_size(width: u32, height: u32) -> Result<(), QrError> {
    if u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS {
        return Err(QrError::ImageTooLarge {
            width,
            height,
            max_pixels: MAX_IMAGE_PIXELS,
        });
    }
    if width == 0 || height == 0 {
        return Err(QrError::NotFound);
    }
    Ok(())
}

/// A retry after the first attempt failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Variant {
    /// Downscaled to [`DOWNSCALE_TO`] on the long side: averages noise away.
    Downscaled,
    /// Grey levels stretched to the full range: lifts low-contrast blocks
    /// above the hybrid binariser's minimum.
    Stretched,
    /// One global threshold instead of per-block ones: copes better with
    /// blur, where block thresholds wander across soft edges.
    GlobalThreshold,
}

/// The retries worth making for this picture, cheapest and likeliest first.
fn variants(image: &GrayImage) -> Vec<Variant> {
    let mut out = Vec::with_capacity(3);
    if image.width().max(image.height()) > DOWNSCALE_ABOVE {
        out.push(Variant::Downscaled);
    }
    out.push(Variant::Stretched);
    out.push(Variant::GlobalThreshold);
    out
}

/// rxing's reader set up for QR codes only, trying hard.
struct QrReader {
    reader: MultiFormatReader,
    hints: DecodeHints,
}

impl QrReader {
    fn new() -> Self {
        let hints = DecodeHints {
            PossibleFormats: Some(HashSet::from([BarcodeFormat::QR_CODE])),
            TryHarder: Some(true),
            ..DecodeHints::default()
        };
        let mut reader = MultiFormatReader::default();
        reader.set_hints(&hints);
        QrReader { reader, hints }
    }

    fn read_variant(&mut self, image: &GrayImage, variant: Variant) -> Option<String> {
        match variant {
            Variant::Downscaled => self.read(&downscale(image, DOWNSCALE_TO)),
            Variant::Stretched => self.read(&stretch_contrast(image)?),
            Variant::GlobalThreshold => self.read_global(image),
        }
    }

    /// One attempt with the hybrid (local) binariser.
    fn read(&mut self, image: &GrayImage) -> Option<String> {
        let source =
            Luma8Source::new_with_slice(image.as_raw(), image.width(), image.height()).ok()?;
        self.decode(HybridBinarizer::new(source))
    }

    /// One attempt with the global histogram binariser.
    fn read_global(&mut self, image: &GrayImage) -> Option<String> {
        let source =
            Luma8Source::new_with_slice(image.as_raw(), image.width(), image.height()).ok()?;
        self.decode(GlobalHistogramBinarizer::new(source))
    }

    /// Runs rxing; a panic inside it counts as "not found", never as a crash.
    fn decode<B: Binarizer>(&mut self, binarizer: B) -> Option<String> {
        let mut bitmap = BinaryBitmap::new(binarizer);
        let (reader, hints) = (&mut self.reader, &self.hints);
        let result = catch_unwind(AssertUnwindSafe(|| {
            reader.decode_with_hints(&mut bitmap, hints)
        }));
        match result {
            Ok(Ok(found)) => Some(found.getText().to_owned()),
            _ => None,
        }
    }
}

/// Resizes so the long side is `long_side` pixels (triangle filter, which
/// averages over the source pixels when shrinking).
fn downscale(image: &GrayImage, long_side: u32) -> GrayImage {
    let (w, h) = image.dimensions();
    let scale = f64::from(long_side) / f64::from(w.max(h));
    let nw = ((f64::from(w) * scale).round() as u32).max(1);
    let nh = ((f64::from(h) * scale).round() as u32).max(1);
    imageops::resize(image, nw, nh, FilterType::Triangle)
}

/// Maps the 1st..99th percentile of grey levels to 0..255; `None` when the
/// picture is (almost) flat and stretching would only amplify noise.
fn stretch_contrast(image: &GrayImage) -> Option<GrayImage> {
    let (low, high) = percentiles(image, 0.01, 0.99);
    if high <= low.saturating_add(4) {
        return None;
    }
    let (low, range) = (i32::from(low), i32::from(high) - i32::from(low));
    let table: Vec<u8> = (0..=255i32)
        .map(|v| ((v - low) * 255 / range).clamp(0, 255) as u8)
        .collect();
    let mut out = image.clone();
    for pixel in out.pixels_mut() {
        pixel.0[0] = table[usize::from(pixel.0[0])];
    }
    Some(out)
}

/// The grey levels below which `lo` and `hi` of the pixels fall.
fn percentiles(image: &GrayImage, lo: f64, hi: f64) -> (u8, u8) {
    let mut histogram = [0u64; 256];
    for pixel in image.pixels() {
        histogram[usize::from(pixel.0[0])] += 1;
    }
    let total = histogram.iter().sum::<u64>() as f64;
    let level_at = |fraction: f64| {
        let target = (total * fraction) as u64;
        let mut seen = 0;
        for (level, count) in histogram.iter().enumerate() {
            seen += count;
            if seen > target {
                return level as u8;
            }
        }
        255
    };
    (level_at(lo), level_at(hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_non_images() {
        assert_eq!(decode_image(b""), Err(QrError::NotAnImage));
        assert_eq!(decode_image(b"CN1:NOT A PICTURE"), Err(QrError::NotAnImage));
        assert_eq!(QrError::NotAnImage.code(), "qr-not-an-image");
    }

    #[test]
    fn blank_picture_has_no_code() {
        let blank = GrayImage::from_pixel(200, 100, image::Luma([255]));
        assert_eq!(decode_luma(&blank), Err(QrError::NotFound));
        assert_eq!(QrError::NotFound.code(), "qr-not-found");
        assert_eq!(decode_luma(&GrayImage::new(0, 0)), Err(QrError::NotFound));
    }

    /// A PNG chunk with its length and CRC.
    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = u32::try_from(data.len())
            .unwrap_or(0)
            .to_be_bytes()
            .to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let mut crc = flate2::Crc::new();
        crc.update(&out[4..]);
        out.extend_from_slice(&crc.sum().to_be_bytes());
        out
    }

    #[test]
    fn refuses_huge_pictures_from_the_header() {
        // A PNG claiming 10,000 x 5,000 pixels, with one empty data chunk.
        let mut header = 10_000u32.to_be_bytes().to_vec();
        header.extend_from_slice(&5_000u32.to_be_bytes());
        header.extend_from_slice(&[8, 0, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &header));
        png.extend(chunk(b"IDAT", &[]));
        let err = decode_image(&png).expect_err("too large");
        assert!(
            matches!(
                err,
                QrError::ImageTooLarge {
                    width: 10_000,
                    height: 5_000,
                    ..
                }
            ),
            "{err:?}"
        );
        assert_eq!(err.code(), "qr-image-too-large");
    }

    #[test]
    fn stretch_spreads_grey_levels() {
        let mut image = GrayImage::from_pixel(10, 10, image::Luma([120]));
        for x in 0..10 {
            image.put_pixel(x, 0, image::Luma([140]));
        }
        let out = stretch_contrast(&image).expect("not flat");
        assert_eq!(out.get_pixel(0, 0).0, [255]);
        assert_eq!(out.get_pixel(0, 5).0, [0]);
        assert!(stretch_contrast(&GrayImage::from_pixel(4, 4, image::Luma([9]))).is_none());
    }
}
