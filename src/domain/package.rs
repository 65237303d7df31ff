//! LMS packages of one curriculum: the SCORM 1.2 `imsmanifest.xml` and the
//! cmi5 `cmi5.xml`.
//!
//! Pure functions: they render the manifests from the curriculum's metadata
//! ([`PackageInfo`]) and the list of files in the package. `cca-lab package`
//! reads the files and writes the zip.
//!
//! # Layout
//!
//! ```text
//! imsmanifest.xml               SCORM 1.2 only; or cmi5.xml for cmi5
//! imscp_rootv1p1p2.xsd          SCORM 1.2 only: the four schemas the
//! adlcp_rootv1p2.xsd              manifest names (SCORM12_SCHEMAS)
//! imsmd_rootv1p2p1.xsd
//! ims_xml.xsd
//! app/…                         the release build (dist/) without dist/curricula/
//! app/curricula/catalog.toml    lists only this curriculum
//! app/curricula/<id>/…          every file of the curriculum's folder
//! ```
//!
//! The LMS launches `app/index.html?lms=scorm12&curriculum=<id>` (SCORM) or
//! `app/index.html?lms=cmi5&curriculum=<id>` (cmi5; the LMS appends its own
//! launch parameters to that URL).
//!
//! # Decisions
//!
//! - **One SCO / one AU** for the whole curriculum: the app does its own
//!   navigation between modules and lessons.
//! - **No mastery score** (no `adlcp:masteryscore`, no cmi5 `masteryScore`):
//!   the questions and mapping exercises are formative (feedback on every
//!   option, answers can be retried), so a curriculum has no pass mark. The
//!   cmi5 AU has `moveOn="Completed"`: the LMS counts it done when the app
//!   reports the curriculum completed, with no pass or fail.
//! - **SCORM identifiers** are NCNames derived from the id:
//!   `cca-lab.<id>.v<version>` (the manifest), `cca-lab.<id>.organization`,
//!   `cca-lab.<id>.item` and `cca-lab.<id>.resource`. Characters of the
//!   version that an NCName cannot hold become `_`. The manifest's `version`
//!   attribute is the curriculum's version when it fits the schema's 20
//!   characters, and is left out otherwise.
//! - **cmi5 IRIs**: the course is `https://cca-lab.invalid/course/<id>/<version>`
//!   and its AU `…/<version>/au/curriculum`. `.invalid` is a top-level
//!   domain reserved never to exist (RFC 2606), so the IRIs are fully
//!   qualified and unique per curriculum and version without claiming
//!   anyone's host. A new version is a new course to the LMS: its records are
//!   not merged with another version's.
//! - **Texts**: titles and descriptions come from each language's
//!   `about.toml` (the description is the `summary`, or the title when there
//!   is none), the default language first. SCORM 1.2 titles are the default
//!   language's, cut to the schema's 200 characters; the manifest's LOM
//!   metadata has every language. cmi5 titles and descriptions have a
//!   `langstring` per language.
//! - Every file under `app/` is listed in the SCORM resource, with its path
//!   percent-encoded; the manifest and the schema files at the root are the
//!   package's control files and are not.

use crate::domain::curriculum::Curriculum;

/// The LMS standards a package can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standard {
    /// SCORM 1.2: `imsmanifest.xml`, one SCO.
    Scorm12,
    /// cmi5: `cmi5.xml`, one AU.
    Cmi5,
}

impl Standard {
    /// The value of the `lms` launch parameter that tells the app which LMS
    /// interface to use.
    pub fn lms(self) -> &'static str {
        match self {
            Standard::Scorm12 => "scorm12",
            Standard::Cmi5 => "cmi5",
        }
    }

    /// The name of the manifest at the root of the package.
    pub fn manifest_file(self) -> &'static str {
        match self {
            Standard::Scorm12 => "imsmanifest.xml",
            Standard::Cmi5 => "cmi5.xml",
        }
    }

    /// The standard's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Standard::Scorm12 => "SCORM 1.2",
            Standard::Cmi5 => "cmi5",
        }
    }
}

