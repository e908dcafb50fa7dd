//! One renderer per output format of `xmake --lint`. Every renderer takes the sorted
//! [`Lint`] and returns the whole document, so output order is the lint's stable order and
//! nothing is printed half-way. Paths are relative to the tree.

pub mod checkstyle;
pub mod github;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod text;
pub mod xml;

use super::finding::Lint;
use super::registry;

/// `--format` for `--lint`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
    Github,
    Junit,
    Sarif,
    Checkstyle,
}

impl Format {
    /// The names `--format` accepts, for messages.
    pub const NAMES: &'static [&'static str] =
        &["text", "json", "github", "junit", "sarif", "checkstyle"];

    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "text" => Self::Text,
            "json" => Self::Json,
            "github" => Self::Github,
            "junit" => Self::Junit,
            "sarif" => Self::Sarif,
            "checkstyle" => Self::Checkstyle,
            _ => return None,
        })
    }
}

/// Renders `lint` in `format`; `fancy` selects miette's terminal form for text.
pub fn render(lint: &Lint, format: Format, fancy: bool) -> String {
    match format {
        Format::Text => text::render(lint, fancy),
        Format::Json => json::render(lint),
        Format::Github => github::render(lint),
        Format::Junit => junit::render(lint),
        Format::Sarif => sarif::render(lint),
        Format::Checkstyle => checkstyle::render(lint),
    }
}

/// Every code a document should list as a rule: the registered tree rules (so CI shows
/// them passing), then any other code that has findings (settings checks), sorted.
pub fn listed_codes(lint: &Lint) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = registry::RULES.iter().map(|r| r.code).collect();
    let mut others: Vec<&'static str> = lint
        .codes()
        .into_iter()
        .filter(|c| !codes.contains(c))
        .collect();
    others.sort_unstable();
    codes.extend(others);
    codes
}

/// The message plus its help line, for formats with one text field.
pub fn message_with_help(f: &super::Finding) -> String {
    match &f.diag.help {
        Some(help) => format!("{}\nhelp: {help}", f.diag.message),
        None => f.diag.message.clone(),
    }
}
