//! `cca-lab`: the command-line tool for trainers and CI.
//!
//! ```text
//! cca-lab check curricula/            check the catalogue and every curriculum
//! cca-lab check curricula/starter     check one curriculum
//! cca-lab package --scorm12 curricula/starter -o starter-scorm12.zip
//! cca-lab package --cmi5 curricula/starter --dist dist/ -o starter-cmi5.zip
//! cca-lab suggest --lang fr --top 3 < priorities.txt > suggestions.jsonl
//! ```
//!
//! Exit codes: 0 when there are no errors (warnings allowed), 1 when there
//! are errors, 2 for usage or I/O problems.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use cca_lab::domain::curriculum::{self, FileSet, FileState, Scope};
use cca_lab::domain::diagnostic::{
    Code, Diagnostic, Report, SourceFile, WithHint, file_diagnostic,
};
use cca_lab::domain::package::{self, PackageInfo, Standard};
use cca_lab::domain::suggest::{self, Lang};
use clap::{ArgGroup, Parser, Subcommand, ValueEnum};

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
    /// Build an LMS package (SCORM 1.2 or cmi5) of one curriculum from the
    /// release build.
    ///
    /// The curriculum is checked first, in all its languages, as by `check`;
    /// a curriculum with errors is not packaged. The zip holds the manifest
    /// (`imsmanifest.xml` and its schemas, or `cmi5.xml`) and `app/`: the
    /// release build without its curricula, a catalogue listing only this
    /// curriculum, and every file of the curriculum's folder. Exit code 0:
    /// written; 1: the curriculum has errors; 2: usage or I/O problem.
    #[command(group(ArgGroup::new("standard").required(true).args(["scorm12", "cmi5"])))]
    Package {
        /// Make a SCORM 1.2 package of this curriculum folder.
        #[arg(long, value_name = "CURRICULUM")]
        scorm12: Option<PathBuf>,
        /// Make a cmi5 package of this curriculum folder.
        #[arg(long, value_name = "CURRICULUM")]
        cmi5: Option<PathBuf>,
        /// The release build, made by `trunk build --offline --release`.
        #[arg(long, value_name = "FOLDER", default_value = "dist")]
        dist: PathBuf,
        /// The zip file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Suggest GCM objectives, SDG targets, indicators and goals for texts.
    ///
    /// Reads UTF-8 text from standard input, one item per line, and writes
    /// one JSON object per line: `{"text", "gcm", "sdg_targets",
    /// "sdg_indicators", "sdg_goals"}`, each list best first, each entry
    /// `{"ref", "score", "relevant", "evidence"}`. An empty line gives empty
    /// lists. Exit code 0: done; 2: input that is not UTF-8 (the line is
    /// named; nothing is written) or another I/O problem.
    Suggest {
        /// The language of the texts.
        #[arg(long, value_enum, default_value_t = SuggestLang::En)]
        lang: SuggestLang,
        /// How many references of each kind to list, at most.
        #[arg(long, value_name = "N", default_value_t = 5)]
        top: usize,
        /// Print to standard error how long building the index and
        /// suggesting took.
        #[arg(long, hide = true)]
        timing: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum SuggestLang {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
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
        Command::Package {
            scorm12,
            cmi5,
            dist,
            output,
        } => match (scorm12, cmi5) {
            (Some(dir), None) => package(Standard::Scorm12, &dir, &dist, &output),
            (None, Some(dir)) => package(Standard::Cmi5, &dir, &dist, &output),
            _ => bail!("give one of --scorm12 or --cmi5"),
        },
        Command::Suggest { lang, top, timing } => {
            let lang = match lang {
                SuggestLang::En => Lang::En,
                SuggestLang::Fr => Lang::Fr,
                SuggestLang::Es => Lang::Es,
            };
            suggest_lines(lang, top, timing)
        }
    }
}

/// `cca-lab suggest`: one JSON line of suggestions per line of standard
/// input. The whole input is read and checked first, so that a line that is
/// not UTF-8 stops the command before anything is written.
fn suggest_lines(lang: Lang, top: usize, timing: bool) -> anyhow::Result<ExitCode> {
    use std::io::Read;

    let mut input = Vec::new();
    std::io::stdin()
        .read_to_end(&mut input)
        .context("standard input")?;
    let mut lines = Vec::new();
    if !input.is_empty() {
        let body = input.strip_suffix(b"\n").unwrap_or(&input);
        for (i, line) in body.split(|&b| b == b'\n').enumerate() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            match std::str::from_utf8(line) {
                Ok(text) => lines.push(text),
                Err(e) => bail!(
                    "standard input, line {}: not valid UTF-8 (at byte {} of the line); save the text as UTF-8",
                    i + 1,
                    e.valid_up_to() + 1
                ),
            }
        }
    }
    let start = std::time::Instant::now();
    let engine = suggest::engine(lang);
    let built = start.elapsed();
    let start = std::time::Instant::now();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for text in &lines {
        serde_json::to_writer(&mut out, &engine.suggest(text, top))?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if timing {
        let took = start.elapsed();
        eprintln!(
            "index ({}) built in {:.1} ms; {} texts suggested in {:.1} ms ({:.3} ms each)",
            lang.code(),
            built.as_secs_f64() * 1000.0,
            lines.len(),
            took.as_secs_f64() * 1000.0,
            took.as_secs_f64() * 1000.0 / lines.len().max(1) as f64
        );
    }
    Ok(ExitCode::SUCCESS)
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

/// Loads every file of the curriculum in `dir`, in all its languages.
fn load_curriculum(dir: &Path) -> FileSet {
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
    files
}

/// Loads every file of the curriculum in `dir` and checks it in all its languages.
fn check_curriculum(dir: &Path, folder: &str) -> Report {
    curriculum::check(folder, &load_curriculum(dir), &Scope::All).report
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

/// The schema files a SCORM 1.2 manifest names, as published (see
/// `tests/fixtures/schemas/SOURCES.md`), in the order of
/// [`package::SCORM12_SCHEMAS`].
const SCORM12_SCHEMA_FILES: [&[u8]; 4] = [
    include_bytes!("../../tests/fixtures/schemas/scorm12/imscp_rootv1p1p2.xsd"),
    include_bytes!("../../tests/fixtures/schemas/scorm12/adlcp_rootv1p2.xsd"),
    include_bytes!("../../tests/fixtures/schemas/scorm12/imsmd_rootv1p2p1.xsd"),
    include_bytes!("../../tests/fixtures/schemas/scorm12/ims_xml.xsd"),
];

/// `cca-lab package`: checks the curriculum in `dir` and writes its
/// `standard` package, built from the release build in `dist`, to `output`.
fn package(standard: Standard, dir: &Path, dist: &Path, output: &Path) -> anyhow::Result<ExitCode> {
    let shown = dir.to_string_lossy().trim_end_matches('/').to_string();
    if !dir.is_dir() {
        bail!("{shown}: not a folder");
    }
    if !dir.join("curriculum.toml").is_file() {
        bail!("{shown}: no curriculum.toml here; give one curriculum's folder");
    }
    if !dist.join("index.html").is_file() {
        bail!(
            "{}: no release build here (index.html not found); build it with `trunk build --offline --release` (after `.ci/setup build`), or give its folder with --dist",
            dist.display()
        );
    }

    let folder = folder_name(dir)?;
    let files = load_curriculum(dir);
    let checked = curriculum::check(&folder, &files, &Scope::All);
    let report = checked.report.under(&shown);
    for d in report.diagnostics() {
        println!("{d}");
    }
    let Some(info) = checked
        .curriculum
        .as_ref()
        .and_then(PackageInfo::from_curriculum)
    else {
        eprintln!(
            "{shown}: {} error{}, {} warning{}; no package written: fix the errors and run again",
            report.error_count(),
            if report.error_count() == 1 { "" } else { "s" },
            report.warning_count(),
            if report.warning_count() == 1 { "" } else { "s" },
        );
        return Ok(ExitCode::from(1));
    };

    // What goes under app/: the release build without its curricula, then
    // the catalogue and every file of this curriculum's folder (the files
    // checking read, and any other, such as a facilitator guide).
    let skip = std::path::absolute(output).ok();
    let mut entries: Vec<(String, PathBuf)> = Vec::new();
    for (rel, path) in walk(dist, skip.as_deref())? {
        if let Some(p) = package::app_path(&rel) {
            entries.push((p, path));
        }
    }
    let mut own: Vec<(String, PathBuf)> = walk(dir, skip.as_deref())?;
    for p in files.paths() {
        let path = dir.join(p);
        if !matches!(files.get(p), Some(FileState::Missing)) && !own.iter().any(|(r, _)| r == p) {
            own.push((p.to_string(), path));
        }
    }
    entries.extend(
        own.into_iter()
            .map(|(rel, path)| (package::curriculum_path(&info.id, &rel), path)),
    );
    let catalog = package::catalog_toml(&info.id);
    let mut app: Vec<(String, Content)> = entries
        .into_iter()
        .map(|(p, path)| (p, Content::File(path)))
        .collect();
    app.push((
        package::CATALOG_PATH.to_string(),
        Content::Bytes(catalog.into_bytes()),
    ));
    app.sort_by(|a, b| a.0.cmp(&b.0));
    app.dedup_by(|a, b| a.0 == b.0);

    let mut zip: Vec<(String, Content)> = Vec::new();
    match standard {
        Standard::Scorm12 => {
            let names: Vec<String> = app.iter().map(|(p, _)| p.clone()).collect();
            let manifest = package::scorm12_manifest(&info, &names);
            zip.push((
                standard.manifest_file().into(),
                Content::Bytes(manifest.into_bytes()),
            ));
            for (name, bytes) in package::SCORM12_SCHEMAS.iter().zip(SCORM12_SCHEMA_FILES) {
                zip.push(((*name).into(), Content::Bytes(bytes.to_vec())));
            }
        }
        Standard::Cmi5 => {
            let manifest = package::cmi5_course_structure(&info);
            zip.push((
                standard.manifest_file().into(),
                Content::Bytes(manifest.into_bytes()),
            ));
        }
    }
    let count = app.len();
    zip.extend(app);
    write_zip(output, &zip)?;
    eprintln!(
        "wrote {}: {} package of {} {} ({} files under {}/)",
        output.display(),
        standard.name(),
        info.id,
        info.version,
        count,
        package::APP_DIR,
    );
    Ok(ExitCode::SUCCESS)
}

/// What one zip entry holds.
enum Content {
    /// The bytes of a file on disk.
    File(PathBuf),
    /// Bytes made here.
    Bytes(Vec<u8>),
}

/// Every file under `root` (following links), as paths relative to it with
/// `/` separators, sorted. Files and folders whose names start with `.`
/// (`.git`, `.DS_Store`) are left out, and so is `skip` (the zip being
/// written, should it be inside). A folder reached twice through links is
/// read once.
fn walk(root: &Path, skip: Option<&Path>) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut folders = vec![(String::new(), root.to_path_buf())];
    while let Some((prefix, folder)) = folders.pop() {
        if !seen.insert(folder.canonicalize().unwrap_or_else(|_| folder.clone())) {
            continue;
        }
        let list = std::fs::read_dir(&folder).with_context(|| format!("{}", folder.display()))?;
        for entry in list {
            let entry = entry.with_context(|| format!("{}", folder.display()))?;
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                bail!("{}: the name is not valid UTF-8; rename it", path.display());
            };
            if name.starts_with('.') {
                continue;
            }
            let rel = format!("{prefix}{name}");
            let meta = std::fs::metadata(&path).with_context(|| format!("{}", path.display()))?;
            if meta.is_dir() {
                folders.push((format!("{rel}/"), path));
            } else if meta.is_file() && std::path::absolute(&path).ok().as_deref() != skip {
                out.push((rel, path));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes `entries` to the zip file `output`, through a temporary file
/// beside it so that a failure leaves no partial package.
fn write_zip(output: &Path, entries: &[(String, Content)]) -> anyhow::Result<()> {
    use zip::write::SimpleFileOptions;

    let name = output
        .file_name()
        .with_context(|| format!("{}: not a file name", output.display()))?;
    let mut partial = name.to_os_string();
    partial.push(".partial");
    let temp = output.with_file_name(partial);
    let result = (|| -> anyhow::Result<()> {
        let file = std::fs::File::create(&temp).with_context(|| format!("{}", output.display()))?;
        let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .unix_permissions(0o644);
        for (name, content) in entries {
            zip.start_file(name.as_str(), options)?;
            match content {
                Content::Bytes(bytes) => zip.write_all(bytes)?,
                Content::File(path) => {
                    let bytes =
                        std::fs::read(path).with_context(|| format!("{}", path.display()))?;
                    zip.write_all(&bytes)?;
                }
            }
        }
        zip.finish()?.flush()?;
        std::fs::rename(&temp, output).with_context(|| format!("{}", output.display()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}
