//! One copy of the app per data folder. A second launch normally just
//! focuses the open window (the single-instance plugin); this lock also
//! stops a process that slips past that (another desktop session, a
//! leftover of a crash) from polling calls or writing history beside the
//! first. The operating system releases it when the process ends, however
//! it ends.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::Error;

const LOCK_FILE: &str = "agentphone.lock";

/// Held for as long as the app runs.
#[derive(Debug)]
pub struct DataFolderLock {
    _file: File,
}

impl DataFolderLock {
    pub fn acquire(folder: &Path) -> Result<Self, Error> {
        let failed = |error: std::io::Error| Error::DataFolderUnavailable {
            folder: folder.display().to_string(),
            detail: error.to_string(),
        };
        std::fs::create_dir_all(folder).map_err(failed)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(LOCK_FILE))
            .map_err(failed)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(Error::AlreadyOpen),
            Err(TryLockError::Error(error)) => Err(failed(error)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let folder = tempfile::tempdir().unwrap();
        let first = DataFolderLock::acquire(folder.path()).unwrap();
        let second = DataFolderLock::acquire(folder.path()).unwrap_err();
        assert_eq!(second.kind(), ErrorKind::AlreadyOpen);
        assert!(second.to_string().contains("already open"));
        drop(first);
        DataFolderLock::acquire(folder.path()).unwrap();
    }
}
