#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers: a failed step should stop the test
//! The client against the simulator over real HTTP on loopback: every
//! answer the service can give, and every error kind.

mod common;

use std::time::Duration;

use agentphone_core::client::Timeouts;
use agentphone_core::{CallStatus, Client, Error, ErrorKind, NewCall, Outcome};
use agentphone_simulator::{Simulator, SimulatorConfig};
use common::{key, SECOND};

async fn simulator(config: SimulatorConfig) -> (Simulator, Client) {
    let simulator = Simulator::start(config).await.unwrap();
    let client = Client::new(simulator.base_url()).unwrap();
    (simulator, client)
}

fn fast() -> SimulatorConfig {
    SimulatorConfig {
        // The budget is not what these tests are about.
        requests_per_minute: 10_000,
        ..SimulatorConfig::with_second(SECOND)
    }
}

/// A service that lists more than the contract promises (number, time).
fn kind() -> SimulatorConfig {
    SimulatorConfig {
        extra_call_fields: true,
        ..fast()
    }
}

#[tokio::test]
async fn calls_show_only_the_documented_fields_by_default() {
    let (_simulator, client) = simulator(fast()).await;
    client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    let listed = client.list_calls(&key(), 5).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].to_phone_number, None);
    assert_eq!(listed[0].created_at, None);
    assert_eq!(listed[0].objective, None);
}

fn call_to(number: &str) -> NewCall {
    NewCall {
        to_phone_number: number.into(),
        objective: "Ask for a table for 4 tonight at 7pm; if free, book it under Sarah".into(),
        business_name: Some("Luigi's".into()),
        website: Some("https://luigis.example.com/".into()),
    }
}

/// Reads the call until `done` holds, like a (fast) poller.
async fn read_until(
    client: &Client,
    call_id: &str,
    done: impl Fn(&agentphone_core::Call) -> bool,
) -> (agentphone_core::Call, Vec<CallStatus>) {
    let mut seen = Vec::new();
    for _ in 0..2_000 {
        let call = client.get_call(&key(), call_id).await.unwrap();
        if seen.last() != Some(&call.status) {
            seen.push(call.status.clone());
        }
        if done(&call) {
            return (call, seen);
        }
        tokio::time::sleep(SECOND / 2).await;
    }
    panic!("call {call_id} never got there; saw {seen:?}");
}

#[tokio::test]
async fn create_answers_with_call_id_status_and_credits() {
    let (simulator, client) = simulator(fast()).await;
    let created = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    assert!(created.call_id.starts_with("cl_"));
    assert_eq!(created.status, CallStatus::Queued);
    assert!(created.created_at.is_some());
    assert_eq!(created.credits_remaining, Some(4));
    assert!(
        created.simulated,
        "practice calls must say they are simulated"
    );
    assert_eq!(simulator.stats().calls_placed, 1);
}

#[tokio::test]
async fn a_call_goes_through_its_lifecycle_then_enrichment_arrives() {
    let (_simulator, client) = simulator(fast()).await;
    let created = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    let (completed, statuses) =
        read_until(&client, &created.call_id, |c| c.status.is_terminal()).await;
    assert_eq!(
        statuses,
        [
            CallStatus::Queued,
            CallStatus::Dialing,
            CallStatus::InProgress,
            CallStatus::Completed
        ]
    );
    assert_eq!(completed.outcome, Some(Outcome::Achieved));
    assert!(completed.duration_seconds.unwrap() >= 30);
    // Enrichment comes a little after completion.
    assert!(completed.summary.is_none() && completed.transcript.is_none());
    let (enriched, _) = read_until(&client, &created.call_id, |c| c.transcript.is_some()).await;
    assert!(enriched.summary.unwrap().contains("Luigi's"));
    let transcript = enriched.transcript.unwrap();
    assert!(transcript.contains("table for 4 tonight"));
    let turns = agentphone_core::transcript::parse(&transcript);
    assert!(turns.len() >= 8, "{turns:?}");
    assert!(turns
        .iter()
        .any(|t| t.side == agentphone_core::transcript::Side::Agent));
    assert!(enriched.recording_url.unwrap().ends_with(".wav"));
}

