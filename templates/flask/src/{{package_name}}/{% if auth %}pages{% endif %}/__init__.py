"""Server-rendered pages: sign-up, sign-in, account (sessions, CSRF-protected forms)."""
