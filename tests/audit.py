"""Known-vulnerability audit of a project's resolved dependencies.

pip-audit asks OSV or PyPI's per-release JSON (`/pypi/<name>/<version>/json`). Where neither
answers (these machines reach only PyPI's project JSON), the project JSON still lists the
advisories that affect the project's latest release: an exact answer for every dependency that a
fresh `uv lock` resolved to its latest release. Anything neither source can answer is reported as
unaudited, never as clean.
"""

from __future__ import annotations

import json
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.helpers import tool_env

PYPI = "https://pypi.org/pypi"
Pin = tuple[str, str]  # name, version


@dataclass
class Audit:
    findings: list[str] = field(default_factory=list)  # "name==version: advisory id"
    audited: list[Pin] = field(default_factory=list)
    unaudited: list[str] = field(default_factory=list)  # "name==version (why)"


def pins(requirements: Path) -> list[Pin]:
    """`name==version` lines of a `uv export` file (no hashes), extras and markers dropped."""
    found = []
    for line in requirements.read_text().splitlines():
        requirement = line.split(";")[0].strip()
        if "==" in requirement and not requirement.startswith("#"):
            name, version = requirement.split("==")
            found.append((re.sub(r"\[.*\]", "", name).strip(), version.strip()))
    return found


def _pip_audit(requirements: Path) -> dict[Pin, list[str]]:
    """Advisory ids per pin that pip-audit could audit; pins it skipped are left out."""
    result = subprocess.run(
        [
            *("pip-audit", "--requirement", str(requirements), "--no-deps", "--disable-pip"),
            *("--progress-spinner", "off", "--format", "json"),
        ],
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = json.loads(result.stdout or "{}")
    return {
        (dep["name"], dep["version"]): [vuln["id"] for vuln in dep["vulns"]]
        for dep in report.get("dependencies", [])
        if "skip_reason" not in dep
    }


def _latest_release_advisories(pin: Pin) -> list[str] | str:
    """Advisory ids from PyPI's project JSON, or why they do not answer for this pin."""
    name, version = pin
    try:
        response = httpx.get(f"{PYPI}/{name}/json", timeout=30, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as error:
        return f"PyPI project JSON unreachable: {error}"
    project = response.json()
    latest = project["info"]["version"]
    if latest != version:
        return f"not the latest release ({latest}), and no per-release source answers"
    return [vuln["id"] for vuln in project.get("vulnerabilities", []) if not vuln.get("withdrawn")]


def audit(requirements: Path) -> Audit:
    result = Audit()
    by_pip_audit = _pip_audit(requirements)
    rest = [pin for pin in pins(requirements) if pin not in by_pip_audit]
    with ThreadPoolExecutor(max_workers=8) as pool:
        by_pypi = dict(zip(rest, pool.map(_latest_release_advisories, rest), strict=True))
    for pin, answer in [*by_pip_audit.items(), *by_pypi.items()]:
        if isinstance(answer, str):
            result.unaudited.append(f"{pin[0]}=={pin[1]} ({answer})")
            continue
        result.audited.append(pin)
        result.findings += [f"{pin[0]}=={pin[1]}: {advisory}" for advisory in answer]
    return result
