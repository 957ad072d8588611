"""Tests of bench/: its harness (tables, statistics), and every benchmark run in its tiny mode."""
