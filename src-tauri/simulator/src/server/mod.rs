//! The HTTP side: the key and budget checks, and the accept loop that can
//! drop a connection on purpose. The routes themselves are in `routes.rs`.

mod routes;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::http::{header, HeaderMap, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde_json::{json, Value};
use tower::ServiceExt;

use crate::calls::SimCall;
use crate::faults::{take, Faults, RecordingFault, Stats};
use crate::SimulatorConfig;

pub(crate) struct Shared {
    pub(crate) config: SimulatorConfig,
    address: SocketAddr,
    pub faults: Mutex<Faults>,
    pub stats: Mutex<Stats>,
    accounts: Mutex<HashMap<String, Account>>,
    calls: Mutex<Vec<SimCall>>,
    /// Part of every call id, new for each run, so ids of two runs (two
    /// Practice sessions, say) never collide.
    run: u32,
}

struct Account {
    credits: u32,
    recent_requests: VecDeque<Instant>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    pub fn new(config: SimulatorConfig, address: SocketAddr) -> Self {
        Self {
            config,
            address,
            faults: Mutex::default(),
            stats: Mutex::default(),
            accounts: Mutex::default(),
            calls: Mutex::default(),
            run: run_id(),
        }
    }

    pub fn placed_calls(&self) -> Vec<(String, String)> {
        lock(&self.calls)
            .iter()
            .filter(|call| !call.other_client)
            .map(|call| (call.id.clone(), call.objective.clone()))
            .collect()
    }

    pub fn placed_at(&self) -> Vec<(String, std::time::SystemTime)> {
        lock(&self.calls)
            .iter()
            .filter(|call| !call.other_client)
            .map(|call| (call.objective.clone(), call.created_wall))
            .collect()
    }

    /// Hours passed for the service (the computer talking to it slept):
    /// no request of the last minute counts any more.
    pub fn forget_recent_requests(&self) {
        for account in lock(&self.accounts).values_mut() {
            account.recent_requests.clear();
        }
    }

    pub fn credits_of(&self, key: &str) -> u32 {
        lock(&self.accounts)
            .get(key)
            .map_or(self.config.credits, |account| account.credits)
    }

    /// When the call reaches (or reached) its final status, by the wall clock.
    pub fn ends_at(&self, call_id: &str) -> Option<std::time::SystemTime> {
        let calls = lock(&self.calls);
        let call = calls.iter().find(|call| call.id == call_id)?;
        Some(call.created_wall + self.config.second.mul_f64(call.ends_after()))
    }

    pub fn second(&self) -> Duration {
        self.config.second
    }

    fn minute(&self) -> Duration {
        self.config.second * 60
    }

    /// Simulated seconds since `instant`.
    fn seconds_since(&self, instant: Instant) -> f64 {
        instant.elapsed().as_secs_f64() / self.config.second.as_secs_f64()
    }

    /// The checks every API request goes through, in the service's order:
    /// injected faults, the key, then the request budget.
    fn admit(&self, headers: &HeaderMap) -> Result<String, Box<Response>> {
        {
            let mut faults = lock(&self.faults);
            if take(&mut faults.server_errors) {
                return Err(Box::new(error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Service temporarily unavailable",
                )));
            }
            if take(&mut faults.rate_limit_storm) {
                lock(&self.stats).rate_limited += 1;
                return Err(Box::new(rate_limited(60)));
            }
        }
        let key = headers
            .get("x-api-key")
            .and_then(|value| value.to_str().ok())
            .map(str::trim)
            .unwrap_or_default();
        if key.is_empty() {
            return Err(Box::new(error(
                StatusCode::UNAUTHORIZED,
                "Missing x-api-key header",
            )));
        }
        let revoked = lock(&self.faults).revoked_keys.iter().any(|k| k == key);
        let unknown = self
            .config
            .accepted_keys
            .as_ref()
            .is_some_and(|accepted| !accepted.iter().any(|k| k == key));
        if revoked || unknown {
            return Err(Box::new(error(StatusCode::UNAUTHORIZED, "Invalid API key")));
        }
        let mut accounts = lock(&self.accounts);
        let account = accounts.entry(key.to_owned()).or_insert_with(|| Account {
            credits: self.config.credits,
            recent_requests: VecDeque::new(),
        });
        let now = Instant::now();
        let minute = self.minute();
        while account
            .recent_requests
            .front()
            .is_some_and(|at| now.duration_since(*at) >= minute)
        {
            account.recent_requests.pop_front();
        }
        if account.recent_requests.len() >= self.config.requests_per_minute as usize {
            let oldest = account.recent_requests.front().copied().unwrap_or(now);
            let wait = minute.saturating_sub(now.duration_since(oldest));
            let seconds = (wait.as_secs_f64() / self.config.second.as_secs_f64())
                .ceil()
                .max(1.0);
            let mut stats = lock(&self.stats);
            stats.rate_limited += 1;
            stats.over_budget += 1;
            return Err(Box::new(rate_limited(seconds as u64)));
        }
        account.recent_requests.push_back(now);
        Ok(key.to_owned())
    }

