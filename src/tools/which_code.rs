//! "Which close code should I send?": the situations a sender is in, and
//! the codes each one calls for, best first.
//!
//! The decision tree is one level deep on purpose: every situation names
//! its codes at once, so each answer is a prerendered page that works
//! without JavaScript. What each code means and when to send it comes from
//! the codes' own content (`use_when`), so a situation adds no text of its
//! own beyond its label.

closed_enum! {
    /// A situation the sender of a Close frame is in.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Situation {
        /// The conversation is over, as planned.
        NormalEnd = "normal-end",
        /// The server shuts down, or the user leaves the page.
        GoingAway = "going-away",
        /// The client broke a rule, or may not connect.
        PolicyOrAuth = "policy-or-auth",
        /// The peer sent data that cannot be accepted.
        BadData = "bad-data",
        /// A message is too big.
        TooBig = "too-big",
        /// Something failed inside the server.
        InternalError = "internal-error",
        /// The server restarts and will be back.
        Restarting = "restarting",
        /// The server is overloaded.
        Overloaded = "overloaded",
        /// A gateway's upstream server failed.
        Gateway = "gateway",
        /// Anything only the application knows about.
        ApplicationSpecific = "application-specific",
    }
}

impl Situation {
    /// The codes to send, best first. Empty for
    /// [`Situation::ApplicationSpecific`], which leads to the private-use
    /// range and the guide on designing codes instead.
    pub fn codes(self) -> &'static [u16] {
        match self {
            Situation::NormalEnd => &[1000],
            Situation::GoingAway => &[1001],
            // 1008 says "policy"; the registry's 3000 and 3003 say who may
            // not connect, and browsers may send them too.
            Situation::PolicyOrAuth => &[1008, 3000, 3003],
            Situation::BadData => &[1003, 1007],
            Situation::TooBig => &[1009],
            Situation::InternalError => &[1011],
            Situation::Restarting => &[1012],
            Situation::Overloaded => &[1013],
            Situation::Gateway => &[1014],
            Situation::ApplicationSpecific => &[],
        }
    }
}
