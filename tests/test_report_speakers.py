"""Corpus-wide speaker counts join a surname-only speaker to the one full name with that
surname, and keep apart two people who share a surname (invented names)."""

from __future__ import annotations

import pandas as pd

from helpers.report.speakers import (
    framing_by_person,
    join_surnames,
    network_by_person,
    surname_map,
)


def test_surname_joins_the_only_full_name_with_it():
    out = join_surnames(pd.Series(["Quill", "Mara Quill", "Quill", "Oswin Tarn"]))
    assert out.tolist() == ["Mara Quill", "Mara Quill", "Mara Quill", "Oswin Tarn"]


def test_two_people_sharing_a_surname_stay_apart():
    names = pd.Series(["Bex Arden", "Cal Arden", "Arden"])
    assert join_surnames(names).tolist() == ["Bex Arden", "Cal Arden", "Arden"]


def test_a_surname_without_a_full_name_and_descriptions_are_left_alone():
    names = ["Quill", "narrator", "a Labour MP", "(unattributed)", "Spokesman"]
    assert surname_map(names) == {}
    assert join_surnames(pd.Series(names)).tolist() == names


def test_others_supply_the_full_name_and_counts_merge():
    framing = pd.DataFrame({"speaker": ["Quill", "Mara Quill"], "cues": [2, 3]})
    framing["speaker"] = join_surnames(framing["speaker"])
    assert framing.groupby("speaker")["cues"].sum().to_dict() == {"Mara Quill": 5}
    assert join_surnames(pd.Series(["Tarn"]), others=["Oswin Tarn"]).tolist() == ["Oswin Tarn"]


def test_framing_rows_of_one_person_add_up():
    framing = pd.DataFrame({"speaker": ["Quill", "Mara Quill", "Oswin Tarn"],
                            "framing": ["neutral", "neutral", "denial"], "cues": [2, 3, 1],
                            "verbs": ["say", "add;say", "deny"]})
    out = framing_by_person(framing)
    assert out.to_dict("records") == [
        {"speaker": "Mara Quill", "framing": "neutral", "cues": 5, "verbs": "add;say"},
        {"speaker": "Oswin Tarn", "framing": "denial", "cues": 1, "verbs": "deny"}]


def test_network_joins_both_columns_and_drops_self_mentions():
    net = pd.DataFrame({"article_id": ["a", "b", "b"],
                        "speaker": ["Quill", "Oswin Tarn", "Mara Quill"],
                        "mentioned": ["Tarn", "Mara Quill", "Quill"], "mentions": [1, 2, 1]})
    out = network_by_person(net)
    assert out[["speaker", "mentioned"]].values.tolist() == [["Mara Quill", "Oswin Tarn"],
                                                            ["Oswin Tarn", "Mara Quill"]]


def test_theme_voices_count_a_surname_with_the_full_name_of_the_quotes():
    from helpers.instruments.themes import load_codebook, match_themes
    from helpers.report.joins import theme_voices

    text = ('"It was a purge," said Mara Quill. Later: "A purge, no less," Quill said. '
            'And "a purge too," said Bex Arden.')
    m = match_themes(text, load_codebook())
    m = m[m["theme"] == "party_factionalism"]
    spans = [(text.index("It was"), text.index('," said Mara'), "Mara Quill"),
             (text.index("A purge"), text.index('," Quill'), "Quill"),
             (text.index("a purge too"), text.index('," said Bex'), "Bex Arden")]
    quotes = pd.DataFrame([{"source": "<string>", "start": s, "end": e, "kind": "speech",
                            "speaker": spk} for s, e, spk in spans])
    voices = theme_voices(m, quotes).set_index("voice")
    assert "Quill" not in voices.index
    assert voices.loc["Mara Quill", "n_matches"] == 2  # two quotes, one person
    assert voices.loc["Bex Arden", "n_matches"] == 1


def test_a_middle_initial_is_the_same_person_and_lets_the_surname_join():
    """On the 840-article US archive the framing chart had `Donald J. Trump` as a bar of its
    own beside `Donald Trump`, and `Trump` could join neither (two full names)."""
    names = pd.Series(["Mara Quill", "Mara T. Quill", "Quill", "Oswin R Tarn"])
    assert join_surnames(names).tolist() == ["Mara Quill", "Mara Quill", "Mara Quill",
                                             "Oswin R Tarn"]
    # two people who differ by more than an initial stay apart, and so does the surname
    names = pd.Series(["Bex Arden", "Bex Lyle Arden", "Arden"])
    assert join_surnames(names).tolist() == ["Bex Arden", "Bex Lyle Arden", "Arden"]
    # an initial in front is not a middle initial (`J. Arden` is not `Arden`)
    assert surname_map(["J. Arden", "Arden Vale"]) == {}


def test_two_initialled_forms_of_one_name_are_two_people():
    names = ["Hal Bray", "Hal W. Bray", "Hal G. W. Bray"]
    assert surname_map(names) == {}


def test_a_surname_shared_with_initialled_full_names_joins_nothing():
    """Review 7: a full name with a dotted middle initial is a full name (the docstring), so a
    surname shared by it and another full name stays apart. Before, ``Hal W. Bray`` and ``Hal
    G. W. Bray`` were not counted and ``Bray`` joined ``Hal Bray``, one of three people."""
    assert surname_map(["Hal Bray", "Hal W. Bray", "Hal G. W. Bray", "Bray"]) == {}
    names = pd.Series(["Hal W. Bray", "Bray"])  # the one full name with that surname
    assert join_surnames(names).tolist() == ["Hal W. Bray", "Hal W. Bray"]
    assert surname_map(["J. Arden", "Arden"]) == {}  # a leading initial: still no full name
