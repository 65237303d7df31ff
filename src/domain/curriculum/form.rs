//! The curriculum files as written: one plain serde type per TOML file.
//!
//! Checking reads the files by hand (see `toml_reader`) so that it can report
//! every problem with its place; these types say the same format in a form
//! tools understand. With the `cli` feature they derive a JSON Schema
//! ([`schemas`]), shipped in `curricula/schema/` so that editors (VS Code with
//! Even Better TOML, anything built on taplo) complete and check the files as
//! trainers type. `tests/schema.rs` proves that the shipped schemas are the
//! ones these types make, that every shipped curriculum file deserializes
//! into them and validates against the schemas, and that the field names
//! here are the ones checking knows.
//!
//! The schemas cannot say everything checking says (ids that must be unique,
//! references that must exist, answer keys naming real options); they say
//! which fields exist, which are required and of what type.

use serde::Deserialize;

/// `catalog.toml`: the curricula a host offers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    /// The file format version; this CCA Migration Lab reads format 1.
    #[cfg_attr(feature = "cli", schemars(range(min = 1, max = 1)))]
    pub format: i64,
    /// The curriculum folders to show, in order (their names are their ids).
    pub curricula: Vec<String>,
}

/// `curriculum.toml`: the language-independent facts about a curriculum.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    /// The file format version; this CCA Migration Lab reads format 1.
    #[cfg_attr(feature = "cli", schemars(range(min = 1, max = 1)))]
    pub format: i64,
    /// The curriculum id: the same as its folder name (lower-case letters,
    /// digits and hyphens). Learners' progress is stored under it.
    #[cfg_attr(
        feature = "cli",
        schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"))
    )]
    pub id: String,
    /// The content version, such as "1.0.0"; results files name it, and
    /// cohort analytics compare it.
    pub version: String,
    /// The language every other language falls back to, such as "en".
    pub default_language: String,
    /// Every language offered, such as ["en", "fr"]; each has a folder.
    pub languages: Vec<String>,
    /// The module ids, in order; each has a `<language>/<module>.toml` file.
    pub modules: Vec<String>,
}

/// `<language>/about.toml`: what the catalogue shows.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AboutFile {
    /// The curriculum's title.
    pub title: String,
    /// One or two sentences for the catalogue card.
    #[serde(default)]
    pub summary: Option<String>,
    /// A longer introduction (Markdown) for the curriculum's first page.
    #[serde(default)]
    pub description: Option<String>,
    /// Who it is for, in a few words.
    #[serde(default)]
    pub audience: Option<String>,
    /// Estimated minutes to complete.
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(range(min = 1, max = 100000)))]
    pub minutes: Option<u32>,
}

/// `<language>/<module>.toml`: one module, its lessons and their steps.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ModuleFile {
    /// The module's title.
    pub title: String,
    /// A sentence saying what it covers.
    #[serde(default)]
    pub summary: Option<String>,
    /// The lessons, in order: `[[lesson]]` tables.
    pub lesson: Vec<LessonForm>,
}

/// A `[[lesson]]`: a titled sequence of steps shown on one page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LessonForm {
    /// A short id, unique in the module, such as "why-migration".
    pub id: String,
    /// The lesson's title.
    pub title: String,
    /// The steps, in order: `[[lesson.step]]` tables.
    pub step: Vec<StepForm>,
}

/// A `[[lesson.step]]`, told apart by its `kind`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum StepForm {
    /// Markdown prose, in `body` or in the file named by `file`.
    Reading {
        /// A short id, unique in the lesson, such as "intro".
        id: String,
        /// An optional heading.
        #[serde(default)]
        title: Option<String>,
        /// The text (Markdown). Give `body` or `file`, not both.
        #[serde(default)]
        body: Option<String>,
        /// A Markdown file, relative to the language folder, such as
        /// "basics/intro.md". Give `body` or `file`, not both.
        #[serde(default)]
        file: Option<String>,
    },
    /// A question with exactly one right option.
    SingleChoice {
        /// A short id, unique in the lesson.
        id: String,
        /// An optional heading.
        #[serde(default)]
        title: Option<String>,
        /// The question (Markdown).
        prompt: String,
        /// The ids of the right options, such as ["b"].
        answer: Vec<String>,
        /// Shown once the learner has checked an answer (Markdown).
        #[serde(default)]
        explanation: Option<String>,
        /// The options, in the order shown; at least 2.
        options: Vec<OptionForm>,
    },
    /// A question with one or more right options.
    MultipleChoice {
        /// A short id, unique in the lesson.
        id: String,
        /// An optional heading.
        #[serde(default)]
        title: Option<String>,
        /// The question (Markdown).
        prompt: String,
        /// The ids of the right options, such as ["a", "c"].
        answer: Vec<String>,
        /// Shown once the learner has checked an answer (Markdown).
        #[serde(default)]
        explanation: Option<String>,
        /// The options, in the order shown; at least 2.
        options: Vec<OptionForm>,
    },
    /// The official texts of GCM objectives and SDG goals, targets or
    /// indicators.
    ReferenceCard {
        /// A short id, unique in the lesson.
        id: String,
        /// An optional heading.
        #[serde(default)]
        title: Option<String>,
        /// Text shown before the cards (Markdown).
        #[serde(default)]
        intro: Option<String>,
        /// The entries shown, such as ["gcm:6", "sdg:10.7", "sdg:10.7.2"].
        refs: Vec<String>,
    },
    /// Map national priorities to GCM objectives and SDG targets or
    /// indicators, scored against the answer key.
    Mapping {
        /// A short id, unique in the lesson.
        id: String,
        /// An optional heading.
        #[serde(default)]
        title: Option<String>,
        /// The task (Markdown).
        prompt: String,
        /// What may be chosen: one or more of "gcm", "sdg_targets",
        /// "sdg_indicators".
        frameworks: Vec<FrameworkName>,
        /// Show the count of expected references per priority.
        #[serde(default)]
        hints: Option<bool>,
        /// The priorities to map: `[[lesson.step.priority]]` tables.
        priority: Vec<PriorityForm>,
    },
}

