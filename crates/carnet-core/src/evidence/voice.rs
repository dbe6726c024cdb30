//! Voice notes: a person who cannot type describes a skill out loud.
//!
//! A recording is kept as it was made: Carnet ships no audio codecs, and
//! re-encoding speech on a cheap phone would cost battery for no gain. What
//! the module does instead:
//!
//! * decides the format from the content, never the file name or the MIME
//!   type a webview reports (both lie), and accepts only what phone and
//!   webview recorders produce (WebM and Ogg with Opus, MP4/M4A and ADTS
//!   AAC) plus the common sound files people receive (MP3, WAV);
//! * refuses videos: a video shows faces and places, which a voice note
//!   must not carry without the person knowing;
//! * drops the metadata that can identify a person where that is possible
//!   without decoding: ID3 tags of MP3 (artist, comments, pictures), every
//!   WAV chunk but the sound itself, and MP4 `udta`/`meta` boxes (phones
//!   write the recording's GPS position there). These boxes are renamed to
//!   `free` and zeroed rather than cut out, so the byte offsets that point
//!   into the sound data stay right. WebM and Ogg files from a recorder
//!   carry no personal tags and are kept byte for byte;
//! * bounds the size ([`MAX_VOICE_BYTES`]).
//!
//! Nothing here panics on bad input: every read is bounds-checked.

use sha2::{Digest, Sha256};

use super::EvidenceError;

/// The largest voice note accepted: 5 MiB is over ten minutes of Opus
/// speech as phones record it, and about a minute of uncompressed WAV. It
/// keeps a logbook with many notes small enough to sync on a slow, paid
/// connection.
pub const MAX_VOICE_BYTES: usize = 5 * 1024 * 1024;

/// How far into a WebM file its track list is looked for: recorders write
/// it in the first few hundred bytes, before any sound.
const WEBM_HEADER_SCAN: usize = 64 * 1024;

/// How deep MP4 boxes are walked; real files nest the handler box three
/// levels down (`moov/trak/mdia/hdlr`).
const MP4_MAX_DEPTH: u32 = 8;

/// The sound formats Carnet keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AudioFormat {
    /// WebM (Matroska) with Opus or Vorbis: MediaRecorder in Chromium and
    /// Android webviews.
    Webm,
    /// Matroska audio (`.mka`), the same container under another name.
    Matroska,
    /// Ogg with Opus, Vorbis, FLAC or Speex: MediaRecorder in Firefox and
    /// WebKitGTK, and many phone recorders.
    Ogg,
    /// MP4 / M4A with AAC: MediaRecorder in WebKit, iPhone voice memos.
    Mp4,
    /// Raw AAC in ADTS frames.
    Aac,
    /// MP3.
    Mpeg,
    /// WAV (RIFF), uncompressed.
    Wav,
}

impl AudioFormat {
    /// The MIME type stored with the note, which the app gives its player.
    pub fn mime(&self) -> &'static str {
        match self {
            AudioFormat::Webm => "audio/webm",
            AudioFormat::Matroska => "audio/x-matroska",
            AudioFormat::Ogg => "audio/ogg",
            AudioFormat::Mp4 => "audio/mp4",
            AudioFormat::Aac => "audio/aac",
            AudioFormat::Mpeg => "audio/mpeg",
            AudioFormat::Wav => "audio/wav",
        }
    }
}

/// A voice note ready to be stored.
#[derive(Clone, PartialEq, Eq)]
pub struct ProcessedVoice {
    /// Lowercase hex SHA-256 of [`ProcessedVoice::bytes`], its address.
    pub sha256: String,
    /// The stored recording, metadata dropped where the format allows.
    pub bytes: Vec<u8>,
    pub format: AudioFormat,
}

/// Written by hand so that logging a note never dumps its bytes.
impl std::fmt::Debug for ProcessedVoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProcessedVoice")
            .field("sha256", &self.sha256)
            .field("bytes", &format_args!("{} bytes", self.bytes.len()))
            .field("format", &self.format)
            .finish()
    }
}

