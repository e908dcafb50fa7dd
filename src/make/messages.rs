//! Every message text GNU make 4.3 prints for the language, in one place, byte for byte.
//! Fatal errors render as `FILE:LINE: *** TEXT.  Stop.` (or `PROG: *** TEXT.  Stop.` without a
//! location); warnings as `FILE:LINE: TEXT`.

use std::fmt;

/// Where in a makefile something happened. The file name is shared by every location in
/// the file (each line read and each variable defined has one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub file: FileName,
    pub line: usize,
}

/// A makefile's name as [`Location`]s carry it: one allocation shared by every location in
/// the file, read as a `&str`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FileName(std::rc::Rc<str>);

impl std::ops::Deref for FileName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for FileName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for FileName {
    fn from(s: &str) -> Self {
        Self(s.into())
    }
}

impl From<String> for FileName {
    fn from(s: String) -> Self {
        Self(s.into())
    }
}

impl From<std::rc::Rc<str>> for FileName {
    fn from(s: std::rc::Rc<str>) -> Self {
        Self(s)
    }
}

impl FileName {
    /// The shared name itself (the rule database's locations hold the same allocation).
    pub fn shared(&self) -> std::rc::Rc<str> {
        std::rc::Rc::clone(&self.0)
    }
}

impl From<FileName> for String {
    fn from(f: FileName) -> Self {
        f.0.as_ref().to_owned()
    }
}

impl PartialEq<str> for FileName {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl fmt::Display for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A fatal error of the language: GNU make stops with exit status 2.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Fatal {
    #[error("missing separator")]
    MissingSeparator,
    #[error("missing separator (did you mean TAB instead of 8 spaces?)")]
    MissingSeparatorSpaces,
    #[error("recipe commences before first target")]
    RecipeBeforeTarget,
    #[error("missing rule before recipe")]
    MissingRuleBeforeRecipe,
    #[error("empty variable name")]
    EmptyVariableName,
    #[error("Recursive variable '{0}' references itself (eventually)")]
    RecursiveVariable(String),
    #[error("unterminated variable reference")]
    UnterminatedReference,
    #[error("unterminated call to function '{0}': missing '{1}'")]
    UnterminatedCall(String, char),
    #[error("insufficient number of arguments ({0}) to function '{1}'")]
    InsufficientArgs(usize, String),
    #[error("non-numeric {0} argument to '{1}' function: '{2}'")]
    NonNumeric(&'static str, &'static str, String),
    #[error("first argument to 'word' function must be greater than 0")]
    WordZero,
    #[error("invalid first argument to 'wordlist' function: '{0}'")]
    WordlistFirst(String),
    #[error("extraneous '{0}'")]
    Extraneous(&'static str),
    #[error("missing 'endif'")]
    MissingEndif,
    #[error("missing 'endef', unterminated 'define'")]
    MissingEndef,
    #[error("invalid syntax in conditional")]
    InvalidConditional,
    #[error("only one 'else' per conditional")]
    OnlyOneElse,
    #[error("empty variable name")]
    EmptyDefineName,
    #[error("file: missing filename")]
    FileMissingName,
    #[error("file: invalid file operation: {0}")]
    FileBadOp(String),
    #[error("open: {0}: {1}")]
    FileOpen(String, String),
    #[error("target pattern contains no '%'")]
    NoPercent,
    #[error("mixed implicit and normal rules: deprecated syntax")]
    MixedRules,
    #[error("multiple target patterns")]
    MultipleTargetPatterns,
    #[error("missing target pattern")]
    MissingTargetPattern,
    #[error("Malformed target-specific variable definition")]
    MalformedTargetVar,
    #[error("mixed implicit and static pattern rules")]
    MixedStaticRules,
    #[error("target '{0}' doesn't match the target pattern")]
    TargetNoMatch(String),
    #[error("prerequisites cannot be defined in recipes")]
    PrereqsInRecipe,
    #[error("{0}: No such file or directory")]
    NoSuchFile(String),
    #[error("No targets specified and no makefile found")]
    NoTargetsNoMakefile,
    #[error("No targets")]
    NoTargets,
    /// `$(error TEXT)`: the text as written.
    #[error("{0}")]
    User(String),
    /// An already worded message (e.g. from the engine).
    #[error("{0}")]
    Other(String),
    #[error("unknown output-sync type '{0}'")]
    UnknownOutputSync(String),
    #[error("unknown debug level specification '{0}'")]
    UnknownDebugLevel(String),
    #[error(".DEFAULT_GOAL contains more than one target")]
    DefaultGoalMultiple,
    #[error("{0}: Is a directory")]
    IsADirectory(String),
    #[error("No rule to make target '{0}'")]
    NoRule(String),
    /// `-C DIR` failed: `DIR: <strerror>`.
    #[error("{0}: {1}")]
    Chdir(String, String),
    /// xmake's guard where GNU make would overflow its stack.
    #[error("expansion nested too deeply (infinite recursion?)")]
    TooDeep,
    /// xmake's guard where GNU make would overflow its stack: a makefile that includes
    /// itself, directly or through others.
    #[error("makefiles included too deeply (a makefile including itself?)")]
    IncludeTooDeep,
    /// A complete line, printed as is.
    #[error("{0}")]
    Line(String),
}

/// A fatal error with the makefile position GNU make reports it at.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{fatal}")]
pub struct MakeError {
    pub fatal: Fatal,
    pub location: Option<Location>,
}

impl MakeError {
    pub fn new(fatal: Fatal, location: Option<Location>) -> Self {
        Self { fatal, location }
    }

