//! Kept businesses: keeping, changing and forgetting one, its page, and
//! finding them as the person types.

use agentphone_core::businesses::{self, Business, BusinessForm, BusinessPage, BusinessSaved};
use agentphone_core::engine::now_ms;
use agentphone_core::Error;
use tauri::State;

use crate::Starting;

/// Keeps a new business or changes a kept one; answers what is kept, or
/// what needs fixing in the person's language.
#[tauri::command]
pub async fn keep_business(
    starting: State<'_, Starting>,
    business: BusinessForm,
) -> Result<BusinessSaved, Error> {
    let state = starting.ready().await;
    businesses::keep(state.history(), &business, state.speaks(), now_ms())
}

/// A business and its calls, newest first; `None` once it is forgotten.
#[tauri::command]
pub async fn business_page(
    starting: State<'_, Starting>,
    id: i64,
) -> Result<Option<BusinessPage>, Error> {
    starting.ready().await.history().business_page(id)
}

/// The kept business with this number (E.164), if any.
#[tauri::command]
pub async fn business_for(
    starting: State<'_, Starting>,
    phone: String,
) -> Result<Option<Business>, Error> {
    starting.ready().await.history().business_for(&phone)
}

/// Kept businesses matching what is typed (name, note, website or digits of
/// the number): the New call form's suggestions.
#[tauri::command]
pub async fn find_businesses(
    starting: State<'_, Starting>,
    text: String,
) -> Result<Vec<Business>, Error> {
    starting.ready().await.history().find_businesses(&text)
}

/// Forgets a business; its calls stay in history.
#[tauri::command]
pub async fn forget_business(starting: State<'_, Starting>, id: i64) -> Result<bool, Error> {
    starting.ready().await.history().forget_business(id)
}
