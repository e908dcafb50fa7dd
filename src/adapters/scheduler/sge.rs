//! Grid Engine: running jobs on a host (`qstat -u '*' -s r -l hostname=HOST`: a header and a
//! ruler, then one line per job; nothing at all when none runs; `-u '*'` because qstat shows
//! only the caller's own jobs by default), the host's queue instances (`qstat -f -q '*@HOST'`,
//! disabled when their states say `d`) and disabling them (`qmod -d '*@HOST'`: running jobs go
//! on, no new one starts).

use camino::Utf8PathBuf;

use super::{job_lines, program, Scheduler};
use crate::adapters::process::{Command, Limit, ProcessError};

/// Every queue instance on `host`.
fn instances(host: &str) -> String {
    format!("*@{host}")
}

pub fn jobs_on(host: &str) -> Result<Vec<String>, ProcessError> {
    let out = Command::new(program("qstat", Scheduler::GridEngine)?)
        .args(["-u", "*", "-s", "r", "-l"])
        .arg(format!("hostname={host}"))
        .output_bounded(Limit::LIST)?;
    Ok(job_lines(&out))
}

/// Every queue instance on the host is disabled (`d` in its states column); a host with none
/// is not.
pub fn is_drained(host: &str) -> Result<bool, ProcessError> {
    let out = Command::new(program("qstat", Scheduler::GridEngine)?)
        .args(["-f", "-q"])
        .arg(instances(host))
        .output_bounded(Limit::LIST)?;
    Ok(all_disabled(&out, host))
}

fn all_disabled(out: &str, host: &str) -> bool {
    let suffix = format!("@{host}");
    let states: Vec<bool> = out
        .lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let queue = words.first()?;
            queue.ends_with(&suffix).then(|| {
                // queuename qtype resv/used/tot. load_avg arch [states]
                words.get(5).is_some_and(|s| s.contains('d'))
            })
        })
        .collect();
    !states.is_empty() && states.iter().all(|d| *d)
}

pub fn drain(qmod: Utf8PathBuf, host: &str) -> Command {
    Command::new(qmod).arg("-d").arg(instances(host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_is_drained_when_each_of_its_queue_instances_is_disabled() {
        let listing = "queuename                      qtype resv/used/tot. load_avg arch          states\n\
                       ---------------------------------------------------------------------------------\n\
                       all.q@node1                    BIP   0/1/4          0.01     lx-amd64      d\n\
                       ---------------------------------------------------------------------------------\n\
                       gpu.q@node1                    BIP   0/0/1          0.01     lx-amd64\n";
        assert!(!all_disabled(listing, "node1"));
        assert!(all_disabled(
            &listing.replace("lx-amd64\n", "lx-amd64 d\n"),
            "node1"
        ));
        assert!(!all_disabled("", "node1"));
        assert!(!all_disabled(listing, "node2"));
    }

    #[test]
    fn running_jobs_are_the_lines_after_the_ruler() {
        let out = "job-ID  prior   name       user         state submit/start at     queue                          slots ja-task-ID\n\
                   -----------------------------------------------------------------------------------------------------------------\n\
                   \x20   4242 0.55500 solver     alice        r     12/03/2026 10:00:00 all.q@node1                        1\n";
        assert_eq!(job_lines(out).len(), 1);
    }
}
