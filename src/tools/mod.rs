//! The tools: what a developer with bytes, a reason or a log line in front
//! of them can run, in the browser, without reading a page first.
//!
//! Each tool is a page under `/tools/` in every locale ([`Tool`]). The
//! logic is plain Rust with no Leptos, tested natively:
//!
//! - [`frame`]: reads bytes as people paste them (hex, base64, hex dumps),
//!   decodes a frame and names every rule of RFC 6455 it breaks; builds
//!   Close frames;
//! - [`reason`]: measures a close reason against the 123 bytes a Close
//!   frame allows, and finds where to cut it;
//! - [`log`]: finds close codes, reasons and libraries in log lines;
//! - [`which_code`]: the situations of "which code should I send?" and the
//!   codes each one calls for.

pub mod frame;
pub mod log;
pub mod page;
pub mod reason;
pub mod which_code;
#[cfg(feature = "tools-worker")]
pub mod worker;

closed_enum! {
    /// A tool, by the URL segment of its page under `/tools/`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Tool {
        /// Decodes a Close frame from its bytes, and builds one.
        CloseFrame = "close-frame",
        /// Measures a close reason against the 123 bytes a frame allows.
        CloseReason = "close-reason",
        /// Finds close codes, reasons and libraries in a log line.
        Log = "log",
        /// Leads from a situation to the code to send.
        WhichCode = "which-code",
    }
}
