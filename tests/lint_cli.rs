//! `xmake --lint` and `xmake --list` through the real executable: a snapshot of every output
//! format over `fixtures/lint/broken`, each document checked by a real parser (`serde_json`;
//! Python's XML parser for `JUnit` and Checkstyle), exit statuses, the license key never
//! printed, and `--list` on `fixtures/trees/full` and outside a tree.

mod support;

use support::files::{repo, tree_copy};
use support::lint::xmake;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// A node where the broken tree's directories exist on NFS, so only the tree's own problems
/// show.
fn node_root() -> tempfile::TempDir {
    support::files::node_root(&[
        "nfs-apps/exostellar/images",
        "nfs-apps/exostellar/scripts",
        "ontap/projects",
        "ontap/home",
    ])
}

const LICENSE_KEY: &str = "XSPOT-DEMO-0000-1111-2222";

fn broken() -> PathBuf {
    repo().join("fixtures/lint/broken")
}

/// `xmake --lint --format FORMAT` on `dir`: (exit status, stdout).
fn lint(dir: &Path, format: &str) -> (i32, String) {
    let root = node_root();
    let root_arg = root.path().to_str().expect("utf-8 temp path").to_owned();
    let out = xmake(dir, &["--lint", "--root", &root_arg, "--format", format]);
    let stdout = String::from_utf8(out.stdout).expect("utf-8 output");
    assert!(
        !stdout.contains(LICENSE_KEY) && !stdout.contains("0000-1111"),
        "license key printed in {format}:\n{stdout}"
    );
    (out.status.code().unwrap_or(-1), stdout)
}

const ALL_CODES: &[&str] = &[
    "envcfg::invalid-size",
    "toml::invalid-ami",
    "lint::makefile-parse",
    "lint::missing-dockerfile",
    "lint::dockerfile-no-from",
    "lint::not-executable",
    "lint::crlf-script",
    "lint::missing-file",
    "lint::version-format",
];

#[test]
fn every_format_snapshot_and_exit_status() {
    for format in ["text", "json", "github", "junit", "sarif", "checkstyle"] {
        let (code, out) = lint(&broken(), format);
        assert_eq!(code, 1, "{format} exit status: errors found");
        for c in ALL_CODES {
            let c = if format == "github" {
                c.replace("::", "%3A%3A")
            } else {
                (*c).to_owned()
            };
            assert!(out.contains(&c), "{format} lacks {c}:\n{out}");
        }
        insta::assert_snapshot!(format!("broken_{format}"), out);
    }
}

#[test]
fn json_carries_every_finding_with_its_place() {
    let (_, out) = lint(&broken(), "json");
    let doc: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(doc["errors"], 9);
    assert_eq!(doc["warnings"], 2);
    assert_eq!(doc["ok"], false);
    let diags = doc["diagnostics"].as_array().expect("array");
    assert_eq!(diags.len(), 11);
    for d in diags {
        for field in ["code", "severity", "message", "file"] {
            assert!(d[field].is_string(), "{field} in {d}");
        }
    }
    let missing = diags
        .iter()
        .find(|d| d["code"] == "lint::missing-file")
        .expect("missing-file");
    assert_eq!(missing["file"], "scripts/templates/post-docker.service");
    let parse = diags
        .iter()
        .find(|d| d["code"] == "lint::makefile-parse")
        .expect("makefile-parse");
    assert_eq!(parse["file"], "Makefile");
    assert_eq!(parse["line"], 8);
    assert_eq!(
        parse["message"],
        "Makefile:8: *** missing separator (did you mean TAB instead of 8 spaces?).  Stop."
    );
}

#[test]
fn sarif_has_rules_results_and_locations() {
    let (_, out) = lint(&broken(), "sarif");
    let doc: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(doc["version"], "2.1.0");
    assert!(doc["$schema"]
        .as_str()
        .is_some_and(|s| s.contains("sarif-2.1.0")));
    let run = &doc["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "xmake");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    for c in ALL_CODES {
        assert!(ids.contains(c), "rule {c} not listed");
    }
    assert!(
        ids.contains(&"lint::missing-target"),
        "passing rules are listed too"
    );
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 11);
    for r in results {
        let index = usize::try_from(r["ruleIndex"].as_u64().expect("ruleIndex")).expect("index");
        assert_eq!(rules[index]["id"], r["ruleId"]);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap_or("")));
        assert!(r["message"]["text"].is_string());
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(!uri.contains(',') && !uri.starts_with('/'), "{uri}");
        if let Some(line) = loc["region"]["startLine"].as_u64() {
            assert!(line >= 1);
        }
    }
    assert!(out.contains("scripts/extra/fix%2Cme%25.sh"), "URI encoding");
}