/// The folder of the package that holds the app.
pub const APP_DIR: &str = "app";

/// Where the catalogue of the packaged app is.
pub const CATALOG_PATH: &str = "app/curricula/catalog.toml";

/// The schema files a SCORM 1.2 manifest names, put at the package's root.
pub const SCORM12_SCHEMAS: [&str; 4] = [
    "imscp_rootv1p1p2.xsd",
    "adlcp_rootv1p2.xsd",
    "imsmd_rootv1p2p1.xsd",
    "ims_xml.xsd",
];

/// The start of every course IRI in a cmi5 package.
pub const IRI_BASE: &str = "https://cca-lab.invalid/course/";

/// The cmi5 `moveOn` criterion of the AU.
pub const CMI5_MOVE_ON: &str = "Completed";

/// The longest title a SCORM 1.2 `<title>` may hold.
const SCORM12_TITLE_MAX: usize = 200;

/// The longest `version` attribute a SCORM 1.2 manifest may have.
const SCORM12_VERSION_MAX: usize = 20;

/// A curriculum's title and description in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The language code (`en`, `fr`, `pt-BR`).
    pub language: String,
    /// The title.
    pub title: String,
    /// A sentence or two about the curriculum.
    pub description: String,
}

/// What the manifests say about a curriculum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageInfo {
    /// The curriculum's id (its folder name).
    pub id: String,
    /// The author's version, e.g. `1.0.0`.
    pub version: String,
    /// Titles and descriptions, the default language first.
    pub texts: Vec<Text>,
}

impl PackageInfo {
    /// The metadata of a checked curriculum: a text for every language that
    /// has an `about.toml`, the default language first. `None` when the
    /// default language has none (checking reports that as an error).
    pub fn from_curriculum(c: &Curriculum) -> Option<PackageInfo> {
        let m = &c.manifest;
        let mut languages = vec![m.default_language.as_str()];
        languages.extend(
            m.languages
                .iter()
                .map(String::as_str)
                .filter(|l| *l != m.default_language),
        );
        let texts: Vec<Text> = languages
            .into_iter()
            .filter_map(|lang| {
                let about = c.content.get(lang)?.about.as_ref()?;
                Some(Text {
                    language: lang.to_string(),
                    title: about.title.clone(),
                    description: about
                        .summary
                        .clone()
                        .filter(|s| !s.trim().is_empty())
                        .unwrap_or_else(|| about.title.clone()),
                })
            })
            .collect();
        (texts.first()?.language == m.default_language).then(|| PackageInfo {
            id: m.id.clone(),
            version: m.version.clone(),
            texts,
        })
    }

    /// The title in the default language (the id if there is no text).
    pub fn title(&self) -> &str {
        self.texts.first().map_or(&self.id, |t| &t.title)
    }
}

/// The path in the package of a file of the release build, given its path
/// relative to `dist/`; `None` for `curricula/` and everything in it, which
/// the package replaces with the one curriculum.
pub fn app_path(dist_relative: &str) -> Option<String> {
    let first = dist_relative.split('/').next().unwrap_or_default();
    (first != "curricula").then(|| format!("{APP_DIR}/{dist_relative}"))
}

/// The path in the package of a file of the curriculum, given its path
/// relative to the curriculum's folder.
pub fn curriculum_path(id: &str, relative: &str) -> String {
    format!("{APP_DIR}/curricula/{id}/{relative}")
}

/// The packaged `catalog.toml`: only this curriculum.
pub fn catalog_toml(id: &str) -> String {
    format!(
        "# The curriculum of this package (made by `cca-lab package`).\nformat = 1\ncurricula = [\"{id}\"]\n"
    )
}

/// The launch address of the app, relative to the package's root (not
/// XML-escaped).
pub fn launch_url(standard: Standard, id: &str) -> String {
    format!(
        "{APP_DIR}/index.html?lms={}&curriculum={}",
        standard.lms(),
        percent_encode(id, false)
    )
}

