//! The one door through which the Makefile engine lets its host run a target natively
//! instead of by its recipe (xmake's onboarding targets). `make` defines the trait and knows
//! nothing of who implements it, so the layering holds: the CLI passes an implementation in.

/// Targets the host runs itself. When the engine decides such a target must be remade, it
/// calls [`NativeTargets::run`] where it would have started the recipe; prerequisites are
/// still updated first, in GNU make's order.
pub trait NativeTargets {
    /// Whether `target` is run natively (decided once per name; no side effects).
    fn handles(&self, target: &str) -> bool;

    /// Runs `target`; `Err(status)` when it failed (the engine reports it like a failed
    /// recipe and honours `-k`/`-i`).
    fn run(&self, target: &str) -> Result<(), i32>;
}