/// A framework a mapping exercise maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
pub enum FrameworkName {
    /// The 23 objectives of the Global Compact for Migration.
    #[serde(rename = "gcm")]
    Gcm,
    /// SDG targets, such as sdg:10.7.
    #[serde(rename = "sdg_targets")]
    SdgTarget,
    /// SDG indicators, such as sdg:10.7.2.
    #[serde(rename = "sdg_indicators")]
    SdgIndicator,
}

/// One option of a question.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OptionForm {
    /// A short id, unique in the question, such as "a".
    pub id: String,
    /// What the learner reads (Markdown).
    pub text: String,
    /// Why this option is right or wrong, shown after checking (Markdown).
    pub feedback: String,
}

/// One priority of a mapping exercise.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriorityForm {
    /// A short id, unique in the exercise, such as "p1".
    pub id: String,
    /// The priority as the plan words it.
    pub text: String,
    /// Where it comes from, such as a plan's title and page.
    #[serde(default)]
    pub source: Option<String>,
    /// The answer key: references that fully belong (may be empty).
    pub expected: Vec<KeyedForm>,
    /// References that earn part of the credit.
    #[serde(default)]
    pub partial: Option<Vec<PartialForm>>,
}

/// An entry of `expected`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyedForm {
    /// A reference such as "gcm:6", "sdg:10.7" or "sdg:10.7.2".
    #[serde(rename = "ref")]
    pub reference: String,
    /// Why it belongs, shown to the learner after submitting (Markdown).
    pub rationale: String,
}

/// An entry of `partial`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PartialForm {
    /// A reference such as "gcm:6", "sdg:10.7" or "sdg:10.7.2".
    #[serde(rename = "ref")]
    pub reference: String,
    /// Why it earns part of the credit (Markdown).
    pub rationale: String,
    /// The share of credit, more than 0 and less than 1 (0.5 if left out).
    #[serde(default)]
    #[cfg_attr(feature = "cli", schemars(range(min = 0.0, max = 1.0)))]
    pub credit: Option<f64>,
}

/// The shipped schema files: (file name under `curricula/schema/`, which
/// curriculum files it describes, the schema as pretty JSON with a final
/// newline).
#[cfg(feature = "cli")]
pub fn schemas() -> Vec<(&'static str, &'static str, String)> {
    use schemars::r#gen::SchemaSettings;
    fn one<T: schemars::JsonSchema>(name: &str, title: &str) -> String {
        let settings = SchemaSettings::draft07().with(|s| s.option_add_null_type = false);
        let mut schema = settings.into_generator().into_root_schema_for::<T>();
        let meta = schema.schema.metadata();
        meta.title = Some(title.to_string());
        meta.id = None;
        let mut json = serde_json::to_value(&schema).unwrap_or_default();
        if let Some(o) = json.as_object_mut() {
            o.insert(
                "$comment".into(),
                format!(
                    "Generated by `cca-lab schema` from src/domain/curriculum/form.rs; do not edit by hand. File: {name}"
                )
                .into(),
            );
        }
        let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
        text.push('\n');
        text
    }
    vec![
        (
            "catalog.schema.json",
            "catalog.toml",
            one::<CatalogFile>(
                "catalog.schema.json",
                "CCA Migration Lab catalogue (catalog.toml)",
            ),
        ),
        (
            "curriculum.schema.json",
            "<curriculum>/curriculum.toml",
            one::<ManifestFile>(
                "curriculum.schema.json",
                "CCA Migration Lab curriculum manifest (curriculum.toml)",
            ),
        ),
        (
            "about.schema.json",
            "<curriculum>/<language>/about.toml",
            one::<AboutFile>(
                "about.schema.json",
                "CCA Migration Lab curriculum description (<language>/about.toml)",
            ),
        ),
        (
            "module.schema.json",
            "<curriculum>/<language>/<module>.toml",
            one::<ModuleFile>(
                "module.schema.json",
                "CCA Migration Lab module (<language>/<module>.toml)",
            ),
        ),
    ]
}
