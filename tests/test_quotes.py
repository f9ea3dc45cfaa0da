"""Quote extraction and attribution: hand-made cases, fixture articles, corpus thresholds.

Every expected value below was worked out by reading the text, not copied from the output.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.cli import main as cli_main
from helpers.core.corpus import load_corpus
from helpers.core.paths import ANNOTATIONS, FIXTURES
from helpers.evaluate.quotes import quote_errors, score_quotes, speakers_match
from helpers.instruments.quotes import (
    QUOTE_COLUMNS,
    REPORTING_VERBS,
    extract_quotes,
    extract_quotes_text,
    load_people,
)

QUOTE_FIXTURES = FIXTURES / "quotes"


def row(q: pd.DataFrame, text: str) -> pd.Series:
    hit = q[q["text"] == text]
    assert len(hit) == 1, f"expected one row with text {text!r}, got {len(hit)}: {list(q.text)}"
    return hit.iloc[0]


def article(*paragraphs: str, title: str = "A plain test article") -> pd.DataFrame:
    return extract_quotes_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n")


# --- lexicon -----------------------------------------------------------------------------------


def test_reporting_verb_inflections_map_to_lemmas():
    expected = {"says": "say", "said": "say", "told": "tell", "admits": "admit",
                "admitted": "admit", "concedes": "concede", "denied": "deny", "wrote": "write",
                "cries": "cry", "replied": "reply", "insisting": "insist", "jokes": "joke"}
    for form, lemma in expected.items():
        assert REPORTING_VERBS[form] == lemma


# --- attribution patterns ----------------------------------------------------------------------


def test_post_cue_inverted_and_normal_order():
    q = article('"We will win this," says Joe Bloggs, a councillor.',
                '"We have the votes," Bloggs says.')
    r1 = row(q, "We will win this,")
    assert (r1.kind, r1.speaker, r1.cue, r1.continuation) == ("speech", "Joe Bloggs", "say", False)
    r2 = row(q, "We have the votes,")
    assert (r2.speaker, r2.cue) == ("Joe Bloggs", "say")  # surname -> full name seen earlier
    assert q.loc[q.text == "We will win this,", "speaker_start"].notna().all()


def test_pre_cue_with_colon_and_relative_clause():
    q = article('Jane Smith admits: "We got the timing wrong."',
                'One activist, who asks not to be named, says: "It is over for us now."',
                'A nurse asks: "How do we know they will keep their word?"')
    assert (row(q, "We got the timing wrong.").speaker,
            row(q, "We got the timing wrong.").cue) == ("Jane Smith", "admit")
    r = row(q, "It is over for us now.")
    assert (r.speaker, r.cue, r.speaker_type) == ("one activist", "say", "description")
    r = row(q, "How do we know they will keep their word?")
    assert (r.speaker, r.cue) == ("a nurse", "ask")


def test_pronoun_and_continuation():
    q = article('Jane Smith arrived late. "Sorry," she says. "The traffic was terrible today."')
    first, second = row(q, "Sorry,"), row(q, "The traffic was terrible today.")
    assert (first.speaker, first.cue, first.continuation) == ("Jane Smith", "say", False)
    assert (second.speaker, second.cue, second.continuation) == ("Jane Smith", "", True)


def test_split_quotation_both_pieces_carry_the_cue():
    q = article('Tom Hardy was blunt. "It was," he says, "always going to be a hard fight."')
    a, b = row(q, "It was,"), row(q, "always going to be a hard fight.")
    assert (a.speaker, a.cue) == ("Tom Hardy", "say")
    assert (b.speaker, b.cue, b.continuation) == ("Tom Hardy", "say", False)


def test_written_sources_and_passive_unnamed_source():
    q = article('"Costs will rise sharply," Ann Lee wrote in a memo to staff.',
                'The meeting was, I am told, "a total shambles".')
    r = row(q, "Costs will rise sharply,")
    assert (r.speaker, r.cue) == ("Ann Lee", "write")
    r = row(q, "a total shambles")
    assert (r.kind, r.speaker, r.cue) == ("speech", "", "tell")


def test_terms_are_not_speech():
    q = article('Officials praised the so-called "surge" and the "p" word was avoided.')
    assert list(q.kind) == ["term", "term"]
    assert (q.speaker == "").all() and (q.cue == "").all()


def test_descriptions_kept_not_invented_names():
    q = article('"You are all welcome here," says a woman in the front row.')
    r = row(q, "You are all welcome here,")
    assert r.speaker_type == "description"
    assert r.speaker.startswith("a woman")


def test_register_canonicalises_and_unlisted_names_still_work():
    people = load_people()
    assert list(people.columns) == ["name", "aliases", "role", "affiliation", "notes"]
    q = article('"We will stay the course," Blair said.', '"Fine by me," said Zara Quimby.')
    assert row(q, "We will stay the course,").speaker == "Tony Blair"  # alias in data/people.csv
    assert row(q, "Fine by me,").speaker == "Zara Quimby"  # in no register


def test_interviewee_is_default_for_he_says():
    q = article(
        'Mark Adams has run the railway for a decade. "We need investment," he says.',
        'He talks about his predecessor, Tom Brown. Brown left in 2019. '
        '"I learned everything from that man," he says.',
        title="Interview: Mark Adams on the future of rail",
    )
    assert row(q, "I learned everything from that man,").speaker == "Mark Adams"


def test_outside_an_interview_he_is_the_last_subject():
    q = article('Tom Brown left the firm in 2019. "I learned a great deal there," he says.',
                title="Rail chiefs look back")
    assert row(q, "I learned a great deal there,").speaker == "Tom Brown"


def test_vocative_names_an_unnamed_speaker():
    q = article('A man from the back is next. "The committee was never elected," he says. '
                'The chair interrupts him: "Stan, Stan . . ." "I am winding up!" he says.')
    assert row(q, "Stan, Stan . . .").speaker == "the chair"
    assert row(q, "I am winding up!").speaker == "Stan"
    assert row(q, "The committee was never elected,").speaker == "Stan"


def test_output_columns_and_offsets(corpus):
    q = extract_quotes(corpus)
    assert list(q.columns) == QUOTE_COLUMNS
    assert str(q["speaker_start"].dtype) == "Int64"
    for r in q.itertuples():
        assert corpus.texts[r.source][r.start:r.end] == r.text
        if pd.notna(r.speaker_start):
            assert 0 <= r.speaker_start < r.speaker_end <= len(corpus.texts[r.source])


def test_empty_and_plain_corpus(plain_corpus):
    empty = extract_quotes_text("Just a title\n\nNo quotation marks at all here.\n")
    assert empty.empty and list(empty.columns) == QUOTE_COLUMNS
    q = extract_quotes(plain_corpus)
    assert set(q.kind) <= {"speech", "term"}
    assert (q[q.kind == "speech"].speaker != "").all()


# --- fixture articles in other house styles (expected rows worked out by hand) -----------------

FIXTURE_EXPECTED = {
    "wire_style.txt": [
        ("We are not going to rush this,", "speech", "Maria Lopez", "say", False),
        ("The public deserves a full hearing.", "speech", "Maria Lopez", "", True),
        ("It's a delay tactic, plain and simple,", "speech", "Tom Becker", "say", False),
        ("Nobody is stalling,", "speech", "Maria Lopez", "tell", False),
        ("disappointing", "speech", "James Carter", "call", False),
        ("We'll get there,", "speech", "James Carter", "say", False),
        ("We always do.", "speech", "James Carter", "", True),
    ],
    "mixed_marks.txt": [
        ("garden bridge", "term", "", "", False),
        ("We’ve lived here since the ’80s and nobody asked us,", "speech", "Joan Miller", "say",
         False),
        ("It feels like we don't count.", "speech", "Joan Miller", "", True),
        ("widely", "speech", "Paul Grant", "say", False),
        ("Our design keeps the towpath open to everyone.", "speech", "Paul Grant", "add", False),
        ("They told us it was ‘a done deal’ before we had seen a single drawing!", "speech",
         "one resident", "shout", False),
        ("a done deal", "term", "", "", False),
        ("We will review the plans,", "speech", "a council officer", "say", False),
    ],
    "local_news.txt": [
        ("This is a betrayal of every family on the waiting list,", "speech", "Mary O'Brien",
         "say", False),
        ("We will not stand for it.", "speech", "Mary O'Brien", "", True),
        ("I was elected to build homes, and that is what I will do,", "speech", "Sadiq Rahman",
         "tell", False),
        ("living in a fantasy world", "speech", "Mary O'Brien", "say", False),
        ("It's about time,", "speech", "Pat Green", "say", False),
        ("They never listen to us.", "speech", "her neighbour", "disagree", False),
        ("the Big Build", "term", "", "", False),
        ("We're confident,", "speech", "a spokesman", "say", False),
        ("The numbers add up.", "speech", "a spokesman", "", True),
        ("Absolutely not.", "speech", "Sadiq Rahman", "reply", False),
    ],
    "block_quote.txt": [
        ("The scheme has reached more children than any programme before it. Costs have fallen "
         "every year.", "speech", "Priya Shah", "write", False),
        ("We will not abandon families who depend on it.", "speech", "Priya Shah", "", True),
        ("spin", "speech", "David Kerr", "say", False),
        ("The minister has not answered a single question about funding.", "speech",
         "David Kerr", "tell", False),
    ],
    # generalisation round: a court/company report and a profile with a Q&A tail
    "court_report.txt": [
        ("The company showed a flagrant disregard for the environment,", "speech",
         "Caroline Webb", "say", False),
        ("repeatedly ignored", "speech", "Caroline Webb", "add", False),
        ("We apologise unreservedly and have invested £20m in new treatment works.", "speech",
         "Southvale Water Services", "say", False),
        ("Three million is a rounding error for them.", "speech", "Rachel Dunn", "say", False),
        ("We will not hesitate to prosecute again,", "speech", "Fiona Marsh", "say", False),
        ("lost the room", "speech", "one shareholder who attended the annual meeting", "say",
         False),
    ],
    "profile_qa.txt": [
        ("Everyone assumes I had lessons,", "speech", "Maria Santos", "say", False),
        ("I had a radio and a lot of stubbornness.", "speech", "Maria Santos", "", True),
        ("mostly arguments about tempo", "speech", "Maria Santos", "say", False),
        ("They are paid to complain. I am paid to conduct.", "speech", "Maria Santos", "",
         True),
        ("He was wrong about that,", "speech", "Maria Santos", "say", False),
        ("It is weather.", "speech", "Maria Santos", "", True),
        ("Not while I can still lift my arms.", "speech", "Maria Santos", "", True),
        ("And after that?", "speech", "the interviewer", "", False),
        ("After that, I will teach.", "speech", "Maria Santos", "", False),
    ],
}


@pytest.mark.parametrize("name", sorted(FIXTURE_EXPECTED))
def test_fixture_articles_in_other_house_styles(name):
    corpus = load_corpus(QUOTE_FIXTURES / name)
    q = extract_quotes(corpus)
    text = next(iter(corpus.texts.values()))
    got = [(r.text, r.kind, r.speaker, r.cue, bool(r.continuation)) for r in q.itertuples()]
    assert got == FIXTURE_EXPECTED[name]
    for r in q.itertuples():
        assert text[r.start:r.end] == r.text


def test_cli_quotes_csv(capsys):
    assert cli_main(["quotes", str(QUOTE_FIXTURES / "wire_style.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split(",")[:11] == QUOTE_COLUMNS[:11]
    assert len(out) == 1 + len(FIXTURE_EXPECTED["wire_style.txt"])


# --- scoring -----------------------------------------------------------------------------------


def test_speakers_match_rules():
    assert speakers_match("Manning", "David Manning")
    assert speakers_match("david  manning", "David Manning")
    assert speakers_match("Sir David Manning", "David Manning")
    assert speakers_match("a woman", "a woman in the front row")
    assert not speakers_match("a nurse", "one activist")
    assert not speakers_match("Tony Blair", "David Manning")
    assert not speakers_match("", "David Manning")


def test_score_quotes_on_hand_made_frames():
    gold = pd.DataFrame({
        "source": ["a.txt"] * 4, "start": [0, 20, 40, 60], "end": [10, 30, 50, 70],
        "text": ["g0", "g1", "g2", "g3"], "kind": ["speech", "speech", "speech", "term"],
        "speaker": ["Ann Lee", "a nurse", "Bob Day", ""], "cue": ["say", "ask", "", ""],
        "continuation": ["false", "false", "true", "false"],
    })
    pred = pd.DataFrame({
        "source": ["a.txt"] * 4, "start": [2, 21, 60, 80], "end": [9, 29, 70, 90],
        "text": ["p0", "p1", "p2", "p3"], "kind": ["speech", "speech", "term", "speech"],
        "speaker": ["Lee", "Bob Day", "", "x"], "cue": ["say", "ask", "", "say"],
        "continuation": [False, False, False, False],
    })
    s = score_quotes(pred, gold)
    # speech: gold {0,1,2}, pred {0,1,3}; 0 and 1 overlap -> tp 2, fp 1, fn 1
    assert s["speech_precision"] == pytest.approx(2 / 3)
    assert s["speech_recall"] == pytest.approx(2 / 3)
    assert s["speaker_accuracy"] == pytest.approx(1 / 2)  # Lee ~ Ann Lee; Bob Day != a nurse
    assert s["cue_accuracy"] == pytest.approx(1.0)
    assert s["kind_accuracy"] == pytest.approx(1.0)  # span 60-70 term == term; 0, 1 speech
    errors = quote_errors(pred, gold)
    assert set(errors["error"]) == {"missed speech", "spurious speech", "speaker"}


# --- corpus thresholds against the annotation --------------------------------------------------


@pytest.mark.skipif(not (ANNOTATIONS / "quotes.csv").exists(), reason="quotes gold not yet merged")
def test_corpus_thresholds(corpus):
    from helpers.evaluate.validation import load_gold

    scores = score_quotes(extract_quotes(corpus), load_gold("quotes"))
    assert scores["speech_f1"] >= 0.97
    assert scores["speaker_accuracy"] >= 0.95


FRAGMENTS = ['"', "“", "”", "'", "‘", "’", "He said", "she says", "Jane Smith", "Smith", ", ",
             ". ", " ", "says", "\n\n", "a nurse", ": ", "told", "I am told", "Mr.", "Stan",
             "so-called", "who asks not to be named,", "wrote", "—", "80s", "We won", "him"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_extract_never_crashes_and_offsets_hold(parts):
    text = "A title\n\n" + "".join(parts) + "\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning either (attribution has no catch-all fallback)
        q = extract_quotes_text(text)
    assert list(q.columns) == QUOTE_COLUMNS
    for r in q.itertuples():
        assert text[r.start:r.end] == r.text
        assert r.kind in ("speech", "term")
        if r.kind == "term":
            assert r.speaker == "" and r.cue == ""


def test_wire_patterns_according_to_org_and_apposition():
    q = article("'We will not back down', says union leader Ray Jones.",
                'According to the inspector, "the wiring was never checked."',
                'In a statement, the company said: "We regret the disruption to passengers."',
                'Tom Watson, the deputy leader, was angry, calling it "a disgrace to the party".',
                'The last government, he says, did one thing and said another: "We were wrong '
                'about everything that mattered."')
    assert row(q, "We will not back down").speaker == "Ray Jones"
    r = row(q, "the wiring was never checked.")
    assert (r.speaker, r.cue) == ("the inspector", "according to")
    r = row(q, "We regret the disruption to passengers.")
    assert (r.speaker, r.speaker_type) == ("the company", "group")
    assert row(q, "a disgrace to the party").speaker == "Tom Watson"
    # the parenthetical "he says" attributes the sentence, not "the last government"
    assert row(q, "We were wrong about everything that mattered.").speaker == "Tom Watson"


def test_short_reply_after_colon_is_speech():
    q = article('Jane Smith was asked whether the deal was dead. Her answer was blunt: "Yes."',
                '"Are you sure?" asked a reporter. Smith told reporters: "Completely."')
    assert (row(q, "Yes.").kind, row(q, "Yes.").speaker) == ("speech", "Jane Smith")
    assert (row(q, "Are you sure?").speaker, row(q, "Are you sure?").cue) == ("a reporter", "ask")
    assert (row(q, "Completely.").speaker, row(q, "Completely.").cue) == ("Jane Smith", "tell")


def test_description_with_capitalised_head_is_kept():
    q = article('"They are trying to purge anyone," one MP, who asked not to be named, told '
                'reporters.')
    r = row(q, "They are trying to purge anyone,")
    assert (r.speaker, r.cue, r.speaker_type) == ("one MP", "tell", "description")


def test_titles_of_works_and_scare_quotes_are_terms():
    q = article('He wrote a book called "The Long Road Home" in 2010. Her new film, "Winter '
                'Light", opens on Friday. The "reforms" have been criticised.',
                'Ann Lee described the plan as "unworkable" and "dangerous". Protesters chanted '
                '"Not in our name" outside.')
    assert [row(q, t).kind for t in ("The Long Road Home", "Winter Light", "reforms")] == [
        "term", "term", "term"]
    assert (row(q, "unworkable").speaker, row(q, "unworkable").cue) == ("Ann Lee", "describe")
    assert (row(q, "dangerous").kind, row(q, "dangerous").speaker) == ("speech", "Ann Lee")
    assert (row(q, "Not in our name").speaker, row(q, "Not in our name").cue) == (
        "Protesters", "chant")


def test_it_said_resolves_to_the_organisation():
    q = article('The company cancelled 40 trains on Monday. "We are deeply sorry for the '
                'disruption," it said in a statement.',
                'The union was unimpressed. "This is too little, too late," it said.')
    r = row(q, "We are deeply sorry for the disruption,")
    assert (r.speaker, r.speaker_type, r.cue) == ("the company", "group", "say")
    assert row(q, "This is too little, too late,").speaker == "the union"


def test_name_in_apposition_after_a_description():
    q = article('"It is a disgrace," said a spokesman for the hospital, Mark Lane.',
                '"He walked out," said his wife, Carol Reid. "No," says one nurse, who did not '
                'want to be named.')
    assert row(q, "It is a disgrace,").speaker == "Mark Lane"
    assert row(q, "He walked out,").speaker == "Carol Reid"
    assert row(q, "No,").speaker == "one nurse"


def test_open_piece_of_multi_paragraph_quote_takes_the_later_cue():
    text = ("Hospital waits grow\n\nThe night shift starts at eight.\n\n"
            "“We see patients on trolleys every night. Some wait twelve hours.\n\n"
            "“It was not like this a decade ago,” said Dr Anna Berg, a consultant.\n")
    q = extract_quotes_text(text)
    first = row(q, "We see patients on trolleys every night. Some wait twelve hours.")
    assert (first.speaker, first.closed, first.continuation) == ("Anna Berg", False, False)
    assert row(q, "It was not like this a decade ago,").cue == "say"


def test_headline_label_names_the_speaker():
    q = extract_quotes_text('Jane Smith: "We will act on housing"\n\nThe minister spoke in '
                            'Leeds on Monday.\n')
    r = row(q, "We will act on housing")
    assert (r.kind, r.speaker, r.cue) == ("speech", "Jane Smith", "")


def test_dialogue_reply_and_brothers_with_one_surname():
    q = article('Tom Hall met his brother, Sam Hall, at the station. "You are late," Sam said. '
                '"The train was delayed," he replied.',
                '"It always is," Sam said. "Let us go," he added.')
    assert row(q, "You are late,").speaker == "Sam Hall"  # first name -> full name
    assert row(q, "The train was delayed,").speaker == "Tom Hall"  # a reply: not Sam
    assert row(q, "Let us go,").speaker == "Sam Hall"  # "he added" continues Sam


def test_no_attribution_failure_on_corpus_and_fixtures(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_quotes(corpus)
        for path in sorted(QUOTE_FIXTURES.glob("*.txt")):
            extract_quotes(load_corpus(path))


# --------------------------------------------------------------------------- package layout

QUOTES_LEXICONS = (
    "reporting_verbs.txt", "framing_verbs.txt", "verbs_double_final.txt", "cue_nouns.txt",
    "person_nouns.txt", "org_nouns.txt", "not_name_words.txt", "org_words.txt",
    "place_words.txt", "non_verbs.txt", "demonyms.txt", "titles.csv", "verb_irregular.csv",
    "verb_framing.csv", "first_names.txt", "post_speech_verbs.txt",
    "given_name_variants.csv", "name_particles.txt", "description_stop_words.txt",
)


def test_quotes_instrument_imports_only_core():
    """The instrument layer never imports scoring (helpers.evaluate) or another instrument."""
    import ast

    from helpers.core.paths import PROJECT_ROOT

    files = sorted((PROJECT_ROOT / "helpers" / "instruments" / "quotes").glob("*.py"))
    assert len(files) >= 8
    for f in files:
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for m in mods:
                if m.startswith("helpers"):
                    assert m.startswith(("helpers.core", "helpers.instruments.quotes")), (f, m)


def test_quotes_lexicons_have_headers_and_entries():
    """Every word list the instrument reads says what it is and who reads it, and is not empty."""
    from helpers.core.lexicons import lexicon_path, load_records, load_words

    for name in QUOTES_LEXICONS:
        text = lexicon_path(name).read_text(encoding="utf-8")
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line)
        assert header and "helpers.instruments.quotes" in " ".join(header), name
        entries = load_records(name) if name.endswith(".csv") or name == "first_names.txt" \
            else load_words(name)
        assert len(entries) >= 5, name
        assert len(set(map(str, entries))) == len(entries), f"{name}: repeated entries"


def test_titles_and_framing_lexicons_feed_the_instrument():
    from helpers.instruments.quotes import VERB_FRAMING
    from helpers.instruments.quotes.lexicon import _FEMALE_TITLES, _MALE_TITLES, TITLES

    assert "Baroness" in TITLES and "Baroness" in _FEMALE_TITLES and "Lord" in _MALE_TITLES
    assert not _MALE_TITLES & _FEMALE_TITLES
    assert VERB_FRAMING["admit"] == "concession" and VERB_FRAMING["deny"] == "denial"
