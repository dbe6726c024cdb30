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
    assert_eq!(EvidenceKind::Voice.as_str(), "voice");
    assert_eq!(EvidenceKind::parse("voice"), Some(EvidenceKind::Voice));
    assert_eq!(EvidenceKind::parse("pdf"), None);
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
        EvidenceError::NotAudio,
        EvidenceError::AudioIsVideo,
        EvidenceError::AudioTooBig { bytes: 1 },
        EvidenceError::AudioDamaged { reason: "x".into() },
        EvidenceError::NotEvidence,
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

#[test]
fn the_content_decides_between_photo_and_voice() {
    let png = encode_png_rgb(&RgbImage::from_pixel(4, 3, Rgb([1, 2, 3])));
    assert_eq!(sniff_kind(&png), Ok(EvidenceKind::Photo));
    let mut wav = b"RIFF\x24\0\0\0WAVEfmt \x10\0\0\0".to_vec();
    wav.extend_from_slice(&[1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0]);
    wav.extend_from_slice(b"data\0\0\0\0");
    assert_eq!(sniff_kind(&wav), Ok(EvidenceKind::Voice));
    // A GIF is a picture Carnet refuses: the photo path says why.
    assert_eq!(sniff_kind(b"GIF89a\x01\0\x01\0"), Ok(EvidenceKind::Photo));
    assert_eq!(
        sniff_kind(b"just some text"),
        Err(EvidenceError::NotEvidence)
    );
}
