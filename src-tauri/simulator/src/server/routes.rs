//! What each route answers: place, read and list calls, and serve
//! recordings, as the contract says and never kinder.

use std::convert::Infallible;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::{error, lock, Shared};
use crate::audio::wav_for_call;
use crate::calls::{NewSimCall, Scenario, SimCall};
use crate::faults::RecordingFault;
use axum::routing::get;
use axum::Router;

/// The service's routes, as the contract lists them.
pub(super) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/api/v1/calls", get(list_calls).post(create_call))
        .route("/api/v1/calls/{call_id}", get(get_call))
        .route("/recordings/{file}", get(recording))
        .with_state(shared)
}

/// Emergency and short service numbers, as dialled after the country code.
const EMERGENCY: &[&str] = &[
    "000", "08", "100", "101", "102", "103", "108", "110", "111", "112", "113", "115", "117",
    "118", "119", "120", "122", "123", "15", "17", "18", "190", "911", "999",
];

async fn create_call(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    lock(&shared.stats).create_requests += 1;
    let key = match shared.admit(&headers) {
        Ok(key) => key,
        Err(response) => return *response,
    };
    let request = match validate(&body) {
        Ok(request) => request,
        Err(message) => return error(StatusCode::BAD_REQUEST, &message),
    };
    let credits = {
        let mut accounts = lock(&shared.accounts);
        let Some(account) = accounts.get_mut(&key) else {
            return error(StatusCode::UNAUTHORIZED, "Invalid API key");
        };
        if account.credits == 0 {
            return error(StatusCode::PAYMENT_REQUIRED, "Insufficient credits");
        }
        account.credits -= 1;
        account.credits
    };
    let scenario = headers
        .get("x-simulator-scenario")
        .and_then(|value| value.to_str().ok())
        .and_then(Scenario::from_name);
    let faults = lock(&shared.faults).clone();
    let mut calls = lock(&shared.calls);
    let serial = calls.len() + 1;
    let id = if faults.hostile_call_ids {
        format!("../../escape-{serial}")
    } else {
        format!("cl_sim{:08x}_{serial:05}", shared.run)
    };
    let call = SimCall::new(NewSimCall {
        id,
        key,
        number: request.to_phone_number,
        objective: request.objective,
        business: request.business_name,
        website: request.website,
        scenario,
        recording_fault: faults.recording,
        unknown_status: faults.unknown_status,
        results_late_by: faults.results_late_by.map_or(0.0, f64::from),
    });
    let answer = json!({
        "data": {
            "call_id": call.id,
            "status": "queued",
            "created_at": call.created_at,
            "simulated": true,
        },
        "credits_remaining": credits,
    });
    calls.push(call);
    lock(&shared.stats).calls_placed += 1;
    (StatusCode::ACCEPTED, Json(answer)).into_response()
}

async fn get_call(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(call_id): Path<String>,
) -> Response {
    let key = match shared.admit(&headers) {
        Ok(key) => key,
        Err(response) => return *response,
    };
    let hiccup = {
        let mut faults = lock(&shared.faults);
        let hiccup = faults.not_found > 0;
        faults.not_found = faults.not_found.saturating_sub(1);
        hiccup
    };
    if hiccup {
        return error(StatusCode::NOT_FOUND, "Call not found");
    }
    let calls = lock(&shared.calls);
    match calls
        .iter()
        .find(|call| call.id == call_id && call.key == key)
    {
        Some(call) => {
            lock(&shared.stats).read_requests += 1;
            Json(json!({ "data": shared.call_json(call) })).into_response()
        }
        None => error(StatusCode::NOT_FOUND, "Call not found"),
    }
}

#[derive(serde::Deserialize)]
struct ListQuery {
    limit: Option<usize>,
}

async fn list_calls(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Response {
    let key = match shared.admit(&headers) {
        Ok(key) => key,
        Err(response) => return *response,
    };
    lock(&shared.stats).list_requests += 1;
    let quirks = &shared.config.list;
    let limit = query
        .limit
        .unwrap_or(20)
        .clamp(1, 100)
        .min(quirks.page_cap.unwrap_or(100));
    let mut calls = lock(&shared.calls);
    if quirks.other_clients {
        let serial = calls.len() + 1;
        let mut other = SimCall::new(NewSimCall {
            id: format!("cl_other{:08x}_{serial:05}", shared.run),
            key: key.clone(),
            number: format!("+1206555{:04}", serial % 10_000),
            objective: "Another client's call".to_owned(),
            business: None,
            website: None,
            scenario: None,
            recording_fault: None,
            unknown_status: false,
            results_late_by: 0.0,
        });
        other.other_client = true;
        calls.push(other);
    }
    let newest_first: Vec<Value> = calls
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, call)| call.key == key)
        .take(limit)
        .map(|(index, call)| {
            let mut item = shared.call_json(call);
            if quirks.without_status && index % 2 == 1 {
                if let Some(item) = item.as_object_mut() {
                    item.remove("status");
                }
            }
            item
        })
        .collect();
    Json(json!({ "data": newest_first })).into_response()
}

