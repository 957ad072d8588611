"""The job queue (RQ on Redis): the connection, a job's lifecycle (enqueue fairly, settle
failures), a job's event stream, the worker class, its warm-up, and the health of it all.
Nothing here knows what a job does: the tasks (chat/tasks.py) call the services."""
