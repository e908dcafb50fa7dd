//! Targets the host runs natively in the middle of a Makefile run (`make::native`): where the
//! engine would start a target's recipe, it calls the host instead, then carries on exactly as
//! after a recipe that succeeded or failed (`-k`, `-i`, "not remade because of errors").

use super::engine::Engine;
use super::report;
use super::walk::Progress;
use crate::make::graph::NodeId;
use crate::make::native::NativeTargets;

impl<'a> Engine<'a> {
    /// The host's implementation of `id`, when there is one and it may run: `-q` and `-t`
    /// keep GNU make's meaning (ask, touch) and so use the recipe path.
    pub(super) fn native_for(&self, id: NodeId) -> Option<&'a dyn NativeTargets> {
        let native = self.native?;
        let usable = !self.opts.question && !self.opts.touch;
        (usable && native.handles(&self.g.nodes[id].name)).then_some(native)
    }

    /// Runs `id` natively; a failure is reported like a failed recipe line.
    pub(super) fn remake_natively(&mut self, id: NodeId, native: &dyn NativeTargets) -> Progress {
        let name = self.g.nodes[id].name.clone();
        self.commands_started += 1;
        // Like a recipe's child process, a native target may print: open the directory pair.
        crate::make::directory_lines::start();
        crate::stdio::flush_out();
        crate::make::fs_epoch::bump();
        let Err(status) = native.run(&name) else {
            return self.job_done(id, true);
        };
        crate::stdio::flush_out();
        let ignored = self.opts.ignore_errors || self.db.globals().ignore_all;
        if !(ignored && self.run_silent()) {
            let what = report::describe_status(status << 8);
            let msg = report::recipe_failed(&self.opts.program, None, &name, &what, ignored);
            report::err(&msg);
        }
        self.job_done(id, ignored)
    }
}
