//! IBM Spectrum LSF: jobs on a host (`bjobs -u all -m HOST`: a header, then one line per job
//! with continuation lines for more execution hosts; no job is `No unfinished job found` on
//! stderr, exit 0, or 255 under `LSB_BJOBS_CONSISTENT_EXIT_CODE=Y`), its state (`bhosts -w
//! HOST`: closed by an administrator is `closed_Adm`) and closing it (`badmin hclose -C REASON
//! HOST`: running jobs go on, no new one starts).

use camino::Utf8PathBuf;

use super::{job_lines, program, Scheduler};
use crate::adapters::process::{Command, Limit, ProcessError};

/// What bjobs says, on stderr, when nothing matches.
const NO_JOB: &str = "No unfinished job found";

pub fn jobs_on(host: &str) -> Result<Vec<String>, ProcessError> {
    let cmd = Command::new(program("bjobs", Scheduler::Lsf)?).args(["-u", "all", "-m", host]);
    // Bounded: a huge (or endless) listing is refused, never held in memory.
    match cmd.output_bounded(Limit::LIST) {
        Ok(out) => Ok(job_lines(&out)),
        Err(e) if e.code() == Some(255) && e.stderr_tail().contains(NO_JOB) => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// The host's status in `bhosts` is `closed_Adm`.
pub fn is_drained(host: &str) -> Result<bool, ProcessError> {
    let out = Command::new(program("bhosts", Scheduler::Lsf)?)
        .args(["-w", host])
        .output_bounded(Limit::LIST)?;
    Ok(out.lines().any(|line| {
        let mut words = line.split_whitespace();
        words.next() == Some(host) && words.next() == Some("closed_Adm")
    }))
}

pub fn drain(badmin: Utf8PathBuf, host: &str, reason: &str) -> Command {
    Command::new(badmin).args(["hclose", "-C", reason, host])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_and_continuation_lines_are_not_jobs() {
        let out = "JOBID   USER    STAT  QUEUE      FROM_HOST   EXEC_HOST   JOB_NAME   SUBMIT_TIME\n\
                   4242    alice   RUN   normal     login1      node1       solver     Dec  3 10:00\n\
                   \x20                                            4*node1\n";
        assert_eq!(job_lines(out).len(), 1);
    }
}
