//! Holds the architecture's layering (docs/architecture.md): lower layers never reach up.
//! Each rule names a folder of `src/` and the modules its code must not use.

use std::path::Path;

const RULES: &[(&str, &[&str])] = &[
    (
        "make",
        &["onboarding", "adapters", "lint", "cli", "envcfg", "tomlcfg"],
    ),
    ("envcfg", &["onboarding", "lint", "cli", "make"]),
    ("tomlcfg", &["onboarding", "lint", "cli", "make"]),
    (
        "diag",
        &[
            "onboarding",
            "adapters",
            "lint",
            "cli",
            "make",
            "envcfg",
            "tomlcfg",
        ],
    ),
    ("adapters", &["onboarding", "lint", "cli", "make"]),
    ("onboarding", &["cli", "lint"]),
    ("lint", &["cli"]),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn lower_layers_never_use_upper_ones() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut violations = Vec::new();
    for (layer, forbidden) in RULES {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "no Rust files under src/{layer}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                for module in *forbidden {
                    if line.contains(&format!("crate::{module}::"))
                        || line.contains(&format!("crate::{module};"))
                        || line.contains(&format!("crate::{module}}}"))
                    {
                        violations.push(format!("{}:{}: uses {module}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "layering violations:\n{}",
        violations.join("\n")
    );
}
