//! A bare Tauri 2 app in AgentPhone's layout, built with the same profile,
//! so that the benchmarks compare AgentPhone with what any Tauri app costs.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[tauri::command]
fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

/// The page's first content is on screen, the same mark as AgentPhone's.
#[tauri::command]
fn shown() {
    println!("content shown");
}

fn main() {
    let result = tauri::Builder::default()
        // The same mark of a loaded page as AgentPhone's, for the start-up benchmark.
        .on_page_load(|_, payload| {
            if matches!(payload.event(), tauri::webview::PageLoadEvent::Finished) {
                println!("window ready");
            }
        })
        .invoke_handler(tauri::generate_handler![greet, shown])
        .run(tauri::generate_context!("tauri.conf.json"));
    if let Err(error) = result {
        eprintln!("could not start: {error}");
        std::process::exit(1);
    }
}
