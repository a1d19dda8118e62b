//! Small file helpers shared by the stores.

use std::path::{Path, PathBuf};

/// Renames a file that cannot be used to `<name>.broken-<unix time>` beside
/// it (with SQLite's `-wal`/`-shm` companions, if any), never deleting it.
pub fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let aside = path.with_file_name(format!("{name}.broken-{stamp}"));
    std::fs::rename(path, &aside)?;
    for suffix in ["-wal", "-shm"] {
        let companion = PathBuf::from(format!("{}{suffix}", path.display()));
        if companion.exists() {
            let _ = std::fs::rename(&companion, format!("{}{suffix}", aside.display()));
        }
    }
    Ok(aside)
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk and
/// renames it over `path`: readers see the old file or the new one, never a
/// half-written one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let folder = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(folder)?;
    let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|error| error.error)?;
    Ok(())
}
