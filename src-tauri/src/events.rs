//! The events the window listens to, by name.

/// The events the window listens to. The window's names are typed by this
/// enum's TypeScript form, so a name changed here fails its type check.
#[derive(Debug, Clone, Copy, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum EventName {
    /// Every engine event goes out on this.
    Engine,
    /// The player reports its position on this.
    Player,
    /// A `tel:` or `callto:` link was opened with the app.
    Link,
}

/// What a `tel:` / `callto:` link opened with the app held.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LinkOpened {
    /// The number as written in the link; `None` when it held none (the
    /// window says so and fills in nothing).
    pub number: Option<String>,
}

/// The link the app was started with, until the window has taken it.
pub struct LaunchLink(std::sync::Mutex<Option<LinkOpened>>);

impl LaunchLink {
    pub fn from_arguments(arguments: impl IntoIterator<Item = String>) -> Self {
        Self(std::sync::Mutex::new(
            agentphone_core::links::in_arguments(arguments).map(LinkOpened::from),
        ))
    }

    /// The link, once: a window opened again later does not fill it again.
    pub fn take(&self) -> Option<LinkOpened> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

impl LinkOpened {
    pub fn from(found: Result<String, agentphone_core::links::LinkProblem>) -> Self {
        Self { number: found.ok() }
    }
}

impl EventName {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Engine => "engine",
            Self::Player => "player",
            Self::Link => "link",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EventName;

    #[test]
    fn event_names_are_said_once() {
        for name in [EventName::Engine, EventName::Player, EventName::Link] {
            assert_eq!(
                serde_json::to_value(name).ok(),
                Some(serde_json::Value::from(name.as_str()))
            );
        }
    }
}