/// Whether the bytes start like a sound file Carnet knows (maybe one it
/// then refuses, such as a video in a WebM file). Front ends that take any
/// file use it to choose between a photo and a voice note.
pub fn looks_like_audio(input: &[u8]) -> bool {
    sniff(input).is_some()
}

/// The container the first bytes announce; nothing more is checked.
fn sniff(input: &[u8]) -> Option<AudioFormat> {
    if input.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        let head = &input[..input.len().min(64)];
        if contains(head, b"webm") {
            return Some(AudioFormat::Webm);
        }
        if contains(head, b"matroska") {
            return Some(AudioFormat::Matroska);
        }
        return None;
    }
    if input.starts_with(b"OggS") {
        return Some(AudioFormat::Ogg);
    }
    if input.get(4..8) == Some(&b"ftyp"[..]) {
        return Some(AudioFormat::Mp4);
    }
    if input.len() >= 12 && input.starts_with(b"RIFF") && &input[8..12] == b"WAVE" {
        return Some(AudioFormat::Wav);
    }
    let frames = skip_id3v2(input);
    if is_adts(frames) {
        return Some(AudioFormat::Aac);
    }
    if is_mpeg_audio(frames) || frames.len() < input.len() {
        // An ID3 tag is only ever put in front of sound; what follows it
        // is checked by `process_voice`.
        return Some(AudioFormat::Mpeg);
    }
    None
}

/// Checks a recording and prepares it for storage.
///
/// The output is deterministic: the same input always gives the same bytes
/// and the same `sha256`, so a note attached twice is stored once.
pub fn process_voice(input: &[u8]) -> Result<ProcessedVoice, EvidenceError> {
    if input.len() > MAX_VOICE_BYTES {
        return Err(EvidenceError::AudioTooBig { bytes: input.len() });
    }
    let format = sniff(input).ok_or(EvidenceError::NotAudio)?;
    let bytes = match format {
        AudioFormat::Webm | AudioFormat::Matroska => check_matroska(input)?,
        AudioFormat::Ogg => check_ogg(input)?,
        AudioFormat::Mp4 => clean_mp4(input)?,
        AudioFormat::Wav => clean_wav(input)?,
        AudioFormat::Aac => input.to_vec(),
        AudioFormat::Mpeg => clean_mp3(input)?,
    };
    let sha256 = hex::encode(Sha256::digest(&bytes));
    Ok(ProcessedVoice {
        sha256,
        bytes,
        format,
    })
}

