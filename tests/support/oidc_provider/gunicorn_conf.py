"""gunicorn settings of the test OpenID Connect provider, given explicitly so that neither a
gunicorn.conf.py in the working directory nor pdfchat's config/gunicorn.py applies."""

worker_class = "gthread"
timeout = 30
graceful_timeout = 2  # requests in flight when a test stops it
keepalive = 0  # no idle connections to wait for when a test stops it
accesslog = "-"
errorlog = "-"
# gunicorn's control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl), which
# every gunicorn of the test run would share.
control_socket_disable = True