/// The cmi5 course IRI.
pub fn course_iri(info: &PackageInfo) -> String {
    format!(
        "{IRI_BASE}{}/{}",
        percent_encode(&info.id, false),
        percent_encode(&info.version, false)
    )
}

/// The cmi5 AU IRI.
pub fn au_iri(info: &PackageInfo) -> String {
    format!("{}/au/curriculum", course_iri(info))
}

/// The base of the SCORM identifiers, `cca-lab.<id>`.
fn scorm_base(info: &PackageInfo) -> String {
    ncname(&format!("cca-lab.{}", info.id))
}

/// The SCORM manifest's identifier, `cca-lab.<id>.v<version>`.
pub fn scorm12_manifest_identifier(info: &PackageInfo) -> String {
    ncname(&format!("{}.v{}", scorm_base(info), info.version))
}

/// The SCORM 1.2 `imsmanifest.xml`. `files` are the paths in the package of
/// every file under `app/`, listed in the order given.
pub fn scorm12_manifest(info: &PackageInfo, files: &[String]) -> String {
    let base = scorm_base(info);
    let organization = format!("{base}.organization");
    let item = format!("{base}.item");
    let resource = format!("{base}.resource");
    let title = text(&clip(info.title(), SCORM12_TITLE_MAX));
    let version = if info.version.chars().count() <= SCORM12_VERSION_MAX {
        format!(" version=\"{}\"", attr(&info.version))
    } else {
        String::new()
    };

    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<manifest identifier=\"{}\"{version} xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\" xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n",
        attr(&scorm12_manifest_identifier(info))
    ));
    x.push_str(
        "  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n",
    );
    x.push_str(
        "    <lom xmlns=\"http://www.imsglobal.org/xsd/imsmd_rootv1p2p1\">\n      <general>\n",
    );
    x.push_str("        <title>\n");
    for t in &info.texts {
        x.push_str(&format!(
            "          <langstring xml:lang=\"{}\">{}</langstring>\n",
            attr(&t.language),
            text(&t.title)
        ));
    }
    x.push_str("        </title>\n");
    for t in &info.texts {
        x.push_str(&format!(
            "        <language>{}</language>\n",
            text(&t.language)
        ));
    }
    x.push_str("        <description>\n");
    for t in &info.texts {
        x.push_str(&format!(
            "          <langstring xml:lang=\"{}\">{}</langstring>\n",
            attr(&t.language),
            text(&t.description)
        ));
    }
    x.push_str("        </description>\n      </general>\n    </lom>\n  </metadata>\n");
    x.push_str(&format!(
        "  <organizations default=\"{o}\">\n    <organization identifier=\"{o}\">\n      <title>{title}</title>\n",
        o = attr(&organization)
    ));
    x.push_str(&format!(
        "      <item identifier=\"{}\" identifierref=\"{}\" isvisible=\"true\">\n        <title>{title}</title>\n      </item>\n",
        attr(&item),
        attr(&resource)
    ));
    x.push_str("    </organization>\n  </organizations>\n  <resources>\n");
    x.push_str(&format!(
        "    <resource identifier=\"{}\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"{}\">\n",
        attr(&resource),
        attr(&launch_url(Standard::Scorm12, &info.id))
    ));
    for f in files {
        x.push_str(&format!(
            "      <file href=\"{}\"/>\n",
            attr(&percent_encode(f, true))
        ));
    }
    x.push_str("    </resource>\n  </resources>\n</manifest>\n");
    x
}

