"""Helpers shared by the browser tests, the benchmarks and the deploy scripts; not the app."""
