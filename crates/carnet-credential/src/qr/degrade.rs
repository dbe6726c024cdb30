//! Test helpers: make a clean rendered QR look like a phone photo or a
//! screenshot (scale, rotation, keystone, blur, noise, low contrast, JPEG),
//! so tests and the benchmark can check decoding through pixels.
//!
//! Public only so integration tests and benches can use it; not part of
//! the crate's API. Everything is deterministic (noise is seeded).

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::{self, FilterType};
use image::{GrayImage, Luma};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::{EcLevel, QrError, RenderedQr};

/// Background of a photo around the code: paper or a screen, not pure white.
pub const BACKGROUND: u8 = 255;

/// One degradation step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// Resize by this factor (triangle filter: averages when shrinking).
    Scale(f32),
    /// Rotate by this many degrees about the centre (bilinear, white fill).
    Rotate(f32),
    /// Perspective: the top edge shrinks by this fraction of the width on
    /// each side, as when a phone is tilted back.
    Keystone(f32),
    /// Gaussian blur with this sigma, in pixels.
    Blur(f32),
    /// Additive noise with this standard deviation, in grey levels.
    Noise {
        /// Standard deviation, in grey levels.
        sigma: f32,
        /// Seed of the random generator.
        seed: u64,
    },
    /// Grey levels squeezed into `low..=high`.
    LowContrast {
        /// Level black becomes.
        low: u8,
        /// Level white becomes.
        high: u8,
    },
    /// JPEG re-encoding at this quality (1..=100).
    Jpeg(u8),
    /// Centred on a canvas of this size (white around it; cropped if larger).
    Canvas {
        /// Canvas width, pixels.
        width: u32,
        /// Canvas height, pixels.
        height: u32,
    },
}

/// Applies the steps in order.
pub fn apply(image: &GrayImage, steps: &[Step]) -> GrayImage {
    steps
        .iter()
        .fold(image.clone(), |acc, step| apply_step(&acc, *step))
}

fn apply_step(image: &GrayImage, step: Step) -> GrayImage {
    match step {
        Step::Scale(factor) => scale(image, factor),
        Step::Rotate(degrees) => rotate(image, degrees),
        Step::Keystone(fraction) => keystone(image, fraction),
        Step::Blur(sigma) => imageops::blur(image, sigma),
        Step::Noise { sigma, seed } => noise(image, sigma, seed),
        Step::LowContrast { low, high } => low_contrast(image, low, high),
        Step::Jpeg(quality) => jpeg_round_trip(image, quality),
        Step::Canvas { width, height } => on_canvas(image, width, height),
    }
}

/// Resizes by `factor`.
pub fn scale(image: &GrayImage, factor: f32) -> GrayImage {
    let w = ((image.width() as f32 * factor).round() as u32).max(1);
    let h = ((image.height() as f32 * factor).round() as u32).max(1);
    imageops::resize(image, w, h, FilterType::Triangle)
}

/// Rotates by `degrees` about the centre, keeping the size.
pub fn rotate(image: &GrayImage, degrees: f32) -> GrayImage {
    let (sin, cos) = f64::from(degrees).to_radians().sin_cos();
    let cx = f64::from(image.width()) / 2.0;
    let cy = f64::from(image.height()) / 2.0;
    warp(image, |x, y| {
        let (dx, dy) = (x - cx, y - cy);
        (cos * dx + sin * dy + cx, -sin * dx + cos * dy + cy)
    })
}

/// Perspective warp: the picture's corners go to a trapezoid whose top edge
/// is `fraction` of the width shorter on each side.
pub fn keystone(image: &GrayImage, fraction: f32) -> GrayImage {
    let w = f64::from(image.width());
    let h = f64::from(image.height());
    let k = f64::from(fraction) * w;
    let forward = square_to_quad([(k, 0.0), (w - k, 0.0), (w, h), (0.0, h)]);
    let Some(inverse) = invert(forward) else {
        return image.clone();
    };
    warp(image, |x, y| {
        let (u, v) = project(&inverse, x, y);
        (u * w, v * h)
    })
}

/// Adds roughly Gaussian noise (sum of three uniforms), seeded.
pub fn noise(image: &GrayImage, sigma: f32, seed: u64) -> GrayImage {
    let mut rng = StdRng::seed_from_u64(seed);
    // Sum of three uniforms on [-1, 1] has variance 1; scale to sigma.
    let mut out = image.clone();
    for pixel in out.pixels_mut() {
        let n: f32 = (0..3).map(|_| rng.gen_range(-1.0f32..1.0)).sum();
        let value = f32::from(pixel.0[0]) + n * sigma;
        pixel.0[0] = value.round().clamp(0.0, 255.0) as u8;
    }
    out
}

