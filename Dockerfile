# textbot: the Telegram bot, with its search index built into the image.
#   docker build -t textbot .
#   docker run -e TELEGRAM_BOT_TOKEN=… -v textbot-data:/app/data textbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    TEXTBOT_DB=/app/data/textbot.sqlite3

WORKDIR /app

# The CPU build of torch: the default one pulls ~5 GB of CUDA libraries.
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir .

COPY corpus ./corpus
COPY quizzes ./quizzes
RUN useradd --create-home --uid 10001 textbot \
    && mkdir -p /app/index /app/data \
    && chown 10001 /app/index /app/data

USER 10001
# Built now, so the container answers at once and never needs the network.
RUN textbot index && textbot quiz check

VOLUME ["/app/data"]
EXPOSE 8443
CMD ["textbot", "serve"]
