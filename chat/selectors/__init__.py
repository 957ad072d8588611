"""Reads: look things up, never write. One module per kind of thing read:

- `access`: who may read what (the asker, their roles, the rule every other read applies);
- `search`: a question's search scope;
- `documents`, `collections`, `conversations`, `jobs`: what the API lists and shows.
"""
