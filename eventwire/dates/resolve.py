"""Find date expressions in a parsed article and resolve them against the publication date.

Two layers:

* :func:`resolve_expression` turns one expression ("on Thursday", "by Saturday", "3 March 2019",
  "earlier this month") into ``(value, precision)``; ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or
  ``YYYY``, or ``None`` with precision ``unknown``.
* :func:`find_dates` collects the expressions of a spaCy ``Doc`` (DATE entities, day words in TIME
  entities, and a few patterns the small model misses), trims a leading preposition off each span,
  reads the tense of the verb it belongs to, and resolves it.

Rules (the tables live in ``eventwire/data/dates.yaml``):

* A weekday is the latest such day on or before publication; after ``by``/``until``/``till``/
  ``before`` (unless the verb is in the past tense), with a future verb ("will meet on Monday"),
  or after ``this coming`` it is the next one (on or after publication; strictly after for ``next``
  and ``this coming``; strictly before for ``last``).
* A period that cannot be one day ("last week", "earlier this month", "the weekend") is turned
  into the range of days it may cover; the value is the finest of day, month or year that holds
  the whole range, so "last week" is a month when Monday to Sunday fall in one month and a year
  when the week straddles two months.
* A day or month without a year takes the publication year, and the year before when that would
  put it after publication: for a past-tense verb any day after publication, otherwise more than
  ``_FUTURE_SLACK`` days after it (so "the vote on March 3", told days before, stays ahead).
* Durations ("for three days", "48 hours", "the past decade"), ages ("5-year-old") and vague
  periods ("recent weeks") are not event dates: :func:`find_dates` leaves them out and
  :func:`resolve_expression` gives ``(None, "unknown")``. Decades ("the 1990s") are kept as
  mentions with no value.

dateparser is not used: on the phrases news copy uses it picks past weekdays for deadlines
("by Saturday"), reads "2018-19" as 19 February 2018 and "the 1990s" as a moment before
publication, and its first call costs ~0.1 s. The rules here are plain regular expressions,
compiled once, and each distinct phrase is resolved once per publication date (an LRU cache).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from eventwire.model import DateRef, Span
from eventwire.quantities.numbers import parse_number

__all__ = ["Resolution", "find_dates", "resolve", "resolve_expression"]

# A date without a year that falls more than this many days after publication, in a sentence
# whose tense is unknown, is taken to be last year's.
_FUTURE_SLACK = 31
# Past tense: a date up to this many days after publication still counts as this year's
# (time zones: a story stamped 28 February about "February 29" local time).
_PAST_SLACK = 1

_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY = re.compile(rf"\d{{1,2}}{_ORDINAL}")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_CLOCK = re.compile(r"\b(?:at\s+)?(?:around\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|a m|p m|gmt|utc)\b(?:\s+local\s+time)?|\blocal\s+time\b")


@dataclass(frozen=True, slots=True)
class Resolution:
    """What one expression means: a value at a precision, or not an event date at all."""

    value: str | None
    precision: str  # day | month | year | unknown
    is_date: bool = True  # False for durations, ages and vague periods

    def pair(self) -> tuple[str | None, str]:
        return (self.value, self.precision) if self.is_date else (None, "unknown")


_UNKNOWN = Resolution(None, "unknown")
_NOT_A_DATE = Resolution(None, "unknown", is_date=False)


@dataclass(frozen=True, slots=True)
class _Tables:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    day_parts: frozenset[str]
    prepositions: tuple[tuple[str, str], ...]  # (words, "deadline" | "neutral"), longest first
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    deadline_governors: frozenset[str]
    deadline_nouns: frozenset[str]
    units: dict[str, int]
    vague: frozenset[str]
    holidays: dict[str, tuple[int, int]]  # "christmas day" -> (12, 25)
    anchored_days: dict[str, int]  # "the previous day" -> -1, from the last day the story named
    weekday_titles: frozenset[str]  # "Monday" ... as written in text
    month_titles: frozenset[str]  # "March", "Feb", "Sept" ...
    re: dict[str, re.Pattern]


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = yaml.safe_load(resources.files("eventwire.data").joinpath("dates.yaml").read_text("utf-8"))
    months = {w: int(m) for m, words in raw["months"].items() for w in words}
    weekdays = {w: int(d) for d, words in raw["weekdays"].items() for w in words}
    units = {str(k): int(v) for k, v in raw["units"].items()}
    day_parts = frozenset(raw["day_parts"])
    preps = raw["prepositions"]
    month_re, wd_re, unit_re = _alt(months), _alt(weekdays), _alt(units)
    prefix_re = _alt(raw["period_prefixes"])
    dp_prefix_re = _alt(raw["day_part_prefixes"])
    part_re = _alt(day_parts)
    num_re = r"[a-z0-9]+(?:-[a-z0-9]+)?"
    which = r"this coming|this past|coming|past|last|next|this"
    patterns = {
        "iso": r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})",
        "numeric": r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})",
        # "march 3", "march 3rd 2019", "last march 3" (modifier ignored when a day is given)
        "month_day": rf"(?:(?:{which})\s+)?(?P<m>{month_re})\s+(?P<d>\d{{1,2}}){_ORDINAL}(?:\s+(?P<y>\d{{4}}))?",
        # "3 march", "the 3rd of march 2019"
        "day_month": rf"(?:the\s+)?(?P<d>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<m>{month_re})(?:\s+(?P<y>\d{{4}}))?",
        # "the 14th": a day of the month the story is in
        "ordinal_day": r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)",
        # "march 2019", "early march 2019", "the end of march 2019"
        "month_year": rf"(?:(?:{prefix_re})[\s-]*)?(?P<m>{month_re})(?:\s+of)?\s+(?P<y>\d{{4}})",
        # "march", "last march", "early march", "late last march"
        "month": rf"(?:(?:{prefix_re})[\s-]*)?(?:(?P<which>{which})\s+)?(?:(?:{prefix_re})[\s-]*)?(?P<m>{month_re})",
        # "2018", "mid-2018", "the summer of 2018"
        "year": rf"(?:(?:{prefix_re})[\s-]*)?(?:the\s+year\s+)?(?P<y>(?:1[5-9]|20)\d{{2}})",
        "decade": r"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?'?(?:\d{2})?\d0'?s",
        "century": r"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?\d{1,2}(?:st|nd|rd|th)\s+century",
        "ago": rf"(?P<n>.+?)\s+(?P<unit>{unit_re})s?\s+ago",
        "weekday": (
            rf"(?:(?P<which>{which})\s+)?(?:(?:{dp_prefix_re})[\s-]*)?(?P<wd>{wd_re})"
            rf"(?:\s+(?:{part_re}))?(?:\s+(?P<week>last|next|this)\s+week)?"
        ),
        "period": (
            r"(?:(?P<edge>earlier|later|early|late|the end of|the start of|the beginning of|"
            r"the middle of|the first half of|the second half of)\s+)?"
            r"(?P<which>this coming|this past|this|last|next|the|coming|past)\s+"
            r"(?P<unit>week|month|year|weekend)"
        ),
        "relative_day": rf"(?:(?:{dp_prefix_re})[\s-]*)?(?P<word>{_alt(raw['relative_days'])})(?:\s+(?:{part_re}))?",
        "age": r".*\b(?:year|month|week|day)s?[\s-]+old\b.*|aged\s+\d+.*|.*\bages?\s+of\b.*",
        "duration": (
            r"(?:(?:more than|less than|fewer than|nearly|almost|about|around|over|at least|some|roughly|"
            r"up to|just over|just under|well over)\s+)?"
            rf"(?:(?:the|a|an)\s+)?(?:(?:past|last|next|previous|coming|first|following|recent|final|"
            rf"few|several|couple of|many)\s+)*(?:(?:{num_re})\s+)?"
            rf"(?P<unit>{unit_re})(?P<plural>s)?(?:-long|\s+long)?"
        ),
    }
    compiled = {k: re.compile(rf"^(?:{v})$") for k, v in patterns.items()}
    compiled["weekday_prefix"] = re.compile(rf"^(?:{wd_re})\s+(?=\S*\d|(?:{month_re})\b)")
    compiled["years"] = re.compile(r"(?<![\d'])(?:1[5-9]|20)\d{2}(?![\d]|'?s\b)")
    return _Tables(
        months=months,
        weekdays=weekdays,
        relative_days={str(k): int(v) for k, v in raw["relative_days"].items()},
        day_parts=day_parts,
        prepositions=tuple(sorted(
            [(w, "deadline") for w in preps["deadline"]] + [(w, "neutral") for w in preps["neutral"]],
            key=lambda item: len(item[0]),
            reverse=True,
        )),
        future_aux=frozenset(raw["future_auxiliaries"]),
        future_governors=frozenset(raw["future_governors"]),
        deadline_governors=frozenset(raw["deadline_governors"]),
        deadline_nouns=frozenset(raw["deadline_nouns"]),
        units=units,
        vague=frozenset(raw["vague"]),
        holidays={str(k): (int(str(v)[:2]), int(str(v)[3:])) for k, v in (raw.get("holidays") or {}).items()},
        anchored_days={str(k): int(v) for k, v in (raw.get("anchored_days") or {}).items()},
        weekday_titles=frozenset(w.title() for w, d in weekdays.items() if len(w) > 3),
        month_titles=frozenset(w.title() for w in months),
        re=compiled,
    )


# ---------------------------------------------------------------------------------------------
# one expression


def _normalise(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"(?<=[a-z])\.", "", s)  # "feb." -> "feb"
    s = s.replace(",", " ")
    s = _CLOCK.sub(" ", s)  # "10 a.m. thursday" -> "thursday"
    s = re.sub(r"\s+", " ", s).strip(" \t\n\"'()[];:!?")
    s = re.sub(r"'s?$", "", s).strip()  # "thursday's" -> "thursday"
    s = re.sub(r"^(?:the\s+)?(?:early|small|wee|late)?\s*hours\s+(?:of\s+)?", "", s)  # "the early hours of sunday"
    return s


def _split_preposition(s: str, tables: _Tables) -> tuple[str | None, str]:
    """Remove leading prepositions; return ("deadline" | "neutral" | None, rest)."""
    cue: str | None = None
    found = True
    while found:
        found = False
        for w, kind in tables.prepositions:
            if s.startswith(w + " "):
                s = s[len(w) + 1:].lstrip()
                cue = "deadline" if "deadline" in (kind, cue) else kind
                found = True
                break
    return cue, s


def _as_date(published) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    return date.fromisoformat(str(published)[:10])


def _number(words: str) -> int | None:
    parsed = parse_number(words)
    return parsed[0] if parsed and parsed[1] is None else None


def _from_range(lo: date, hi: date) -> Resolution:
    """The finest of day, month or year that holds every day from lo to hi."""
    if lo == hi:
        return Resolution(lo.isoformat(), "day")
    if (lo.year, lo.month) == (hi.year, hi.month):
        return Resolution(f"{lo.year:04d}-{lo.month:02d}", "month")
    if lo.year == hi.year:
        return Resolution(f"{lo.year:04d}", "year")
    return _UNKNOWN


def _day(y: int, m: int, d: int) -> Resolution:
    try:
        return Resolution(date(y, m, d).isoformat(), "day")
    except ValueError:
        return _UNKNOWN


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _year_for(m: int, d: int | None, published: date, tense: str | None) -> int:
    """The year of a month (and day) written without one, as the sentence's tense suggests."""
    y = published.year
    last = calendar.monthrange(y, m)[1]
    lo = date(y, m, min(d or 1, last))
    hi = date(y, m, min(d or last, last))
    if tense == "future":
        return y + 1 if hi < published - timedelta(days=_PAST_SLACK) else y
    slack = _PAST_SLACK if tense == "past" else _FUTURE_SLACK
    return y - 1 if lo > published + timedelta(days=slack) else y


