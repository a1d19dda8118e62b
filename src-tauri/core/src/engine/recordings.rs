//! Keeping each call's recording on this computer as soon as it has one.

use std::sync::Arc;

use super::{Engine, EngineEvent, Inner};
use crate::{Error, RecordingProblem};

impl Engine {
    /// Downloads a call's recording now (the "try again" of a failed one).
    pub async fn download_recording(&self, id: i64) -> Result<String, Error> {
        let recordings = self.inner.recordings.clone().ok_or(Error::Recording {
            reason: RecordingProblem::NotKept,
        })?;
        let link = self
            .inner
            .record(id)?
            .recording_url
            .ok_or(Error::Recording {
                reason: RecordingProblem::NoLink,
            })?;
        let path = recordings.download(id, &link).await?.display().to_string();
        if !self.inner.history.set_recording_path(id, Some(&path))? {
            // Removed while it downloaded: the recording goes with it.
            crate::recordings::remove_kept(&path);
            return Err(Error::UnknownCall);
        }
        self.inner.emit_changed(id);
        Ok(path)
    }
}

impl Inner {
    /// Downloads the recording once, with back-off on network trouble;
    /// a refused file is reported, not retried.
    pub(super) fn fetch_recording(self: &Arc<Self>, id: i64, link: String) {
        let Some(recordings) = self.recordings.clone() else {
            return;
        };
        if !self.needs_recording(id) || recordings.is_downloading(id) {
            return;
        }
        let inner = self.clone();
        self.spawn(async move {
            let mut failures = 0;
            // Another download (the person's "try again") may have kept it
            // meanwhile, or the person removed the call.
            while inner.needs_recording(id) {
                let events = inner.events.clone();
                let progress = move |received, total| {
                    events(EngineEvent::RecordingProgress {
                        id,
                        received,
                        total,
                    })
                };
                match recordings.download_with_progress(id, &link, progress).await {
                    Ok(path) => {
                        let path = path.display().to_string();
                        match inner.history.set_recording_path(id, Some(&path)) {
                            Ok(true) => inner.emit_changed(id),
                            // Removed while it downloaded: the recording goes with it.
                            Ok(false) => {
                                crate::recordings::remove_kept(&path);
                            }
                            Err(error) => inner.emit_problem(id, &error),
                        }
                        break;
                    }
                    // The other download reports for itself.
                    Err(Error::RecordingDownloading) => break,
                    Err(
                        error @ (Error::Network { .. }
                        | Error::CouldNotConnect { .. }
                        | Error::Timeout),
                    ) if failures < 5 => {
                        failures += 1;
                        if failures == 1 {
                            inner.emit_problem(id, &error);
                        }
                        tokio::time::sleep(inner.settings.backoff(failures)).await;
                    }
                    Err(error) => {
                        inner.emit_problem(id, &error);
                        break;
                    }
                }
            }
        });
    }

    /// The call is still in history and has no recording kept yet.
    fn needs_recording(&self, id: i64) -> bool {
        self.history
            .get(id)
            .ok()
            .flatten()
            .is_some_and(|record| record.recording_path.is_none())
    }
}
