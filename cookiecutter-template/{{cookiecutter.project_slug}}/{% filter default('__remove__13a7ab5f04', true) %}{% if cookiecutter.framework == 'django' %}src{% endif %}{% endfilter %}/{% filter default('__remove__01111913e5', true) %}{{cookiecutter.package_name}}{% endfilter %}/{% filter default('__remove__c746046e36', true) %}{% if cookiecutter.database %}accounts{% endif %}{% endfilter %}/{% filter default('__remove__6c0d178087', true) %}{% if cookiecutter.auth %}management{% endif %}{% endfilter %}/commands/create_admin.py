"""`manage.py create_admin EMAIL`: create the first admin, or promote an existing user."""

import getpass
import os
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_email
from django.db import transaction

from ...models import User
from ...roles import Role, assign_role


class Command(BaseCommand):
    help = "Create (or promote) an admin: superuser, staff and in the admin group."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")

    def handle(self, *args: object, **options: Any) -> None:  # noqa: ANN401, ARG002
        email = options["email"].strip().lower()
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CommandError(f"Invalid email: {email}") from exc
        with transaction.atomic():
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User.objects.create_superuser(email, self._password(email))
                message = f"Created admin {user.email}"
            else:
                user.is_staff = user.is_superuser = user.is_active = True
                user.save(update_fields=["is_staff", "is_superuser", "is_active"])
                message = f"Promoted {user.email} to admin"
            assign_role(user, Role.ADMIN)
        self.stdout.write(message)

    def _password(self, email: str) -> str:
        """From ADMIN_PASSWORD (for scripts), otherwise a prompt; checked by the validators."""
        password = os.environ.get("ADMIN_PASSWORD", "")
        if not password:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Repeat password: "):
                raise CommandError("Passwords do not match")
        try:
            validate_password(password, User(email=email))
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        return password
