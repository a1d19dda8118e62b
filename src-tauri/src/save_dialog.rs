//! The one "Save as…" dialog: export and "Save recording as…" both ask
//! through it, and write only where the person chose.

use std::path::PathBuf;

use agentphone_core::Error;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// What the dialog offers: its title, a file name, and one kind of file.
pub struct SaveAs<'a> {
    pub title: String,
    pub file_name: String,
    pub kind: String,
    pub extension: &'a str,
}

/// Where the person chose to save; `None` when they closed the dialog.
pub async fn ask(app: &AppHandle, offer: SaveAs<'_>) -> Result<Option<PathBuf>, Error> {
    let (chosen, picked) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(offer.title)
        .set_file_name(offer.file_name)
        .add_filter(offer.kind, &[offer.extension])
        .save_file(move |path| {
            let _ = chosen.send(path);
        });
    let Some(path) = picked.await.ok().flatten() else {
        return Ok(None);
    };
    let file = path.to_string();
    path.into_path().map(Some).map_err(|error| {
        log::warn!("not a file: {error}");
        Error::SaveFailed { file }
    })
}
