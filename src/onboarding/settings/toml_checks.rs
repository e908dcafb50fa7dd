//! The check-config rules for config.toml: the worker AMI id, the overlay network, instance
//! type lists, `hyperthreading_disabled`, `[aws.instance_tags]` and the `[license] key`
//! (checked for presence, only ever shown masked). Keys are found in whichever table holds them.

use std::net::Ipv4Addr;
use std::sync::{Arc, LazyLock};

use regex::Regex;
use toml_edit::{Item, Key, Table};

use super::paths::Network;
use super::values::TomlSettings;
use crate::diag::Diagnostic;
use crate::source::{Source, Span};
use crate::tomlcfg::TomlFile;

/// The overlay network when config.toml does not set one.
pub const DEFAULT_OVERLAY_PREFIX: &str = "192.168.137.0/24";

static AMI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$").expect("valid regex"));
static INSTANCE_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z][a-z0-9-]*[0-9][a-z0-9-]*(?:\.(?:\*|[a-z0-9-]+))?$").expect("valid regex")
});

/// Checks the parsed file and fills the typed settings.
/// `networks` are the controller's own (`/proc/net/route`), which the overlay must not overlap.
pub fn check_toml(
    file: &TomlFile,
    networks: &[Network],
    settings: &mut TomlSettings,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(doc) = &file.doc else { return };
    let mut c = Checker {
        source: &file.source,
        diags,
        networks,
    };
    let root = doc.as_table();
    settings.ami = c.ami(root);
    settings.overlay_prefix = c
        .overlay(root)
        .unwrap_or_else(|| DEFAULT_OVERLAY_PREFIX.to_owned());
    settings.on_demand_types = c.instance_types(root, "on_demand_types");
    settings.spot_fleet_types = c.instance_types(root, "spot_fleet_types");
    settings.hyperthreading_disabled = c.hyperthreading(root);
    settings.instance_tags = c.tags(root);
    settings.license_key_masked = c.license(root);
}

/// The first `name` key in `table` or any table below it, depth first.
fn find<'t>(table: &'t Table, name: &str) -> Option<(&'t Key, &'t Item)> {
    if let Some(found) = table.get_key_value(name) {
        return Some(found);
    }
    table
        .iter()
        .find_map(|(_, item)| item.as_table().and_then(|t| find(t, name)))
}

fn span_of(item: &Item, key: &Key) -> Span {
    item.span()
        .or_else(|| key.span())
        .map_or(Span::default(), |r| Span::new(r.start, r.end))
}

struct Checker<'a> {
    source: &'a Arc<Source>,
    diags: &'a mut Vec<Diagnostic>,
    networks: &'a [Network],
}

