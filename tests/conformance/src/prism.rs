//! A Prism mock server for one spec.
//!
//! Prism validates every request against the spec (on by default in mock mode) and answers a
//! violating one with the spec's own 400/422 response, or a generated 422 (401 for missing
//! credentials) when the spec has none; the `sl-violations` header lists what was wrong.
//! `--errors` also turns violations of the mock's *response* (an example that does not match its
//! schema) into a 500, so a bad spec example fails the test instead of being decoded.
//!
//! The server stops by itself: it runs under a small `sh` guard that kills it when the test
//! process closes the guard's stdin (on drop, or when the test process dies for any reason), and
//! under `timeout`, so it never outlives [`MAX_LIFETIME`].

use std::fs::{self, File};
use std::io::Read as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Prism needs a few seconds to load a spec; a loaded CI machine may need far more.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(90);
const POLL_INTERVAL: Duration = Duration::from_millis(100);
/// A server is killed after this long whatever happens to the test.
pub const MAX_LIFETIME: Duration = Duration::from_secs(600);
const LOG_TAIL_LINES: usize = 40;

/// Kills the server when stdin reaches end of file (the test closed it or died) and passes on
/// the server's exit status otherwise. Background lists get /dev/null as stdin unless redirected
/// explicitly, hence fd 3.
const GUARD: &str = r#"exec 3<&0
"$@" </dev/null &
server=$!
{ read -r _ <&3; kill "$server" 2>/dev/null; } &
reader=$!
wait "$server"
status=$?
kill "$reader" 2>/dev/null
exit "$status""#;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root exists")
}

/// Where `cargo xtask test` installs Prism.
pub fn prism_bin() -> PathBuf {
    root().join("tools/node_modules/.bin/prism")
}

/// Whether the Prism tests can run: `Ok(true)` if Prism is installed, `Ok(false)` (after saying
/// so) if it is not and `PAYGEN_TOOLS=skip` (`cargo xtask test --skip-tools`), an error otherwise.
pub fn available(test: &str) -> Result<bool, String> {
    if prism_bin().exists() {
        return Ok(true);
    }
    if std::env::var("PAYGEN_TOOLS").is_ok_and(|v| v == "skip") {
        crate::report(&format!(
            "{test}: skipped (PAYGEN_TOOLS=skip and Prism is not installed)"
        ));
        return Ok(false);
    }
    Err(format!(
        "Prism is not installed at {}: run `cargo xtask test` (it installs the pinned tools), \
         or set PAYGEN_TOOLS=skip to skip the Prism tests",
        prism_bin().display()
    ))
}

/// Static examples, or random schema-valid bodies from a seed.
#[derive(Clone, Copy, Debug)]
pub enum Mode<'a> {
    /// Serves the spec's examples.
    Static,
    /// `--dynamic --seed <seed>`: the same request always gets the same random body.
    Dynamic { seed: &'a str },
}

/// A running `prism mock`. Stopped when dropped.
pub struct PrismServer {
    child: Child,
    stdin: Option<ChildStdin>,
    port: u16,
    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub base_url: String,
    /// Prism's stdout and stderr, for a failing test to show.
    pub log_path: PathBuf,
}

impl PrismServer {
    /// Starts `prism mock` for `specs/<vendor>.yaml` on a free loopback port and waits until it
    /// accepts connections.
    pub fn start(vendor: &str, mode: Mode<'_>) -> Result<PrismServer, String> {
        let root = root();
        let bin = prism_bin();
        if !bin.exists() {
            return Err(format!(
                "Prism not installed at {}: run `cargo xtask test`",
                bin.display()
            ));
        }
        let spec = root.join("specs").join(format!("{vendor}.yaml"));
        if !spec.is_file() {
            return Err(format!("spec {} not found", spec.display()));
        }
        let port = free_port()?;
        let log_path = log_path(&root, vendor, mode, port);
        // Prism reloads a spec that changes on disk (and refuses connections meanwhile): serve a
        // private copy so editing specs/ during a run cannot disturb it. Every `$ref` is local.
        let copy = log_path.with_extension("yaml");
        fs::create_dir_all(copy.parent().expect("log path has a parent"))
            .and_then(|_| fs::copy(&spec, &copy))
            .map_err(|e| format!("copying {} to {}: {e}", spec.display(), copy.display()))?;
        let (child, stdin) = spawn(&bin, &root, &copy, port, mode, &log_path)?;
        let mut server = PrismServer {
            child,
            stdin: Some(stdin),
            port,
            base_url: String::new(),
            log_path,
        };
        // On error `server` drops here, which stops Prism.
        server.wait_until_ready()?;
        server.base_url = format!("http://127.0.0.1:{port}");
        Ok(server)
    }