def _day_of_recent_month(day: int, published: date, tense: str | None) -> Resolution:
    """"on the 14th": in the publication month, or the month before when that day is still ahead in a story
    told in the past (or the month after for a future one that has gone by)."""
    y, m = published.year, published.month
    if tense == "future" and day < published.day:
        y, m = _shift_month(y, m, 1)
    elif tense != "future" and day > published.day + _PAST_SLACK:
        y, m = _shift_month(y, m, -1)
    step = 1 if tense == "future" else -1
    while day > calendar.monthrange(y, m)[1]:  # "the 31st" in a story of 20 March: 31 January
        y, m = _shift_month(y, m, step)
    return _day(y, m, day)


def _weekday(target: int, published: date, mode: str) -> date:
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if mode == "before":
        return published - timedelta(days=back or 7)
    if mode == "after":
        return published + timedelta(days=ahead or 7)
    if mode == "on_or_after":
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _resolve_absolute(s: str, t: _Tables, published: date | None, tense: str | None) -> Resolution | None:
    r = t.re
    if m := r["iso"].match(s):
        return _day(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := r["numeric"].match(s):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        if a > 12 >= b:
            return _day(y, b, a)
        if b > 12 >= a:
            return _day(y, a, b)
        if a == b:
            return _day(y, a, b)
        return Resolution(f"{y:04d}", "year")  # 02/03/2020: day and month order unknown
    for name in ("month_day", "day_month"):
        if m := r[name].match(s):
            month, day = t.months[m["m"]], int(m["d"])
            if m["y"]:
                return _day(int(m["y"]), month, day)
            if published is None or not 1 <= day <= 31:
                return _UNKNOWN
            return _day(_year_for(month, day, published, tense), month, day)
    if (m := r["ordinal_day"].match(s)) and published is not None and 1 <= int(m["d"]) <= 31:
        return _day_of_recent_month(int(m["d"]), published, tense)
    if m := r["month_year"].match(s):
        return Resolution(f"{int(m['y']):04d}-{t.months[m['m']]:02d}", "month")
    if m := r["month"].match(s):
        month = t.months[m["m"]]
        if published is None:
            return _UNKNOWN
        which = m["which"]
        if which in ("last", "past", "this past"):
            y = published.year if month < published.month else published.year - 1
        elif which in ("next", "coming", "this coming"):
            y = published.year if month > published.month else published.year + 1
        elif which == "this":
            y = published.year
        else:
            y = _year_for(month, None, published, tense)
        return Resolution(f"{y:04d}-{month:02d}", "month")
    if m := r["year"].match(s):
        return Resolution(m["y"], "year")
    return None


def _resolve_relative(s: str, t: _Tables, published: date, tense: str | None, cue: str | None) -> Resolution | None:
    r = t.re
    if m := r["relative_day"].match(s):
        return Resolution((published + timedelta(days=t.relative_days[m["word"]])).isoformat(), "day")
    if m := r["ago"].match(s):
        n, days = _number(m["n"]), t.units[m["unit"]]
        if n is None or days == 0:  # "three hours ago": the day is not sure
            return Resolution(published.isoformat(), "day") if n is not None and n < 12 else _UNKNOWN
        unit = m["unit"]
        if unit == "day":
            return Resolution((published - timedelta(days=n)).isoformat(), "day")
        if unit == "week":
            start = _week_start(published - timedelta(days=7 * n))
            return _from_range(start, start + timedelta(days=6))
        if unit == "month":
            y, mo = _shift_month(published.year, published.month, -n)
            return Resolution(f"{y:04d}-{mo:02d}", "month")
        if unit == "year":
            return Resolution(f"{published.year - n:04d}", "year")
        return _UNKNOWN
    if m := r["weekday"].match(s):
        target = t.weekdays[m["wd"]]
        if m["week"]:
            shift = {"last": -7, "next": 7, "this": 0}[m["week"]]
            day = _week_start(published) + timedelta(days=shift + target)
            return Resolution(day.isoformat(), "day")
        which = m["which"]
        if which in ("last", "past", "this past"):
            mode = "before"
        elif which in ("next", "coming", "this coming"):
            mode = "after"
        elif tense == "future" or (cue == "deadline" and tense != "past"):
            mode = "on_or_after"
        else:
            mode = "on_or_before"
        return Resolution(_weekday(target, published, mode).isoformat(), "day")
    if m := r["period"].match(s):
        return _resolve_period(m, published, tense)
    return None


def _resolve_period(m: re.Match, published: date, tense: str | None) -> Resolution:
    unit, which, edge = m["unit"], m["which"], m["edge"]
    step = {"this": 0, "the": 0, "last": -1, "past": -1, "this past": -1,
            "next": 1, "coming": 1, "this coming": 1}[which]
    if unit == "weekend":
        sat = _week_start(published) + timedelta(days=5)  # this week's Saturday
        if step < 0 or (step == 0 and tense != "future"):
            if published < sat:
                sat -= timedelta(days=7)  # the weekend just gone (or the one under way)
        elif published >= sat:
            sat += timedelta(days=7)  # the weekend ahead
        return _from_range(sat, sat + timedelta(days=1))
    if which == "the":
        return _UNKNOWN  # "the week", "the month": which one is not said
    if unit == "week":
        lo = _week_start(published) + timedelta(days=7 * step)
        hi = lo + timedelta(days=6)
    elif unit == "month":
        y, mo = _shift_month(published.year, published.month, step)
        lo, hi = date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    else:
        lo, hi = date(published.year + step, 1, 1), date(published.year + step, 12, 31)
    if step == 0 and edge == "earlier":
        hi = published
    elif step == 0 and edge == "later":
        lo = published
    return _from_range(lo, hi)


def _is_duration(s: str, t: _Tables) -> bool:
    if s in t.vague or t.re["age"].match(s):
        return True
    m = t.re["duration"].match(s)
    if not m:
        return False
    # "last week", "next year", "this month" are points; "the last year", "three weeks",
    # "recent days", "the past decade" are stretches of time.
    if m["unit"] in ("decade", "century"):
        return True
    head = s[: m.start("unit")].strip()
    return bool(m["plural"]) or head not in ("last", "next", "this", "past", "coming", "")


@lru_cache(maxsize=4096)
def resolve(text: str, published: date | None = None, tense: str | None = None) -> Resolution:
    """Resolve one expression; ``tense`` is ``"past"``, ``"future"`` or ``None`` (unknown).

    ``text`` may start with a preposition ("on Thursday", "by Saturday"); a deadline preposition
    (by, until, till, before) points a weekday ahead unless ``tense`` is ``"past"``.
    """
    t = _tables()
    published = _as_date(published)
    cue, s = _split_preposition(_normalise(text), t)
    if s.removeprefix("the ") in t.holidays and published is not None:  # before "day" is read as a duration
        month, day = t.holidays[s.removeprefix("the ")]
        return _day(_year_for(month, day, published, tense), month, day)
    if t.re["decade"].match(s) or t.re["century"].match(s):
        return _UNKNOWN  # "the 1990s", "the 20th century": a time, too wide to code
    if not s or _is_duration(s, t) or re.fullmatch(r"\d{1,3}", s):
        return _NOT_A_DATE  # a bare "34" tagged DATE is mostly an age
    # a weekday in front of a full date adds nothing: "friday february 28"
    bare = t.re["weekday_prefix"].sub("", s)
    if (res := _resolve_absolute(bare, t, published, tense)) is not None:
        return res
    if published is not None and (res := _resolve_relative(s, t, published, tense, cue)) is not None:
        return res
    years = set(t.re["years"].findall(s))
    if len(years) == 1 and not re.search(r"\d{4}\s*-\s*\d", s):  # not "2018-19"
        return Resolution(years.pop(), "year")  # "the summer of 2019", "fiscal 2019"
    return _UNKNOWN


def resolve_expression(text: str, published: date | None) -> tuple[str | None, str]:
    """Return ``(value, precision)`` for one date expression, resolved against ``published``.

    >>> resolve_expression("on Thursday", date(2020, 2, 28))
    ('2020-02-27', 'day')
    >>> resolve_expression("by Saturday", date(2020, 2, 28))
    ('2020-02-29', 'day')

    Relative expressions need ``published``; without it they give ``(None, "unknown")``, as do
    durations, ages and expressions that are not understood.
    """
    return resolve(text, _as_date(published)).pair()


# ---------------------------------------------------------------------------------------------
# a parsed document


def _has_future_aux(verb, t: _Tables) -> bool:
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in t.future_aux for a in auxes) and "have" not in auxes  # not "would have met"


