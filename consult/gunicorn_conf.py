"""Gunicorn settings of `consult run` and docker-compose (`--config python:consult.gunicorn_conf`).

Gunicorn's own request limits sit above those of `consult/guard.py`, so an over-long URL or
too many headers get our JSON error rather than gunicorn's HTML page.
"""

from __future__ import annotations

import gunicorn.http.wsgi

from consult import guard

# 8190 is the most gunicorn allows for a line.
limit_request_line = 8190
limit_request_fields = guard.MAX_HEADER_FIELDS * 2
limit_request_field_size = 8190

# Gunicorn 27's control socket (~/.gunicorn/gunicorn.ctl, one path for every instance of a
# user) is not used: several instances on one host would share it.
control_socket_disable = True

# Gunicorn names itself in every response's Server header and has no setting for it; the
# name is read from this module attribute for each response.
gunicorn.http.wsgi.SERVER = "consult"
