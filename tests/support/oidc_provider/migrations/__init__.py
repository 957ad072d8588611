"""Migrations of the test OpenID Connect provider's app (its Profile model)."""
