"""Unit tests (invented text) for the quote rules of issue 13, round 16: the subject of the
reporting clause, not a noun phrase inside it (a possessive name, a parenthetical, a clause)."""

from __future__ import annotations

from tests.test_quotes_round13 import _row

_LEAD = "Mayor Jo Perkins spoke first at the fair.\n\n"


def test_a_possessive_description_after_said_is_the_speaker_not_the_owner() -> None:
    # "…," said X's campaign manager: before round 16 the name before 's was the speaker
    r = _row(_LEAD + "\"We are counting every vote,\" said Perkins's campaign manager.\n",
             "We are counting")
    assert (r.speaker, r.cue, r.attribution) == ("Perkins's campaign manager", "say", "post-cue")


def test_a_possessive_description_with_a_name_in_apposition_gives_the_name() -> None:
    r = _row(_LEAD + "\"We are counting every vote,\" said Perkins's deputy campaign manager, "
             "Sam Ortiz, who ran the count in 2012.\n", "We are counting")
    assert r.speaker == "Sam Ortiz"


def test_a_possessive_subject_before_the_verb_is_the_speaker() -> None:
    # "…," X's campaign said / X's spokesman said the count was "…": before, the quotation
    # went as context to the person named before (or had no speaker)
    r = _row(_LEAD + "\"We are counting every vote,\" Perkins's campaign said.\n",
             "We are counting")
    assert (r.speaker, r.cue) == ("Perkins's campaign", "say")
    r = _row(_LEAD + "Perkins's spokesman said the count was \"nearly done.\"\n", "nearly done")
    assert (r.speaker, r.cue, r.attribution) == ("Perkins's spokesman", "say", "sentence-cue")


def test_a_possessive_is_not_read_across_a_comma() -> None:
    # "… Mrs. X's aides, the campaign said": the subject is "the campaign"
    r = _row(_LEAD + "About the calls between Mr. Ortiz and Mrs. Perkins's aides, the campaign "
             "said in a statement: \"None of those calls concerned the budget.\"\n",
             "None of those")
    assert r.speaker == "the campaign"


def test_a_name_in_apposition_to_a_description_before_the_verb_is_the_speaker() -> None:
    # "…," the campaign manager, Sam Ortiz, said: the name, not the description
    r = _row(_LEAD + "\"We always knew the north side would decide it,\" the campaign manager, "
             "Sam Ortiz, said in an interview.\n", "We always knew")
    assert (r.speaker, r.cue) == ("Sam Ortiz", "say")


def test_a_party_label_in_brackets_does_not_hide_the_subject() -> None:
    # "Gov. X (R-Kan.) said …": before round 16 the bracket stood between the name and the
    # verb, and the quotation went as context to the person named before
    r = _row(_LEAD + "Governor Ann Lowe (R-Kan.) said Mayor Perkins is \"trying to win on the "
             "cheap.\"\n", "trying to win")
    assert (r.speaker, r.cue, r.attribution) == ("Ann Lowe", "say", "sentence-cue")
    r = _row(_LEAD + "\"It is a mess,\" Governor Ann Lowe (R-Kan.) told reporters.\n",
             "It is a mess")
    assert (r.speaker, r.cue, r.attribution) == ("Ann Lowe", "tell", "post-cue")
    r = _row(_LEAD + "Governor Ann Lowe (R-Kan.) said: \"It is a mess.\"\n", "It is a mess")
    assert (r.speaker, r.attribution) == ("Ann Lowe", "pre-cue")


def test_a_place_before_a_labelled_subject_is_not_the_subject() -> None:
    # "in Dayton, OH, after …, Gov. X (R-OH), said": the labelled name, not "OH" (a first
    # version of the bracket rule let the parenthetical rule take the place)
    r = _row("Monday at a school in Dayton, OH, after taking the county vote, Gov. Ann Lowe "
             "(R-OH), said, \"We will ride this all the way to the capital.\"\n",
             "We will ride")
    assert (r.speaker, r.cue) == ("Ann Lowe", "say")


