//! The `orgctl` binary: everything happens in the library.

fn main() {
    std::process::exit(orgctl::run(std::env::args_os()));
}
