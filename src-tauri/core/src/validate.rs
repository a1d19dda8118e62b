//! Checks what the person typed before anything is sent, with a message
//! for each field that needs fixing.

use phonenumber::country::Id as Country;
use phonenumber::metadata::DATABASE;
use phonenumber::{Mode, Type as NumberType};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::models::NewCall;

pub const MAX_OBJECTIVE_CHARS: usize = 2_000;
pub const MAX_BUSINESS_CHARS: usize = 200;
/// Far beyond any real web address; a longer one is pasted by mistake.
pub const MAX_WEBSITE_CHARS: usize = 500;

/// Emergency and short service numbers, as dialled inside a country (also
/// after a country code): 911, 112, 999, 000, 110, 119, 118, 100–102, 108
/// and their like. Any other number this short is refused too.
const EMERGENCY: &[&str] = &[
    "000", "08", "061", "062", "100", "101", "102", "103", "104", "108", "110", "111", "112",
    "113", "114", "115", "116", "117", "118", "119", "120", "122", "123", "15", "17", "18", "190",
    "192", "193", "194", "197", "199", "911", "999",
];
/// National numbers of this many digits or fewer are service codes, not
/// businesses.
const SHORT_NUMBER_DIGITS: usize = 6;

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
    pub objective: String,
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
    /// `+14155551234` once the number is valid.
    pub e164: Option<String>,
    /// `+1 415-555-1234` once the number is valid.
    pub international: Option<String>,
    /// A valid number that may not reach a business as expected (shared
    /// cost, personal, pager, voicemail): said, not refused.
    pub number_note: Option<String>,
}

impl FormCheck {
    pub fn is_ok(&self) -> bool {
        self.phone.is_none()
            && self.business_name.is_none()
            && self.website.is_none()
            && self.objective.is_none()
    }

    /// The first problem, for a one-line message.
    pub fn first_problem(&self) -> Option<&str> {
        [
            &self.phone,
            &self.objective,
            &self.business_name,
            &self.website,
        ]
        .into_iter()
        .find_map(|problem| problem.as_deref())
    }
}

/// Checks the whole form. On success the request body is ready to send.
pub fn check(form: &CallForm) -> Result<NewCall, Box<FormCheck>> {
    let mut check = FormCheck::default();
    let number = match phone(&form.phone, &form.country) {
        Ok(number) => {
            check.e164 = Some(number.format().mode(Mode::E164).to_string());
            check.international = Some(number.format().mode(Mode::International).to_string());
            check.number_note = number_note(&number);
            Some(number)
        }
        Err(problem) => {
            check.phone = Some(problem);
            None
        }
    };
    let objective = form.objective.trim();
    let objective_chars = objective.chars().count();
    if objective.is_empty() {
        check.objective = Some("Describe what the agent should do on the call.".to_owned());
    } else if objective_chars > MAX_OBJECTIVE_CHARS {
        check.objective = Some(format!(
            "Keep the objective to {MAX_OBJECTIVE_CHARS} characters or fewer (it has {objective_chars})."
        ));
    }
    let business = form.business_name.trim();
    if business.chars().count() > MAX_BUSINESS_CHARS {
        check.business_name = Some(format!(
            "Keep the business name to {MAX_BUSINESS_CHARS} characters or fewer."
        ));
    }
    let website = match website(&form.website) {
        Ok(site) => site,
        Err(problem) => {
            check.website = Some(problem);
            None
        }
    };
    match (check.is_ok(), check.e164.clone()) {
        (true, Some(e164)) if number.is_some() => Ok(NewCall {
            to_phone_number: e164,
            objective: objective.to_owned(),
            business_name: (!business.is_empty()).then(|| business.to_owned()),
            website,
        }),
        _ => Err(Box::new(check)),
    }
}

/// Only the form check, for feedback while typing.
pub fn check_form(form: &CallForm) -> FormCheck {
    match check(form) {
        Ok(call) => {
            let number = phone(&call.to_phone_number, "").ok();
            FormCheck {
                e164: Some(call.to_phone_number),
                international: number
                    .as_ref()
                    .map(|n| n.format().mode(Mode::International).to_string()),
                number_note: number.as_ref().and_then(number_note),
                ..FormCheck::default()
            }
        }
        Err(check) => *check,
    }
}

