//! The container engine over the docker-compatible command line (`podman` or `docker`):
//! which one (`XMAKE_CONTAINER_ENGINE`, else the first of podman and docker whose `version`
//! call works), queries (image id, a label) and the calls that change the engine's images,
//! as data ([`EngineCall`]) so plans can show them and the journal can record them. Every
//! call is one `--verbose` line (see [`super::process`]).
//!
//! Podman builds use `--isolation chroot`: it needs no container runtime, so images build
//! where containers cannot run.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use camino::{Utf8Path, Utf8PathBuf};
use serde::{Deserialize, Serialize};

use super::checksum::{self, ChecksumError};
use super::process::{self, Command, Limit, ProcessError};
use super::progress::{self, Progress};

/// Chooses the engine program (a name on `PATH` or a path).
pub const ENV: &str = "XMAKE_CONTAINER_ENGINE";
/// Tried in this order when [`ENV`] is not set.
pub const CANDIDATES: [&str; 2] = ["podman", "docker"];

/// Which command line dialect the engine speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Podman,
    Docker,
}

/// A working container engine.
#[derive(Clone, Debug)]
pub struct Engine {
    pub program: Utf8PathBuf,
    pub kind: Kind,
}

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("no container engine: none of {tried} answers `version` (install podman or docker, or set XMAKE_CONTAINER_ENGINE)")]
    NotFound { tried: String },
    #[error("{ENV}={program} does not work: {source}")]
    Chosen {
        program: String,
        source: ProcessError,
    },
    #[error(transparent)]
    Call(#[from] ProcessError),
    #[error(transparent)]
    Checksum(#[from] ChecksumError),
    #[error("{0}")]
    Other(String),
}

/// A change to the engine's images, as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EngineCall {
    /// Import the root filesystem tarball `tar` as `reference`, after checking it against
    /// `sha256` (the bytes imported are the bytes verified: one open file), with `labels`.
    Import {
        tar: Utf8PathBuf,
        sha256: String,
        reference: String,
        labels: BTreeMap<String, String>,
    },
    /// Give the image `source` the extra name `target`.
    Tag { source: String, target: String },
    /// Build `context` (with its `Dockerfile`) as `tag`.
    Build {
        context: Utf8PathBuf,
        dockerfile: Utf8PathBuf,
        build_args: BTreeMap<String, String>,
        labels: BTreeMap<String, String>,
        tag: String,
        no_cache: bool,
    },
    /// Save `reference` to `file`: written under a temporary name, read back for its
    /// checksum, `file.sha256` written, then renamed into place.
    Save {
        reference: String,
        file: Utf8PathBuf,
    },
    /// Remove the image `reference` names (a name or an image id) from the engine (nothing to
    /// do when it is not there). By id, the engine refuses an image that has more than one
    /// name or a container: it never removes an image under a name that moved to it.
    Remove { reference: String },
    /// Take the name `reference` off the image `image` (an id) only: the engine refuses when
    /// the name is not on that image (podman's `untag`; docker has no such call).
    Untag { image: String, reference: String },
}

