//! The jobserver shared between a top make and a sub-make, for every pairing of GNU make
//! and xmake (GNU/GNU is the oracle): tokens go back when a job ends while a sub-make still
//! runs (issue 14), the sub-make takes them, and no more than N recipes ever run at once.
//!
//! No wall-clock thresholds: each recipe records itself in `running/` while it runs (and
//! says `over` if it sees more than N there), and the sub-make's recipes come in pairs that
//! wait, bounded, for their partner to have started (`x saw y`, or `x alone` after 4 s).

mod support;

use std::path::Path;

const GNU: &str = "/usr/bin/make";

/// One recipe: joins `running/`, checks the bound, waits for its partner, leaves.
const JOB_SH: &str = r#"name=$1 partner=$2 max=$3
touch "started/$name" "running/$name"
n=$(ls running | wc -l)
[ "$n" -gt "$max" ] && echo "$name over: $n running"
if [ "$partner" = - ]; then
  sleep 0.4
else
  saw=alone
  for i in $(seq 40); do
    [ -f "started/$partner" ] && { saw="saw $partner"; break; }
    sleep 0.1
  done
  echo "$name $saw"
  sleep 0.1
fi
rm "running/$name"
"#;

/// Writes the tree: the top make runs `a` (a lone recipe) beside the sub-make `b`, whose
/// four recipes pair up as x/y and z/w.
fn tree(dir: &Path, sub: &str, max: usize) {
    let root = dir.display();
    let job = |name: &str, partner: &str| {
        format!("{name}: ; @cd {root} && sh job.sh {name} {partner} {max}\n")
    };
    std::fs::create_dir_all(dir.join("j")).expect("j/");
    std::fs::create_dir_all(dir.join("running")).expect("running/");
    std::fs::create_dir_all(dir.join("started")).expect("started/");
    std::fs::write(dir.join("job.sh"), JOB_SH).expect("job.sh");
    let top = format!("all: a b\n{}b: ; +@{sub} -s -C j all\n", job("a", "-"));
    std::fs::write(dir.join("Makefile"), top).expect("Makefile");
    let inner = format!(
        "all: x y z w\n{}{}{}{}",
        job("x", "y"),
        job("y", "x"),
        job("z", "w"),
        job("w", "z")
    );
    std::fs::write(dir.join("j/Makefile"), inner).expect("j/Makefile");
}

/// Runs `top -jN` over a sub-make `sub`; returns (sorted stdout, stderr, status).
fn run(top: &str, sub: &str, n: usize) -> (String, String, Option<i32>) {
    let dir = tempfile::tempdir().expect("temporary directory");
    tree(dir.path(), sub, n);
    let out = std::process::Command::new(top)
        .arg(format!("-j{n}"))
        .arg("-s")
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("LC_ALL", "C")
        .output()
        .expect("run the top make");
    let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    lines.sort();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (lines.join("\n"), stderr, out.status.code())
}

fn xmake() -> &'static str {
    support::run::exe()
}

/// Every recipe of the sub-make met its partner and none saw more than N recipes running.
const PAIRED: &str = "w saw z\nx saw y\ny saw x\nz saw w";

fn check(top: &str, sub: &str, n: usize) {
    let (stdout, stderr, status) = run(top, sub, n);
    let who = format!("top {top}, sub-make {sub}, -j{n}");
    assert_eq!(stdout, PAIRED, "{who}\nstderr: {stderr}");
    assert_eq!(stderr, "", "{who}");
    assert_eq!(status, Some(0), "{who}");
}

/// Under -j2, `a` holds the top make's own slot and `b` the one token; the sub-make starts
/// `x` in that token's slot. `y` can only start once `a` ended and the top make gave a
/// token back: with the slot kept, `x` would wait out its 4 s alone.
#[test]
fn j2_gnu_over_gnu_the_oracle() {
    check(GNU, GNU, 2);
}

#[test]
fn j2_xmake_over_xmake() {
    check(xmake(), xmake(), 2);
}

#[test]
fn j2_xmake_sub_make_under_gnu() {
    check(GNU, xmake(), 2);
}

#[test]
fn j2_gnu_sub_make_under_xmake() {
    check(xmake(), GNU, 2);
}

/// Under -j3 `a`, `x` and `y` may run together: three, never four.
#[test]
fn j3_every_pairing() {
    for (top, sub) in [
        (GNU, GNU),
        (xmake(), xmake()),
        (GNU, xmake()),
        (xmake(), GNU),
    ] {
        check(top, sub, 3);
    }
}

/// Runs xmake `args` in the sub-make's folder of a tree whose bound is `max`.
fn sub_alone(max: usize, args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    tree(dir.path(), xmake(), max);
    let out = std::process::Command::new(xmake())
        .args(args)
        .current_dir(dir.path().join("j"))
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .output()
        .expect("run xmake");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The checks can fail: two recipes at once against a bound of one say `over`, and a
/// recipe run serially waits out its partner alone.
#[test]
fn the_checks_can_fail() {
    let over = sub_alone(1, &["-j3", "-s", "x", "y"]);
    assert!(over.contains("over: 2 running"), "{over}");
    let serial = sub_alone(2, &["-j1", "-s", "x", "y"]);
    assert!(serial.contains("x alone"), "{serial}");
}
