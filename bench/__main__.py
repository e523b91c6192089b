"""`make bench`: run every benchmark and print its figures."""

from bench import export, mail, summary, summary_lag

export.main()
summary.main()
mail.main()
summary_lag.main()
