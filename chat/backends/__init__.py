"""Pluggable backends, each a small interface whose implementation settings choose."""
