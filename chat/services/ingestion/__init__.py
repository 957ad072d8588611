"""Ingestion: an uploaded PDF becomes searchable chunks. pipeline.py names the steps and composes
them; jobs.py runs them as RQ jobs; state.py and progress.py are what clients see of a run."""
