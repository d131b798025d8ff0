"""Accounts, tokens, roles and permissions."""
