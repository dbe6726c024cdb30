//! `cargo xtask bench`: the logbook benchmarks (crates/carnet-core/benches).

use crate::cmd::{self, Result};

pub fn run(args: &[String]) -> Result {
    let mut c = cmd::cargo(["bench", "-p", "carnet-core", "--bench", "logbook"]);
    if !args.is_empty() {
        c.arg("--").args(args);
    }
    println!("==> {}", cmd::display(&c));
    cmd::run(&mut c)?;
    println!(
        "\nRecord these numbers in docs/benchmarks.md, with the date and the machine \
         (`nproc`, the CPU model from /proc/cpuinfo), and say which targets are met."
    );
    Ok(())
}
