//! Opening agentphone.app pages, and only those, in the person's browser.

use agentphone_core::Error;

/// The agentphone.app pages the window may open; the addresses are fixed
/// here, so the window cannot open anything else.
#[derive(Debug, Clone, Copy, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SitePage {
    /// Credits and calls.
    Dashboard,
    /// Where AgentPhone keys are made (Dashboard → API keys).
    ApiKeys,
}

impl SitePage {
    fn address(self) -> &'static str {
        match self {
            Self::Dashboard => "https://agentphone.app/dashboard",
            Self::ApiKeys => "https://agentphone.app/dashboard/api-keys",
        }
    }
}

/// Opens an agentphone.app page in the person's browser.
#[tauri::command]
pub async fn open_agentphone_site(app: tauri::AppHandle, page: SitePage) -> Result<(), Error> {
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_url(page.address(), None::<&str>)
        .map_err(|error| {
            log::warn!("could not open the browser: {error}");
            Error::BrowserNotOpened {
                address: page.address().to_owned(),
            }
        })
}
