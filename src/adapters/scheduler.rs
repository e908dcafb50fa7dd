//! The batch scheduler, over its real command line: which jobs run on this host, and taking the
//! host out of production (`drain`). Slurm only today (`squeue -h -w HOST`, `scontrol update
//! NodeName=HOST State=DRAIN Reason=…`); LSF (`bjobs -u all -m HOST`) and Grid Engine (`qstat -s r -l
//! hostname=HOST`) slot in here. A node without a scheduler's client programs has no jobs to
//! report. Tests use the Slurm stand-in of `fixtures/fake-bin/`.

use serde::{Deserialize, Serialize};

use super::process::{self, Command, ProcessError};

/// A change to the scheduler's view of a node (journaled as part of an action; repeating it
/// is harmless).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SchedulerCall {
    /// Let running jobs finish, start no new ones: `scontrol update NodeName=HOST State=DRAIN
    /// Reason=REASON`. The node stays drained until the admin (or the fleet playbook) resumes it.
    Drain { host: String, reason: String },
}

impl SchedulerCall {
    fn command(&self) -> Result<Command, ProcessError> {
        let SchedulerCall::Drain { host, reason } = self;
        let scontrol = process::find("scontrol").ok_or_else(|| ProcessError::Start {
            command: "scontrol".into(),
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "scontrol is not on PATH: no Slurm to drain this node",
            ),
        })?;
        Ok(Command::new(scontrol).args([
            "update".to_owned(),
            format!("NodeName={host}"),
            "State=DRAIN".to_owned(),
            format!("Reason={reason}"),
        ]))
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
        self.command()?.output().map(|_| ())
    }
}

/// The jobs found on a host, and which scheduler said so.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Jobs {
    /// `None` when no scheduler client is installed.
    pub scheduler: Option<&'static str>,
    /// One line per job, as the scheduler printed it.
    pub lines: Vec<String>,
}

/// The short host name (up to the first dot), as schedulers name nodes.
pub fn short_hostname() -> String {
    let full = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    full.trim().split('.').next().unwrap_or_default().to_owned()
}

/// Whether Slurm already has `host` drained (or draining): `scontrol show node HOST` says
/// `DRAIN` in its state. `None` without Slurm.
pub fn is_drained(host: &str) -> Result<Option<bool>, ProcessError> {
    let Some(scontrol) = process::find("scontrol") else {
        return Ok(None);
    };
    let out = Command::new(scontrol)
        .args(["show", "node", host])
        .output_bounded()?;
    let state = out
        .split_whitespace()
        .find_map(|w| w.strip_prefix("State="))
        .unwrap_or_default();
    Ok(Some(state.contains("DRAIN")))
}

/// The jobs running on `host`.
pub fn jobs_on(host: &str) -> Result<Jobs, ProcessError> {
    let Some(squeue) = process::find("squeue") else {
        return Ok(Jobs::default());
    };
    let out = Command::new(squeue)
        .args(["-h", "-w", host])
        .output_bounded()?;
    Ok(Jobs {
        scheduler: Some("slurm"),
        lines: out
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}
