//! Stopping a process the tests started, and every process it started in
//! turn, each by its id: never by name, which could hit a developer's own
//! programs or another test run.

use std::fs;
use std::process::{Child, Command};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A process as `/proc` shows it. The start time tells it apart from a
/// later process that happens to get the same id.
#[derive(Debug, Clone, Copy)]
struct Process {
    pid: u32,
    parent: u32,
    started: u64,
}

impl Process {
    /// The process with this id, unless it has ended (or is a zombie).
    fn read(pid: u32) -> Option<Self> {
        let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // `pid (name) state ppid …`: the name may hold spaces and brackets,
        // so the fields are counted from after its last `)`.
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        if fields.first() == Some(&"Z") {
            return None;
        }
        Some(Self {
            pid,
            parent: fields.get(1)?.parse().ok()?,
            started: fields.get(19)?.parse().ok()?,
        })
    }

    fn is_running(&self) -> bool {
        Self::read(self.pid).is_some_and(|now| now.started == self.started)
    }
}

/// Every running process below `root`, however deep.
fn descendants(root: u32) -> Vec<Process> {
    let all: Vec<Process> = fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse().ok())
        .filter_map(Process::read)
        .collect();
    let mut found: Vec<Process> = Vec::new();
    let mut parents = vec![root];
    while let Some(parent) = parents.pop() {
        for process in all.iter().filter(|p| p.parent == parent) {
            parents.push(process.pid);
            found.push(*process);
        }
    }
    found
}

/// The ids of `root` and every process below it: an app and the WebKit
/// processes it started, say.
pub fn tree(root: u32) -> Vec<u32> {
    std::iter::once(root)
        .chain(descendants(root).iter().map(|process| process.pid))
        .collect()
}

pub(crate) fn signal(name: &str, pid: u32) {
    // A process that has just ended is fine: nothing to say about it.
    let _ = Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status();
}

/// Stops `child` and everything below it (tauri-driver starts WebKit's
/// driver, which starts the app). SIGTERM first, so each can clean up
/// (Xvfb removes its lock file); SIGKILL after 3 s for any still running.
pub fn stop(child: &mut Child) {
    if child.try_wait().ok().flatten().is_some() {
        return;
    }
    let below = descendants(child.id());
    signal("TERM", child.id());
    for process in &below {
        signal("TERM", process.pid);
    }
    let deadline = Instant::now() + Duration::from_secs(3);
    let mut ended = false;
    while Instant::now() < deadline {
        ended = ended || child.try_wait().ok().flatten().is_some();
        if ended && !below.iter().any(Process::is_running) {
            return;
        }
        sleep(Duration::from_millis(20));
    }
    for process in below.iter().filter(|p| p.is_running()) {
        signal("KILL", process.pid);
    }
    let _ = child.kill();
    let _ = child.wait();
}
