//! Issue 9, point 12 (in part): control characters from env.cfg, config.toml, file contents
//! and file names (ESC, CR, any C0 but tab and newline) are never written raw: every output
//! of every command and format shows them escaped (`\x1b`, `\x0d`), so a tree cannot clear
//! the admin's screen, recolour it or hide a line of a plan.

mod support;

use support::scenario::{stderr, stdout, Scenario};

const XSPOT: &str = "scripts/controller/integrate-xspot";

fn scenario() -> Scenario {
    let s = Scenario::new("full").with_etc_xspot();
    let env = s.tree.join("conf/env.cfg");
    let text = std::fs::read_to_string(&env).unwrap();
    let text = text.replace("\"/ontap/home\"", "\"/ontap/ho\x1b[31mme\"");
    std::fs::write(&env, format!("{text}NOTE=\"a\x1b[2Jb\rc\x07\"\n")).unwrap();
    let etc = s.path("etc/xspot/scripts");
    std::fs::write(
        etc.join("evil\x1b[2J\r.sh"),
        "#!/bin/bash\necho \x1b[8mhidden\r\n",
    )
    .unwrap();
    let startup = etc.join("startup.sh");
    let text = std::fs::read_to_string(&startup).unwrap();
    std::fs::write(&startup, format!("{text}echo \x1b]0;title\x07 \u{9b}2J\n")).unwrap();
    s
}

fn assert_escaped(s: &Scenario, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = s.xmake_env(args, env);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    let raw: Vec<char> = all
        .chars()
        .filter(|&c| c.is_control() && c != '\n' && c != '\t')
        .collect();
    assert!(
        raw.is_empty(),
        "{args:?} {env:?} wrote raw control characters {raw:?}:\n{all}"
    );
    all
}

#[test]
fn control_characters_from_the_tree_are_escaped_in_every_output() {
    let s = scenario();
    let trace = [("XMAKE_LOG", "trace")];
    for env in [&[][..], &trace[..]] {
        for args in [
            &["check-config"][..],
            &["--format=json", "check-config"],
            &["--show-config"],
            &["--format=json", "--show-config"],
            &["sync-config-preview"],
            &["--format=json", "sync-config-preview"],
            &["-n", "--verbose", "sync-config", "deploy"],
        ] {
            assert_escaped(&s, args, env);
        }
        for format in ["text", "json", "github", "junit", "sarif", "checkstyle"] {
            assert_escaped(&s, &["--lint", &format!("--format={format}")], env);
        }
    }
    let plan = assert_escaped(&s, &["sync-config-preview"], &[]);
    assert!(
        plan.contains("+++ /etc/xspot/scripts/evil\\x1b[2J\\x0d.sh\n")
            && plan.contains("+echo \\x1b[8mhidden\\x0d\n")
            && plan.contains("+echo \\x1b]0;title\\x07 \\u{9b}2J\n"),
        "names and lines are shown escaped:\n{plan}"
    );
    let check = assert_escaped(&s, &["check-config"], &[]);
    assert!(
        check.contains("/ontap/ho\\x1b[31mme") && check.contains("NOTE=\"a\\x1b[2Jb\\x0dc\\x07\""),
        "{check}"
    );
    let shown = assert_escaped(&s, &["--show-config"], &[]);
    assert!(shown.contains("NOTE=$'a\\x1b[2Jb\\rc\\x07'"), "{shown}");
    assert_escaped(&s, &["--verbose", "--yes", "sync-config"], &[]);
    assert!(s
        .tree
        .join(XSPOT)
        .join("scripts/evil\x1b[2J\r.sh")
        .is_file());
    assert_escaped(&s, &["--verbose", "--yes", "sync-config", "deploy"], &trace);
}
