//! Declares the app's commands once. From [`COMMANDS`] this build step
//! makes the window's invoke handler (included by `src/lib.rs`), one
//! permission per command, and the `default` permission set that grants
//! them all (named by `capabilities/main.json`). Adding a command: write
//! it in `src/commands/`, list it here, call it from `ui/src/lib/api.ts`.

use std::path::Path;

/// Every command the window may call, as `module::function` in `src/commands/`.
const COMMANDS: &[&str] = &[
    "api_key::key_status",
    "api_key::save_key",
    "api_key::remove_key",
    "businesses::keep_business",
    "businesses::business_page",
    "businesses::business_for",
    "businesses::find_businesses",
    "businesses::forget_business",
    "calls::check_call_form",
    "calls::prepare_call",
    "calls::place_call",
    "calls::schedule_call",
    "calls::call_now",
    "calls::reschedule_call",
    "calls::list_calls",
    "calls::get_call",
    "calls::check_call_again",
    "calls::delete_call",
    "calls::export_call",
    "calls::email_call",
    "calls::export_calls",
    "calls::set_note",
    "calls::set_labels",
    "calls::labels_in_use",
    "calls::overview",
    "preferences::get_preferences",
    "preferences::set_notify_when_done",
    "preferences::set_templates",
    "preferences::retention_preview",
    "preferences::set_retention",
    "preferences::check_kept_file",
    "preferences::set_language",
    "preferences::set_caller",
    "preferences::catalogue",
    "mode::app_mode",
    "mode::startup_state",
    "mode::set_practice_mode",
    "mode::shown",
    "site::open_agentphone_site",
    "recordings::download_recording",
    "recordings::play_recording",
    "recordings::pause_playback",
    "recordings::resume_playback",
    "recordings::seek_playback",
    "recordings::set_playback_speed",
    "recordings::set_playback_volume",
    "recordings::stop_playback",
    "recordings::save_recording_as",
];

fn main() {
    let names: Vec<&'static str> = COMMANDS
        .iter()
        .map(|path| path.rsplit("::").next().unwrap_or(path))
        .collect();
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    let handler = format!(
        "tauri::generate_handler![{}]",
        COMMANDS
            .iter()
            .map(|path| format!("commands::{path}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    write_if_changed(&Path::new(&out_dir).join("invoke_handler.rs"), &handler);
    let allowed: Vec<String> = names
        .iter()
        .map(|name| format!("\"allow-{}\"", name.replace('_', "-")))
        .collect();
    write_if_changed(
        Path::new("permissions/default.toml"),
        &format!(
            "# Made by build.rs from its COMMANDS list.\n\n[default]\n\
             description = \"Every command of the app, and nothing else.\"\n\
             permissions = [{}]\n",
            allowed.join(", ")
        ),
    );

    // The config lives at the top of the repository (see README).
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(names.leak()));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}

fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    if let Some(folder) = path.parent() {
        let _ = std::fs::create_dir_all(folder);
    }
    if let Err(error) = std::fs::write(path, text) {
        panic!("could not write {}: {error}", path.display());
    }
}
