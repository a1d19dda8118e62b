//! Recordings the simulator makes up: a WAV file as long as the call,
//! with "speech" bursts where each side talks (our agent at 440 Hz, the
//! business at 620 Hz) and silence between turns.

use std::f32::consts::TAU;

pub const SAMPLE_RATE: u32 = 8_000;
const AGENT_HZ: f32 = 440.0;
const BUSINESS_HZ: f32 = 620.0;
/// Silence between two turns, in seconds.
const PAUSE: f32 = 0.4;

/// A mono 16-bit WAV of exactly `duration_seconds`, with one stretch of
/// bursts per turn, each as long as its share of the text.
/// `turns` are `(our agent speaking, characters spoken)`.
pub fn wav_for_call(duration_seconds: u32, turns: &[(bool, usize)]) -> Vec<u8> {
    let total = (duration_seconds * SAMPLE_RATE) as usize;
    let mut samples = vec![0i16; total];
    let characters: usize = turns.iter().map(|(_, len)| (*len).max(1)).sum();
    let speaking = (duration_seconds as f32 - PAUSE * turns.len() as f32).max(0.0);
    let mut at = 0.0f32;
    for (agent, len) in turns {
        let length = speaking * (*len).max(1) as f32 / characters.max(1) as f32;
        let frequency = if *agent { AGENT_HZ } else { BUSINESS_HZ };
        let start = (at * SAMPLE_RATE as f32) as usize;
        let end = (((at + length) * SAMPLE_RATE as f32) as usize).min(total);
        for (offset, sample) in samples[start.min(total)..end].iter_mut().enumerate() {
            let t = offset as f32 / SAMPLE_RATE as f32;
            // Syllable-like bursts: 180 ms of tone, 70 ms of quiet.
            if t % 0.25 < 0.18 {
                *sample = ((TAU * frequency * t).sin() * 9_000.0) as i16;
            }
        }
        at += length + PAUSE;
    }
    wav(SAMPLE_RATE, &samples)
}

/// A mono 16-bit PCM WAV file of `samples` at `sample_rate`.
pub fn wav(sample_rate: u32, samples: &[i16]) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut wav = Vec::with_capacity(44 + data_len as usize);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes()); // fmt chunk size
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&sample_rate.to_le_bytes());
    wav.extend_from_slice(&(sample_rate * 2).to_le_bytes()); // bytes per second
    wav.extend_from_slice(&2u16.to_le_bytes()); // block align
    wav.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for sample in samples {
        wav.extend_from_slice(&sample.to_le_bytes());
    }
    wav
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_matches_the_duration_and_turns_alternate_tones() {
        let wav = wav_for_call(10, &[(true, 50), (false, 50)]);
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(wav.len(), 44 + 10 * SAMPLE_RATE as usize * 2);
        let sample = |second: f32| {
            let index = 44 + 2 * (second * SAMPLE_RATE as f32) as usize;
            i16::from_le_bytes([wav[index], wav[index + 1]])
        };
        // Something is said early in each half, and the end is quiet.
        let loud = |from: f32| (0..400).any(|i| sample(from + i as f32 / 8_000.0).abs() > 1_000);
        assert!(loud(0.5));
        assert!(loud(6.0));
        assert!(!loud(9.8));
    }
}
