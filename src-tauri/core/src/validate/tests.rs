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
        let problem = phone_problem(typed, country).unwrap_or_else(|| panic!("{typed} accepted"));
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
        .contains("10240 of 2000 characters"));
    typed.objective = "é".repeat(MAX_OBJECTIVE_CHARS);
    // The counter counts what Rust counts: characters, not bytes or UTF-16 units.
    let counted = check_form(&typed);
    assert_eq!(
        (counted.objective_chars, counted.objective_limit),
        (2000, 2000)
    );
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

#[test]
fn stored_numbers_read_as_people_write_them() {
    assert_eq!(for_people("+14155550132"), "+1 415-555-0132");
    assert_eq!(for_people("+493012345678"), "+49 30 12345678");
    // Whatever history holds is shown, never lost.
    assert_eq!(for_people("not a number"), "not a number");
}
