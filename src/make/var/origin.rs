//! Where a variable's value came from: the answer `$(origin VAR)` prints, and the ranking that
//! decides whether a new definition may replace an old one (GNU make manual, "The origin Function").

/// A variable's origin, exactly the words `$(origin)` returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    Default,
    Environment,
    EnvironmentOverride,
    File,
    CommandLine,
    Override,
    Automatic,
}

impl Origin {
    /// The text `$(origin)` prints for this origin.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Default => "default",
            Origin::Environment => "environment",
            Origin::EnvironmentOverride => "environment override",
            Origin::File => "file",
            Origin::CommandLine => "command line",
            Origin::Override => "override",
            Origin::Automatic => "automatic",
        }
    }

    /// GNU make's precedence: a definition replaces an existing variable only when its origin
    /// ranks at least as high (`override` beats the command line, which beats the makefile,
    /// which beats the environment unless `-e`).
    pub fn rank(self) -> u8 {
        match self {
            Origin::Default => 0,
            Origin::Environment => 1,
            Origin::File => 2,
            Origin::EnvironmentOverride => 3,
            Origin::CommandLine => 4,
            Origin::Override => 5,
            Origin::Automatic => 6,
        }
    }
}

/// How a variable expands: `=`/`define` are recursive, `:=`/`::=` simple.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flavor {
    Recursive,
    Simple,
}

impl Flavor {
    /// The text `$(flavor)` prints.
    pub fn as_str(self) -> &'static str {
        match self {
            Flavor::Recursive => "recursive",
            Flavor::Simple => "simple",
        }
    }
}

/// A variable's `export` state: unset means "follow `.EXPORT_ALL_VARIABLES`/defaults".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Export {
    #[default]
    Default,
    Yes,
    No,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_outranks_command_line_which_outranks_file() {
        assert!(Origin::Override.rank() > Origin::CommandLine.rank());
        assert!(Origin::CommandLine.rank() > Origin::File.rank());
        assert!(Origin::EnvironmentOverride.rank() > Origin::File.rank());
        assert!(Origin::File.rank() > Origin::Environment.rank());
        assert_eq!(Origin::EnvironmentOverride.as_str(), "environment override");
    }
}
