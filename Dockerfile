# One image for the api, worker and beat services of docker-compose.yml.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md alembic.ini worker.py ./
COPY requirements ./requirements
COPY consult ./consult
COPY migrations ./migrations
RUN pip install --no-cache-dir -c requirements/constraints.txt -e . \
    && useradd --create-home consult && mkdir -p /app/var && chown consult /app/var
USER consult
EXPOSE 8000
