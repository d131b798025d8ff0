"""Password rules beyond Django's own validators."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError


class MaximumLengthValidator:
    """Refuses passwords over `max_length` characters, as the API does (hashing is slow)."""

    def __init__(self, max_length: int = 128) -> None:
        self.max_length = max_length

    def validate(self, password: str, user: AbstractBaseUser | None = None) -> None:  # noqa: ARG002
        if len(password) > self.max_length:
            raise ValidationError(
                "This password is too long. It must contain at most %(max_length)d characters.",
                code="password_too_long",
                params={"max_length": self.max_length},
            )

    def get_help_text(self) -> str:
        return f"Your password must contain at most {self.max_length} characters."
