"""Logs without personal data, one JSON object a line (or plain text in development).

Every handler passes records through RedactPersonalData, which blanks anything shaped
like an e-mail address or a phone number in the message, its arguments and any
traceback: a library that puts a resident's address in an exception (an SMTP refusal,
a database constraint) cannot leak it into the logs. Nothing in Sportello logs form
contents in the first place; this is the second line of defence (docs/deploy.md)."""

import json
import logging
import re
import traceback
from datetime import UTC, datetime

# Also URL-encoded (a path or query string with %40 in it).
EMAIL = re.compile(r"[^\s@\"'<>(),;:/?=&]+(?:@|%40)[^\s@\"'<>(),;:/?=&]+\.[^\s@\"'<>(),;:/?=&]+")
# Seven or more digits, optionally led by + and split by spaces, dots, dashes or slashes;
# not an ISO date (2026-11-23) or the seconds of a time, which the logs are full of.
PHONE = re.compile(r"(?<![\w.:-])(?!\d{4}-\d\d-\d\d)\+?\d(?:[\s./-]?\d){6,}(?![\w])")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return PHONE.sub(REDACTED, EMAIL.sub(REDACTED, text))


class RedactPersonalData(logging.Filter):
    """Formats the message once, blanks personal data in it and in the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "django.server" and isinstance(record.args, tuple) and record.args:
            # The development server's '"%s" %s %s': the request line can hold personal
            # data, the status code and size beside it are numbers, not a phone number.
            record.args = (redact(str(record.args[0])), *record.args[1:])
            record.msg = record.getMessage()
        else:
            record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class JsonFormatter(logging.Formatter):
    """time, level, logger and message; the request's method and path (never its query
    string, body or headers) and the response status when Django attached them."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"] = request.method
            entry["path"] = redact(request.path)
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_text:
            entry["error"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def config(level: str = "INFO", fmt: str = "json", wagtail_level: str = "WARNING") -> dict:
    """The LOGGING setting (and gunicorn's logconfig_dict, see config/gunicorn.py)."""
    formatter = (
        {"()": "config.logging.JsonFormatter"}
        if fmt == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"redact": {"()": "config.logging.RedactPersonalData"}},
        "formatters": {"default": formatter},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "filters": ["redact"],
                "formatter": "default",
            },
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django's own loggers send to the root handler above, not to mail_admins.
            "django": {"handlers": [], "level": level, "propagate": True},
            # Wagtail and the task runner log every page save and task at INFO.
            "wagtail": {"level": wagtail_level},
            "django_tasks": {"level": "WARNING"},
            "axes": {"level": "WARNING"},
            "environ": {"level": "WARNING"},  # one line per setting read at DEBUG
            # Seven progress lines per PDF card at INFO; its font and layout warnings stay.
            "weasyprint": {"level": "WARNING"},
            "fontTools": {"level": "WARNING"},  # subsetting fonts logs every table
            # At DEBUG it writes whole template contexts: requests, forms and their data.
            "django.template": {"level": "INFO"},
        },
    }
