//! The portal and the sandbox partner as separate processes of the real binary, for tests
//! that need another process (delivery across processes) or a crash (SIGKILL).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A port nothing listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Polls `check` every 50 ms until it returns `Some`, or fails the test after `limit`.
pub async fn wait_for<T, F, Fut>(what: &str, limit: Duration, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(start.elapsed() < limit, "timed out after {limit:?} waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_crossclaim"));
    command
        .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
        .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .env("RUST_LOG", std::env::var("TEST_PROCESS_LOG").unwrap_or_else(|_| "warn".into()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(if std::env::var("TEST_PROCESS_LOG").is_ok() { Stdio::inherit() } else { Stdio::null() });
    command
}

/// Whether `url` answers with a success, asking with `token` when given: a refusal (`401`
/// included) is not healthy.
pub async fn healthy(url: &str, token: Option<&str>) -> bool {
    let mut request = reqwest::Client::new().get(url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.is_ok_and(|r| r.status().is_success())
}

#[tokio::test]
async fn a_refusal_is_not_healthy() {
    let app = crate::helpers::spawn_app().await;
    assert!(healthy(&app.url("/health"), None).await);
    assert!(!healthy(&app.url("/api/v1/claims"), None).await, "401 is not healthy");
    assert!(!healthy(&app.url("/nowhere"), None).await);
    assert!(!healthy(&format!("http://127.0.0.1:{}/health", free_port()), None).await);
}

/// The sandbox partner service in its own process.
pub struct SandboxProcess {
    pub url: String,
    admin_token: String,
    child: Child,
}

impl SandboxProcess {
    /// Starts the sandbox on `port`, for the portal at `platform_url`, sharing `secret`.
    pub async fn start(port: u16, secret: &str, platform_url: &str, step_ms: u64) -> Self {
        let child = binary()
            .args(["sandbox", "--listen", &format!("127.0.0.1:{port}"), "--platform-url", platform_url])
            .args(["--sandbox-step-ms", &step_ms.to_string()])
            .env("SANDBOX_SECRET", secret)
            .spawn()
            .expect("the sandbox starts");
        let url = format!("http://127.0.0.1:{port}/sandbox");
        let master = crossclaim::webhooks::Secret::parse(secret).unwrap();
        let mut process = Self { url, admin_token: crossclaim::sandbox::admin_token(&master), child };
        let probe = format!("{}/_admin/cases", process.url);
        // generous: a machine busy building and testing may be slow to start a process
        let start = Instant::now();
        while !healthy(&probe, Some(&process.admin_token)).await {
            if let Ok(Some(status)) = process.child.try_wait() {
                panic!("the sandbox exited before it listened on port {port} ({status}): was the port taken?");
            }
            assert!(start.elapsed() < Duration::from_secs(60), "timed out after 60s waiting for the sandbox to listen");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        process
    }

    /// Every case the sandbox holds, and how many hand-over requests it received.
    pub async fn cases(&self) -> Value {
        reqwest::Client::new()
            .get(format!("{}/_admin/cases", self.url))
            .bearer_auth(&self.admin_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// Tells the sandbox to misbehave (see `crossclaim::sandbox::Behaviour`).
    pub async fn behave(&self, behaviour: Value) {
        let response = reqwest::Client::new()
            .post(format!("{}/_admin/behaviour", self.url))
            .bearer_auth(&self.admin_token)
            .json(&behaviour)
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
    }

    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The portal in its own process.
pub struct PortalProcess {
    pub url: String,
    child: Child,
}

impl PortalProcess {
    pub async fn start(args: &[String]) -> Self {
        let port = free_port();
        let child = binary()
            .arg("serve")
            .args(args)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .spawn()
            .expect("the portal starts");
        let process = Self { url: format!("http://127.0.0.1:{port}"), child };
        let probe = format!("{}/health", process.url);
        wait_for("the portal to listen", Duration::from_secs(30), || {
            let probe = probe.clone();
            async move { healthy(&probe, None).await.then_some(()) }
        })
        .await;
        process
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The process's resident memory, in KiB, as the kernel counts it.
    pub fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).expect("/proc status");
        let line = status.lines().find(|l| l.starts_with("VmRSS:")).expect("VmRSS");
        line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a number of KiB")
    }

    /// SIGKILL: no shutdown, no flushing, like a crash.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for PortalProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
