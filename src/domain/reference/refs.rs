//! The one syntax for naming reference entries.

use std::borrow::Cow;
use std::fmt;

/// A reference to a GCM objective or an SDG goal, target or indicator.
///
/// Written `gcm:6`, `sdg:10`, `sdg:10.7` or `sdg:10.7.2` everywhere: in
/// curriculum files, exports, URLs and the CLI. Parsing checks the syntax
/// only; [`super::ReferenceData::contains`] says whether the entry exists.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ref {
    /// GCM objective 1–23.
    Gcm(u8),
    /// SDG goal 1–17.
    Goal(u8),
    /// SDG target, by official code (`10.7`, `10.c`).
    Target(String),
    /// SDG indicator, by official code (`10.7.2`, `10.c.1`).
    Indicator(String),
}

/// Why a string is not a reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefError {
    message: String,
}

impl fmt::Display for RefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RefError {}

fn err(input: &str, why: &str) -> RefError {
    RefError {
        message: format!(
            "`{input}` is not a reference: {why} (write gcm:6, sdg:10, sdg:10.7 or sdg:10.7.2)"
        ),
    }
}

/// Returns true if and only if `s` is a goal number: 1 to 3 digits.
fn is_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Returns true if and only if `s` is a target or indicator segment: digits or
/// one lowercase letter.
fn is_segment(s: &str) -> bool {
    is_number(s) || (s.len() == 1 && s.bytes().all(|b| b.is_ascii_lowercase()))
}

impl Ref {
    /// Parses the canonical syntax (`gcm:6`, `sdg:10.7.2`), strictly: lower
    /// case, no spaces.
    pub fn parse(s: &str) -> Result<Ref, RefError> {
        let (scheme, code) = s
            .split_once(':')
            .ok_or_else(|| err(s, "it has no `gcm:` or `sdg:` prefix"))?;
        match scheme {
            "gcm" => {
                if !is_number(code) {
                    return Err(err(s, "a GCM objective is a number"));
                }
                code.parse()
                    .map(Ref::Gcm)
                    .map_err(|_| err(s, "a GCM objective is a number"))
            }
            "sdg" => {
                let parts: Vec<&str> = code.split('.').collect();
                if !is_number(parts[0]) || !parts[1..].iter().all(|p| is_segment(p)) {
                    return Err(err(
                        s,
                        "an SDG code is numbers or letters separated by dots",
                    ));
                }
                match parts.len() {
                    1 => parts[0]
                        .parse()
                        .map(Ref::Goal)
                        .map_err(|_| err(s, "a goal is a number")),
                    2 => Ok(Ref::Target(code.to_string())),
                    3 => Ok(Ref::Indicator(code.to_string())),
                    _ => Err(err(s, "an SDG code has at most three parts")),
                }
            }
            _ => Err(err(s, "the prefix must be `gcm:` or `sdg:`")),
        }
    }

    /// Parses what a person types into a search box: the canonical syntax in
    /// any case and spacing (`GCM 6`, `sdg 10.7`), a bare dotted SDG code
    /// (`10.7`, `10.7.2`), or `objective 6`. Bare numbers are not taken as
    /// goals, since `6` alone is ambiguous.
    pub fn parse_loose(s: &str) -> Option<Ref> {
        let t = s.trim().to_lowercase();
        let compact: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
        for (prefix, scheme) in [
            ("gcm", "gcm"),
            ("objective", "gcm"),
            ("sdg", "sdg"),
            ("goal", "sdg"),
            ("target", "sdg"),
            ("indicator", "sdg"),
        ] {
            if let Some(rest) = compact.strip_prefix(prefix) {
                let rest = rest.trim_start_matches([':', ' ']);
                if !rest.is_empty() {
                    return Ref::parse(&format!("{scheme}:{rest}")).ok();
                }
            }
        }
        if compact.contains('.') {
            return Ref::parse(&format!("sdg:{compact}")).ok();
        }
        None
    }

