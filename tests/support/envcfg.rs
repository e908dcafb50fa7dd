//! Shared helpers for the env.cfg integration tests: bash as the oracle, and our reader's
//! values in the same shape so the two can be compared.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use xmake::envcfg::{self, Value};
use xmake::source::Source;

/// Sources `file` in `env -i bash` and prints, NUL-separated, each variable the file set
/// (plus `names`): name, then `U` (unset), `S value`, or `A count values…`.
const ORACLE: &str = r#"
declare -A __xm_seen
for __xm_n in $(compgen -v); do __xm_seen[$__xm_n]=1; done
__xm_file=$1; shift
source "$__xm_file" >/dev/null 2>&1
__xm_names=("$@")
for __xm_n in $(compgen -v); do
  [[ $__xm_n == __xm_* || -n ${__xm_seen[$__xm_n]} ]] || __xm_names+=("$__xm_n")
done
for __xm_n in "${__xm_names[@]}"; do
  printf '%s\0' "$__xm_n"
  __xm_d=$(declare -p "$__xm_n" 2>/dev/null)
  __xm_attrs=${__xm_d#declare -}; __xm_attrs=${__xm_attrs%% *}
  if [[ -n $__xm_d && $__xm_attrs == *a* ]]; then
    eval "__xm_v=(\"\${$__xm_n[@]}\")"
    printf 'A\0%s\0' "${#__xm_v[@]}"
    [[ ${#__xm_v[@]} -gt 0 ]] && printf '%s\0' "${__xm_v[@]}"
  elif [[ -v $__xm_n ]]; then
    printf 'S\0%s\0' "${!__xm_n}"
  else
    printf 'U\0'
  fi
done
"#;

/// What bash holds after sourcing `file`: every variable it set, and each of `names`.
pub fn bash_values(file: &Path, names: &[String]) -> BTreeMap<String, Option<Value>> {
    let out = Command::new("env")
        .args(["-i", "/bin/bash", "-c", ORACLE, "bash"])
        .arg(file)
        .args(names)
        .current_dir(file.parent().unwrap_or(Path::new("/")))
        .output()
        .expect("bash runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut fields = text.split('\0');
    let mut values = BTreeMap::new();
    while let Some(name) = fields.next().filter(|n| !n.is_empty()) {
        let value = match fields.next() {
            Some("S") => Some(Value::Scalar(fields.next().unwrap_or("").to_owned())),
            Some("A") => {
                let n: usize = fields.next().and_then(|c| c.parse().ok()).unwrap_or(0);
                Some(Value::Array(
                    (0..n)
                        .map(|_| fields.next().unwrap_or("").to_owned())
                        .collect(),
                ))
            }
            _ => None,
        };
        values.insert(name.to_owned(), value);
    }
    values
}

/// Our reader's values for `text`, plus the diagnostic codes it reported.
pub fn our_values(text: &[u8]) -> (BTreeMap<String, Option<Value>>, Vec<&'static str>) {
    let source = Arc::new(Source::from_bytes("env.cfg", text));
    let (env, diags) = envcfg::read(&source);
    let values = env
        .iter()
        .map(|b| (b.name.clone(), Some(b.value.clone())))
        .collect();
    (values, diags.iter().map(|d| d.code).collect())
}

/// Codes after which bash's values may differ from ours by design (bash runs code, expands
/// globs or `~`, or the file does not parse).
pub const NOT_COMPARABLE: [&str; 16] = [
    "envcfg::builtin",
    "envcfg::array-element",
    "envcfg::command-substitution",
    "envcfg::arithmetic",
    "envcfg::operator",
    "envcfg::redirection",
    "envcfg::function",
    "envcfg::source",
    "envcfg::control-flow",
    "envcfg::special-parameter",
    "envcfg::unsupported-expansion",
    "envcfg::declare-option",
    "envcfg::declare-argument",
    "envcfg::tilde",
    "envcfg::glob",
    "envcfg::brace-expansion",
];

/// Compares our reading of `file` with bash's; `Err` describes the first difference.
pub fn compare_with_bash(file: &Path) -> Result<bool, String> {
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    let (ours, codes) = our_values(&bytes);
    if codes
        .iter()
        .any(|c| NOT_COMPARABLE.contains(c) || c.starts_with("envcfg::unterminated"))
    {
        return Ok(false);
    }
    let names: Vec<String> = ours.keys().cloned().collect();
    let theirs = bash_values(file, &names);
    let ours_all: BTreeMap<_, _> = theirs
        .keys()
        .map(|k| (k.clone(), ours.get(k).cloned().flatten()))
        .collect();
    let extra: Vec<_> = ours.keys().filter(|k| !theirs.contains_key(*k)).collect();
    if ours_all != theirs || !extra.is_empty() {
        return Err(format!(
            "{}:\n  bash: {theirs:?}\n  ours: {ours:?}\n  codes: {codes:?}",
            file.display()
        ));
    }
    Ok(true)
}

/// A node under a scratch `--root` with the shared directories the good env.cfg names and
/// `/data/xio` on a local disk.
pub fn node_root() -> tempfile::TempDir {
    super::files::node_root(&[
        "nfs-apps/exostellar/images",
        "nfs-apps/exostellar/scripts",
        "ontap/1",
        "ontap/2",
        "data/xio",
    ])
}

/// The required keys with good values, appended to a minimal fixture for keys it does not
/// mention, so each broken fixture shows only its own problem.
pub const REQUIRED_FILL: [(&str, &str); 8] = [
    ("REMOTE_DIR", "/nfs-apps/exostellar"),
    ("CONTAINER_FS_SIZE", "50G"),
    ("IMAGE_NAME_LIST", "(\"docker-base\")"),
    ("XSPOT_RPM_VERSION", "2.4.1-1.el7"),
    ("XSPOT_PLATFORM", "el7"),
    ("XSPOT_KERNEL", "3.10.0-1160.el7.x86_64"),
    ("XSPOT_GUEST_KERNEL", "5.10.192-xspot.1"),
    ("CLI_WRAPPER_VERSION", "1.3.0"),
];

/// `fixture` followed by the required keys it does not mention.
pub fn filled(fixture: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(fixture);
    let mut out = fixture.to_vec();
    for (key, value) in REQUIRED_FILL {
        if !text.contains(key) {
            out.extend_from_slice(format!("{key}={value}\n").as_bytes());
        }
    }
    out
}

pub fn fixtures_dir() -> std::path::PathBuf {
    super::files::repo().join("fixtures")
}

/// An onboarding tree with `env_cfg` and, when given, config.toml at `toml_path`.
pub fn tree(env_cfg: &[u8], toml: Option<(&str, &str)>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("conf")).expect("mkdir");
    std::fs::write(dir.path().join("conf/env.cfg"), env_cfg).expect("write env.cfg");
    if let Some((path, text)) = toml {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write toml");
    }
    dir
}

pub fn good_toml() -> String {
    std::fs::read_to_string(fixtures_dir().join("toml/good.toml")).expect("good.toml")
}

pub fn utf8(path: &Path) -> &camino::Utf8Path {
    camino::Utf8Path::from_path(path).expect("utf-8 path")
}