#[test]
fn github_commands_are_one_line_each_and_escaped() {
    let (_, out) = lint(&broken(), "github");
    assert_eq!(out.lines().count(), 11);
    for line in out.lines() {
        assert!(
            line.starts_with("::error ") || line.starts_with("::warning "),
            "{line}"
        );
        assert!(
            line.contains(",title=lint%3A%3A")
                || line.contains(",title=envcfg%3A%3A")
                || line.contains(",title=toml%3A%3A"),
            "{line}"
        );
    }
    assert!(out.contains("file=scripts/extra/fix%2Cme%25.sh,line=1,col=1,"));
    assert!(out.contains("::error file=Makefile,line=8,col=1,"));
    assert!(out.contains("%0Ahelp: "), "help on the same line, escaped");
}

/// Runs a Python script with `input` on stdin and returns its stdout; Python's XML parser is
/// the oracle for well-formedness. python3 is on every machine of this kind, so its absence is
/// a failure, not a skip.
fn python(script: &str, input: &str) -> Vec<u8> {
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("python3 ran");
    assert!(out.status.success(), "not well-formed XML:\n{input}");
    out.stdout
}

/// Parses `doc` as XML and returns the JSON `summary` script prints of its elements.
fn parse_xml(doc: &str, summary: &str) -> Value {
    let script = format!(
        "import sys, json, xml.etree.ElementTree as ET\nroot = ET.fromstring(sys.stdin.buffer.read())\n{summary}"
    );
    serde_json::from_slice(&python(&script, doc)).expect("summary JSON")
}

