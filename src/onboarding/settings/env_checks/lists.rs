//! The array keys of env.cfg: `IMAGE_NAME_LIST` (valid image references, at least one) and
//! `ONTAP_FOLDERS` (absolute; required, and looked for on the node, when `ONTAP_NEEDED=1`).

use camino::Utf8PathBuf;

use super::{shown, Checker};
use crate::diag::Diagnostic;
use crate::envcfg::Value;
use crate::onboarding::settings::image_ref;
use crate::onboarding::settings::values::Services;
use crate::source::Span;

impl Checker<'_> {
    /// An array key's elements with their spans; a scalar is one element (with a warning).
    pub(super) fn list(&mut self, name: &str) -> Option<Vec<(String, Span)>> {
        let b = self.binding(name)?.clone();
        if b.uncertain {
            return None;
        }
        match &b.value {
            Value::Array(items) => Some(
                items
                    .iter()
                    .cloned()
                    .zip(
                        b.element_spans
                            .iter()
                            .copied()
                            .chain(std::iter::repeat(b.value_span)),
                    )
                    .collect(),
            ),
            Value::Scalar(s) => {
                self.push(
                    Diagnostic::warning(
                        "envcfg::expected-array",
                        format!(
                            "`{name}` is a string, so the scripts see it as a one-element list"
                        ),
                    )
                    .with_help(format!("write it as an array: `{name}=(\"{s}\")`")),
                    b.value_span,
                    "not an array",
                );
                Some(vec![(s.clone(), b.value_span)])
            }
        }
    }

    pub(super) fn images(&mut self, name: &str) -> Vec<String> {
        let Some(items) = self.list(name) else {
            return Vec::new();
        };
        if items.is_empty() {
            let span = self.env.get(name).map_or(Span::default(), |b| b.value_span);
            self.push(
                Diagnostic::error(
                    "envcfg::empty-image-list",
                    format!("`{name}` lists no images"),
                )
                .with_help("list at least one image, e.g. IMAGE_NAME_LIST=(\"docker-base\")"),
                span,
                "empty",
            );
        }
        let mut names = Vec::new();
        for (image, span) in items {
            match image_ref::problem(&image) {
                Some(why) => self.push(Diagnostic::error("envcfg::invalid-image-name", format!("{} is not a valid image name: {why}", shown(&image))).with_help("use `name` or `name:tag` with lower-case letters, digits, `.`, `_` and `-`"), span, "invalid image name"),
                None => names.push(image),
            }
        }
        names
    }

    pub(super) fn ontap(&mut self, services: Services) -> Vec<Utf8PathBuf> {
        let present = self.env.get("ONTAP_FOLDERS").is_some();
        let items = if present {
            self.list("ONTAP_FOLDERS").unwrap_or_default()
        } else {
            Vec::new()
        };
        if services.ontap && items.is_empty() {
            let (span, label) = self
                .env
                .get("ONTAP_NEEDED")
                .map_or((Span::default(), ""), |b| {
                    (b.value_span, "ONTAP enabled here")
                });
            self.push(
                Diagnostic::error(
                    "envcfg::missing-ontap-folders",
                    "ONTAP_NEEDED=1 but ONTAP_FOLDERS lists no folders",
                )
                .with_help("list the ONTAP mount points, e.g. ONTAP_FOLDERS=( \"/ontap/1\" )"),
                span,
                label,
            );
        }
        if services.ontap && !services.autofs {
            let span = self
                .env
                .get("ONTAP_NEEDED")
                .map_or(Span::default(), |b| b.value_span);
            self.push(
                Diagnostic::note(
                    "envcfg::ontap-without-autofs",
                    "ONTAP_NEEDED=1 while AUTOFS_NEEDED is not 1",
                )
                .with_help("if autofs mounts the ONTAP folders, set AUTOFS_NEEDED=1 too"),
                span,
                "ONTAP enabled",
            );
        }
        items
            .into_iter()
            .filter_map(|(value, span)| {
                self.check_dir_value(
                    "ONTAP_FOLDERS",
                    &value,
                    span,
                    "envcfg::relative-ontap-folder",
                    // Folders of a disabled service are not looked for on the node.
                    services.ontap,
                )
            })
            .collect()
    }
}
