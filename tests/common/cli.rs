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
    run(out)
}

/// Runs `cca-lab args…` like [`cca_lab`], with `input` on standard input.
pub fn cca_lab_with_input(args: &[&str], input: &[u8]) -> Run {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_cca-lab"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cca-lab runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    // Written from a thread so that a large input cannot deadlock against
    // a full output pipe.
    let writer = std::thread::spawn(move || {
        // The command may stop reading early (on an error): not a failure.
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("cca-lab runs");
    writer.join().expect("the writer thread ends");
    run(out)
}

fn run(out: std::process::Output) -> Run {
    let raw_stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: raw_stdout.lines().map(str::to_string).collect(),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        raw_stdout,
    }
}
