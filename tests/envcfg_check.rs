//! check-config and --show-config end to end, through the library entry points: every broken
//! fixture gives its own diagnostic (snapshotted, plain render) and exit 2 on errors; the good
//! tree passes; the license key never appears in full; JSON output is well-formed.

mod support;

use support::envcfg::{filled, fixtures_dir, good_toml, node_root, tree, utf8};
use xmake::adapters::root::Root;
use xmake::onboarding::settings::{self, cli, cli::Format};
use xmake::tomlcfg::{CONFIG_PATH, LEGACY_CONFIG_PATH};

const SECRET: &str = "XS-3F9A-7C21-88B0-D4E6";

fn run_check(env_cfg: &[u8], toml: Option<(&str, &str)>, format: Format) -> (i32, String) {
    let root = node_root();
    let tree = tree(env_cfg, toml);
    // The terminal (miette) form must render every diagnostic too, without leaking the key.
    let mut fancy = Vec::new();
    cli::check_config_to(
        utf8(tree.path()),
        &Root::new(utf8(root.path())),
        Format::Text,
        true,
        &mut fancy,
    );
    let fancy = String::from_utf8(fancy).expect("utf-8 output");
    assert!(
        !fancy.contains(SECRET) && !fancy.contains("3F9A-7C21"),
        "license key leaked:\n{fancy}"
    );
    let mut out = Vec::new();
    let code = cli::check_config_to(
        utf8(tree.path()),
        &Root::new(utf8(root.path())),
        format,
        false,
        &mut out,
    );
    let text = String::from_utf8(out).expect("utf-8 output");
    assert!(
        !text.contains(SECRET) && !text.contains("3F9A-7C21"),
        "license key leaked:\n{text}"
    );
    (code, text)
}

