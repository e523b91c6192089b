"""Outgoing mail: a queue of keyed messages, rendered from templates, sent over SMTP.

queue.py keeps the rows (a key is queued once and sent at most once); compose.py turns a
row into a bilingual email; transport.py talks SMTP (or writes .eml files on the embedded
default); tasks/mail.py drives them.
"""
