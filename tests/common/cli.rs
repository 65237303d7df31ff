//! Running the `cca-lab` binary (only with the `cli` feature, which builds it).

use std::process::Command;

/// What one run of the binary gave.
#[derive(Debug)]
pub struct Run {
    /// The exit code (`-1` if it was killed by a signal).
    pub code: i32,
    /// Standard output, split into lines.
    pub stdout: Vec<String>,
    /// Standard error, whole.
    pub stderr: String,
    /// Standard output, whole.
    pub raw_stdout: String,
}

/// Runs `cca-lab args…` with the package root as the current folder, so that
/// relative fixture paths (and the paths printed) are stable.
pub fn cca_lab(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_cca-lab"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cca-lab runs");
    let raw_stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: raw_stdout.lines().map(str::to_string).collect(),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        raw_stdout,
    }
}
