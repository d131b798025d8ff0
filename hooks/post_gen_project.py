"""Cookiecutter post-generation hook: delete what the phases that are off left behind, then
print the next steps.

A folder whose Copier name renders empty (a phase that is off) is exported with a fallback name
starting with REMOVE; Copier would not have created it. tools/export_cookiecutter.py writes
copier.yml's `_message_after_copy` into NEXT_STEPS, which Cookiecutter renders.
"""

import shutil
from pathlib import Path

REMOVE = "__remove__"
NEXT_STEPS = r"""{# _message_after_copy #}"""


def remove_leftovers(project: Path) -> None:
    for path in sorted(project.rglob(f"{REMOVE}*")):
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()


if __name__ == "__main__":
    remove_leftovers(Path.cwd())
    print(NEXT_STEPS)
