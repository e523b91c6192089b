"""`make bench`: run every benchmark and print its figures."""

from bench import export, mail, summary

export.main()
summary.main()
mail.main()
