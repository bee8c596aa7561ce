//! Tests for the Close frame decoder, encoder and input reader.

use closecodes::tools::frame::{
    code_problem, decode, detect_format, encode, parse_bytes, to_base64, to_hex, EncodeError,
    InputError, InputFormat, LengthForm, Opcode, Sender, Violation,
};
use proptest::prelude::*;

fn frame(input: &str) -> closecodes::tools::frame::Decoded {
    decode(&parse_bytes(input).expect("test input parses"))
}

// ---- input formats --------------------------------------------------------

#[test]
fn hex_in_every_spelling() {
    let want = vec![0x88, 0x02, 0x03, 0xe8];
    for input in [
        "880203e8",
        "88 02 03 E8",
        "  88 02\n03 e8\r\n",
        "0x88 0x02 0x03 0xe8",
        "0X880203E8",
        "0x88, 0x02, 0x03, 0xe8",
        "88:02:03:e8",
        "88-02-03-e8",
        "\\x88\\x02\\x03\\xe8",
        "8802 03e8",
    ] {
        assert_eq!(parse_bytes(input), Ok(want.clone()), "{input:?}");
        assert_eq!(detect_format(input), InputFormat::Hex, "{input:?}");
    }
    assert_eq!(parse_bytes("0x8, 0x2"), Ok(vec![8, 2]));
}

#[test]
fn base64_standard_url_safe_padded_or_not() {
    assert_eq!(parse_bytes("iAID6A=="), Ok(vec![0x88, 0x02, 0x03, 0xe8]));
    assert_eq!(parse_bytes("iAID6A"), Ok(vec![0x88, 0x02, 0x03, 0xe8]));
    assert_eq!(detect_format("iAID6A=="), InputFormat::Base64);
    assert_eq!(parse_bytes("+/8="), Ok(vec![0xfb, 0xff]));
    assert_eq!(parse_bytes("-_8"), Ok(vec![0xfb, 0xff]));
    assert_eq!(
        parse_bytes("iIIz\n+iE9NBI="),
        Ok(vec![0x88, 0x82, 0x33, 0xfa, 0x21, 0x3d, 0x34, 0x12])
    );
}

#[test]
fn wireshark_hex_dump() {
    let dump = "0000   88 02 03 e8                                       ....";
    assert_eq!(detect_format(dump), InputFormat::HexDump);
    assert_eq!(parse_bytes(dump), Ok(vec![0x88, 0x02, 0x03, 0xe8]));
    let two_lines = "0000   88 7e 00 7e 03 e8 61 61 61 61 61 61 61 61 61 61   .~.~..aaaaaaaaaa\n\
                     0010   61 62                                             ab";
    let bytes = parse_bytes(two_lines).unwrap();
    assert_eq!(bytes.len(), 18);
    assert_eq!(bytes.get(16..), Some(&[0x61, 0x62][..]));
}

#[test]
fn hexdump_c_and_xxd() {
    let hexdump =
        "00000000  88 82 37 fa 21 3d 34 12                           |..7.!=4.|\n00000008\n";
    let xxd = "00000000: 8882 37fa 213d 3412                      ..7.!=4.";
    let want = vec![0x88, 0x82, 0x37, 0xfa, 0x21, 0x3d, 0x34, 0x12];
    assert_eq!(detect_format(hexdump), InputFormat::HexDump);
    assert_eq!(detect_format(xxd), InputFormat::HexDump);
    assert_eq!(parse_bytes(hexdump), Ok(want.clone()));
    assert_eq!(parse_bytes(xxd), Ok(want));
}

#[test]
fn dump_ascii_column_that_looks_like_hex_is_ignored() {
    // hexdump -C of "ab cd ef gh": the ASCII column after the gap is not read.
    let dump = "00000000  61 62 20 63 64 20 65 66  20 67 68                 |ab cd ef gh|";
    assert_eq!(parse_bytes(dump), Ok(b"ab cd ef gh".to_vec()));
    let wireshark = "0000   61 62 20 63 64 20 65 66                           ab cd ef";
    assert_eq!(parse_bytes(wireshark), Ok(b"ab cd ef".to_vec()));
}

