//! The browser entry point: starts the app on the page the browser loaded.

#[cfg(feature = "hydrate")]
fn main() {
    closecodes::app::start();
}

#[cfg(not(feature = "hydrate"))]
fn main() {
    eprintln!("closecodes is a browser app: build it with `trunk build --release`.");
}
