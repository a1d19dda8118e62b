//! `tel:` and `callto:` links (a number clicked in a browser, an e-mail or
//! a CRM): the number they hold, for the New call form to show. A link
//! never places a call: the person still says what the agent should do and
//! confirms, and the number goes through the form's usual checks.

/// The longest number taken from a link; anything longer is not a phone
/// number (a real one has at most 15 digits, plus separators).
pub const MAX_LINK_NUMBER_CHARS: usize = 40;

/// Why a link gave no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not a `tel:` or `callto:` link at all.
    NotAPhoneLink,
    /// A phone link whose number is missing, too long, or has more than
    /// digits and the usual separators in it.
    NoNumber,
}

/// The number a `tel:` / `callto:` link holds, as written in it (digits, a
/// leading `+`, and the spaces, dashes, dots and brackets people write):
/// `tel:+49-30-1234567;ext=12` gives `+49-30-1234567`.
pub fn number_in(link: &str) -> Result<String, LinkProblem> {
    let link = link.trim();
    let rest = ["tel:", "callto:"]
        .iter()
        .find_map(|scheme| {
            link.get(..scheme.len())
                .filter(|start| start.eq_ignore_ascii_case(scheme))
                .map(|_| &link[scheme.len()..])
        })
        .ok_or(LinkProblem::NotAPhoneLink)?;
    // `callto://+4930…`; parameters (`;ext=`, `;phone-context=`) and a query
    // are not part of the number.
    let rest = rest.trim_start_matches('/');
    let number = rest.split([';', '?', '#']).next().unwrap_or_default();
    if number.len() > MAX_LINK_NUMBER_CHARS * 3 {
        return Err(LinkProblem::NoNumber);
    }
    let number = percent_encoding::percent_decode_str(number)
        .decode_utf8()
        .map_err(|_| LinkProblem::NoNumber)?;
    let number = number.trim();
    let allowed = |(at, c): (usize, char)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')') || (c == '+' && at == 0)
    };
    let digits = number.chars().filter(char::is_ascii_digit).count();
    if number.chars().count() > MAX_LINK_NUMBER_CHARS
        || digits == 0
        || !number.char_indices().all(allowed)
    {
        return Err(LinkProblem::NoNumber);
    }
    Ok(number.to_owned())
}

/// The first phone link among a program's arguments (how Linux and
/// Windows hand over a clicked link), with what it gave.
pub fn in_arguments(
    arguments: impl IntoIterator<Item = String>,
) -> Option<Result<String, LinkProblem>> {
    arguments
        .into_iter()
        .map(|argument| number_in(&argument))
        .find(|found| found != &Err(LinkProblem::NotAPhoneLink))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_out_of_links_as_written() {
        assert_eq!(number_in("tel:+14155550132").unwrap(), "+14155550132");
        assert_eq!(
            number_in("TEL:+49-30-1234567;ext=12").unwrap(),
            "+49-30-1234567"
        );
        assert_eq!(
            number_in("callto://+4930%20123%20456").unwrap(),
            "+4930 123 456"
        );
        assert_eq!(
            number_in("tel:(415)%20555-0132?call").unwrap(),
            "(415) 555-0132"
        );
        // A short or emergency number is passed on: the form's checks refuse it in words.
        assert_eq!(number_in("tel:112").unwrap(), "112");
    }

    #[test]
    fn a_hostile_or_broken_link_gives_no_number() {
        assert_eq!(
            number_in("https://example.com"),
            Err(LinkProblem::NotAPhoneLink)
        );
        assert_eq!(number_in("tel:"), Err(LinkProblem::NoNumber));
        assert_eq!(
            number_in("tel:<script>alert(1)</script>"),
            Err(LinkProblem::NoNumber)
        );
        assert_eq!(number_in("tel:%3Cscript%3E"), Err(LinkProblem::NoNumber));
        assert_eq!(
            number_in(&format!("tel:{}", "1".repeat(5_000))),
            Err(LinkProblem::NoNumber)
        );
        assert_eq!(number_in("tel:+1+2"), Err(LinkProblem::NoNumber));
        assert_eq!(number_in("tel:%FF%FE"), Err(LinkProblem::NoNumber));
    }

    #[test]
    fn the_first_phone_link_among_the_arguments_counts() {
        let arguments = ["--flag", "tel:+14155550132", "tel:+4930"].map(String::from);
        assert_eq!(in_arguments(arguments), Some(Ok("+14155550132".into())));
        assert_eq!(in_arguments(["agentphone".to_owned()]), None);
    }
}
