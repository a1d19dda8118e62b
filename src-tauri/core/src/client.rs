//! The AgentPhone HTTP client: one shared `reqwest::Client`, the key only
//! in the `x-api-key` header, and every answer turned into a model or an
//! [`Error`] a person can act on.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::models::{Call, CallStatus, CreatedCall, ListedCall, NewCall};
use crate::{ApiKey, Error, Request};

pub const DEFAULT_API_BASE: &str = "https://agentphone.app/api/v1";

/// `AGENTPHONE_API_BASE` when set, else the real service.
pub fn api_base_from_env() -> String {
    api_base_from(std::env::var("AGENTPHONE_API_BASE").ok())
}

fn api_base_from(value: Option<String>) -> String {
    value
        .map(|base| base.trim().to_owned())
        .filter(|base| !base.is_empty())
        .unwrap_or_else(|| DEFAULT_API_BASE.to_owned())
}

fn key_may_go_to(base: &str) -> bool {
    let Ok(url) = url::Url::parse(base) else {
        return false;
    };
    match url.scheme() {
        "https" => url.host().is_some(),
        "http" => is_this_computer(&url),
        _ => false,
    }
}

/// Whether `url` points at this computer: a loopback address, or `localhost`.
pub(crate) fn is_this_computer(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(host)) => host.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub connect: Duration,
    /// For a whole request, answer included.
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            request: Duration::from_secs(30),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    timeouts: Timeouts,
}

impl Client {
    pub fn new(base: impl Into<String>) -> Result<Self, Error> {
        Self::with_timeouts(base, Timeouts::default())
    }