#[test]
fn hexdump_c_repeat_marker() {
    let dump = "\
00000000  88 7e 00 7e 03 e8 61 61  61 61 61 61 61 61 61 61  |.~.~..aaaaaaaaaa|
00000010  61 61 61 61 61 61 61 61  61 61 61 61 61 61 61 61  |aaaaaaaaaaaaaaaa|
*
00000080  61 61                                             |aa|
00000082
";
    let bytes = parse_bytes(dump).unwrap();
    assert_eq!(bytes.len(), 0x82);
    let d = decode(&bytes);
    assert_eq!(d.length_form, Some(LengthForm::Extended16(126)));
    assert_eq!(d.code, Some(1000));
    assert_eq!(d.reason.as_ref().map(|r| r.byte_len), Some(124));
    assert_eq!(d.violations, vec![Violation::ControlTooLong(126)]);
    assert_eq!(
        parse_bytes("00000000  61 61\n*\n"),
        Err(InputError::UnresolvedRepeat { line: 2 })
    );
}

#[test]
fn input_errors_carry_positions() {
    assert_eq!(parse_bytes(""), Err(InputError::Empty));
    assert_eq!(parse_bytes(" \n\t "), Err(InputError::Empty));
    assert_eq!(parse_bytes("0x"), Err(InputError::Empty));
    assert_eq!(
        parse_bytes("880"),
        Err(InputError::OddDigitCount { line: 1, column: 1 })
    );
    assert_eq!(
        parse_bytes("88 02\n03 e"),
        Err(InputError::OddDigitCount { line: 2, column: 4 })
    );
    assert_eq!(
        parse_bytes("88 0g"),
        Err(InputError::InvalidChar {
            ch: 'g',
            line: 1,
            column: 5
        })
    );
    assert_eq!(
        parse_bytes("héllo wörld"),
        Err(InputError::InvalidChar {
            ch: 'h',
            line: 1,
            column: 1
        })
    );
    assert_eq!(
        parse_bytes("iAID6"),
        Err(InputError::Base64Length { symbols: 5 })
    );
    assert_eq!(
        parse_bytes("iA=ID"),
        Err(InputError::InvalidChar {
            ch: 'I',
            line: 1,
            column: 4
        })
    );
    assert_eq!(
        parse_bytes("0000   88 0z 03"),
        Err(InputError::InvalidChar {
            ch: 'z',
            line: 1,
            column: 12
        })
    );
    // A typo in spaced hex is reported, not read as base64.
    assert_eq!(
        parse_bytes("88 02 03 zz"),
        Err(InputError::InvalidChar {
            ch: 'z',
            line: 1,
            column: 10
        })
    );
    assert_eq!(detect_format("AxAA"), InputFormat::Base64);
    assert!(InputError::Empty.to_string().contains("no bytes"));
}

// ---- decoding -------------------------------------------------------------

#[test]
fn normal_close_1000() {
    let d = frame("880203e8");
    assert!(d.fin);
    assert_eq!(d.rsv, [false; 3]);
    assert_eq!(d.kind(), Opcode::Close);
    assert!(!d.masked);
    assert_eq!(d.sender(), Sender::Server);
    assert_eq!(d.length_form, Some(LengthForm::Short(2)));
    assert_eq!(d.header_len, 2);
    assert_eq!(d.code, Some(1000));
    let reason = d.reason.as_ref().unwrap();
    assert_eq!(reason.byte_len, 0);
    assert_eq!(reason.text.as_deref(), Some(""));
    assert_eq!(d.trailing, 0);
    assert!(d.violations.is_empty());
    assert!(d.is_valid_close());
    assert_eq!(d.connection_close_code(), Some(1000));
}

#[test]
fn masked_close_1000_from_a_client() {
    // 0x34 ^ 0x37 = 0x03, 0x12 ^ 0xfa = 0xe8: code 1000.
    let d = frame("88 82 37 fa 21 3d 34 12");
    assert!(d.masked);
    assert_eq!(d.sender(), Sender::Client);
    assert_eq!(d.sender().section(), "5.1");
    assert_eq!(d.mask_key, Some([0x37, 0xfa, 0x21, 0x3d]));
    assert_eq!(d.header_len, 6);
    assert_eq!(d.payload, vec![0x03, 0xe8]);
    assert_eq!(d.code, Some(1000));
    assert!(d.violations.is_empty());
}

#[test]
fn close_with_reason_text() {
    let d = frame("88 05 03 e8 62 79 65");
    assert_eq!(d.reason.unwrap().text.as_deref(), Some("bye"));
}

