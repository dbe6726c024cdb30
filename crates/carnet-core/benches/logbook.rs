//! Logbook benchmarks (docs/benchmarks.md); run with `cargo xtask bench`.
//!
//! A logbook of 10,000 varied entries, built with the public API, is timed
//! for: opening it (Argon2id excluded and timed on its own), adding one
//! entry durably, a full-text search for a word in 1% of the entries, and
//! the JSON export. Open, add, search and export also run on the same
//! workload in plain SQLite, so the cost of SQLCipher is measured rather
//! than guessed. The table printed at the end is computed from exactly the
//! calls criterion measured (warm-up left out), one duration per call.
//!
//! The logbooks live in the system temporary directory: keep it on a disk,
//! not a tmpfs, or durable commits cost nothing and `add` looks too good.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use carnet_core::keys::{Argon2Params, KeyFile, LogbookSecret, KEYFILE_NAME};
use carnet_core::model::{Field, Kind, NewEntry, ProfilePatch};
use carnet_core::store::StoreKey;
use carnet_core::{Export, Logbook};
use criterion::{Criterion, SamplingMode};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const ENTRIES: usize = 10_000;
const PASSPHRASE: &str = "benchmark passphrase 1";
/// Appears in exactly 1% of the entries (every 100th), and in no other word.
const NEEDLE: &str = "welding";
const SEED: u64 = 0x00ca_47e7;

