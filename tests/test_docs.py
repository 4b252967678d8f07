"""Every CLI option and setting is documented in the README."""
import dataclasses
from pathlib import Path

import pytest

from eventwire.cli import build_parser
from eventwire.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _options():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in sub.choices.items():
        for action in command._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    yield name, flag


@pytest.mark.parametrize("command,flag", sorted(set(_options())))
def test_docs_readme_mentions_cli_option(command, flag):
    assert flag in README, f"README does not document {command} {flag}"


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Settings)])
def test_docs_readme_mentions_setting(name):
    assert f"`{name}`" in README


@pytest.mark.parametrize("command", ["extract", "ingest", "events", "sql", "demo"])
def test_docs_readme_mentions_command(command):
    assert f"eventwire {command}" in README