def _verb_of(span: SpacySpan):
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _sets_deadline(span: SpacySpan) -> bool:
    """Whether the span sets a deadline: "gave the rebels until Monday to leave", "an ultimatum"."""
    t = _tables()
    if any(tok.lemma_.lower() in t.deadline_nouns for tok in span.sent):
        return True
    verb = _verb_of(span)
    if verb is None:
        return False
    if verb.lemma_.lower() in t.deadline_governors:
        return True
    return any(c.dep_ in ("xcomp", "advcl") and c.i > span.end and any(a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _tense(span: SpacySpan) -> str | None:
    """Return "future", "past" or None (present, perfect, unknown), read from the span's verb."""
    t = _tables()
    tok = _verb_of(span)
    if tok is None:
        return None
    if _has_future_aux(tok, t):
        return "future"
    # "plans to meet on Monday", "is due to arrive Friday", "will try to reach a deal by Sunday"
    if tok.tag_ == "VB" and tok.head.i != tok.i:
        gov = tok.head
        if gov.lemma_.lower() in t.future_governors or _has_future_aux(gov, t):
            return "future"
    if tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children):
        return "past"
    return None


_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}


def _trim(doc: Doc, start: int, end: int, t: _Tables) -> tuple[int, int, str]:
    """Drop punctuation, possessives and leading prepositions; return (start, end, prepositions)."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in _POSSESSIVE):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    preps = {w for w, _ in t.prepositions}
    taken: list[str] = []
    while start < end:
        for n in (3, 2, 1):  # "no later than", "as of", "by"
            words = " ".join(tok.lower_ for tok in doc[start:min(start + n, end)])
            if start + n < end and words in preps:
                taken.append(words)
                start += n
                break
        else:
            break
    if not taken and start > 0:
        for n in (3, 2, 1):
            lo = start - n
            if lo >= 0 and " ".join(tok.lower_ for tok in doc[lo:start]) in preps:
                taken.append(" ".join(tok.lower_ for tok in doc[lo:start]))
                break
    return start, end, " ".join(taken)


def _own_candidates(doc: Doc, taken: set[int], t: _Tables) -> list[tuple[int, int]]:
    """Date expressions the statistical model often misses."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if i in taken:
            i += 1
            continue
        start, end = i, 0
        low = tok.lower_
        if tok.text in t.weekday_titles:
            start, end = i, i + 1
            if i > 0 and doc[i - 1].lower_ in ("last", "next", "this", "coming", "early", "late") and i - 1 not in taken:
                start = i - 1
                if start > 0 and doc[start - 1].lower_ == "this" and doc[start].lower_ == "coming":
                    start -= 1
        elif low in ("yesterday", "today", "tomorrow", "tonight") or (low == "overnight" and tok.pos_ == "ADV"):
            end = i + 1
        elif low in ("last", "this") and i + 1 < n and doc[i + 1].lower_ in t.day_parts and low + " " + doc[i + 1].lower_ in t.relative_days:
            end = i + 2
        elif tok.text.rstrip(".") in t.month_titles and tok.tag_ != "MD":
            nxt = doc[i + 1] if i + 1 < n else None
            prev = doc[i - 1] if i > 0 else None
            if prev is not None and _DAY.fullmatch(prev.text) and i - 1 not in taken:  # "3 March 2019"
                start, end = i - 1, i + 1
                if end < n and _YEAR.fullmatch(doc[end].text):
                    end += 1
            elif nxt is not None and _DAY.fullmatch(nxt.text):  # "March 3", "March 3, 2019"
                end = i + 2
                k = end + 1 if end < n and doc[end].text == "," else end
                if k < n and _YEAR.fullmatch(doc[k].text):
                    end = k + 1
            elif nxt is not None and _YEAR.fullmatch(nxt.text):  # "March 2019"
                end = i + 2
        elif _YEAR.fullmatch(tok.text) and i > 0 and doc[i - 1].lower_ in ("in", "since", "during", "by", "until"):
            end = i + 1
        if end and not any(k in taken for k in range(start, end)):
            out.append((start, end))
            taken.update(range(start, end))
            i = end
        else:
            i += 1
    return out


