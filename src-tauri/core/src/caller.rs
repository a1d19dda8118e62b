//! Who the calls are made for (Settings → You) and what the agent is told
//! about it: added to every call's objective in one fixed, plain form the
//! person sees on the confirmation, unless a call leaves it out.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::validate::phone;

/// Longest name, organisation or reference kept.
pub const MAX_CALLER_CHARS: usize = 120;
/// Longest voicemail message.
pub const MAX_VOICEMAIL_CHARS: usize = 500;

/// The person or organisation calls are made for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct Caller {
    pub name: String,
    pub organisation: String,
    /// A number to call back on, as people read it once saved
    /// (`+49 30 1234567`; empty: none).
    pub callback: String,
    /// A reference the business may ask for ("customer number 44-1290").
    pub reference: String,
}

/// What [`check`] found wrong, field by field, in the person's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallerCheck {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub callback: Option<String>,
    pub reference: Option<String>,
}

impl Caller {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.organisation.is_empty()
            && self.callback.is_empty()
            && self.reference.is_empty()
    }

    /// Name and organisation as one, for "Calling for: …".
    pub fn who(&self) -> String {
        [self.name.as_str(), self.organisation.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The caller as typed, trimmed, with the callback number checked like any
/// number (a national one in `country`) and kept as people read it; `None` when
/// every field is empty.
pub fn check(typed: &Caller, country: &str, language: &str) -> Result<Option<Caller>, CallerCheck> {
    let say = |id: &str, facts: &[(&str, serde_json::Value)]| {
        Some(crate::messages::text(language, id, facts))
    };
    let mut problems = CallerCheck::default();
    let too_long = |text: &str, problem: &mut Option<String>| {
        if text.chars().count() > MAX_CALLER_CHARS {
            *problem = say(
                "check-caller-too-long",
                &[("limit", MAX_CALLER_CHARS.into())],
            );
        }
    };
    let caller = Caller {
        name: typed.name.trim().to_owned(),
        organisation: typed.organisation.trim().to_owned(),
        callback: typed.callback.trim().to_owned(),
        reference: typed.reference.trim().to_owned(),
    };
    too_long(&caller.name, &mut problems.name);
    too_long(&caller.organisation, &mut problems.organisation);
    too_long(&caller.reference, &mut problems.reference);
    let callback = if caller.callback.is_empty() {
        String::new()
    } else {
        match phone::phone(&caller.callback, country) {
            Ok(number) => number
                .format()
                .mode(phonenumber::Mode::International)
                .to_string(),
            Err(problem) => {
                problems.callback = say(problem, &[]);
                String::new()
            }
        }
    };
    if problems != CallerCheck::default() {
        return Err(problems);
    }
    let caller = Caller { callback, ..caller };
    Ok((!caller.is_empty()).then_some(caller))
}

/// What is added to the objective for the agent: the language the business
/// speaks, who the call is for and how to call back, and what to leave on
/// voicemail; `None` when nothing.
pub fn told(caller: Option<&Caller>, voicemail: &str, speaks: &str) -> Option<String> {
    let mut lines: Vec<String> = crate::businesses::speaks_hint(speaks).into_iter().collect();
    if let Some(caller) = caller.filter(|caller| !caller.is_empty()) {
        let who = caller.who();
        if !who.is_empty() {
            lines.push(format!("You are calling on behalf of {who}."));
        }
        if !caller.callback.is_empty() {
            lines.push(format!(
                "If they need to call back, the number is {}.",
                caller.callback
            ));
        }
        if !caller.reference.is_empty() {
            lines.push(format!(
                "Reference: {}.",
                caller.reference.trim_end_matches('.')
            ));
        }
    }
    let voicemail = voicemail.trim();
    if !voicemail.is_empty() {
        lines.push(format!(
            "If you reach voicemail, leave this message: {voicemail}"
        ));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jana() -> Caller {
        Caller {
            name: " Jana Novak ".into(),
            organisation: "Hotel Linde".into(),
            callback: "030 1234567".into(),
            reference: "customer number 44-1290".into(),
        }
    }

    #[test]
    fn a_caller_is_kept_trimmed_with_the_callback_as_e164() {
        let kept = check(&jana(), "DE", "en").unwrap().unwrap();
        assert_eq!(kept.name, "Jana Novak");
        assert_eq!(kept.callback, "+49 30 1234567");
        assert_eq!(kept.who(), "Jana Novak, Hotel Linde");
        assert_eq!(check(&Caller::default(), "DE", "en").unwrap(), None);
    }

    #[test]
    fn a_bad_callback_or_a_long_name_is_said_and_nothing_kept() {
        let wrong = Caller {
            callback: "12".into(),
            name: "x".repeat(MAX_CALLER_CHARS + 1),
            ..jana()
        };
        let problems = check(&wrong, "DE", "en").unwrap_err();
        assert!(problems.callback.is_some(), "{problems:?}");
        assert!(problems.name.is_some(), "{problems:?}");
        assert!(problems.organisation.is_none());
    }

    #[test]
    fn the_agent_is_told_in_one_fixed_plain_form() {
        let kept = check(&jana(), "DE", "en").unwrap();
        assert_eq!(
            told(kept.as_ref(), "  Please call Jana back today. ", "de").unwrap(),
            "They speak German: speak German with them.\n\
             You are calling on behalf of Jana Novak, Hotel Linde.\n\
             If they need to call back, the number is +49 30 1234567.\n\
             Reference: customer number 44-1290.\n\
             If you reach voicemail, leave this message: Please call Jana back today."
        );
        assert_eq!(told(None, " ", ""), None);
        assert_eq!(told(Some(&Caller::default()), "", "xx"), None);
    }
}
