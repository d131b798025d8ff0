"""Settings per environment: `local` (manage.py), `test` (pytest) and `production` (WSGI)."""
