//! Drawing the sheet: one A4 page (150 dpi) with the QR code, the 12
//! words, the hub, the date and what to do, as a PNG or a one-page PDF
//! holding the same picture.
//!
//! Text is drawn glyph by glyph with a bundled font (DejaVu Sans, see
//! `assets/fonts/`): no shaping engine, so only scripts whose letters stand
//! alone are drawn in the person's language (Latin, Greek, Cyrillic,
//! Armenian, Georgian). For any other script the sheet is in English, and
//! the front end says so.

use std::io::Cursor;

use ab_glyph::{Font, FontRef, GlyphId, PxScale, ScaleFont};
use carnet_core::sync::recovery::Sheet;
use carnet_credential::qr::{self, EcLevel};
use carnet_i18n::{FluentValue, Localizer};
use image::{GrayImage, ImageFormat, Luma};

static FONT_BYTES: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// A4 at 150 dpi.
pub const WIDTH: u32 = 1240;
pub const HEIGHT: u32 = 1754;
const MARGIN: u32 = 90;
/// A4 in PDF points.
const A4_PT: (f32, f32) = (595.28, 841.89);
/// The largest QR version tried; a sheet's text needs about version 5.
const MAX_QR_VERSION: u8 = 15;

/// The output formats, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Pdf,
}

impl Format {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Pdf => "pdf",
        }
    }

    /// The bytes of a drawn sheet in this format.
    pub fn encode(self, image: &GrayImage) -> Result<Vec<u8>, String> {
        match self {
            Format::Png => to_png(image),
            Format::Pdf => to_pdf(image),
        }
    }

    pub fn of(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// What goes on the page besides the code itself.
#[derive(Debug)]
pub struct Page<'a> {
    pub sheet: &'a Sheet,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// A drawn sheet and the language its text is in.
#[derive(Debug)]
pub struct Rendered {
    pub image: GrayImage,
    /// `false` when the person's language needed shaping and the sheet
    /// fell back to English.
    pub in_own_language: bool,
}

fn font() -> Result<FontRef<'static>, String> {
    FontRef::try_from_slice(FONT_BYTES).map_err(|e| e.to_string())
}

/// Fluent wraps placeables in Unicode isolation marks; they draw nothing.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}' | '\u{200e}' | '\u{200f}'))
        .collect()
}

/// Scripts whose letters are drawn one glyph per character, left to
/// right, with no joining or reordering: Latin, Greek, Cyrillic,
/// Armenian, Georgian, with their punctuation. Combining marks are left
/// out (they need positioning).
fn plain_script(c: char) -> bool {
    matches!(c as u32,
        0x20..=0x7e
        | 0xa0..=0x2af      // Latin-1, Latin Extended-A/B, IPA
        | 0x370..=0x3ff     // Greek
        | 0x400..=0x482 | 0x48a..=0x52f // Cyrillic (no combining marks)
        | 0x531..=0x58a     // Armenian
        | 0x10a0..=0x10ff   // Georgian
        | 0x1e00..=0x1fff   // Latin Extended Additional, Greek Extended
        | 0x2010..=0x2027 | 0x2030..=0x205e // punctuation
        | 0x20a0..=0x20bf   // currency
        | 0x2116 | 0x2122 | 0x2190..=0x2193
        | 0x2c60..=0x2c7f | 0xa640..=0xa66d | 0xa720..=0xa7ff)
}

/// Whether `text` can be drawn correctly with this renderer and font.
pub fn draws_plainly(text: &str) -> bool {
    let Ok(font) = font() else {
        return false;
    };
    clean(text)
        .chars()
        .all(|c| c == '\n' || (plain_script(c) && font.glyph_id(c) != GlyphId(0)))
}

/// Every text on the sheet, in the language of `loc`.
fn texts(loc: &Localizer, page: &Page<'_>) -> Vec<String> {
    vec![
        loc.msg("cli-sheet-title"),
        loc.msg_args(
            "cli-sheet-made",
            &[("date", FluentValue::from(page.date.as_str()))],
        ),
        loc.msg_args(
            "cli-sheet-hub",
            &[("hub", FluentValue::from(page.sheet.hub.as_str()))],
        ),
        loc.msg("cli-sheet-words"),
        loc.msg("cli-sheet-instructions"),
        loc.msg("cli-sheet-warning"),
    ]
}

/// Draws the sheet in the language of `loc` if its script draws plainly,
/// else in English.
pub fn render(loc: &Localizer, page: &Page<'_>) -> Result<Rendered, String> {
    render_texts(page, texts(loc, page), || {
        texts(&Localizer::new(&["en"]), page)
    })
}

