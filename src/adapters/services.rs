//! systemd, through its command-line contract: `systemctl daemon-reload / enable / restart
//! --no-block / is-active / show -p ActiveState --value` and `journalctl -u UNIT -o json`
//! (the last entry's `__CURSOR`, taken before a restart, then `-f --after-cursor=C` to follow
//! only what comes after). Programs are found on `PATH` and run through
//! [`super::process`]; the journal is read as JSON, one entry a line.

use camino::{Utf8Path, Utf8PathBuf};

use super::line_stream::LineStream;
use super::process::{self, Command, Limit, ProcessError};

/// Why systemd cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("`{0}` is not on PATH (IS_SYSTEMD=yes needs systemd)")]
    Missing(&'static str),
    #[error(transparent)]
    Process(#[from] ProcessError),
    #[error("journalctl printed an entry that is not JSON: {0}")]
    BadEntry(String),
}

/// One journal entry, the fields xmake reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub cursor: Option<String>,
    /// `SYSLOG_IDENTIFIER` (`post-docker.sh`, `systemd`).
    pub identifier: String,
    pub message: String,
}

impl Entry {
    /// Reads one line of `journalctl -o json`. `MESSAGE` may be an array of bytes (journald's
    /// form for a message that is not UTF-8): it is decoded lossily.
    pub fn parse(line: &str) -> Result<Self, ServiceError> {
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|_| ServiceError::BadEntry(shorten(line)))?;
        let text = |key: &str| match value.get(key) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Array(bytes)) => {
                let bytes: Vec<u8> = bytes
                    .iter()
                    .filter_map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                    .collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            _ => String::new(),
        };
        let cursor = Some(text("__CURSOR")).filter(|c| !c.is_empty());
        Ok(Self {
            cursor,
            identifier: text("SYSLOG_IDENTIFIER"),
            message: text("MESSAGE"),
        })
    }

    /// The line as `journalctl -o short` would end it: `identifier: message`, unless the
    /// message already starts with its identifier (post-docker.sh writes its own prefix).
    pub fn display(&self) -> String {
        if self.identifier.is_empty() || self.message.starts_with(&self.identifier) {
            self.message.clone()
        } else {
            format!("{}: {}", self.identifier, self.message)
        }
    }
}

fn shorten(line: &str) -> String {
    line.chars().take(120).collect()
}

/// A change to systemd's units (journaled as part of an action; both are safe to repeat).
/// The service manager is the host's; enabling is a change to unit files, so under a root
/// prefix it is made there (`systemctl --root=DIR enable`), as systemctl itself offers.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UnitCall {
    /// `systemctl daemon-reload`: read changed unit files.
    DaemonReload,
    /// `systemctl [--root=DIR] enable UNIT`.
    Enable { unit: String, root: Utf8PathBuf },
}

/// `--root=DIR` for systemctl's unit-file commands under a root prefix.
fn root_arg(root: &Utf8Path) -> Vec<String> {
    if root == "/" {
        Vec::new()
    } else {
        vec![format!("--root={root}")]
    }
}

impl UnitCall {
    /// The unit it names (`""` for a reload).
    pub fn unit(&self) -> &str {
        match self {
            UnitCall::DaemonReload => "",
            UnitCall::Enable { unit, .. } => unit,
        }
    }

    /// One line for plans: the command as it will run.
    pub fn describe(&self) -> String {
        Systemd::find_or_names().command_for(self).line()
    }

    /// Runs it.
    pub fn apply(&self) -> Result<(), ServiceError> {
        Systemd::find()?
            .command_for(self)
            .output_bounded(Limit::CHANGE)?;
        Ok(())
    }
}

/// The two programs, found on `PATH`.
#[derive(Clone, Debug)]
pub struct Systemd {
    systemctl: Utf8PathBuf,
    journalctl: Utf8PathBuf,
}

impl Systemd {
    /// `systemctl` and `journalctl` from `PATH`.
    pub fn find() -> Result<Self, ServiceError> {
        Ok(Self {
            systemctl: process::find("systemctl").ok_or(ServiceError::Missing("systemctl"))?,
            journalctl: process::find("journalctl").ok_or(ServiceError::Missing("journalctl"))?,
        })
    }

    /// As [`Systemd::find`], but with the bare names when a program is missing (for plans).
    pub fn find_or_names() -> Self {
        Self::find().unwrap_or_else(|_| Self {
            systemctl: "systemctl".into(),
            journalctl: "journalctl".into(),
        })
    }

    fn systemctl(&self, args: &[&str]) -> Command {
        Command::new(&self.systemctl).args(args.iter().copied())
    }

    pub fn daemon_reload(&self) -> Result<(), ServiceError> {
        self.systemctl(&["daemon-reload"])
            .output_bounded(Limit::CHANGE)?;
        Ok(())
    }

