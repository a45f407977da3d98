"""Site rules: page templates described as data, and the code that reads a page with one.

model.py says what a rule is (`SiteRule`, `cls`, `by_class`, `by_id`); netease.py holds the NetEase templates
(and everything else NetEase), portals.py those of the big Chinese portals; apply.py matches a rule to a page
and reads it. `RULES` is the order rules are tried in: the first whose domain and detect XPath match wins.
"""

from __future__ import annotations

from .apply import RuleReading, apply_rule, match_rule, read_with_rule, rule_paragraphs
from .model import SiteRule, cls
from .netease import NETEASE_RULES
from .portals import PORTAL_RULES

RULES: tuple[SiteRule, ...] = (*NETEASE_RULES, *PORTAL_RULES)

__all__ = ["RULES", "RuleReading", "SiteRule", "apply_rule", "cls", "match_rule", "read_with_rule", "rule_paragraphs"]