fn render_texts(
    page: &Page<'_>,
    own: Vec<String>,
    english: impl FnOnce() -> Vec<String>,
) -> Result<Rendered, String> {
    let in_own_language = own.iter().all(|t| draws_plainly(t));
    let words = if in_own_language { own } else { english() };
    let image = draw(page, &words)?;
    Ok(Rendered {
        image,
        in_own_language,
    })
}

struct Canvas {
    image: GrayImage,
    font: FontRef<'static>,
}

impl Canvas {
    fn width_of(&self, text: &str, size: f32) -> f32 {
        let f = self.font.as_scaled(PxScale::from(size));
        let mut w = 0.0;
        let mut prev: Option<GlyphId> = None;
        for c in text.chars() {
            let id = f.glyph_id(c);
            if let Some(p) = prev {
                w += f.kern(p, id);
            }
            w += f.h_advance(id);
            prev = Some(id);
        }
        w
    }

    /// Draws one line with its top at `top`; returns the line height.
    fn line(&mut self, text: &str, x: f32, top: f32, size: f32) -> f32 {
        let scale = PxScale::from(size);
        let f = self.font.as_scaled(scale);
        let baseline = top + f.ascent();
        let mut caret = x;
        let mut prev: Option<GlyphId> = None;
        for c in text.chars() {
            let id = f.glyph_id(c);
            if let Some(p) = prev {
                caret += f.kern(p, id);
            }
            let glyph = id.with_scale_and_position(scale, ab_glyph::point(caret, baseline));
            caret += f.h_advance(id);
            prev = Some(id);
            let Some(outline) = self.font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            let image = &mut self.image;
            outline.draw(|gx, gy, coverage| {
                let px = bounds.min.x as i64 + i64::from(gx);
                let py = bounds.min.y as i64 + i64::from(gy);
                if let (Ok(px), Ok(py)) = (u32::try_from(px), u32::try_from(py)) {
                    if px < image.width() && py < image.height() {
                        let old = f32::from(image.get_pixel(px, py)[0]);
                        let ink = old * (1.0 - coverage.clamp(0.0, 1.0));
                        image.put_pixel(px, py, Luma([ink.round() as u8]));
                    }
                }
            });
        }
        f.height() + f.line_gap()
    }

    /// Draws `text` wrapped at `width`, each `\n` a new paragraph line;
    /// returns the height used.
    fn paragraph(&mut self, text: &str, x: f32, top: f32, width: f32, size: f32) -> f32 {
        let mut y = top;
        for source_line in text.lines() {
            let mut current = String::new();
            for word in source_line.split(' ') {
                let candidate = if current.is_empty() {
                    word.to_string()
                } else {
                    format!("{current} {word}")
                };
                if !current.is_empty() && self.width_of(&candidate, size) > width {
                    y += self.line(&current, x, y, size);
                    current = word.to_string();
                } else {
                    current = candidate;
                }
            }
            y += self.line(&current, x, y, size);
        }
        y - top
    }

    fn rule(&mut self, y: u32) {
        for x in MARGIN..WIDTH - MARGIN {
            for dy in 0..2 {
                self.image.put_pixel(x, y + dy, Luma([0]));
            }
        }
    }
}

fn draw(page: &Page<'_>, texts: &[String]) -> Result<GrayImage, String> {
    let texts: Vec<String> = texts.iter().map(|t| clean(t)).collect();
    let [title, made, hub, words_heading, instructions, warning] = texts.as_slice() else {
        return Err("the sheet has six texts".into());
    };
    let mut c = Canvas {
        image: GrayImage::from_pixel(WIDTH, HEIGHT, Luma([255])),
        font: font()?,
    };
    let left = MARGIN as f32;
    let inner = (WIDTH - 2 * MARGIN) as f32;
    let mut y = MARGIN as f32;
    y += c.line(title, left, y, 52.0);
    y += 6.0;
    y += c.line(made, left, y, 24.0);
    y += c.paragraph(hub, left, y, inner, 24.0);
    y += 18.0;
    c.rule(y as u32);
    y += 30.0;

    // The QR code on the left, the words on the right.
    let code =
        qr::render(&page.sheet.to_text(), EcLevel::Q, MAX_QR_VERSION).map_err(|e| e.to_string())?;
    let module_px = (520 / u32::try_from(code.width_modules() + 8).unwrap_or(u32::MAX)).max(4);
    let picture = code.to_luma(module_px).map_err(|e| e.to_string())?;
    let qr_top = y as i64;
    image::imageops::replace(&mut c.image, &picture, i64::from(MARGIN) - 20, qr_top);
    let words_left = (MARGIN + picture.width() + 10) as f32;
    let mut wy = y;
    wy += c.line(words_heading, words_left, wy, 28.0);
    wy += 10.0;
    for (i, w) in page.sheet.code.words().iter().enumerate() {
        let n = format!("{}.", i + 1);
        let number_width = c.width_of("12.", 40.0);
        let nx = words_left + number_width - c.width_of(&n, 40.0);
        c.line(&n, nx, wy, 40.0);
        wy += c.line(w, words_left + number_width + 18.0, wy, 40.0) - 3.0;
    }
    y = wy.max(y + picture.height() as f32) + 24.0;
    c.rule(y as u32);
    y += 30.0;
    y += c.paragraph(instructions, left, y, inner, 27.0);
    y += 20.0;
    c.paragraph(warning, left, y, inner, 27.0);
    Ok(c.image)
}

