"""Sign-in attempts per client address and per account (its address hashed), counted by
the app's Flask-Limiter storage: guessing one password from many addresses is as slow as
guessing many from one. `CONSULT_RATE_LIMIT_SIGN_IN` sets the budget."""

from __future__ import annotations

import hashlib
import math
import time

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many

from consult.runtime import current_runtime


def spend_sign_in(email: str) -> int:
    """Count an attempt: 0 if it may go ahead, else the seconds until one may."""
    limiter: Limiter = next(iter(current_app.extensions["limiter"]))
    account = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
    keys = (("sign-in-client", get_remote_address() or "unknown"), ("sign-in-account", account))
    try:
        for limit in parse_many(current_runtime().settings.rate_limit_sign_in):
            for scope, key in keys:
                if not limiter.limiter.hit(limit, scope, key):
                    reset = limiter.limiter.get_window_stats(limit, scope, key).reset_time
                    return max(1, math.ceil(reset - time.time()))
    except Exception:  # the storage is down: passwords are still checked, and slowly
        current_app.logger.warning("rate limit storage unavailable; sign-in budget off")
    return 0
