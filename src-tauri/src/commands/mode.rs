//! Practice or live mode, and what the window needs once when it opens
//! (the mode, the countries, start-up notices, missed scheduled calls).

use agentphone_core::caller::Caller;
use agentphone_core::countries::{self, Country};
use agentphone_core::history::{Balance, CallListItem};
use agentphone_core::messages::{self, Language};
use agentphone_core::session::ModeSwitched;
use agentphone_core::Error;
use tauri::State;

use crate::events::{LaunchLink, LinkOpened};
use crate::{AppState, Starting};

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
                .history()
                .last_balance(false)
                .inspect_err(|error| log::warn!("no last balance: {error}"))
                .ok()
                .flatten()
        },
    }
}

#[tauri::command]
pub async fn app_mode(starting: State<'_, Starting>) -> Result<AppMode, Error> {
    let state = starting.ready().await;
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
    /// The language the app speaks: the person's choice, else the system's.
    pub speaks: String,
    /// Every language the app speaks, for Settings.
    pub languages: Vec<Language>,
    /// What start-up has to tell the person (a file set aside, say).
    pub notices: Vec<String>,
    /// Scheduled calls whose time came while the app was closed: the
    /// window asks about each (call now, another time, or cancel).
    pub missed: Vec<CallListItem>,
    /// Who the calls are made for (Settings → You), if set.
    pub caller: Option<Caller>,
    /// Their name and organisation as one ("Jana Novak, Hotel Linde").
    pub caller_who: Option<String>,
    /// A `tel:` link the app was started with.
    pub link: Option<LinkOpened>,
    /// The languages a kept business may speak (BCP 47 tags), for the
    /// "They speak" choice.
    pub spoken_languages: Vec<String>,
}

#[tauri::command]
pub async fn startup_state(
    starting: State<'_, Starting>,
    launch_link: State<'_, LaunchLink>,
) -> Result<StartupState, Error> {
    let state = starting.ready().await;
    let preferences = state.preferences.get();
    Ok(StartupState {
        mode: app_mode_of(&state),
        countries: countries::countries(),
        default_country: preferences.default_country,
        speaks: state.speaks().to_owned(),
        languages: messages::languages(),
        language: sys_locale::get_locale().and_then(|locale| countries::language_tag(&locale)),
        notices: state.notices.clone(),
        missed: state.history().missed()?,
        caller_who: preferences.caller.as_ref().map(Caller::who),
        caller: preferences.caller,
        link: launch_link.take(),
        spoken_languages: agentphone_core::businesses::spoken_languages(),
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
    starting: State<'_, Starting>,
    practice: bool,
) -> Result<ModeChange, Error> {
    let state = starting.ready().await;
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

/// What the window has put on screen, for the log (the start-up benchmark
/// reads it): its first content, or the first page of history.
#[derive(Debug, Clone, Copy, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Shown {
    Content,
    History,
}

#[tauri::command]
pub async fn shown(what: Shown) -> Result<(), Error> {
    match what {
        Shown::Content => log::info!("content shown"),
        Shown::History => log::info!("history shown"),
    }
    Ok(())
}
