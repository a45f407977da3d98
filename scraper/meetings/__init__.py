"""Meeting reports: the structure of 会议指出 / 会议强调 / 一要… reports over an article's paragraphs.

`report` assembles meetings, `scan` finds cues and enumeration markers, `facts` reads the opening sentence
(name, date, place, people) and `terms` holds the word tables they share.
"""

from .report import extract_meetings

__all__ = ["extract_meetings"]
