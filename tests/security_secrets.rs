//! Issue 9, point 9: no output of any kind prints a secret. A known value is planted in every
//! place a key can be (config.toml's `[license] key` in each malformed spelling, env.cfg's
//! `DB_PASSWORD` and `API_TOKEN`, `log_upload.env`, `dockerWrapper.toml`, and `/etc/xspot`
//! copies that differ from the tree so diffs show those lines); every command and format is
//! run, and neither stdout, stderr, nor any file xmake wrote outside the places it copies
//! configuration to may contain the value.

mod support;

use std::fmt::Write as _;
use std::path::Path;

use support::scenario::{stderr, stdout, Scenario};

const SECRET: &str = "XSPOTSECRET-7f3a9c";
const XSPOT: &str = "scripts/controller/integrate-xspot";

/// Every spelling of the license key, valid or not, as a `[license]` section body (or a
/// whole file when it starts with no section).
fn spellings() -> Vec<String> {
    let s = SECRET;
    [
        format!("[license]\nkey = \"{s}\"\n"),
        format!("[license]\nkey = [\"{s}\"]\n"),
        format!("[license]\nkey = {{v=\"{s}\"}}\n"),
        format!("[license]\n\"k\\u0065y\" = \"{s}\"\n"),
        format!("[license]\n\"key\" = \"{s}\"\n"),
        format!("[license]\n'key' = '{s}'\n"),
        format!("license.key = \"{s}\"\n"),
        format!("license = {{ key = \"{s}\" }}\n"),
        format!("[license]\nkey = \"\"\"\n{s}\n\"\"\"\n"),
        format!("[license]\nkey = '''{s}'''\n"),
        format!("[license]\nkey = \"{s}\n"),
        format!("[license]\nkey = \"\"\"{s}\n"),
        format!("[license]\nkey \"{s}\"\n"),
        format!("[license]\nkey = {s}\n"),
        format!("[license]\nkey = \"{s}\" = 1\n"),
        format!("[license]\nkey = [\n  \"{s}\",\n]\n"),
        format!("[license]\nkey = \"\\u0058SPOTSECRET-7f3a9c\"\nami = \"{s}\"\n"),
        format!("[secrets]\nami = \"{s}\"\n[license]\nkey = \"{s}\"\n"),
    ]
    .into_iter()
    .collect()
}

/// The fixture's config.toml (`text`) with its `[license]` section replaced by `license`.
fn config_with(text: &str, license: &str) -> String {
    let head = &text[..text.find("[license]").unwrap()];
    format!("{head}{license}")
}

/// A tree with secrets in env.cfg and `log_upload.env`, and `/etc/xspot` holding other
/// secrets (and the tree's, changed) so every file differs.
fn scenario(tree_license: &str, etc_license: &str) -> Scenario {
    let s = Scenario::new("full").with_etc_xspot();
    let env = s.tree.join("conf/env.cfg");
    let mut text = std::fs::read_to_string(&env).unwrap();
    let _ = write!(
        text,
        "DB_PASSWORD={SECRET}\nexport API_TOKEN=\"{SECRET}\"  # from the vendor\nCOPY=${{DB_PASSWORD}}/x\nbad_secret=$'{SECRET}\\e[2J'\n"
    );
    std::fs::write(&env, text).unwrap();
    let tree_cfg = s.tree.join(XSPOT).join("config");
    let etc_cfg = s.path("etc/xspot/config");
    let base = std::fs::read_to_string(tree_cfg.join("config.toml")).unwrap();
    std::fs::write(
        tree_cfg.join("config.toml"),
        config_with(&base, tree_license),
    )
    .unwrap();
    std::fs::write(etc_cfg.join("config.toml"), config_with(&base, etc_license)).unwrap();
    let upload = "# Where worker logs are uploaded.\nLOG_PATH=/nfs-apps/exostellar/logs\n";
    std::fs::write(
        tree_cfg.join("log_upload.env"),
        format!("{upload}UPLOAD_TOKEN={SECRET}\n"),
    )
    .unwrap();
    std::fs::write(
        etc_cfg.join("log_upload.env"),
        format!("{upload}UPLOAD_TOKEN=\"{SECRET}-new\"\nS3_SECRET_KEY={SECRET}\n"),
    )
    .unwrap();
    let wrapper = std::fs::read_to_string(etc_cfg.join("dockerWrapper.toml")).unwrap();
    std::fs::write(
        etc_cfg.join("dockerWrapper.toml"),
        format!("{wrapper}[registry]\npassword = \"{SECRET}\"\nurl = \"https://u:{SECRET}@r\"\n"),
    )
    .unwrap();
    s
}

