//! Driving the real app: a virtual display (Xvfb), `tauri-driver` (which
//! starts Debian's WebKitWebDriver) and a small W3C WebDriver client over
//! HTTP. Every wait is bounded polling; nothing sleeps for timing.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Value};

/// The built app (`CARNET_APP_BIN`, set by `cargo xtask test`), or
/// `carnet-app` next to this test executable's target directory.
pub fn app_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("CARNET_APP_BIN") {
        return PathBuf::from(p);
    }
    let candidate =
        target_profile_dir().join(format!("carnet-app{}", std::env::consts::EXE_SUFFIX));
    assert!(
        candidate.exists(),
        "the app is not built: run `cargo build --workspace --bins` after building the UI (cargo xtask test does both)"
    );
    candidate
}

/// `tauri-driver` (`TAURI_DRIVER`, else from `PATH`).
fn tauri_driver() -> PathBuf {
    std::env::var_os("TAURI_DRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

/// `target/debug` (or the profile this test was built in).
pub fn target_profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    // target/debug/deps/it-HASH -> target/debug
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .expect("target directory")
}

/// Where screenshots go: `<target>/debug/e2e-screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    target_profile_dir().join("e2e-screenshots")
}

/// Polls `check` every 50 ms until it gives a value or `limit` passes.
pub fn poll<T>(limit: Duration, mut check: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(v) = check() {
            return Some(v);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// A child process killed (and reaped) when dropped.
#[derive(Debug)]
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        // tauri-driver's own child (WebKitWebDriver) would outlive it.
        let pid = self.0.id();
        let children =
            std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        let _ = self.0.kill();
        let _ = self.0.wait();
        for child in children.split_whitespace() {
            let _ = Command::new("kill")
                .arg(child)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// Whether another X server holds display `n`: its lock file names a
/// live process. A lock left by a server that was killed (as the tests'
/// own are, when dropped) names a dead one; Xvfb takes such a display
/// over by itself, so it counts as free, else the numbers run out after
/// a hundred runs.
fn display_held(n: u32) -> bool {
    let lock = format!("/tmp/.X{n}-lock");
    match std::fs::read_to_string(&lock) {
        Ok(text) => match text.trim().parse::<u32>() {
            Ok(pid) => Path::new(&format!("/proc/{pid}")).exists(),
            Err(_) => true,
        },
        // No lock: held only if a socket is there without one.
        Err(_) => Path::new(&format!("/tmp/.X11-unix/X{n}")).exists(),
    }
}

/// A virtual X display of its own (`Xvfb :N`), stopped when dropped.
#[derive(Debug)]
pub struct Xvfb {
    display: String,
    _child: Guard,
}

impl Xvfb {
    pub fn start() -> Xvfb {
        // A display number nobody holds: no lock file, no socket. Tests
        // run in parallel, so another may take the same number first:
        // Xvfb then exits at once, and the next number is tried.
        // Each test of this process takes its own numbers, so two tests
        // never race for one display; another process's are skipped by
        // their lock files, and a server that is not ours is never used.
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(90);
        for _ in 0..100 {
            let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            if display_held(n) {
                continue;
            }
            if let Some(x) = Self::try_display(n) {
                return x;
            }
        }
        panic!("no free X display number found after 100 tries");
    }

    fn try_display(n: u32) -> Option<Xvfb> {
        let display = format!(":{n}");
        let child = Command::new("Xvfb")
            .args([&display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb (cargo xtask setup installs it)");
        let mut child = Guard(child);
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
        let lock = PathBuf::from(format!("/tmp/.X{n}-lock"));
        let pid = child.0.id().to_string();
        let ready = poll(Duration::from_secs(20), || {
            if let Ok(Some(_)) = child.0.try_wait() {
                return Some(false);
            }
            // Ours only when the lock file names our server: a socket left
            // by another server on this number must not count.
            let owner = std::fs::read_to_string(&lock).unwrap_or_default();
            (socket.exists() && owner.trim() == pid).then_some(true)
        });
        match ready {
            Some(true) => Some(Xvfb {
                display,
                _child: child,
            }),
            Some(false) => None,
            None => panic!("Xvfb {display} did not start within 20 s"),
        }
    }

    pub fn display(&self) -> &str {
        &self.display
    }
}

/// `tauri-driver` on a free port, on `display`, with `env` passed on to
/// WebKitWebDriver and so to the app it starts.
#[derive(Debug)]
pub struct Driver {
    base: String,
    agent: ureq::Agent,
    _child: Guard,
}

impl Driver {
    pub fn start(display: &str, env: &[(&str, &Path)], log: &Path) -> Driver {
        let port = free_port();
        let native_port = free_port();
        let log_file = std::fs::File::create(log).expect("create the tauri-driver log");
        let child = Command::new(tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("DISPLAY", display)
            .env_remove("WAYLAND_DISPLAY")
            .envs(env.iter().map(|(k, v)| (*k, *v)))
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log file"))
            .stderr(log_file)
            .spawn()
            .expect("start tauri-driver (cargo xtask setup installs it)");
        let mut child = Guard(child);
        let base = format!("http://127.0.0.1:{port}");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        let ready = poll(Duration::from_secs(30), || {
            if let Ok(Some(status)) = child.0.try_wait() {
                panic!(
                    "tauri-driver exited at start with {status}: {}",
                    std::fs::read_to_string(log).unwrap_or_default()
                );
            }
            call(&agent, &base, "GET", "/status", None).ok().map(|_| ())
        });
        assert!(
            ready.is_some(),
            "tauri-driver did not answer /status within 30 s"
        );
        Driver {
            base,
            agent,
            _child: child,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        call(&self.agent, &self.base, method, path, body)
    }

    /// Opens a session: tauri-driver starts `app` and attaches to its webview.
    pub fn session(&self, app: &Path, name: &str) -> Session<'_> {
        let caps = json!({"capabilities": {"alwaysMatch": {
            "tauri:options": {"application": app.to_string_lossy()}
        }}});
        let value = self
            .call("POST", "/session", Some(caps))
            .unwrap_or_else(|e| panic!("open a WebDriver session on {}: {e}", app.display()));
        let id = value["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id in {value}"))
            .to_string();
        Session {
            driver: self,
            id,
            name: name.to_string(),
        }
    }
}

/// One WebDriver call; `Err` carries the error answer or the failure.
fn call(
    agent: &ureq::Agent,
    base: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> Result<Value, String> {
    let req = ureq::http::Request::builder()
        .method(method)
        .uri(format!("{base}{path}"))
        .header("Content-Type", "application/json")
        .body(body.map(|b| b.to_string()).unwrap_or_default())
        .map_err(|e| e.to_string())?;
    let mut resp = agent.run(req).map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let text = resp
        .body_mut()
        .with_config()
        .limit(64 << 20)
        .read_to_string()
        .map_err(|e| e.to_string())?;
    let value: Value = serde_json::from_str(&text).map_err(|e| format!("{e}: {text}"))?;
    if status == 200 {
        Ok(value["value"].clone())
    } else {
        Err(format!(
            "{method} {path}: HTTP {status}: {}",
            value["value"]
        ))
    }
}

/// An element reference of the W3C protocol.
#[derive(Debug, Clone)]
pub struct Element(String);

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A WebDriver session on the app's window; closes the app when dropped,
/// after saving a screenshot if the test is failing.
#[derive(Debug)]
pub struct Session<'d> {
    driver: &'d Driver,
    id: String,
    name: String,
}

/// How long a screen may take to appear (Argon2id runs before the logbook shows).
pub const WAIT: Duration = Duration::from_secs(60);

impl Session<'_> {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        self.driver
            .call(method, &format!("/session/{}{path}", self.id), body)
    }

    fn must(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, path, body)
            .unwrap_or_else(|e| self.fail(&e))
    }

    /// Saves a screenshot, then panics with `why`.
    pub fn fail(&self, why: &str) -> ! {
        let shot = self.screenshot("failure");
        panic!("{why} (screenshot: {shot:?})");
    }

    /// The first element matching `css` now, if any.
    pub fn find(&self, css: &str) -> Option<Element> {
        let v = self
            .call(
                "POST",
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .ok()?;
        v[ELEMENT_KEY].as_str().map(|id| Element(id.to_string()))
    }

    /// Waits (bounded) until an element matches `css`.
    pub fn wait_for(&self, css: &str) -> Element {
        poll(WAIT, || self.find(css))
            .unwrap_or_else(|| self.fail(&format!("nothing matched `{css}` within {WAIT:?}")))
    }

    /// Waits (bounded) until the text of an element matching `css` satisfies `check`.
    pub fn wait_for_text(&self, css: &str, check: impl Fn(&str) -> bool) -> String {
        poll(WAIT, || {
            let e = self.find(css)?;
            let text = self.text(&e);
            check(&text).then_some(text)
        })
        .unwrap_or_else(|| {
            self.fail(&format!(
                "`{css}` did not show the expected text within {WAIT:?}"
            ))
        })
    }

    /// Clicks the element's middle, as a finger would, after bringing it
    /// to the middle of the screen: WebKitWebDriver clicks an element
    /// that is only a few pixels into view at a point that misses it.
    pub fn click(&self, e: &Element) {
        let _ = self.call(
            "POST",
            "/execute/sync",
            Some(json!({
                "script": "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})",
                "args": [{ELEMENT_KEY: e.0}],
            })),
        );
        self.must("POST", &format!("/element/{}/click", e.0), Some(json!({})));
    }

    /// Clicks what matches `css` until `then` matches (at most 3 times, each
    /// followed by a bounded wait): a press that lands while the layout is
    /// still moving (a player loading its length) is a miss a person would
    /// simply repeat. Fails if `then` never shows.
    pub fn click_until(&self, css: &str, then: &str) {
        for _ in 0..3 {
            self.click(&self.wait_for(css));
            if poll(Duration::from_secs(5), || self.find(then)).is_some() {
                return;
            }
        }
        self.fail(&format!(
            "pressing `{css}` three times never showed `{then}`"
        ));
    }

    pub fn type_text(&self, e: &Element, text: &str) {
        self.must(
            "POST",
            &format!("/element/{}/value", e.0),
            Some(json!({"text": text})),
        );
    }

    /// Picks a file in an `<input type="file">`, as a person would in the
    /// file picker: W3C file upload is "send keys" with the absolute path
    /// (the input may be visually hidden behind a button).
    pub fn upload(&self, e: &Element, path: &Path) {
        let path = path
            .canonicalize()
            .unwrap_or_else(|err| self.fail(&format!("{}: {err}", path.display())));
        self.type_text(e, &path.to_string_lossy());
    }

    /// Resizes the window (e.g. to a 360×640 phone), so screenshots show
    /// the layout a small phone gets. `false` if the driver cannot.
    pub fn set_window_size(&self, width: u32, height: u32) -> bool {
        self.call(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        )
        .is_ok()
    }

    /// Empties an input (fires the events a person's deleting would).
    pub fn clear(&self, e: &Element) {
        self.must("POST", &format!("/element/{}/clear", e.0), Some(json!({})));
    }

    /// How many elements match `css` now.
    pub fn count(&self, css: &str) -> usize {
        self.call(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        )
        .ok()
        .and_then(|v| v.as_array().map(Vec::len))
        .unwrap_or(0)
    }

    /// Waits (bounded) until exactly `n` elements match `css`.
    pub fn wait_for_count(&self, css: &str, n: usize) {
        poll(WAIT, || (self.count(css) == n).then_some(())).unwrap_or_else(|| {
            self.fail(&format!(
                "`{css}` did not match {n} elements within {WAIT:?} (now {})",
                self.count(css)
            ))
        })
    }

    pub fn text(&self, e: &Element) -> String {
        self.call("GET", &format!("/element/{}/text", e.0), None)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// Runs `script` in the page and returns its value.
    pub fn execute(&self, script: &str) -> Value {
        self.must(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Runs `script` as an asynchronous script (W3C `/execute/async`):
    /// the page calls its last argument with the result, which is returned.
    /// Bounded by the session's script timeout (30 s unless changed).
    pub fn execute_async(&self, script: &str) -> Value {
        self.must(
            "POST",
            "/execute/async",
            Some(json!({"script": script, "args": []})),
        )
    }

    /// A PNG of the window as drawn (what a camera pointed at it sees).
    /// Not of one element: WebKitWebDriver crops element shots wrongly.
    pub fn window_png(&self) -> Vec<u8> {
        let b64 = self.must("GET", "/screenshot", None);
        base64::engine::general_purpose::STANDARD
            .decode(b64.as_str().unwrap_or_default())
            .unwrap_or_else(|err| self.fail(&format!("screenshot: {err}")))
    }

    /// Saves a PNG of the window under [`screenshot_dir`]; `None` if the
    /// driver could not take one.
    pub fn screenshot(&self, label: &str) -> Option<PathBuf> {
        let b64 = self.call("GET", "/screenshot", None).ok()?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(b64.as_str()?)
            .ok()?;
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).ok()?;
        let path = dir.join(format!("{}-{label}.png", self.name));
        std::fs::write(&path, png).ok()?;
        Some(path)
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.screenshot("failure");
        }
        let _ = self.call("DELETE", "", None);
    }
}
