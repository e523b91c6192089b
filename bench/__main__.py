"""`make bench`: run every benchmark and print its figures."""

from bench import export, ingest, mail, summary, summary_lag

export.main()
summary.main()
mail.main()
ingest.main()
summary_lag.main()