#[tokio::test]
async fn each_outcome_and_ending_can_be_steered() {
    let (_simulator, client) = simulator(fast()).await;
    for (number, status, outcome) in [
        (
            "+14155550105",
            CallStatus::Completed,
            Some(Outcome::Achieved),
        ),
        (
            "+14155550104",
            CallStatus::Completed,
            Some(Outcome::Partial),
        ),
        (
            "+14155550103",
            CallStatus::Completed,
            Some(Outcome::NotAchieved),
        ),
        ("+14155550101", CallStatus::Failed, None),
        ("+14155550102", CallStatus::Canceled, None),
    ] {
        let created = client.create_call(&key(), &call_to(number)).await.unwrap();
        let (call, _) = read_until(&client, &created.call_id, |c| {
            c.status.is_terminal() && c.summary.is_some()
        })
        .await;
        assert_eq!(call.status, status, "{number}");
        assert_eq!(call.outcome, outcome, "{number}");
        assert!(
            !call.summary.unwrap().is_empty(),
            "failed and canceled calls keep a summary"
        );
    }
}

#[tokio::test]
async fn completed_without_enrichment_keeps_the_missing_fields_empty() {
    let (_simulator, client) = simulator(fast()).await;
    let created = client
        .create_call(&key(), &call_to("+14155550106"))
        .await
        .unwrap();
    let (call, _) = read_until(&client, &created.call_id, |c| c.status.is_terminal()).await;
    tokio::time::sleep(SECOND * 10).await;
    let later = client.get_call(&key(), &call.call_id).await.unwrap();
    assert_eq!(later.status, CallStatus::Completed);
    assert_eq!((later.summary, later.transcript), (None, None));
}

#[tokio::test]
async fn unknown_status_is_kept_as_text_and_not_terminal() {
    let (simulator, client) = simulator(fast()).await;
    simulator.update_faults(|f| f.unknown_status = true);
    let created = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    let (call, _) = read_until(&client, &created.call_id, |c| {
        matches!(&c.status, CallStatus::Other(_))
    })
    .await;
    assert_eq!(call.status, CallStatus::Other("on_hold".into()));
    assert!(!call.status.is_terminal());
}

#[tokio::test]
async fn list_recent_calls_newest_first() {
    let (_simulator, client) = simulator(kind()).await;
    let first = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    let second = client
        .create_call(&key(), &call_to("+14155550104"))
        .await
        .unwrap();
    let listed = client.list_calls(&key(), 10).await.unwrap();
    let ids: Vec<&str> = listed.iter().filter_map(|c| c.call_id.as_deref()).collect();
    assert_eq!(ids, [second.call_id.as_str(), first.call_id.as_str()]);
    assert_eq!(listed[0].to_phone_number.as_deref(), Some("+14155550104"));
    assert_eq!(client.list_calls(&key(), 1).await.unwrap().len(), 1);
}

#[tokio::test]
async fn bad_request_carries_the_services_own_message() {
    let (_simulator, client) = simulator(fast()).await;
    let error = client
        .create_call(&key(), &call_to("4155550105"))
        .await
        .unwrap_err();
    let Error::InvalidInput { message } = &error else {
        panic!("{error:?}")
    };
    assert!(message.contains("E.164"), "{message}");
    assert_eq!(error.kind(), ErrorKind::InvalidInput);
}

#[tokio::test]
async fn refused_key_is_key_refused() {
    let config = SimulatorConfig {
        accepted_keys: Some(vec!["sk_test_the_right_one".into()]),
        ..fast()
    };
    let (_simulator, client) = simulator(config).await;
    let error = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::KeyRefused), "{error:?}");
    let error = client.get_call(&key(), "cl_sim00001").await.unwrap_err();
    assert!(matches!(error, Error::KeyRefused), "{error:?}");
}

#[tokio::test]
async fn running_out_of_credits_is_out_of_credits() {
    let config = SimulatorConfig {
        credits: 1,
        ..fast()
    };
    let (simulator, client) = simulator(config).await;
    let created = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    assert_eq!(created.credits_remaining, Some(0));
    let error = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::OutOfCredits), "{error:?}");
    assert_eq!(simulator.stats().calls_placed, 1);
}

