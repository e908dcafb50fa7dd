//! Where a rule or recipe line came from, for GNU make's messages
//! (`make: *** [Makefile:4: x] Error 1`, `Makefile:2: warning: ...`).

use std::fmt;
use std::rc::Rc;

/// A makefile name and a 1-based line number. Built-in rules use the file name `<builtin>`
/// (GNU prints `[<builtin>: x]`), which [`Location::builtin`] produces.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Location {
    /// The makefile as GNU names it (the name given to `-f` or read by `include`).
    pub file: Rc<str>,
    /// 1-based line; 0 for built-in rules, which print no line number.
    pub line: u32,
}

impl Location {
    /// A location in a makefile.
    pub fn new(file: impl Into<Rc<str>>, line: u32) -> Self {
        Self {
            file: file.into(),
            line,
        }
    }

    /// The location of built-in rules.
    pub fn builtin() -> Self {
        Self::new("<builtin>", 0)
    }

    /// True for built-in rules.
    pub fn is_builtin(&self) -> bool {
        self.line == 0
    }
}

impl fmt::Display for Location {
    /// `Makefile:4`, or `<builtin>` for built-in rules.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_builtin() {
            f.write_str(&self.file)
        } else {
            write!(f, "{}:{}", self.file, self.line)
        }
    }
}
