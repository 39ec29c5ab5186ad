"""Stage 7, render: results as a table for people, JSON (contract version 1) and SARIF 2.1.0 for
tools, and one self-contained HTML page. One module per format; ``sarif`` and ``html`` are
imported only when asked for.
"""
from __future__ import annotations

from .json import JSON_VERSION, claim_json, evidence_json, finding_json, json_number, to_json
from .places import location_of, place_label
from .table import CONFIDENCE_WORDS, HEADERS, SEVERITY_WORDS, severity_counts, summary, to_table

__all__ = ["JSON_VERSION", "CONFIDENCE_WORDS", "HEADERS", "SEVERITY_WORDS", "claim_json", "evidence_json",
           "finding_json", "json_number", "location_of", "place_label", "severity_counts", "summary", "to_json",
           "to_table"]
