fn main() {
    // The config lives at the top of the repository (see README). Declaring
    // the app's commands makes each one a permission the capability grants.
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(&[
            "key_status",
            "save_key",
            "remove_key",
            "check_call_form",
            "prepare_call",
            "place_call",
            "list_calls",
            "get_call",
            "check_call_again",
            "delete_call",
            "export_call",
            "startup_notices",
            "default_country",
            "get_preferences",
            "set_notify_when_done",
            "app_mode",
            "set_practice_mode",
            "open_agentphone_site",
            "download_recording",
            "play_recording",
            "pause_playback",
            "resume_playback",
            "seek_playback",
            "set_playback_speed",
            "set_playback_volume",
            "stop_playback",
            "save_recording_as",
        ]));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