/// Samples per benchmark. Set per group, so command-line flags cannot
/// change it and the summary knows which calls were measured.
const SAMPLES: usize = 20;
const WARM_UP: Duration = Duration::from_secs(1);
const MEASURE: Duration = Duration::from_secs(4);
/// An export takes most of a second: 20 of them need longer than `MEASURE`.
const MEASURE_EXPORT: Duration = Duration::from_secs(16);

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let timings = Timings::default();

    let cipher = Variant::build(true);
    let plain = Variant::build(false);
    let variants = [&cipher, &plain];

    let mut g = c.benchmark_group("open");
    configure(&mut g, SamplingMode::Flat, MEASURE);
    for v in variants {
        g.bench_function(v.name, |b| {
            b.iter_custom(|n| timings.run("open", v.name, n, || (), |()| v.open()))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("unlock");
    configure(&mut g, SamplingMode::Flat, MEASURE);
    let key_file = KeyFile::read(&cipher.dir().join(KEYFILE_NAME)).expect("read key file");
    g.bench_function("argon2id", |b| {
        b.iter_custom(|n| {
            timings.run(
                "unlock",
                "argon2id",
                n,
                || (),
                |()| key_file.unlock(PASSPHRASE).expect("unlock"),
            )
        })
    });
    g.finish();

    let mut open: Vec<(&Variant, Logbook)> = variants.iter().map(|v| (*v, v.open())).collect();

    let mut g = c.benchmark_group("search");
    configure(&mut g, SamplingMode::Auto, MEASURE);
    for (v, lb) in &open {
        let found = lb.search(NEEDLE).expect("search").len();
        assert_eq!(found, ENTRIES / 100, "the needle is in 1% of the entries");
        g.bench_function(v.name, |b| {
            b.iter_custom(|n| {
                timings.run(
                    "search",
                    v.name,
                    n,
                    || (),
                    |()| lb.search(black_box(NEEDLE)).expect("search"),
                )
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("export");
    configure(&mut g, SamplingMode::Flat, MEASURE_EXPORT);
    for (v, lb) in &open {
        g.bench_function(v.name, |b| {
            b.iter_custom(|n| {
                timings.run(
                    "export",
                    v.name,
                    n,
                    || (),
                    |()| {
                        let profile = lb.profile().expect("profile");
                        let entries = lb.entries().expect("entries");
                        Export::new(profile, entries).to_json().expect("export")
                    },
                )
            })
        });
    }
    g.finish();

    // Last: every added entry grows the logbook the others measured.
    let mut g = c.benchmark_group("add");
    configure(&mut g, SamplingMode::Auto, MEASURE);
    for (v, lb) in &mut open {
        let mut next = ENTRIES;
        g.bench_function(v.name, |b| {
            b.iter_custom(|n| {
                timings.run(
                    "add",
                    v.name,
                    n,
                    || {
                        next += 1;
                        sample_entry(next)
                    },
                    |e| lb.add(&e).expect("add"),
                )
            })
        });
    }
    g.finish();
    drop(open);

    c.final_summary();
    timings.summary();
}

fn configure(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    mode: SamplingMode,
    measure: Duration,
) {
    g.sample_size(SAMPLES)
        .warm_up_time(WARM_UP)
        .measurement_time(measure)
        .sampling_mode(mode);
}

/// One logbook of `ENTRIES` entries, encrypted or not.
struct Variant {
    name: &'static str,
    dir: tempfile::TempDir,
    id: uuid::Uuid,
    /// The unwrapped secret of an encrypted logbook; `None` for plain SQLite.
    secret: Option<LogbookSecret>,
}

impl Variant {
    fn build(encrypted: bool) -> Variant {
        let name = if encrypted { "sqlcipher" } else { "plain" };
        let dir = tempfile::Builder::new()
            .prefix(&format!("carnet-bench-{name}-"))
            .tempdir()
            .expect("temp dir");
        let path = dir.path().join("logbook");
        let start = Instant::now();
        let (mut lb, id, secret) = if encrypted {
            let lb =
                Logbook::create_with(&path, PASSPHRASE, Argon2Params::default()).expect("create");
            let secret = KeyFile::read(&path.join(KEYFILE_NAME))
                .and_then(|k| k.unlock(PASSPHRASE))
                .expect("unlock");
            let id = lb.id();
            (lb, id, Some(secret))
        } else {
            let (lb, id) = Logbook::create_unencrypted_for_benchmark(&path).expect("create");
            (lb, id, None)
        };
        lb.update_profile(&sample_profile()).expect("profile");
        eprint!("building a {ENTRIES}-entry {name} logbook, one durable add at a time ...");
        for i in 0..ENTRIES {
            lb.add(&sample_entry(i)).expect("add");
        }
        drop(lb);
        eprintln!(
            " {:.1} s, {:.1} MB on disk ({})",
            start.elapsed().as_secs_f64(),
            disk_usage(&path) as f64 / 1e6,
            path.display()
        );
        Variant {
            name,
            dir,
            id,
            secret,
        }
    }

    fn dir(&self) -> PathBuf {
        self.dir.path().join("logbook")
    }

    /// Opens the logbook as the app does once the passphrase is unwrapped.
    fn open(&self) -> Logbook {
        match &self.secret {
            Some(secret) => Logbook::open_with_secret(&self.dir(), self.id, secret),
            None => Logbook::open_store(&self.dir(), self.id, StoreKey::Plain),
        }
        .expect("open")
    }
}

fn disk_usage(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// Each timed call criterion makes, per benchmark and per routine call, so
/// the summary can use exactly the measured calls.
#[derive(Default)]
struct Timings(RefCell<BTreeMap<Bench, Vec<Vec<Duration>>>>);

/// (operation, variant), e.g. ("open", "plain").
type Bench = (&'static str, &'static str);

impl Timings {
    /// Runs `routine` `iters` times on fresh `setup` input; only `routine`
    /// is timed. Its output is dropped outside the clock: closing a
    /// logbook is not part of opening it.
    fn run<I, O>(
        &self,
        op: &'static str,
        variant: &'static str,
        iters: u64,
        mut setup: impl FnMut() -> I,
        mut routine: impl FnMut(I) -> O,
    ) -> Duration {
        let mut calls = Vec::new();
        for _ in 0..iters {
            let input = setup();
            let start = Instant::now();
            let out = routine(black_box(input));
            calls.push(start.elapsed());
            drop(black_box(out));
        }
        let total = calls.iter().sum();
        self.0
            .borrow_mut()
            .entry((op, variant))
            .or_default()
            .push(calls);
        total
    }

    /// The calls of the last `SAMPLES` routine calls: criterion's
    /// measurement, after its warm-up. Sorted.
    fn measured(&self, op: &str, variant: &str) -> Vec<Duration> {
        let all = self.0.borrow();
        let Some((_, samples)) = all.iter().find(|((o, v), _)| *o == op && *v == variant) else {
            return Vec::new();
        };
        let skip = samples.len().saturating_sub(SAMPLES);
        let mut calls: Vec<Duration> = samples[skip..].iter().flatten().copied().collect();
        calls.sort();
        calls
    }

    fn summary(&self) {
        println!("\nSummary: {ENTRIES}-entry logbook, per call, from the calls criterion measured");
        println!(
            "{:<8} {:>8} {:>11} {:>11} {:>11} {:>11} {:>7} {:>7}",
            "", "calls", "SQLCipher", "", "plain", "", "ratio", ""
        );
        println!(
            "{:<8} {:>8} {:>11} {:>11} {:>11} {:>11} {:>7} {:>7}",
            "op", "", "median", "mean", "median", "mean", "median", "mean"
        );
        let mut ratios = BTreeMap::new();
        let mut medians = BTreeMap::new();
        for op in ["open", "add", "search", "export"] {
            let c = Stats::of(&self.measured(op, "sqlcipher"));
            let p = Stats::of(&self.measured(op, "plain"));
            let ratio = |a: Option<Duration>, b: Option<Duration>| match (a, b) {
                (Some(a), Some(b)) if !b.is_zero() => Some(a.as_secs_f64() / b.as_secs_f64()),
                _ => None,
            };
            let r_median = ratio(c.median, p.median);
            let r_mean = ratio(c.mean, p.mean);
            println!(
                "{op:<8} {:>8} {:>11} {:>11} {:>11} {:>11} {:>7} {:>7}",
                format!("{}/{}", c.calls, p.calls),
                ms(c.median),
                ms(c.mean),
                ms(p.median),
                ms(p.mean),
                times(r_median),
                times(r_mean),
            );
            ratios.insert(op, r_mean);
            medians.insert(op, c.median);
        }
        let a = Stats::of(&self.measured("unlock", "argon2id"));
        println!(
            "{:<8} {:>8} {:>11} {:>11}   (Argon2id passphrase unwrap, {} KiB, {} passes)",
            "argon2id",
            a.calls,
            ms(a.median),
            ms(a.mean),
            Argon2Params::default().memory_kib,
            Argon2Params::default().iterations,
        );

        println!("\nTargets (SQLCipher, median):");
        let ms_target = |op: &str, limit_ms: f64| {
            let got = medians.get(op).copied().flatten();
            println!(
                "  {op:<7} <= {limit_ms:>5} ms        {:>11}  {}",
                ms(got),
                verdict(got.map(|d| d.as_secs_f64() * 1e3 <= limit_ms))
            );
        };
        ms_target("open", 200.0);
        ms_target("add", 2.0);
        ms_target("search", 2.0);
        for op in ["open", "add", "search", "export"] {
            let r = ratios.get(op).copied().flatten();
            println!(
                "  {op:<7} <= 1.25x plain (mean) {:>9}  {}",
                times(r),
                verdict(r.map(|r| r <= 1.25))
            );
        }
    }
}

struct Stats {
    calls: usize,
    median: Option<Duration>,
    mean: Option<Duration>,
}

impl Stats {
    fn of(sorted: &[Duration]) -> Stats {
        let n = sorted.len();
        Stats {
            calls: n,
            median: match n {
                0 => None,
                _ if n % 2 == 1 => Some(sorted[n / 2]),
                _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
            },
            mean: (n > 0).then(|| sorted.iter().sum::<Duration>() / n as u32),
        }
    }
}

fn ms(d: Option<Duration>) -> String {
    d.map_or("-".into(), |d| format!("{:.3} ms", d.as_secs_f64() * 1e3))
}

fn times(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{r:.2}x"))
}

fn verdict(ok: Option<bool>) -> &'static str {
    match ok {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "not measured",
    }
}

fn sample_profile() -> ProfilePatch {
    ProfilePatch {
        display_name: Some("Amal Haddad".into()),
        birth_date: Some("1988-03".into()),
        origin_country: Some("SY".into()),
        current_country: Some("DE".into()),
        contact: Some("amal@example.org".into()),
        languages: vec![
            ("ar".into(), Some(true), Vec::new()),
            (
                "de".into(),
                Some(false),
                vec![
                    ("listening".into(), "B1".into()),
                    ("reading".into(), "B1".into()),
                ],
            ),
            (
                "en".into(),
                Some(false),
                vec![("reading".into(), "B2".into())],
            ),
        ],
        remove_languages: Vec::new(),
    }
}

const SKILLS: &[&str] = &[
    "Bricklaying",
    "Floor and wall tiling",
    "Plastering",
    "Carpentry",
    "Plumbing",
    "Electrical installation",
    "Forklift driving",
    "Food preparation",
    "Baking bread and pastries",
    "Tailoring",
    "Hairdressing",
    "Care of elderly people",
    "Childcare",
    "Bookkeeping",
    "Computer repair",
    "Mobile phone repair",
    "Car mechanics",
    "Painting and decorating",
    "Industrial cleaning",
    "Warehouse order picking",
    "Sewing machine operation",
    "Customer service",
    "Community interpreting",
    "Drip irrigation",
    "Beekeeping",
    "Cooking for large groups",
    "Stock keeping",
    "Roofing",
    "Upholstery",
    "Solar panel installation",
];
const NEEDLE_SKILLS: &[&str] = &[
    "MIG welding",
    "Pipe welding",
    "Arc welding",
    "TIG welding of stainless steel",
];
const JOBS: &[&str] = &[
    "Cook",
    "Tailor's assistant",
    "Construction labourer",
    "Shop assistant",
    "Farm hand",
    "Nurse",
    "Primary school teacher",
    "Delivery driver",
    "Electrician's helper",
    "Baker",
    "Waiter",
    "Warehouse worker",
    "Car mechanic",
    "Care assistant",
    "Cleaner",
    "Accountant",
    "Hairdresser",
    "Site foreman",
];
const ORGANISATIONS: &[&str] = &[
    "Al-Amal Bakery",
    "Café Damas",
    "Boulangerie du Marché",
    "Kabul Textile Cooperative",
    "Asmara Garage",
    "Red Crescent clinic",
    "Municipal water board",
    "Family restaurant",
    "Hotel Orient",
    "Nordbau GmbH",
    "Ecole primaire Jean Moulin",
    "Lycée technique",
    "Volkshochschule",
    "Chamber of Crafts",
    "Ministry of Education",
    "Caritas drop-in centre",
];
const PLACES: &[&str] = &[
    "Aleppo",
    "Damascus",
    "Homs",
    "Kabul",
    "Herat",
    "Asmara",
    "Kharkiv",
    "Mosul",
    "Mogadishu",
    "Gaziantep",
    "Beirut",
    "Amman",
    "Berlin",
    "Lyon",
    "Malmö",
    "Göteborg",
    "Hamburg",
    "Marseille",
];
const COUNTRIES: &[&str] = &[
    "SY", "SY", "SY", "AF", "AF", "ER", "UA", "IQ", "SO", "TR", "LB", "JO", "DE", "FR", "SE",
];
const LANGUAGES: &[&str] = &[
    "Arabic",
    "German",
    "English",
    "French",
    "Kurdish",
    "Turkish",
    "Dari",
    "Pashto",
    "Tigrinya",
    "Swedish",
    "Ukrainian",
    "Somali",
];
const QUALIFICATIONS: &[&str] = &[
    "Secondary school certificate",
    "Vocational diploma in electrical installation",
    "First aid certificate",
    "Food hygiene certificate",
    "Driving licence category C",
    "Bachelor of Nursing",
    "Forklift operator licence",
    "Certificate in accounting",
    "Diploma in primary education",
    "Journeyman certificate in carpentry",
];
const COURSES: &[&str] = &[
    "Integration course",
    "Online course: spreadsheets for beginners",
    "Workshop: preparing for job interviews",
    "Health and safety on building sites",
    "Evening class in bookkeeping",
    "Language café",
    "Mentoring programme for newcomers",
    "Introduction to the labour market",
];
const ACTIVITIES: &[&str] = &[
    "prepared meals for up to 200 people",
    "read technical drawings",
    "trained two apprentices",
    "kept daily stock records",
    "repaired engines of small trucks",
    "served customers in three languages",
    "installed wiring in new flats",
    "laid floor and wall tiles in bathrooms",
    "cared for elderly residents at night",
    "altered and repaired clothes",
    "drove a delivery van across the city",
    "led a team of five",
    "kept the workshop safe and clean",
    "used spreadsheets for the accounts",
    "planted and harvested vegetables",
    "ordered materials from suppliers",
    "checked the quality of finished work",
    "dealt with complaints calmly",
    "measured and cut timber to size",
    "fixed leaking pipes and replaced boilers",
];
const OPENINGS: &[&str] = &[
    "Every day I",
    "In this job I",
    "I regularly",
    "Over the years I",
    "With my colleagues I",
];
const CLOSINGS: &[&str] = &[
    "References are available from my former employer.",
    "I have photos of my work.",
    "I would like to continue in this field.",
    "The certificate was lost when we left; the school can confirm it.",
    "I learned this from my father.",
    "",
    "",
];
/// Some people write in Arabic; the index and the export must carry it.
const ARABIC: &[&str] = &[
    "عملت في مطعم عائلي لمدة خمس سنوات.",
    "تعلمت الخياطة من والدتي.",
    "كنت مسؤولاً عن المستودع والطلبيات.",
];

fn pick<'a>(rng: &mut StdRng, from: &[&'a str]) -> &'a str {
    from.choose(rng).copied().unwrap_or_default()
}

fn sample_description(rng: &mut StdRng) -> String {
    let mut acts: Vec<&str> = ACTIVITIES.choose_multiple(rng, 3).copied().collect();
    acts.shuffle(rng);
    format!(
        "{} {}, {} and {}. {}",
        pick(rng, OPENINGS),
        acts[0],
        acts[1],
        acts[2],
        pick(rng, CLOSINGS)
    )
    .trim_end()
    .to_string()
}

/// Entry `i` of the benchmark logbook: the same for every run.
fn sample_entry(i: usize) -> NewEntry {
    let mut rng = StdRng::seed_from_u64(SEED ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let year: u32 = rng.gen_range(1995..=2022);
    let from = if rng.gen_bool(0.5) {
        format!("{year}")
    } else {
        format!("{year}-{:02}", rng.gen_range(1..=12))
    };
    let to = format!("{}", (year + rng.gen_range(0..=6)).min(2024));
    let country = pick(&mut rng, COUNTRIES);
    let stages = [
        "recruitment",
        "pre-departure",
        "arrival",
        "career",
        "return",
    ];
    let stage = pick(&mut rng, &stages);
    let proficiency = pick(&mut rng, &["basic", "intermediate", "advanced", "expert"]);
    let context = pick(&mut rng, &["formal", "non-formal", "informal"]);

    let e = if i % 100 == 42 {
        NewEntry::new(Kind::Skill, pick(&mut rng, NEEDLE_SKILLS))
            .with(Field::Level, proficiency)
            .with(
                Field::Description,
                format!(
                    "Learned {NEEDLE} in a metal workshop. {}",
                    sample_description(&mut rng)
                ),
            )
            .with(Field::Country, country)
            .with(Field::Context, context)
    } else {
        match rng.gen_range(0..100) {
            0..=34 => NewEntry::new(Kind::Skill, pick(&mut rng, SKILLS))
                .with(Field::Level, proficiency)
                .with(Field::Description, sample_description(&mut rng))
                .with(Field::Country, country)
                .with(Field::Context, context),
            35..=59 => NewEntry::new(Kind::Experience, pick(&mut rng, JOBS))
                .with(Field::Level, proficiency)
                .with(Field::Description, sample_description(&mut rng))
                .with(Field::Organisation, pick(&mut rng, ORGANISATIONS))
                .with(Field::Place, pick(&mut rng, PLACES))
                .with(Field::Country, country)
                .with(Field::Isco, format!("{}", rng.gen_range(1000..=9629)))
                .with(Field::From, from)
                .with(Field::To, to),
            60..=69 => NewEntry::new(Kind::Language, pick(&mut rng, LANGUAGES))
                .with(
                    Field::Level,
                    pick(&mut rng, &["A1", "A2", "B1", "B2", "C1", "C2"]),
                )
                .with(Field::Context, context),
            70..=84 => NewEntry::new(Kind::Qualification, pick(&mut rng, QUALIFICATIONS))
                .with(Field::Level, format!("{}", rng.gen_range(1..=8)))
                .with(Field::Organisation, pick(&mut rng, ORGANISATIONS))
                .with(Field::Country, country)
                .with(Field::To, to)
                .with(Field::Context, "formal"),
            _ => NewEntry::new(Kind::Learning, pick(&mut rng, COURSES))
                .with(Field::Description, sample_description(&mut rng))
                .with(Field::Organisation, pick(&mut rng, ORGANISATIONS))
                .with(Field::Place, pick(&mut rng, PLACES))
                .with(Field::From, from)
                .with(Field::Context, "non-formal"),
        }
    };
    let e = e.with(Field::Stages, stage);
    if i % 100 != 42 && rng.gen_ratio(1, 10) {
        e.with(Field::Description, pick(&mut rng, ARABIC))
            .with(Field::WrittenIn, "ar")
    } else {
        e.with(Field::WrittenIn, "en")
    }
}