impl Checker<'_> {
    fn push(&mut self, d: Diagnostic, span: Span, label: &str) {
        self.diags.push(d.at(self.source, span, label));
    }

    /// A required key the file never sets: pointed at the end of the file, where it can go.
    fn missing(&mut self, code: &'static str, what: &str, help: &str) {
        let end = self.source.text().len();
        let d = Diagnostic::error(code, format!("{} does not set {what}", self.source.name()))
            .with_help(help);
        self.push(d, Span::new(end, end), "not set anywhere in this file");
    }

    /// A string value, reporting any other type.
    fn string(&mut self, key: &Key, item: &Item) -> Option<(String, Span)> {
        let span = span_of(item, key);
        if let Some(s) = item.as_str() {
            Some((s.to_owned(), span))
        } else {
            self.push(
                Diagnostic::error(
                    "toml::invalid-type",
                    format!("`{}` must be a string", key.get()),
                )
                .with_help("quote the value"),
                span,
                "not a string",
            );
            None
        }
    }

    fn ami(&mut self, root: &Table) -> Option<String> {
        let Some((key, item)) = find(root, "ami") else {
            self.missing(
                "toml::missing-key",
                "`ami`, the worker image id",
                "add `ami = \"ami-…\"` with the id of the worker image",
            );
            return None;
        };
        let (ami, span) = self.string(key, item)?;
        if !AMI.is_match(&ami) {
            self.push(
                Diagnostic::error("toml::invalid-ami", format!("`{ami}` is not an AMI id"))
                    .with_help("an AMI id is `ami-` followed by 8 or 17 lower-case hex digits"),
                span,
                "not an AMI id",
            );
            return None;
        }
        Some(ami)
    }

    fn overlay(&mut self, root: &Table) -> Option<String> {
        let Some((key, item)) = find(root, "overlay_prefix") else {
            let end = self.source.text().len();
            let label = format!("not set: the default {DEFAULT_OVERLAY_PREFIX} applies");
            self.check_overlap(DEFAULT_OVERLAY_PREFIX, Span::new(end, end), &label);
            return None;
        };
        let (prefix, span) = self.string(key, item)?;
        if let Some(why) = overlay_problem(&prefix) {
            self.push(Diagnostic::error("toml::invalid-overlay-prefix", format!("overlay_prefix `{prefix}` {why}")).with_help(format!("use a private class C network such as {DEFAULT_OVERLAY_PREFIX} that does not overlap the controller's subnet")), span, "invalid overlay network");
            return None;
        }
        self.check_overlap(&prefix, span, "overlaps a network of this controller");
        Some(prefix)
    }

    /// The overlay must not overlap a network the controller is on (`/proc/net/route`).
    fn check_overlap(&mut self, prefix: &str, span: Span, label: &str) {
        let Some(overlay) = parse_network(prefix) else {
            return;
        };
        let Some(clash) = self.networks.iter().find(|n| n.overlaps(overlay)) else {
            return;
        };
        let d = Diagnostic::error(
            "toml::overlay-overlaps-subnet",
            format!("overlay_prefix `{prefix}` overlaps the controller's network {clash}"),
        )
        .with_help("set overlay_prefix to a private /24 that no interface of the controller uses");
        self.push(d, span, label);
    }

    fn instance_types(&mut self, root: &Table, name: &str) -> Vec<String> {
        let Some((key, item)) = find(root, name) else {
            return Vec::new();
        };
        let Some(array) = item.as_array() else {
            self.push(
                Diagnostic::error(
                    "toml::invalid-type",
                    format!("`{name}` must be a list of instance types"),
                )
                .with_help(format!("write `{name} = [\"m5.xlarge\", \"c5\"]`")),
                span_of(item, key),
                "not a list",
            );
            return Vec::new();
        };
        let mut types = Vec::new();
        for value in array {
            let span = value
                .span()
                .map_or(span_of(item, key), |r| Span::new(r.start, r.end));
            match value.as_str() {
                Some(t) if INSTANCE_TYPE.is_match(t) => types.push(t.to_owned()),
                Some(t) => self.push(
                    Diagnostic::error(
                        "toml::invalid-instance-type",
                        format!("`{t}` in `{name}` is not an instance type or family"),
                    )
                    .with_help("write a type such as `m5.xlarge` or a family such as `c5`"),
                    span,
                    "not an instance type",
                ),
                None => self.push(
                    Diagnostic::error(
                        "toml::invalid-type",
                        format!("`{name}` must hold only strings"),
                    )
                    .with_help("quote each instance type"),
                    span,
                    "not a string",
                ),
            }
        }
        types
    }

    fn hyperthreading(&mut self, root: &Table) -> Option<bool> {
        let (key, item) = find(root, "hyperthreading_disabled")?;
        let value = item.as_bool();
        if value.is_none() {
            self.push(
                Diagnostic::error(
                    "toml::invalid-type",
                    "`hyperthreading_disabled` must be true or false",
                )
                .with_help("write `hyperthreading_disabled = true` or `false`, without quotes"),
                span_of(item, key),
                "not a boolean",
            );
        }
        value
    }

    fn tags(&mut self, root: &Table) -> Vec<(String, String)> {
        let Some((key, item)) = find(root, "instance_tags") else {
            return Vec::new();
        };
        let Some(table) = item.as_table_like() else {
            self.push(
                Diagnostic::error(
                    "toml::invalid-type",
                    "`instance_tags` must be a table of tag names and values",
                )
                .with_help("write `[aws.instance_tags]` followed by `Name = \"value\"` lines"),
                span_of(item, key),
                "not a table",
            );
            return Vec::new();
        };
        let mut tags = Vec::new();
        for (name, value) in table.iter() {
            if let Some(v) = value.as_str() {
                tags.push((name.to_owned(), v.to_owned()))
            } else {
                let span = value
                    .span()
                    .map_or(span_of(item, key), |r| Span::new(r.start, r.end));
                self.push(
                    Diagnostic::error(
                        "toml::invalid-tag",
                        format!("instance tag `{name}` must be a string"),
                    )
                    .with_help("quote the tag value"),
                    span,
                    "not a string",
                );
            }
        }
        tags
    }

    fn license(&mut self, root: &Table) -> Option<String> {
        let found = root
            .get("license")
            .and_then(Item::as_table_like)
            .and_then(|t| t.get_key_value("key"));
        let Some((key, item)) = found else {
            self.missing(
                "toml::missing-license",
                "`[license] key`",
                "add the license key from the vendor under `[license]` as `key = \"…\"`",
            );
            return None;
        };
        let (secret, span) = self.string(key, item)?;
        if secret.trim().is_empty() {
            self.push(
                Diagnostic::error("toml::missing-license", "the license key is empty")
                    .with_help("paste the license key from the vendor"),
                span,
                "empty",
            );
            return None;
        }
        Some(crate::tomlcfg::mask_secret(&secret))
    }
}

