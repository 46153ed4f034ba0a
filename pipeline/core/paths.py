"""Where the project's files are found, whatever the working directory.

One resolver for the trained model (used by build, extract, evaluate, label and
train), so that ``cd mycorpus && policykb build .`` classifies with the same
model as a build started in the project folder.
"""
from __future__ import annotations

import os
from pathlib import Path

MODEL_ENV = "POLICYKB_MODEL"
MODEL_NAME = "classifier.pkl"


def project_root() -> Path:
    """The checkout the package was installed from (editable installs), else the working directory."""
    here = Path(__file__).resolve().parents[2]
    return here if (here / "pyproject.toml").exists() else Path.cwd()


def default_model() -> Path:
    """$POLICYKB_MODEL, else ``models/classifier.pkl`` of the project checkout."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return Path(env).expanduser()
    return project_root() / "models" / MODEL_NAME


def resolve_model(path: str | os.PathLike | None) -> Path:
    return Path(path).expanduser() if path else default_model()