    pub fn enable(&self, unit: &str) -> Result<(), ServiceError> {
        self.systemctl(&["enable", unit])
            .output_bounded(Limit::CHANGE)?;
        Ok(())
    }

    /// `systemctl [--root=DIR] is-enabled UNIT`: `enabled` (exit 0) or anything else (exit 1)
    /// is an answer.
    pub fn is_enabled(&self, unit: &str, root: &Utf8Path) -> Result<bool, ServiceError> {
        let command = self
            .systemctl(&[])
            .args(root_arg(root))
            .args(["is-enabled", unit]);
        match command.output_bounded(Limit::ANSWER) {
            Ok(out) => Ok(out.trim() == "enabled"),
            Err(e) if e.code() == Some(1) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// The command a [`UnitCall`] runs.
    pub fn command_for(&self, call: &UnitCall) -> Command {
        match call {
            UnitCall::DaemonReload => self.systemctl(&["daemon-reload"]),
            UnitCall::Enable { unit, root } => self
                .systemctl(&[])
                .args(root_arg(root))
                .args(["enable", unit.as_str()]),
        }
    }

    /// `systemctl restart --no-block UNIT`: queues the restart and returns (a oneshot unit's
    /// start would otherwise block until it ends, up to its own timeout).
    pub fn restart_command(&self, unit: &str) -> Command {
        self.systemctl(&["restart", "--no-block", unit])
    }

    pub fn restart(&self, unit: &str) -> Result<(), ServiceError> {
        self.restart_command(unit).output_bounded(Limit::CHANGE)?;
        Ok(())
    }

    /// `systemctl is-active UNIT`: exit 0 means active; 3 (any other state) is an answer,
    /// not an error.
    pub fn is_active(&self, unit: &str) -> Result<bool, ServiceError> {
        match self
            .systemctl(&["is-active", unit])
            .output_bounded(Limit::ANSWER)
        {
            Ok(_) => Ok(true),
            Err(e) if e.code() == Some(3) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// `systemctl show -p ActiveState --value UNIT`: `active`, `activating`, `failed`, …
    pub fn active_state(&self, unit: &str) -> Result<String, ServiceError> {
        let out = self
            .systemctl(&["show", "-p", "ActiveState", "--value", unit])
            .output_bounded(Limit::ANSWER)?;
        Ok(out.trim().to_owned())
    }

    /// `journalctl -u UNIT -o json -n 1 --no-pager`: the command reading the unit's last entry.
    pub fn cursor_command(&self, unit: &str) -> Command {
        Command::new(&self.journalctl).args(["-u", unit, "-o", "json", "-n", "1", "--no-pager"])
    }

    /// The cursor of the unit's last journal entry (`None` when it has none yet): what
    /// follows it is what the next start logs.
    pub fn cursor(&self, unit: &str) -> Result<Option<String>, ServiceError> {
        let out = self.cursor_command(unit).output_bounded(Limit::LIST)?;
        match out.lines().rev().find(|l| !l.trim().is_empty()) {
            Some(line) => Ok(Entry::parse(line)?.cursor),
            None => Ok(None),
        }
    }

    /// `journalctl -u UNIT -o json --no-pager -f` after `cursor` (or, without one, from the
    /// unit's first entry: `--no-tail`).
    pub fn follow_command(&self, unit: &str, cursor: Option<&str>) -> Command {
        let cmd =
            Command::new(&self.journalctl).args(["-u", unit, "-o", "json", "--no-pager", "-f"]);
        match cursor {
            Some(c) => cmd.arg(format!("--after-cursor={c}")),
            None => cmd.arg("--no-tail"),
        }
    }

    /// Starts following the unit's journal after `cursor`; lines are JSON entries.
    pub fn follow(&self, unit: &str, cursor: Option<&str>) -> Result<LineStream, ServiceError> {
        Ok(LineStream::start(
            &self.follow_command(unit, cursor),
            false,
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_read_journald_json() {
        let e = Entry::parse(
            r#"{"__CURSOR":"s=a;i=5","SYSLOG_IDENTIFIER":"systemd","MESSAGE":"Started X."}"#,
        )
        .unwrap();
        assert_eq!(e.cursor.as_deref(), Some("s=a;i=5"));
        assert_eq!(e.display(), "systemd: Started X.");
        let bytes = Entry::parse(r#"{"MESSAGE":[104,105,255],"SYSLOG_IDENTIFIER":"p"}"#).unwrap();
        assert_eq!(bytes.message, "hi\u{fffd}");
        assert!(Entry::parse("not json").is_err());
    }

    #[test]
    fn the_follow_command_starts_after_the_cursor() {
        let s = Systemd::find_or_names();
        let line = s
            .follow_command("post-docker.service", Some("s=x;i=1"))
            .line();
        assert!(
            line.ends_with("-u post-docker.service -o json --no-pager -f '--after-cursor=s=x;i=1'"),
            "{line}"
        );
        assert!(s.follow_command("u", None).line().ends_with("-f --no-tail"));
    }
}
