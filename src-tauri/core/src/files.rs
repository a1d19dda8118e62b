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
