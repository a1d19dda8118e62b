//! Recordings kept on this computer, so a call can be heard later and
//! offline: the service's links are short-lived.
//!
//! A download is treated as hostile until proven otherwise: `https` only
//! (plain `http` only to the Practice simulator's own address), a size limit
//! enforced while streaming, the bytes must decode as audio (checked with
//! the same decoder the player uses), and the file
//! name is made here (never from the link or the call id). The request
//! never carries the API key, redirects included: this client has none.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::client::transport_error;
use crate::{Error, RecordingProblem};

/// Far beyond any phone call's recording.
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

pub struct Recordings {
    folder: PathBuf,
    http: reqwest::Client,
    max_bytes: u64,
    plain_http_origin: Option<url::Origin>,
    /// Calls whose recording is being downloaded: one download per call.
    downloading: Arc<Mutex<HashSet<i64>>>,
}

/// How [`Recordings`] may fetch.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_bytes: u64,
    /// The one address plain `http` links may point at: the Practice
    /// simulator's. `None`: `https` only.
    pub plain_http_from: Option<String>,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: MAX_BYTES,
            plain_http_from: None,
        }
    }
}

impl Recordings {
    /// Recordings for real calls: `https` links only.
    pub fn new(folder: PathBuf) -> Result<Self, Error> {
        Self::with_limits(folder, Limits::default())
    }

    /// Opens the folder (made if missing) and removes downloads a crash
    /// left half-done: only one copy of the app runs, and this is made once
    /// at its start, so none is in progress.
    pub fn with_limits(folder: PathBuf, limits: Limits) -> Result<Self, Error> {
        std::fs::create_dir_all(&folder)
            .map_err(|error| refused(RecordingProblem::Folder, error))?;
        remove_partial_downloads(&folder);
        let origin = simulator_origin(limits.plain_http_from.as_deref());
        Self::build(folder, limits.max_bytes, origin, Arc::default())
    }

    /// The same folder for one engine: `https` links only, or for Practice
    /// mode also plain `http` from the simulator's own address. Downloads
    /// running through any of them are known to all, so one call never has
    /// two.
    pub fn for_engine(&self, plain_http_from: Option<&str>) -> Result<Self, Error> {
        Self::build(
            self.folder.clone(),
            self.max_bytes,
            simulator_origin(plain_http_from),
            self.downloading.clone(),
        )
    }

