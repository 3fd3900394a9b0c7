"""Outputs: the PDF and HTML report, the terminal summary and Markdown."""
