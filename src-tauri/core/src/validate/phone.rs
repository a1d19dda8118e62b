//! A phone number as typed, checked: emergency and short service numbers
//! and premium-rate lines refused, odd line types noted.

use phonenumber::country::Id as Country;
use phonenumber::metadata::DATABASE;
use phonenumber::Type as NumberType;

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

pub(super) fn phone(typed: &str, country: &str) -> Result<phonenumber::PhoneNumber, String> {
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
pub(super) fn number_note(number: &phonenumber::PhoneNumber) -> Option<String> {
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
