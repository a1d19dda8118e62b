//! Plays a kept recording with rodio.
//!
//! rodio's output stream cannot move between threads and stops the sound
//! when dropped, so it lives on a thread of its own; the rest of the app
//! talks to that thread over a channel. The stream is opened at the first
//! Play, so a machine without sound output only hears about it then, as a
//! plain message. One recording plays at a time.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Duration;

use rodio::{Decoder, OutputStream, OutputStreamBuilder, Sink, Source};
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, PlaybackProblem};

/// How often the position is reported while playing.
const TICK: Duration = Duration::from_millis(200);

/// What the player tells the UI.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[ts(export)]
pub enum PlayerEvent {
    Position {
        id: i64,
        position_ms: u64,
        duration_ms: u64,
        playing: bool,
    },
    Ended {
        id: i64,
    },
    /// Playback stopped because the sound output went away (a headset
    /// unplugged, say); the message says what to do.
    Problem {
        id: i64,
        message: String,
    },
}

pub type PlayerSink = Arc<dyn Fn(PlayerEvent) + Send + Sync>;

enum Command {
    Play {
        id: i64,
        path: PathBuf,
        reply: Sender<Result<(), Error>>,
    },
    Pause,
    Resume,
    Seek(Duration),
    Speed(f32),
    Volume(f32),
    Stop,
}

#[derive(Clone)]
pub struct Player {
    commands: Sender<Command>,
}

impl Player {
    pub fn start(events: PlayerSink) -> Self {
        let (commands, inbox) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("audio".into())
            .spawn(move || audio_thread(inbox, events));
        if let Err(error) = spawned {
            // Every later command then says the player stopped working.
            eprintln!("could not start the audio thread: {error}");
        }
        Self { commands }
    }

    /// Starts `path` from the beginning, stopping whatever played.
    pub fn play(&self, id: i64, path: PathBuf) -> Result<(), Error> {
        let (reply, answer) = mpsc::channel();
        self.send(Command::Play { id, path, reply })?;
        answer
            .recv_timeout(Duration::from_secs(10))
            .map_err(|_| gone())?
    }

    pub fn pause(&self) -> Result<(), Error> {
        self.send(Command::Pause)
    }

    pub fn resume(&self) -> Result<(), Error> {
        self.send(Command::Resume)
    }

    pub fn seek(&self, to: Duration) -> Result<(), Error> {
        self.send(Command::Seek(to))
    }

    /// Half as fast to twice as fast (the window offers 0.75× to 2×).
    pub fn set_speed(&self, speed: f32) -> Result<(), Error> {
        self.send(Command::Speed(speed.clamp(0.5, 2.0)))
    }

    /// 0 (silent) to 1 (as recorded).
    pub fn set_volume(&self, volume: f32) -> Result<(), Error> {
        self.send(Command::Volume(volume.clamp(0.0, 1.0)))
    }

    pub fn stop(&self) -> Result<(), Error> {
        self.send(Command::Stop)
    }

    fn send(&self, command: Command) -> Result<(), Error> {
        self.commands.send(command).map_err(|_| gone())
    }
}

fn gone() -> Error {
    Error::Playback {
        reason: PlaybackProblem::PlayerStopped,
    }
}

struct Playing {
    id: i64,
    sink: Sink,
    duration: Duration,
}

fn audio_thread(inbox: Receiver<Command>, events: PlayerSink) {
    // Opened on first use and kept: reopening per recording is slow.
    let mut output: Option<OutputStream> = None;
    // Set by the output's error callback when the device goes away.
    let lost = Arc::new(AtomicBool::new(false));
    let mut current: Option<Playing> = None;
    let mut speed = 1.0f32;
    let mut volume = 1.0f32;
    loop {
        match inbox.recv_timeout(TICK) {
            Ok(Command::Play { id, path, reply }) => {
                if let Some(old) = current.take() {
                    old.sink.stop();
                }
                let started = start(&mut output, &lost, &path).map(|(sink, duration)| {
                    sink.set_speed(speed);
                    sink.set_volume(volume);
                    current = Some(Playing { id, sink, duration });
                });
                let _ = reply.send(started);
            }
            Ok(Command::Pause) => current.iter().for_each(|p| p.sink.pause()),
            Ok(Command::Resume) => current.iter().for_each(|p| p.sink.play()),
            Ok(Command::Seek(to)) => {
                if let Some(playing) = &current {
                    let _ = playing.sink.try_seek(to.min(playing.duration));
                }
            }
            Ok(Command::Speed(value)) => {
                speed = value;
                current.iter().for_each(|p| p.sink.set_speed(value));
            }
            Ok(Command::Volume(value)) => {
                volume = value;
                current.iter().for_each(|p| p.sink.set_volume(value));
            }
            Ok(Command::Stop) => {
                if let Some(old) = current.take() {
                    old.sink.stop();
                    events(PlayerEvent::Ended { id: old.id });
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        if lost.swap(false, Ordering::Relaxed) {
            // Drop the broken output; the next Play opens whatever is there now.
            output = None;
            if let Some(old) = current.take() {
                events(PlayerEvent::Problem {
                    id: old.id,
                    message: Error::NoSoundOutput.to_string(),
                });
            }
        }
        if let Some(playing) = &current {
            if playing.sink.empty() {
                events(PlayerEvent::Ended { id: playing.id });
                current = None;
            } else {
                events(PlayerEvent::Position {
                    id: playing.id,
                    position_ms: playing.sink.get_pos().as_millis() as u64,
                    duration_ms: playing.duration.as_millis() as u64,
                    playing: !playing.sink.is_paused(),
                });
            }
        }
    }
}

fn start(
    output: &mut Option<OutputStream>,
    lost: &Arc<AtomicBool>,
    path: &std::path::Path,
) -> Result<(Sink, Duration), Error> {
    let file = std::fs::File::open(path).map_err(|_| Error::Playback {
        reason: PlaybackProblem::Missing,
    })?;
    // Built from the file itself, so it can seek. A decoder that panics on
    // hostile bytes is a damaged file, not the end of the player.
    let decoder = std::panic::catch_unwind(move || Decoder::try_from(file))
        .map_err(|_| ())
        .and_then(|decoded| decoded.map_err(|_| ()))
        .map_err(|()| Error::Playback {
            reason: PlaybackProblem::Damaged,
        })?;
    let duration = decoder.total_duration().unwrap_or_default();
    if output.is_none() {
        // A short buffer, so Pause and Seek are heard at once; the
        // device's own settings if it refuses one.
        let flag = lost.clone();
        let on_error = move |error: rodio::cpal::StreamError| {
            if matches!(error, rodio::cpal::StreamError::DeviceNotAvailable) {
                flag.store(true, Ordering::Relaxed);
            }
        };
        let mut stream = OutputStreamBuilder::from_default_device()
            .and_then(|builder| {
                builder
                    .with_buffer_size(rodio::cpal::BufferSize::Fixed(2048))
                    .with_error_callback(on_error.clone())
                    .open_stream()
            })
            .or_else(|_| {
                OutputStreamBuilder::from_default_device()
                    .and_then(|builder| builder.with_error_callback(on_error).open_stream())
            })
            .map_err(|_| Error::NoSoundOutput)?;
        stream.log_on_drop(false);
        *output = Some(stream);
    }
    let Some(stream) = output.as_ref() else {
        return Err(Error::NoSoundOutput);
    };
    let sink = Sink::connect_new(stream.mixer());
    sink.append(decoder);
    Ok((sink, duration))
}
