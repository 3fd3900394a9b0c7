"""The command line: ``compare-reports`` and its ``batch`` subcommand."""
