"""The log filter and format (config/logging.py) on records a library might write."""

import io
import json
import logging
import logging.config

import pytest

from config.logging import config


@pytest.fixture
def log():
    stream = io.StringIO()
    settings = config(level="DEBUG")
    settings["handlers"]["console"]["stream"] = stream
    settings["loggers"] = {}
    logging.config.dictConfig(settings)
    yield logging.getLogger("sportello.test"), stream
    logging.config.dictConfig(config())


def entries(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_addresses_and_numbers_are_blanked_in_messages_and_tracebacks(log):
    logger, stream = log
    logger.warning("refused %s", "<amina.k@example.org>: mailbox full")
    try:
        raise ValueError("Key (phone)=(+39 333 123 4567) already exists, 0171/445566 too")
    except ValueError:
        logger.exception("could not save")
    first, second = entries(stream)
    assert first["message"] == "refused <[redacted]>: mailbox full"
    assert "+39" not in second["error"] and "445566" not in second["error"]
    assert "ValueError: Key (phone)=([redacted]) already exists, [redacted] too" in second["error"]
    assert "ValueError" in second["error"]  # the kind of error is kept


def test_the_development_server_keeps_status_and_size_and_blanks_the_path(log):
    _logger, stream = log
    server = logging.getLogger("django.server")
    # As in the running site (settings.LOGGING): the records go to the root handler.
    saved = server.handlers, server.propagate, server.level
    server.handlers, server.propagate, server.level = [], True, logging.INFO
    try:
        server.info('"%s" %s %s', "GET /ar/?tel=+393331234567 HTTP/1.1", 200, 12345)
        server.info('"%s" %s %s', "GET /ar/ HTTP/1.1", 200, 24816)
    finally:
        server.handlers, server.propagate, server.level = saved
    first, second = entries(stream)
    assert first["message"] == '"GET /ar/?tel=[redacted] HTTP/1.1" 200 12345'
    assert second["message"] == '"GET /ar/ HTTP/1.1" 200 24816'


def test_dates_times_and_small_numbers_survive(log):
    logger, stream = log
    logger.info("request %d retried after %s", 1234, "2026-11-29T12:17:53.123456+00:00")
    assert entries(stream)[0]["message"] == (
        "request 1234 retried after 2026-11-29T12:17:53.123456+00:00"
    )


def test_a_request_is_logged_by_method_and_path_only(log, rf):
    logger, stream = log
    request = rf.post("/it/servizi/x/request/?q=mario.rossi%40example.org", {"name": "Mario"})
    logger.warning("Bad Request: %s", request.path, extra={"request": request, "status_code": 400})
    entry = entries(stream)[0]
    assert entry["method"] == "POST"
    assert entry["path"] == "/it/servizi/x/request/"
    assert entry["status"] == 400
    assert "Mario" not in stream.getvalue() and "mario.rossi" not in stream.getvalue()
