"""Passages follow the document's structure: sections cut them, page breaks do not, and a passage
that runs onto the next page is cited by the page where the question's words stand."""

import pytest

from chat.backends.pdf.structure import Heading
from chat.retrieval.citations import cited_page
from chat.services.ingestion.splitting import split_document

PAGES = [
    "Intro text on page one.\n1 Pipelines\nA pipeline is a sequence of commands. The return status of a",
    "pipeline is the exit status of the last command, unless pipefail is enabled.\n2 Lists\nA list is a sequence.",
    "More about lists here.",
]
HEADINGS = [Heading(page=1, level=1, title="Pipelines", offset=24), Heading(page=2, level=1, title="Lists", offset=77)]


@pytest.fixture(autouse=True)
def _large_chunks(settings):
    settings.CHUNK_SIZE, settings.CHUNK_OVERLAP = 1200, 200


def test_sections_cut_passages_and_page_breaks_do_not():
    pieces = split_document(pages=PAGES, headings=HEADINGS)
    assert [(p.section, p.page) for p in pieces] == [("", 1), ("Pipelines", 1), ("Lists", 2)]
    pipeline = pieces[1]
    # The paragraph that starts at the foot of page 1 goes on to page 2 in one passage.
    assert pipeline.text.startswith("1 Pipelines\nA pipeline") and "unless pipefail is enabled." in pipeline.text
    [(offset, page)] = pipeline.page_starts
    assert page == 2 and pipeline.text[offset:].startswith("pipeline is the exit status")
    assert pieces[2].text == "2 Lists\nA list is a sequence.\nMore about lists here."
    assert pieces[2].page_starts == ((len("2 Lists\nA list is a sequence.\n"), 3),)


def test_headings_nest_into_a_path_and_a_lower_level_closes_the_deeper_ones():
    headings = [
        Heading(page=1, level=1, title="Shell", offset=0),
        Heading(page=1, level=2, title="Pipelines", offset=6),
        Heading(page=2, level=2, title="Lists", offset=0),
        Heading(page=3, level=1, title="Builtins", offset=0),
    ]
    pages = ["Shell\nPipelines\nabout pipes", "Lists\nabout lists", "Builtins\nabout builtins"]
    sections = [p.section for p in split_document(pages=pages, headings=headings)]
    assert sections == ["Shell", "Shell > Pipelines", "Shell > Lists", "Builtins"]


def test_a_heading_missing_from_its_page_starts_its_section_where_the_page_does():
    pieces = split_document(pages=["first page", "second page"], headings=[Heading(2, 1, "Not shown", -1)])
    assert [(p.section, p.text) for p in pieces] == [("", "first page"), ("Not shown", "second page")]


def test_a_heading_is_found_as_the_page_spells_it_and_cuts_its_section_there():
    # The outline writes straight quotes on one line; the page, typographic ones, numbered and
    # wrapped. Missed, the second question took the first one's answer under its own title.
    page = (
        "23 Why shut down early?\nBecause the battery may run out.\n"
        "24 The CGI programs report access to that host is not authorized \u2014 what\u2019s going\non?\n"
        "Those programs need to see the host in hosts.conf."
    )
    title = "The CGI programs report access to that host is not authorized - what's going on?"
    headings = [Heading(page=1, level=1, title="Why shut down early?", offset=0), Heading(1, 1, title, -1)]
    pieces = split_document(pages=[page], headings=headings)
    assert [p.section for p in pieces] == [headings[0].title, headings[1].title]
    assert pieces[0].text == "23 Why shut down early?\nBecause the battery may run out."
    assert pieces[1].text.startswith("24 The CGI programs") and "hosts.conf" in pieces[1].text


def test_each_passage_is_analysed_in_the_language_of_its_page():
    pages = ["Der Paketbetreuer muss die Änderungen in das Änderungsprotokoll eintragen, bevor er hochlädt.",
             "The maintainer must record the changes in the changelog before uploading the package."]  # fmt: skip
    pieces = split_document(pages=pages, headings=[Heading(1, 1, "Der", 0), Heading(2, 1, "The", 0)])
    assert [p.language for p in pieces] == ["de", "en"]


def test_a_passage_left_in_another_language_is_analysed_in_its_own_and_code_in_its_pages():
    # A translated handbook keeps some sections in English: analysed as German, an English
    # question's stemmed words never met them. A passage of code says no language: its page's.
    page = (
        "5.9.1 Pakete verschieben\nManchmal wird ein Paket in einen anderen Archivbereich verschoben, weil sich "
        "seine Lizenz geändert hat oder weil es nun Abhängigkeiten außerhalb von main hat.\n"
        "5.9.2 Pakete entfernen\nIf for some reason you want to completely remove a package, you need to file a "
        "bug against ftp.debian.org asking that the package be removed.\n"
        "5.9.3 Beispiel\n$ reportbug -B debian ftp.debian.org --severity=normal\n  --tag=-1 rm: foo -- RoQA\n"
    )
    headings = [Heading(1, 3, "Pakete verschieben", 0), Heading(1, 3, "Pakete entfernen", 140),
                Heading(1, 3, "Beispiel", 300)]  # fmt: skip
    pieces = split_document(pages=[page], headings=headings, languages=["de"])
    assert [p.language for p in pieces] == ["de", "en", "de"]


@pytest.mark.parametrize(
    ("question", "page"),
    [("when is pipefail enabled", 2), ("what is a pipeline sequence of commands", 1), ("nothing matches", 1)],
)
def test_a_passage_is_cited_by_the_page_its_matching_words_stand_on(question, page):
    pipeline = split_document(pages=PAGES, headings=HEADINGS)[1]
    cited = cited_page(
        page=pipeline.page, text=pipeline.text, page_starts=pipeline.page_starts, question=question, language="en"
    )
    assert cited == page


def test_a_definition_list_is_cut_at_its_items_each_under_its_term():
    """Options and variables: a question's everyday words meet the one description that answers it."""
    text = (
        "The options are:\n"
        "nounset Same as -u.\n"
        "onecmd Same as -t.\n"
        "pipefail If set, the return value of a pipeline is the value of the last (rightmost) command\n"
        "to exit with a non-zero status, or zero if all commands in the pipeline exit successfully.\n"
        "This option is disabled by default and most scripts never turn it on at all.\n"
        "HISTSIZE\n"
        "The number of commands to remember in the command history. If the value is 0, commands\n"
        "are not saved in the history list, and the default value is 500 after reading startup files."
    )
    pieces = split_document(pages=[text], headings=[Heading(1, 1, "set", 0)])
    assert [p.section for p in pieces] == ["set", "set > nounset", "set > pipefail", "set > HISTSIZE"]
    assert pieces[1].text == "nounset Same as -u.\nonecmd Same as -t."  # short items share a passage
    assert pieces[2].text.startswith("pipefail If set") and "HISTSIZE" not in pieces[2].text


def test_prose_is_no_definition_list():
    prose = (
        "When bash is invoked as an interactive login shell, it first reads commands.\n"
        "exits. If the value is 0, the history file is truncated to zero size.\n"
        "The Shell reads its input from a file, from a string, or from the terminal.\n"
        "value is being inverted with !. If a compound command fails, the shell does not exit.\n"
    )
    assert [p.section for p in split_document(pages=[prose], headings=[Heading(1, 1, "Intro", 0)])] == ["Intro"]
