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
}

impl EventName {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Engine => "engine",
            Self::Player => "player",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EventName;

    #[test]
    fn event_names_are_said_once() {
        for name in [EventName::Engine, EventName::Player] {
            assert_eq!(
                serde_json::to_value(name).ok(),
                Some(serde_json::Value::from(name.as_str()))
            );
        }
    }
}