fn phone(typed: &str, country: &str) -> Result<phonenumber::PhoneNumber, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err("Enter the phone number to call.".to_owned());
    }
    if typed.chars().any(char::is_alphabetic) {
        return Err(
            "A phone number has only digits (and spaces, dashes, brackets or a leading +). \
             Letters cannot be dialled."
                .to_owned(),
        );
    }
    let allowed = |c: char| c.is_ascii_digit() || " -().+/".contains(c);
    if !typed.chars().all(allowed) {
        return Err(
            "Remove the symbols: a phone number has only digits, spaces, dashes, brackets or a \
             leading +."
                .to_owned(),
        );
    }
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err("Enter the digits of the number after the +.".to_owned());
    }
    // "00" starts an international number (0044…), but "000" is Australia's 000.
    let international =
        typed.starts_with('+') || (typed.starts_with("00") && digits.len() > SHORT_NUMBER_DIGITS);
    if is_emergency(&digits, international) {
        return Err(
            "AgentPhone cannot call emergency or short service numbers such as 911, 112 or 999. \
             If you need help, call them yourself now."
                .to_owned(),
        );
    }
    let country: Option<Country> =
        if international {
            None
        } else {
            match country.trim().to_uppercase().parse() {
                Ok(id) => Some(id),
                Err(_) => return Err(
                    "Choose the country of this number, or type it with + and the country code."
                        .to_owned(),
                ),
            }
        };
    let normalised = match typed.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => typed.to_owned(),
    };
    let number = phonenumber::parse(country, &normalised).map_err(|_| {
        "This does not look like a phone number. Check the digits, or choose the right country."
            .to_owned()
    })?;
    if number.national().value().to_string().len() <= SHORT_NUMBER_DIGITS {
        return Err(
            "This is a short service number, not a business line. AgentPhone can only call \
             full phone numbers."
                .to_owned(),
        );
    }
    if !phonenumber::is_valid(&number) {
        return Err(
            "This is not a valid phone number for that country. Check the digits, or choose \
             the right country."
                .to_owned(),
        );
    }
    if number.number_type(&DATABASE) == NumberType::PremiumRate {
        return Err(
            "This is a premium-rate number: calling it costs extra by the minute. AgentPhone does \
             not call premium-rate numbers; look for the business's ordinary number on its \
             website."
                .to_owned(),
        );
    }
    Ok(number)
}

/// What to know before calling a valid number that is not an ordinary line.
fn number_note(number: &phonenumber::PhoneNumber) -> Option<String> {
    let note = match number.number_type(&DATABASE) {
        NumberType::SharedCost => {
            "This is a shared-cost number: the call may cost more than an ordinary one."
        }
        NumberType::PersonalNumber => {
            "This is a personal forwarding number: it may reach a person rather than the business."
        }
        NumberType::Pager => "This is a pager number: nobody can talk with the agent on it.",
        NumberType::Voicemail => "This is a voicemail number: it reaches a mailbox, not a person.",
        _ => return None,
    };
    Some(note.to_owned())
}

/// 911 as typed, or after any country code (`+1 911`, `+44 999`).
fn is_emergency(digits: &str, international: bool) -> bool {
    if EMERGENCY.contains(&digits) {
        return true;
    }
    let digits = if international {
        digits.strip_prefix("00").unwrap_or(digits)
    } else {
        digits
    };
    if EMERGENCY.contains(&digits) {
        return true;
    }
    international
        && (1..=3).any(|code| {
            digits
                .get(code..)
                .is_some_and(|rest| EMERGENCY.contains(&rest))
        })
}

