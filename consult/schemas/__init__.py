"""Marshmallow schemas: the wire format of the API and how its input is checked."""