#[test]
fn one_byte_close_body() {
    let d = frame("8801 03");
    assert_eq!(d.code, None);
    assert_eq!(d.reason, None);
    assert_eq!(d.violations, vec![Violation::OneBytePayload]);
    let v = d.violations.first().unwrap();
    assert_eq!((v.section(), v.close_with()), ("5.5.1", Some(1002)));
    assert_eq!(d.connection_close_code(), None);
}

#[test]
fn empty_close_body_reports_1005() {
    let d = frame("88 00");
    assert_eq!(d.code, None);
    assert!(d.violations.is_empty());
    assert_eq!(d.connection_close_code(), Some(1005));
}

#[test]
fn fragmented_control_frame() {
    let d = frame("08 02 03 e8");
    assert!(!d.fin);
    assert_eq!(d.code, Some(1000));
    assert_eq!(d.violations, vec![Violation::ControlFragmented]);
    let v = d.violations.first().unwrap();
    assert_eq!((v.section(), v.close_with()), ("5.5", Some(1002)));
}

#[test]
fn close_payload_of_126_bytes_in_16_bit_form() {
    let mut bytes = vec![0x88, 0x7e, 0x00, 0x7e, 0x03, 0xe8];
    bytes.extend(std::iter::repeat_n(b'a', 124));
    let d = decode(&bytes);
    assert_eq!(d.length_form, Some(LengthForm::Extended16(126)));
    assert_eq!(d.payload_len, 126);
    assert_eq!(d.header_len, 4);
    assert_eq!(d.violations, vec![Violation::ControlTooLong(126)]);
    assert_eq!(d.violations.first().unwrap().section(), "5.5");
    assert_eq!(d.reason.unwrap().byte_len, 124);
}

#[test]
fn non_minimal_and_high_bit_lengths() {
    let d = frame("88 7e 00 02 03 e8");
    assert_eq!(
        d.violations,
        vec![Violation::NonMinimalLength(LengthForm::Extended16(2))]
    );
    assert_eq!(d.code, Some(1000));
    let d = frame("82 7f 00 00 00 00 00 00 ff ff");
    assert_eq!(
        d.violations,
        vec![
            Violation::NotCloseFrame(2),
            Violation::NonMinimalLength(LengthForm::Extended64(0xffff)),
            Violation::Truncated {
                needed: 10 + 0xffff,
                got: 10
            },
        ]
    );
    let d = frame("88 7f 80 00 00 00 00 00 00 00");
    assert_eq!(
        d.violations.get(..2),
        Some(
            &[
                Violation::Length64HighBit,
                Violation::ControlTooLong(1 << 63)
            ][..]
        )
    );
    assert!(matches!(
        d.violations.get(2),
        Some(Violation::Truncated { .. })
    ));
    assert_eq!(d.violations.first().unwrap().section(), "5.2");
}

#[test]
fn codes_that_are_never_on_the_wire() {
    let d = frame("88 02 03 ee");
    assert_eq!(d.code, Some(1006));
    assert_eq!(d.violations, vec![Violation::CodeNeverOnWire(1006)]);
    let v = d.violations.first().unwrap();
    assert_eq!((v.section(), v.close_with()), ("7.4.1", Some(1002)));

    let d = frame("88 02 09 c4");
    assert_eq!(d.code, Some(2500));
    assert_eq!(d.violations, vec![Violation::CodeUnassigned(2500)]);
    assert_eq!(d.violations.first().unwrap().section(), "7.4.2");
}

#[test]
fn code_problem_table() {
    for code in [0, 999, 1004, 1005, 1006, 1015] {
        assert_eq!(
            code_problem(code),
            Some(Violation::CodeNeverOnWire(code)),
            "{code}"
        );
    }
    assert_eq!(code_problem(999).unwrap().section(), "7.4.2");
    assert_eq!(code_problem(1015).unwrap().section(), "7.4.1");
    for code in [1016, 2000, 2999] {
        assert_eq!(
            code_problem(code),
            Some(Violation::CodeUnassigned(code)),
            "{code}"
        );
    }
    for code in [5000, 65535] {
        assert_eq!(
            code_problem(code),
            Some(Violation::CodeOutOfRange(code)),
            "{code}"
        );
    }
    for code in [
        1000, 1001, 1002, 1003, 1007, 1011, 1012, 1013, 1014, 3000, 4000, 4999,
    ] {
        assert_eq!(code_problem(code), None, "{code}");
    }
}

