//! The person's preferences, through the one owner of their file. The
//! window changes them field by field; the service's address it can only
//! read.

use agentphone_core::countries::{self, Country};
use agentphone_core::engine::now_ms;
use agentphone_core::history::{Balance, CallListItem};
use agentphone_core::preferences::{clean_templates, Preferences};
use agentphone_core::retention::{self, Retention};
use agentphone_core::session::ModeSwitched;
use agentphone_core::Error;
use tauri::State;

use crate::{AppState, Opening};

#[tauri::command]
pub async fn get_preferences(opening: State<'_, Opening>) -> Result<Preferences, Error> {
    let state = opening.ready().await;
    Ok(state.preferences.get())
}

/// A desktop notification when a call ends while the window is in the background.
#[tauri::command]
pub async fn set_notify_when_done(
    opening: State<'_, Opening>,
    notify: bool,
) -> Result<Preferences, Error> {
    let state = opening.ready().await;
    state.preferences.update(|p| p.notify_when_done = notify)
}

/// Replaces the saved objective templates (cleaned: trimmed, each once, at
/// most 20) and answers what was kept.
#[tauri::command]
pub async fn set_templates(
    opening: State<'_, Opening>,
    templates: Vec<String>,
) -> Result<Vec<String>, Error> {
    let state = opening.ready().await;
    let kept = clean_templates(templates);
    Ok(state.preferences.update(|p| p.templates = kept)?.templates)
}

/// How many recordings or calls `rule` would delete now.
#[tauri::command]
pub async fn retention_preview(opening: State<'_, Opening>, rule: Retention) -> Result<u32, Error> {
    let state = opening.ready().await;
    retention::preview(&state.history, rule, now_ms())
}

/// Saves the rule for keeping less (`None`: keep everything) and applies it
/// at once; answers how many recordings or calls were deleted.
#[tauri::command]
pub async fn set_retention(
    opening: State<'_, Opening>,
    rule: Option<Retention>,
) -> Result<u32, Error> {
    let state = opening.ready().await;
    state.preferences.update(|p| p.retention = rule)?;
    match rule {
        Some(rule) => retention::apply(&state.history, rule, now_ms()),
        None => Ok(0),
    }
}

#[derive(serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppMode {
    /// Calls go to the simulator inside the app; nothing real happens.
    pub practice: bool,
    /// Real calls go to this address instead of agentphone.app (a proxy,
    /// say); the header names it.
    pub other_service: Option<String>,
    /// Live mode: the credits the service last reported, and when (kept
    /// across restarts). Practice credits come only from this run's calls.
    pub last_live_balance: Option<Balance>,
}

fn app_mode_of(state: &AppState) -> AppMode {
    let practice = state.is_practice();
    AppMode {
        practice,
        other_service: state.other_service(),
        last_live_balance: if practice {
            None
        } else {
            state
                .history
                .last_balance(false)
                .inspect_err(|error| log::warn!("no last balance: {error}"))
                .ok()
                .flatten()
        },
    }
}

#[tauri::command]
pub async fn app_mode(opening: State<'_, Opening>) -> Result<AppMode, Error> {
    let state = opening.ready().await;
    Ok(app_mode_of(&state))
}

/// What the window needs once, when it opens.
#[derive(serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StartupState {
    pub mode: AppMode,
    /// Every country a number may belong to: the picker's list.
    pub countries: Vec<Country>,
    /// The person's chosen country for numbers without a country code;
    /// `None` follows the system's language.
    pub default_country: Option<String>,
    /// The system's language as a BCP 47 tag (`de-AT`), for country names
    /// and the default country.
    pub language: Option<String>,
    /// What start-up has to tell the person (a file set aside, say).
    pub notices: Vec<String>,
    /// Scheduled calls whose time came while the app was closed: the
    /// window asks about each (call now, another time, or cancel).
    pub missed: Vec<CallListItem>,
}

#[tauri::command]
pub async fn startup_state(opening: State<'_, Opening>) -> Result<StartupState, Error> {
    let state = opening.ready().await;
    Ok(StartupState {
        mode: app_mode_of(&state),
        countries: countries::countries(),
        default_country: state.preferences.get().default_country,
        language: sys_locale::get_locale().and_then(|locale| countries::language_tag(&locale)),
        notices: state.notices.clone(),
        missed: state.history.missed()?,
    })
}

/// The mode after a switch, and what the person should know about it.
#[derive(serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ModeChange {
    pub mode: AppMode,
    pub switched: ModeSwitched,
}

/// Turns Practice mode on or off, now and for the next start. The choice is
/// saved first and put back if the switch fails, so the app never runs in
/// one mode while its preferences (and banner) say the other; the answer is
/// the mode the engine really has.
#[tauri::command]
pub async fn set_practice_mode(
    opening: State<'_, Opening>,
    practice: bool,
) -> Result<ModeChange, Error> {
    let state = opening.ready().await;
    let key = if practice {
        None
    } else {
        let keychain = state.keychain.clone();
        crate::blocking::off_the_window(move || keychain.load()).await?
    };
    let was = state.is_practice();
    state.preferences.update(|p| p.practice_mode = practice)?;
    match state.set_practice(practice, key).await {
        Ok(switched) => Ok(ModeChange {
            mode: app_mode_of(&state),
            switched,
        }),
        Err(error) => {
            if let Err(undo) = state.preferences.update(|p| p.practice_mode = was) {
                log::warn!("could not put the Practice mode preference back: {undo}");
            }
            Err(error)
        }
    }
}

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
