"""Business rules: plain functions over a session, shared by the API, the tasks and the CLI."""
