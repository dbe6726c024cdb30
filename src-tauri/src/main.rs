//! The desktop entry point; mobile platforms call [`carnet_app_lib::run`]
//! through `mobile_entry_point`.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    carnet_app_lib::run();
}
