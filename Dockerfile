# BackInfo in a container: one replica of the app, run as a non-root user.
#   docker build -t backinfo .
#   docker run --rm -p 8501:8501 backinfo                     # then open http://localhost:8501
#   docker run --rm -p 8501:8501 -v "$PWD/examples:/config:ro" \
#     -e BACKINFO_CLINIC_CONFIG=/config/clinic.toml backinfo   # with a clinic's settings
# Several replicas behind a load balancer need sticky sessions: see docs/deploy.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin backinfo
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

# The app only: .dockerignore keeps tests, benchmarks and CI files out of the image.
COPY --chown=root:root . .
USER backinfo

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]

CMD ["streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501", "--server.headless", "true"]
