//! The failing level of `--lint` (`--deny=LEVEL`) and the exit status it gives, as linters
//! keep it: 0 clean, 1 findings at or above the failing level, 2 the lint could not run.

use crate::diag::Severity;

/// The findings at or above the failing level make the lint fail (status 1).
pub const FINDINGS: i32 = 1;
/// The lint could not run (status 2): not an onboarding tree, a bad option or configuration.
pub const COULD_NOT_RUN: i32 = crate::exit::ERROR;

/// The values `--deny` accepts, for messages.
pub const NAMES: &[&str] = &["error", "warning", "note"];

/// `--deny=LEVEL`: `error` (the default), `warning` or `note`.
pub fn parse(name: Option<&str>) -> Option<Severity> {
    match name.unwrap_or("error") {
        "error" => Some(Severity::Error),
        "warning" => Some(Severity::Warning),
        "note" => Some(Severity::Note),
        _ => None,
    }
}

/// 1 when any of `severities` is at or above `deny`, else 0.
pub fn exit_status(severities: impl IntoIterator<Item = Severity>, deny: Severity) -> i32 {
    if severities.into_iter().any(|s| s >= deny) {
        FINDINGS
    } else {
        crate::exit::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_fail_only_when_denied() {
        let found = [Severity::Note, Severity::Warning];
        assert_eq!(exit_status(found, parse(None).expect("default")), 0);
        assert_eq!(exit_status(found, parse(Some("warning")).expect("ok")), 1);
        assert_eq!(exit_status([], Severity::Note), 0);
        assert_eq!(parse(Some("fatal")), None);
    }
}