    /// GNU make's line for this error: `Makefile:3: *** missing separator.  Stop.`
    pub fn render(&self, program: &str) -> String {
        if let Fatal::Line(line) = &self.fatal {
            return line.clone();
        }
        match &self.location {
            Some(loc) => format!("{loc}: *** {}.  Stop.", self.fatal),
            None => format!("{program}: *** {}.  Stop.", self.fatal),
        }
    }
}

/// The warning `$(warning)` and the reader print: `FILE:LINE: TEXT` (or `PROG: TEXT`).
pub fn warning(program: &str, location: Option<&Location>, text: &str) -> String {
    match location {
        Some(loc) => format!("{loc}: {text}"),
        None => format!("{program}: {text}"),
    }
}

/// `--warn-undefined-variables`.
pub fn undefined_variable(name: &str) -> String {
    format!("warning: undefined variable '{name}'")
}

/// A non-fatal complaint about text after a directive.
pub fn extraneous_text(directive: &str) -> String {
    format!("extraneous text after '{directive}' directive")
}

/// A missing `include`d makefile that is not fatal yet (make tries to remake it first).
pub fn include_missing(name: &str) -> String {
    format!("{name}: No such file or directory")
}

/// `-w`, `-C`, sub-makes: the line before anything else.
pub fn entering(program: &str, dir: &str) -> String {
    format!("{program}: Entering directory '{dir}'")
}

/// The matching line at the end.
pub fn leaving(program: &str, dir: &str) -> String {
    format!("{program}: Leaving directory '{dir}'")
}

/// A NUL byte in a makefile line.
pub const NUL_SEEN: &str = "warning: NUL character seen; rest of line ignored";

/// `make -v`. The first line keeps GNU's shape (`GNU Make 4.3 …`) because build scripts test
/// it (`make --version | head -1`); the rest says plainly that this is xmake, not GNU make.
pub const VERSION: &str = concat!(
    "GNU Make 4.3 compatible: xmake ",
    env!("CARGO_PKG_VERSION"),
    "
Built for x86_64-pc-linux-gnu
xmake is a reimplementation, not GNU make; report xmake bugs to the xmake project,
not to bug-make@gnu.org.
"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_gnu_make() {
        let loc = Location {
            file: "Makefile".into(),
            line: 3,
        };
        let e = MakeError::new(Fatal::MissingSeparator, Some(loc));
        assert_eq!(
            e.render("make"),
            "Makefile:3: *** missing separator.  Stop."
        );
        let e = MakeError::new(Fatal::UnterminatedCall("foo".into(), ')'), None);
        assert_eq!(
            e.render("xmake"),
            "xmake: *** unterminated call to function 'foo': missing ')'.  Stop."
        );
    }
}
