"""Every fixture extracts to its reviewed golden record, and every golden record fits the schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from scraper.schema import record_schema
from scraper.write import dumps

from .golden import Case, cases

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_matches_golden(case: Case, update_golden: bool) -> None:
    record = case.run().to_dict()
    if update_golden:
        case.expected_path.write_text(dumps(record) + "\n", encoding="utf-8")
    expected = json.loads(case.expected_path.read_text(encoding="utf-8"))
    assert record == expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_file_fits_schema(case: Case) -> None:
    expected = json.loads(case.expected_path.read_text(encoding="utf-8"))
    jsonschema.validate(expected, record_schema())


def test_there_are_fixtures_of_every_era() -> None:
    extractors = {json.loads(c.expected_path.read_text(encoding="utf-8"))["extractor"] for c in CASES}
    assert {"netease-2015", "netease-2019", "netease-dy-2019", "netease-2020", "text", "generic"} <= extractors
