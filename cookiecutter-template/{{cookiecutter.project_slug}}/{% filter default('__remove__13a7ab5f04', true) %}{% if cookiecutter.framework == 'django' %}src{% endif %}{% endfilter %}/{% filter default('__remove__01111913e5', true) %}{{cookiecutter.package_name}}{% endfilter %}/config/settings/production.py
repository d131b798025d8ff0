"""Production: secrets from the environment, HTTPS only, secure cookies.

Refuses to start without a real SECRET_KEY.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEFAULT_SECRET_KEY
from .env import env_bool, env_int, env_list

MIN_SECRET_KEY_LENGTH = 50

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if SECRET_KEY == DEFAULT_SECRET_KEY or len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH:
    msg = (
        f"SECRET_KEY must be set to a random value of at least {MIN_SECRET_KEY_LENGTH} "
        "characters in production; generate one with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
    )
    raise ImproperlyConfigured(msg)

DEBUG = False
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto. Probes may use plain HTTP.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^health$", r"^ready$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 63_072_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
