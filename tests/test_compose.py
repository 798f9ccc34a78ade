"""docker-compose.yml: PostgreSQL, two replicas behind one webhook URL sharing one secret, HTTPS in front."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_the_compose_file_runs_two_replicas_on_postgres_behind_https():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    replicas = [s for s in services.values() if "serve" in (s.get("command") or [])]
    assert len(replicas) == 2
    for replica in replicas:
        command, env = replica["command"], replica["environment"]
        assert command[command.index("--webhook") + 1].startswith("https://")
        assert env["TEXTBOT_DB"].startswith("postgresql://") and "@db:5432/" in env["TEXTBOT_DB"]
        assert "TEXTBOT_WEBHOOK_SECRET" in env
    assert services["db"]["image"] == "postgres:15"
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text(encoding="utf-8")
    assert "reverse_proxy bot-1:8443 bot-2:8443" in caddyfile
    assert "443:443" in services["proxy"]["ports"]
