//! Checks what the person typed before anything is sent, with a message
//! for each field that needs fixing.

pub(crate) mod phone;
#[cfg(test)]
mod tests;

use phonenumber::Mode;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::caller::{Caller, MAX_VOICEMAIL_CHARS};
use crate::models::NewCall;
use phone::{number_note, phone};

pub const MAX_OBJECTIVE_CHARS: usize = 2_000;
pub const MAX_BUSINESS_CHARS: usize = 200;
/// Far beyond any real web address; a longer one is pasted by mistake.
pub const MAX_WEBSITE_CHARS: usize = 500;

/// The new-call form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallForm {
    pub phone: String,
    /// ISO 3166 code of the country a national number belongs to, e.g. `US`.
    pub country: String,
    pub business_name: String,
    pub website: String,
    /// What the agent should do; on a follow-up, what it should do now.
    pub objective: String,
    /// The earlier call this one follows up: its question and answer go
    /// before the objective in what is sent (see [`follow_up_objective`]).
    #[serde(default)]
    pub follows: Option<i64>,
    /// Tell the agent who the call is for (Settings → You); the commands
    /// fill [`caller`](Self::caller) from the preferences when set.
    #[serde(default)]
    pub for_caller: bool,
    #[serde(skip)]
    #[ts(skip)]
    pub caller: Option<Caller>,
    /// What to leave on voicemail, if the agent reaches it (empty: nothing).
    #[serde(default)]
    pub voicemail: String,
    /// The language the business speaks (a tag of
    /// [`SPOKEN_LANGUAGES`](crate::businesses::SPOKEN_LANGUAGES); empty: not
    /// said), filled from a kept business: the agent is told.
    #[serde(default)]
    pub speaks: String,
}

impl CallForm {
    /// What is added to the objective for the agent (the language the
    /// business speaks, who the call is for, the voicemail message), as the
    /// confirmation shows it.
    pub fn told(&self) -> Option<String> {
        crate::caller::told(self.caller.as_ref(), &self.voicemail, &self.speaks)
    }
}

/// What is wrong with the form, field by field (`None`: that field is fine),
/// and the number as it would be dialled.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FormCheck {
    pub phone: Option<String>,
    pub business_name: Option<String>,
    pub website: Option<String>,
    pub objective: Option<String>,
    pub voicemail: Option<String>,
    pub speaks: Option<String>,
    /// `+14155551234` once the number is valid.
    pub e164: Option<String>,
    /// `+1 415-555-1234` once the number is valid.
    pub international: Option<String>,
    /// A valid number that may not reach a business as expected (shared
    /// cost, personal, pager, voicemail): said, not refused.
    pub number_note: Option<String>,
    /// Nothing needs fixing: the call can be confirmed.
    pub ok: bool,
    /// Characters in the objective as it will be sent (trimmed), and how
    /// many fit: the form's counter.
    pub objective_chars: u32,
    pub objective_limit: u32,
}

impl FormCheck {
    pub fn is_ok(&self) -> bool {
        self.phone.is_none()
            && self.business_name.is_none()
            && self.website.is_none()
            && self.objective.is_none()
            && self.voicemail.is_none()
            && self.speaks.is_none()
    }

    /// The first problem, for a one-line message.
    pub fn first_problem(&self) -> Option<&str> {
        [
            &self.phone,
            &self.objective,
            &self.business_name,
            &self.website,
            &self.voicemail,
            &self.speaks,
        ]
        .into_iter()
        .find_map(|problem| problem.as_deref())
    }
}

/// Checks the whole form. On success the request body is ready to send.
pub fn check(form: &CallForm) -> Result<NewCall, Box<FormCheck>> {
    check_in(form, crate::messages::ENGLISH)
}

/// [`check`], with what needs fixing said in `language`.
pub fn check_in(form: &CallForm, language: &str) -> Result<NewCall, Box<FormCheck>> {
    let say = |id: &str, facts: &[(&str, serde_json::Value)]| {
        Some(crate::messages::text(language, id, facts))
    };
    let mut check = FormCheck::default();
    let number = match phone(&form.phone, &form.country) {
        Ok(number) => {
            check.e164 = Some(number.format().mode(Mode::E164).to_string());
            check.international = Some(number.format().mode(Mode::International).to_string());
            check.number_note = number_note(&number).and_then(|note| say(note, &[]));
            Some(number)
        }
        Err(problem) => {
            check.phone = say(problem, &[]);
            None
        }
    };
    let typed = form.objective.trim();
    // What the agent is told: the objective, then who it is for and the
    // voicemail message; the limit counts it all.
    let objective = match (typed.is_empty(), form.told()) {
        (false, Some(added)) => format!("{typed}\n\n{added}"),
        _ => typed.to_owned(),
    };
    let objective_chars = objective.chars().count();
    if form.voicemail.trim().chars().count() > MAX_VOICEMAIL_CHARS {
        check.voicemail = say(
            "check-voicemail-too-long",
            &[("limit", MAX_VOICEMAIL_CHARS.into())],
        );
    }
    if !form.speaks.is_empty() && crate::businesses::english_name(&form.speaks).is_none() {
        check.speaks = say("check-speaks-unknown", &[]);
    }
    if typed.is_empty() {
        check.objective = say("check-objective-empty", &[]);
    } else if objective_chars > MAX_OBJECTIVE_CHARS {
        check.objective = say(
            "check-objective-too-long",
            &[
                ("chars", objective_chars.into()),
                ("limit", MAX_OBJECTIVE_CHARS.into()),
            ],
        );
    }
    check.objective_chars = objective_chars as u32;
    check.objective_limit = MAX_OBJECTIVE_CHARS as u32;
    let business = form.business_name.trim();
    if business.chars().count() > MAX_BUSINESS_CHARS {
        check.business_name = say(
            "check-business-too-long",
            &[("limit", MAX_BUSINESS_CHARS.into())],
        );
    }
    let website = match website(&form.website) {
        Ok(site) => site,
        Err(problem) => {
            check.website = say(problem, &[("limit", MAX_WEBSITE_CHARS.into())]);
            None
        }
    };
    match (check.is_ok(), check.e164.clone()) {
        (true, Some(e164)) if number.is_some() => Ok(NewCall {
            to_phone_number: e164,
            objective,
            business_name: (!business.is_empty()).then(|| business.to_owned()),
            website,
        }),
        _ => Err(Box::new(check)),
    }
}

