"""The JSON Schema of the record, shipped inside the package."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every record `scraper` writes conforms to."""
    text = resources.files(__package__).joinpath("article.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
