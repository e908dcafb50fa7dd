//! Benchmark (not part of `cargo test`): the unified diff of 20 000 distinct lines against the
//! same lines shuffled, the worst case for line matching (it took 7 s before diffs had a
//! budget). Run with `cargo bench --bench diff_shuffled`; prints the median and best of
//! several runs. The target is well under a second: the time budget is
//! `diff::DEFAULT_BUDGET` (250 ms) plus rendering at most 2 000 output lines.

use std::time::{Duration, Instant};

use xmake::onboarding::diff;

/// 20 000 lines in order, and the same lines in a fixed pseudo-random order.
fn inputs() -> (String, String) {
    let lines: Vec<String> = (0..20_000)
        .map(|i| format!("line {i}: some text\n"))
        .collect();
    let mut order: Vec<usize> = (0..lines.len()).collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        order.swap(i, j);
    }
    let shuffled = order.iter().map(|&i| lines[i].as_str()).collect();
    (lines.concat(), shuffled)
}

fn run_once(old: &str, new: &str) -> (Duration, usize) {
    let start = Instant::now();
    let d = diff::unified(old.as_bytes(), new.as_bytes(), "old", "new").unwrap_or_default();
    (start.elapsed(), d.len())
}

fn main() {
    let (old, new) = inputs();
    let (_, size) = run_once(&old, &new);
    let mut times: Vec<Duration> = (0..7).map(|_| run_once(&old, &new).0).collect();
    times.sort();
    println!(
        "diff of 20000 shuffled lines ({size} bytes of output): median {:?}, best {:?}",
        times[times.len() / 2],
        times[0]
    );
}
