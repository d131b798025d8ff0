{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""The user model, custom from the first migration: the email address is the login.{% if auth %}

Also the failed sign-ins, counted in the database so that every worker and host sees them.{% endif %}"""

from typing import ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **fields: object) -> "User":
        if not email:
            msg = "Users must have an email address"
            raise ValueError(msg)
        user = self.model(email=email.strip().lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields: object) -> "User":
        fields |= {"is_staff": True, "is_superuser": True}
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField("email address", unique=True)
    is_staff = models.BooleanField(
        "staff status", default=False, help_text="Can sign in to the admin site."
    )
    is_active = models.BooleanField("active", default=True)
    date_joined = models.DateTimeField("date joined", default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    def __str__(self) -> str:
        return self.email
{%- if auth %}


class LoginFailure(models.Model):
    """One failed sign-in, counted per client address and account (see `throttling.py`)."""

    client = models.CharField(max_length=64)
    account = models.CharField(max_length=320)
    failed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "login_failures"
        # Django caps index names at 30 characters.
        indexes = [
            models.Index(
                fields=["client", "account", "failed_at"], name="ix_login_failures_client_acct"
            ),
            models.Index(fields=["failed_at"], name="ix_login_failures_failed_at"),
        ]
{%- endif %}
