//! What the AgentPhone service sends and receives.
//!
//! Lenient on the way in: unknown fields are ignored, missing or `null`
//! optional fields become `None`, and a status or outcome the app does not
//! know is kept as the text that came.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// The body of `POST /calls`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct NewCall {
    /// E.164, e.g. `+14155551234`.
    pub to_phone_number: String,
    pub objective: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// The answer to `POST /calls`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedCall {
    pub call_id: String,
    pub status: CallStatus,
    pub created_at: Option<String>,
    pub credits_remaining: Option<u32>,
    /// Said by the simulator; the real service never sends it.
    pub simulated: bool,
}

/// One item of `GET /calls`, holding only what the list proves: every
/// field may be missing, and results are never taken from it. An item
/// without a `call_id` cannot be matched to anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListedCall {
    pub call_id: Option<String>,
    pub status: Option<CallStatus>,
    pub created_at: Option<String>,
    pub to_phone_number: Option<String>,
    pub objective: Option<String>,
    pub business_name: Option<String>,
}

impl ListedCall {
    /// Reads an item field by field: a field that is missing, empty or not
    /// text counts as missing, and never spoils the rest of the page.
    pub fn from_item(item: &serde_json::Value) -> Self {
        let text = |name: &str| {
            item.get(name)
                .and_then(serde_json::Value::as_str)
                .filter(|text| !text.trim().is_empty())
                .map(str::to_owned)
        };
        Self {
            call_id: text("call_id"),
            status: text("status").map(|status| CallStatus::parse(&status)),
            created_at: text("created_at"),
            to_phone_number: text("to_phone_number"),
            objective: text("objective"),
            business_name: text("business_name"),
        }
    }
}

/// A call as `GET /calls/{id}` shows it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct Call {
    pub call_id: String,
    #[serde(with = "as_text")]
    #[ts(type = "string")]
    pub status: CallStatus,
    #[serde(default, with = "as_text::optional")]
    #[ts(type = "string | null")]
    pub outcome: Option<Outcome>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub transcript: Option<String>,
    #[serde(default)]
    pub recording_url: Option<String>,
    #[serde(default, deserialize_with = "seconds")]
    pub duration_seconds: Option<u32>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub to_phone_number: Option<String>,
    #[serde(default)]
    pub objective: Option<String>,
    #[serde(default)]
    pub business_name: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub simulated: bool,
}

impl Call {
    /// A call known only by its id and status (what a list item proves).
    pub fn with_status(call_id: &str, status: CallStatus) -> Self {
        Self {
            call_id: call_id.to_owned(),
            status,
            outcome: None,
            summary: None,
            transcript: None,
            recording_url: None,
            duration_seconds: None,
            created_at: None,
            to_phone_number: None,
            objective: None,
            business_name: None,
            website: None,
            simulated: false,
        }
    }
}

/// Where a call is in its life. Unknown values are kept and not terminal;
/// the window gets them as `{ unknown: "…" }`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CallStatus {
    Queued,
    Dialing,
    InProgress,
    Completed,
    Failed,
    Canceled,
    #[serde(rename = "unknown")]
    Other(String),
}

impl CallStatus {
    pub fn parse(text: &str) -> Self {
        match text {
            "queued" => Self::Queued,
            "dialing" => Self::Dialing,
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            "canceled" | "cancelled" => Self::Canceled,
            other => Self::Other(other.to_owned()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Dialing => "dialing",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Canceled => "canceled",
            Self::Other(text) => text,
        }
    }

    /// `completed`, `failed` and `canceled` end a call; nothing else does.
    pub fn is_terminal(&self) -> bool {
        matches!(self, Self::Completed | Self::Failed | Self::Canceled)
    }
}

/// How well the agent did what it was asked; the window gets one it does
/// not know as `{ unknown: "…" }`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Outcome {
    Achieved,
    Partial,
    NotAchieved,
    #[serde(rename = "unknown")]
    Other(String),
}

