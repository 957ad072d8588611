"""Writes and orchestration, as keyword-only functions callable without HTTP."""
