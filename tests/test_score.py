"""Tests of bench.score: tokens, shingles, body P/R/F1, publish-time match, gold body, leaks."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.score import body_scores, date_matches, fuzzy_leaks, gold_body, leaks, shingles, tokens


def test_tokens_split_cjk_per_character_and_latin_per_word() -> None:
    assert tokens("网易New York 2019年，好！") == ["网", "易", "new", "york", "2019", "年", "好"]


def test_tokens_fold_fullwidth_letters_and_digits() -> None:
    assert tokens("ＡＢＣ１２３") == tokens("abc123") == ["abc123"]


def test_tokens_treat_kana_and_hangul_as_single_characters() -> None:
    assert tokens("カナ한글") == ["カ", "ナ", "한", "글"]


def test_tokens_drop_punctuation_underscores_and_whitespace() -> None:
    assert tokens(" “引号”——(括号)\n\t_ ... ") == ["引", "号", "括", "号"]


def test_shingles_are_a_multiset_of_four_token_windows() -> None:
    assert shingles("一二三四五一二三四") == Counter(
        {
            ("一", "二", "三", "四"): 2,
            ("二", "三", "四", "五"): 1,
            ("三", "四", "五", "一"): 1,
            ("四", "五", "一", "二"): 1,
            ("五", "一", "二", "三"): 1,
        }
    )


def test_short_text_is_one_shingle() -> None:
    assert shingles("你好") == Counter({("你", "好"): 1})


def test_text_without_tokens_has_no_shingles() -> None:
    assert shingles("，。！  ") == Counter()


def test_shingle_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        shingles("abc", n=0)


def test_identical_bodies_score_one() -> None:
    assert body_scores("今天天气很好。", "今天 天气 很好") == (1.0, 1.0, 1.0)


def test_extra_text_lowers_precision_only() -> None:
    gold = "一二三四五六七八"  # 5 shingles
    predicted = gold + "九十"  # 7 shingles, all 5 gold ones among them
    precision, recall, f1 = body_scores(predicted, gold)
    assert precision == pytest.approx(5 / 7)
    assert recall == 1.0
    assert f1 == pytest.approx(2 * (5 / 7) / (5 / 7 + 1))


def test_missing_text_lowers_recall_only() -> None:
    precision, recall, _ = body_scores("一二三四五", "一二三四五六七八")
    assert precision == 1.0
    assert recall == pytest.approx(2 / 5)


def test_repeated_paragraph_counts_twice() -> None:
    once = "甲乙丙丁戊"
    precision, recall, _ = body_scores(once, once + "\n" + once)
    assert precision == 1.0
    assert recall < 0.6


def test_both_bodies_empty_score_one() -> None:
    assert body_scores("", "  。") == (1.0, 1.0, 1.0)


def test_empty_prediction_scores_zero() -> None:
    assert body_scores("", "正文内容") == (0.0, 0.0, 0.0)


def test_prediction_without_gold_text_scores_zero() -> None:
    assert body_scores("正文内容", "") == (0.0, 0.0, 0.0)


def test_disjoint_bodies_score_zero() -> None:
    assert body_scores("一二三四五", "六七八九十") == (0.0, 0.0, 0.0)


def test_date_matches_at_second_precision() -> None:
    assert date_matches("2019-09-07T13:43:45+08:00", "2019-09-07 13:43:45", "second")
    assert not date_matches("2019-09-07T13:43:46+08:00", "2019-09-07 13:43:45", "second")


def test_date_matches_at_minute_ignores_seconds() -> None:
    assert date_matches("2019-09-07T13:43:59+08:00", "2019-09-07 13:43", "minute")
    assert not date_matches("2019-09-07T13:44:00+08:00", "2019-09-07 13:43", "minute")


def test_date_matches_at_day_ignores_time() -> None:
    assert date_matches("2019-09-07T23:59:00+08:00", "2019-09-07 01:00:00", "day")


def test_other_offsets_are_converted_to_beijing_time() -> None:
    # 20:30 UTC on the 6th is 04:30 on the 7th in Beijing.
    assert date_matches("2019-09-06T20:30:00+00:00", "2019-09-07 04:30", "minute")
    assert date_matches("2019-09-06T20:30:00Z", "2019-09-07", "day")


def test_time_without_offset_is_taken_as_beijing_time() -> None:
    assert date_matches("2019-09-07T13:43:45", "2019-09-07 13:43:45", "second")


def test_date_only_prediction_matches_only_at_day() -> None:
    assert date_matches("2019-09-07", "2019-09-07 13:43:45", "day")
    assert not date_matches("2019-09-07", "2019-09-07 13:43:45", "minute")


def test_missing_or_unparseable_prediction_does_not_match() -> None:
    assert not date_matches(None, "2019-09-07", "day")
    assert not date_matches("yesterday", "2019-09-07", "day")


def test_both_dates_missing_agree() -> None:
    assert date_matches(None, None, "day")


def test_gold_coarser_than_precision_is_an_error() -> None:
    with pytest.raises(ValueError):
        date_matches("2019-09-07T13:43:45+08:00", "2019-09-07", "minute")


def test_unknown_precision_is_an_error() -> None:
    with pytest.raises(ValueError):
        date_matches("2019-09-07", "2019-09-07", "week")


def test_gold_body_joins_paragraphs() -> None:
    assert gold_body({"paragraphs": ["一", "二"], "body": None}) == "一\n二"


def test_gold_body_falls_back_to_body_then_empty() -> None:
    assert gold_body({"paragraphs": None, "body": "全文"}) == "全文"
    assert gold_body({"paragraphs": None, "body": None}) == ""


def test_leaks_ignore_whitespace_differences() -> None:
    body = "正文。\n责任编辑：\n张三 NF042\n"
    assert leaks(body, ["责任编辑：张三", "相关推荐", "NF 042"]) == ["责任编辑：张三", "NF 042"]


def test_leaks_of_nothing_are_empty() -> None:
    assert leaks("正文", None) == []
    assert leaks("正文", ["  "]) == []


def test_month_and_year_gold_compare_at_their_precision() -> None:
    assert date_matches("1996-06-30T10:00:00+08:00", "1996-06", "month")
    assert not date_matches("1996-07-01", "1996-06", "month")
    assert date_matches("2018-12-31", "2018", "year")


def test_malformed_gold_is_an_error() -> None:
    with pytest.raises(ValueError):
        date_matches("2019-09-07", "07/09/2019", "day")


def test_fuzzy_leak_counts_a_snippet_mostly_present() -> None:
    snippet = "一二三四五六七八九十"  # 7 shingles
    body = "正文。一二三四五六七八九X"  # 5 of the 7 (71 %)
    assert fuzzy_leaks(body, [snippet]) == [snippet]
    assert leaks(body, [snippet]) == []


def test_fuzzy_leak_ignores_a_snippet_mostly_absent() -> None:
    assert fuzzy_leaks("正文。一二三四五", ["一二三四五六七八九十"]) == []


def test_fuzzy_leak_folds_width_and_punctuation() -> None:
    assert fuzzy_leaks("点击ＡＢＣ，查看更多新闻内容", ["点击ABC查看更多新闻内容"]) == ["点击ABC查看更多新闻内容"]


def test_fuzzy_leak_of_a_short_snippet_needs_its_whole_run() -> None:
    assert fuzzy_leaks("我们的评论区", ["评论"]) == ["评论"]
    assert fuzzy_leaks("评一论", ["评论"]) == []


def test_tokens_are_those_of_the_plain_nfkc_fold_around_every_wide_punctuation_mark() -> None:
    # tokens() blanks fullwidth punctuation before NFKC, for speed: each mark must still only separate tokens.
    marks = [chr(code) for code in (0x3000, *range(0xFF01, 0xFF66)) if not chr(code).isalnum()]
    text = "".join(f"中{mark}Ａb_{mark}1" for mark in marks)
    assert len(marks) == 40 and tokens(text) == ["中", "ab", "1"] * len(marks)