impl Outcome {
    pub fn parse(text: &str) -> Self {
        match text {
            "achieved" => Self::Achieved,
            "partial" => Self::Partial,
            "not_achieved" => Self::NotAchieved,
            other => Self::Other(other.to_owned()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Self::Achieved => "achieved",
            Self::Partial => "partial",
            Self::NotAchieved => "not_achieved",
            Self::Other(text) => text,
        }
    }
}

/// Status and outcome as the service writes them: plain text.
pub trait Text: Sized {
    fn parse(text: &str) -> Self;
    fn as_str(&self) -> &str;
}

macro_rules! text {
    ($type:ty) => {
        impl Text for $type {
            fn parse(text: &str) -> Self {
                <$type>::parse(text)
            }
            fn as_str(&self) -> &str {
                <$type>::as_str(self)
            }
        }

        impl rusqlite::types::FromSql for $type {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                Ok(<$type>::parse(value.as_str()?))
            }
        }
    };
}

text!(CallStatus);
text!(Outcome);

impl From<&str> for CallStatus {
    fn from(text: &str) -> Self {
        Self::parse(text)
    }
}

impl From<&str> for Outcome {
    fn from(text: &str) -> Self {
        Self::parse(text)
    }
}

/// The service's form of a status or outcome on the wire.
mod as_text {
    use super::*;

    pub fn serialize<T: Text, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(value.as_str())
    }

    pub fn deserialize<'de, T: Text, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        Ok(T::parse(&String::deserialize(deserializer)?))
    }

    pub mod optional {
        use super::*;

        pub fn serialize<T: Text, S: Serializer>(
            value: &Option<T>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(value) => serializer.serialize_some(value.as_str()),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, T: Text, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<T>, D::Error> {
            Ok(Option::<String>::deserialize(deserializer)?.map(|text| T::parse(&text)))
        }
    }
}

/// Whole seconds from any JSON number (`42`, `42.4`) or a numeric string.
fn seconds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(deserializer)?;
    Ok(value
        .and_then(|value| match value {
            serde_json::Value::Number(n) => n.as_f64(),
            serde_json::Value::String(s) => s.trim().parse().ok(),
            _ => None,
        })
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(|s| s.round() as u32))
}

fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    Ok(Option::<serde_json::Value>::deserialize(deserializer)?
        .and_then(|value| value.as_bool())
        .unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_null_and_unknown_fields_are_all_fine() {
        let call: Call = serde_json::from_value(json!({
            "call_id": "cl_1",
            "status": "in_progress",
            "outcome": null,
            "summary": null,
            "future_field": {"nested": [1, 2]},
        }))
        .unwrap();
        assert_eq!(call.status, CallStatus::InProgress);
        assert_eq!(call.outcome, None);
        assert_eq!(call.transcript, None);
        assert_eq!(call.duration_seconds, None);
        assert!(!call.simulated);
    }

    #[test]
    fn unknown_status_is_kept_and_not_terminal() {
        let call: Call =
            serde_json::from_value(json!({"call_id": "cl_1", "status": "on_hold"})).unwrap();
        assert_eq!(call.status, CallStatus::Other("on_hold".into()));
        assert!(!call.status.is_terminal());
        // On the wire it stays as it came; the window gets it as the unknown case.
        assert_eq!(serde_json::to_value(&call).unwrap()["status"], "on_hold");
        assert_eq!(
            serde_json::to_value(&call.status).unwrap(),
            json!({"unknown": "on_hold"})
        );
        assert_eq!(
            serde_json::to_value(CallStatus::InProgress).unwrap(),
            "in_progress"
        );
        for terminal in ["completed", "failed", "canceled"] {
            assert!(CallStatus::parse(terminal).is_terminal());
        }
        for running in ["queued", "dialing", "in_progress"] {
            assert!(!CallStatus::parse(running).is_terminal());
        }
    }

    #[test]
    fn duration_accepts_any_number() {
        for (value, expected) in [
            (json!(42), Some(42)),
            (json!(41.6), Some(42)),
            (json!("17"), Some(17)),
            (json!(-3), None),
        ] {
            let call: Call = serde_json::from_value(
                json!({"call_id": "c", "status": "completed", "duration_seconds": value}),
            )
            .unwrap();
            assert_eq!(call.duration_seconds, expected);
        }
    }

    #[test]
    fn new_call_leaves_out_empty_optional_fields() {
        let body = serde_json::to_value(NewCall {
            to_phone_number: "+14155551234".into(),
            objective: "Ask about returns".into(),
            business_name: None,
            website: Some("https://shop.example".into()),
        })
        .unwrap();
        assert_eq!(
            body,
            json!({"to_phone_number": "+14155551234", "objective": "Ask about returns", "website": "https://shop.example"})
        );
    }
}
