//! `closed_enum!`: an enum of unit variants that knows all of its variants
//! and the id each one is written as.
//!
//! The list of variants is written once, so [`ALL`](#) can never miss one:
//! tables indexed by such an enum (headings per section, phrases per
//! sender) are complete by construction, and a new variant makes every
//! `match` on it, and every content file that lacks its key, fail.

/// Declares a field-less enum with `ALL` (every variant, in order),
/// `COUNT`, `id()` (the string it is written as in content and data files)
/// and `from_id()`.
///
/// ```ignore
/// closed_enum! {
///     /// Who sends a code.
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum SentBy {
///         /// The client.
///         Client = "client",
///     }
/// }
/// ```
macro_rules! closed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $id:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant
            ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];
            /// How many variants there are.
            pub const COUNT: usize = Self::ALL.len();

            /// The id this variant is written as in content and data files.
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The variant written as `id`.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|v| v.id() == id)
            }

            /// The position of this variant in [`Self::ALL`].
            pub const fn index(self) -> usize {
                self as usize
            }
        }
    };
}