/// The cmi5 `cmi5.xml`: the course and its one AU.
pub fn cmi5_course_structure(info: &PackageInfo) -> String {
    let langstrings = |indent: &str, pick: fn(&Text) -> &str| {
        info.texts
            .iter()
            .map(|t| {
                format!(
                    "{indent}<langstring lang=\"{}\">{}</langstring>\n",
                    attr(&t.language),
                    text(pick(t))
                )
            })
            .collect::<String>()
    };
    let titles = langstrings("      ", |t| &t.title);
    let descriptions = langstrings("      ", |t| &t.description);
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(
        "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">\n",
    );
    x.push_str(&format!(
        "  <course id=\"{}\">\n    <title>\n{titles}    </title>\n    <description>\n{descriptions}    </description>\n  </course>\n",
        attr(&course_iri(info))
    ));
    x.push_str(&format!(
        "  <au id=\"{}\" moveOn=\"{CMI5_MOVE_ON}\" launchMethod=\"AnyWindow\">\n    <title>\n{titles}    </title>\n    <description>\n{descriptions}    </description>\n    <url>{}</url>\n  </au>\n",
        attr(&au_iri(info)),
        text(&launch_url(Standard::Cmi5, &info.id))
    ));
    x.push_str("</courseStructure>\n");
    x
}

