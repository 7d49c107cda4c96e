"""Benchmark tools: a realistic data generator (``generate.py``) and the harness (``run.py``).

Not part of the program: these are developer tools; see ``benchmarks/README.md``.
"""
