//! Slurm: jobs on a host (`squeue -h -w HOST`, one line each), its state (`scontrol show node
//! HOST`, drained when `State=` says `DRAIN`) and draining it (`scontrol update NodeName=HOST
//! State=DRAIN Reason=…`).

use camino::Utf8PathBuf;

use super::{program, Scheduler};
use crate::adapters::process::{nonempty_lines, Command, Limit, ProcessError};

pub fn jobs_on(host: &str) -> Result<Vec<String>, ProcessError> {
    let out = Command::new(program("squeue", Scheduler::Slurm)?)
        .args(["-h", "-w", host])
        .output_bounded(Limit::LIST)?;
    Ok(nonempty_lines(&out))
}

/// `DRAIN` in the node's state (`IDLE+DRAIN`, `MIXED+DRAIN`: draining or drained).
pub fn is_drained(host: &str) -> Result<bool, ProcessError> {
    let out = Command::new(program("scontrol", Scheduler::Slurm)?)
        .args(["show", "node", host])
        .output_bounded(Limit::LIST)?;
    let state = out
        .split_whitespace()
        .find_map(|w| w.strip_prefix("State="))
        .unwrap_or_default();
    Ok(state.contains("DRAIN"))
}

pub fn drain(scontrol: Utf8PathBuf, host: &str, reason: &str) -> Command {
    Command::new(scontrol).args([
        "update".to_owned(),
        format!("NodeName={host}"),
        "State=DRAIN".to_owned(),
        format!("Reason={reason}"),
    ])
}
