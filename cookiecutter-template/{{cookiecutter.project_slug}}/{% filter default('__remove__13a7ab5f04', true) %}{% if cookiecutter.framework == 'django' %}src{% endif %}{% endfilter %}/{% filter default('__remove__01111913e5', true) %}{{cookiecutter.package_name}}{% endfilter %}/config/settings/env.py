"""Reading settings from the environment, which wins over `.env` (loaded on import).

Not a settings module: `base.py`, `production.py` and the components read their values with it.
"""

import os
from pathlib import Path

from dotenv import load_dotenv

# `.env` is read from the working directory, before any setting is.
load_dotenv(Path.cwd() / ".env")


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, *, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))
