"""Django REST framework: who may call (sign-in), how replies are rendered, errors, pages, and
the OpenAPI schema. Rate limits are in limits.py. docs/configuration.md: "Sign-in"."""

from config.settings.base import DEBUG, env

# Sign-in is required unless API_AUTH_REQUIRED=false is set explicitly, whatever DEBUG says
# (gunicorn listens on every interface: DEBUG must never open the documents to anyone).
API_AUTH_REQUIRED = env.bool("API_AUTH_REQUIRED", default=True)
# The audit trail (chat/services/audit.py): uploads, deletions, downloads, tokens. `manage.py
# purge_audit` (daily, from cron) deletes events older than this many days; 0 keeps them all.
AUDIT_RETENTION_DAYS = env.int("AUDIT_RETENTION_DAYS", default=365)
# While a model writes an answer, the asker's access to what it searched is checked again at
# most this often (chat/services/access_watch.py): a removed member's answer stops within it.
ACCESS_RECHECK_SECONDS = env.float("ACCESS_RECHECK_SECONDS", default=2.0)
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    # Clients send "Authorization: Token <token>" (or Bearer); the browsable API and admin use sessions.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "chat.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["chat.api.permissions.ApiAccess"],
    "DEFAULT_THROTTLE_CLASSES": ["chat.api.throttling.SettingsScopedThrottle"],
    "EXCEPTION_HANDLER": "chat.api.error_responses.api_exception_handler",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "pdfchat API",
    "DESCRIPTION": "Ask questions and get answers, synchronously or as background jobs you poll.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI assets come from drf-spectacular-sidecar: no CDN is needed.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Two fields called "role": a message's (user, assistant) and a member's in a collection.
    "ENUM_NAME_OVERRIDES": {"CollectionRoleEnum": "chat.models.Role"},
    "PREPROCESSING_HOOKS": ["chat.api.schema_hooks.drop_trailing_slashes"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "chat.api.schema_hooks.allow_empty_query_values",
        "chat.api.schema_hooks.require_bodies_with_required_fields",
    ],
}
