//! Harness for tests that need a real desktop around them.
//!
//! Each test starts what it needs (a private D-Bus session, an unlocked
//! gnome-keyring, an X server, a PulseAudio server, tauri-driver) inside a
//! throw-away home folder, and everything is stopped by its process id when
//! the handles drop, also when the test fails. Nothing here touches the
//! developer's own keyring, display or sound.

pub mod desktop;
pub mod flows;
pub mod process;
pub mod window;

pub use desktop::{Desktop, DesktopOptions, SoundCapture};
pub use window::{app_binary, AppWindow};

use std::path::{Path, PathBuf};

/// Holds the SQLite database at `path` the way another program could: an
/// exclusive lock until the returned connection is dropped.
pub fn hold_exclusively(path: &Path) -> rusqlite::Connection {
    let holder = rusqlite::Connection::open(path).unwrap();
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .unwrap();
    holder
}

/// The cargo target directory the tests were built into.
pub fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        let dir = PathBuf::from(dir);
        return if dir.is_absolute() {
            dir
        } else {
            workspace_root().join(dir)
        };
    }
    workspace_root().join("target")
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits inside the workspace")
        .to_path_buf()
}

/// Every file under `dir` whose bytes contain `needle`.
pub fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() {
                let bytes = std::fs::read(&path).unwrap_or_default();
                if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                    found.push(path);
                }
            }
        }
    }
    found
}
