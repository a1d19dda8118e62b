//! Runs the AgentPhone simulator on its own, for trying the API by hand.
//!
//! `agentphone-simulator [--port 8787] [--credits 5] [--second-ms 1000] [--key KEY]…`
//! Without `--key` any non-empty key is accepted.

use std::net::SocketAddr;
use std::time::Duration;

use agentphone_simulator::{Simulator, SimulatorConfig};

const USAGE: &str =
    "usage: agentphone-simulator [--port N] [--credits N] [--second-ms N] [--key KEY]...";

#[tokio::main]
async fn main() {
    let (port, config) = match parse(std::env::args().skip(1)) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            std::process::exit(2);
        }
    };
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let simulator = match Simulator::start_on(config, address).await {
        Ok(simulator) => simulator,
        Err(error) => {
            eprintln!("could not listen on {address}: {error}");
            std::process::exit(1);
        }
    };
    println!("AgentPhone simulator listening on {}", simulator.base_url());
    let _ = tokio::signal::ctrl_c().await;
    simulator.stop();
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<(u16, SimulatorConfig), String> {
    let mut port = 8787;
    let mut config = SimulatorConfig::realistic();
    let mut keys = Vec::new();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let number = |text: String| {
            text.parse::<u64>()
                .map_err(|_| format!("{flag}: not a number: {text}"))
        };
        match flag.as_str() {
            "--port" => port = number(value()?)? as u16,
            "--credits" => config.credits = number(value()?)? as u32,
            "--second-ms" => config.second = Duration::from_millis(number(value()?)?.max(1)),
            "--key" => keys.push(value()?),
            "--help" | "-h" => return Err("AgentPhone simulator".to_owned()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if !keys.is_empty() {
        config.accepted_keys = Some(keys);
    }
    Ok((port, config))
}
