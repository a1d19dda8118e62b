//! The countries a number may belong to: every region the phone library
//! knows, with its calling code. The number's picker and the validator read
//! the same library, so they cannot disagree.

use phonenumber::country::Id;
use phonenumber::metadata::DATABASE;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Country {
    /// ISO 3166 code, e.g. `DE`; the window names it in the person's language.
    pub code: String,
    /// `49` for Germany.
    pub calling_code: u16,
}

/// Every region with its calling code, by code.
pub fn countries() -> Vec<Country> {
    let mut list: Vec<Country> = DATABASE
        .iter()
        .filter(|region| region.id().parse::<Id>().is_ok())
        .map(|region| Country {
            code: region.id().to_owned(),
            calling_code: region.country_code(),
        })
        .collect();
    list.sort_by(|a, b| a.code.cmp(&b.code));
    list.dedup_by(|a, b| a.code == b.code);
    list
}

/// The system's locale as a BCP 47 tag the window can read (`en_GB.UTF-8`
/// → `en-GB`); `None` for the "C" and "POSIX" locales, which name no place.
pub fn language_tag(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next().unwrap_or_default().trim();
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let tag = base.replace('_', "-");
    tag.split('-')
        .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()))
        .then_some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{check_form, CallForm};

    #[test]
    fn every_region_is_listed_once_with_its_calling_code() {
        let list = countries();
        assert!(list.len() > 200, "{} regions", list.len());
        let find = |code: &str| list.iter().find(|c| c.code == code).map(|c| c.calling_code);
        assert_eq!(find("DE"), Some(49));
        assert_eq!(find("US"), Some(1));
        assert_eq!(find("GB"), Some(44));
        assert!(list.windows(2).all(|w| w[0].code < w[1].code));
        assert!(find("001").is_none(), "no non-geographic entries");
    }

    #[test]
    fn the_validator_takes_every_listed_country() {
        for country in countries() {
            let check = check_form(&CallForm {
                phone: "12345678".into(),
                country: country.code.clone(),
                objective: "Ask".into(),
                ..CallForm::default()
            });
            assert!(
                !check
                    .phone
                    .unwrap_or_default()
                    .starts_with("Choose the country"),
                "{} is listed but refused",
                country.code
            );
        }
    }

    #[test]
    fn locales_become_tags_the_window_reads() {
        assert_eq!(language_tag("en_GB.UTF-8").as_deref(), Some("en-GB"));
        assert_eq!(language_tag("de").as_deref(), Some("de"));
        assert_eq!(language_tag("sr_RS@latin").as_deref(), Some("sr-RS"));
        assert_eq!(language_tag("pt-BR").as_deref(), Some("pt-BR"));
        assert_eq!(language_tag("C"), None);
        assert_eq!(language_tag("POSIX"), None);
        assert_eq!(language_tag(""), None);
        assert_eq!(language_tag("en US"), None);
    }
}