def _is_deadline(preps: str, t: _Tables) -> bool:
    return any(w == preps or preps.startswith(w + " ") for w, kind in t.prepositions if kind == "deadline")


def _time_entity_is_day(ent: SpacySpan, t: _Tables) -> bool:
    words = {tok.lower_ for tok in ent}
    text = " ".join(tok.lower_ for tok in ent)
    return bool(words & set(t.weekdays) and any(tok.text in t.weekday_titles for tok in ent)) or any(
        k in text for k in t.relative_days
    )


def find_dates(doc: Doc, published: date | None) -> list[DateRef]:
    """Return the date expressions of ``doc`` in document order, resolved against ``published``.

    Spans leave out a leading preposition ("on Thursday" -> "Thursday") and a trailing
    possessive ("Thursday's" -> "Thursday"). Durations, ages and vague periods are left out.
    """
    t = _tables()
    published = _as_date(published)
    candidates: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and _time_entity_is_day(ent, t)):
            candidates.append((ent.start, ent.end))
    taken = {i for s, e in candidates for i in range(s, e)}
    candidates += _own_candidates(doc, taken, t)
    text = doc.text  # built afresh by each call of Doc.text
    parsed = doc.has_annotation("DEP")
    out: list[DateRef] = []
    for start, end in sorted(candidates):
        start, end, preps = _trim(doc, start, end, t)
        if start >= end:
            continue
        span = doc[start:end]
        phrase = f"{preps} {span.text}" if preps else span.text
        tense = _tense(span) if parsed else None
        if tense == "past" and _is_deadline(preps, t) and _sets_deadline(span):
            tense = None  # a deadline set in the past still lies ahead of it
        shift = t.anchored_days.get(_split_preposition(_normalise(phrase), t)[1])
        if shift is not None:  # "the previous day": from the last day named, else from publication
            anchor = next((date.fromisoformat(r.value) for r in reversed(out) if r.precision == "day"), published)
            res = Resolution((anchor + timedelta(days=shift)).isoformat(), "day") if anchor else _UNKNOWN
        else:
            res = resolve(phrase, published, tense)
        if not res.is_date:
            continue
        out.append(DateRef(Span.of(text, span.start_char, span.end_char), res.value, res.precision))
    return out