#[tokio::test]
async fn eleventh_request_in_a_minute_is_rate_limited_with_retry_after() {
    let config = SimulatorConfig {
        requests_per_minute: 10,
        ..SimulatorConfig::with_second(Duration::from_millis(50))
    };
    let (simulator, client) = simulator(config).await;
    for _ in 0..10 {
        client.list_calls(&key(), 5).await.unwrap();
    }
    let error = client.list_calls(&key(), 5).await.unwrap_err();
    let Error::RateLimited {
        retry_after_seconds: Some(seconds),
    } = error
    else {
        panic!("{error:?}")
    };
    assert!((1..=60).contains(&seconds), "{seconds}");
    assert_eq!(simulator.stats().rate_limited, 1);
}

#[tokio::test]
async fn a_429_storm_is_rate_limited() {
    let (simulator, client) = simulator(fast()).await;
    simulator.update_faults(|f| f.rate_limit_storm = 2);
    for _ in 0..2 {
        let error = client
            .create_call(&key(), &call_to("+14155550105"))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::RateLimited);
    }
    assert!(client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .is_ok());
}

#[tokio::test]
async fn server_errors_are_server_errors() {
    let (simulator, client) = simulator(fast()).await;
    let created = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    simulator.update_faults(|f| f.server_errors = 1);
    let error = client.get_call(&key(), &created.call_id).await.unwrap_err();
    assert!(
        matches!(error, Error::ServerError { status: 503 }),
        "{error:?}"
    );
    // The next read works: nothing about the call was lost.
    assert_eq!(
        client
            .get_call(&key(), &created.call_id)
            .await
            .unwrap()
            .call_id,
        created.call_id
    );
}

#[tokio::test]
async fn dropped_connections_are_network_errors() {
    let (simulator, client) = simulator(fast()).await;
    simulator.update_faults(|f| f.drop_before_answer = 1);
    let error = client.list_calls(&key(), 5).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Network, "{error:?}");
    assert_eq!(simulator.stats().calls_placed, 0);
}

#[tokio::test]
async fn a_lost_answer_to_a_create_is_an_error_though_the_call_exists() {
    let (simulator, client) = simulator(kind()).await;
    simulator.update_faults(|f| f.drop_after_work = 1);
    let error = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Network, "{error:?}");
    assert_eq!(
        simulator.stats().calls_placed,
        1,
        "the call was placed all the same"
    );
    // It can be found again in the list of recent calls.
    let listed = client.list_calls(&key(), 5).await.unwrap();
    assert_eq!(listed[0].to_phone_number.as_deref(), Some("+14155550105"));
}

#[tokio::test]
async fn slow_answers_time_out() {
    let simulator = Simulator::start(fast()).await.unwrap();
    simulator.update_faults(|f| f.slow_answers = Some(Duration::from_millis(600)));
    let timeouts = Timeouts {
        connect: Duration::from_secs(2),
        request: Duration::from_millis(150),
    };
    let client = Client::with_timeouts(simulator.base_url(), timeouts).unwrap();
    let error = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    let error = client.get_call(&key(), "cl_sim00001").await.unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
}

#[tokio::test]
async fn nothing_listening_is_a_connection_never_made() {
    let simulator = Simulator::start(fast()).await.unwrap();
    let base = simulator.base_url();
    simulator.stop();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let client = Client::new(base).unwrap();
    let error = client.list_calls(&key(), 5).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::CouldNotConnect, "{error:?}");
    assert!(error.to_string().contains("Check your internet connection"));
}

#[tokio::test]
async fn malformed_json_and_missing_data_name_the_request() {
    let (simulator, client) = simulator(fast()).await;
    let created = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap();
    simulator.update_faults(|f| f.malformed_json = 1);
    let error = client.get_call(&key(), &created.call_id).await.unwrap_err();
    assert!(error.to_string().contains("about a call"), "{error}");
    assert_eq!(error.kind(), ErrorKind::MalformedAnswer);

    simulator.update_faults(|f| f.missing_data = 1);
    let error = client
        .create_call(&key(), &call_to("+14155550105"))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("placing the call"), "{error}");
    assert_eq!(error.kind(), ErrorKind::MalformedAnswer);

    simulator.update_faults(|f| f.missing_data = 1);
    let error = client.list_calls(&key(), 3).await.unwrap_err();
    assert!(error.to_string().contains("a list of calls"), "{error}");
}

#[tokio::test]
async fn an_unknown_call_is_call_not_found() {
    let (_simulator, client) = simulator(fast()).await;
    let error = client.get_call(&key(), "cl_nope").await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::CallNotFound);
}
