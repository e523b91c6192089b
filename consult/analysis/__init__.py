"""The aggregation engine: plain data in, plain data out, no I/O, deterministic.

`summarize(questionnaire, respondents, invited=…)` is the entry point (summary.py).
"""
