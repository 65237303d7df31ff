//! `cca-lab`: the command-line tool for trainers and CI.
//!
//! ```text
//! cca-lab check curricula/            check the catalogue and every curriculum
//! cca-lab check curricula/starter     check one curriculum
//! ```
//!
//! Exit codes: 0 when there are no errors (warnings allowed), 1 when there
//! are errors, 2 for usage or I/O problems.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use cca_lab::domain::curriculum::{self, FileSet, FileState, Scope};
use cca_lab::domain::diagnostic::{
    Code, Diagnostic, Report, SourceFile, WithHint, file_diagnostic,
};
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "cca-lab",
    version,
    about = "CCA Migration Lab: check and work with curricula"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check curriculum files and print every problem as
    /// `path:line:column: error[CODE]: message — hint`.
    ///
    /// PATH is a folder with `catalog.toml` (the catalogue and every
    /// curriculum it lists are checked) or a curriculum folder with
    /// `curriculum.toml`. Exit code 0: no errors; 1: errors; 2: usage or I/O
    /// problem.
    Check {
        /// Folders to check.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One line per problem, then a summary on standard error.
    Text,
    /// One JSON array of diagnostics on standard output.
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("cca-lab: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check { paths, format } => check(&paths, format),
    }
}

fn check(paths: &[PathBuf], format: Format) -> anyhow::Result<ExitCode> {
    let mut report = Report::new();
    let mut curricula = 0;
    for path in paths {
        let shown = path.to_string_lossy().trim_end_matches('/').to_string();
        if !path.is_dir() {
            bail!("{shown}: not a folder");
        }
        if path.join("catalog.toml").is_file() {
            let (r, n) = check_root(path)?;
            report.extend(r.under(&shown));
            curricula += n;
        } else if path.join("curriculum.toml").is_file() {
            let folder = folder_name(path)?;
            report.extend(check_curriculum(path, &folder).under(&shown));
            curricula += 1;
        } else {
            bail!(
                "{shown}: no catalog.toml or curriculum.toml here; give a curricula folder or one curriculum's folder"
            );
        }
    }
    match format {
        Format::Text => {
            for d in report.diagnostics() {
                println!("{d}");
            }
            eprintln!(
                "checked {curricula} curricul{}: {} error{}, {} warning{}",
                if curricula == 1 { "um" } else { "a" },
                report.error_count(),
                if report.error_count() == 1 { "" } else { "s" },
                report.warning_count(),
                if report.warning_count() == 1 { "" } else { "s" },
            );
        }
        Format::Json => println!("{}", serde_json::to_string_pretty(report.diagnostics())?),
    }
    Ok(ExitCode::from(u8::from(report.has_errors())))
}

/// The folder's own name, which must equal the curriculum id.
fn folder_name(path: &Path) -> anyhow::Result<String> {
    let abs = path
        .canonicalize()
        .with_context(|| format!("{}", path.display()))?;
    Ok(abs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default())
}

/// Reads one file into the state the domain expects.
fn read(path: &Path) -> FileState {
    match std::fs::read(path) {
        Ok(bytes) => FileState::from_bytes(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => FileState::Missing,
        Err(e) => FileState::Unreadable(e.to_string()),
    }
}

/// Loads every file of the curriculum in `dir` and checks it in all its languages.
fn check_curriculum(dir: &Path, folder: &str) -> Report {
    let mut files = FileSet::new();
    loop {
        let want = curriculum::wanted(&files, &Scope::All);
        if want.is_empty() {
            break;
        }
        for p in want {
            let state = read(&dir.join(&p));
            files.insert(p, state);
        }
    }
    curriculum::check(folder, &files, &Scope::All).report
}

/// Checks `catalog.toml` in `dir` and every curriculum it lists; warns about
/// curriculum folders it does not list. Returns the report (paths relative
/// to `dir`) and the number of curricula checked.
fn check_root(dir: &Path) -> anyhow::Result<(Report, usize)> {
    let mut report = Report::new();
    let text = match read(&dir.join("catalog.toml")) {
        FileState::Text(t) => t,
        FileState::NotUtf8 => {
            report.push(
                file_diagnostic(
                    "catalog.toml",
                    Code::FileEncoding,
                    "the file is not valid UTF-8",
                )
                .hint("save it as UTF-8"),
            );
            return Ok((report, 0));
        }
        FileState::Missing => bail!("{}: catalog.toml disappeared", dir.display()),
        FileState::Unreadable(why) => bail!("{}: {why}", dir.join("catalog.toml").display()),
    };
    let (catalog, r) = curriculum::check_catalog("catalog.toml", &text);
    report.extend(r);
    let read = catalog.is_some();
    let listed = catalog.map(|c| c.curricula).unwrap_or_default();
    let source = SourceFile::new("catalog.toml", &text);
    let mut checked = 0;
    for id in &listed {
        let sub = dir.join(id);
        if sub.join("curriculum.toml").is_file() {
            report.extend(check_curriculum(&sub, id).under(id));
            checked += 1;
        } else {
            let offset = text.find(&format!("\"{id}\"")).unwrap_or(0);
            report.push(
                source
                    .diagnostic(offset, Code::CatalogEntry, format!("the catalogue lists `{id}`, but {id}/curriculum.toml does not exist"))
                    .hint(format!("create the folder {id}/ with a curriculum.toml, or remove `{id}` from the list")),
            );
        }
    }
    let mut entries: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("{}", dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().join("curriculum.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    // When the catalogue could not be read, its list is unknown: every folder
    // would look unlisted.
    for name in entries.iter().filter(|n| read && !listed.contains(n)) {
        report.push(unlisted(name));
    }
    report.sort();
    Ok((report, checked))
}

fn unlisted(name: &str) -> Diagnostic {
    file_diagnostic(
        &format!("{name}/curriculum.toml"),
        Code::UnlistedCurriculum,
        format!("the curriculum `{name}` is not in catalog.toml, so the app will not show it"),
    )
    .hint(format!("add \"{name}\" to `curricula` in catalog.toml"))
}
