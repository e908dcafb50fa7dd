//! Errors while entering rules, with GNU make's exact wording.

use super::Location;

/// A fatal problem with a rule line. Print it as [`RuleError::gnu_line`] and exit 2.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RuleError {
    /// `a:` and `a::` for the same target.
    #[error("target file '{name}' has both : and :: entries")]
    MixedColons { name: String, loc: Location },
    /// `a: : b` (static pattern rule with an empty target pattern).
    #[error("missing target pattern")]
    MissingTargetPattern { loc: Location },
    /// `a b &:` without a recipe.
    #[error("grouped targets must provide a recipe")]
    GroupedNoRecipe { loc: Location },
    /// A static pattern rule whose target pattern has no `%`.
    #[error("target pattern contains no '%'")]
    NoPercent { loc: Location },
    /// `%.o a.o: ...`: the first target is a pattern and another is not.
    #[error("mixed implicit and normal rules")]
    MixedImplicitNormal { loc: Location },
    /// `%.o a.o: %.o: %.c`: the first target is a pattern in a static pattern rule.
    #[error("mixed implicit and static pattern rules")]
    MixedImplicitStatic { loc: Location },
}

impl RuleError {
    /// Where the error is.
    pub fn loc(&self) -> &Location {
        match self {
            Self::MixedColons { loc, .. }
            | Self::NoPercent { loc }
            | Self::MixedImplicitNormal { loc }
            | Self::MixedImplicitStatic { loc }
            | Self::GroupedNoRecipe { loc }
            | Self::MissingTargetPattern { loc } => loc,
        }
    }

    /// The line GNU make prints (without program name): `Makefile:2: *** ....  Stop.`
    pub fn gnu_line(&self) -> String {
        format!("{}: *** {}.  Stop.", self.loc(), self)
    }
}
