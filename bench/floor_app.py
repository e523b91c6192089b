"""The floor of bench/ingest.py: the least an ingest endpoint can do on the same stack.

Flask under the API's gunicorn settings, one route at the API's path: parse the JSON body
and insert it as one row (one INSERT ... RETURNING on an autocommit psycopg connection
taken from a small per-process pool). No token lookup, no checks, no events, no broker.
The bench creates `floor_submissions` and passes the database in FLOOR_DATABASE_URL.
"""

from __future__ import annotations

import os
import queue
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from flask import Flask, request
from psycopg.types.json import Jsonb

TABLE = """CREATE TABLE floor_submissions (
    id bigserial PRIMARY KEY,
    token text NOT NULL,
    answers jsonb NOT NULL,
    submitted_by jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
)"""
INSERT = (
    "INSERT INTO floor_submissions (token, answers, submitted_by) VALUES (%s, %s, %s) RETURNING id"
)

app = Flask(__name__)
# Connections made on first need after gunicorn forks, reused by the process's threads.
_idle: queue.LifoQueue[psycopg.Connection[Any]] = queue.LifoQueue()


@contextmanager
def _connection() -> Iterator[psycopg.Connection[Any]]:
    try:
        connection = _idle.get_nowait()
    except queue.Empty:
        connection = psycopg.connect(os.environ["FLOOR_DATABASE_URL"], autocommit=True)
    try:
        yield connection
    except BaseException:
        connection.close()
        raise
    _idle.put(connection)


@app.post("/api/v1/respond/<token>")
def respond(token: str) -> dict[str, Any]:
    body = request.get_json()
    with _connection() as connection:
        row = connection.execute(
            INSERT, (token, Jsonb(body["answers"]), Jsonb(body.get("submitted_by")))
        ).fetchone()
    assert row is not None  # RETURNING gives one row
    return {"id": row[0]}