/// Maps 0..=255 linearly to `low..=high`.
pub fn low_contrast(image: &GrayImage, low: u8, high: u8) -> GrayImage {
    let (low, high) = (f32::from(low), f32::from(high));
    let mut out = image.clone();
    for pixel in out.pixels_mut() {
        let value = low + f32::from(pixel.0[0]) / 255.0 * (high - low);
        pixel.0[0] = value.round().clamp(0.0, 255.0) as u8;
    }
    out
}

/// Encodes as JPEG at `quality` (clamped to 1..=100).
pub fn to_jpeg(image: &GrayImage, quality: u8) -> Result<Vec<u8>, QrError> {
    let mut out = Cursor::new(Vec::new());
    JpegEncoder::new_with_quality(&mut out, quality.clamp(1, 100))
        .encode_image(image)
        .map_err(|e| QrError::Render(e.to_string()))?;
    Ok(out.into_inner())
}

/// Encodes to PNG.
pub fn to_png(image: &GrayImage) -> Result<Vec<u8>, QrError> {
    let mut out = Cursor::new(Vec::new());
    image
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| QrError::Render(e.to_string()))?;
    Ok(out.into_inner())
}

/// JPEG-encodes and decodes again (the picture unchanged if that fails).
pub fn jpeg_round_trip(image: &GrayImage, quality: u8) -> GrayImage {
    to_jpeg(image, quality)
        .ok()
        .and_then(|bytes| image::load_from_memory(&bytes).ok())
        .map_or_else(|| image.clone(), |decoded| decoded.into_luma8())
}

/// Centres the picture on a white canvas of `width` x `height`.
pub fn on_canvas(image: &GrayImage, width: u32, height: u32) -> GrayImage {
    let mut canvas = GrayImage::from_pixel(width, height, Luma([BACKGROUND]));
    let x = (i64::from(width) - i64::from(image.width())) / 2;
    let y = (i64::from(height) - i64::from(image.height())) / 2;
    imageops::overlay(&mut canvas, image, x, y);
    canvas
}

/// Builds each output pixel by sampling the source where `source_of` says
/// (pixel centres; bilinear; white outside the source).
fn warp(image: &GrayImage, source_of: impl Fn(f64, f64) -> (f64, f64)) -> GrayImage {
    let mut out = GrayImage::new(image.width(), image.height());
    for (x, y, pixel) in out.enumerate_pixels_mut() {
        let (sx, sy) = source_of(f64::from(x) + 0.5, f64::from(y) + 0.5);
        pixel.0[0] = bilinear(image, sx - 0.5, sy - 0.5);
    }
    out
}

fn bilinear(image: &GrayImage, x: f64, y: f64) -> u8 {
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = (x - x0, y - y0);
    let at = |dx: f64, dy: f64| -> f64 {
        let (px, py) = (x0 + dx, y0 + dy);
        if px < 0.0 || py < 0.0 || px >= f64::from(image.width()) || py >= f64::from(image.height())
        {
            return f64::from(BACKGROUND);
        }
        f64::from(image.get_pixel(px as u32, py as u32).0[0])
    };
    let top = at(0.0, 0.0) * (1.0 - fx) + at(1.0, 0.0) * fx;
    let bottom = at(0.0, 1.0) * (1.0 - fx) + at(1.0, 1.0) * fx;
    (top * (1.0 - fy) + bottom * fy).round().clamp(0.0, 255.0) as u8
}

type Matrix = [[f64; 3]; 3];

/// The projective map taking the unit square's corners (0,0), (1,0),
/// (1,1), (0,1) to `quad` (Heckbert, "Fundamentals of Texture Mapping").
fn square_to_quad(quad: [(f64, f64); 4]) -> Matrix {
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = quad;
    let (sx, sy) = (x0 - x1 + x2 - x3, y0 - y1 + y2 - y3);
    let (dx1, dx2, dy1, dy2) = (x1 - x2, x3 - x2, y1 - y2, y3 - y2);
    let den = dx1 * dy2 - dx2 * dy1;
    let (g, h) = if den.abs() < f64::EPSILON {
        (0.0, 0.0)
    } else {
        ((sx * dy2 - dx2 * sy) / den, (dx1 * sy - sx * dy1) / den)
    };
    [
        [x1 - x0 + g * x1, x3 - x0 + h * x3, x0],
        [y1 - y0 + g * y1, y3 - y0 + h * y3, y0],
        [g, h, 1.0],
    ]
}

