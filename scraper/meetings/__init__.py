"""Meeting reports: the structure of 会议指出 / 会议强调 / 一要… reports over an article's paragraphs.

The stages, in the order `report.extract_meetings` chains them: `scan` (sentences, clauses and enumeration
markers), `people` (hosts, speakers, attendees), `cues` (what opens a point: the meeting's, a document's or the
place's in `meeting_cues`, a speaker's object in `object_cues`, the subject a later clause continues in `subjects`,
with `speakers` telling who speaks in it), `openings` (the sentence that opens a meeting: name, place, organizer)
with `dates` (its day), `detect` (whether the text reports a meeting or only names one), `regions` (each point's
text and its items, with `items` choosing the enumeration) and `assemble` (points grouped under their meetings).
`terms` holds the word tables they share.
"""

from .report import extract_meetings

__all__ = ["extract_meetings"]
