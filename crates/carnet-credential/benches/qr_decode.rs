//! QR decoding on 36 phone-like pictures (docs/benchmarks.md): a version-22
//! code (1,071 alphanumeric characters, level M) on a 1920 x 1080 frame,
//! module 6 / 3.6 / 2.7 px x straight / 4° / 12° + keystone x blur / noise /
//! low contrast / JPEG-45.
//!
//! Prints the success count and mean time per picture, for one rxing
//! attempt and for `decode_luma` with its retries, then lets criterion time
//! the whole set. With `CARNET_QR_BENCH_DIR` set, it first writes the
//! pictures there as PNG (plus `payload.txt`), so that another decoder
//! (zxing-cpp, through `cargo xtask bench qr`) reads the very same images.

use std::hint::black_box;
use std::time::{Duration, Instant};

use carnet_credential::qr::degrade::{self, Sample};
use carnet_credential::qr::{decode_image, decode_luma, decode_luma_once, QrError};
use criterion::{criterion_group, criterion_main, Criterion};

type Decoder = fn(&Sample) -> Result<String, QrError>;

fn build_set() -> (String, Vec<Sample>) {
    let qr = degrade::benchmark_qr().expect("benchmark payload fits");
    assert_eq!(qr.version(), 22, "the benchmark code is version 22");
    let payload = degrade::sample_payload(1071, 22);
    let set = degrade::phone_like_set(&qr).expect("set renders");
    assert_eq!(set.len(), 36);
    (payload, set)
}

/// Decodes every picture once; prints successes, mean time and misses.
fn report(label: &str, payload: &str, set: &[Sample], decode: Decoder) {
    let mut ok = 0;
    let mut total = Duration::ZERO;
    let mut misses = Vec::new();
    for sample in set {
        let start = Instant::now();
        let result = decode(sample);
        total += start.elapsed();
        match result {
            Ok(text) if text == payload => ok += 1,
            Ok(_) => misses.push(format!("{} (WRONG TEXT)", sample.name)),
            Err(_) => misses.push(sample.name.clone()),
        }
    }
    let mean_ms = total.as_secs_f64() * 1000.0 / set.len() as f64;
    println!(
        "qr_decode [{label}]: {ok}/{} decoded, mean {mean_ms:.1} ms per picture",
        set.len()
    );
    println!(
        "  missed: {}",
        if misses.is_empty() {
            "none".to_owned()
        } else {
            misses.join(", ")
        }
    );
}

fn from_png(sample: &Sample) -> Result<String, QrError> {
    let bytes = degrade::to_png(&sample.image)?;
    decode_image(&bytes)
}

/// Writes the set as `NN-name.png` and the expected text as `payload.txt`.
fn write_set(dir: &std::path::Path, payload: &str, set: &[Sample]) {
    std::fs::create_dir_all(dir).expect("create the picture directory");
    std::fs::write(dir.join("payload.txt"), payload).expect("write payload.txt");
    for (i, sample) in set.iter().enumerate() {
        let png = degrade::to_png(&sample.image).expect("PNG encodes");
        let name = format!("{i:02}-{}.png", sample.name.replace(' ', "_"));
        std::fs::write(dir.join(name), png).expect("write a picture");
    }
    println!(
        "qr_decode: wrote {} pictures to {}",
        set.len(),
        dir.display()
    );
}

fn bench(c: &mut Criterion) {
    let (payload, set) = build_set();
    if let Some(dir) = std::env::var_os("CARNET_QR_BENCH_DIR") {
        write_set(std::path::Path::new(&dir), &payload, &set);
    }
    report("rxing, one attempt", &payload, &set, |s| {
        decode_luma_once(&s.image)
    });
    report("decode_luma with retries", &payload, &set, |s| {
        decode_luma(&s.image)
    });
    report(
        "decode_image from PNG (incl. PNG encode+decode)",
        &payload,
        &set,
        from_png,
    );

    let mut group = c.benchmark_group("qr_decode");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("36 phone-like pictures", |b| {
        b.iter(|| {
            for sample in &set {
                let _ = black_box(decode_luma(black_box(&sample.image)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
