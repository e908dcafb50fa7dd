//! The times of `include`d makefiles as found when they were looked for (the `fstat` of the
//! file opened, or none when it was missing), so that the times taken after reading (the
//! warning about a makefile in the future, the time before remaking) need no second `stat`
//! per makefile. They hold only while xmake has run nothing that may have changed the file
//! system since ([`crate::make::fs_epoch`]); GNU reads them once after reading.

use std::time::SystemTime;

/// Times by position in [`super::Evaluator::read_files`], all found at one epoch.
#[derive(Debug, Default)]
pub struct SeenTimes {
    epoch: u64,
    times: Vec<(usize, Option<SystemTime>)>,
}

impl SeenTimes {
    /// The makefile at `index` in `read_files` was found with `time` (`None`: missing).
    pub fn record(&mut self, index: usize, time: Option<SystemTime>) {
        let now = crate::make::fs_epoch::now();
        if now != self.epoch {
            // Something ran since the earlier ones were found: they may be stale.
            self.times.clear();
            self.epoch = now;
        }
        self.times.push((index, time));
    }

    /// The times still valid now, by position in `read_files`; forgets them all.
    pub fn take(&mut self) -> Vec<(usize, Option<SystemTime>)> {
        let times = std::mem::take(&mut self.times);
        if crate::make::fs_epoch::now() == self.epoch {
            times
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SeenTimes;

    #[test]
    fn times_found_before_a_change_are_dropped() {
        let mut s = SeenTimes::default();
        s.record(0, None);
        crate::make::fs_epoch::bump();
        s.record(1, None);
        assert_eq!(s.take(), vec![(1, None)]);
        assert!(s.take().is_empty(), "taken once");
        s.record(2, None);
        crate::make::fs_epoch::bump();
        assert!(s.take().is_empty(), "changed after the last one was found");
    }
}