/// Returns true if and only if `c` may appear in an XML 1.0 document.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes `s` for XML character data, dropping characters XML cannot hold.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| is_xml_char(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes `s` for a double-quoted XML attribute value; tabs and line ends
/// become character references, which attribute normalisation keeps.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| is_xml_char(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes every byte of `s` but the unreserved characters of
/// RFC 3986 (and `/` when `keep_slash`).
fn percent_encode(s: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (keep_slash && b == b'/')
        {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `s` as an XML NCName (the type of SCORM identifiers): ASCII letters,
/// digits, `.`, `-` and `_`, starting with a letter or `_`; other characters
/// become `_`.
fn ncname(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        out.insert(0, '_');
    }
    out
}

/// `s` cut to at most `max` characters, ending with `…` when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::curriculum::{self, FileSet, FileState, Scope};

    fn info() -> PackageInfo {
        PackageInfo {
            id: "starter".into(),
            version: "1.0.0".into(),
            texts: vec![
                Text {
                    language: "en".into(),
                    title: "Migration & the <CCA>".into(),
                    description: "Say \"why\" & 'how'.".into(),
                },
                Text {
                    language: "fr".into(),
                    title: "La migration".into(),
                    description: "Pourquoi".into(),
                },
            ],
        }
    }

    fn files() -> Vec<String> {
        vec![
            "app/index.html".into(),
            "app/app-1_bg.wasm".into(),
            "app/curricula/catalog.toml".into(),
            "app/curricula/starter/facilitator guide.pdf".into(),
            "app/curricula/starter/en/café.md".into(),
        ]
    }

    #[test]
    fn the_scorm_manifest_is_exact() {
        let got = scorm12_manifest(&info(), &files()[..1]);
        let want = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="cca-lab.starter.v1.0.0" version="1.0.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
      <general>
        <title>
          <langstring xml:lang="en">Migration &amp; the &lt;CCA&gt;</langstring>
          <langstring xml:lang="fr">La migration</langstring>
        </title>
        <language>en</language>
        <language>fr</language>
        <description>
          <langstring xml:lang="en">Say "why" &amp; 'how'.</langstring>
          <langstring xml:lang="fr">Pourquoi</langstring>
        </description>
      </general>
    </lom>
  </metadata>
  <organizations default="cca-lab.starter.organization">
    <organization identifier="cca-lab.starter.organization">
      <title>Migration &amp; the &lt;CCA&gt;</title>
      <item identifier="cca-lab.starter.item" identifierref="cca-lab.starter.resource" isvisible="true">
        <title>Migration &amp; the &lt;CCA&gt;</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="cca-lab.starter.resource" type="webcontent" adlcp:scormtype="sco" href="app/index.html?lms=scorm12&amp;curriculum=starter">
      <file href="app/index.html"/>
    </resource>
  </resources>
</manifest>
"#;
        assert_eq!(got, want);
    }

    #[test]
    fn the_cmi5_course_structure_is_exact() {
        let got = cmi5_course_structure(&info());
        let want = r#"<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://cca-lab.invalid/course/starter/1.0.0">
    <title>
      <langstring lang="en">Migration &amp; the &lt;CCA&gt;</langstring>
      <langstring lang="fr">La migration</langstring>
    </title>
    <description>
      <langstring lang="en">Say "why" &amp; 'how'.</langstring>
      <langstring lang="fr">Pourquoi</langstring>
    </description>
  </course>
  <au id="https://cca-lab.invalid/course/starter/1.0.0/au/curriculum" moveOn="Completed" launchMethod="AnyWindow">
    <title>
      <langstring lang="en">Migration &amp; the &lt;CCA&gt;</langstring>
      <langstring lang="fr">La migration</langstring>
    </title>
    <description>
      <langstring lang="en">Say "why" &amp; 'how'.</langstring>
      <langstring lang="fr">Pourquoi</langstring>
    </description>
    <url>app/index.html?lms=cmi5&amp;curriculum=starter</url>
  </au>
</courseStructure>
"#;
        assert_eq!(got, want);
    }

    #[test]
    fn every_file_is_listed_once_in_order_and_percent_encoded() {
        let manifest = scorm12_manifest(&info(), &files());
        let listed: Vec<&str> = manifest
            .lines()
            .filter_map(|l| l.trim().strip_prefix("<file href=\""))
            .map(|l| l.strip_suffix("\"/>").unwrap())
            .collect();
        assert_eq!(
            listed,
            [
                "app/index.html",
                "app/app-1_bg.wasm",
                "app/curricula/catalog.toml",
                "app/curricula/starter/facilitator%20guide.pdf",
                "app/curricula/starter/en/caf%C3%A9.md",
            ]
        );
        assert_eq!(manifest.matches("<resource ").count(), 1);
    }

    #[test]
    fn texts_are_escaped_and_characters_xml_cannot_hold_dropped() {
        assert_eq!(
            text("a & b < c > d \"e\" 'f'"),
            "a &amp; b &lt; c &gt; d \"e\" 'f'"
        );
        assert_eq!(
            attr("a & b < c > d \"e\" 'f'\tg\nh"),
            "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#9;g&#10;h"
        );
        assert_eq!(text("bell\u{7}, nul\u{0}, \u{FFFE}ok\n"), "bell, nul, ok\n");
        let mut i = info();
        i.texts[0].title = "A]]>B\u{1}".into();
        let m = scorm12_manifest(&i, &[]);
        assert!(m.contains("<title>A]]&gt;B</title>"), "{m}");
    }

    #[test]
    fn identifiers_are_ncnames_and_distinct() {
        assert_eq!(ncname("cca-lab.starter"), "cca-lab.starter");
        assert_eq!(ncname("1.0 beta+2/é"), "_1.0_beta_2__");
        assert_eq!(ncname("-x"), "_-x");
        let mut i = info();
        i.version = "2.0 (draft) organization".into();
        assert_eq!(
            scorm12_manifest_identifier(&i),
            "cca-lab.starter.v2.0__draft__organization"
        );
        let m = scorm12_manifest(&i, &[]);
        let ids: Vec<&str> = m
            .split(" identifier=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
            .collect();
        assert_eq!(ids.len(), 4, "{m}");
        for (n, id) in ids.iter().enumerate() {
            assert!(!ids[..n].contains(id), "{id} twice");
            assert!(id.starts_with(|c: char| c.is_ascii_alphabetic()));
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c))
            );
        }
        // A version longer than the schema's 20 characters is left out of
        // the `version` attribute (it stays in the identifier).
        assert!(
            m.contains("<manifest identifier=\"cca-lab.starter.v2.0__draft__organization\" xmlns=")
        );
    }

    #[test]
    fn long_titles_are_cut_to_200_characters_for_scorm_only() {
        let mut i = info();
        i.texts[0].title = "é".repeat(250);
        let m = scorm12_manifest(&i, &[]);
        let cut = format!("<title>{}…</title>", "é".repeat(199));
        assert_eq!(m.matches(&cut).count(), 2, "{m}");
        assert!(m.contains(&format!(">{}</langstring>", "é".repeat(250))));
        assert!(cmi5_course_structure(&i).contains(&"é".repeat(250)));
    }

    #[test]
    fn iris_and_launch_urls() {
        let mut i = info();
        assert_eq!(
            course_iri(&i),
            "https://cca-lab.invalid/course/starter/1.0.0"
        );
        assert_eq!(
            au_iri(&i),
            "https://cca-lab.invalid/course/starter/1.0.0/au/curriculum"
        );
        i.version = "1.0 beta/2".into();
        assert_eq!(
            course_iri(&i),
            "https://cca-lab.invalid/course/starter/1.0%20beta%2F2"
        );
        assert_eq!(
            launch_url(Standard::Scorm12, "starter"),
            "app/index.html?lms=scorm12&curriculum=starter"
        );
        assert_eq!(
            launch_url(Standard::Cmi5, "cca-migration"),
            "app/index.html?lms=cmi5&curriculum=cca-migration"
        );
    }

    #[test]
    fn layout_paths_and_catalogue() {
        assert_eq!(app_path("index.html").as_deref(), Some("app/index.html"));
        assert_eq!(
            app_path("data/sdg_goals.csv").as_deref(),
            Some("app/data/sdg_goals.csv")
        );
        assert_eq!(
            app_path("curricula-x.js").as_deref(),
            Some("app/curricula-x.js")
        );
        assert_eq!(app_path("curricula"), None);
        assert_eq!(app_path("curricula/catalog.toml"), None);
        assert_eq!(app_path("curricula/starter/en/about.toml"), None);
        assert_eq!(
            curriculum_path("starter", "en/about.toml"),
            "app/curricula/starter/en/about.toml"
        );
        let toml = catalog_toml("starter");
        let (catalog, report) = curriculum::check_catalog("catalog.toml", &toml);
        assert!(report.diagnostics().is_empty(), "{report:?}");
        assert_eq!(catalog.unwrap().curricula, ["starter"]);
        assert!(CATALOG_PATH.starts_with(APP_DIR));
    }

    #[test]
    fn info_comes_from_the_about_files_default_language_first() {
        let mut files = FileSet::new();
        let add =
            |files: &mut FileSet, p: &str, t: &str| files.insert(p, FileState::Text(t.into()));
        add(
            &mut files,
            "curriculum.toml",
            "format = 1\nid = \"demo\"\nversion = \"2.1\"\ndefault_language = \"fr\"\nlanguages = [\"en\", \"fr\", \"es\"]\nmodules = [\"m\"]\n",
        );
        add(
            &mut files,
            "fr/about.toml",
            "title = \"Titre\"\nsummary = \"Résumé\"\n",
        );
        add(&mut files, "en/about.toml", "title = \"Title\"\n");
        let module = "title = \"M\"\n\n[[lesson]]\nid = \"l\"\ntitle = \"L\"\n\n[[lesson.step]]\nid = \"s\"\nkind = \"reading\"\nbody = \"Hi\"\n";
        for lang in ["fr", "en"] {
            add(&mut files, &format!("{lang}/m.toml"), module);
        }
        for p in curriculum::wanted(&files, &Scope::All) {
            files.insert(p, FileState::Missing);
        }
        let checked = curriculum::check("demo", &files, &Scope::All);
        let c = checked.curriculum.expect("no errors");
        let i = PackageInfo::from_curriculum(&c).unwrap();
        assert_eq!(
            i,
            PackageInfo {
                id: "demo".into(),
                version: "2.1".into(),
                texts: vec![
                    Text {
                        language: "fr".into(),
                        title: "Titre".into(),
                        description: "Résumé".into()
                    },
                    Text {
                        language: "en".into(),
                        title: "Title".into(),
                        description: "Title".into()
                    },
                ],
            }
        );
        assert_eq!(i.title(), "Titre");
    }

    #[test]
    fn standards() {
        assert_eq!(Standard::Scorm12.manifest_file(), "imsmanifest.xml");
        assert_eq!(Standard::Cmi5.manifest_file(), "cmi5.xml");
        assert_eq!(Standard::Scorm12.name(), "SCORM 1.2");
        assert_eq!(Standard::Cmi5.lms(), "cmi5");
    }
}