/// A stored E.164 number as people read it (`+1 415-555-0132`); as it is
/// if the phone library cannot read it.
pub fn for_people(e164: &str) -> String {
    phone(e164, "")
        .map(|number| number.format().mode(Mode::International).to_string())
        .unwrap_or_else(|_| e164.to_owned())
}

/// Only the form check, for feedback while typing.
pub fn check_form(form: &CallForm) -> FormCheck {
    check_form_in(form, crate::messages::ENGLISH)
}

/// [`check_form`], with what needs fixing said in `language`.
pub fn check_form_in(form: &CallForm, language: &str) -> FormCheck {
    match check_in(form, language) {
        Ok(call) => {
            let number = phone(&call.to_phone_number, "").ok();
            FormCheck {
                objective_chars: call.objective.chars().count() as u32,
                objective_limit: MAX_OBJECTIVE_CHARS as u32,
                e164: Some(call.to_phone_number),
                international: number
                    .as_ref()
                    .map(|n| n.format().mode(Mode::International).to_string()),
                number_note: number
                    .as_ref()
                    .and_then(number_note)
                    .map(|note| crate::messages::text(language, note, &[])),
                ok: true,
                ..FormCheck::default()
            }
        }
        Err(check) => *check,
    }
}

/// `None` for an empty field; otherwise an `http(s)` address with a real
/// host name. A bare domain (`luigis.com`) is taken as `https://luigis.com`.
pub(crate) fn website(typed: &str) -> Result<Option<String>, &'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if typed.chars().count() > MAX_WEBSITE_CHARS {
        return Err("check-website-too-long");
    }
    let problem = || "check-website-invalid";
    let with_scheme = if typed.contains("://") || typed.contains(':') {
        typed.to_owned()
    } else {
        format!("https://{typed}")
    };
    let url = url::Url::parse(&with_scheme).map_err(|_| problem())?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(problem());
    }
    let Some(url::Host::Domain(host)) = url.host() else {
        return Err(problem());
    };
    let labels: Vec<&str> = host.split('.').collect();
    let top_level = labels.last().copied().unwrap_or_default();
    let real_top_level = top_level.starts_with("xn--")
        || (top_level.len() >= 2 && top_level.chars().all(|c| c.is_ascii_alphabetic()));
    let real_host =
        labels.len() >= 2 && labels.iter().all(|label| !label.is_empty()) && real_top_level;
    if !real_host || !url.username().is_empty() || url.password().is_some() {
        return Err(problem());
    }
    Ok(Some(url.to_string()))
}

/// What a follow-up sends: the earlier call's question and answer, then
/// what to do now, within the objective's limit (the earlier part is
/// shortened first). Nothing to do now stays nothing: the form then asks
/// for it.
pub fn follow_up_objective(earlier: &crate::history::CallRecord, now: &str) -> String {
    let now = now.trim();
    if now.is_empty() {
        return String::new();
    }
    let day = humantime::format_rfc3339_seconds(
        std::time::UNIX_EPOCH
            + std::time::Duration::from_millis(
                earlier
                    .scheduled_at_ms
                    .unwrap_or(earlier.created_at_ms)
                    .max(0) as u64,
            ),
    )
    .to_string();
    let answer = earlier
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|summary| !summary.is_empty())
        .unwrap_or("no summary was given");
    let before = format!(
        "Earlier call ({}): you asked: {} Their answer: {answer}",
        &day[..10],
        earlier.objective.trim()
    );
    let joint = "\n\nNow: ";
    let room = MAX_OBJECTIVE_CHARS
        .saturating_sub(now.chars().count() + joint.chars().count())
        .max(200);
    let before: String = if before.chars().count() > room {
        before.chars().take(room - 1).chain(['…']).collect()
    } else {
        before
    };
    format!("{before}{joint}{now}")
}