#[test]
fn junit_is_well_formed_with_a_testcase_per_rule() {
    let (_, out) = lint(&broken(), "junit");
    assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    let summary = "print(json.dumps([[c.get('name'), [f.get('type') for f in c.findall('failure')], ''.join(f.text or '' for f in c.findall('failure'))] for s in root.iter('testsuite') for c in s.findall('testcase')]))";
    let cases = parse_xml(&out, summary);
    let cases = cases.as_array().expect("array");
    let get = |name: &str| cases.iter().find(|c| c[0] == name).cloned();
    assert_eq!(
        get("lint::missing-target").expect("passing rule listed")[1],
        serde_json::json!([])
    );
    assert_eq!(
        get("lint::not-executable").expect("case")[1],
        serde_json::json!(["warning", "warning"])
    );
    assert_eq!(
        get("lint::crlf-script").expect("case")[1],
        serde_json::json!(["error", "error"])
    );
    assert!(get("envcfg::invalid-size").is_some());
    let crlf_text = get("lint::crlf-script").expect("case")[2]
        .as_str()
        .unwrap_or("")
        .to_owned();
    assert!(
        crlf_text.contains("fix,me%.sh"),
        "escaped text round-trips: {crlf_text}"
    );
    let failures: usize = cases
        .iter()
        .map(|c| c[1].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(failures, 11);
}

#[test]
fn checkstyle_is_well_formed_with_files_and_errors() {
    let (_, out) = lint(&broken(), "checkstyle");
    let summary = "print(json.dumps([[f.get('name'), [[e.get('line'), e.get('severity'), e.get('source'), e.get('message')] for e in f.findall('error')]] for f in root.findall('file')]))";
    let files = parse_xml(&out, summary);
    let files = files.as_array().expect("array");
    let names: Vec<&str> = files.iter().filter_map(|f| f[0].as_str()).collect();
    assert!(names.contains(&"Makefile") && names.contains(&"version"));
    assert!(names.contains(&"scripts/extra/fix,me%.sh"));
    let makefile = files.iter().find(|f| f[0] == "Makefile").expect("Makefile");
    assert_eq!(makefile[1][0][0], "8");
    assert_eq!(makefile[1][0][1], "error");
    assert_eq!(makefile[1][0][2], "lint::makefile-parse");
    let message = makefile[1][0][3].as_str().unwrap_or("");
    assert!(
        message.contains("\nhelp: "),
        "newline kept through &#10;: {message:?}"
    );
}

#[test]
fn a_good_tree_passes_and_warnings_alone_exit_zero() {
    let (code, out) = lint(&repo().join("fixtures/trees/full"), "text");
    assert_eq!((code, out.as_str()), (0, "lint: no problems found\n"));

    let tree = tree_copy("minimal");
    let script = tree
        .path()
        .join("scripts/controller/integrate-xspot/scripts/startup.sh");
    let mut perms = std::fs::metadata(&script).expect("stat").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o644);
    std::fs::set_permissions(&script, perms).expect("chmod");
    let makefile = tree.path().join("Makefile");
    let text = std::fs::read_to_string(&makefile).expect("read Makefile");
    let without_upgrade = text.replace("upgrade:", "upgraded:");
    std::fs::write(&makefile, without_upgrade).expect("write Makefile");
    let (code, out) = lint(tree.path(), "json");
    assert_eq!(code, 0, "warnings only:\n{out}");
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    let codes: Vec<&str> = doc["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(codes, ["lint::missing-target", "lint::not-executable"]);
    assert_eq!(doc["ok"], true);
}

#[test]
fn makefile_info_does_not_corrupt_machine_output() {
    let tree = tree_copy("minimal");
    let makefile = tree.path().join("Makefile");
    let text = std::fs::read_to_string(&makefile).expect("read");
    std::fs::write(
        &makefile,
        format!("$(info not json)\n$(shell echo >&2 ran)\n{text}"),
    )
    .expect("write");
    let (code, out) = lint(tree.path(), "sarif");
    assert_eq!(code, 0, "{out}");
    serde_json::from_str::<Value>(&out).expect("stdout is only the SARIF document");
}

#[test]
fn unknown_format_is_an_error() {
    let out = xmake(&broken(), &["--lint", "--format", "yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown --format 'yaml'") && stderr.contains("'sarif'"),
        "{stderr}"
    );
}

#[test]
fn list_marks_native_targets_of_the_full_tree() {
    let full = repo().join("fixtures/trees/full");
    let out = xmake(&full, &["--list"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("list_full", String::from_utf8_lossy(&out.stdout));

    let out = xmake(&full, &["--list", "--format", "json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["onboarding_tree"], true);
    let targets = doc["targets"].as_array().expect("targets");
    let names: Vec<&str> = targets.iter().filter_map(|t| t["name"].as_str()).collect();
    assert_eq!(names.len(), 13);
    assert_eq!(names[0], "help");
    let deploy = targets
        .iter()
        .find(|t| t["name"] == "deploy")
        .expect("deploy");
    assert_eq!(
        (deploy["runs"].as_str(), deploy["line"].as_u64()),
        (Some("native"), Some(49))
    );
    let recipe = targets.iter().find(|t| t["name"] == "help").expect("help");
    assert_eq!(recipe["runs"], "recipe");

    let out = support::run::Xmake::new()
        .dir(&full)
        .arg("--list")
        .env("XMAKE_NATIVE", "0")
        .output();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("native"), "XMAKE_NATIVE=0:\n{text}");
}

#[test]
fn list_outside_a_tree_and_on_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("Makefile"),
        "all: prog\n.PHONY: all deploy\nprog: main.o\n\tcc -o $@ $^\n%.o: %.c\n\tcc -c $<\ndeploy:\n\tcp prog /opt\n",
    )
    .expect("write");
    let out = xmake(dir.path(), &["--list"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "all     prerequisites  Makefile:1\nprog    recipe         Makefile:3\ndeploy  recipe         Makefile:7\n"
    );
    let out = xmake(&broken(), &["--list"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Makefile:8: *** missing separator (did you mean TAB instead of 8 spaces?).  Stop.\n"
    );
    let empty = tempfile::tempdir().expect("temp dir");
    let out = xmake(empty.path(), &["--list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("No targets specified and no makefile found")
    );
}

#[test]
fn a_note_is_not_a_failure_and_names_its_file() {
    let legacy = repo().join("fixtures/trees/legacy-config-path");
    let (code, out) = lint(&legacy, "junit");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("failures=\"0\""), "{out}");
    assert!(out
        .contains("<system-out>scripts/controller/integrate-xspot/config.toml: read config.toml"));
    let (_, out) = lint(&legacy, "github");
    assert_eq!(
        out.lines().next().unwrap_or(""),
        "::notice file=scripts/controller/integrate-xspot/config.toml,title=toml%3A%3Alegacy-location::read config.toml from the older location scripts/controller/integrate-xspot/config.toml%0Ahelp: newer releases keep it at scripts/controller/integrate-xspot/config/config.toml"
    );
}

#[test]
fn list_reads_the_makefiles_named_by_f() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.mk"), "one:\n\ttrue\n").expect("write");
    std::fs::write(dir.path().join("b.mk"), "\ntwo: one\n").expect("write");
    let out = xmake(dir.path(), &["--list", "-f", "a.mk", "-f", "b.mk"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "one  recipe         a.mk:1\ntwo  prerequisites  b.mk:2\n"
    );
    let out = xmake(dir.path(), &["--list", "-f", "nope.mk"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .ends_with("*** No rule to make target 'nope.mk'.  Stop.\n"));
}

#[test]
fn makefile_warnings_match_gnu_make_and_become_findings() {
    let dir = tree_copy("minimal");
    std::fs::write(
        dir.path().join("Makefile"),
        "a:\n\t@:\nifeq (1,1)\nelse junk\nendif\na:\n\t@:\n$(warning careful)\n",
    )
    .expect("write");
    let gnu = Command::new("make")
        .arg("-C")
        .arg(dir.path())
        .args(["-s", "--no-print-directory", "a"])
        .output()
        .expect("GNU make runs");
    let ours = xmake(dir.path(), &["--list"]);
    assert_eq!(ours.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&ours.stderr),
        String::from_utf8_lossy(&gnu.stderr),
        "--list prints GNU's reading warnings"
    );
    let (code, out) = lint(dir.path(), "json");
    assert_eq!(code, 0, "warnings alone do not fail the lint:\n{out}");
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    let warnings: Vec<(String, u64)> = doc["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["code"] == "lint::makefile-warning")
        .map(|d| {
            (
                d["message"].as_str().unwrap_or("").to_owned(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let gnu_lines: Vec<String> = String::from_utf8_lossy(&gnu.stderr)
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(warnings.len(), gnu_lines.len(), "{warnings:?}");
    for (message, line) in &warnings {
        assert!(gnu_lines.contains(message), "{message}");
        assert!(
            message.starts_with(&format!("Makefile:{line}: ")),
            "{message}"
        );
    }
}

#[test]
fn non_systemd_trees_need_no_unit_and_layout_gaps_are_warnings() {
    let tree = tree_copy("non-systemd");
    std::fs::remove_file(tree.path().join("scripts/templates/post-docker.service")).expect("rm");
    let env = "scripts/controller/integrate-xspot/config/log_upload.env";
    std::fs::remove_file(tree.path().join(env)).expect("rm");
    let (code, out) = lint(tree.path(), "checkstyle");
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("post-docker.service"), "{out}");
    assert!(out.contains(&format!("<file name=\"{env}\">")), "{out}");
    assert!(out.contains("severity=\"warning\" message=\"`scripts/controller/integrate-xspot/config/log_upload.env` is missing"));

    let tree = tree_copy("full");
    std::fs::remove_file(tree.path().join("scripts/templates/post-docker.service")).expect("rm");
    let (code, out) = lint(tree.path(), "text");
    assert_eq!(code, 1, "systemd trees need the unit:\n{out}");
    assert!(out
        .contains("error[lint::missing-file]: `scripts/templates/post-docker.service` is missing"));
}

/// A FIFO or a folder where config.toml or a Dockerfile should be is named as such (it was
/// reported as missing, and the FIFO is never opened: the lint ends).
#[test]
fn a_fifo_or_folder_in_a_files_place_is_named_as_not_a_regular_file() {
    let tree = tree_copy("full");
    let toml = "scripts/controller/integrate-xspot/config/config.toml";
    std::fs::remove_file(tree.path().join(toml)).expect("rm");
    let status = Command::new("mkfifo")
        .arg(tree.path().join(toml))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let docker = "images/img2/docker_build_path/Dockerfile";
    std::fs::remove_file(tree.path().join(docker)).expect("rm");
    std::fs::create_dir(tree.path().join(docker)).expect("mkdir");
    let (code, out) = lint(tree.path(), "text");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("{toml} is not a regular file")),
        "{out}"
    );
    assert!(
        out.contains(&format!("`{docker}` is not a regular file")),
        "{out}"
    );
    assert!(!out.contains("no config.toml at"), "{out}");
}

#[test]
fn library_api_renders_the_terminal_form_without_the_key() {
    use xmake::lint::format::{render, Format};
    let root = node_root();
    let dir = camino::Utf8PathBuf::from_path_buf(broken()).expect("utf-8 path");
    let root = xmake::adapters::root::Root::new(
        camino::Utf8Path::from_path(root.path()).expect("utf-8 temp path"),
    );
    let lint = xmake::lint::lint(&dir, Some(&root)).expect("no lint configuration");
    assert_eq!(lint.exit_code(xmake::diag::Severity::Error), 1);
    let fancy = render(&lint, Format::Text, true);
    assert!(!fancy.contains(LICENSE_KEY));
    for rule in xmake::lint::registry::RULES {
        let found = lint.findings.iter().any(|f| f.diag.code == rule.code);
        let expected = !matches!(
            rule.code,
            "lint::missing-target"
                | "lint::makefile-warning"
                | "lint::incomplete-layout"
                | "lint::unused-silence"
        );
        assert_eq!(found, expected, "{} on the broken tree", rule.code);
        if found {
            assert!(
                fancy.contains(rule.code),
                "{} in the terminal form",
                rule.code
            );
        }
    }
}

#[test]
fn a_missing_directory_is_gnu_makes_error() {
    for mode in ["--lint", "--list"] {
        let out = xmake(Path::new("/nonexistent-xmake-lint"), &[mode]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        assert!(
            String::from_utf8_lossy(&out.stderr)
                .ends_with("*** /nonexistent-xmake-lint: No such file or directory.  Stop.\n"),
            "{mode}"
        );
    }
}

/// Every broken env.cfg sample in a tree: lint reports it, and every format renders a
/// document its parser accepts (spans at odd places, BOMs, CRLF, control characters).
#[test]
fn every_broken_env_cfg_renders_in_every_format() {
    use xmake::lint::format::{render, Format};
    let tree = tree_copy("minimal");
    let root = node_root();
    let dir = camino::Utf8PathBuf::from_path_buf(tree.path().to_owned()).expect("utf-8");
    let root = xmake::adapters::root::Root::new(
        camino::Utf8Path::from_path(root.path()).expect("utf-8 temp path"),
    );
    let samples = repo().join("fixtures/envcfg/broken");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&samples)
        .expect("samples")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(files.len() >= 30);
    let mut xml_docs = Vec::new();
    for sample in files {
        std::fs::copy(&sample, tree.path().join("conf/env.cfg")).expect("copy sample");
        let lint = xmake::lint::lint(&dir, Some(&root)).expect("no lint configuration");
        assert!(
            lint.findings
                .iter()
                .any(|f| f.diag.code.starts_with("envcfg::")),
            "{}",
            sample.display()
        );
        for format in [Format::Json, Format::Sarif] {
            let doc = render(&lint, format, false);
            serde_json::from_str::<Value>(&doc)
                .unwrap_or_else(|e| panic!("{}: {e}\n{doc}", sample.display()));
        }
        for format in [
            Format::Text,
            Format::Github,
            Format::Junit,
            Format::Checkstyle,
        ] {
            let doc = render(&lint, format, format == Format::Text);
            assert!(!doc.is_empty());
            if matches!(format, Format::Junit | Format::Checkstyle) {
                xml_docs.push(doc.clone());
            }
            if format == Format::Github {
                assert_eq!(
                    doc.lines().count(),
                    lint.findings.len(),
                    "{}",
                    sample.display()
                );
            }
        }
    }
    // One Python process parses every XML document (the JSON array holds them as strings).
    let batch = serde_json::to_string(&xml_docs).expect("JSON");
    let script = "import sys, json, xml.etree.ElementTree as ET\nn = 0\nfor d in json.load(sys.stdin):\n    ET.fromstring(d.encode('utf-8')); n += 1\nprint(n)";
    let count: usize = String::from_utf8_lossy(&python(script, &batch))
        .trim()
        .parse()
        .expect("a count");
    assert_eq!(count, xml_docs.len());
}
