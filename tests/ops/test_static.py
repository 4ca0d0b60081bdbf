from tests.processes import django_env, run_script

SCRIPT = """
import json, django
from django.core.management import call_command
django.setup()
call_command("collectstatic", interactive=False, verbosity=0)
from django.templatetags.static import static
from django.test import Client
url = static("css/main.css")
client = Client()
served = client.get(url, secure=True, headers={"accept-encoding": "br, gzip"})
plain = client.get(url, secure=True)
print(json.dumps({
    "url": url,
    "status": served.status_code,
    "encoding": served.get("Content-Encoding"),
    "cache": served.get("Cache-Control"),
    "plain_length": len(b"".join(plain.streaming_content)),
    "compressed_length": len(b"".join(served.streaming_content)),
}))
"""


def test_production_serves_hashed_compressed_static_files(tmp_path):
    env = django_env(
        "config.settings.production",
        SECRET_KEY="s" * 60,
        STATIC_ROOT=str(tmp_path / "static"),
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    )
    served = run_script(SCRIPT, env)
    assert served["url"].startswith("/static/css/main.") and served["url"] != "/static/css/main.css"
    assert served["status"] == 200
    assert served["encoding"] == "br"
    assert "immutable" in served["cache"]
    assert served["compressed_length"] < served["plain_length"] / 2