/// Recording links are pre-signed: no key, no budget.
async fn recording(State(shared): State<Arc<Shared>>, Path(file): Path<String>) -> Response {
    lock(&shared.stats).recording_requests += 1;
    let Some(call_id) = file.strip_suffix(".wav") else {
        return error(StatusCode::NOT_FOUND, "No such recording");
    };
    let found = {
        let calls = lock(&shared.calls);
        calls.iter().find(|call| call.id == call_id).map(|call| {
            let view = call.view(shared.seconds_since(call.created));
            let turns: Vec<(bool, usize)> = call
                .turns()
                .iter()
                .map(|(ours, text)| (*ours, text.len()))
                .collect();
            (
                view.has_recording,
                call.recording_fault,
                call.duration(),
                turns,
            )
        })
    };
    let Some((true, fault, duration, turns)) = found else {
        return error(StatusCode::NOT_FOUND, "No such recording");
    };
    if fault == Some(RecordingFault::Slow) {
        tokio::time::sleep(shared.second() * 60).await;
    }
    match fault {
        Some(RecordingFault::Missing) => error(StatusCode::NOT_FOUND, "Recording expired"),
        Some(RecordingFault::NotAudio) => (
            [(header::CONTENT_TYPE, "audio/wav")],
            "<!doctype html><html><body>Sign in to continue</body></html>",
        )
            .into_response(),
        Some(RecordingFault::Huge) => huge_body(),
        _ => (
            [(header::CONTENT_TYPE, "audio/wav")],
            wav_for_call(duration, &turns),
        )
            .into_response(),
    }
}

/// 1 GiB of zeros, streamed, announced with its length.
fn huge_body() -> Response {
    const CHUNK: usize = 64 * 1024;
    const CHUNKS: usize = 16 * 1024;
    let chunk = Bytes::from(vec![0u8; CHUNK]);
    let stream =
        futures_util::stream::iter((0..CHUNKS).map(move |_| Ok::<_, Infallible>(chunk.clone())));
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("audio/wav"));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(CHUNK * CHUNKS));
    response
}

struct CreateRequest {
    to_phone_number: String,
    objective: String,
    business_name: Option<String>,
    website: Option<String>,
}

fn validate(body: &[u8]) -> Result<CreateRequest, String> {
    let value: Value =
        serde_json::from_slice(body).map_err(|_| "Request body must be JSON".to_owned())?;
    let Some(fields) = value.as_object() else {
        return Err("Request body must be a JSON object".to_owned());
    };
    let text = |name: &str| fields.get(name).and_then(Value::as_str).map(str::trim);
    let number = text("to_phone_number")
        .filter(|n| !n.is_empty())
        .ok_or("to_phone_number is required")?;
    let digits = number.strip_prefix('+').unwrap_or("");
    let is_e164 = (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    let emergency = (1..=3).any(|cc| {
        digits
            .get(cc..)
            .is_some_and(|rest| EMERGENCY.contains(&rest))
    });
    if emergency || EMERGENCY.contains(&digits) {
        return Err("Emergency and short service numbers cannot be called".to_owned());
    }
    if !is_e164 {
        return Err("to_phone_number must be in E.164 format, e.g. +14155551234".to_owned());
    }
    let objective = text("objective")
        .filter(|o| !o.is_empty())
        .ok_or("objective is required")?;
    for name in ["business_name", "website"] {
        if fields
            .get(name)
            .is_some_and(|v| !v.is_null() && !v.is_string())
        {
            return Err(format!("{name} must be a string"));
        }
    }
    let website = text("website").filter(|w| !w.is_empty());
    if let Some(site) = website {
        if !(site.starts_with("http://") || site.starts_with("https://")) || site.len() < 10 {
            return Err("website must be an http(s) URL".to_owned());
        }
    }
    Ok(CreateRequest {
        to_phone_number: number.to_owned(),
        objective: objective.to_owned(),
        business_name: text("business_name")
            .filter(|b| !b.is_empty())
            .map(str::to_owned),
        website: website.map(str::to_owned),
    })
}