    /// The code without the scheme: `6`, `10`, `10.7`, `10.7.2`.
    pub fn code(&self) -> Cow<'_, str> {
        match self {
            Ref::Gcm(n) | Ref::Goal(n) => Cow::Owned(n.to_string()),
            Ref::Target(c) | Ref::Indicator(c) => Cow::Borrowed(c),
        }
    }

    /// What kind of entry this is, in words: "GCM objective", "SDG",
    /// "SDG target", "SDG indicator".
    pub fn kind_name(&self) -> &'static str {
        match self {
            Ref::Gcm(_) => "GCM objective",
            Ref::Goal(_) => "SDG",
            Ref::Target(_) => "SDG target",
            Ref::Indicator(_) => "SDG indicator",
        }
    }

    /// A short human label: "GCM objective 6", "SDG 10", "SDG target 10.7".
    pub fn label(&self) -> String {
        match self {
            Ref::Gcm(n) => format!("GCM objective {n}"),
            Ref::Goal(n) => format!("SDG {n}"),
            Ref::Target(c) => format!("SDG target {c}"),
            Ref::Indicator(c) => format!("SDG indicator {c}"),
        }
    }

    /// The SDG goal this reference falls under, if it is an SDG reference.
    pub fn goal(&self) -> Option<u8> {
        match self {
            Ref::Gcm(_) => None,
            Ref::Goal(n) => Some(*n),
            Ref::Target(c) | Ref::Indicator(c) => c.split('.').next().and_then(|g| g.parse().ok()),
        }
    }
}

impl fmt::Display for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ref::Gcm(n) => write!(f, "gcm:{n}"),
            Ref::Goal(n) => write!(f, "sdg:{n}"),
            Ref::Target(c) | Ref::Indicator(c) => write!(f, "sdg:{c}"),
        }
    }
}

impl std::str::FromStr for Ref {
    type Err = RefError;
    fn from_str(s: &str) -> Result<Ref, RefError> {
        Ref::parse(s)
    }
}

impl serde::Serialize for Ref {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Ref {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Ref, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ref::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_syntax_round_trips() {
        for (s, r) in [
            ("gcm:6", Ref::Gcm(6)),
            ("sdg:10", Ref::Goal(10)),
            ("sdg:10.7", Ref::Target("10.7".into())),
            ("sdg:10.c", Ref::Target("10.c".into())),
            ("sdg:10.7.2", Ref::Indicator("10.7.2".into())),
            ("sdg:17.18.1", Ref::Indicator("17.18.1".into())),
        ] {
            assert_eq!(Ref::parse(s).unwrap(), r, "{s}");
            assert_eq!(r.to_string(), s);
        }
    }

    #[test]
    fn malformed_references_say_why() {
        for (s, why) in [
            ("10.7", "no `gcm:` or `sdg:` prefix"),
            ("gcm:six", "a GCM objective is a number"),
            ("gcm:", "a GCM objective is a number"),
            ("sdg:", "numbers or letters separated by dots"),
            ("sdg:10..7", "numbers or letters separated by dots"),
            ("sdg:10.7.2.1", "at most three parts"),
            ("SDG:10", "the prefix must be"),
            ("sdg:10.ab", "numbers or letters separated by dots"),
        ] {
            let e = Ref::parse(s).unwrap_err().to_string();
            assert!(e.contains(why), "{s}: {e}");
            assert!(e.contains("write gcm:6"), "{s}: {e}");
        }
    }

    #[test]
    fn loose_syntax_for_search_boxes() {
        assert_eq!(Ref::parse_loose("10.7"), Some(Ref::Target("10.7".into())));
        assert_eq!(Ref::parse_loose(" GCM 6 "), Some(Ref::Gcm(6)));
        assert_eq!(Ref::parse_loose("gcm:6"), Some(Ref::Gcm(6)));
        assert_eq!(Ref::parse_loose("Objective 23"), Some(Ref::Gcm(23)));
        assert_eq!(
            Ref::parse_loose("sdg 10.7.2"),
            Some(Ref::Indicator("10.7.2".into()))
        );
        assert_eq!(Ref::parse_loose("goal 5"), Some(Ref::Goal(5)));
        assert_eq!(Ref::parse_loose("6"), None);
        assert_eq!(Ref::parse_loose("recruitment fees"), None);
    }

    #[test]
    fn goal_of_each_kind() {
        assert_eq!(Ref::Gcm(6).goal(), None);
        assert_eq!(Ref::Indicator("17.18.1".into()).goal(), Some(17));
        assert_eq!(Ref::Target("10.c".into()).goal(), Some(10));
    }

    #[test]
    fn serde_uses_the_canonical_string() {
        let v: Vec<Ref> = serde_json::from_str(r#"["gcm:6","sdg:10.7.2"]"#).unwrap();
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"["gcm:6","sdg:10.7.2"]"#
        );
        assert!(serde_json::from_str::<Ref>(r#""bad""#).is_err());
    }
}