impl Engine {
    /// The engine this run uses: chosen once per process.
    pub fn shared() -> Result<&'static Engine, String> {
        static ENGINE: OnceLock<Result<Engine, String>> = OnceLock::new();
        ENGINE
            .get_or_init(|| Engine::detect().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// `XMAKE_CONTAINER_ENGINE`, else the first of [`CANDIDATES`] whose `version` works (a
    /// `docker` without a daemon does not count).
    pub fn detect() -> Result<Engine, EngineError> {
        if let Some(chosen) = std::env::var(ENV).ok().filter(|v| !v.trim().is_empty()) {
            let program = process::find(chosen.trim()).unwrap_or_else(|| chosen.trim().into());
            return Engine::probe(&program).map_err(|source| EngineError::Chosen {
                program: chosen,
                source,
            });
        }
        for name in CANDIDATES {
            if let Some(program) = process::find(name) {
                match Engine::probe(&program) {
                    Ok(engine) => return Ok(engine),
                    Err(e) => tracing::info!("{name} is not usable: {e}"),
                }
            }
        }
        Err(EngineError::NotFound {
            tried: CANDIDATES.join(", "),
        })
    }

    /// Runs `program version`; the engine is podman when it says so.
    pub fn probe(program: &Utf8Path) -> Result<Engine, ProcessError> {
        let out = Command::new(program)
            .arg("version")
            .output_bounded(Limit::ANSWER)?;
        let kind = if out.to_ascii_lowercase().contains("podman")
            || program.file_name().is_some_and(|n| n.contains("podman"))
        {
            Kind::Podman
        } else {
            Kind::Docker
        };
        Ok(Engine {
            program: program.to_owned(),
            kind,
        })
    }

    fn command(&self) -> Command {
        Command::new(&self.program)
    }

    /// The image id `reference` names, or `None` when the engine has no such image.
    pub fn image_id(&self, reference: &str) -> Result<Option<String>, EngineError> {
        self.inspect(reference, "{{.Id}}")
    }

    /// The names (`repository:tag`, podman's `localhost/` dropped) the image `image` has now;
    /// empty when the engine does not have it.
    pub fn image_names(&self, image: &str) -> Result<Vec<String>, EngineError> {
        let Some(json) = self.inspect(image, "{{json .RepoTags}}")? else {
            return Ok(Vec::new());
        };
        let names: Vec<String> = serde_json::from_str::<Option<Vec<String>>>(&json)
            .map_err(|e| EngineError::Other(format!("the names of image {image}: {e}")))?
            .unwrap_or_default();
        Ok(names.iter().map(|n| local_name(n).to_owned()).collect())
    }

    /// The value of label `key` on `reference` (`None` when the image or the label is missing).
    pub fn label(&self, reference: &str, key: &str) -> Result<Option<String>, EngineError> {
        let format = format!("{{{{index .Config.Labels {}}}}}", go_string(key));
        self.inspect(reference, &format)
    }

    /// The running containers, one `ID IMAGE NAME` line each (an idle node has none).
    pub fn running_containers(&self) -> Result<Vec<String>, EngineError> {
        let out = self
            .command()
            .args(["ps", "--format", "{{.ID}} {{.Image}} {{.Names}}"])
            .output_bounded(Limit::LIST)?;
        Ok(super::process::nonempty_lines(&out))
    }

    /// Every `repository:tag` the engine holds (untagged images left out), with podman's
    /// `localhost/` prefix of short names dropped, so they read as the tree names them.
    pub fn image_references(&self) -> Result<Vec<String>, EngineError> {
        let out = self
            .command()
            .args(["images", "--format", "{{.Repository}}:{{.Tag}}"])
            .output_bounded(Limit::LIST)?;
        Ok(super::process::nonempty_lines(&out)
            .into_iter()
            .filter(|l| !l.contains("<none>"))
            .map(|l| local_name(&l).to_owned())
            .collect())
    }

    fn inspect(&self, reference: &str, format: &str) -> Result<Option<String>, EngineError> {
        let cmd = self
            .command()
            .args(["image", "inspect", "--format", format, "--", reference]);
        match cmd.output_bounded(Limit::LIST) {
            Ok(out) => {
                let value = out.trim();
                Ok((!value.is_empty() && value != "<no value>").then(|| value.to_owned()))
            }
            Err(e) if is_not_found(e.stderr_tail()) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The command line a call runs.
    pub fn command_for(&self, call: &EngineCall) -> Command {
        let c = self.command();
        match call {
            EngineCall::Import {
                reference, labels, ..
            } => {
                let mut c = c.arg("import");
                for (k, v) in labels {
                    c = c.arg("--change").arg(format!("LABEL {k}={}", go_string(v)));
                }
                c.args(["-", reference.as_str()])
            }
            EngineCall::Tag { source, target } => c.args(["tag", source, target]),
            EngineCall::Build {
                context,
                dockerfile,
                build_args,
                labels,
                tag,
                no_cache,
            } => {
                let mut c = c.arg("build");
                if self.kind == Kind::Podman {
                    c = c.args(["--isolation", "chroot"]);
                }
                if *no_cache {
                    c = c.arg("--no-cache");
                }
                for (k, v) in build_args {
                    c = c.arg("--build-arg").arg(format!("{k}={v}"));
                }
                for (k, v) in labels {
                    c = c.arg("--label").arg(format!("{k}={v}"));
                }
                c.args(["--tag", tag.as_str(), "--file", dockerfile.as_str()])
                    .arg(context.as_str())
            }
            EngineCall::Save { reference, file } => c
                .args(["save", "--output"])
                .arg(process_tmp(file).as_str())
                .arg(reference.as_str()),
            EngineCall::Remove { reference } => c.args(["image", "rm", "--", reference.as_str()]),
            EngineCall::Untag { image, reference } => {
                c.args(["untag", image.as_str(), reference.as_str()])
            }
        }
    }

    /// One line for plans (the command, with `<file` for what it reads on stdin).
    pub fn describe(&self, call: &EngineCall) -> String {
        let line = self.command_for(call).line();
        match call {
            EngineCall::Import { tar, sha256, .. } => {
                format!("{line} <{tar} (after checking its sha256 is {sha256})")
            }
            EngineCall::Save { file, .. } => {
                format!("{line}, then write {file}.sha256 and rename it to {file}")
            }
            _ => line,
        }
    }

    /// Makes the change. Safe to run again: an import or build names the same result, a save
    /// rewrites its file, removing a missing name does nothing.
    pub fn apply(&self, call: &EngineCall) -> Result<(), EngineError> {
        let cmd = self.command_for(call);
        match call {
            EngineCall::Import {
                tar,
                sha256,
                reference,
                ..
            } => {
                let (file, _) = checksum::verify_against(tar, sha256)?;
                let progress = Progress::working(&format!("importing {reference}"), None);
                cmd.run(Some(file))?;
                progress.finish();
            }
            EngineCall::Save { file, reference } => {
                let tmp = process_tmp(file);
                let _ = std::fs::remove_file(&tmp);
                super::fault::before_write().map_err(|e| EngineError::Other(e.to_string()))?;
                let name = file.file_name().unwrap_or("image.tar");
                let progress = Progress::working(
                    &format!("saving {reference} to {name}"),
                    Some(progress::file_size(&tmp)),
                );
                cmd.run(None)?;
                progress.finish();
                super::fault::mutated();
                finish_save(&tmp, file)?;
            }
            EngineCall::Remove { reference } => {
                if self.image_id(reference)?.is_some() {
                    cmd.run_within(None, Limit::CHANGE)?;
                }
            }
            EngineCall::Build { tag, .. } => {
                let progress = Progress::working(&format!("building {tag}"), None);
                cmd.run(None)?;
                progress.finish();
            }
            EngineCall::Untag { .. } if self.kind == Kind::Docker => {
                return Err(EngineError::Other(
                    "docker cannot take one name off a given image (it has no `untag`)".into(),
                ))
            }
            EngineCall::Tag { .. } | EngineCall::Untag { .. } => {
                cmd.run_within(None, Limit::CHANGE)?;
            }
        }
        Ok(())
    }
}

/// Reads the written archive back for its checksum, writes `file.sha256`, renames the
/// archive into place.
fn finish_save(tmp: &Utf8Path, file: &Utf8Path) -> Result<(), EngineError> {
    let other = |e: std::io::Error| EngineError::Other(format!("{tmp}: {e}"));
    let mut open = checksum::open_regular(tmp).map_err(other)?;
    let name = file.file_name().unwrap_or("image.tar");
    let sum = checksum::hash_open(&mut open, &format!("checksumming {name}")).map_err(other)?;
    drop(open);
    super::fs::write_atomic(
        &checksum::sidecar(file),
        checksum::line(&sum, name).as_bytes(),
        0o644,
    )
    .map_err(other)?;
    std::fs::rename(tmp, file).map_err(other)?;
    super::fault::mutated();
    Ok(())
}

/// Reading `manifest.json` out of a saved archive: a small file, but tar may read the whole
/// archive (gigabytes, maybe on shared storage) to find it.
const MANIFEST: Limit = Limit {
    bytes: 1 << 20,
    time: std::time::Duration::from_mins(30),
};

/// The image id a saved archive (`docker save` / `podman save` format) holds: its
/// `manifest.json`'s `Config` digest, read with tar (bounded) from `archive`, the file as
/// xmake opened and verified it (rewound here; tar never opens the name, which another
/// writer of shared storage could have replaced since). `None` when there is none.
pub fn saved_image_id(mut archive: std::fs::File) -> Result<Option<String>, EngineError> {
    use std::io::Seek as _;
    archive
        .rewind()
        .map_err(|e| EngineError::Other(format!("cannot read the saved archive: {e}")))?;
    let tar =
        process::find("tar").ok_or_else(|| EngineError::Other("tar is not installed".into()))?;
    let text = Command::new(tar)
        .args(["-xOf", "-", "manifest.json"])
        .output_bounded_from(archive, MANIFEST)?;
    let doc: serde_json::Value = match serde_json::from_str(&text) {
        Ok(doc) => doc,
        Err(_) => return Ok(None),
    };
    let config = doc
        .get(0)
        .and_then(|m| m.get("Config"))
        .and_then(serde_json::Value::as_str)
        .unwrap_or("");
    let hex: String = config
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".json")
        .to_owned();
    let ok = hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit());
    Ok(ok.then_some(hex))
}

/// An image id without its `sha256:` prefix (docker prints it, podman does not).
pub fn bare_id(id: &str) -> &str {
    id.strip_prefix("sha256:").unwrap_or(id)
}

/// Where a save writes before the rename.
fn process_tmp(file: &Utf8Path) -> Utf8PathBuf {
    super::fs::temp_sibling(file, "saving")
}

/// A Go template string literal (for `--format` and LABEL values).
fn go_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// podman says "image not known", docker "No such image".
fn is_not_found(stderr: &str) -> bool {
    let s = stderr.to_ascii_lowercase();
    s.contains("image not known") || s.contains("no such image") || s.contains("not found")
}

/// An image name as the tree writes it: podman's `localhost/` prefix of short names dropped.
pub fn local_name(name: &str) -> &str {
    name.strip_prefix("localhost/").unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn podman() -> Engine {
        Engine {
            program: "podman".into(),
            kind: Kind::Podman,
        }
    }

    #[test]
    fn podman_builds_under_chroot_isolation_with_args_and_labels_in_order() {
        let call = EngineCall::Build {
            context: "/t/images/a/docker_build_path".into(),
            dockerfile: "/t/images/a/docker_build_path/Dockerfile".into(),
            build_args: BTreeMap::from([("BASE".into(), "xspot-base:1.0".into())]),
            labels: BTreeMap::from([("xmake.inputs".into(), "ab".into())]),
            tag: "a:latest".into(),
            no_cache: false,
        };
        assert_eq!(
            podman().command_for(&call).line(),
            "podman build --isolation chroot --build-arg BASE=xspot-base:1.0 --label xmake.inputs=ab \
             --tag a:latest --file /t/images/a/docker_build_path/Dockerfile /t/images/a/docker_build_path"
        );
        let docker = Engine {
            program: "docker".into(),
            kind: Kind::Docker,
        };
        assert!(!docker.command_for(&call).line().contains("isolation"));
    }

    #[test]
    fn an_import_reads_stdin_and_labels_the_image() {
        let call = EngineCall::Import {
            tar: "/d/1.0/base.tar".into(),
            sha256: "ab".into(),
            reference: "xspot-base:1.0".into(),
            labels: BTreeMap::from([("xmake.base-sha256".into(), "ab".into())]),
        };
        assert_eq!(
            podman().command_for(&call).line(),
            r#"podman import --change 'LABEL xmake.base-sha256="ab"' - xspot-base:1.0"#
        );
    }

    #[test]
    fn a_chosen_engine_that_does_not_work_is_an_error_naming_it() {
        let err = Engine::probe(Utf8Path::new("/bin/false")).unwrap_err();
        assert!(err.to_string().contains("/bin/false version"), "{err}");
    }
}
