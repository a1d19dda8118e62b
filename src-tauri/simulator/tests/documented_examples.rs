#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers: a failed step should stop the test
//! The service's documented ways to use it, restated here: curl and Python
//! `requests` calls to `POST /calls`, `GET /calls/{call_id}` (read until the
//! call ends) and `GET /calls?limit=N`, each with the key in `x-api-key`.
//! They run against the simulator binary as written, but for the base URL.
//! Linux only: they need bash, curl and Debian's Python with `requests`.
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

const REAL_BASE: &str = "https://agentphone.app/api/v1";
/// One simulated second lasts this long, so a whole call takes under a second.
const SECOND_MS: u64 = 5;
const KEY: &str = "sk_test_documented_examples";

// The snippets call +1 415 555 0105: a number ending in 05, which the
// simulator completes with the outcome "achieved".

const CURL_CREATE: &str = r#"curl -sS -X POST https://agentphone.app/api/v1/calls \
  -H "x-api-key: $AGENTPHONE_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"to_phone_number": "+14155550105", "objective": "Ask if they can fit a new chain on a road bike this Saturday"}'"#;

const CURL_READ: &str = r#"curl -sS https://agentphone.app/api/v1/calls/CALL_ID \
  -H "x-api-key: $AGENTPHONE_API_KEY""#;

const CURL_LIST: &str = r#"curl -sS "https://agentphone.app/api/v1/calls?limit=2" \
  -H "x-api-key: $AGENTPHONE_API_KEY""#;

const PYTHON_CREATE: &str = r#"import os
import requests

API = "https://agentphone.app/api/v1"
HEADERS = {"x-api-key": os.environ["AGENTPHONE_API_KEY"]}

answer = requests.post(f"{API}/calls", headers=HEADERS, json={
    "to_phone_number": "+14155550105",
    "objective": "Ask whether opened tools can be returned for a refund",
    "business_name": "Corner Hardware",
    "website": "https://cornerhardware.example",
})
answer.raise_for_status()
call_id = answer.json()["data"]["call_id"]"#;

const PYTHON_POLL: &str = r#"import time

# Read the call every 10 seconds until it ends; 30 reads is the 5-minute limit.
for _ in range(30):
    call = requests.get(f"{API}/calls/{call_id}", headers=HEADERS).json()["data"]
    if call["status"] in ("completed", "failed", "canceled"):
        break
    time.sleep(10)"#;

const PYTHON_LIST: &str =
    r#"recent = requests.get(f"{API}/calls", headers=HEADERS, params={"limit": 5}).json()["data"]"#;

struct Running(Child, String);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_simulator() -> Running {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_agentphone-simulator"))
        .args([
            "--port",
            &port.to_string(),
            "--second-ms",
            &SECOND_MS.to_string(),
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line.trim().rsplit(' ').next().unwrap().to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    Running(child, base)
}

fn adapt(code: &str, base: &str) -> String {
    code.replace(REAL_BASE, base)
}

fn shell(script: &str) -> Value {
    let output = Command::new("bash")
        .args(["-c", script])
        .env("AGENTPHONE_API_KEY", KEY)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&output.stdout)))
}

fn python(code: &str) -> Value {
    // The documented loop sleeps 10 s between polls; on the simulator's fast
    // clock that is 10 simulated seconds.
    let program = format!(
        "import json, time as _time\n\
         _real_sleep = _time.sleep\n\
         _time.sleep = lambda seconds: _real_sleep(seconds * {SECOND_MS} / 1000)\n\
         {code}\n"
    );
    let output = Command::new("/usr/bin/python3")
        .args(["-c", &program])
        .env("AGENTPHONE_API_KEY", KEY)
        .output()
        .expect("run /usr/bin/python3 (packages python3, python3-requests)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&output.stdout)))
}

#[test]
fn curl_create_then_read_get_the_documented_shapes() {
    let simulator = start_simulator();
    let created = shell(&adapt(CURL_CREATE, &simulator.1));
    let call_id = created["data"]["call_id"].as_str().unwrap().to_owned();
    assert_eq!(created["data"]["status"], "queued");
    assert!(created["data"]["created_at"].is_string());
    assert_eq!(created["credits_remaining"], 4);

    let read = adapt(CURL_READ, &simulator.1).replace("CALL_ID", &call_id);
    let call = shell(&read);
    assert_eq!(call["data"]["call_id"], call_id.as_str());
    assert!(call["data"]["status"].is_string());
    for field in [
        "outcome",
        "summary",
        "transcript",
        "recording_url",
        "duration_seconds",
    ] {
        assert!(
            call["data"].get(field).is_some(),
            "{field} missing from {call}"
        );
    }
}

#[test]
fn curl_list_with_a_limit_gives_the_newest_calls_first() {
    let simulator = start_simulator();
    let create = adapt(CURL_CREATE, &simulator.1);
    let ids: Vec<String> = (0..3)
        .map(|_| {
            shell(&create)["data"]["call_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let listed = shell(&adapt(CURL_LIST, &simulator.1));
    let listed: Vec<&str> = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|call| call["call_id"].as_str().unwrap())
        .collect();
    assert_eq!(listed, [ids[2].as_str(), ids[1].as_str()]);
}

#[test]
fn python_create_and_poll_until_done_as_documented() {
    let simulator = start_simulator();
    let create = adapt(PYTHON_CREATE, &simulator.1);
    let poll = adapt(PYTHON_POLL, &simulator.1);
    // The documented loop stops at a terminal status; summary and transcript
    // may come a little later, so read the call a few more times for them.
    let call = python(&format!(
        "{create}\n{poll}\n\
         for _ in range(20):\n    \
             if call.get('summary') and call.get('transcript'):\n        break\n    \
             _time.sleep(2)\n    \
             call = requests.get(f\"{{API}}/calls/{{call_id}}\", headers=HEADERS).json()[\"data\"]\n\
         print(json.dumps(call))"
    ));
    assert_eq!(call["status"], "completed");
    assert_eq!(call["outcome"], "achieved");
    // The business name and objective were sent: the call speaks of both.
    assert!(call["summary"]
        .as_str()
        .unwrap()
        .starts_with("Done: Corner Hardware"));
    let transcript = call["transcript"].as_str().unwrap();
    assert!(
        transcript.contains("is this Corner Hardware?"),
        "{transcript}"
    );
    assert!(
        transcript.contains("Ask whether opened tools can be returned for a refund"),
        "{transcript}"
    );
    assert!(call["recording_url"].as_str().unwrap().ends_with(".wav"));
    assert!(call["duration_seconds"].as_u64().unwrap() >= 30);
    assert_eq!(call["simulated"], true);
}

#[test]
fn python_list_shows_the_new_call_first() {
    let simulator = start_simulator();
    let create = adapt(PYTHON_CREATE, &simulator.1);
    let list = adapt(PYTHON_LIST, &simulator.1);
    let answer = python(&format!(
        "{create}\n{list}\nprint(json.dumps({{'call_id': call_id, 'recent': recent}}))"
    ));
    let recent = answer["recent"].as_array().unwrap();
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0]["call_id"], answer["call_id"]);
}
