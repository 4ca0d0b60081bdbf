from tests.processes import django_env, manage


def run_check(settings_module, *options, **env_vars):
    env = django_env(settings_module)
    env.pop("SECRET_KEY", None)
    env.pop("DEBUG", None)
    return manage({**env, **env_vars}, "check", *options, check=False, timeout=120)


def test_production_refuses_to_start_without_secret_key(tmp_path):
    # SECRET_KEY unset: not in the environment, and the file of variables (a checkout's
    # .env holds one after `make run`) is one without it.
    env_file = tmp_path / "env"
    env_file.write_text("ALLOWED_HOSTS=sportello.example.it\n")
    result = run_check("config.settings.production", ENV_FILE=str(env_file))
    assert result.returncode != 0
    assert "SECRET_KEY is missing" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = run_check("config.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY is missing" in result.stderr


def test_a_secret_key_in_the_file_of_variables_is_used(tmp_path):
    env_file = tmp_path / "env"
    env_file.write_text("SECRET_KEY=" + "f" * 60 + "\n")
    result = run_check("config.settings.production", ENV_FILE=str(env_file))
    assert result.returncode == 0, result.stderr


def test_production_refuses_a_default_looking_secret_key():
    result = run_check("config.settings.production", SECRET_KEY="django-insecure-abc")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_a_real_secret_key():
    result = run_check("config.settings.production", SECRET_KEY="x" * 60)
    assert result.returncode == 0, result.stderr


def test_development_with_debug_off_also_requires_a_secret_key():
    result = run_check("config.settings.dev", SECRET_KEY="", DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY is missing" in result.stderr


def test_the_deploy_check_has_nothing_to_say_about_production():
    result = run_check(
        "config.settings.production", "--deploy", SECRET_KEY="k" * 20 + "-Zq8" + "x1y2" * 10
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stderr
