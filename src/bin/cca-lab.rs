//! `cca-lab`: the command-line tool for trainers and CI.
//!
//! ```text
//! cca-lab check curricula/            check the catalogue and every curriculum
//! cca-lab check curricula/starter     check one curriculum
//! cca-lab package --scorm12 curricula/starter -o starter-scorm12.zip
//! cca-lab package --cmi5 curricula/starter --dist dist/ -o starter-cmi5.zip
//! cca-lab new my-course --dir curricula       scaffold a new curriculum
//! cca-lab schema --out curricula/schema       write the editors' JSON Schemas
//! cca-lab export-strings curricula/starter --target es -o starter-es.xlf
//! cca-lab import-strings curricula/starter starter-es.xlf
//! cca-lab cohort curricula/cca-migration results/ --csv tables/
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
    /// Create a new curriculum folder, ready to edit: one module with one
    /// lesson holding one step of every kind, which `check` accepts.
    ///
    /// Exit code 0: written; 2: the id or language is not valid, or the
    /// folder exists.
    New {
        /// The curriculum id, which is also the folder's name: lower-case
        /// letters, digits and hyphens, such as `migration-data`.
        id: String,
        /// The folder to create it in (the curricula folder).
        #[arg(long, value_name = "FOLDER", default_value = ".")]
        dir: PathBuf,
        /// Its default language.
        #[arg(long, value_name = "CODE", default_value = "en")]
        language: String,
    },
    /// Write the JSON Schemas of the curriculum files, made from the types
    /// the format is defined by, for editors (see curricula/README.md).
    ///
    /// With --check, write nothing and exit 1 if the files in the folder
    /// differ from the schemas this build makes.
    Schema {
        /// The folder to write them to.
        #[arg(long, value_name = "FOLDER", default_value = "curricula/schema")]
        out: PathBuf,
        /// Compare instead of writing.
        #[arg(long)]
        check: bool,
    },
    /// Write a curriculum's text to an XLIFF 1.2 file for translators.
    ///
    /// Every text of the source language (titles, prompts, options,
    /// feedback, rationales, readings) becomes a translation unit; ids,
    /// answer keys, references and file names are left out, so translators
    /// cannot change them. With --target, the texts that language already
    /// has are filled in as targets. Exit code 0: written; 1: the curriculum
    /// has errors; 2: usage or I/O problem.
    ExportStrings {
        /// The curriculum folder.
        curriculum: PathBuf,
        /// The language to translate from (default: the default language).
        #[arg(long, value_name = "CODE")]
        source: Option<String>,
        /// The language to translate into.
        #[arg(long, value_name = "CODE")]
        target: Option<String>,
        /// The .xlf file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Read a translated XLIFF 1.2 file back into a curriculum's language
    /// folder, then check the curriculum.
    ///
    /// The language is the file's `target-language` (or --language). Each
    /// file of that language is the source file with the translated texts
    /// put in place: structure, ids and answer keys stay the source's. A
    /// text with no translation stays in the source language. The language
    /// is added to `languages` in curriculum.toml if missing. Exit code 0:
    /// imported and no errors; 1: the XLIFF file or the result has errors;
    /// 2: usage or I/O problem.
    ImportStrings {
        /// The curriculum folder.
        curriculum: PathBuf,
        /// The translated .xlf file.
        file: PathBuf,
        /// The language to write (default: the file's target-language).
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
    },
    /// Cohort analytics: read trainees' results files (downloaded from the
    /// curriculum's Results page) and print completion per module, scores
    /// per question and mapping exercise, common wrong and missed
    /// references, agreement per priority and trainees who may need help.
    ///
    /// Files of other curricula or versions, duplicates and malformed files
    /// are listed with the reason and left out. Exit code 0: analysed; 1:
    /// the curriculum has errors; 2: usage or I/O problem.
    Cohort {
        /// The curriculum folder the results are for.
        curriculum: PathBuf,
        /// Results files, or folders of them (their `.json` files).
        #[arg(required = true)]
        results: Vec<PathBuf>,
        /// The language of titles in the report.
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
        /// Output: a summary, or the whole analysis as JSON.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also write the tables as CSV files into this folder.
        #[arg(long, value_name = "FOLDER")]
        csv: Option<PathBuf>,
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
        Command::New { id, dir, language } => new(&id, &dir, &language),
        Command::Schema { out, check } => schema(&out, check),
        Command::ExportStrings {
            curriculum,
            source,
            target,
            output,
        } => export_strings(&curriculum, source, target, &output),
        Command::ImportStrings {
            curriculum,
            file,
            language,
        } => import_strings(&curriculum, &file, language),
        Command::Cohort {
            curriculum,
            results,
            language,
            format,
            csv,
        } => cohort(&curriculum, &results, language, format, csv.as_deref()),
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

/// `cca-lab cohort`.
fn cohort(
    dir: &Path,
    inputs: &[PathBuf],
    language: Option<String>,
    format: Format,
    csv: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    use cca_lab::domain::cohort;
    let (_, c, shown) = checked_curriculum(dir)?;
    let Some(c) = c else {
        return Ok(ExitCode::from(1));
    };
    let lang = language.unwrap_or_else(|| c.manifest.default_language.clone());
    let Some(loc) = c.localize(&lang) else {
        bail!("{shown}: the default language is incomplete");
    };
    let mut files: Vec<(String, String)> = Vec::new();
    for input in inputs {
        let mut paths = Vec::new();
        if input.is_dir() {
            for (rel, path) in walk(input, None)? {
                if rel.ends_with(".json") {
                    paths.push(path);
                }
            }
        } else {
            paths.push(input.clone());
        }
        for p in paths {
            let bytes = std::fs::read(&p).with_context(|| format!("{}", p.display()))?;
            let name = p.display().to_string();
            // Not UTF-8: the analysis refuses it as not JSON.
            files.push((name, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    let report = cohort::analyse(&loc, &files);
    if let Some(out) = csv {
        std::fs::create_dir_all(out).with_context(|| format!("{}", out.display()))?;
        for (name, text) in report.csv() {
            let path = out.join(name);
            std::fs::write(&path, text).with_context(|| format!("{}", path.display()))?;
        }
    }
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Text => {
            let pct = |x: Option<f64>| x.map_or("–".to_string(), cohort::percent);
            println!(
                "{} {}: {} trainees from {} files ({} left out)",
                report.title,
                report.version,
                report.trainees.len(),
                report.files,
                report.refused.len()
            );
            for f in &report.refused {
                println!("  left out {}: {}", f.file, f.reason);
            }
            println!("Completion per module:");
            for m in &report.modules {
                println!(
                    "  {}: {} completed, {} started, {} of lessons on average",
                    m.title,
                    m.completed,
                    m.started,
                    cohort::percent(m.mean_share)
                );
            }
            println!("Questions (right / answered):");
            for q in &report.questions {
                println!(
                    "  {}: {} / {} ({})",
                    q.step,
                    q.correct,
                    q.answered,
                    pct(q.share_correct)
                );
            }
            println!("Mapping exercises (best scores):");
            for m in &report.mappings {
                println!(
                    "  {}: {} attempted, mean {}, median {}",
                    m.title,
                    m.attempted,
                    pct(m.best.mean),
                    pct(m.best.median)
                );
                for p in &m.priorities {
                    println!(
                        "    {}: mean {}, kappa {}{}{}",
                        p.id,
                        pct(p.mean_score),
                        p.agreement.kappa.map_or("–".into(), |k| format!("{k:.2}")),
                        p.wrong.first().map_or(String::new(), |w| format!(
                            ", most common wrong {} ({})",
                            w.reference, w.count
                        )),
                        p.missed.first().map_or(String::new(), |w| format!(
                            ", most missed {} ({})",
                            w.reference, w.count
                        )),
                    );
                }
            }
            println!("May need help: {}", report.needs_help.len());
            for h in &report.needs_help {
                println!("  {}: {}", h.name, h.reasons.join("; "));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Loads and checks the curriculum in `dir` (shown as `shown`) and prints
/// its problems, each under that path; the curriculum when it has no
/// errors, and the report.
fn load_and_check(
    dir: &Path,
    shown: &str,
) -> anyhow::Result<(FileSet, Option<curriculum::Curriculum>, Report)> {
    let folder = folder_name(dir)?;
    let files = load_curriculum(dir);
    let checked = curriculum::check(&folder, &files, &Scope::All);
    let report = checked.report.under(shown);
    for d in report.diagnostics() {
        println!("{d}");
    }
    Ok((files, checked.curriculum, report))
}

/// Loads and checks the curriculum in `dir`, printing its problems; the
/// curriculum when it has no errors.
fn checked_curriculum(
    dir: &Path,
) -> anyhow::Result<(FileSet, Option<curriculum::Curriculum>, String)> {
    let shown = dir.to_string_lossy().trim_end_matches('/').to_string();
    if !dir.join("curriculum.toml").is_file() {
        bail!("{shown}: no curriculum.toml here; give one curriculum's folder");
    }
    let (files, curriculum, report) = load_and_check(dir, &shown)?;
    if report.has_errors() {
        eprintln!(
            "{shown}: {} error{}; fix them and run again",
            report.error_count(),
            if report.error_count() == 1 { "" } else { "s" }
        );
    }
    Ok((files, curriculum, shown))
}

/// The files of language `lang` to translate, relative to its folder: the
/// about file, the modules in order, then the Markdown files.
fn language_files(files: &FileSet, c: &curriculum::Curriculum, lang: &str) -> Vec<String> {
    let prefix = format!("{lang}/");
    let mut out = vec!["about.toml".to_string()];
    out.extend(c.manifest.modules.iter().map(|m| format!("{m}.toml")));
    let mut md: Vec<String> = files
        .paths()
        .filter_map(|p| p.strip_prefix(&prefix))
        .filter(|p| p.ends_with(".md"))
        .map(str::to_string)
        .collect();
    md.sort();
    out.extend(md);
    out.retain(|rel| files.text(&format!("{prefix}{rel}")).is_some());
    out
}

/// `cca-lab export-strings`.
fn export_strings(
    dir: &Path,
    source: Option<String>,
    target: Option<String>,
    output: &Path,
) -> anyhow::Result<ExitCode> {
    use cca_lab::domain::{translation, xliff};
    let (files, c, shown) = checked_curriculum(dir)?;
    let Some(c) = c else {
        return Ok(ExitCode::from(1));
    };
    let m = &c.manifest;
    let source = source.unwrap_or_else(|| m.default_language.clone());
    if !m.languages.contains(&source) {
        bail!(
            "{shown} has no language `{source}`; it has {}",
            m.languages.join(", ")
        );
    }
    if let Some(t) = &target
        && !curriculum::is_valid_language(t)
    {
        bail!("`{t}` is not a language code: use one such as `es`, `ar` or `zh`");
    }
    let mut doc = xliff::Xliff::default();
    let (mut units, mut filled) = (0, 0);
    for rel in language_files(&files, &c, &source) {
        let text = files.text(&format!("{source}/{rel}")).unwrap_or_default();
        let found =
            translation::units(&rel, text).map_err(|e| anyhow::anyhow!("{source}/{rel}: {e}"))?;
        // Existing translations, matched by id.
        let existing: Vec<translation::Unit> = target
            .as_ref()
            .and_then(|t| {
                files
                    .text(&format!("{t}/{rel}"))
                    .map(str::to_string)
                    .or_else(|| std::fs::read_to_string(dir.join(t).join(&rel)).ok())
            })
            .and_then(|t| translation::units(&rel, &t).ok())
            .unwrap_or_default();
        let mut file = xliff::XFile {
            original: rel.clone(),
            source_language: source.clone(),
            target_language: target.clone(),
            note: Some(format!(
                "{} {}: {source}/{rel}. Translate the text of each unit; keep Markdown marks (**, [links](…), lists) and the ids.",
                m.id, m.version
            )),
            ..Default::default()
        };
        for u in &found {
            let t = existing
                .iter()
                .find(|e| e.id == u.id)
                .map(|e| e.text.clone());
            filled += usize::from(t.is_some());
            units += 1;
            file.units.push(xliff::XUnit {
                id: u.id.clone(),
                source: u.text.clone(),
                target: t,
                note: Some(format!("{source}/{rel}, line {}", u.line)),
                line: 0,
            });
        }
        doc.files.push(file);
    }
    std::fs::write(output, xliff::write(&doc)).with_context(|| format!("{}", output.display()))?;
    eprintln!(
        "wrote {}: {units} texts in {} files from {source}{}",
        output.display(),
        doc.files.len(),
        match &target {
            Some(t) => format!(" to {t} ({filled} already translated)"),
            None => String::new(),
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// `cca-lab import-strings`.
fn import_strings(dir: &Path, file: &Path, language: Option<String>) -> anyhow::Result<ExitCode> {
    use cca_lab::domain::{translation, xliff};
    let shown = dir.to_string_lossy().trim_end_matches('/').to_string();
    let shown_file = file.display().to_string();
    let bytes = std::fs::read(file).with_context(|| shown_file.clone())?;
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!(
            "{shown_file}: the file is not UTF-8 — save it as UTF-8 XLIFF from your translation tool"
        );
        return Ok(ExitCode::from(1));
    };
    let doc = match xliff::read(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{shown_file}:{e}");
            return Ok(ExitCode::from(1));
        }
    };
    let manifest_path = dir.join("curriculum.toml");
    let manifest_text = match read(&manifest_path) {
        FileState::Text(t) => t,
        _ => bail!("{shown}: no readable curriculum.toml here; give one curriculum's folder"),
    };
    let (manifest, _) = curriculum::read_manifest(&folder_name(dir)?, &manifest_text);
    let Some(manifest) = manifest else {
        bail!("{shown}/curriculum.toml has errors; run `cca-lab check {shown}` and fix them first");
    };
    let lang = match language.or_else(|| doc.files[0].target_language.clone()) {
        Some(l) => l,
        None => bail!("{shown_file} names no target-language; give the language with --language"),
    };
    if !curriculum::is_valid_language(&lang) {
        bail!("`{lang}` is not a language code: use one such as `es`, `ar` or `zh`");
    }
    let mut problems = Vec::new();
    let mut outputs: Vec<(PathBuf, String)> = Vec::new();
    let (mut untranslated, mut changed_sources) = (0, 0);
    for f in &doc.files {
        let at = |line: usize, msg: String| format!("{shown_file}:{line}:1: {msg}");
        if !manifest.languages.contains(&f.source_language) {
            problems.push(at(
                f.line,
                format!(
                    "source-language `{}` is not a language of {shown}",
                    f.source_language
                ),
            ));
            continue;
        }
        if f.target_language.as_ref().is_some_and(|t| *t != lang) {
            problems.push(at(
                f.line,
                format!(
                    "this <file> is for `{}`, not `{lang}` — import one language at a time",
                    f.target_language.as_deref().unwrap_or("")
                ),
            ));
            continue;
        }
        let rel = &f.original;
        let safe = !rel.is_empty()
            && !rel.starts_with('/')
            && !rel.contains('\\')
            && !rel
                .split('/')
                .any(|s| s.is_empty() || s == "." || s == "..");
        let src_path = dir.join(&f.source_language).join(rel);
        let src = match (safe, read(&src_path)) {
            (true, FileState::Text(t)) => t,
            _ => {
                problems.push(at(f.line, format!("{}/{rel} does not exist in {shown} — keep `original` as exported, or export again", f.source_language)));
                continue;
            }
        };
        let src_units = translation::units(rel, &src)
            .map_err(|e| anyhow::anyhow!("{}: {e}", src_path.display()))?;
        for u in &f.units {
            if let Some(s) = src_units.iter().find(|s| s.id == u.id)
                && s.text != u.source
            {
                changed_sources += 1;
            }
        }
        // The translation's own file is the base when it has the same
        // units, so that its layout and comments are kept.
        let out_path = dir.join(&lang).join(rel);
        let base = match read(&out_path) {
            FileState::Text(t)
                if translation::units(rel, &t).is_ok_and(|u| {
                    u.len() == src_units.len()
                        && u.iter().zip(&src_units).all(|(a, b)| a.id == b.id)
                }) =>
            {
                t
            }
            FileState::Text(_) => {
                eprintln!(
                    "{shown}/{lang}/{rel}: its texts are not those of {}/{rel}; rebuilt from the {} file with the translations",
                    f.source_language, f.source_language
                );
                src.clone()
            }
            _ => src.clone(),
        };
        let new: Vec<(String, String)> = f
            .units
            .iter()
            .filter_map(|u| match &u.target {
                Some(t) if !t.trim().is_empty() => Some((u.id.clone(), t.clone())),
                _ => {
                    untranslated += 1;
                    None
                }
            })
            .collect();
        match translation::apply(rel, &base, &new) {
            Ok(t) => outputs.push((out_path, t)),
            Err(ids) => {
                for id in ids {
                    let line = f
                        .units
                        .iter()
                        .find(|u| u.id == id)
                        .map_or(f.line, |u| u.line);
                    problems.push(at(line, format!("the text `{id}` is not in {}/{rel}: the curriculum changed since the export — export again and carry the translations over", f.source_language)));
                }
            }
        }
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("{p}");
        }
        eprintln!(
            "{shown_file}: {} problem{}; nothing written",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
        return Ok(ExitCode::from(1));
    }
    let mut written = 0;
    for (path, text) in &outputs {
        if std::fs::read_to_string(path).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("{}", parent.display()))?;
        }
        std::fs::write(path, text).with_context(|| format!("{}", path.display()))?;
        written += 1;
    }
    if let Some(m) = translation::add_language(&manifest_text, &lang) {
        std::fs::write(&manifest_path, m)
            .with_context(|| format!("{}", manifest_path.display()))?;
        eprintln!("added \"{lang}\" to `languages` in {shown}/curriculum.toml");
    }
    eprintln!(
        "imported {shown_file} into {shown}/{lang}: {written} of {} files changed{}{}",
        outputs.len(),
        if untranslated > 0 {
            format!("; {untranslated} texts have no translation and stay in the source language")
        } else {
            String::new()
        },
        if changed_sources > 0 {
            format!(
                "; {changed_sources} source texts changed since the export: review their translations"
            )
        } else {
            String::new()
        },
    );
    let (_, c, _) = checked_curriculum(dir)?;
    Ok(ExitCode::from(u8::from(c.is_none())))
}

/// `cca-lab new`: writes a new curriculum `id` in `dir`.
fn new(id: &str, dir: &Path, language: &str) -> anyhow::Result<ExitCode> {
    if !curriculum::is_valid_id(id) {
        bail!(
            "`{id}` is not a valid curriculum id: use 1 to 64 lower-case letters, digits and inner hyphens, such as `migration-data`"
        );
    }
    if !curriculum::is_valid_language(language) {
        bail!("`{language}` is not a language code: use one such as `en`, `fr` or `ar`");
    }
    if !dir.is_dir() {
        bail!("{}: not a folder; create it first", dir.display());
    }
    let root = dir.join(id);
    if root.exists() {
        bail!(
            "{}: already exists; choose another id or remove it",
            root.display()
        );
    }
    // Name the schemas when they are where `cca-lab schema` writes them.
    let schema = dir
        .join("schema/module.schema.json")
        .is_file()
        .then_some("../schema");
    for (rel, text) in curriculum::scaffold(id, language, schema) {
        let path = root.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("{}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("{}", path.display()))?;
    }
    eprintln!(
        "created {}: edit its files, then run `cca-lab check {}`",
        root.display(),
        root.display()
    );
    if dir.join("catalog.toml").is_file() {
        eprintln!(
            "add \"{id}\" to `curricula` in {} for the app to show it",
            dir.join("catalog.toml").display()
        );
    }
    Ok(ExitCode::SUCCESS)
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

/// `cca-lab schema`: writes (or with `check`, compares) the JSON Schemas.
fn schema(out: &Path, check: bool) -> anyhow::Result<ExitCode> {
    let mut stale = Vec::new();
    if !check {
        std::fs::create_dir_all(out).with_context(|| format!("{}", out.display()))?;
    }
    for (name, _, text) in curriculum::form::schemas() {
        let path = out.join(name);
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(path.display().to_string());
            }
        } else {
            std::fs::write(&path, text).with_context(|| format!("{}", path.display()))?;
            eprintln!("wrote {}", path.display());
        }
    }
    if stale.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for p in &stale {
        eprintln!("{p}: differs from the schema this build makes");
    }
    eprintln!(
        "run `cca-lab schema --out {}` and commit the result",
        out.display()
    );
    Ok(ExitCode::from(1))
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

    let (files, curriculum, report) = load_and_check(dir, &shown)?;
    let Some(info) = curriculum.as_ref().and_then(PackageInfo::from_curriculum) else {
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
