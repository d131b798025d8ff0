"""Development (`manage.py` default): debug pages, static files served from the apps."""

from .base import *  # noqa: F403

DEBUG = True
