//! Writes made-up results files of a curriculum, for trying the cohort page
//! and for the benchmarks (`.ci/bench`). Deterministic for a seed; nothing
//! here is data about real people.
//!
//!   cargo run --release --example cohort-sample -- curricula/cca-migration 1000 /tmp/cohort [SEED]

#[path = "../tests/common/sample.rs"]
mod sample;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: cohort-sample CURRICULUM COUNT OUT-FOLDER [SEED]");
        std::process::exit(2);
    }
    let c = sample::load_localized(std::path::Path::new(&args[0]), "en");
    let n: usize = args[1].parse().expect("COUNT is a number");
    let seed: u64 = args
        .get(3)
        .map_or(7, |s| s.parse().expect("SEED is a number"));
    let out = std::path::Path::new(&args[2]);
    std::fs::create_dir_all(out).expect("out folder");
    for (name, text) in sample::sample_results(&c, n, seed) {
        std::fs::write(out.join(name), text).expect("written");
    }
    eprintln!("wrote {n} results files of {} to {}", c.id, out.display());
}