#[test]
fn invalid_utf8_reason() {
    let d = frame("88 04 03 e8 ff fe");
    let reason = d.reason.as_ref().unwrap();
    assert_eq!(reason.bytes, vec![0xff, 0xfe]);
    assert_eq!(reason.text, None);
    assert_eq!(
        d.violations,
        vec![Violation::InvalidUtf8Reason { valid_up_to: 0 }]
    );
    let v = d.violations.first().unwrap();
    assert_eq!((v.section(), v.close_with()), ("8.1", Some(1007)));
}

#[test]
fn truncated_frames() {
    assert_eq!(
        decode(&[]).violations,
        vec![Violation::Truncated { needed: 2, got: 0 }]
    );
    let d = decode(&[0x88]);
    assert_eq!(
        d.violations,
        vec![Violation::Truncated { needed: 2, got: 1 }]
    );
    assert_eq!(d.length_form, None);
    let d = frame("88 7e 00");
    assert_eq!(
        d.violations,
        vec![Violation::Truncated { needed: 4, got: 3 }]
    );
    let d = frame("88 82 37 fa");
    assert_eq!(d.mask_key, None);
    assert_eq!(
        d.violations,
        vec![Violation::Truncated { needed: 8, got: 4 }]
    );
    let d = frame("88 05 03 e8");
    assert_eq!(d.code, Some(1000));
    assert_eq!(
        d.violations,
        vec![Violation::Truncated { needed: 7, got: 4 }]
    );
    assert_eq!(d.violations.first().unwrap().close_with(), None);
    // A character cut off by the end of the capture is not invalid UTF-8.
    let d = frame("88 05 03 e8 e4 b8");
    assert_eq!(
        d.violations,
        vec![Violation::Truncated { needed: 7, got: 6 }]
    );
}

#[test]
fn trailing_bytes_after_the_frame() {
    let d = frame("88 00 81 00");
    assert_eq!(d.trailing, 2);
    assert_eq!(d.connection_close_code(), Some(1005));
}

#[test]
fn header_bit_violations() {
    assert_eq!(frame("c8 00").violations, vec![Violation::RsvSet]);
    assert_eq!(
        frame("83 00").violations,
        vec![Violation::NotCloseFrame(3), Violation::ReservedOpcode(3)]
    );
    let d = frame("0b 00");
    assert_eq!(d.kind(), Opcode::Reserved(0xb));
    assert!(d.kind().is_control());
    assert_eq!(
        d.violations,
        vec![
            Violation::NotCloseFrame(0xb),
            Violation::ReservedOpcode(0xb),
            Violation::ControlFragmented
        ]
    );
    for v in &d.violations[1..] {
        assert_eq!(v.close_with(), Some(1002));
    }
}

#[test]
fn text_frame_is_not_a_close_frame() {
    let d = frame("81 05 48 65 6c 6c 6f");
    assert_eq!(d.kind(), Opcode::Text);
    assert_eq!(d.payload, b"Hello");
    assert_eq!(d.code, None);
    assert_eq!(d.violations, vec![Violation::NotCloseFrame(1)]);
    let v = d.violations.first().unwrap();
    assert_eq!((v.section(), v.close_with()), ("5.2", None));
    assert!(!d.is_valid_close());
}

#[test]
fn ping_over_125_bytes() {
    let mut bytes = vec![0x89, 0x7e, 0x00, 0x80];
    bytes.extend([0u8; 128]);
    assert_eq!(
        decode(&bytes).violations,
        vec![Violation::NotCloseFrame(9), Violation::ControlTooLong(128)]
    );
}

#[test]
fn opcode_round_trip() {
    for bits in 0..16u8 {
        assert_eq!(Opcode::from_bits(bits).bits(), bits);
        assert_eq!(Opcode::from_bits(bits).is_control(), bits >= 8);
    }
}

// ---- encoding -------------------------------------------------------------

