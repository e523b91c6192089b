"""`make bench`: run every benchmark and print its figures."""

from bench import export, summary

export.main()
summary.main()