    fn call_json(&self, call: &SimCall) -> Value {
        let view = call.view(self.seconds_since(call.created));
        let recording_url = view.has_recording.then(|| self.recording_url(call));
        let mut json = json!({
            "call_id": call.id,
            "status": view.status,
            "outcome": view.outcome,
            "summary": view.summary,
            "transcript": view.transcript,
            "recording_url": recording_url,
            "duration_seconds": view.duration_seconds,
            "simulated": true,
        });
        if self.config.extra_call_fields {
            json["created_at"] = json!(call.created_at);
            json["to_phone_number"] = json!(call.number);
            json["objective"] = json!(call.objective);
            json["business_name"] = json!(call.business);
            json["website"] = json!(call.website);
        }
        json
    }

    fn recording_url(&self, call: &SimCall) -> String {
        let file = format!("{}.wav", percent_encode(&call.id));
        match call.recording_fault {
            Some(RecordingFault::InsecureUrl) => {
                format!("http://recordings.agentphone.invalid/{file}")
            }
            _ => format!("http://{}/recordings/{file}", self.address),
        }
    }
}

pub(crate) async fn serve(
    listener: tokio::net::TcpListener,
    shared: Arc<Shared>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let router = routes::router(shared.clone());
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, _)) = accepted else { continue };
        let router = router.clone();
        let shared = shared.clone();
        let service = hyper::service::service_fn(move |request| {
            answer(router.clone(), shared.clone(), request)
        });
        connections.spawn(async move {
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await;
        });
        while connections.try_join_next().is_some() {}
    }
    // Dropping the set aborts the connections still open.
}

/// A connection closed on purpose, with no answer.
#[derive(Debug)]
struct DroppedConnection;

impl std::fmt::Display for DroppedConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for DroppedConnection {}

async fn answer(
    router: Router,
    shared: Arc<Shared>,
    request: Request<hyper::body::Incoming>,
) -> Result<Response, DroppedConnection> {
    if !request.uri().path().starts_with("/api/") {
        return Ok(router
            .oneshot(request)
            .await
            .unwrap_or_else(|never| match never {}));
    }
    let faults = {
        lock(&shared.stats).requests += 1;
        let mut faults = lock(&shared.faults);
        if take(&mut faults.drop_before_answer) {
            return Err(DroppedConnection);
        }
        faults.clone()
    };
    // The work is done at once and only the answer is slow, as with a
    // busy service: a client that gives up may still have placed a call.
    let response = router
        .oneshot(request)
        .await
        .unwrap_or_else(|never| match never {});
    if let Some(delay) = faults.slow_answers {
        tokio::time::sleep(delay).await;
    }
    let mut faults = lock(&shared.faults);
    if take(&mut faults.drop_after_work) {
        return Err(DroppedConnection);
    }
    if take(&mut faults.malformed_json) {
        let status = response.status();
        return Ok((
            status,
            [(header::CONTENT_TYPE, "application/json")],
            "{\"data\": {\"call_id\": \"cl_",
        )
            .into_response());
    }
    if take(&mut faults.missing_data) {
        let status = response.status();
        return Ok((status, Json(json!({ "result": "ok" }))).into_response());
    }
    Ok(response)
}

/// A number that differs from one run to the next (std's hasher keys are
/// random per process and per use).
fn run_id() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.finish() as u32
}

fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

fn rate_limited(retry_after_seconds: u64) -> Response {
    let mut response = error(
        StatusCode::TOO_MANY_REQUESTS,
        "Rate limit exceeded: 10 requests per minute",
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_seconds));
    response
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' => (byte as char).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