/// `a.b.c.d/n` as a [`Network`].
fn parse_network(prefix: &str) -> Option<Network> {
    let (addr, len) = prefix.split_once('/')?;
    Some(Network {
        addr: addr.parse().ok()?,
        prefix: len.parse().ok().filter(|l| *l <= 32)?,
    })
}

/// Why `prefix` is not a private IPv4 /24 network, or `None` when it is one.
pub fn overlay_problem(prefix: &str) -> Option<&'static str> {
    let Some((addr, len)) = prefix.split_once('/') else {
        return Some("has no `/24` prefix length");
    };
    let Ok(addr) = addr.parse::<Ipv4Addr>() else {
        return Some("is not an IPv4 network");
    };
    if len != "24" {
        return Some("must be a /24 (class C) network");
    }
    if addr.octets()[3] != 0 {
        return Some("has host bits set: a /24 network ends in `.0`");
    }
    if !addr.is_private() {
        return Some("is not in a private range (10/8, 172.16/12, 192.168/16)");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_must_be_a_private_class_c() {
        assert_eq!(overlay_problem("192.168.137.0/24"), None);
        assert_eq!(overlay_problem("10.1.2.0/24"), None);
        assert!(overlay_problem("192.168.137.0/16").is_some());
        assert!(overlay_problem("192.168.137.1/24").is_some());
        assert!(overlay_problem("8.8.8.0/24").is_some());
        assert!(overlay_problem("192.168.300.0/24").is_some());
        assert!(
            INSTANCE_TYPE.is_match("c5n.18xlarge")
                && INSTANCE_TYPE.is_match("m5")
                && INSTANCE_TYPE.is_match("m5d.*")
        );
        assert!(!INSTANCE_TYPE.is_match("large") && !INSTANCE_TYPE.is_match("M5.xlarge"));
        assert!(
            AMI.is_match("ami-0123abcd")
                && AMI.is_match("ami-0123456789abcdef0")
                && !AMI.is_match("ami-123")
        );
    }
}
