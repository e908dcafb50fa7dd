//! Whether the node is idle: no running containers (from the container engine, when one
//! answers) and no jobs on this host (from the scheduler, Slurm, LSF or Grid Engine, when its
//! client is installed).
//! `upgrade` refuses a busy node, listing what runs, unless `--force`.

use crate::adapters::engine::Engine;
use crate::adapters::scheduler;

/// What keeps the node busy, one line each (empty: idle), and notes on what could not be asked.
#[derive(Debug, Default)]
pub struct Busy {
    pub containers: Vec<String>,
    pub jobs: Vec<String>,
    pub notes: Vec<String>,
}

impl Busy {
    pub fn is_idle(&self) -> bool {
        self.containers.is_empty() && self.jobs.is_empty()
    }

    /// `2 running container(s) (a, b); 1 job(s) on node1 (…)`.
    pub fn describe(&self, host: &str) -> String {
        let mut parts = Vec::new();
        if !self.containers.is_empty() {
            parts.push(format!(
                "{} running container(s) ({})",
                self.containers.len(),
                self.containers.join("; ")
            ));
        }
        if !self.jobs.is_empty() {
            parts.push(format!(
                "{} job(s) on {host} ({})",
                self.jobs.len(),
                self.jobs.join("; ")
            ));
        }
        parts.join("; ")
    }
}

/// Asks the engine and the scheduler. A scheduler that is installed but fails to answer is an
/// error (the node may be busy); a missing engine or scheduler is a note.
pub fn check(host: &str) -> Result<Busy, String> {
    let mut busy = Busy::default();
    match Engine::shared() {
        Ok(engine) => {
            busy.containers = engine
                .running_containers()
                .map_err(|e| format!("cannot list running containers: {e}"))?;
        }
        Err(why) => busy
            .notes
            .push(format!("no container engine to ask ({why})")),
    }
    let jobs = scheduler::jobs_on(host).map_err(|e| format!("cannot list jobs: {e}"))?;
    match jobs.scheduler {
        Some(_) => busy.jobs = jobs.lines,
        None => busy.notes.push(
            "no scheduler client (squeue, bjobs, or qstat and qmod) to ask for jobs".to_owned(),
        ),
    }
    Ok(busy)
}
