{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Upload a file, list your files, download one of yours."""

from collections.abc import Mapping
from typing import Any

from apiflask import APIBlueprint
from flask import Response, send_from_directory
from marshmallow import RAISE
from sqlalchemy import func, select

from {{ package_name }}.auth.tokens import current_principal, token_auth
from {{ package_name }}.db import is_valid_id
from {{ package_name }}.errors import NotFoundError
from {{ package_name }}.extensions import db
from {{ package_name }}.items.schemas import PageQuery
from {{ package_name }}.uploads import storage
from {{ package_name }}.uploads.models import Upload
from {{ package_name }}.uploads.schemas import UploadCreate, UploadPage, UploadRead

bp = APIBlueprint("uploads", __name__, url_prefix="/api/v1/uploads", tag="uploads")
# A download answers in the type its file was accepted as (and 404, as every path with an id).
DOWNLOAD: dict[int | str, dict[str, str | dict[str, dict[str, Any]]]] = {
    200: {
        "description": "The file",
        "content": {
            content_type: {"schema": {"type": "string", "format": "binary"}}
            for content_type in sorted(set(storage.ALLOWED_TYPES.values()))
        },
    }
}


@bp.post("")
@bp.auth_required(token_auth)
@bp.input(UploadCreate, location="files", arg_name="data")
@bp.output(UploadRead, status_code=201)
@bp.doc(responses={413: "File too large", 415: "File type not accepted"})
def upload(data: Mapping[str, Any]) -> Upload:
    """Store a file (multipart field `file`); the size limit is MAX_REQUEST_BYTES."""
    filename, content_type = storage.check(data["file"])
    stored_name, size = storage.save(data["file"], filename)
    record = Upload(
        owner_id=current_principal().id,
        filename=filename,
        stored_name=stored_name,
        content_type=content_type,
        size=size,
    )
    db.session.add(record)
    db.session.commit()
    return record


@bp.get("")
@bp.auth_required(token_auth)
@bp.input(PageQuery, location="query", arg_name="page", unknown=RAISE)
@bp.output(UploadPage)
def list_uploads(page: Mapping[str, Any]) -> dict[str, Any]:
    mine = select(Upload).where(Upload.owner_id == current_principal().id)
    query = mine.order_by(Upload.id).limit(page["limit"]).offset(page["offset"])
    total = db.session.scalar(select(func.count()).select_from(mine.subquery()))
    uploads = list(db.session.scalars(query))
    return {"items": uploads, "total": total, "limit": page["limit"], "offset": page["offset"]}


@bp.get("/<int:upload_id>")
@bp.auth_required(token_auth)
@bp.doc(responses=DOWNLOAD)
def download(upload_id: int) -> Response:
    """Only the owner can download a file; to anyone else it does not exist."""
    record = db.session.get(Upload, upload_id) if is_valid_id(upload_id) else None
    if record is None or record.owner_id != current_principal().id:
        raise NotFoundError(message=f"Upload {upload_id} not found")
    return send_from_directory(
        storage.upload_folder(),
        record.stored_name,
        mimetype=record.content_type,
        as_attachment=True,
        download_name=record.filename,
    )