    /// Refuses a base the key must not travel to: anything but `https`,
    /// or plain `http` to this computer (the simulator).
    pub fn with_timeouts(base: impl Into<String>, timeouts: Timeouts) -> Result<Self, Error> {
        let base = base.into().trim().trim_end_matches('/').to_owned();
        if !key_may_go_to(&base) {
            return Err(Error::UnsafeApiBase { base });
        }
        let http = reqwest::Client::builder()
            .connect_timeout(timeouts.connect)
            .timeout(timeouts.request)
            // The API does not redirect; following one could hand the key
            // to another host.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("AgentPhoneDesktop/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| Error::ConnectionSetupFailed {
                detail: error.to_string(),
            })?;
        Ok(Self {
            http,
            base,
            timeouts,
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// How long a request may take: a call whose create answer was lost
    /// reached the service within this time of being sent, or never.
    pub fn request_timeout(&self) -> Duration {
        self.timeouts.request
    }

    /// `POST /calls`. Never retried here: a lost answer may mean a placed
    /// call, and the caller decides what to do about that.
    pub async fn create_call(&self, key: &ApiKey, call: &NewCall) -> Result<CreatedCall, Error> {
        let request = self
            .http
            .post(self.url(&["calls"])?)
            .headers(auth(key)?)
            .json(call);
        let body: Value = read(request.send().await, Request::Placing).await?;
        let data = body
            .get("data")
            .ok_or_else(|| missing_data(Request::Placing))?;
        let text = |name: &str| data.get(name).and_then(Value::as_str).map(str::to_owned);
        let call_id = text("call_id").ok_or_else(|| Error::MalformedAnswer {
            request: Request::Placing,
            detail: "no call_id".into(),
        })?;
        Ok(CreatedCall {
            call_id,
            status: text("status").map_or(CallStatus::Queued, |s| CallStatus::parse(&s)),
            created_at: text("created_at"),
            credits_remaining: body
                .get("credits_remaining")
                .and_then(Value::as_u64)
                .map(|n| n as u32),
            simulated: data
                .get("simulated")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        })
    }

    /// `GET /calls/{call_id}`.
    pub async fn get_call(&self, key: &ApiKey, call_id: &str) -> Result<Call, Error> {
        let doing = Request::Reading;
        let request = self
            .http
            .get(self.url(&["calls", call_id])?)
            .headers(auth(key)?);
        let response = request.send().await;
        if let Ok(answer) = &response {
            if answer.status() == StatusCode::NOT_FOUND {
                return Err(Error::CallNotFound {
                    call_id: call_id.to_owned(),
                });
            }
        }
        let body: Value = read(response, doing).await?;
        data_as(body, doing)
    }

    /// `GET /calls?limit=N`, newest first. Takes `{"data": [...]}` or a bare
    /// list; each item is read field by field ([`ListedCall::from_item`]).
    pub async fn list_calls(&self, key: &ApiKey, limit: u32) -> Result<Vec<ListedCall>, Error> {
        let doing = Request::Listing;
        let mut url = self.url(&["calls"])?;
        url.query_pairs_mut()
            .append_pair("limit", &limit.to_string());
        let mut body: Value =
            read(self.http.get(url).headers(auth(key)?).send().await, doing).await?;
        let items = match body.get_mut("data").map(Value::take) {
            Some(data) => data,
            None if body.is_array() => body,
            None => return Err(missing_data(doing)),
        };
        let Value::Array(items) = items else {
            return Err(Error::MalformedAnswer {
                request: doing,
                detail: "the list is not a list".to_owned(),
            });
        };
        Ok(items.iter().map(ListedCall::from_item).collect())
    }

    fn url(&self, segments: &[&str]) -> Result<url::Url, Error> {
        let invalid = || Error::InvalidApiBase {
            base: self.base.clone(),
        };
        let mut url = url::Url::parse(&self.base).map_err(|_| invalid())?;
        url.path_segments_mut()
            .map_err(|()| invalid())?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }
}

/// The key header, marked sensitive so `Debug` of a request hides it.
fn auth(key: &ApiKey) -> Result<HeaderMap, Error> {
    let mut value = HeaderValue::from_str(key.expose()).map_err(|_| Error::KeyRefused)?;
    value.set_sensitive(true);
    let mut headers = HeaderMap::new();
    headers.insert("x-api-key", value);
    Ok(headers)
}

async fn read<T: DeserializeOwned>(
    response: Result<Response, reqwest::Error>,
    doing: Request,
) -> Result<T, Error> {
    let response = response.map_err(transport_error)?;
    let status = response.status();
    let retry_after = retry_after_seconds(response.headers());
    let text = response.text().await.map_err(transport_error)?;
    if !status.is_success() {
        return Err(status_error(status, &text, retry_after));
    }
    serde_json::from_str(&text).map_err(|error| Error::MalformedAnswer {
        request: doing,
        detail: format!("not JSON: {error}"),
    })
}

fn data_as<T: DeserializeOwned>(mut body: Value, doing: Request) -> Result<T, Error> {
    let data = body
        .get_mut("data")
        .map(Value::take)
        .ok_or_else(|| missing_data(doing))?;
    parse(data, doing)
}

fn parse<T: DeserializeOwned>(value: Value, doing: Request) -> Result<T, Error> {
    serde_json::from_value(value).map_err(|error| Error::MalformedAnswer {
        request: doing,
        detail: error.to_string(),
    })
}

fn missing_data(doing: Request) -> Error {
    Error::MalformedAnswer {
        request: doing,
        detail: "the answer has no data".to_owned(),
    }
}

fn status_error(status: StatusCode, body: &str, retry_after: Option<u64>) -> Error {
    match status.as_u16() {
        400 | 422 => Error::InvalidInput {
            message: server_message(body),
        },
        401 | 403 => Error::KeyRefused,
        402 => Error::OutOfCredits,
        429 => Error::RateLimited {
            retry_after_seconds: retry_after,
        },
        code => Error::ServerError { status: code },
    }
}

/// The server's own words, whatever shape its error body has: JSON
/// `error`, `message` or `detail` (text, object or list), or plain text.
pub fn server_message(body: &str) -> String {
    fn words(value: &Value) -> Option<String> {
        match value {
            Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
            Value::Object(fields) => ["error", "message", "detail", "msg", "description"]
                .iter()
                .find_map(|name| fields.get(*name).and_then(words)),
            Value::Array(items) => {
                let parts: Vec<String> = items.iter().filter_map(words).collect();
                (!parts.is_empty()).then(|| parts.join("; "))
            }
            _ => None,
        }
    }
    let text = match serde_json::from_str::<Value>(body) {
        Ok(value) => words(&value).unwrap_or_else(|| body.trim().to_owned()),
        Err(_) => body.trim().to_owned(),
    };
    let text: String = text.chars().take(300).collect();
    if text.is_empty() {
        "no reason was given".to_owned()
    } else {
        text
    }
}

/// `Retry-After` as seconds, from either of its forms.
fn retry_after_seconds(headers: &HeaderMap) -> Option<u64> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds);
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .map_or(0, |d| d.as_secs()),
    )
}

