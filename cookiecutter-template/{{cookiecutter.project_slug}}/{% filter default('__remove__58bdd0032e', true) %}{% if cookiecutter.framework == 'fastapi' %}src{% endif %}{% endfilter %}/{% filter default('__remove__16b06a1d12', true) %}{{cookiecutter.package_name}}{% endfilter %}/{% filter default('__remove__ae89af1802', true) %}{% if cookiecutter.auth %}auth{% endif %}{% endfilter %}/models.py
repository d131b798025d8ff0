{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}"""Users and their refresh tokens."""

from datetime import datetime

from sqlalchemy import Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from {{ package_name }}.auth.permissions import Role
from {{ package_name }}.db import Base, enum_values, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(
        Enum(Role, native_enum=False, length=20, values_callable=enum_values),
        default=Role.MEMBER,
    )
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RefreshToken(Base):
    """One issued refresh token. Tokens rotated from one login share a family."""

    __tablename__ = "refresh_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    family_id: Mapped[str] = mapped_column(String(32), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