def test_a_noun_owned_by_a_name_is_not_a_reporting_verb() -> None:
    # "The councillor, who …, said Perkins's remarks "…"": before round 16 "remarks" was read
    # as the verb and Perkins as its subject; the reporting clause's subject is the councillor
    r = _row(_LEAD + "The councillor, who represents a ward in the north of the city, said "
             "Perkins's remarks \"have done lasting harm to the town.\"\n", "have done lasting")
    assert (r.speaker, r.cue) == ("the councillor", "say")


def test_a_past_form_after_a_possessive_description_stays_a_verb() -> None:
    # guard: "Perkins's aide said" is a verb after a possessive description, not a noun
    r = _row(_LEAD + "Perkins's aide said the count was \"nearly done.\"\n", "nearly done")
    assert (r.speaker, r.cue) == ("Perkins's aide", "say")


def test_an_s_final_possessive_is_a_determiner_too() -> None:
    # "Jones’ campaign called …": the campaign (before: no subject, or the name inside)
    r = _row(_LEAD + "Jones’ campaign called the paper's tally \"far too early,\" since the "
             "count was not finished.\n", "far too early")
    assert (r.speaker, r.cue) == ("Jones’ campaign", "call")


def test_an_opening_participle_is_not_the_subject_of_a_later_participle() -> None:
    # "Facing criticism, X released …, describing … but insisting that …": before round 16
    # "Facing" was taken as a name, refused, and the quotation had no speaker
    r = _row(_LEAD + "Facing criticism from both parties, Mr. Ortiz released a statement on "
             "Saturday night, describing the clerk as a hero but insisting that the clerk had "
             "\"no right\" to criticize him.\n", "no right")
    assert (r.speaker, r.cue) == ("Ortiz", "insist")


def test_the_subject_of_a_with_absolute_construction_is_the_speaker() -> None:
    # "…, with the campaign of the former mayor saying X was "…"": the campaign, not the
    # subject of the main clause
    r = _row(_LEAD + "And Ann Lowe went after Ortiz, with the campaign of the former mayor "
             "claiming Ortiz was \"soft on potholes.\"\n", "soft on potholes")
    assert (r.speaker, r.cue) == ("the campaign", "claim")


def test_a_participle_after_a_comma_keeps_the_main_subject() -> None:
    # guard: "X endorsed Y on Monday, saying …" is still X's
    r = _row(_LEAD + "Ann Lowe endorsed Ortiz on Monday, saying he is \"the best man for the "
             "job.\"\n", "the best man")
    assert (r.speaker, r.cue) == ("Ann Lowe", "say")


def test_an_opening_adverb_phrase_is_not_the_subject() -> None:
    # "Loudly turning the flood into …, X faulted …, and emphasized …": "Loudly" is no name
    r = _row(_LEAD + "Loudly turning the flood into a campaign issue, Ortiz faulted the council, "
             "and emphasized the danger that \"careless budgets\" pose to the town.\n",
             "careless budgets")
    assert (r.speaker, r.cue) == ("Ortiz", "emphasize")


def test_a_surname_ending_like_a_participle_stays_the_subject() -> None:
    # guards: "Kelsted continued by saying" (the first version of the participle rule skipped
    # a surname ending in -ed); "Manning went …, saying" with no later subject keeps Manning
    r = _row("Jon Kelsted spoke on Friday.\n\nKelsted continued by saying, \"We will take this "
             "to the higher court since the count is tight.\"\n", "We will take")
    assert (r.speaker, r.cue) == ("Jon Kelsted", "say")
    r = _row("Lee Manning spoke on Friday.\n\nManning went to the hall on Monday, saying the plan "
             "was \"dead on arrival.\"\n", "dead on arrival")
    assert (r.speaker, r.cue) == ("Lee Manning", "say")


def test_a_name_with_run_together_initials_is_one_name() -> None:
    # "…," said J.M. Ortiz, a fellow …: before round 16 the name was cut to "J"
    r = _row(_LEAD + "\"The town has changed its answer since June,\" said J.M. Ortiz, a fellow "
             "at a local college.\n", "The town has changed")
    assert (r.speaker, r.cue) == ("J.M. Ortiz", "say")


