//! A real SMTP server for tests: Debian's aiosmtpd (`apt-get install python3-aiosmtpd`) in a
//! process of its own, one per test, on a port the kernel picks. It keeps every message it
//! accepts as a file, with the envelope and the headers and body as Python's `email` package
//! reads them, so that the tests check our messages with a decoder that is not ours.
//!
//! Recipients whose address contains `reject` are refused for good (`550`), those containing
//! `busy` for now (`451`), to test how refusals are classified.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

/// The server: binds 127.0.0.1 on a free port, writes that port to `<dir>/port` once it
/// listens, and each accepted message to `<dir>/NNNNNN.json` (written to a temporary name,
/// then renamed). It exits when its standard input closes, so that it does not outlive a test
/// process that dies without running `Drop`.
const SERVER: &str = r#"
import asyncio, email, email.policy, json, os, sys, threading
try:
    from aiosmtpd.smtp import SMTP
except ImportError:
    sys.exit(3)

out = sys.argv[1]

def write(name, data):
    temporary = os.path.join(out, "." + name + ".tmp")
    with open(temporary, "wb") as f:
        f.write(data)
    os.rename(temporary, os.path.join(out, name))

class Handler:
    count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "reject" in address:
            return "550 5.1.1 No such mailbox here"
        if "busy" in address:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        Handler.count += 1
        record = {
            "envelope_from": envelope.mail_from,
            "envelope_to": envelope.rcpt_tos,
            "from": str(message.get("From", "")),
            "to": str(message.get("To", "")),
            "subject": str(message.get("Subject", "")),
            "message_id": str(message.get("Message-ID", "")),
            "body": body.get_content() if body is not None else "",
            "raw": raw.decode("utf-8", "replace"),
        }
        write("%06d.json" % Handler.count, json.dumps(record).encode())
        return "250 Message accepted"

def watch_parent():
    sys.stdin.read()
    os._exit(0)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Handler(), decode_data=False), "127.0.0.1", 0)
    write("port", str(server.sockets[0].getsockname()[1]).encode())
    threading.Thread(target=watch_parent, daemon=True).start()
    await server.serve_forever()

asyncio.run(main())
"#;

/// One message the server accepted.
#[derive(Debug, Clone, Deserialize)]
pub struct ReceivedMail {
    /// `MAIL FROM` and `RCPT TO`.
    pub envelope_from: String,
    pub envelope_to: Vec<String>,
    /// The headers, decoded.
    pub from: String,
    pub to: String,
    pub subject: String,
    pub message_id: String,
    /// The text, transfer encoding undone.
    pub body: String,
    /// The message as it came over the wire.
    pub raw: String,
}

pub struct SmtpServer {
    pub port: u16,
    dir: PathBuf,
    child: Child,
}

impl SmtpServer {
    /// Starts a server and waits until it listens. Fails the test, saying what to install,
    /// when no Python has aiosmtpd.
    pub async fn start() -> Self {
        let dir = std::env::temp_dir().join(format!("crossclaim_smtp_{}", ulid::Ulid::new()));
        std::fs::create_dir_all(&dir).expect("a folder for the SMTP server");
        let mut tried = Vec::new();
        for python in pythons() {
            match Self::start_with(&python, &dir).await {
                Ok(server) => return server,
                Err(why) => tried.push(format!("{python}: {why}")),
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        panic!(
            "the e-mail tests need a real SMTP server, aiosmtpd: install it with \
             `apt-get install python3-aiosmtpd` (or name a Python that has it in SMTP_TEST_PYTHON); \
             tried {}",
            tried.join("; ")
        );
    }

    async fn start_with(python: &str, dir: &Path) -> Result<Self, String> {
        let stderr = std::fs::File::create(dir.join("stderr")).map_err(|e| e.to_string())?;
        let child = Command::new(python)
            .args(["-c", SERVER])
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .map_err(|e| format!("cannot run it ({e})"))?;
        let mut server = Self { port: 0, dir: dir.to_path_buf(), child };
        let started = Instant::now();
        loop {
            if let Some(port) = std::fs::read_to_string(dir.join("port")).ok().and_then(|p| p.trim().parse().ok()) {
                server.port = port;
                return Ok(server);
            }
            if let Some(status) = server.child.try_wait().map_err(|e| e.to_string())? {
                let why = match status.code() {
                    Some(3) => "no aiosmtpd module".to_string(),
                    _ => format!("exited with {status}: {}", server.stderr()),
                };
                return Err(why);
            }
            if started.elapsed() > Duration::from_secs(20) {
                return Err(format!("did not listen within 20 s: {}", server.stderr()));
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// `smtp://127.0.0.1:<port>`: plain SMTP, as `SMTP_URL` names a local server.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message accepted so far, oldest first.
    pub fn received(&self) -> Vec<ReceivedMail> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("the SMTP server's folder")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|path| {
                let text = std::fs::read_to_string(path).expect("a received message");
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            })
            .collect()
    }

    /// The first message that satisfies `predicate`, waiting up to `timeout` for it.
    pub async fn wait_for(&self, predicate: impl Fn(&ReceivedMail) -> bool, timeout: Duration) -> ReceivedMail {
        let started = Instant::now();
        loop {
            let received = self.received();
            if let Some(mail) = received.iter().find(|m| predicate(m)) {
                return mail.clone();
            }
            if started.elapsed() > timeout {
                let subjects: Vec<_> = received.iter().map(|m| (&m.to, &m.subject)).collect();
                panic!("no such message within {timeout:?}; received (to, subject): {subjects:?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Stops the server; its port refuses connections afterwards.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.join("stderr")).unwrap_or_default()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The Pythons to try: `SMTP_TEST_PYTHON`, then Debian's (where `apt-get install
/// python3-aiosmtpd` puts the module, even when another `python3` comes first on the PATH),
/// then `python3`.
fn pythons() -> Vec<String> {
    let mut candidates: Vec<String> = std::env::var("SMTP_TEST_PYTHON").into_iter().collect();
    candidates.extend(["/usr/bin/python3".to_string(), "python3".to_string()]);
    candidates.dedup();
    candidates
}
