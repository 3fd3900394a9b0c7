"""Reports and the readers of their inputs: text, files, HTML pages and URLs."""
