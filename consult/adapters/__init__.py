"""Adapters: the outbound network I/O behind the small interfaces the domain declares.

The domain says what it needs (`consult.domain.webhooks.Network`: resolve a host, POST a
body) and keeps its rules; an adapter does the I/O and nothing else. The edges that run
the work (the tasks, the API) hand one in, so the domain imports no adapter.
"""