    /// The last lines of Prism's log, for error messages.
    pub fn log_tail(&self) -> String {
        let mut text = String::new();
        match File::open(&self.log_path).and_then(|mut f| f.read_to_string(&mut text)) {
            Ok(_) => tail(&text, LOG_TAIL_LINES),
            Err(err) => format!("(could not read {}: {err})", self.log_path.display()),
        }
    }

    fn wait_until_ready(&mut self) -> Result<(), String> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            if let Some(status) = self
                .child
                .try_wait()
                .map_err(|e| format!("checking on prism: {e}"))?
            {
                return Err(format!(
                    "prism exited during startup ({status}); log {}:\n{}",
                    self.log_path.display(),
                    self.log_tail()
                ));
            }
            if TcpStream::connect_timeout(&addr, POLL_INTERVAL).is_ok() {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "prism did not accept connections on port {} within {}s; log {}:\n{}",
                    self.port,
                    STARTUP_TIMEOUT.as_secs(),
                    self.log_path.display(),
                    self.log_tail()
                ));
            }
            thread::sleep(POLL_INTERVAL);
        }
    }
}

impl Drop for PrismServer {
    fn drop(&mut self) {
        // Closing the guard's stdin makes it stop Prism and exit; kill it if it lingers.
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The flags, in one place so they can be read against `prism mock --help`.
pub fn prism_args(spec: &Path, port: u16, mode: Mode<'_>) -> Vec<String> {
    let mut args: Vec<String> = vec![
        "mock".into(),
        "--host".into(),
        "127.0.0.1".into(),
        "--port".into(),
        port.to_string(),
        // Violations of the spec by the mock's own response become 500 errors.
        "--errors".into(),
    ];
    if let Mode::Dynamic { seed } = mode {
        args.extend(["--dynamic".into(), "--seed".into(), seed.into()]);
    }
    args.push(spec.display().to_string());
    args
}

fn spawn(
    bin: &Path,
    root: &Path,
    spec: &Path,
    port: u16,
    mode: Mode<'_>,
    log_path: &Path,
) -> Result<(Child, ChildStdin), String> {
    let log_dir = log_path.parent().expect("log path has a parent");
    fs::create_dir_all(log_dir).map_err(|e| format!("creating {}: {e}", log_dir.display()))?;
    let log =
        File::create(log_path).map_err(|e| format!("creating {}: {e}", log_path.display()))?;
    let log_err = log
        .try_clone()
        .map_err(|e| format!("duplicating the log handle: {e}"))?;
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(GUARD)
        .arg("prism-guard")
        .arg("timeout")
        .arg("--kill-after=5")
        .arg(MAX_LIFETIME.as_secs().to_string())
        .arg(bin)
        .args(prism_args(spec, port, mode))
        .current_dir(root)
        .env("CI", "true")
        .stdin(Stdio::piped())
        .stdout(log)
        .stderr(log_err)
        .spawn()
        .map_err(|e| format!("starting {}: {e}", bin.display()))?;
    let stdin = child.stdin.take().expect("stdin is piped");
    Ok((child, stdin))
}

/// Asks the OS for a free port. Another process could take it before Prism binds it; then Prism
/// exits with EADDRINUSE and `start` reports that with the log.
fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("binding 127.0.0.1:0: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

/// target/prism/<vendor>[-dynamic-<seed>]-<port>.log.
fn log_path(root: &Path, vendor: &str, mode: Mode<'_>, port: u16) -> PathBuf {
    let mode = match mode {
        Mode::Static => String::new(),
        Mode::Dynamic { seed } => format!("-dynamic-{seed}"),
    };
    root.join("target")
        .join("prism")
        .join(format!("{vendor}{mode}-{port}.log"))
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_for_static_and_dynamic_mocks() {
        let args = prism_args(Path::new("specs/a.yaml"), 4010, Mode::Static);
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
        let args = prism_args(Path::new("a.yaml"), 1, Mode::Dynamic { seed: "s" });
        assert!(args.windows(3).any(|w| w == ["--dynamic", "--seed", "s"]));
        assert_eq!(args.last().unwrap(), "a.yaml");
    }

    #[test]
    fn log_path_names_vendor_mode_and_port() {
        assert_eq!(
            log_path(Path::new("/r"), "aurpay", Mode::Dynamic { seed: "x" }, 4011),
            Path::new("/r/target/prism/aurpay-dynamic-x-4011.log")
        );
    }
}