fn project(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    let w = m[2][0] * x + m[2][1] * y + m[2][2];
    (
        (m[0][0] * x + m[0][1] * y + m[0][2]) / w,
        (m[1][0] * x + m[1][1] * y + m[1][2]) / w,
    )
}

/// Inverse by the adjugate; `None` when singular.
fn invert(m: Matrix) -> Option<Matrix> {
    let cof =
        |r0: usize, r1: usize, c0: usize, c1: usize| m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0];
    let adj = [
        [cof(1, 2, 1, 2), -cof(0, 2, 1, 2), cof(0, 1, 1, 2)],
        [-cof(1, 2, 0, 2), cof(0, 2, 0, 2), -cof(0, 1, 0, 2)],
        [cof(1, 2, 0, 1), -cof(0, 2, 0, 1), cof(0, 1, 0, 1)],
    ];
    let det = m[0][0] * adj[0][0] + m[0][1] * adj[1][0] + m[0][2] * adj[2][0];
    if det.abs() < 1e-12 {
        return None;
    }
    Some(adj.map(|row| row.map(|v| v / det)))
}

/// A Base45-looking payload of `chars` characters behind `CN1:`, seeded:
/// the character mix of a real presentation, for size and decode tests.
pub fn sample_payload(chars: usize, seed: u64) -> String {
    const BASE45: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let mut rng = StdRng::seed_from_u64(seed);
    let body: String = (0..chars.saturating_sub(4))
        .map(|_| char::from(BASE45[rng.gen_range(0..BASE45.len())]))
        .collect();
    format!("CN1:{body}")
}

/// Full-HD photo frame size.
pub const FRAME: (u32, u32) = (1920, 1080);

/// Module size the clean code is rendered at before scaling down: scaling
/// from 10 px averages like a camera sensor does.
const SOURCE_MODULE_PX: u32 = 10;

/// One picture of the phone-like benchmark set.
#[derive(Debug, Clone)]
pub struct Sample {
    /// What was done to it, e.g. "3.6px rot4 blur".
    pub name: String,
    /// The degraded picture (1920 x 1080).
    pub image: GrayImage,
}

/// The 36 phone-like pictures: module size (6, 3.6, 2.7 px) x pose
/// (straight, 4°, 12° + keystone) x one of blur, noise, low contrast,
/// JPEG-45, on a 1920 x 1080 frame.
pub fn phone_like_set(qr: &RenderedQr) -> Result<Vec<Sample>, QrError> {
    let clean = qr.to_luma(SOURCE_MODULE_PX)?;
    let mut set = Vec::with_capacity(36);
    for module_px in [6.0f32, 3.6, 2.7] {
        let placed = apply(
            &clean,
            &[
                Step::Scale(module_px / SOURCE_MODULE_PX as f32),
                Step::Canvas {
                    width: FRAME.0,
                    height: FRAME.1,
                },
            ],
        );
        for (pose_name, pose) in poses() {
            let posed = apply(&placed, &pose);
            for (seed, (effect_name, effect)) in (0u64..).zip(effects()) {
                let image = apply(&posed, &[seeded(effect, seed)]);
                let name = format!("{module_px}px {pose_name} {effect_name}");
                set.push(Sample { name, image });
            }
        }
    }
    Ok(set)
}

fn poses() -> [(&'static str, Vec<Step>); 3] {
    [
        ("straight", vec![]),
        ("rot4", vec![Step::Rotate(4.0)]),
        (
            "rot12+keystone",
            vec![Step::Rotate(12.0), Step::Keystone(0.08)],
        ),
    ]
}

/// The four photo effects at the strength the benchmark uses.
pub fn effects() -> [(&'static str, Step); 4] {
    [
        ("blur", Step::Blur(1.5)),
        (
            "noise",
            Step::Noise {
                sigma: 32.0,
                seed: 0,
            },
        ),
        (
            "low-contrast",
            Step::LowContrast {
                low: 110,
                high: 145,
            },
        ),
        ("jpeg45", Step::Jpeg(45)),
    ]
}

fn seeded(step: Step, seed: u64) -> Step {
    match step {
        Step::Noise { sigma, .. } => Step::Noise { sigma, seed },
        other => other,
    }
}

/// The benchmark's code: 1,071 alphanumeric characters at level M, which
/// takes version 22.
pub fn benchmark_qr() -> Result<RenderedQr, QrError> {
    super::render(&sample_payload(1071, 22), EcLevel::M, 25)
}
