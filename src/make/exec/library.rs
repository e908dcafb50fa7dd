//! `-lNAME` prerequisites (GNU make manual 4.4.6, "Directory Search for Link Libraries";
//! remake.c, `library_search`). A prerequisite `-lNAME` that is not a file is looked for as
//! each `.LIBPATTERNS` word with `%` replaced by NAME (`libNAME.so libNAME.a` by default): in
//! the current directory (the first pattern found there wins at once), then through
//! `vpath`/`VPATH`, then in the standard library directories. Among the finds of all the
//! patterns the earliest directory wins: a `vpath` directive before a later one, any of them
//! before `VPATH`, which comes before the standard directories, taken in their order.

use super::engine::Engine;
use crate::make::graph::NodeId;

/// The standard directories of GNU make 4.3 as Debian builds it (its `dirs` list with the
/// multiarch directory and `LIBDIR`), in search order.
fn standard_dirs() -> [String; 4] {
    [
        "/lib".to_owned(),
        "/usr/lib".to_owned(),
        format!("/usr/lib/{}-linux-gnu", std::env::consts::ARCH),
        "/usr/local/lib".to_owned(),
    ]
}

/// Where a find sits in GNU's search order; smaller is earlier.
type Rank = (usize, usize);

impl Engine<'_> {
    /// The file a `-lNAME` prerequisite names, when one is found.
    pub(super) fn library_lookup(&mut self, name: &str, vpath_var: &[String]) -> Option<String> {
        let lib = name.strip_prefix("-l")?;
        let patterns = self
            .exp
            .value(".LIBPATTERNS", &super::Scope::default())
            .ok()
            .flatten()
            .unwrap_or_default();
        let mut best: Option<(Rank, String)> = None;
        for pattern in patterns.split_ascii_whitespace() {
            let Some((before, after)) = pattern.split_once('%') else {
                super::report::err(&format!(
                    "{}: .LIBPATTERNS element '{pattern}' is not a pattern",
                    self.opts.program
                ));
                continue;
            };
            let file = format!("{before}{lib}{after}");
            if self.file_exists(&file) {
                return Some(file);
            }
            if let Some((rank, path)) = self.earliest_find(&file, vpath_var) {
                if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                    best = Some((rank, path));
                }
            }
        }
        best.map(|(_, path)| path)
    }

    /// The earliest place `file` exists in: `vpath` directives, `VPATH`, then the standard
    /// directories.
    fn earliest_find(&self, file: &str, vpath_var: &[String]) -> Option<(Rank, String)> {
        let directives = self.db.vpaths().entries().len();
        let ranked = self.db.vpaths().ranked_dirs_for(file);
        let general = vpath_var
            .iter()
            .enumerate()
            .map(|(i, d)| ((directives, i), d.as_str()));
        let standard = standard_dirs();
        let standard = standard
            .iter()
            .enumerate()
            .map(|(i, d)| ((usize::MAX - 8 + i, 0), d.as_str()));
        ranked
            .into_iter()
            .chain(general)
            .chain(standard)
            .map(|(rank, dir)| (rank, format!("{}/{file}", dir.trim_end_matches('/'))))
            .find(|(_, path)| self.file_exists(path))
    }
}

impl Engine<'_> {
    /// A `-lNAME` file that was just remade and still is no file: GNU looks for the library
    /// again when it next needs the time (`f_mtime`'s `library_search`) and rehashes the
    /// file under what it finds (file.c `rehash_file`). Only when the makefiles know a file
    /// of that name (a target, a prerequisite, a special target's or target-specific
    /// variable's name) is `-lNAME` merged into it and so renamed (`$^` then says the
    /// library's name); otherwise the file keeps its name, since a remade file ignores its
    /// search name. When the known file has a recipe of its own, GNU keeps the `-lNAME`
    /// one and says so, at that recipe's line.
    pub(super) fn library_after_remake(&mut self, id: NodeId) {
        let n = &self.g.nodes[id];
        if !n.ran || !n.name.starts_with("-l") || n.path() != &*n.name {
            return;
        }
        if self.file_exists(&n.name) {
            return;
        }
        let name = n.name.clone();
        let vpath = self.vpath_var();
        let Some(found) = self.library_lookup(&name, &vpath) else {
            return;
        };
        if self.db.file(&found).is_none() {
            return;
        }
        self.g.nodes[id].set_path(&found);
        let n = &self.g.nodes[id];
        let ours = n.stages.iter().find_map(|st| st.recipe.clone());
        let theirs = self
            .db
            .file(&found)
            .and_then(|f| f.rules.iter().find_map(|r| r.recipe.clone()));
        let (Some(ours), Some(theirs)) = (ours, theirs) else {
            return;
        };
        if std::rc::Rc::ptr_eq(&ours, &theirs) {
            return;
        }
        let (Some(at), Some(other)) = (recipe_start(&ours), recipe_start(&theirs)) else {
            return;
        };
        for line in [
            format!(
                "Recipe was specified for file '{name}' at {}:{},",
                other.file, other.line
            ),
            format!("but '{name}' is now considered the same file as '{found}'."),
            format!("Recipe for '{found}' will be ignored in favor of the one for '{name}'."),
        ] {
            super::report::err(&format!("{}:{}: {line}", at.file, at.line));
        }
    }
}

/// Where GNU says a recipe is: its first line (the rule's line for a `;` recipe).
fn recipe_start(r: &crate::make::rule::Recipe) -> Option<crate::make::rule::Location> {
    r.lines
        .first()
        .map(|l| l.loc.clone())
        .or_else(|| r.rule_loc.clone())
        .filter(|l| l.line > 0)
}
