//! A new curriculum folder, ready to edit (`cca-lab new <id>`).
//!
//! One module with one lesson holding a step of every kind, each field
//! present once so that trainers see the whole format, with text telling
//! them what to write. The result passes `cca-lab check` as it is.

/// The files of a new curriculum `id` in `language`, as (path relative to
/// the curriculum folder, text). `id` must be a valid curriculum id and
/// `language` a language code; the caller checks both first. `schema` is
/// the path from the curriculum folder to the folder of the JSON Schemas
/// (`../schema` inside `curricula/`), named by a `#:schema` line at the top
/// of each TOML file for editors; `None` leaves the lines out.
pub fn scaffold(id: &str, language: &str, schema: Option<&str>) -> Vec<(String, String)> {
    let line = |depth: usize, file: &str| match schema {
        Some(dir) => format!("#:schema {}{dir}/{file}\n", "../".repeat(depth)),
        None => String::new(),
    };
    let manifest = format!(
        r#"{}# The language-independent facts about this curriculum. See
# curricula/README.md for the format, and run `cca-lab check` after editing.
format = 1
id = "{id}"
version = "0.1.0"
default_language = "{language}"
languages = ["{language}"]
modules = ["first-module"]
"#,
        line(0, "curriculum.schema.json")
    );
    let about = line(1, "about.schema.json")
        + r#"title = "Write the curriculum's title here"
summary = "One or two sentences for the catalogue card: what trainees will learn."
description = """
A longer introduction shown on the curriculum's first page. It may use
**Markdown**: emphasis, lists and [links](https://www.un.org/).
"""
audience = "Who it is for, in a few words"
minutes = 30
"#;
    let module = line(1, "module.schema.json")
        + r#"title = "Write the module's title here"
summary = "A sentence saying what this module covers."

[[lesson]]
id = "first-lesson"
title = "Write the lesson's title here"

# A reading in the file named by `file` (relative to this language folder).
# Write short readings in `body = """ … """` instead.
[[lesson.step]]
id = "introduction"
kind = "reading"
title = "Introduction"
file = "first-module/introduction.md"

# A question with one right option.
[[lesson.step]]
id = "check-one"
kind = "single_choice"
title = "Check your understanding"
prompt = "Write the question here. Which option is right?"
answer = ["a"]
explanation = "Shown to every learner once they check an answer, whatever they chose."

[[lesson.step.options]]
id = "a"
text = "The right option"
feedback = "Say why this option is right."

[[lesson.step.options]]
id = "b"
text = "A wrong option"
feedback = "Say why this option is wrong, and what is right instead."

# A question with several right options: `answer` lists every one.
[[lesson.step]]
id = "check-several"
kind = "multiple_choice"
prompt = "Write the question here. Choose every option that applies."
answer = ["a", "c"]

[[lesson.step.options]]
id = "a"
text = "A right option"
feedback = "Say why this option is right."

[[lesson.step.options]]
id = "b"
text = "A wrong option"
feedback = "Say why this option is wrong."

[[lesson.step.options]]
id = "c"
text = "Another right option"
feedback = "Say why this option is right too."

# The official texts of GCM objectives and SDG goals, targets or indicators,
# as the reference data has them.
[[lesson.step]]
id = "references"
kind = "reference_card"
title = "The texts this lesson uses"
intro = "Write what learners should look for in these texts."
refs = ["gcm:1", "sdg:10.7", "sdg:10.7.2"]

# A mapping exercise: learners map each priority to the references it
# serves, scored against `expected` (full credit) and `partial` (part).
[[lesson.step]]
id = "practice"
kind = "mapping"
title = "Practice: map a priority"
prompt = "Map each priority to the GCM objectives and SDG targets it serves."
frameworks = ["gcm", "sdg_targets"]
hints = true

[[lesson.step.priority]]
id = "p1"
text = "Write a priority as the national plan words it."
source = "Say where it comes from: the plan's title, pillar or page."
expected = [
  { ref = "gcm:1", rationale = "Say why this reference fits the priority; learners read it after submitting." },
]
partial = [
  { ref = "sdg:17.18", credit = 0.5, rationale = "Say why this reference fits only in part." },
]

# A short reading written in place.
[[lesson.step]]
id = "wrap-up"
kind = "reading"
body = """
Sum up the lesson in a few sentences (Markdown), and say what comes next.
"""
"#;
    let reading = r#"# Introduction

Write the reading here, in Markdown. Keep paragraphs short: many learners read
on small screens and slow connections.

- Lists, **emphasis** and [links](https://www.un.org/) work.
- Quote official texts exactly, and say where they come from.
"#
    .to_string();
    vec![
        ("curriculum.toml".into(), manifest),
        (format!("{language}/about.toml"), about),
        (format!("{language}/first-module.toml"), module),
        (format!("{language}/first-module/introduction.md"), reading),
    ]
}
