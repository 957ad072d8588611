"""URLs of the test OpenID Connect provider: DOT under /o/ (its default prefix), a login form
at /accounts/login/, and the test-control endpoints under /test/ (control.py)."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from tests.support.oidc_provider import control

urlpatterns = [
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("test/users", control.users),
    path("test/users/<str:username>/groups", control.user_groups),
    path("test/clients", control.clients),
    path("test/mint", control.mint),
    path("test/clock", control.clock),
]