fn assert_clean(s: &Scenario, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let out = s.xmake_env(args, env);
    for (name, text) in [("stdout", stdout(&out)), ("stderr", stderr(&out))] {
        assert!(
            !text.contains(SECRET) && !text.contains("SPOTSECRET"),
            "{args:?} {env:?}: the secret is in {name}:\n{text}"
        );
        assert!(
            !text.contains('\x1b') && !text.contains('\r'),
            "{args:?} {env:?}: a raw control character in {name}:\n{text:?}"
        );
    }
    out
}

/// Runs every read-only command and format.
fn read_only_commands(s: &Scenario) {
    let trace = [("XMAKE_LOG", "trace")];
    for env in [&[][..], &trace[..]] {
        for args in [
            &["check-config"][..],
            &["--format=json", "check-config"],
            &["--show-config"],
            &["--format=json", "--show-config"],
            &["sync-config-preview"],
            &["--format=json", "sync-config-preview"],
            &["-n", "sync-config"],
            &["-n", "deploy"],
            &["-n", "--verbose", "sync-config", "deploy"],
            &["-n", "--verbose", "--verbose", "--verbose", "sync-config"],
        ] {
            assert_clean(s, args, env);
        }
        for format in ["text", "json", "github", "junit", "sarif", "checkstyle"] {
            assert_clean(s, &["--lint", &format!("--format={format}")], env);
        }
    }
}

/// Files under `dir` whose contents or names hold the secret, relative to `base`.
fn leaks(base: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        let rel = path
            .strip_prefix(base)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if rel.contains(SECRET) {
            out.push(format!("{rel} (its name)"));
        }
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.is_dir() {
            leaks(base, &path, out);
        } else if meta.is_file()
            && String::from_utf8_lossy(&std::fs::read(&path).unwrap()).contains(SECRET)
        {
            out.push(rel);
        }
    }
}

/// Files holding the secret that are not one of the configuration files it was planted in
/// (or their copies: the tree's, `/etc/xspot`'s, backups, deployed snapshots).
fn unexpected_leaks(s: &Scenario) -> Vec<String> {
    let mut found = Vec::new();
    leaks(&s.root, &s.root, &mut found);
    found
        .into_iter()
        .filter(|rel| {
            let name = Path::new(rel)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            ![
                "config.toml",
                "env.cfg",
                "log_upload.env",
                "dockerWrapper.toml",
            ]
            .contains(&name.as_str())
        })
        .collect()
}

