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

pub(crate) fn phone(typed: &str, country: &str) -> Result<phonenumber::PhoneNumber, &'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err("check-phone-empty");
    }
    if typed.chars().any(char::is_alphabetic) {
        return Err("check-phone-letters");
    }
    let allowed = |c: char| c.is_ascii_digit() || " -().+/".contains(c);
    if !typed.chars().all(allowed) {
        return Err("check-phone-symbols");
    }
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err("check-phone-no-digits");
    }
    // "00" starts an international number (0044…), but "000" is Australia's 000.
    let international =
        typed.starts_with('+') || (typed.starts_with("00") && digits.len() > SHORT_NUMBER_DIGITS);
    if is_emergency(&digits, international) {
        return Err("check-phone-emergency");
    }
    let country: Option<Country> = if international {
        None
    } else {
        match country.trim().to_uppercase().parse() {
            Ok(id) => Some(id),
            Err(_) => return Err("check-phone-country"),
        }
    };
    let normalised = match typed.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => typed.to_owned(),
    };
    let number = phonenumber::parse(country, &normalised).map_err(|_| "check-phone-unreadable")?;
    if number.national().value().to_string().len() <= SHORT_NUMBER_DIGITS {
        return Err("check-phone-short");
    }
    if !phonenumber::is_valid(&number) {
        return Err("check-phone-invalid");
    }
    if number.number_type(&DATABASE) == NumberType::PremiumRate {
        return Err("check-phone-premium");
    }
    Ok(number)
}

/// What to know before calling a valid number that is not an ordinary line.
pub(super) fn number_note(number: &phonenumber::PhoneNumber) -> Option<&'static str> {
    let note = match number.number_type(&DATABASE) {
        NumberType::SharedCost => "check-note-shared-cost",
        NumberType::PersonalNumber => "check-note-personal",
        NumberType::Pager => "check-note-pager",
        NumberType::Voicemail => "check-note-voicemail",
        _ => return None,
    };
    Some(note)
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
