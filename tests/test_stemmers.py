"""The minimal stemmers for French, Spanish, German, Italian, Portuguese and Russian
(chat/stemmers.py): a word's plural, gender, case and verb endings come off, so that its forms
meet in the index; nothing deeper."""

import pytest

from chat.stemmers import french, german, italian, portuguese, russian, spanish
from chat.text import tokenize


@pytest.mark.parametrize(
    ("stem", "forms"),
    [
        (french, ["paquet", "paquets"]),
        (french, ["installer", "installé", "installe", "installés"]),
        (french, ["fichier", "fichiers"]),
        (french, ["cheval", "chevaux"]),
        (spanish, ["clase", "clases"]),
        (spanish, ["paquete", "paquetes"]),
        (spanish, ["servidor", "servidores"]),
        (spanish, ["luz", "luces"]),
        (german, ["paket", "pakete", "paketen", "pakets"]),
        (german, ["datei", "dateien"]),
        (german, ["änderung", "änderungen"]),
        (italian, ["tentativo", "tentativi"]),
        (italian, ["configurazione", "configurazioni"]),
        (italian, ["parola", "parole"]),
        (portuguese, ["alerta", "alertas"]),
        (portuguese, ["configuração", "configurações"]),
        (portuguese, ["servidor", "servidores"]),
        (portuguese, ["normal", "normais"]),
        (russian, ["файл", "файла", "файлов", "файлами"]),
        (russian, ["копия", "копии"]),
        (russian, ["резервная", "резервной", "резервные"]),
    ],
)  # fmt: skip
def test_the_forms_of_a_word_meet(stem, forms):
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


@pytest.mark.parametrize(
    ("stem", "apart"),
    [
        (french, ["version", "versant"]),  # different words keep apart
        (french, ["mises", "mise"]),  # short words are left as they are: "mises" stays
        (spanish, ["caso", "casa", "cosa"]),
        (german, ["rechner", "rechnung"]),
        (italian, ["porta", "parte"]),  # short words are left as they are
        (portuguese, ["mais", "mas"]),  # RSLP's exceptions: not plurals
        (russian, ["дом", "дым"]),
    ],
)  # fmt: skip
def test_different_words_and_short_ones_stay_apart(stem, apart):
    assert len({stem(word) for word in apart}) == len(apart)


def test_the_index_meets_a_questions_other_form_in_each_language():
    assert set(tokenize("les paquets installés", language="fr")) == set(tokenize("installer le paquet", language="fr"))
    assert tokenize("los servidores", language="es") == tokenize("el servidor", language="es")
    assert tokenize("Änderungen der Pakete", language="de") == tokenize("Änderung des Pakets", language="de")
    assert tokenize("gli alert ripetuti", language="it") == tokenize("l'alert ripetuto", language="it")
    assert tokenize("os alertas", language="pt") == tokenize("o alerta", language="pt")
    assert tokenize("резервные копии", language="ru") == tokenize("резервная копия", language="ru")
