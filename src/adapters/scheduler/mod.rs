//! The batch scheduler, over its real command line: which one this node has, which jobs run on
//! this host, whether the host is already out of production, and taking it out (`drain`).
//! Three schedulers, each in its own file: Slurm ([`slurm`]), IBM Spectrum LSF ([`lsf`]) and
//! Grid Engine ([`sge`]). The one asked is the first of [`ORDER`] whose client programs are on
//! `PATH` (Slurm, then LSF, then Grid Engine); a node without any has no jobs to report. Tests
//! use the stand-ins of `fixtures/fake-bin/`.

pub mod lsf;
pub mod sge;
pub mod slurm;

use serde::{Deserialize, Serialize};

use super::process::{self, Command, Limit, ProcessError};

/// A batch scheduler whose client programs xmake knows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scheduler {
    #[default]
    Slurm,
    Lsf,
    GridEngine,
}

/// The order schedulers are looked for when several are installed: the first found is asked.
pub const ORDER: [Scheduler; 3] = [Scheduler::Slurm, Scheduler::Lsf, Scheduler::GridEngine];

impl Scheduler {
    /// The first of [`ORDER`] whose client programs are all on `PATH`.
    pub fn detect() -> Option<Scheduler> {
        ORDER
            .into_iter()
            .find(|s| s.detected_by().iter().all(|p| process::find(p).is_some()))
    }

    /// The programs whose presence means this scheduler: Slurm's `squeue`, LSF's `bjobs`, Grid
    /// Engine's `qstat` and `qmod` (`qstat` alone is also PBS's, which has no `qmod`).
    pub fn detected_by(self) -> &'static [&'static str] {
        match self {
            Scheduler::Slurm => &["squeue"],
            Scheduler::Lsf => &["bjobs"],
            Scheduler::GridEngine => &["qstat", "qmod"],
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Scheduler::Slurm => "Slurm",
            Scheduler::Lsf => "LSF",
            Scheduler::GridEngine => "Grid Engine",
        }
    }

    /// The jobs running on `host`, one line each as the scheduler printed them.
    pub fn jobs_on(self, host: &str) -> Result<Vec<String>, ProcessError> {
        match self {
            Scheduler::Slurm => slurm::jobs_on(host),
            Scheduler::Lsf => lsf::jobs_on(host),
            Scheduler::GridEngine => sge::jobs_on(host),
        }
    }

    /// Whether `host` is already out of production (drained, closed, disabled).
    pub fn is_drained(self, host: &str) -> Result<bool, ProcessError> {
        match self {
            Scheduler::Slurm => slurm::is_drained(host),
            Scheduler::Lsf => lsf::is_drained(host),
            Scheduler::GridEngine => sge::is_drained(host),
        }
    }

    /// The command taking `host` out of production, letting running jobs finish.
    fn drain_command(self, host: &str, reason: &str) -> Result<Command, ProcessError> {
        match self {
            Scheduler::Slurm => Ok(slurm::drain(program("scontrol", self)?, host, reason)),
            Scheduler::Lsf => Ok(lsf::drain(program("badmin", self)?, host, reason)),
            Scheduler::GridEngine => Ok(sge::drain(program("qmod", self)?, host)),
        }
    }
}

/// Where `name` is on `PATH`, or why `scheduler` cannot be asked.
pub(crate) fn program(
    name: &str,
    scheduler: Scheduler,
) -> Result<camino::Utf8PathBuf, ProcessError> {
    process::find(name).ok_or_else(|| ProcessError::Start {
        command: name.into(),
        source: std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("{name} is not on PATH ({})", scheduler.name()),
        ),
    })
}

/// A change to the scheduler's view of a node (journaled as part of an action; repeating it
/// is harmless).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SchedulerCall {
    /// Let running jobs finish, start no new ones: Slurm's `scontrol update NodeName=HOST
    /// State=DRAIN Reason=REASON`, LSF's `badmin hclose -C REASON HOST`, Grid Engine's `qmod -d
    /// '*@HOST'`. The node stays out of production until the admin (or the fleet playbook)
    /// gives it back.
    Drain {
        host: String,
        reason: String,
        /// Journals written before LSF and Grid Engine were known name no scheduler: Slurm.
        #[serde(default)]
        scheduler: Scheduler,
    },
}

impl SchedulerCall {
    fn command(&self) -> Result<Command, ProcessError> {
        let SchedulerCall::Drain {
            host,
            reason,
            scheduler,
        } = self;
        scheduler.drain_command(host, reason)
    }

    /// One line for plans.
    pub fn describe(&self) -> String {
        match self.command() {
            Ok(command) => command.line(),
            Err(e) => format!("(cannot run: {e})"),
        }
    }

    /// Runs it.
    pub fn apply(&self) -> Result<(), ProcessError> {
        self.command()?.output_bounded(Limit::CHANGE).map(|_| ())
    }
}

/// The jobs found on a host, and which scheduler said so.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Jobs {
    /// `None` when no scheduler client is installed.
    pub scheduler: Option<Scheduler>,
    /// One line per job, as the scheduler printed it.
    pub lines: Vec<String>,
}

/// The short host name (up to the first dot), as schedulers name nodes.
pub fn short_hostname() -> String {
    let full = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    full.trim().split('.').next().unwrap_or_default().to_owned()
}

/// Whether the node's scheduler already has `host` out of production. `None` without one.
pub fn is_drained(host: &str) -> Result<Option<(Scheduler, bool)>, ProcessError> {
    let Some(scheduler) = Scheduler::detect() else {
        return Ok(None);
    };
    Ok(Some((scheduler, scheduler.is_drained(host)?)))
}

/// The jobs running on `host`, from the node's scheduler.
pub fn jobs_on(host: &str) -> Result<Jobs, ProcessError> {
    let Some(scheduler) = Scheduler::detect() else {
        return Ok(Jobs::default());
    };
    Ok(Jobs {
        scheduler: Some(scheduler),
        lines: scheduler.jobs_on(host)?,
    })
}

/// The lines of `out` that start with a job id (digits): the job lines of LSF's and Grid
/// Engine's listings, without their headers, rulers and continuation lines.
pub(crate) fn job_lines(out: &str) -> Vec<String> {
    out.lines()
        .map(str::trim_end)
        .filter(|l| {
            l.split_whitespace()
                .next()
                .is_some_and(|id| id.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(|l| l.trim().to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lines_starting_with_a_job_id_are_jobs() {
        let out = "JOBID   USER    STAT  QUEUE\n\
                   ------------------------------\n\
                   4242    alice   RUN   normal\n\
                   \n\
                   abc not a job\n";
        assert_eq!(job_lines(out), vec!["4242    alice   RUN   normal"]);
    }

    #[test]
    fn an_old_journal_entry_without_a_scheduler_is_slurm() {
        let call: SchedulerCall =
            serde_json::from_str(r#"{"Drain":{"host":"n1","reason":"r"}}"#).unwrap();
        assert_eq!(
            call,
            SchedulerCall::Drain {
                host: "n1".into(),
                reason: "r".into(),
                scheduler: Scheduler::Slurm
            }
        );
    }
}
