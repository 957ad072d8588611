"""Documents in any language: detection, analysis per language, and questions answered in theirs."""

import pytest
from rest_framework.test import APIClient

from chat.languages import DEFAULT, detect
from chat.text import tokenize
from tests.support.factories import DocumentFactory

GERMAN = (
    "Wenn Sie ein Paket hochladen, müssen Sie die Änderungen im Änderungsprotokoll eintragen. "
    "Die Datei debian/changelog enthält für jede Version einen Eintrag mit dem Datum."
)
FRENCH = (
    "Pour configurer le réseau, modifiez le fichier /etc/network/interfaces puis redémarrez "
    "le service. La définition de chaque interface commence par le mot auto."
)
SPANISH = "El servidor principal ofrece el servicio de nombres y la configuración de las estaciones de trabajo."


@pytest.mark.parametrize(
    ("text", "language"),
    [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es"), ("パッケージを作成する方法を教えてください", "ja"),
     ("How do I make a pipeline fail when any command in it fails?", "en")],
)  # fmt: skip
def test_the_language_of_a_text_is_detected(text, language):
    assert detect(text) == language


@pytest.mark.parametrize("text", ["RFA?", "lintian?", "na.contiguous?", "HC0?", "", "12 34"])
def test_text_too_short_to_tell_counts_as_english(text):
    assert detect(text) == DEFAULT


def test_words_of_any_script_are_kept_whole_without_accents_or_function_words():
    tokens = tokenize("Comment configurer la définition du réseau ?", language="fr")
    assert tokens == ["configur", "definition", "reseau"]  # not "d", "finition", "r", "seau"
    assert tokenize("Änderungen für Pakete", language="de") == ["anderung", "paket"]  # endings off: stemmers.py
    spanish = tokenize("configuración del servidor", language="es")
    assert spanish == tokenize("configuracion del servidor", language="es")
    assert tokenize("Ελληνικά κείμενα", language="el") == ["ελληνικα", "κειμενα"]
    assert tokenize("How do I make pipelines fail?") == ["pipelin", "fail"]  # English is still stemmed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "text"),
    [("Wo trage ich die Änderungen einer neuen Version ein?", GERMAN),
     ("Quel fichier faut-il modifier pour configurer le réseau ?", FRENCH),
     ("¿Qué servicios ofrece el servidor principal?", SPANISH)],
)  # fmt: skip
def test_a_question_in_the_documents_language_is_answered_from_them(question, text, media_root):
    DocumentFactory(title="Handbuch", chunks=[(1, "An unrelated English page about shells and pipelines."), (2, text)])
    reply = APIClient().post("/chat/sync", {"message": question}, format="json").json()
    assert reply["sources"] and reply["sources"][0]["page"] == 2, reply
