"""Benchmarks of HepMeta Desktop (run with the venv\x27s python)."""
