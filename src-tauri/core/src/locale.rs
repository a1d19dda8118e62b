//! The country a person most likely dials in, for numbers typed without a
//! country code.

use phonenumber::country::Id as Country;

/// The country a person most likely dials in, from a locale such as
/// `en-US`, `en_GB.UTF-8` or `de`. Falls back to `US`.
pub fn default_country(locale: Option<&str>) -> String {
    let locale = locale.unwrap_or_default();
    let base = locale.split(['.', '@']).next().unwrap_or_default();
    let mut parts = base.split(['-', '_']);
    let language = parts.next().unwrap_or_default().to_lowercase();
    let region =
        parts.find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()));
    if let Some(region) = region {
        let region = region.to_uppercase();
        if region.parse::<Country>().is_ok() {
            return region;
        }
    }
    let by_language = match language.as_str() {
        "de" => "DE",
        "fr" => "FR",
        "es" => "ES",
        "it" => "IT",
        "nl" => "NL",
        "pt" => "PT",
        "ja" => "JP",
        "sv" => "SE",
        "da" => "DK",
        "nb" | "no" => "NO",
        "fi" => "FI",
        "pl" => "PL",
        _ => "US",
    };
    by_language.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_country_comes_from_the_locale() {
        assert_eq!(default_country(Some("en-US")), "US");
        assert_eq!(default_country(Some("en_GB.UTF-8")), "GB");
        assert_eq!(default_country(Some("de")), "DE");
        assert_eq!(default_country(Some("pt-BR")), "BR");
        assert_eq!(default_country(Some("C")), "US");
        assert_eq!(default_country(None), "US");
    }
}