fn sorted_files(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(fixtures_dir().join(dir))
        .expect("fixture dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

fn expected_code(namespace: &str, path: &std::path::Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    format!("{namespace}::{}", stem.split("--").next().unwrap_or(stem))
}

#[test]
fn each_broken_env_cfg_reports_its_problem() {
    let files = sorted_files("envcfg/broken", "cfg");
    assert!(files.len() >= 30, "{} broken fixtures", files.len());
    for path in files {
        let bytes = std::fs::read(&path).expect("read fixture");
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_owned();
        let env = if stem.starts_with("missing-key") {
            bytes
        } else {
            filled(&bytes)
        };
        let (code, text) = run_check(&env, Some((CONFIG_PATH, &good_toml())), Format::Text);
        let expected = expected_code("envcfg", &path);
        assert!(
            text.contains(&format!("[{expected}]")),
            "{stem}: expected {expected} in:\n{text}"
        );
        let has_error =
            text.contains(": error[") || text.starts_with("error[") || text.contains("\nerror[");
        assert_eq!(code, if has_error { 2 } else { 0 }, "{stem}:\n{text}");
        insta::assert_snapshot!(format!("envcfg_broken__{stem}"), text);
    }
}

#[test]
fn each_broken_config_toml_reports_its_problem() {
    let good_env =
        std::fs::read(fixtures_dir().join("envcfg/good/conf/env.cfg")).expect("good env.cfg");
    for path in sorted_files("toml", "toml") {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_owned();
        if stem == "good" {
            continue;
        }
        let toml = std::fs::read_to_string(&path).expect("read fixture");
        let (code, text) = run_check(&good_env, Some((CONFIG_PATH, &toml)), Format::Text);
        let expected = expected_code("toml", &path);
        assert!(
            text.contains(&format!("[{expected}]")),
            "{stem}: expected {expected} in:\n{text}"
        );
        assert_eq!(code, 2, "{stem}:\n{text}");
        insta::assert_snapshot!(format!("toml_broken__{stem}"), text);
    }
}

#[test]
fn the_good_tree_passes_with_typed_settings() {
    let good = fixtures_dir().join("envcfg/good");
    let root = node_root();
    let loaded = settings::load(utf8(&good), &Root::new(utf8(root.path())));
    assert!(loaded.report.diagnostics.is_empty(), "{:?}", loaded.report);
    let s = loaded.settings.expect("settings");
    assert_eq!(s.remote_dir, "/nfs-apps/exostellar");
    assert_eq!(s.image_deploy_dir, "/nfs-apps/exostellar/images");
    assert_eq!(s.script_deploy_dir, "/nfs-apps/exostellar/scripts");
    assert_eq!(s.container_fs_size.bytes, 50 << 30);
    assert_eq!(s.image_names, ["docker-base"]);
    assert_eq!(s.versions.xspot_kernel, "3.10.0-1160.el7.x86_64");
    assert!(s.is_systemd && s.services.sssd && !s.services.ontap);
    assert_eq!(s.ontap_folders.len(), 2);
    assert_eq!(s.config_toml.ami.as_deref(), Some("ami-0123456789abcdef0"));
    assert_eq!(s.config_toml.overlay_prefix, "192.168.137.0/24");
    assert_eq!(
        s.config_toml.license_key_masked.as_deref(),
        Some("******************D4E6")
    );
    assert_eq!(s.config_toml.instance_tags.len(), 2);
    assert_eq!(loaded.toml_path.expect("toml").relative, CONFIG_PATH);

    let mut out = Vec::new();
    let code = cli::check_config_to(
        utf8(&good),
        &Root::new(utf8(root.path())),
        Format::Text,
        false,
        &mut out,
    );
    assert_eq!(code, 0);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        format!("checked conf/env.cfg and {CONFIG_PATH}: no problems found\n")
    );
}

#[test]
fn samples_have_no_errors() {
    for path in sorted_files("envcfg/samples", "cfg") {
        let bytes = filled(&std::fs::read(&path).expect("read"));
        let (code, text) = run_check(&bytes, Some((CONFIG_PATH, &good_toml())), Format::Text);
        assert_eq!(code, 0, "{}:\n{text}", path.display());
    }
}

#[test]
fn trailing_slashes_are_stripped_with_a_note() {
    let env = filled(b"REMOTE_DIR=/nfs-apps/exostellar/\nIMAGE_DEPLOY_DIR=${REMOTE_DIR}images//\n");
    let root = node_root();
    let tree = tree(&env, Some((CONFIG_PATH, &good_toml())));
    let loaded = settings::load(utf8(tree.path()), &Root::new(utf8(root.path())));
    let s = loaded.settings.expect("notes are not errors");
    assert_eq!(s.remote_dir, "/nfs-apps/exostellar");
    assert_eq!(s.image_deploy_dir, "/nfs-apps/exostellar/images");
    assert_eq!(
        s.script_deploy_dir, "/nfs-apps/exostellar/scripts",
        "defaults under the stripped REMOTE_DIR"
    );
    assert_eq!(
        loaded
            .report
            .diagnostics
            .iter()
            .filter(|d| d.code == "envcfg::trailing-slash")
            .count(),
        2
    );
}

#[test]
fn the_older_config_location_is_accepted_and_named() {
    let env = std::fs::read(fixtures_dir().join("envcfg/good/conf/env.cfg")).unwrap();
    let (code, text) = run_check(&env, Some((LEGACY_CONFIG_PATH, &good_toml())), Format::Text);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("[toml::legacy-location]")
            && text.contains(&format!("checked conf/env.cfg and {LEGACY_CONFIG_PATH}")),
        "{text}"
    );
    let (code, text) = run_check(&env, None, Format::Text);
    assert_eq!(code, 2);
    assert!(text.contains("[toml::missing-file]"), "{text}");
}

#[test]
fn json_output_lists_every_problem() {
    let env = filled(b"REMOTE_DIR=relative\nCONTAINER_FS_SIZE=big\nLUSTRE_NEEDED=2\n");
    let (code, text) = run_check(&env, Some((CONFIG_PATH, &good_toml())), Format::Json);
    assert_eq!(code, 2);
    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(doc["errors"], 3);
    assert_eq!(doc["ok"], false);
    let codes: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "envcfg::relative-remote-dir",
            "envcfg::invalid-size",
            "envcfg::invalid-flag"
        ]
    );
    assert_eq!(doc["diagnostics"][1]["line"], 2);
    assert_eq!(doc["diagnostics"][1]["column"], 19);
    assert_eq!(doc["files"][0], "conf/env.cfg");
}

