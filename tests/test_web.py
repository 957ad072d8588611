"""The HTML pages (chat/web.py): the home page, where the admin's "View site" link goes. The
favicon, served by gunicorn, is tested in tests/e2e/test_gunicorn.py."""

import re

import pytest
from django.test import Client


@pytest.mark.django_db
def test_home_page_links_to_docs_admin_and_health():
    response = Client().get("/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    links = set(re.findall(r'href="([^"]+)"', response.content.decode()))
    assert {"/docs", "/admin/", "/health", "/schema"} <= links


@pytest.mark.django_db
def test_the_question_box_holds_at_most_the_api_limit(settings):
    settings.API_AUTH_REQUIRED = False
    settings.CHAT_MESSAGE_MAX_CHARS = 1234
    page = Client().get("/").content.decode()
    [textarea] = re.findall(r'<textarea id="question"[^>]*>', page)
    assert 'maxlength="1234"' in textarea and 'aria-describedby="question-count"' in textarea
    assert 'id="question-count"' in page


@pytest.mark.django_db
def test_a_document_that_is_not_yours_is_a_page_saying_so_not_json(media_root):
    from django.contrib.auth.models import User

    from tests.support.factories import DocumentFactory

    document = DocumentFactory(owner=User.objects.create_user("alice", password="wonderland-1"))
    bob = Client()
    bob.force_login(User.objects.create_user("bob", password="builder-42"))
    for path in (f"/documents/{document.id}/view?page=1", "/documents/00000000-0000-0000-0000-000000000000/view"):
        response = bob.get(path)
        assert response.status_code == 404 and response["Content-Type"].startswith("text/html")
        assert "Document not found" in response.content.decode() and 'href="/"' in response.content.decode()
