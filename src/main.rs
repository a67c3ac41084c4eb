use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    crossclaim::telemetry::init("info", std::io::stderr, std::io::IsTerminal::is_terminal(&std::io::stderr()));
    let cli = crossclaim::cli::Cli::parse();
    match crossclaim::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
