"""Unit tests (invented text) for the quote rules added for real news (issue 13)."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _speech(text: str):
    q = extract_quotes_text(text)
    return q[q["kind"] == "speech"].reset_index(drop=True)


def test_typewriter_quotes_get_post_cue_speaker() -> None:
    text = ("Prices fell again in May.\n\n"
            "''The numbers are grim for the incumbents,'' said Willa Frantz, a pollster "
            "for a small firm. ''They will not recover soon.''\n")
    q = _speech(text)
    assert len(q) == 2
    assert q.at[0, "speaker"] == "Willa Frantz" and q.at[0, "cue"] == "say"
    assert q.at[0, "text"].startswith("The numbers")
    assert q.at[1, "speaker"] == "Willa Frantz"


def test_post_cue_name_with_role_premodifiers() -> None:
    lead = "Costs rose faster than inflation, Marlow said.\n\n"
    cases = [
        ('"The agency is bound by law," City Hall press secretary Dana Pruitt said Tuesday.',
         "Dana Pruitt"),
        ('"We want a fighter," campaign manager Robby Lanke said.', "Robby Lanke"),
        ('"Thanks for coming," said master of ceremonies Asir Tabbani, an engineer.',
         "Asir Tabbani"),
    ]
    for para, who in cases:
        q = _speech(lead + para + "\n")
        assert q.at[0, "speaker"] == who, para
        assert q.at[0, "attribution"] == "post-cue"


def test_clause_before_name_is_not_a_premodifier() -> None:
    q = _speech('Costs rose, Marlow said.\n\n"That is wrong and always was," is what Jo Hart '
                'said.\n')
    assert q.empty or q.at[0, "attribution"] != "post-cue"


def test_next_sentence_is_not_a_post_cue() -> None:
    q = extract_quotes_text('Officials call it a "non-starter". Another said the plan was '
                            'dead.\n\nAides see "the final push". Okafor told them to wait.\n')
    assert (q["attribution"] != "post-cue").all()


def test_one_canonical_speaker_per_person() -> None:
    text = ("Andy Farnell leads the race for mayor.\n\n"
            '"We will win this time," Farnell said.\n\n'
            'Frontrunner Farnell added: "It is close."\n\n'
            '"Never," said Kate Farnell, his rival.\n')
    q = _speech(text)
    assert q.at[0, "speaker_canonical"] == "Andy Farnell"
    assert q.at[1, "speaker_canonical"] == "Andy Farnell"
    assert q.at[0, "speaker_id"] == q.at[1, "speaker_id"] != ""
    assert q.at[2, "speaker_canonical"] == "Kate Farnell"
    assert q.at[2, "speaker_id"] != q.at[0, "speaker_id"]
    assert q.at[0, "speaker_id"].endswith("#1")


def test_written_source_is_a_document_speaker() -> None:
    q = _speech('Sales fell in May.\n\n"The economy is weak," the report said.\n\n'
                '"Growth has stalled for good," a new survey said.\n')
    assert q["speaker"].tolist() == ["the report", "a new survey"]
    assert (q["speaker_type"] == "document").all()
    assert q.at[0, "speaker_id"] != q.at[1, "speaker_id"]


def test_not_a_speaker_words_are_left_empty_with_reason() -> None:
    from helpers.instruments.quotes.speakers import not_a_speaker

    assert not_a_speaker("Mrs", "named") == "Mrs"
    assert not_a_speaker("Having", "named") == "Having"
    assert not_a_speaker("the fight", "description") == "fight"
    assert not_a_speaker("the one", "description") == "one"
    assert not_a_speaker("a senior minister", "description") == ""
    assert not_a_speaker("Jo Hart", "named") == ""
    assert not_a_speaker("the report", "group") == ""


def test_speech_without_speaker_has_a_reason() -> None:
    q = _speech('It rained all week.\n\n"Nobody expected any of this to happen so fast."\n')
    assert q.at[0, "speaker"] == ""
    assert q.at[0, "speaker_reason"] in ("no_cue", "unresolved") or \
        q.at[0, "speaker_reason"].startswith("not_a_speaker:")


def test_subject_before_a_parenthetical_is_the_speaker() -> None:
    lead = "Sales fell in May, Okoro said.\n\n"
    cases = [
        ('Clinta, during a town hall in Dayton, Ohio, said she was "going to close the '
         'mines soon," aides recalled.\n', "Clinta"),
        ('Mara Reble, whose hometown, Tampa, may flood, argues that the plans will "wreck '
         'the economy."\n', "Mara Reble"),
        ('The complaint, which was filed in federal court in Boston, alleged that the firm '
         '"failed to protect the data."\n', "the complaint"),
        ('"Both of them scare me a great deal," Harold Bonds, 30, of Raleigh, N.C., who '
         'was polled, said in an interview.\n', "Harold Bonds"),
    ]
    for para, who in cases:
        q = _speech(lead + para)
        assert q.at[0, "speaker"] == who, para


def test_quote_shares_count_one_row_per_person() -> None:
    from helpers.instruments.quotes import quote_shares

    text = ("Andy Farnell leads the race for mayor.\n\n"
            '"We will win this time," Farnell said.\n\n'
            'Frontrunner Farnell added: "It is close."\n')
    shares = quote_shares(extract_quotes_text(text))
    assert shares["speaker"].tolist() == ["Andy Farnell"]
    assert shares.at[0, "quotes"] == 2


def test_he_continued_carries_on_the_previous_speaker() -> None:
    text = ("Rudy Gallo and Bill Marsh spoke at length about the case.\n\n"
            '"There is plenty of evidence here," Gallo said in a phone interview, adding that '
            'Marsh showed the "behaviour of a man with something to hide."\n\n'
            'He continued, "I\'ve never heard of anyone who destroyed records like that."\n')
    q = _speech(text)
    assert q["speaker"].iloc[-1] == "Rudy Gallo"



def test_subject_after_an_introductory_phrase_and_a_party_label() -> None:
    q = _speech("Sales fell in May, Okoro said.\n\nSpeaking later on the same show, Sen. Clara "
                "Moss (D-Mo.), who has endorsed Clinta, said Sandler has pushed the secretary to "
                'be "more aggressive" in the race.\n')
    assert q.at[0, "speaker"] == "Clara Moss"


def test_title_after_a_work_noun_or_broadcaster_is_a_term() -> None:
    text = ("Mara Vell said on Sunday on KXT's \"Morning Hour,\" that she would run.\n\n"
            "Vell said so again on the podcast \"Talk of Towns.\" She wrote in her memoir, "
            "\"Stone Roads,\" that the party had lost its way.\n\n"
            "\"We will win the seat,\" she said on the show.\n")
    q = extract_quotes_text(text)
    kinds = dict(zip(q["text"].str.rstrip(".,"), q["kind"]))
    assert kinds["Morning Hour"] == "term"
    assert kinds["Talk of Towns"] == "term"
    assert kinds["Stone Roads"] == "term"
    assert kinds["We will win the seat"] == "speech"


def test_subject_of_a_relative_clause_reports_a_short_quotation() -> None:
    text = ("Compare that with Dana Orrin, who has called the treaty \"madness,\" and "
            "Ruth Kalb, who says it is \"ruinous.\"\n\n"
            "The vote angered the governor, who later described the plan as \"a swindle\".\n")
    q = _speech(text)
    got = dict(zip(q["text"].str.rstrip(".,"), q["speaker"]))
    assert got == {"madness": "Dana Orrin", "ruinous": "Ruth Kalb", "a swindle": "the governor"}


def test_blast_and_pledge_report_short_quotations() -> None:
    text = ("Ivo Brandt blasted the deal as \"a giveaway\" on Monday.\n\n"
            "Nell Haas pledged \"full cooperation\" with the inquiry.\n")
    q = _speech(text)
    assert dict(zip(q["text"], q["cue"])) == {"a giveaway": "blast",
                                              "full cooperation": "pledge"}


def test_single_quoted_line_alone_as_a_paragraph_is_a_subheading() -> None:
    text = ("\"We will cut the tax,\" Ada Lunn said on Monday.\n\n"
            "\"It is the right thing to do,\" she added.\n\n"
            "'A fight to the very end.'\n\n"
            "The campaign opened offices in four towns.\n")
    q = extract_quotes_text(text)
    kinds = dict(zip(q["text"], q["kind"]))
    assert kinds["A fight to the very end."] == "term"
    assert kinds["We will cut the tax,"] == "speech"


def test_title_before_by_author_or_after_author_of_is_a_term() -> None:
    text = ("Tom Reyes said he had read \"Long Roads Home,\" by Ann Vey. Reyes, the author "
            "of \"Quiet Harbours Again,\" said he agreed.\n")
    q = extract_quotes_text(text)
    kinds = dict(zip(q["text"].str.rstrip(",."), q["kind"]))
    assert kinds == {"Long Roads Home": "term", "Quiet Harbours Again": "term"}


# --- round 5 (issue 13): after-quote appositions, possessive "her" --------------------------

_LEAD5 = "Donald Trump campaigned in the state on Monday.\n\n"


def test_post_cue_apposition_with_abbreviations() -> None:
    # a party label or a state abbreviation with a full stop inside the apposition
    q = _speech(_LEAD5 + '"We will not stand for it," Senate Majority Leader Mitch Corrigan, '
                'R-Ky., said. "We will fight this in every court."\n')
    assert list(q["speaker"]) == ["Mitch Corrigan", "Mitch Corrigan"]
    assert q.at[0, "cue"] == "say"


def test_post_cue_apposition_opening_with_now() -> None:
    q = _speech(_LEAD5 + '"I have seen nothing like it," Mr. Pellman, now 81 and retired in '
                'Dayton, Ohio, said by telephone this week.\n')
    assert q.at[0, "speaker"] == "Pellman" and q.at[0, "cue"] == "say"


def test_post_cue_description_with_name_in_apposition() -> None:
    q = _speech(_LEAD5 + '"The attacks draw us together," Ms. Halvorsen\'s spokesman, Stefan '
                'Weibel, wrote on Twitter.\n')
    assert q.at[0, "speaker"] == "Stefan Weibel" and q.at[0, "cue"] == "write"


def test_post_cue_description_with_name_guard_non_person_head() -> None:
    # the description before the name must end on a person noun: a place is not one
    q = _speech(_LEAD5 + '"It is over," the small town of Dayton, Ohio, said nothing.\n')
    assert q.at[0, "speaker"] != "Ohio"


def test_inverted_post_cue_skips_capitalised_modifier_before_full_name() -> None:
    q = _speech(_LEAD5 + '"I do not know where he stands," said undecided Republican voter '
                'Stephanie Hoolan of Derry, N.H., before the event.\n')
    assert q.at[0, "speaker"] == "Stephanie Hoolan" and q.at[0, "cue"] == "say"


def test_role_nouns_of_news_are_person_nouns() -> None:
    q = _speech(_LEAD5 + '"He is a wonderful guy," the real estate developer said of '
                'Mr. Clarke.\n')
    assert q.at[0, "speaker"] == "the real estate developer"


def test_possessive_her_does_not_block_she() -> None:
    # "criticized her state's laws": "her" is a possessive, so the subject can be "she"
    text = ('Kim Lee lives in Dayton.\n\nMartha Allwood, a delegate from Vermont, criticized '
            'her state\'s gun laws. "We are losing too many people," she said.\n')
    assert _speech(text).at[0, "speaker"] == "Martha Allwood"


def test_object_her_still_blocks_she() -> None:
    # "a colleague told her that": "her" is the object; the colleague is not the "she"
    text = ('Maria Colón runs the shelter.\n\nWhen she started, a colleague told her that it '
            'would never work. "I proved them wrong," she said.\n')
    assert _speech(text).at[0, "speaker"] == "Maria Colón"


_LEAD5B = ("Donald Trump won the state primary by a wide margin on Tuesday, and Donald Trump "
           "said he would campaign there again.\n\n")


def test_he_goes_to_main_clause_subject_not_embedded_one() -> None:
    # "suggested Trump went too far": Trump is the subject of an embedded clause; the
    # following "he asked" is the main-clause subject's
    text = _LEAD5B + ('Hewitt argued that liberals allowed terrorism to flourish, but suggested '
                      'Trump went too far. "By using the term, they are hitting you on this '
                      'again. Mistake?" he asked.\n')
    assert _speech(text).at[0, "speaker"] == "Hewitt"


def test_he_skips_name_used_as_modifier_or_object() -> None:
    text = _LEAD5B + ('Barbknell said that, like Early, a few other Trump backers would squeak '
                      'through. "There are a couple of delegates here and there," he said.\n\n'
                      'But Bryant said he will still back Trump because he is the party nominee. '
                      '"I am a team player and always will be," he said.\n')
    assert list(_speech(text)["speaker"]) == ["Barbknell", "Bryant"]


def test_he_keeps_latest_main_clause_subject() -> None:
    # guard: a second sentence whose subject opens the clause is the referent, as before
    text = ('Mayor Ana Ruiz spoke first at the meeting.\n\nTom Becker said the plan was late. '
            'Then Joe Pratt stood up. "We cannot wait any longer for this," he said.\n')
    assert _speech(text).at[0, "speaker"] == "Joe Pratt"


def test_lone_surname_before_who_is_a_person() -> None:
    text = _LEAD5B + ('In the interview, Reid, who endorsed Clinton in February, stressed the '
                      'need to treat Sanders fairly. He said Sanders has been "a tremendously '
                      'important part of my caucus," and said more.\n')
    assert _speech(text).at[0, "speaker"] == "Reid"


_LEAD5C = "Hillary Clinton held a rally in the city on Monday.\n\n"


def test_participle_after_comma_takes_the_clause_subject() -> None:
    # "X endorsed Mrs. Clinton, saying …": X, not the object before the comma; the title's
    # full stop does not end the sentence
    text = _LEAD5C + ('At a rally on Tuesday, Senator Bernard Sandler of Vermont endorsed Mrs. '
                      'Clinton, saying that his former rival would "make an outstanding '
                      'president."\n')
    assert _speech(text).at[0, "speaker"] == "Bernard Sandler"


def test_participle_subject_after_introductory_phrase_and_possessive() -> None:
    text = _LEAD5C + ('Amid calls from some to create websites listing them, The Blaze\'s Matt '
                      'Welsh provided a justification for a blacklist, saying it is necessary to '
                      '"identify the traitors and remember their names."\n')
    q = _speech(text)
    assert q.at[0, "speaker"] == "Matt Welsh" and q.at[0, "cue"] == "say"


def test_absolute_with_construction_names_the_subject() -> None:
    text = _LEAD5C + ('Rivals joined the attack, with Donald Trump writing online that the '
                      'plan was a "total disaster for everyone" in the state.\n')
    assert _speech(text).at[0, "speaker"] == "Donald Trump"


def test_title_full_stop_does_not_end_the_sentence() -> None:
    text = _LEAD5C + ('Mr. Biden, recalling weekly breakfasts with Mrs. Clinton, described '
                      'himself as her "Obama whisperer in chief."\n')
    assert _speech(text).at[0, "speaker"] == "Biden"


def test_written_source_late_in_the_sentence() -> None:
    text = _LEAD5C + ('"The court expresses no view on the merits" of the case, the unsigned '
                      'opinion said.\n')
    q = _speech(text)
    assert q.at[0, "speaker"] == "the unsigned opinion" and q.at[0, "cue"] == "say"
