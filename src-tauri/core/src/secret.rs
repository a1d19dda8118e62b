//! The API key, wrapped so it cannot leak by accident.

use std::fmt;
use zeroize::Zeroizing;

/// An AgentPhone API key.
///
/// `Debug` and `Display` print a redaction, there is no `Serialize`, and the
/// memory is wiped on drop. The only way to the text is [`ApiKey::expose`],
/// which exists for the `x-api-key` header and the keychain write.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(Zeroizing<String>);

impl ApiKey {
    /// Wraps a pasted or stored key, trimming whitespace around it.
    /// Returns `None` when nothing is left.
    pub fn parse(text: &str) -> Option<Self> {
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| Self(Zeroizing::new(trimmed.to_owned())))
    }

    /// The key itself. Call only where the key must go: the request header
    /// or the keychain.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The form the UI may see: bullets and the last four characters
    /// (fewer for very short keys, so a short key is never shown whole).
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        let shown = if chars.len() >= 12 {
            4
        } else {
            chars.len() / 4
        };
        let tail: String = chars[chars.len() - shown..].iter().collect();
        format!("••••••{tail}")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({})", self.masked())
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "ap_live_0123456789abcdefWXYZ";

    #[test]
    fn parse_trims_whitespace_and_refuses_empty() {
        assert_eq!(
            ApiKey::parse("  \n ap_key_12345678\t").unwrap().expose(),
            "ap_key_12345678"
        );
        assert!(ApiKey::parse("").is_none());
        assert!(ApiKey::parse(" \t\r\n ").is_none());
    }

    #[test]
    fn masked_shows_only_the_last_four() {
        let key = ApiKey::parse(KEY).unwrap();
        assert_eq!(key.masked(), "••••••WXYZ");
    }

    #[test]
    fn a_short_key_is_never_shown_whole() {
        for text in ["a", "abcd", "abcdefgh", "abcdefghijk"] {
            let masked = ApiKey::parse(text).unwrap().masked();
            assert!(!masked.contains(text), "{masked} reveals {text}");
        }
    }

    #[test]
    fn debug_and_display_never_show_the_key() {
        let key = ApiKey::parse(KEY).unwrap();
        for shown in [
            format!("{key:?}"),
            format!("{key}"),
            format!("{:#?}", Some(&key)),
        ] {
            assert!(!shown.contains("0123456789"), "{shown}");
        }
    }
}
