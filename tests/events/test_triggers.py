"""User pattern files merged over the built-in trigger table."""
import pytest

from eventwire.core import extract
from eventwire.events.triggers import PatternError, load_triggers
from eventwire.settings import Settings


def _codes(text, patterns=None):
    record = extract({"id": "t", "text": text, "published": "2022-05-04"}, settings=Settings(patterns=patterns))
    return [(e.cameo.code, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in record.events]


def test_triggers_user_pattern_adds_a_verb(tmp_path):
    text = "Kenyan troops strafed Somali militias."
    patterns = tmp_path / "mine.yaml"
    patterns.write_text('verbs:\n  strafe: "195"\n  zap: {code: "190", target: ["at"]}\n', encoding="utf-8")
    assert ("195", "KENMIL", "SOMREB") in _codes(text, str(patterns))
    assert load_triggers(str(patterns)).verbs["zap"].targets == ("at",)


def test_triggers_user_pattern_overrides_and_removes(tmp_path):
    text = "Ethiopian troops shelled Eritrean positions."
    override = tmp_path / "override.yaml"
    override.write_text('verbs:\n  shell: "190"\n', encoding="utf-8")
    removal = tmp_path / "removal.yaml"
    removal.write_text("verbs:\n  shell: null\n", encoding="utf-8")
    assert ("194", "ETHMIL", "ERIMIL") in _codes(text)
    assert ("190", "ETHMIL", "ERIMIL") in _codes(text, str(override))
    assert _codes(text, str(removal)) == []


@pytest.mark.parametrize("content,message", [
    ('verbs:\n  pound: "999"\n', "not a CAMEO code"),
    ("colours: [red]\n", "unknown key"),
    ("verbs: [oops\n", "not valid YAML"),
    ('verbs:\n  oust: {code: "174", particle_objects: {out: {envoy: "161"}}}\n', "unknown key(s) particle_objects"),
])
def test_triggers_bad_pattern_file_is_a_clear_error(tmp_path, content, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(PatternError) as err:
        load_triggers(str(bad))
    assert message in err.value.reason
    assert err.value.source == str(bad)


def test_triggers_missing_pattern_file(tmp_path):
    with pytest.raises(PatternError) as err:
        load_triggers(str(tmp_path / "nope.yaml"))
    assert "cannot read" in err.value.reason


def test_triggers_data_files_have_no_duplicate_keys():
    """YAML keeps the last of two equal keys without a word: a silent loss of a pattern."""
    import yaml

    from eventwire.resources import data_text

    class Strict(yaml.SafeLoader):
        pass

    def no_duplicates(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"duplicate keys {sorted(map(str, dupes))} at line {node.start_mark.line + 1}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    from importlib import resources

    names = sorted(p.name for p in (resources.files("eventwire") / "data").iterdir() if p.name.endswith(".yaml"))
    assert "triggers.yaml" in names
    for name in names:
        yaml.load(data_text(name), Loader=Strict)