def test_a_dateline_is_not_the_subject() -> None:
    # "TOPEKA — Sen. X (R-Kan.) on Wednesday … and said …": before round 16 the dateline
    # was the subject of the coordinated "said"
    r = _row("TOPEKA — Sen. Ann Lowe (R-Kan.) on Wednesday shrugged off the fuss about the mill "
             "and said the mayor was \"a proud local.\"\n", "a proud local")
    assert (r.speaker, r.cue) == ("Ann Lowe", "say")


def test_will_before_a_surname_is_a_given_name() -> None:
    # "…," said Will Danner, a teacher …: before round 16 "Will" (read as the modal) made the
    # phrase invalid and the quotation went to the person named before
    r = _row("Mark Keller spoke first at the fair. \"Costs rise,\" Keller said.\n\n"
             "\"It is a costly model,\" said Will Danner, a teacher at a college.\n",
             "It is a costly model")
    assert r.cue == "say" and r.speaker.endswith("Danner")


def test_a_document_as_subject_of_a_reporting_verb_is_the_speaker() -> None:
    # "The report said …" / "As for X, the staff letter noted that …": before round 16 a
    # written source was a speaker only after the quotation ("…," the report said)
    r = _row(_LEAD + "The report said the town was \"in good shape.\"\n", "in good shape")
    assert (r.speaker, r.cue) == ("the report", "say")
    r = _row(_LEAD + "As for the clerk, the staff letter noted that two reviews \"showed plainly "
             "that the office needs more hands.\"\n", "showed plainly")
    assert (r.speaker, r.cue) == ("the staff letter", "note")


def test_the_issuer_of_a_statement_saying_is_the_speaker() -> None:
    # guard: "X released a statement saying, "…"": X, not the statement (the participle after
    # the document its subject issued), also past a long relative clause
    r = _row(_LEAD + "At the time, Ann Lowe released a statement saying, \"The mill is a trusted "
             "partner of the town.\"\n", "The mill is")
    assert (r.speaker, r.cue) == ("Ann Lowe", "say")
    r = _row(_LEAD + "Mr. Ortiz, who told a radio host last month that the planning board had "
             "treated his family badly for years because of an old feud, put out a statement "
             "Tuesday saying, \"I bear no grudge against anyone on the board.\"\n",
             "I bear no grudge")
    assert (r.speaker, r.cue) == ("Ortiz", "say")


def test_a_document_sent_from_a_person_gives_that_person() -> None:
    # "a leaked message from a senior councillor urged … The message added: "…"": the sender
    # (a first version of the document-subject rule gave "the message"; the project's
    # held-out annotation names the sender)
    r = _row(_LEAD + "A leaked message from a senior councillor urged colleagues to act. The "
             "message, seen by this newspaper, added: \"She has lost the town.\"\n",
             "She has lost")
    assert (r.speaker, r.cue) == ("a senior councillor", "add")


def test_a_name_with_jr_and_an_apposition_after_the_quotation_is_the_speaker() -> None:
    # "…," Paul T. Ames Jr., the head of …, said: before round 16 the full stop of
    # "Jr." ended the name and the post-cue was missed
    r = _row(_LEAD + "\"Fairs are a fine way to sell pies,\" Paul T. Ames Jr., the head of the "
             "county board, said at a briefing.\n", "Fairs are a fine")
    assert (r.cue, r.attribution) == ("say", "post-cue") and r.speaker.startswith("Paul T. Ames")


def test_a_bare_role_apposition_holding_commas_is_skipped() -> None:
    # "…," Rosa Kemp, deputy director for parks, pools, and paths, said: the name
    r = _row(_LEAD + "The new rules \"are a start, not the end,\" Rosa Kemp, deputy director "
             "for parks, pools, and paths, said on the call.\n", "are a start")
    assert (r.speaker, r.cue) == ("Rosa Kemp", "say")
