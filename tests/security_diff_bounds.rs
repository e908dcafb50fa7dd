//! Issue 9, point 11 (diffs): a binary file is reported as binary and a file over 1 MiB by its
//! size, never diffed as text; a text diff is capped (2 000 lines, a time budget) and says
//! when it was cut. Checked through `-n deploy` and `sync-config-preview`.

mod support;

use support::scenario::{stderr, stdout, Scenario};

#[test]
fn binary_large_and_huge_diffs_stay_small() {
    let s = Scenario::new("full").with_etc_xspot();
    let out = s.xmake(&["deploy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // A sparse 64 MiB file of NULs, a small binary, and 20 000 lines shuffled.
    let big = std::fs::File::create(s.tree.join("images/big.img")).unwrap();
    big.set_len(64 << 20).unwrap();
    std::fs::write(s.tree.join("images/small.bin"), b"ELF\0\x01\x02").unwrap();
    let lines: Vec<String> = (0..20_000).map(|i| format!("row {i}\n")).collect();
    let list = s.tree.join("conf/list.txt");
    std::fs::write(&list, lines.concat()).unwrap();
    let out = s.xmake(&["deploy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut shuffled = lines.clone();
    for i in 0..shuffled.len() {
        shuffled.swap(i, (i * 7919 + 13) % lines.len());
    }
    std::fs::write(&list, shuffled.concat()).unwrap();
    std::fs::write(s.tree.join("images/small.bin"), b"ELF\0\x01\x03").unwrap();
    std::fs::write(s.tree.join("images/big.img"), b"now small\n").unwrap();
    let big2 = std::fs::File::create(s.tree.join("images/big2.img")).unwrap();
    big2.set_len(2 << 20).unwrap();

    let out = s.xmake(&["-n", "deploy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let plan = stdout(&out);
    assert!(
        plan.contains(&format!(
            "Files latest/images/big.img and images/big.img differ ({} bytes, too large to diff)\n",
            64 << 20
        )),
        "{plan}"
    );
    assert!(
        plan.contains("Files latest/images/big2.img and images/big2.img differ (2097152 bytes, too large to diff)\n"),
        "{plan}"
    );
    assert!(
        plan.contains("Binary files latest/images/small.bin and images/small.bin differ\n"),
        "{plan}"
    );
    assert!(plan.contains("--- latest/conf/list.txt\n"), "{plan}");
    assert!(
        plan.contains("[diff cut: "),
        "the shuffled diff is cut:\n{plan}"
    );
    assert!(!plan.contains('\0'));
    assert!(
        plan.lines().count() < 2_200,
        "{} lines",
        plan.lines().count()
    );

    let etc = s.path("etc/xspot/scripts/tool.bin");
    std::fs::write(&etc, b"\x7fELF\0\0").unwrap();
    let out = s.xmake(&["sync-config-preview"]);
    assert!(
        stdout(&out).contains("Binary files /dev/null and /etc/xspot/scripts/tool.bin differ\n"),
        "{}",
        stdout(&out)
    );
}
