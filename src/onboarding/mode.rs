//! How a native run treats GNU make's read-only options: `-n` prints the plan, `-q` answers
//! with the exit status, `-t` does nothing. Only [`RunMode::Apply`] takes locks, writes the
//! journal, resumes an interrupted step or applies an action.

/// What a native run may do, from `-n`, `-q` and `-t` (GNU's precedence: `-q`, then `-n`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RunMode {
    /// A real run: plan each step, apply its actions.
    #[default]
    Apply,
    /// `-n`: print the plan (actions and diffs), change nothing.
    DryRun,
    /// `-q`: plan silently, change nothing; exit 0 when every step is `ok`, 1 otherwise,
    /// 2 on an error.
    Question,
    /// `-t`: native targets are not files, so there is nothing to touch: change nothing and
    /// say so as GNU make does for a phony target.
    Touch,
}

impl RunMode {
    /// The mode GNU's flags ask for.
    pub fn from_flags(just_print: bool, question: bool, touch: bool) -> Self {
        if question {
            Self::Question
        } else if just_print {
            Self::DryRun
        } else if touch {
            Self::Touch
        } else {
            Self::Apply
        }
    }

    /// Whether this mode may change anything (locks, journal, resume, actions).
    pub fn applies(self) -> bool {
        self == Self::Apply
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_wins_then_dry_run_then_touch() {
        assert_eq!(RunMode::from_flags(true, true, true), RunMode::Question);
        assert_eq!(RunMode::from_flags(true, false, true), RunMode::DryRun);
        assert_eq!(RunMode::from_flags(false, false, true), RunMode::Touch);
        assert_eq!(RunMode::from_flags(false, false, false), RunMode::Apply);
        assert!(RunMode::Apply.applies());
        assert!(!RunMode::Question.applies() && !RunMode::Touch.applies());
    }
}
