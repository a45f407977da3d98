"""Page forms the fifteenth written round (landed in the twenty-second round) showed the generic reading or a
rule misreading, each a class. Every line here is fictional, written for the test."""

from __future__ import annotations

from .test_unseen_forms29 import ARTICLE, LINES, _both_readings


def test_an_edition_line_saying_where_the_article_ran_in_print_goes() -> None:
    for line in ("（本文刊发于《清川日报》2023年10月16日 第7版）", "本文刊登于《清川晚报》10月16日第A3版",
                 "（原载于《清川日报》2023年10月16日 05版）"):
        for paragraphs in _both_readings(f"{ARTICLE}<p>{line}</p>"):
            assert paragraphs == LINES, line
    # An article that tells of a paper's edition is no edition line.
    story = "《清川日报》10月16日第7版刊发了这篇调查，引起读者热议。"
    for paragraphs in _both_readings(f"{ARTICLE}<p>{story}</p>"):
        assert paragraphs == [*LINES, story]


def test_a_gallerys_buttons_with_its_counter_are_no_paragraph() -> None:
    gallery = ("<div class='gallery'><div class='pic'><img src='https://img.example.cn/1.jpg' alt=''></div>"
               "<div class='bar'><a class='prev' href='javascript:;'>上一张</a><span>1/6</span>"
               "<a class='next' href='javascript:;'>下一张</a></div></div>")
    body = "".join(f"<p>{line}</p>" for line in LINES[:2]) + gallery + "".join(f"<p>{line}</p>" for line in LINES[2:])
    for paragraphs in _both_readings(body):
        assert paragraphs == LINES