    fn build(
        folder: PathBuf,
        max_bytes: u64,
        plain_http_origin: Option<url::Origin>,
        downloading: Arc<Mutex<HashSet<i64>>>,
    ) -> Result<Self, Error> {
        let redirect_origin = plain_http_origin.clone();
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::custom(move |attempt| {
                // A redirect must meet the same rule as the link itself.
                if attempt.previous().len() >= 5
                    || !allowed(attempt.url(), redirect_origin.as_ref())
                {
                    attempt.stop()
                } else {
                    attempt.follow()
                }
            }))
            .build()
            .map_err(|error| Error::ConnectionSetupFailed {
                detail: error.to_string(),
            })?;
        Ok(Self {
            folder,
            http,
            max_bytes,
            plain_http_origin,
            downloading,
        })
    }

    /// Whether the call's recording is being downloaded right now.
    pub fn is_downloading(&self, id: i64) -> bool {
        self.downloading
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&id)
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Downloads the recording of the call with local id `id` and returns
    /// where it was kept.
    pub async fn download(&self, id: i64, link: &str) -> Result<PathBuf, Error> {
        self.download_with_progress(id, link, |_, _| {}).await
    }

    /// Like [`download`](Self::download), telling `progress` the bytes
    /// received so far and the total, when the server says it. A second
    /// download of the same call while one runs is refused.
    pub async fn download_with_progress(
        &self,
        id: i64,
        link: &str,
        progress: impl Fn(u64, Option<u64>),
    ) -> Result<PathBuf, Error> {
        let url =
            url::Url::parse(link).map_err(|error| refused(RecordingProblem::NotALink, error))?;
        if !allowed(&url, self.plain_http_origin.as_ref()) {
            return Err(refused(RecordingProblem::NotSecure, link));
        }
        let _downloading = DownloadGuard::take(&self.downloading, id)?;
        let partial = self.folder.join(format!("call-{id}.part"));
        let result = self.fetch(&url, &partial, &progress).await;
        let kept = result.and_then(|()| {
            let extension = sound_format(&partial)?;
            let file = self.folder.join(format!("call-{id}.{extension}"));
            std::fs::rename(&partial, &file)
                .map_err(|error| refused(RecordingProblem::NotSaved, error))
                .map(|()| file)
        });
        if kept.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        kept
    }

    async fn fetch(
        &self,
        url: &url::Url,
        partial: &Path,
        progress: &impl Fn(u64, Option<u64>),
    ) -> Result<(), Error> {
        use tokio::io::AsyncWriteExt;
        let mut response = self
            .http
            .get(url.clone())
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status();
        if !status.is_success() {
            let problem = match status.as_u16() {
                403 | 404 | 410 => RecordingProblem::Gone,
                code => RecordingProblem::Server { status: code },
            };
            return Err(refused(problem, status));
        }
        if response
            .content_length()
            .is_some_and(|length| length > self.max_bytes)
        {
            return Err(too_big(self.max_bytes));
        }
        let mut file = tokio::fs::File::create(partial)
            .await
            .map_err(|error| refused(RecordingProblem::NotSaved, error))?;
        let total = response.content_length();
        let mut written: u64 = 0;
        let mut reported: u64 = 0;
        while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
            written += chunk.len() as u64;
            // About every megabyte: often enough for a bar, rarely enough to be cheap.
            if written - reported >= 1024 * 1024 {
                reported = written;
                progress(written, total);
            }
            if written > self.max_bytes {
                return Err(too_big(self.max_bytes));
            }
            file.write_all(&chunk)
                .await
                .map_err(|error| refused(RecordingProblem::NotSaved, error))?;
        }
        file.sync_all()
            .await
            .map_err(|error| refused(RecordingProblem::NotSaved, error))?;
        Ok(())
    }
}

/// The origin plain `http` links may come from: the simulator's, and only
/// if it is on this computer.
fn simulator_origin(base: Option<&str>) -> Option<url::Origin> {
    base.and_then(|base| url::Url::parse(base).ok())
        .filter(crate::client::is_this_computer)
        .map(|url| url.origin())
}

/// `https`, or plain `http` to the one address given (the Practice
/// simulator's own).
fn allowed(url: &url::Url, plain_http_origin: Option<&url::Origin>) -> bool {
    match url.scheme() {
        "https" => url.host().is_some(),
        "http" => plain_http_origin
            .is_some_and(|origin| crate::client::is_this_computer(url) && url.origin() == *origin),
        _ => false,
    }
}

/// Marks a call's download as running until dropped (also on a panic).
struct DownloadGuard {
    running: Arc<Mutex<HashSet<i64>>>,
    id: i64,
}

impl DownloadGuard {
    fn take(running: &Arc<Mutex<HashSet<i64>>>, id: i64) -> Result<Self, Error> {
        if !running.lock().unwrap_or_else(|e| e.into_inner()).insert(id) {
            return Err(Error::RecordingDownloading);
        }
        Ok(Self {
            running: running.clone(),
            id,
        })
    }
}

impl Drop for DownloadGuard {
    fn drop(&mut self) {
        self.running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.id);
    }
}

