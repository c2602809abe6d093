//! A Prism mock server for one spec, for the generated clients' tests.
//!
//! Prism validates every request against the spec (on by default in mock mode) and
//! answers a violating one with the spec's own 400/422 response, or a generated 422
//! (401 for missing credentials) when the spec has none; the `sl-violations` header
//! lists what was wrong. `--errors` also turns violations of the mock's *response* (an
//! example that does not match its schema) into a 500, so a bad spec example fails the
//! test instead of being decoded. The server is killed when the `PrismServer` drops.

use std::fs::{self, File};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::tools;

/// Prism needs a few seconds to load a spec; a loaded CI machine may need far more.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);
const POLL_INTERVAL: Duration = Duration::from_millis(100);
/// Fixed seed so `--dynamic` bodies are the same on every run.
const DYNAMIC_SEED: &str = "paygen";
const LOG_TAIL_LINES: usize = 40;

pub struct PrismServer {
    child: Child,
    pub port: u16,
    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub base_url: String,
    /// Prism's stdout and stderr, for a failing test to show.
    pub log_path: PathBuf,
}

impl PrismServer {
    /// Starts `prism mock` on a free loopback port and waits until it accepts
    /// connections. `dynamic` generates bodies from the schemas instead of serving the
    /// spec's examples.
    pub fn start(root: &Path, spec: &Path, dynamic: bool) -> Result<PrismServer> {
        let bin = tools::prism_bin(root);
        if !bin.exists() {
            bail!(
                "prism not installed at {}: run `cargo xtask test` (ensure_node_tools installs it)",
                bin.display()
            );
        }
        let spec = root.join(spec);
        if !spec.is_file() {
            bail!("spec {} not found", spec.display());
        }
        let port = free_port()?;
        let log_path = log_path(root, &spec, dynamic, port);
        let child = spawn_prism(&bin, root, &spec, port, dynamic, &log_path)?;
        let mut server = PrismServer {
            child,
            port,
            base_url: format!("http://127.0.0.1:{port}"),
            log_path,
        };
        // On error `server` drops here, which kills Prism.
        server.wait_until_ready()?;
        Ok(server)
    }

    /// The last lines of Prism's log, for error messages.
    pub fn log_tail(&self) -> String {
        read_tail(&self.log_path)
    }

    fn wait_until_ready(&mut self) -> Result<()> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().context("checking on prism")? {
                bail!(
                    "prism exited during startup ({status}); log {}:\n{}",
                    self.log_path.display(),
                    self.log_tail()
                );
            }
            if TcpStream::connect_timeout(&addr, POLL_INTERVAL).is_ok() {
                return Ok(());
            }
            if Instant::now() >= deadline {
                bail!(
                    "prism did not accept connections on port {} within {}s; log {}:\n{}",
                    self.port,
                    STARTUP_TIMEOUT.as_secs(),
                    self.log_path.display(),
                    self.log_tail()
                );
            }
            thread::sleep(POLL_INTERVAL);
        }
    }
}

impl Drop for PrismServer {
    fn drop(&mut self) {
        // Already exited is fine; waiting reaps the process so none is left behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The flags, in one place so they can be read against `prism mock --help`.
fn prism_args(spec: &Path, port: u16, dynamic: bool) -> Vec<String> {
    let mut args: Vec<String> = vec![
        "mock".into(),
        "--host".into(),
        "127.0.0.1".into(),
        "--port".into(),
        port.to_string(),
        // Violations of the spec by the mock's own response become 500 errors.
        "--errors".into(),
    ];
    if dynamic {
        args.extend(["--dynamic".into(), "--seed".into(), DYNAMIC_SEED.into()]);
    }
    args.push(spec.display().to_string());
    args
}

fn spawn_prism(
    bin: &Path,
    root: &Path,
    spec: &Path,
    port: u16,
    dynamic: bool,
    log_path: &Path,
) -> Result<Child> {
    let log_dir = log_path.parent().expect("log path has a parent");
    fs::create_dir_all(log_dir).with_context(|| format!("creating {}", log_dir.display()))?;
    let log = File::create(log_path).with_context(|| format!("creating {}", log_path.display()))?;
    let log_err = log
        .try_clone()
        .context("duplicating the prism log handle")?;
    Command::new(bin)
        .args(prism_args(spec, port, dynamic))
        .current_dir(root)
        .env("CI", "true")
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err)
        .spawn()
        .with_context(|| format!("starting {}", bin.display()))
}

/// Asks the OS for a free port. Another process could take it before Prism binds it;
/// then Prism exits with EADDRINUSE and `start` reports that with the log.
fn free_port() -> Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("binding 127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// `target/prism/<spec-stem>[-dynamic]-<port>.log`: the port keeps servers that run at
/// the same time (parallel tests) out of each other's logs.
fn log_path(root: &Path, spec: &Path, dynamic: bool, port: u16) -> PathBuf {
    let stem = spec
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mode = if dynamic { "-dynamic" } else { "" };
    root.join("target")
        .join("prism")
        .join(format!("{stem}{mode}-{port}.log"))
}

fn read_tail(path: &Path) -> String {
    match fs::read(path) {
        Ok(bytes) => tools::tail(&String::from_utf8_lossy(&bytes), LOG_TAIL_LINES),
        Err(err) => format!("(could not read the log: {err})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_for_static_mock() {
        let args = prism_args(Path::new("specs/a.yaml"), 4010, false);
        assert_eq!(
            args,
            [
                "mock",
                "--host",
                "127.0.0.1",
                "--port",
                "4010",
                "--errors",
                "specs/a.yaml"
            ]
        );
    }

    #[test]
    fn args_for_dynamic_mock_are_seeded() {
        let args = prism_args(Path::new("a.yaml"), 1, true);
        assert!(args
            .windows(3)
            .any(|w| w == ["--dynamic", "--seed", DYNAMIC_SEED]));
        assert_eq!(args.last().unwrap(), "a.yaml");
    }

    #[test]
    fn log_path_names_spec_mode_and_port() {
        let root = Path::new("/r");
        assert_eq!(
            log_path(root, Path::new("/r/specs/aurpay.yaml"), true, 4011),
            Path::new("/r/target/prism/aurpay-dynamic-4011.log")
        );
        assert_eq!(
            log_path(root, Path::new("specs/raise.yaml"), false, 9),
            Path::new("/r/target/prism/raise-9.log")
        );
    }

    #[test]
    fn free_port_is_nonzero() {
        assert_ne!(free_port().unwrap(), 0);
    }
}