#[test]
fn show_config_prints_bash_values_and_origins() {
    let env = fixtures_dir().join("envcfg/good");
    let root = node_root();
    let root = Root::new(utf8(root.path()));
    let mut out = Vec::new();
    assert_eq!(
        cli::show_config_to(utf8(&env), &root, Format::Json, &mut out),
        0
    );
    let doc: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(doc["IMAGE_DEPLOY_DIR"], "/nfs-apps/exostellar/images");
    assert_eq!(
        doc["ONTAP_FOLDERS"],
        serde_json::json!(["/ontap/1", "/ontap/2"])
    );
    assert_eq!(doc.as_object().unwrap().len(), 17);

    let mut out = Vec::new();
    assert_eq!(
        cli::show_config_to(utf8(&env), &root, Format::Text, &mut out),
        0
    );
    let text = String::from_utf8(out).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("IMAGE_NAME_LIST="))
        .expect("listed");
    assert!(
        line.starts_with("IMAGE_NAME_LIST=(docker-base)") && line.ends_with("# conf/env.cfg:32"),
        "{line}"
    );
    assert!(
        text.lines()
            .next()
            .unwrap()
            .starts_with("REMOTE_DIR=/nfs-apps/exostellar "),
        "{text}"
    );
}

#[test]
fn show_config_without_env_cfg_fails() {
    let dir = tempfile::tempdir().unwrap();
    let mut out = Vec::new();
    assert_eq!(
        cli::show_config_to(utf8(dir.path()), &Root::system(), Format::Json, &mut out),
        2
    );
    assert!(String::from_utf8(out)
        .unwrap()
        .contains("envcfg::missing-file"));
}

#[test]
fn show_config_text_and_check_config_json_snapshots() {
    let good = fixtures_dir().join("envcfg/samples/vendor-guide.cfg");
    let env = std::fs::read(good).unwrap();
    let root = node_root();
    let tree = tree(&env, Some((CONFIG_PATH, &good_toml())));
    let root = Root::new(utf8(root.path()));
    let mut out = Vec::new();
    cli::show_config_to(utf8(tree.path()), &root, Format::Text, &mut out);
    insta::assert_snapshot!("show_config_vendor_guide", String::from_utf8(out).unwrap());
    let (_, json) = run_check(
        b"REMOTE_DIR=nfs/\nIS_SYSTEMD=maybe\n",
        Some((CONFIG_PATH, &good_toml())),
        Format::Json,
    );
    insta::assert_snapshot!("check_config_json", json);
}

#[test]
fn ontap_folders_are_looked_for_only_when_ontap_is_enabled() {
    let base = "ONTAP_FOLDERS=( \"/ontap/gone\" )\n";
    let (code, text) = run_check(
        &filled(format!("ONTAP_NEEDED=0\n{base}").as_bytes()),
        Some((CONFIG_PATH, &good_toml())),
        Format::Text,
    );
    assert_eq!(code, 0);
    assert!(!text.contains("missing-dir"), "{text}");
    let (_, text) = run_check(
        &filled(format!("ONTAP_NEEDED=1\nAUTOFS_NEEDED=1\n{base}").as_bytes()),
        Some((CONFIG_PATH, &good_toml())),
        Format::Text,
    );
    assert!(
        text.contains("conf/env.cfg:3:17: warning[envcfg::missing-dir]"),
        "{text}"
    );
}

/// The node's routing table under the root, as `/proc/net/route` prints it.
fn write_routes(root: &std::path::Path, rows: &[(&str, &str)]) {
    let mut text = String::from("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\n");
    for (dest, mask) in rows {
        text.push_str(&format!("eth0\t{dest}\t00000000\t0001\t0\t0\t0\t{mask}\n"));
    }
    std::fs::write(root.join("proc/net/route"), text).expect("write routes");
}

#[test]
fn an_overlay_overlapping_the_controllers_subnet_is_an_error() {
    let good = fixtures_dir().join("envcfg/good");
    let root = node_root();
    std::fs::create_dir_all(root.path().join("proc/net")).expect("mkdir");
    // 10.1.0.0/16 only: the overlay 192.168.137.0/24 is fine.
    write_routes(root.path(), &[("0000010A", "0000FFFF")]);
    let loaded = settings::load(utf8(&good), &Root::new(utf8(root.path())));
    assert!(!loaded.report.has_errors(), "{:?}", loaded.report);
    // The controller sits on 192.168.0.0/16: the overlay overlaps it.
    write_routes(
        root.path(),
        &[("0000010A", "0000FFFF"), ("0000A8C0", "0000FFFF")],
    );
    let loaded = settings::load(utf8(&good), &Root::new(utf8(root.path())));
    let d = loaded
        .report
        .diagnostics
        .iter()
        .find(|d| d.code == "toml::overlay-overlaps-subnet")
        .expect("overlap reported");
    assert!(d.message.contains("192.168.0.0/16"), "{}", d.message);
    let (file, pos) = d.position().expect("located");
    assert!(file.ends_with("config.toml"));
    assert!(pos.line > 1);
    assert!(loaded.settings.is_none());
}