fn damaged(reason: &str) -> EvidenceError {
    EvidenceError::AudioDamaged {
        reason: reason.to_string(),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// WebM/Matroska: the track list must name a sound codec and no video
/// codec. Codec ids are short ASCII strings (`A_OPUS`, `V_VP8`) in
/// `CodecID` elements (id 0x86, one-byte size), read up to the first
/// cluster, where sound data starts.
fn check_matroska(input: &[u8]) -> Result<Vec<u8>, EvidenceError> {
    let mut head = &input[..input.len().min(WEBM_HEADER_SCAN)];
    if let Some(cluster) = head.windows(4).position(|w| w == [0x1F, 0x43, 0xB6, 0x75]) {
        head = &head[..cluster];
    }
    let (mut sound, mut video) = (false, false);
    for (i, w) in head.windows(4).enumerate() {
        // 0x86, a size byte of 0x81..=0xA0 (1 to 32 bytes), then "A_"/"V_".
        if w[0] != 0x86 || !(0x81..=0xA0).contains(&w[1]) || w[3] != b'_' {
            continue;
        }
        let len = usize::from(w[1] & 0x7F);
        let Some(id) = head.get(i + 2..i + 2 + len) else {
            continue;
        };
        if !id.iter().all(|b| b.is_ascii_graphic()) {
            continue;
        }
        match w[2] {
            b'A' => sound = true,
            b'V' => video = true,
            _ => {}
        }
    }
    if video {
        return Err(EvidenceError::AudioIsVideo);
    }
    if !sound {
        return Err(damaged("no sound track before the sound data"));
    }
    Ok(input.to_vec())
}

/// Ogg: the first packet names the codec of the first stream, which for a
/// video file is the video (Theora puts its stream first).
fn check_ogg(input: &[u8]) -> Result<Vec<u8>, EvidenceError> {
    let segments = usize::from(
        *input
            .get(26)
            .ok_or_else(|| damaged("the file ends early"))?,
    );
    let packet = input
        .get(27 + segments..)
        .filter(|p| p.len() >= 8)
        .ok_or_else(|| damaged("the file ends early"))?;
    let audio: [&[u8]; 4] = [b"OpusHead", b"\x01vorbis", b"\x7fFLAC", b"Speex   "];
    if audio.iter().any(|magic| packet.starts_with(magic)) {
        return Ok(input.to_vec());
    }
    if packet.starts_with(b"\x80theora") || packet.starts_with(b"\x01video") {
        return Err(EvidenceError::AudioIsVideo);
    }
    Err(EvidenceError::NotAudio)
}

/// The bytes after any ID3v2 tags at the start (there may be several).
fn skip_id3v2(input: &[u8]) -> &[u8] {
    let mut rest = input;
    while rest.len() >= 10 && rest.starts_with(b"ID3") {
        // The size is "syncsafe": 7 bits per byte.
        let size = rest[6..10]
            .iter()
            .fold(0usize, |acc, &b| (acc << 7) | usize::from(b & 0x7F));
        let footer = if rest[5] & 0x10 != 0 { 10 } else { 0 };
        let end = 10 + size + footer;
        match rest.get(end..) {
            Some(after) => rest = after,
            None => return &[],
        }
    }
    rest
}

/// An ADTS (raw AAC) frame header: 12 sync bits, layer 0.
fn is_adts(b: &[u8]) -> bool {
    b.len() >= 7 && b[0] == 0xFF && b[1] & 0xF6 == 0xF0
}

/// An MPEG audio frame header: 11 sync bits, a known version and layer,
/// a bitrate and a sample rate that are not "reserved".
fn is_mpeg_audio(b: &[u8]) -> bool {
    b.len() >= 4
        && b[0] == 0xFF
        && b[1] & 0xE0 == 0xE0
        && b[1] & 0x18 != 0x08 // version: reserved
        && b[1] & 0x06 != 0x00 // layer: reserved (ADTS uses it)
        && b[2] & 0xF0 != 0xF0 // bitrate: bad
        && b[2] & 0x0C != 0x0C // sample rate: reserved
}

/// MP3: ID3 tags dropped (front ID3v2, end ID3v1), sound frames kept.
fn clean_mp3(input: &[u8]) -> Result<Vec<u8>, EvidenceError> {
    let mut frames = skip_id3v2(input);
    if is_adts(frames) {
        // AAC behind an ID3 tag: the tag goes, the frames stay.
        return Ok(frames.to_vec());
    }
    if !is_mpeg_audio(frames) {
        return Err(if frames.is_empty() {
            damaged("there is no sound after the tag")
        } else {
            EvidenceError::NotAudio
        });
    }
    if frames.len() >= 128 && frames[frames.len() - 128..].starts_with(b"TAG") {
        frames = &frames[..frames.len() - 128];
    }
    Ok(frames.to_vec())
}

/// WAV: a new RIFF file holding only the `fmt ` chunk, a `fact` chunk if
/// any (compressed WAV needs it) and the sound (`data`). Everything else
/// (`LIST`/`INFO` names and comments, `bext` with the recorder's
/// description and time, `iXML`, cue points) is dropped.
fn clean_wav(input: &[u8]) -> Result<Vec<u8>, EvidenceError> {
    let mut pos = 12;
    let mut kept: Vec<(&[u8], &[u8])> = Vec::new();
    let (mut fmt, mut data) = (false, false);
    while pos + 8 <= input.len() {
        let id = &input[pos..pos + 4];
        let size = u32::from_le_bytes([
            input[pos + 4],
            input[pos + 5],
            input[pos + 6],
            input[pos + 7],
        ]);
        let start = pos + 8;
        let available = input.len() - start;
        // Streaming writers leave the size of `data` unknown (0xFFFFFFFF)
        // or too large when cut short: the sound runs to the end.
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        let size = if id == b"data" {
            size.min(available)
        } else if size > available {
            return Err(damaged("a part of the file is cut short"));
        } else {
            size
        };
        let body = &input[start..start + size];
        match id {
            b"fmt " => {
                if body.len() < 16 {
                    return Err(damaged("the sound description is too short"));
                }
                fmt = true;
                kept.push((id, body));
            }
            b"fact" => kept.push((id, body)),
            b"data" => {
                if !fmt {
                    return Err(damaged("the sound comes before its description"));
                }
                data = true;
                kept.push((id, body));
                break;
            }
            _ => {}
        }
        // Chunks are padded to an even length.
        pos = start + size + (size & 1);
    }
    if !fmt || !data {
        return Err(damaged("the file holds no sound"));
    }
    let mut out = Vec::with_capacity(input.len());
    out.extend_from_slice(b"RIFF\0\0\0\0WAVE");
    for (id, body) in kept {
        let len = u32::try_from(body.len()).map_err(|_| damaged("a part is too long"))?;
        out.extend_from_slice(id);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(body);
        if body.len() % 2 == 1 {
            out.push(0);
        }
    }
    let riff = u32::try_from(out.len() - 8).map_err(|_| damaged("the file is too long"))?;
    out[4..8].copy_from_slice(&riff.to_le_bytes());
    Ok(out)
}

/// What the MP4 walk found.
#[derive(Default)]
struct Tracks {
    sound: bool,
    video: bool,
}

/// MP4: there must be a sound track and no video track (from the
/// `hdlr` box of each track); `udta` and `meta` boxes become zeroed `free`
/// boxes of the same size.
fn clean_mp4(input: &[u8]) -> Result<Vec<u8>, EvidenceError> {
    let mut out = input.to_vec();
    let mut tracks = Tracks::default();
    let end = out.len();
    walk_mp4(&mut out, 0, end, 0, &mut tracks)?;
    if tracks.video {
        return Err(EvidenceError::AudioIsVideo);
    }
    if !tracks.sound {
        return Err(damaged("no sound track"));
    }
    Ok(out)
}

fn walk_mp4(
    buf: &mut [u8],
    start: usize,
    end: usize,
    depth: u32,
    tracks: &mut Tracks,
) -> Result<(), EvidenceError> {
    if depth > MP4_MAX_DEPTH {
        return Err(damaged("boxes nested too deep"));
    }
    let mut pos = start;
    while end.saturating_sub(pos) >= 8 {
        let size32 = u32::from_be_bytes([buf[pos], buf[pos + 1], buf[pos + 2], buf[pos + 3]]);
        let kind = [buf[pos + 4], buf[pos + 5], buf[pos + 6], buf[pos + 7]];
        let (header, size) = match size32 {
            // To the end of the enclosing box (only allowed last).
            0 => (8, end - pos),
            1 => {
                let large = buf
                    .get(pos + 8..pos + 16)
                    .ok_or_else(|| damaged("the file ends early"))?;
                let mut be = [0u8; 8];
                be.copy_from_slice(large);
                let size = usize::try_from(u64::from_be_bytes(be)).unwrap_or(usize::MAX);
                (16, size)
            }
            n => (8, usize::try_from(n).unwrap_or(usize::MAX)),
        };
        if size < header || size > end - pos {
            // A recording cut short mid-file: refuse rather than keep a
            // note that will not play.
            return Err(damaged("a part of the file is cut short"));
        }
        let body = pos + header..pos + size;
        match &kind {
            b"moov" | b"trak" | b"mdia" => walk_mp4(buf, body.start, body.end, depth + 1, tracks)?,
            b"hdlr" => {
                // Full box: version and flags (4), pre_defined (4), type.
                match buf.get(body.start + 8..body.start + 12) {
                    Some(b"soun") => tracks.sound = true,
                    Some(b"vide") => tracks.video = true,
                    _ => {}
                }
            }
            b"udta" | b"meta" => {
                buf[pos + 4..pos + 8].copy_from_slice(b"free");
                buf[body].fill(0);
            }
            _ => {}
        }
        pos += size;
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A WAV of `samples` 16-bit mono samples at 8 kHz, with optional
    /// chunks before the sound.
    pub(crate) fn wav(samples: usize, extra: &[(&[u8; 4], &[u8])]) -> Vec<u8> {
        let mut fmt = Vec::new();
        fmt.extend_from_slice(&1u16.to_le_bytes()); // PCM
        fmt.extend_from_slice(&1u16.to_le_bytes()); // mono
        fmt.extend_from_slice(&8000u32.to_le_bytes());
        fmt.extend_from_slice(&16000u32.to_le_bytes());
        fmt.extend_from_slice(&2u16.to_le_bytes());
        fmt.extend_from_slice(&16u16.to_le_bytes());
        let data: Vec<u8> = (0..samples)
            .flat_map(|i| (((i * 37) % 2000) as i16 - 1000).to_le_bytes())
            .collect();
        let mut chunks: Vec<(&[u8; 4], Vec<u8>)> = vec![(b"fmt ", fmt)];
        for (id, body) in extra {
            chunks.push((id, body.to_vec()));
        }
        chunks.push((b"data", data));
        let mut out = b"RIFF\0\0\0\0WAVE".to_vec();
        for (id, body) in chunks {
            out.extend_from_slice(id);
            out.extend_from_slice(&(body.len() as u32).to_le_bytes());
            out.extend_from_slice(&body);
            if body.len() % 2 == 1 {
                out.push(0);
            }
        }
        let len = (out.len() - 8) as u32;
        out[4..8].copy_from_slice(&len.to_le_bytes());
        out
    }

    fn mp4_box(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
        let mut out = ((body.len() + 8) as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(body);
        out
    }

    fn hdlr(handler: &[u8; 4]) -> Vec<u8> {
        let mut body = vec![0u8; 8];
        body.extend_from_slice(handler);
        body.extend_from_slice(&[0u8; 13]);
        mp4_box(b"hdlr", &body)
    }

    /// An M4A-like file: ftyp, moov with one track per handler and a
    /// `udta` holding a place, then the sound data.
    fn mp4(handlers: &[&[u8; 4]]) -> Vec<u8> {
        let mut moov = Vec::new();
        for h in handlers {
            moov.extend(mp4_box(b"trak", &mp4_box(b"mdia", &hdlr(h))));
        }
        moov.extend(mp4_box(
            b"udta",
            &mp4_box(b"\xa9xyz", b"+48.8566+002.3522/"),
        ));
        let mut out = mp4_box(b"ftyp", b"M4A \0\0\0\0isomM4A ");
        out.extend(mp4_box(b"moov", &moov));
        out.extend(mp4_box(b"mdat", &[0x21; 64]));
        out
    }

    fn ogg(first_packet: &[u8]) -> Vec<u8> {
        let mut out = b"OggS\0\x02".to_vec();
        out.extend_from_slice(&[0u8; 20]); // granule, serial, page, crc
        out.push(1); // one segment
        out.push(first_packet.len() as u8);
        out.extend_from_slice(first_packet);
        out
    }

    /// The start of a WebM file as MediaRecorder writes it: EBML header
    /// with doctype, then a track entry per codec id, then a cluster.
    fn webm(codecs: &[&str]) -> Vec<u8> {
        let mut out = vec![0x1A, 0x45, 0xDF, 0xA3, 0x9F];
        out.extend_from_slice(&[0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84]);
        out.extend_from_slice(b"webm");
        out.extend_from_slice(&[0x18, 0x53, 0x80, 0x67, 0x01, 0xFF]); // segment
        for c in codecs {
            out.extend_from_slice(&[0xAE, 0x90, 0xD7, 0x81, 0x01, 0x86]);
            out.push(0x80 | c.len() as u8);
            out.extend_from_slice(c.as_bytes());
        }
        out.extend_from_slice(&[0x1F, 0x43, 0xB6, 0x75, 0x86, 0x81]);
        out.extend_from_slice(b"V_X"); // sound data that happens to look like a codec id
        out
    }

    #[test]
    fn each_recorder_format_is_recognised_with_its_mime() {
        let mut id3_mp3 = b"ID3\x04\0\0\0\0\0\x05TIT2x".to_vec();
        id3_mp3.extend_from_slice(&[0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0]);
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (webm(&["A_OPUS"]), "audio/webm"),
            (ogg(b"OpusHead\x01\x01"), "audio/ogg"),
            (ogg(b"\x01vorbis\0\0\0\0"), "audio/ogg"),
            (mp4(&[b"soun"]), "audio/mp4"),
            (
                vec![0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC, 0x21],
                "audio/aac",
            ),
            (vec![0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0], "audio/mpeg"),
            (id3_mp3, "audio/mpeg"),
            (wav(100, &[]), "audio/wav"),
        ];
        for (bytes, mime) in cases {
            assert!(looks_like_audio(&bytes), "{mime}");
            let v = process_voice(&bytes).unwrap_or_else(|e| panic!("{mime}: {e}"));
            assert_eq!(v.format.mime(), mime);
            assert_eq!(v.sha256, hex::encode(Sha256::digest(&v.bytes)));
        }
    }

    #[test]
    fn pictures_text_and_nothing_are_not_sound() {
        for bytes in [
            &b""[..],
            b"hello, this is text",
            &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F'], // JPEG
            b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR",
            b"%PDF-1.7\n",
            b"RIFF\0\0\0\0WEBPVP8 ", // WebP is RIFF too
        ] {
            assert!(!looks_like_audio(bytes), "{bytes:?}");
            assert_eq!(process_voice(bytes), Err(EvidenceError::NotAudio));
        }
    }

    #[test]
    fn videos_are_refused_in_every_container() {
        for bytes in [
            webm(&["V_VP8", "A_OPUS"]),
            ogg(b"\x80theora\x03\x02"),
            mp4(&[b"vide", b"soun"]),
        ] {
            assert_eq!(process_voice(&bytes), Err(EvidenceError::AudioIsVideo));
        }
    }

    #[test]
    fn a_container_without_sound_is_damaged() {
        assert!(matches!(
            process_voice(&webm(&[])),
            Err(EvidenceError::AudioDamaged { .. })
        ));
        assert!(matches!(
            process_voice(&mp4(&[])),
            Err(EvidenceError::AudioDamaged { .. })
        ));
        assert!(matches!(
            process_voice(b"RIFF\x04\0\0\0WAVE"),
            Err(EvidenceError::AudioDamaged { .. })
        ));
        assert!(matches!(
            process_voice(b"OggS\0\x02"),
            Err(EvidenceError::AudioDamaged { .. })
        ));
    }

    #[test]
    fn an_mp4_cut_short_is_damaged_not_a_panic() {
        let full = mp4(&[b"soun"]);
        for cut in [30, 60, full.len() - 10] {
            assert!(
                matches!(
                    process_voice(&full[..cut]),
                    Err(EvidenceError::AudioDamaged { .. })
                ),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn mp4_metadata_is_zeroed_in_place() {
        let input = mp4(&[b"soun"]);
        let v = process_voice(&input).unwrap();
        assert_eq!(
            v.bytes.len(),
            input.len(),
            "offsets into the sound stay right"
        );
        assert!(!contains(&v.bytes, b"+48.8566"), "the place is gone");
        assert!(!contains(&v.bytes, b"udta"));
        assert!(contains(&v.bytes, b"free"));
        assert!(v.bytes.ends_with(&[0x21; 64]), "the sound is untouched");
    }

    #[test]
    fn wav_keeps_only_the_sound() {
        let input = wav(
            101,
            &[
                (b"LIST", b"INFOINAM\x05\0\0\0Amina\0"),
                (b"bext", b"Recorded at home"),
            ],
        );
        let v = process_voice(&input).unwrap();
        assert!(!contains(&v.bytes, b"Amina") && !contains(&v.bytes, b"home"));
        assert_eq!(v.bytes, wav(101, &[]), "the same file without the chunks");
    }

    #[test]
    fn wav_from_a_streaming_writer_keeps_its_sound() {
        let mut input = wav(50, &[]);
        // The data size left unknown, as a recorder that was cut off does.
        let at = input.len() - 100 - 4;
        input[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        let v = process_voice(&input).unwrap();
        assert_eq!(v.bytes, wav(50, &[]));
    }

    #[test]
    fn mp3_tags_are_dropped() {
        let frame = [0xFF, 0xFB, 0x90, 0x64, 1, 2, 3, 4];
        let mut input = b"ID3\x03\0\0\0\0\0\x0bTALBAmina".to_vec();
        input.extend_from_slice(&[0, 0]);
        input.extend_from_slice(&frame);
        let mut v1 = b"TAG".to_vec();
        v1.extend_from_slice(b"Amina's song");
        v1.resize(128, 0);
        input.extend_from_slice(&v1);
        let v = process_voice(&input).unwrap();
        assert_eq!(v.bytes, frame);
    }

    #[test]
    fn the_size_limit_is_checked_first() {
        let big = vec![0u8; MAX_VOICE_BYTES + 1];
        assert_eq!(
            process_voice(&big),
            Err(EvidenceError::AudioTooBig {
                bytes: MAX_VOICE_BYTES + 1
            })
        );
        let e = EvidenceError::AudioTooBig {
            bytes: MAX_VOICE_BYTES + 1,
        };
        assert_eq!(e.code(), "evidence-audio-too-big");
        assert_eq!(e.args(), vec![("megabytes", "5.1".to_string())]);
        // Just at the limit is accepted (a WAV that big).
        let samples = (MAX_VOICE_BYTES - 44) / 2;
        assert!(process_voice(&wav(samples, &[])).is_ok());
    }

    #[test]
    fn the_same_recording_gives_the_same_address() {
        let a = process_voice(&wav(300, &[(b"LIST", b"one")])).unwrap();
        let b = process_voice(&wav(300, &[(b"LIST", b"two, longer")])).unwrap();
        assert_eq!(a.sha256, b.sha256);
    }

    #[test]
    fn random_bytes_never_panic() {
        // A small deterministic generator: the same cases on every run.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let seeds: [&[u8]; 6] = [
            b"OggS",
            b"RIFF\0\0\0\0WAVE",
            b"\0\0\0\x18ftyp",
            b"ID3\x04\0\0",
            &[0x1A, 0x45, 0xDF, 0xA3],
            &[0xFF, 0xFB],
        ];
        for round in 0..3000 {
            let seed = seeds[round % seeds.len()];
            let len = (next() % 200) as usize;
            let mut bytes = seed.to_vec();
            bytes.extend((0..len).map(|_| next() as u8));
            let _ = process_voice(&bytes);
        }
    }
}
