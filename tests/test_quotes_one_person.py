"""One person, one count (issue 13, branch wt-names30; invented names and text): mention counts,
the chooser's candidates and previous-speaker features, and the pronoun rules treat two
spellings of one person's name (``Sandy``/``Sandra Quill``, ``Zoë``/``Zoe Brandt``) as one
person, with the rule of the canonical speaker (:mod:`helpers.core.person_names`)."""

from __future__ import annotations

import math

from ranker_rows import row_candidates

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.ranker_features import _INDEX
from helpers.instruments.quotes.state import ArticleState

_QUILL = ("Sandra Quill, the harbour board's chair, opened the meeting on Monday.\n\n"
          "Members asked about the dredging contract. Sandy Quill said the board would "
          "publish it.\n\n"
          '"We have nothing to hide," she said.\n\n'
          'Tom Varley, a fisherman, disagreed. "The board has hidden plenty," he said.\n\n'
          '"Nobody asked us," Sandra Quill told reporters.\n')


def _state(text: str) -> ArticleState:
    got: list[ArticleState] = []
    extract_quotes_text(text, ranker=lambda rows, ps, art: got.append(art))
    return got[0]


def test_mention_counts_count_two_spellings_once() -> None:
    art = _state(_QUILL)
    assert art.mention_counts() == {"Sandra Quill": 3, "Tom Varley": 1}
    assert art.mentions_of("Sandy Quill") == art.mentions_of("Sandra Quill") == 3
    assert art.mentions_of("Ms. Sandy Quill") == 3
    assert art.mentions_of("Nell Quill") == 0
    assert art.mentions_of("the harbour board", named=False) == 0


def test_mention_counts_fold_accents() -> None:
    text = ("Zoë Brandt, who runs the food bank, met the mayor on Friday.\n\n"
            '"We ran out of rice," Zoe Brandt said.\n\n'
            '"The shelves are bare," Zoë Brandt added.\n')
    art = _state(text)
    assert list(art.mention_counts().values()) == [3]
    assert art.mentions_of("Zoe Brandt") == art.mentions_of("Zoë Brandt") == 3


def test_chooser_mention_feature_counts_the_person() -> None:
    cands = row_candidates(_QUILL, "We have nothing")
    quill = [c for c in cands if c.speaker.endswith("Quill")]
    assert quill
    for c in quill:
        assert c.features[_INDEX["log_mentions_article"]] == math.log1p(3)


def test_main_figure_counts_both_spellings() -> None:
    """Four of five named attributions go to one person written two ways: the main figure of
    the report (before, two spellings of two attributions each held no majority)."""
    text = ("The harbour board met on Monday to discuss the dredging contract.\n\n"
            '"We have nothing to hide," Sandra Quill said.\n\n'
            '"The contract will be published next week," Sandy Quill said.\n\n'
            '"The board has hidden plenty," Tom Varley said.\n\n'
            '"Every figure is in the annual report," Sandra Quill said.\n\n'
            '"Nobody needs to take my word for it," Sandy Quill said.\n')
    art = _state(text)
    assert art.interviewee == "Sandra Quill"
    assert not art.interview_form  # a past-tense report, no first-person writer


def _speakers(text: str, ranker: str | None) -> list[str]:
    q = extract_quotes_text(text, ranker=ranker)
    return list(q[q["kind"] == "speech"]["speaker"])


def test_reply_pronoun_skips_the_asker_under_another_spelling() -> None:
    """``"…?" Sandy Quill asked. "…," she replied``: the reply is not the asker's, whichever
    spelling of her name came before (before, ``Sandra Quill`` took the ``she``)."""
    text = ("Sandra Quill turned to Ann Lowe.\n\n"
            '"Who signed the contract?" Sandy Quill asked. "Nobody did," she replied.\n')
    for ranker in (None, "default"):
        assert _speakers(text, ranker) == ["Sandy Quill", "Ann Lowe"]


def test_same_person_reads_names_not_descriptions() -> None:
    art = _state(_QUILL)
    assert art.same_person("Sandy Quill", "Sandra Quill")
    assert art.same_person("Zoë Brandt", "Zoe Brandt")
    assert not art.same_person("Sandy Quill", "Nell Quill")
    assert not art.same_person("the former senator", "the senator")
    assert not art.same_person("Sandy Quill", "")


def test_chooser_offers_one_candidate_per_person() -> None:
    """``Sandra Quill`` is no rival of the rules' ``Sandy Quill``: one person, one candidate."""
    speakers = [c.speaker for c in row_candidates(_QUILL, "We have nothing")]
    assert sum(s.endswith("Quill") for s in speakers) == 1


def test_previous_speaker_features_across_spellings() -> None:
    text = ('"We have nothing to hide," Sandy Quill said.\n\n'
            "Tom Varley shook his head. Sandra Quill waited.\n\n"
            '"Every figure is published," she said.\n')
    cands = row_candidates(text, "Every figure")
    quill = [c for c in cands if c.speaker.endswith("Quill")]
    assert len(quill) == 1 and quill[0].is_rule
    for f in ("previous_speaker", "spoke_before", "cued_before"):
        assert quill[0].features[_INDEX[f]] == 1.0, f


_VARGA = ("Mayor Piet de Varga opened the new library on Tuesday.\n\n"
          '"Books are for everyone," De Varga said.\n\n'
          'Van Morrison, a local singer, played. "Lovely day," Morrison said.\n')


def test_particle_surname_expands_like_a_surname() -> None:
    """``De Varga`` at a sentence start is the surname of ``Piet de Varga`` named before, as
    ``Varga`` would be; a capitalised ``Van`` before another surname stays a given name."""
    assert _speakers(_VARGA, None) == ["Piet de Varga", "Van Morrison"]
    assert _state(_VARGA).mention_counts() == {"Piet de Varga": 2, "Van Morrison": 2}