/// PNG bytes of a drawn sheet.
pub fn to_png(image: &GrayImage) -> Result<Vec<u8>, String> {
    let mut out = Cursor::new(Vec::new());
    image
        .write_to(&mut out, ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// A one-page A4 PDF whose page is the drawn sheet (gray, Flate).
pub fn to_pdf(image: &GrayImage) -> Result<Vec<u8>, String> {
    use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref};
    use std::io::Write;

    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(image.as_raw()).map_err(|e| e.to_string())?;
    let pixels = z.finish().map_err(|e| e.to_string())?;

    let (catalog, tree, page_id, picture, contents) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
    );
    let name = Name(b"Sheet");
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids([page_id]).count(1);
    let mut page = pdf.page(page_id);
    page.media_box(Rect::new(0.0, 0.0, A4_PT.0, A4_PT.1));
    page.parent(tree);
    page.contents(contents);
    page.resources().x_objects().pair(name, picture);
    page.finish();
    let mut x = pdf.image_xobject(picture, &pixels);
    x.filter(Filter::FlateDecode);
    x.width(i32::try_from(image.width()).map_err(|e| e.to_string())?);
    x.height(i32::try_from(image.height()).map_err(|e| e.to_string())?);
    x.color_space().device_gray();
    x.bits_per_component(8);
    x.finish();
    let mut content = Content::new();
    content.save_state();
    content.transform([A4_PT.0, 0.0, 0.0, A4_PT.1, 0.0, 0.0]);
    content.x_object(name);
    content.restore_state();
    pdf.stream(contents, &content.finish());
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_core::sync::recovery::SheetCode;

    fn page(sheet: &Sheet) -> Page<'_> {
        Page {
            sheet,
            date: "2025-03-01".into(),
        }
    }

    fn sheet() -> Sheet {
        Sheet {
            hub: "http://192.168.1.10:8470".into(),
            code: SheetCode::generate(),
        }
    }

    #[test]
    fn the_sheet_scans_back_to_its_text() {
        let sheet = sheet();
        let r = render(&Localizer::new(&["en"]), &page(&sheet)).expect("render");
        assert!(r.in_own_language);
        assert_eq!((r.image.width(), r.image.height()), (WIDTH, HEIGHT));
        let png = to_png(&r.image).expect("png");
        if let Some(dir) = std::env::var_os("CARNET_SHEET_SAMPLE") {
            let _ = std::fs::write(std::path::Path::new(&dir).join("sheet.png"), &png);
        }
        assert_eq!(qr::decode_image(&png).expect("decode"), sheet.to_text());
        // Some ink in the text area below the code (the instructions).
        let lower_ink = (800..1100)
            .flat_map(|y| (MARGIN..WIDTH - MARGIN).map(move |x| (x, y)))
            .filter(|&(x, y)| r.image.get_pixel(x, y)[0] < 128)
            .count();
        assert!(lower_ink > 1000, "{lower_ink}");
    }

    #[test]
    fn scripts_that_need_shaping_fall_back_to_english() {
        assert!(draws_plainly("Гарантия — Ελληνικά, Հայերեն, ქართული, Ça"));
        assert!(!draws_plainly("ورقة الاسترداد"));
        assert!(!draws_plainly("पुनर्प्राप्ति"));
        assert!(!draws_plainly("e\u{301}"));
        let sheet = sheet();
        let english = texts(&Localizer::new(&["en"]), &page(&sheet));
        let mut arabic = english.clone();
        arabic[0] = "ورقة الاسترداد".into();
        let r = render_texts(&page(&sheet), arabic, || english.clone()).expect("render");
        assert!(!r.in_own_language);
        let r = render_texts(&page(&sheet), english.clone(), Vec::new).expect("render");
        assert!(r.in_own_language);
    }

    #[test]
    fn the_pdf_is_one_a4_page() {
        let image = GrayImage::from_pixel(WIDTH, HEIGHT, Luma([255]));
        let pdf = to_pdf(&image).expect("pdf");
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.starts_with("%PDF-"));
        assert!(
            text.contains("/MediaBox [0 0 595.28 841.89]"),
            "{text:.600}"
        );
        assert!(text.contains("/Count 1"));
    }
}