/// `None` for an empty field; otherwise an `http(s)` address with a real
/// host name. A bare domain (`luigis.com`) is taken as `https://luigis.com`.
fn website(typed: &str) -> Result<Option<String>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if typed.chars().count() > MAX_WEBSITE_CHARS {
        return Err(format!(
            "Keep the web address to {MAX_WEBSITE_CHARS} characters or fewer, or leave it empty."
        ));
    }
    let problem = || {
        "Enter the business's web address, like https://example.com, or leave it empty.".to_owned()
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn form(phone: &str, country: &str) -> CallForm {
        CallForm {
            phone: phone.into(),
            country: country.into(),
            objective: "Ask about the return policy".into(),
            ..CallForm::default()
        }
    }

    fn phone_problem(phone: &str, country: &str) -> Option<String> {
        check_form(&form(phone, country)).phone
    }

    #[test]
    fn premium_rate_numbers_are_refused_and_odd_ones_are_noted() {
        let premium = phone_problem("+1 900 555 0100", "US").expect("premium refused");
        assert!(premium.contains("premium-rate"), "{premium}");
        assert!(phone_problem("0901 234 5678", "GB").is_some());
        for (typed, country, says) in [
            ("0840 123 456", "CH", "shared-cost"),
            ("0878 123 456", "CH", "personal"),
            ("074 012 34 56", "CH", "pager"),
            ("086 012 345 6789", "CH", "voicemail"),
        ] {
            let check = check_form(&form(typed, country));
            assert_eq!(check.phone, None, "{typed} is valid");
            let note = check
                .number_note
                .unwrap_or_else(|| panic!("{typed}: no note"));
            assert!(note.contains(says), "{typed}: {note}");
        }
        assert_eq!(check_form(&form("(415) 555-0132", "US")).number_note, None);
    }

    #[test]
    fn a_web_address_has_a_length_limit() {
        let long = format!("https://example.com/{}", "a".repeat(MAX_WEBSITE_CHARS));
        let check = check_form(&CallForm {
            website: long,
            ..form("4155550132", "US")
        });
        assert!(check.website.unwrap().contains("500 characters"));
    }

    #[test]
    fn national_and_international_forms_become_e164() {
        for (typed, country, e164) in [
            ("(415) 555-0132", "US", "+14155550132"),
            ("415.555.0132", "US", "+14155550132"),
            ("+1 415 555 0132", "DE", "+14155550132"),
            ("0044 20 7946 0958", "US", "+442079460958"),
            ("020 7946 0958", "GB", "+442079460958"),
            ("030 901820", "DE", "+4930901820"),
        ] {
            let call = check(&form(typed, country)).unwrap_or_else(|c| panic!("{typed}: {c:?}"));
            assert_eq!(call.to_phone_number, e164, "{typed}");
        }
        let check = check_form(&form("4155550132", "US"));
        assert_eq!(check.international.as_deref(), Some("+1 415-555-0132"));
    }

    #[test]
    fn emergency_and_short_service_numbers_are_refused() {
        for (typed, country) in [
            ("911", "US"),
            ("+1 911", "US"),
            ("112", "DE"),
            ("+49 112", "US"),
            ("999", "GB"),
            ("+44 999", "US"),
            ("000", "AU"),
            ("+61 000", "US"),
            ("110", "DE"),
            ("119", "JP"),
            ("118", "IT"),
            ("100", "FR"),
            ("101", "GB"),
            ("102", "IN"),
            ("108", "IN"),
            ("0049 112", "US"),
            ("1-1-2", "DE"),
            ("9 1 1", "US"),
        ] {
            let problem =
                phone_problem(typed, country).unwrap_or_else(|| panic!("{typed} accepted"));
            assert!(problem.contains("emergency"), "{typed}: {problem}");
        }
        let short = phone_problem("1234", "US").unwrap();
        assert!(short.contains("short service number"), "{short}");
    }

    #[test]
    fn odd_input_gets_a_plain_message() {
        assert!(phone_problem("", "US")
            .unwrap()
            .contains("Enter the phone number"));
        assert!(phone_problem("+", "US").unwrap().contains("after the +"));
        assert!(phone_problem("1-800-FLOWERS", "US")
            .unwrap()
            .contains("Letters"));
        assert!(phone_problem("555-0132", "US").is_some());
        assert!(phone_problem("+1 415 555 01329999", "US").is_some());
        assert!(phone_problem("4155550132", "XX")
            .unwrap()
            .contains("Choose the country"));
        assert!(phone_problem("📞 4155550132", "US").is_some());
    }

    #[test]
    fn objective_is_trimmed_required_and_limited() {
        let mut typed = form("4155550132", "US");
        typed.objective = "  \n Book a table for 2 at 7pm 🍝 \t".into();
        assert_eq!(
            check(&typed).unwrap().objective,
            "Book a table for 2 at 7pm 🍝"
        );
        typed.objective = "   ".into();
        assert!(check_form(&typed)
            .objective
            .unwrap()
            .contains("Describe what the agent"));
        typed.objective = "x".repeat(10_240);
        assert!(check_form(&typed)
            .objective
            .unwrap()
            .contains("2000 characters or fewer (it has 10240)"));
        typed.objective = "é".repeat(MAX_OBJECTIVE_CHARS);
        assert!(
            check(&typed).is_ok(),
            "the limit counts characters, not bytes"
        );
        typed.objective = "اسأل عن سياسة الإرجاع".into();
        assert_eq!(check(&typed).unwrap().objective, "اسأل عن سياسة الإرجاع");
    }

    #[test]
    fn business_name_is_optional_and_limited() {
        let mut typed = form("4155550132", "US");
        assert_eq!(check(&typed).unwrap().business_name, None);
        typed.business_name = " Luigi's ".into();
        assert_eq!(
            check(&typed).unwrap().business_name.as_deref(),
            Some("Luigi's")
        );
        typed.business_name = "B".repeat(201);
        assert!(check_form(&typed).business_name.is_some());
    }

    #[test]
    fn website_must_be_http_with_a_real_host() {
        let mut typed = form("4155550132", "US");
        for (site, expected) in [
            (
                "https://luigis.example.com/menu",
                "https://luigis.example.com/menu",
            ),
            ("http://shop.co.uk", "http://shop.co.uk/"),
            ("luigis.com", "https://luigis.com/"),
        ] {
            typed.website = site.into();
            assert_eq!(
                check(&typed).unwrap().website.as_deref(),
                Some(expected),
                "{site}"
            );
        }
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://files.example.com",
            "luigis",
            "https://localhost",
            "http://192.168.1.1",
            "https://user:pw@example.com",
            "https://",
            "data:text/html,hi",
        ] {
            typed.website = bad.into();
            assert!(check_form(&typed).website.is_some(), "{bad} accepted");
        }
    }
}
