"""Top-level routes: the chat page, the PDF viewer, sign-in (a password, or the OpenID Connect
provider: /oidc/, 404 while OIDC_ISSUER is unset), the API, its schema and docs, the admin and
the queue dashboard."""

from django.contrib import admin
from django.urls import include, path, re_path
from django_rq.urls import get_admin_urlpatterns, get_api_urlpatterns
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from chat import web, web_metrics, web_oidc
from chat.api import streams
from chat.api.openai import views as openai_views
from chat.api.views import HealthView

# The django-rq dashboard, behind the admin's staff login (its standalone urls are unguarded).
rq_dashboard_urls = (
    get_api_urlpatterns() + get_admin_urlpatterns(view_wrapper=admin.site.admin_view),
    "django_rq",
)

urlpatterns = [
    path("", web.home, name="home"),
    path("favicon.ico", web.favicon),
    path("documents/<uuid:document_id>/view", web.viewer, name="document-viewer"),
    path("accounts/login/", web.LoginView.as_view(), name="login"),
    path("accounts/logout/", web_oidc.LogoutView.as_view(), name="logout"),
    # mozilla-django-oidc's names, which its views reverse.
    path("oidc/authenticate/", web_oidc.SignInStart.as_view(), name="oidc_authentication_init"),
    path("oidc/callback/", web_oidc.SignInCallback.as_view(), name="oidc_authentication_callback"),
    # Before the API's routes, whose job id pattern would take "<id>/events" too.
    re_path(r"^chat/jobs/(?P<job_id>[^/]+)/events/?$", streams.job_events, name="chat-job-events"),
    re_path(r"^chat/stream/?$", streams.chat_stream, name="chat-stream"),
    path("", include("chat.api.urls")),
    re_path(r"^v1/chat/completions/?$", openai_views.chat_completions, name="openai-chat"),
    re_path(r"^v1/models/?$", openai_views.ModelsView.as_view(), name="openai-models"),
    re_path(r"^health/?$", HealthView.as_view(), name="health"),
    path("metrics", web_metrics.metrics_view, name="metrics"),  # Prometheus; METRICS_TOKEN or staff
    re_path(r"^schema/?$", SpectacularAPIView.as_view(), name="schema"),
    re_path(r"^docs/?$", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("admin/", admin.site.urls),
    path("django-rq/", include(rq_dashboard_urls)),
]

# Errors outside DRF's views (a bad Host header, an unhandled exception) answer JSON too.
handler400 = "rest_framework.exceptions.bad_request"
handler404 = "chat.api.error_responses.not_found"
handler500 = "rest_framework.exceptions.server_error"
