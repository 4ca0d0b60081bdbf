"""gunicorn settings: `gunicorn -c config/gunicorn.py config.wsgi` (docs/deploy.md).

Every value comes from the environment, with defaults for a small server. Logs use the
same JSON lines and the same personal-data filter as Django (config/logging.py); the
access log names method, path, status, size and duration, never the query string (a
search may hold what a resident typed) nor the client's address."""

import gc
import multiprocessing
import os

from config.logging import config as logging_config

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Web nodes are stateless: add workers (or nodes) until the database is the limit.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycling a worker after N requests guards against a slow memory leak, but each
# recycle loads the whole application again (about 1.5 s without that worker): at 2000
# a busy node recycled every second and served a third of its requests, with time-outs
# (docs/benchmarks.md). Off unless a deployment sees a leak and sets it.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
# The heartbeat files live in memory (a container's /tmp may be a slow overlay).
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR", "/dev/shm")  # noqa: S108
# Only the load balancer in front of us may say the request came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# No control socket: nothing here manages gunicorn at run time, and two servers on one
# machine (tests, benchmarks) would share its default path.
control_socket_disable = True

access_log_format = "%(m)s %(U)s status=%(s)s bytes=%(B)s ms=%(M)s"
_logs = logging_config(
    level=os.environ.get("LOG_LEVEL", "INFO"), fmt=os.environ.get("LOG_FORMAT", "json")
)
_logs["loggers"].update(
    {
        "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["console"], "propagate": False},
    }
)
logconfig_dict = _logs


# A full garbage collection walks every object the worker holds (Django, Wagtail, the
# stemmers, compiled templates, catalogues): about 150 ms, paid now and then by a
# resident's request. What is alive once the app has loaded, and again after the first
# requests have filled the template and translation caches, lives as long as the
# worker: freezing it leaves the collector only what requests create (docs/benchmarks.md).
FREEZE_AFTER_REQUESTS = (1, 100)


def freeze_long_lived_objects():
    gc.collect()
    gc.freeze()


def post_worker_init(worker):
    freeze_long_lived_objects()


def post_request(worker, req, environ, resp):
    # After the response has been written: the resident does not wait for it.
    if worker.nr in FREEZE_AFTER_REQUESTS:
        freeze_long_lived_objects()
