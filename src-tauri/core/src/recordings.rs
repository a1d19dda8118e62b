//! Recordings kept on this computer, so a call can be heard later and
//! offline: the service's links are short-lived.
//!
//! A download is treated as hostile until proven otherwise: `https` only
//! (plain `http` only to this machine, i.e. the simulator), a size limit
//! enforced while streaming, the bytes must decode as audio (checked with
//! the same decoder the player uses), and the file
//! name is made here (never from the link or the call id). The request
//! never carries the API key, redirects included: this client has none.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::Error;

/// Far beyond any phone call's recording.
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

pub struct Recordings {
    folder: PathBuf,
    http: reqwest::Client,
    max_bytes: u64,
}

impl Recordings {
    pub fn new(folder: PathBuf) -> Result<Self, Error> {
        Self::with_limit(folder, MAX_BYTES)
    }

    pub fn with_limit(folder: PathBuf, max_bytes: u64) -> Result<Self, Error> {
        std::fs::create_dir_all(&folder)
            .map_err(|error| refused(format!("the recordings folder cannot be made ({error})")))?;
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                // A redirect must meet the same rule as the link itself.
                if attempt.previous().len() >= 5 || !allowed(attempt.url()) {
                    attempt.stop()
                } else {
                    attempt.follow()
                }
            }))
            .build()
            .map_err(|error| Error::Internal {
                detail: error.to_string(),
            })?;
        Ok(Self {
            folder,
            http,
            max_bytes,
        })
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
    /// received so far and the total, when the server says it.
    pub async fn download_with_progress(
        &self,
        id: i64,
        link: &str,
        progress: impl Fn(u64, Option<u64>),
    ) -> Result<PathBuf, Error> {
        let url =
            url::Url::parse(link).map_err(|_| refused("the link is not a web address".into()))?;
        if !allowed(&url) {
            return Err(refused(
                "the link is not secure (it must start with https://)".into(),
            ));
        }
        let partial = self.folder.join(format!("call-{id}.part"));
        let result = self.fetch(&url, &partial, &progress).await;
        let kept = match result {
            Ok(()) => match sniff(&partial).filter(|_| decodes(&partial)) {
                Some(extension) => {
                    let file = self.folder.join(format!("call-{id}.{extension}"));
                    std::fs::rename(&partial, &file)
                        .map_err(|error| refused(format!("it could not be saved ({error})")))
                        .map(|()| file)
                }
                None => Err(refused("the file is not a sound recording".into())),
            },
            Err(error) => Err(error),
        };
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
        let mut response = self.http.get(url.clone()).send().await.map_err(network)?;
        let status = response.status();
        if !status.is_success() {
            return Err(refused(match status.as_u16() {
                403 | 404 | 410 => "the link has expired or the recording is gone".to_owned(),
                code => format!("the server answered with error {code}"),
            }));
        }
        if response
            .content_length()
            .is_some_and(|length| length > self.max_bytes)
        {
            return Err(too_big(self.max_bytes));
        }
        let mut file = tokio::fs::File::create(partial)
            .await
            .map_err(|error| refused(format!("it could not be saved ({error})")))?;
        let total = response.content_length();
        let mut written: u64 = 0;
        let mut reported: u64 = 0;
        while let Some(chunk) = response.chunk().await.map_err(network)? {
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
                .map_err(|error| refused(format!("it could not be saved ({error})")))?;
        }
        file.sync_all()
            .await
            .map_err(|error| refused(format!("it could not be saved ({error})")))?;
        Ok(())
    }
}

/// `https`, or `http` to this machine only.
fn allowed(url: &url::Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => match url.host() {
            Some(url::Host::Domain(host)) => host == "localhost",
            Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
            Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
            None => false,
        },
        _ => false,
    }
}

/// The audio format the file really is, by its first bytes; `None` if it
/// is not one of the recordings the app can play.
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
    } else if head.starts_with(b"OggS") {
        Some("ogg")
    } else if head.starts_with(b"fLaC") {
        Some("flac")
    } else {
        None
    }
}

/// Whether the file really decodes: a right header on a broken body is
/// no recording either.
fn decodes(path: &Path) -> bool {
    use rodio::Source;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    match rodio::Decoder::try_from(file) {
        Ok(decoder) => decoder.sample_rate() > 0 && decoder.take(1_000).count() > 0,
        Err(_) => false,
    }
}

fn refused(reason: String) -> Error {
    Error::Recording { reason }
}

fn too_big(limit: u64) -> Error {
    refused(format!(
        "it is larger than {} MB, far more than any call",
        limit / (1024 * 1024)
    ))
}

fn network(error: reqwest::Error) -> Error {
    if error.is_timeout() {
        Error::Timeout
    } else {
        Error::Network {
            detail: error.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_this_machine() {
        for (link, ok) in [
            ("https://cdn.example.com/r.mp3", true),
            ("http://127.0.0.1:9/r.wav", true),
            ("http://localhost/r.wav", true),
            ("http://[::1]/r.wav", true),
            ("http://recordings.example.com/r.mp3", false),
            ("http://10.0.0.8/r.mp3", false),
            ("ftp://example.com/r.mp3", false),
            ("file:///etc/passwd", false),
        ] {
            assert_eq!(allowed(&url::Url::parse(link).unwrap()), ok, "{link}");
        }
    }
}
