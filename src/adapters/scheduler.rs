//! The batch scheduler, over its real command line: which jobs run on this host. Slurm only
//! today (`squeue -h -w HOST`); LSF (`bjobs -u all -m HOST`) and Grid Engine (`qstat -s r -l
//! hostname=HOST`) slot in here. A node without a scheduler's client programs has no jobs to
//! report. Tests use the Slurm stand-in of `fixtures/fake-bin/`.

use super::process::{self, Command, ProcessError};

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