#[test]
fn no_output_of_any_command_prints_a_planted_secret() {
    let valid = format!("[license]\nkey = \"{SECRET}\"\n");
    for spelling in spellings() {
        // The spelling in the tree (check-config, lint, show-config) and in /etc/xspot (diffs).
        read_only_commands(&scenario(&spelling, &valid));
        read_only_commands(&scenario(&valid, &spelling));
    }

    let s = scenario(&valid, &format!("[license]\nkey = \"{SECRET}-etc\"\n"));
    read_only_commands(&s);
    let out = assert_clean(
        &s,
        &["--verbose", "--yes", "sync-config"],
        &[("XMAKE_LOG", "trace")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let backups = s.tree.join(".xmake/backup");
    assert!(backups.is_dir(), "sync-config saved the replaced files");
    assert!(
        std::fs::read_to_string(s.tree.join(XSPOT).join("config/config.toml"))
            .unwrap()
            .contains(&format!("{SECRET}-etc")),
        "sync-config copied the working configuration"
    );
    let out = assert_clean(&s, &["--verbose", "deploy"], &[("XMAKE_LOG", "trace")]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Change secrets in the tree so `-n deploy` and `deploy` diff against the snapshot.
    let cfg = s.tree.join(XSPOT).join("config/config.toml");
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(
        &cfg,
        text.replace(&format!("{SECRET}-etc"), &format!("{SECRET}-2")),
    )
    .unwrap();
    let env = s.tree.join("conf/env.cfg");
    let text = std::fs::read_to_string(&env).unwrap();
    std::fs::write(&env, format!("{text}DB_PASSWORD={SECRET}-3\n")).unwrap();
    let out = assert_clean(&s, &["-n", "deploy"], &[]);
    let plan = stdout(&out);
    assert!(
        plan.contains("-key = <redacted>\n+key = <redacted>\n"),
        "the changed key line shows, not its value:\n{plan}"
    );
    assert!(plan.contains("+DB_PASSWORD=<redacted>\n"), "{plan}");
    let out = assert_clean(
        &s,
        &["--verbose", "--format=json", "deploy"],
        &[("XMAKE_LOG", "trace")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    read_only_commands(&s);

    let leaked = unexpected_leaks(&s);
    assert!(
        leaked.is_empty(),
        "files xmake wrote hold the secret: {leaked:?}"
    );
}

/// Runs `args` and asserts no output holds a value planted with the `SEKRIT` mark.
fn assert_no_sekrit(s: &Scenario, args: &[&str]) -> String {
    let out = s.xmake(args);
    let both = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        !both.contains("SEKRIT"),
        "{args:?} prints a secret:\n{both}"
    );
    both
}

/// Every format a config diff shows (JSON with several pairs a line and nested objects,
/// YAML block and flow mappings, ini, env files with `export`, URLs with a password): the
/// files exist only in `/etc/xspot`, so nothing but the redaction rules can hide them.
#[test]
fn config_diffs_redact_every_format() {
    let s = Scenario::new("full").with_etc_xspot();
    let etc = s.path("etc/xspot/config");
    let files = [
        (
            "a.json",
            "{\"api_key\": \"j1SEKRIT\", \"password\":\"j2SEKRIT\"}\n",
        ),
        (
            "b.json",
            "{\n  \"api_key\": \"j3SEKRIT\",\n  \"db\": {\"password\": \"j4SEKRIT\", \"port\": 5},\n  \"token\": {\n    \"v\": \"j5SEKRIT\"\n  }\n}\n",
        ),
        (
            "c.yaml",
            "db: {user: admin, password: y1SEKRIT}\nlicense:\n  key: y2SEKRIT\ncredentials:\n  user: y3SEKRIT\napi_token: |\n  y4SEKRIT\nname: visible\n",
        ),
        (
            "d.ini",
            "[db]\npassword = i1SEKRIT\nhost=h\n[credentials]\nuser = i2SEKRIT\n",
        ),
        (
            "e.env",
            "export API_TOKEN=e1SEKRIT\nMIRROR_URL=https://user:u1SEKRIT@host/repo\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(etc.join(name), text).unwrap();
    }
    let preview = assert_no_sekrit(&s, &["sync-config-preview"]);
    for shown in [
        "+{\"api_key\": <redacted>, \"password\":<redacted>}",
        "+  \"db\": {\"password\": <redacted>, \"port\": 5},",
        "+db: {user: admin, password: <redacted>}",
        "+name: visible",
        "+password = <redacted>",
        "+MIRROR_URL=https://user:<redacted>@host/repo",
    ] {
        assert!(preview.contains(shown), "{shown:?} missing in:\n{preview}");
    }
    assert_no_sekrit(&s, &["--format=json", "sync-config-preview"]);
    assert_no_sekrit(&s, &["-n", "sync-config"]);
    assert_no_sekrit(&s, &["--explain", "sync-config"]);
}

/// env.cfg's array-element assignments (a secret subscript, a subscript inside an array) and
/// URL passwords: named for what bash does with them, their values never shown in messages,
/// snippets, JSON, SARIF or the shown configuration.
#[test]
fn env_cfg_elements_and_url_passwords_never_print() {
    let s = Scenario::new("full").with_etc_xspot();
    let env = s.tree.join("conf/env.cfg");
    let mut text = std::fs::read_to_string(&env).unwrap();
    text.push_str(concat!(
        "CFG[token]=a2SEKRIT\n",
        "declare -A C=([password]=a1SEKRIT)\n",
        "D=( x [api_key]=a3SEKRIT )\n",
        "MIRROR_URL=https://user:pw333SEKRIT@host/repo\n",
        "SHORT_URL=\"ftp://u:pS@h\"\n",
    ));
    std::fs::write(&env, text).unwrap();
    let check = assert_no_sekrit(&s, &["check-config"]);
    assert!(
        check.contains(
            "error[envcfg::array-element]: `CFG[token]=` assigns one element of the array `CFG`"
        ) && check.contains("`D[api_key]=` assigns one element of the array `D`")
            && !check.contains("is a command"),
        "{check}"
    );
    assert!(
        !check.contains("u:pS@"),
        "a short URL password shows:\n{check}"
    );
    for args in [
        &["--format=json", "check-config"][..],
        &["--lint", "--format=sarif"],
        &["--lint", "--format=json"],
        &["-n", "deploy"],
    ] {
        let out = assert_no_sekrit(&s, args);
        assert!(out.contains("array-element"), "{args:?}:\n{out}");
    }
    for args in [&["--show-config"][..], &["--format=json", "--show-config"]] {
        let out = assert_no_sekrit(&s, args);
        assert!(
            out.contains("https://user:<redacted>@host/repo")
                && out.contains("ftp://u:<redacted>@h"),
            "{args:?}:\n{out}"
        );
    }
}

/// `-p` hides the secrets of the tree's env.cfg when the Makefile includes it, and only
/// those: the same file in a directory that is not an onboarding tree prints as GNU's does.
#[test]
fn print_data_base_hides_env_cfg_secrets_only() {
    let s = Scenario::new("full");
    let env = s.tree.join("conf/env.cfg");
    let mut text = std::fs::read_to_string(&env).unwrap();
    text.push_str("API_TOKEN=mk1SEKRIT\nexport DB_PASSWORD=\"mk2SEKRIT\"\n");
    text.push_str("MIRROR_URL=https://user:mk3SEKRIT@host/p\n");
    std::fs::write(&env, &text).unwrap();
    let makefile = s.tree.join("Makefile");
    let body = std::fs::read_to_string(&makefile).unwrap();
    // A copy of a secret's value in a variable of the Makefile is masked there too.
    std::fs::write(
        &makefile,
        format!(
            "include conf/env.cfg\nCOPY := x$(API_TOKEN)y\nAPI_TOKEN += more\nt: T := t-$(DB_PASSWORD)\n{body}"
        ),
    )
    .unwrap();
    let out = s.xmake_unconfined(&["-pq"]);
    let dump = stdout(&out);
    assert!(!dump.contains("SEKRIT"), "{}", dump);
    assert!(
        dump.contains("API_TOKEN = <redacted>\n")
            && dump.contains("DB_PASSWORD = <redacted>\n")
            && dump.contains("REMOTE_DIR = /nfs-apps/exostellar\n")
            && dump.contains("COPY := x<redacted>y\n")
            && dump.contains("t: T := t-\"<redacted>\"\n")
            && dump.contains("MIRROR_URL = https://user:<redacted>@host/p\n"),
        "{dump}"
    );

    // Not a tree: no `version`, no integrate-xspot folder. GNU make is the oracle.
    let plain = tempfile::tempdir().unwrap();
    std::fs::create_dir(plain.path().join("conf")).unwrap();
    std::fs::write(plain.path().join("conf/env.cfg"), &text).unwrap();
    std::fs::write(
        plain.path().join("Makefile"),
        "include conf/env.cfg\nall:;@:\n",
    )
    .unwrap();
    // Sorted: GNU prints its variables in hash order.
    let var_lines = |out: std::process::Output| {
        let mut lines = stdout(&out)
            .lines()
            .filter(|l| l.contains("SEKRIT"))
            .map(str::to_owned)
            .collect::<Vec<_>>();
        lines.sort();
        lines
    };
    let gnu = var_lines(
        std::process::Command::new("/usr/bin/make")
            .args(["-pq", "-C"])
            .arg(plain.path())
            .env_remove("MAKEFLAGS")
            .output()
            .unwrap(),
    );
    assert_eq!(
        gnu,
        [
            "API_TOKEN = mk1SEKRIT",
            "DB_PASSWORD = \"mk2SEKRIT\"",
            "MIRROR_URL = https://user:mk3SEKRIT@host/p"
        ]
    );
    let ours = support::run::Xmake::new()
        .dir(plain.path())
        .args(["-pq"])
        .output();
    assert_eq!(var_lines(ours), gnu);
}