/// The one reading of a failed request, for the API and recording links alike.
pub(crate) fn transport_error(error: reqwest::Error) -> Error {
    // Before the time-out: a connection that timed out was never made, so
    // nothing was sent.
    let connect = error.is_connect();
    if error.is_timeout() && !connect {
        return Error::Timeout;
    }
    // The innermost cause says it plainly ("Connection refused").
    let mut cause: &dyn std::error::Error = &error;
    while let Some(source) = cause.source() {
        cause = source;
    }
    let detail = cause.to_string();
    if connect {
        // No connection, so no request: proof that nothing was sent.
        Error::CouldNotConnect { detail }
    } else {
        Error::Network { detail }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_message_reads_every_body_shape() {
        for (body, expected) in [
            (
                r#"{"error": "to_phone_number is required"}"#,
                "to_phone_number is required",
            ),
            (r#"{"message": "objective too long"}"#, "objective too long"),
            (r#"{"detail": "bad website"}"#, "bad website"),
            (
                r#"{"detail": [{"msg": "field a"}, {"msg": "field b"}]}"#,
                "field a; field b",
            ),
            (r#"{"error": {"code": 7, "message": "nested"}}"#, "nested"),
            ("Bad Request: number", "Bad Request: number"),
            ("", "no reason was given"),
        ] {
            assert_eq!(server_message(body), expected, "{body}");
        }
    }

    #[test]
    fn the_key_never_shows_in_a_request_debug() {
        let key = ApiKey::parse("sk_live_never_print_me_9911").unwrap();
        let request = reqwest::Client::new()
            .get("http://127.0.0.1:9/api/v1/calls")
            .headers(auth(&key).unwrap())
            .build()
            .unwrap();
        let shown = format!("{request:?} {:?}", request.headers());
        assert!(!shown.contains("never_print_me"), "{shown}");
        assert!(shown.contains("Sensitive"), "{shown}");
    }

    #[test]
    fn base_defaults_to_the_real_service_unless_one_is_given() {
        assert_eq!(api_base_from(None), DEFAULT_API_BASE);
        assert_eq!(api_base_from(Some("  ".into())), DEFAULT_API_BASE);
        assert_eq!(
            api_base_from(Some(" http://127.0.0.1:8787/api/v1\n".into())),
            "http://127.0.0.1:8787/api/v1"
        );
    }

    #[test]
    fn the_key_goes_only_over_https_or_to_this_computer() {
        for (base, allowed) in [
            (DEFAULT_API_BASE, true),
            ("https://proxy.example.net/api/v1/", true),
            ("http://127.0.0.1:8787/api/v1", true),
            ("http://localhost:8787/api/v1", true),
            ("http://[::1]:8787/api/v1", true),
            ("http://api.example.net/api/v1", false),
            ("http://agentphone.app/api/v1", false),
            ("http://10.0.0.8/api/v1", false),
            ("http://127.0.0.1.example.net/api/v1", false),
            ("ftp://127.0.0.1/api/v1", false),
            ("agentphone.app/api/v1", false),
            ("", false),
        ] {
            match Client::new(base) {
                Ok(client) => assert!(allowed, "{base} was accepted: {}", client.base()),
                Err(Error::UnsafeApiBase { base: refused }) => {
                    assert!(!allowed, "{base} was refused");
                    assert_eq!(refused, base.trim_end_matches('/'));
                }
                Err(other) => panic!("{base}: {other}"),
            }
        }
    }

    #[test]
    fn call_ids_are_one_path_segment() {
        let client = Client::new("http://127.0.0.1:1/api/v1/").unwrap();
        let url = client.url(&["calls", "../../x"]).unwrap();
        assert_eq!(url.as_str(), "http://127.0.0.1:1/api/v1/calls/..%2F..%2Fx");
    }
}