fn remove_partial_downloads(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path
            .extension()
            .is_some_and(|extension| extension == "part")
        {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Deletes a kept recording; one already gone counts as deleted.
pub fn remove_kept(path: &str) -> bool {
    match std::fs::remove_file(path) {
        Ok(()) => true,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => true,
        Err(error) => {
            log::warn!("could not remove the recording {path}: {error}");
            false
        }
    }
}

/// Copies a kept recording to where the person chose, through a temporary
/// file renamed into place. Choosing the kept file itself changes nothing
/// (a plain copy onto itself would empty it).
pub fn save_copy(kept: &Path, target: &Path) -> Result<(), Error> {
    let could_not = |error: std::io::Error| {
        refused(
            RecordingProblem::Copy {
                file: target.display().to_string(),
            },
            error,
        )
    };
    if same_file(kept, target) {
        return Ok(());
    }
    let bytes = std::fs::read(kept).map_err(could_not)?;
    crate::files::write_atomically(target, &bytes).map_err(could_not)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The file's audio format (its usual extension), if it is a recording the
/// app can play: the first bytes say which format, and the body must
/// really decode. Anything else is "not a sound recording".
pub fn sound_format(path: &Path) -> Result<&'static str, Error> {
    sniff(path)
        .filter(|_| decodes(path))
        .ok_or_else(|| refused(RecordingProblem::NotSound, "not audio"))
}

/// The audio format the file really is, by its first bytes; `None` if it
/// is not one of the recordings the app can play. The service sends MP3 or
/// WAV, so only those decoders are built in.
fn sniff(path: &Path) -> Option<&'static str> {
    use std::io::Read;
    let mut head = [0u8; 12];
    let mut file = std::fs::File::open(path).ok()?;
    let read = file.read(&mut head).ok()?;
    let head = &head[..read];
    if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WAVE" {
        Some("wav")
    } else if head.starts_with(b"ID3")
        || (head.len() >= 2 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0)
    {
        Some("mp3")
    } else {
        None
    }
}

/// Whether the file really decodes: a right header on a broken body is
/// no recording either. A decoder that panics on hostile bytes counts as
/// "not a recording" rather than ending the download task.
fn decodes(path: &Path) -> bool {
    use rodio::Source;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    std::panic::catch_unwind(move || match rodio::Decoder::try_from(file) {
        Ok(decoder) => decoder.sample_rate() > 0 && decoder.take(1_000).count() > 0,
        Err(_) => false,
    })
    .unwrap_or(false)
}

/// The recording is not kept, and why; the system's words go to the log.
fn refused(reason: RecordingProblem, detail: impl std::fmt::Display) -> Error {
    log::warn!("recording not kept: {detail}");
    Error::Recording { reason }
}

fn too_big(limit: u64) -> Error {
    refused(
        RecordingProblem::TooLarge {
            megabytes: limit / (1024 * 1024),
        },
        "too large",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_the_simulators_own_address() {
        let simulator = url::Url::parse("http://127.0.0.1:9/api/v1")
            .unwrap()
            .origin();
        for (link, live, practice) in [
            ("https://cdn.example.com/r.mp3", true, true),
            ("http://127.0.0.1:9/r.wav", false, true),
            ("http://127.0.0.1:10/r.wav", false, false),
            ("http://localhost:9/r.wav", false, false),
            ("http://[::1]/r.wav", false, false),
            ("http://recordings.example.com/r.mp3", false, false),
            ("http://10.0.0.8/r.mp3", false, false),
            ("ftp://example.com/r.mp3", false, false),
            ("file:///etc/passwd", false, false),
        ] {
            let url = url::Url::parse(link).unwrap();
            assert_eq!(allowed(&url, None), live, "live: {link}");
            assert_eq!(
                allowed(&url, Some(&simulator)),
                practice,
                "practice: {link}"
            );
        }
    }

    #[test]
    fn saving_the_kept_file_onto_itself_keeps_it_whole() {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("call-1.wav");
        std::fs::write(&kept, b"RIFF....WAVE sound").unwrap();
        save_copy(&kept, &kept).unwrap();
        let via_other_path = dir.path().join(".").join("call-1.wav");
        save_copy(&kept, &via_other_path).unwrap();
        assert_eq!(std::fs::read(&kept).unwrap(), b"RIFF....WAVE sound");
        let copy = dir.path().join("copy.wav");
        save_copy(&kept, &copy).unwrap();
        assert_eq!(std::fs::read(&copy).unwrap(), b"RIFF....WAVE sound");
    }

    #[test]
    fn half_done_downloads_are_removed_at_start_and_kept_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("call-3.part"), b"half").unwrap();
        std::fs::write(dir.path().join("call-2.wav"), b"kept").unwrap();
        Recordings::new(dir.path().to_path_buf()).unwrap();
        assert!(!dir.path().join("call-3.part").exists());
        assert!(dir.path().join("call-2.wav").exists());
    }
}
