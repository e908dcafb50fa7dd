//! What the lint rules look at, read once: the tree directory, env.cfg and config.toml as
//! [`crate::onboarding::settings::load`] checked them, and the Makefile as
//! [`super::makefile`] read it. Rules only read this; they never re-read the settings.

use std::sync::Arc;

use camino::{Utf8Path, Utf8PathBuf};

use super::makefile::{self, MakefileRead};
use crate::adapters::root::Root;
use crate::envcfg::Value;
use crate::onboarding::settings::{self, image_ref, Loaded};
use crate::source::{Source, Span};

/// The largest tree file a rule reads (scripts, Dockerfiles, `version`).
pub const MAX_SOURCE_BYTES: u64 = 16 << 20;

/// The tree and everything read from it.
#[derive(Debug)]
pub struct Ctx {
    /// The tree as the process sees it.
    pub dir: Utf8PathBuf,
    pub loaded: Loaded,
    /// `None` when the tree has no makefile.
    pub makefile: Option<MakefileRead>,
}

/// One `IMAGE_NAME_LIST` entry and where env.cfg names it.
#[derive(Clone, Debug)]
pub struct ImageEntry {
    pub name: String,
    /// The folder under `images/` that holds its build context.
    pub folder: String,
    pub span: Option<Span>,
}

impl Ctx {
    /// Reads the tree; `node` is the node the node checks look at (`None`: the tree alone).
    pub fn load(dir: &Utf8Path, node: Option<&Root>) -> Self {
        let loaded = match node {
            Some(root) => settings::load(dir, root),
            None => settings::load_tree(dir),
        };
        let makefile = makefile::find(dir).map(|name| makefile::read(dir, name));
        Self {
            dir: dir.to_owned(),
            loaded,
            makefile,
        }
    }

    /// A file of the tree, relative path in, as a [`Source`] named by that path; `None` when
    /// it cannot be read or is larger than [`MAX_SOURCE_BYTES`] (rules then skip it).
    pub fn source(&self, rel: &str) -> Option<Arc<Source>> {
        let bytes =
            crate::adapters::fs::read_bounded(&self.dir.join(rel), MAX_SOURCE_BYTES).ok()?;
        Some(Arc::new(Source::from_bytes(rel, &bytes)))
    }

    /// The images of `IMAGE_NAME_LIST` that are valid references (the settings checks
    /// report the others).
    pub fn images(&self) -> Vec<ImageEntry> {
        let Some(binding) = self
            .loaded
            .env
            .as_ref()
            .and_then(|env| env.get("IMAGE_NAME_LIST"))
        else {
            return Vec::new();
        };
        let names: Vec<String> = match &binding.value {
            Value::Array(items) => items.clone(),
            Value::Scalar(s) => s.split_whitespace().map(str::to_owned).collect(),
        };
        names
            .into_iter()
            .enumerate()
            .filter(|(_, name)| image_ref::problem(name).is_none())
            .map(|(i, name)| ImageEntry {
                folder: image_folder(&name).to_owned(),
                span: binding.element_spans.get(i).copied(),
                name,
            })
            .collect()
    }

    /// env.cfg's source, for spans into it.
    pub fn env_source(&self) -> Option<&Arc<Source>> {
        self.loaded.env.as_ref().map(crate::envcfg::EnvCfg::source)
    }
}

/// `registry:5000/team/img:tag@sha256:…` → `img`: the last path component, without tag or
/// digest (`img2:7.9` lives in `images/img2`).
pub fn image_folder(name: &str) -> &str {
    let name = name.split('@').next().unwrap_or(name);
    let last = name.rsplit('/').next().unwrap_or(name);
    last.split(':').next().unwrap_or(last)
}

/// The span of 1-based line `line` of `source`, without its line end.
pub fn line_span(source: &Source, line: usize) -> Span {
    let text = source.text();
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let len = source.line_text(line).len();
    Span::new(start, start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_folders() {
        assert_eq!(image_folder("img2:7.9"), "img2");
        assert_eq!(image_folder("docker-base"), "docker-base");
        assert_eq!(image_folder("reg.local:5000/team/img:v1"), "img");
        assert_eq!(image_folder("x@sha256:00"), "x");
    }

    #[test]
    fn line_spans() {
        let s = Source::new("f", "ab\ncde\r\nf");
        assert_eq!(line_span(&s, 2), Span::new(3, 6));
        assert_eq!(line_span(&s, 3), Span::new(8, 9));
    }
}