#[test]
fn encode_examples() {
    assert_eq!(encode(1000, "", None), Ok(vec![0x88, 0x02, 0x03, 0xe8]));
    assert_eq!(
        encode(1000, "", Some([0x37, 0xfa, 0x21, 0x3d])),
        Ok(vec![0x88, 0x82, 0x37, 0xfa, 0x21, 0x3d, 0x34, 0x12])
    );
    let long = "a".repeat(123);
    let bytes = encode(4000, &long, None).unwrap();
    assert_eq!(bytes.get(1), Some(&125));
    assert!(decode(&bytes).is_valid_close());
    assert_eq!(
        encode(4000, &"a".repeat(124), None),
        Err(EncodeError::ReasonTooLong { bytes: 124 })
    );
    assert_eq!(
        encode(4000, &"é".repeat(62), None),
        Err(EncodeError::ReasonTooLong { bytes: 124 })
    );
}

#[test]
fn hex_and_base64_output() {
    assert_eq!(to_hex(&[0x88, 0x02, 0x03, 0xe8]), "88 02 03 e8");
    assert_eq!(to_hex(&[]), "");
    assert_eq!(to_base64(&[0x88, 0x02, 0x03, 0xe8]), "iAID6A==");
    assert_eq!(to_base64(b"foob"), "Zm9vYg==");
    assert_eq!(to_base64(b"fooba"), "Zm9vYmE=");
    assert_eq!(to_base64(b"foobar"), "Zm9vYmFy");
}

// ---- properties -----------------------------------------------------------

proptest! {
    #[test]
    fn parse_bytes_never_panics(input in any::<String>()) {
        let _ = parse_bytes(&input);
    }

    #[test]
    fn parse_bytes_never_panics_on_dump_like_text(
        input in "[0-9a-fA-Fx:|*.= \t\n\\\\-]{0,120}"
    ) {
        let _ = parse_bytes(&input);
    }

    #[test]
    fn parse_bytes_never_panics_on_dump_lines(
        lines in proptest::collection::vec(
            ("[0-9a-f]{4,8}", "(: |  |   )", "[0-9a-f ]{0,60}", "[ -~]{0,20}"),
            0..6,
        )
    ) {
        let text: String = lines
            .iter()
            .map(|(o, s, h, a)| format!("{o}{s}{h}  {a}\n"))
            .collect();
        let _ = parse_bytes(&text);
    }

    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let d = decode(&bytes);
        prop_assert!(d.payload.len() as u64 <= d.payload_len);
    }

    #[test]
    fn decode_never_panics_on_close_headers(
        head in proptest::collection::vec(any::<u8>(), 0..16),
        tail in proptest::collection::vec(any::<u8>(), 0..140),
    ) {
        let mut bytes = vec![0x88];
        bytes.extend(head);
        bytes.extend(tail);
        let _ = decode(&bytes);
    }

    #[test]
    fn encode_then_decode_gives_back_code_reason_and_key(
        code in any::<u16>(),
        reason in ".{0,60}",
        mask in proptest::option::of(any::<[u8; 4]>()),
    ) {
        let reason: String = reason
            .char_indices()
            .take_while(|(i, c)| i + c.len_utf8() <= 123)
            .map(|(_, c)| c)
            .collect();
        let bytes = encode(code, &reason, mask).unwrap();
        let d = decode(&bytes);
        prop_assert_eq!(d.code, Some(code));
        prop_assert_eq!(d.reason.and_then(|r| r.text), Some(reason));
        prop_assert_eq!(d.mask_key, mask);
        prop_assert_eq!(d.masked, mask.is_some());
        prop_assert_eq!(d.trailing, 0);
        prop_assert_eq!(d.violations, code_problem(code).into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn hex_round_trip(bytes in proptest::collection::vec(any::<u8>(), 1..200)) {
        prop_assert_eq!(parse_bytes(&to_hex(&bytes)), Ok(bytes.clone()));
        let compact: String = to_hex(&bytes).split(' ').collect();
        prop_assert_eq!(parse_bytes(&compact), Ok(bytes));
    }

    #[test]
    fn base64_round_trip(bytes in proptest::collection::vec(any::<u8>(), 1..200)) {
        // Base64 made only of hex digits is read as hex by design; skip those.
        let encoded = to_base64(&bytes);
        prop_assume!(detect_format(&encoded) == InputFormat::Base64);
        prop_assert_eq!(parse_bytes(&encoded), Ok(bytes.clone()));
        let unpadded = encoded.trim_end_matches('=');
        if detect_format(unpadded) == InputFormat::Base64 {
            prop_assert_eq!(parse_bytes(unpadded), Ok(bytes));
        }
    }
}
