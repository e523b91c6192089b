# One image for the api, worker and beat services of docker-compose.yml. The runtime lock is
# installed with its hashes, then consult as a package with no dependencies of its own to
# resolve; the sources are removed, so every command runs the installed package (migrations,
# templates and the Celery app `consult.tasks.worker` ship inside it).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements/runtime.txt /tmp/requirements/runtime.txt
RUN pip install --no-cache-dir --require-hashes -r /tmp/requirements/runtime.txt
COPY pyproject.toml README.md /tmp/src/
COPY consult /tmp/src/consult
RUN pip install --no-cache-dir --no-deps /tmp/src \
    && rm -rf /tmp/src /tmp/requirements \
    && useradd --create-home consult && mkdir -p /app/var && chown consult /app/var
USER consult
EXPOSE 8000
