{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Which files are accepted, and where they are kept."""

import uuid
from http import HTTPStatus
from pathlib import Path, PurePath

from apiflask import HTTPError
from flask import current_app
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

# Extension -> the content type the client must declare for it.
ALLOWED_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
}
# How the binary types start: the declared type is the client's word, the bytes are not.
SIGNATURES = {
    "application/pdf": b"%PDF-",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
}


class UnsupportedFileError(HTTPError):
    status_code = HTTPStatus.UNSUPPORTED_MEDIA_TYPE


def upload_folder() -> Path:
    folder: Path = current_app.config["UPLOAD_FOLDER"]
    return folder


def check(file: FileStorage) -> tuple[str, str]:
    """The safe display name and content type of an acceptable file, or a 415 error."""
    extension = PurePath(file.filename or "").suffix.lower()
    expected = ALLOWED_TYPES.get(extension)
    if expected is None:
        allowed = ", ".join(sorted(ALLOWED_TYPES))
        raise UnsupportedFileError(message=f"Only these file types are accepted: {allowed}")
    # A part without a Content-Type is taken for what its extension says (its bytes are checked).
    if file.mimetype not in ("", expected):
        raise UnsupportedFileError(
            message=f"A {extension} file must be sent as {expected}, not {file.mimetype}"
        )
    head = file.stream.read(8)
    file.stream.seek(0)
    if not head.startswith(SIGNATURES.get(expected, b"")):
        raise UnsupportedFileError(message=f"The content is not a {extension} file")
    return secure_filename(file.filename or "") or f"upload{extension}", expected


def save(file: FileStorage, filename: str) -> tuple[str, int]:
    """Write the file under a random name; returns that name and the size in bytes."""
    folder = upload_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = uuid.uuid4().hex + PurePath(filename).suffix
    path = folder / stored_name
    file.save(path)
    return stored_name, path.stat().st_size
