"""Benchmarks: accuracy of the extractor against gold and against competitors (see bench/README.md)."""
