"""Authentication, tokens, roles and permissions."""
