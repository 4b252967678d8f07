"""Where, when and how many: the place, date and counts attached to an event being coded.

A place or date belongs to the event whose words it hangs on in the parse ("struck ... in Mosul on
Sunday", "patrolled Kandahar's main bazaar"); a trailing phrase goes to the nearest event word before
it; a place "close to" or "above" which it happened, or a landmark it lies a distance and a bearing from
("an ambush 30 km north of Karbala"), counts as well. Failing that, one of a clause that tells the
event's circumstances or of another event of the same happening ("killed when rebels attacked a
checkpoint in Goma", "shot and killed ... on Monday"), then one of the sentence that no other event
holds. What is only where or when something was said ("told journalists close to the front line", "said on
Friday"), where someone comes from ("militants from X", "they were from X"), or a clause of another time
or actor ("since bombers hit X", "soldiers who are stationed in X") is left out. A count belongs to the event
whose phrase holds it, unless another event word stands between them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.events.triggers import load_triggers
from eventwire.model import Count, DateRef, Place, Span

if TYPE_CHECKING:
    from eventwire.events.coder import Frame

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "through",
                  "on", "into", "from", "along", "within", "off", "over", "above"}
# "in villages close to Algiers", "next to the embassy": a "to" that says where, not where to
NEAR_WORDS = {"close", "closer", "next", "adjacent"}
MOTION_PREPS = {"to", "toward", "towards"}  # "marched to the city hall": where a protest went
FEATURE_RANK = {"city": 0, "populated": 0, "place": 0, "admin2": 1, "admin1": 2, "region": 3,
                "water": 4, "sea": 4, "country": 5}
# Nouns that name a site: a place name modifying one names where the site is ("the Baghdad
# headquarters", "Venezuela's oil installations", "six West Bank towns"), unlike "a U.S. request".
SITE_NOUNS = frozenset({
    "city", "cities", "town", "village", "capital", "district", "province", "region", "area", "neighbourhood",
    "neighborhood", "suburb", "outskirts", "countryside", "border", "frontier", "coast", "island", "territory",
    "street", "road", "highway", "square", "avenue", "bridge", "port", "harbour", "harbor", "airport",
    "terminal", "station", "base", "camp", "checkpoint", "outpost", "headquarters", "office",
    "building", "compound", "installation", "facility", "plant", "field", "refinery", "mine", "market",
    "bazaar", "mall", "hotel", "hospital", "school", "university", "campus", "mosque", "church", "temple",
    "shrine", "prison", "jail", "embassy", "consulate", "palace", "parliament", "stadium", "museum", "park",
    "zone", "enclave", "valley", "mountain", "mountains", "hills", "river", "crossing", "junction", "line",
    "front", "oilfield", "residence", "home", "house", "shop", "store", "restaurant", "cafe", "bar", "club",
    "farm", "hut", "warehouse", "depot", "barracks", "garrison", "stronghold", "hideout", "court", "courthouse",
    "water",
})
# "100 km west of Mosul", "north of Baghdad": a reference point, not the place ("in the north of
# Kandahar", with its article, is a part of Kandahar)
DIRECTION_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "northeastern", "northwestern", "southeastern", "southwestern", "km", "kilometers",
                   "kilometres", "miles", "mile", "kilometer", "kilometre", "meters", "metres", "yards"}
# "captured half of Zaire", "seized parts of the city": the object is a part of the place
PART_NOUNS = {"half", "part", "parts", "much", "most", "rest", "swathe", "swathes", "swath", "swaths", "portion",
              "section", "sections", "control", "third", "quarter", "bulk", "remainder", "chunk", "stretch"}
DEPARTURE_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat", "evacuation", "departure", "exit", "expulsion",
                   "escape", "flight", "exodus"}
# "on the anniversary of the siege of the mosque": the place of a past event a date refers to
TIME_NOUNS = {"anniversary", "eve", "aftermath", "wake", "memory", "commemoration"}
# acts done *in* a country that is their object: "invaded Iraq", "patrolled Lebanon"
TERRITORIAL_ROOTS = ("15", "18", "19", "20")
# a clause that tells of another time or a condition: its places are not the event's ("captured ...
# since bombers hit Istanbul", "even if he is not in Switzerland")
OTHER_CLAUSE_MARKS = {"since", "until", "till", "before", "if", "unless", "although", "though", "because",
                      "once", "whereas"}
ORIGIN_VERBS = {"be", "come", "hail"}  # "they were from X": where someone comes from
# acts addressed to someone: a capital as their object is its government, not the event's place
ADDRESSED_ROOTS = {"01", "02", "10", "11", "12", "13", "16"}
# verbs that send forces somewhere: the place they are sent to is where the deployment happens, the place they
# come "from" is no place of it ("reinforcements were flown to Nampula from the capital")
SENDING_VERBS = {"fly", "send", "deploy", "dispatch", "airlift", "rush", "move", "transfer", "redeploy", "ship"}
SPEECH_VERBS = {"say", "tell", "speak", "announce", "declare", "state", "add", "address", "brief", "quote",
                "write", "comment", "reach", "interview"}
SPEECH_NOUNS = {"conference", "briefing", "interview", "statement", "speech", "remarks", "communique",
                "communiqué", "broadcast"}


def _place_root(doc, place: Place):
    """The head word of a place's name: the last word whose head is outside it ("Deir ez-Zor", which
    the parser may read as an adjective and a noun, both on the next word)."""
    span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if span is None:
        return None
    tops = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return tops[-1] if tops else span.root


def _lemma(token) -> str:
    return token.lemma_.lower()


def _territorial(lemma: str, verbs) -> bool:
    entry = (verbs if verbs is not None else load_triggers().verbs).get(lemma)
    return entry is not None and any(c and c.startswith(TERRITORIAL_ROOTS) for c in (entry.code, entry.military))


def locative(doc, place: Place, verbs=None):
    """The word a place is attached to as a location: the preposition of "in Iraq's Anbar province",
    the verb of "retake the town of Kafranbel" (a place as the object of an action) or of "was
    captured off Mogadishu" (a bare place adverbial)."""
    root = _place_root(doc, place)
    if root is None:
        return None
    verbs = verbs if verbs is not None else load_triggers().verbs
    node = root
    modifier = False  # reached through a modifier ("a U.S. request"): not the object's place
    site = False  # the place names a site ("a Sofia restaurant"): where its owner or guard is too
    for _ in range(6):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
            return head
        if node.dep_ == "pobj" and head.lower_ in MOTION_PREPS and head.head.pos_ == "VERB" \
                and ((verbs.get(_lemma(head.head)) is not None
                      and (verbs[_lemma(head.head)].code or "").startswith("14")) or _lemma(head.head) in SENDING_VERBS):
            return head  # "protesters marched to the city hall", "troops were flown to Nampula"
        if node.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in NEAR_WORDS:
            return head  # "in villages close to Algiers"
        if node.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in TIME_NOUNS:
            return None  # "on the anniversary of the siege of X"
        if node.dep_ == "pobj" and head.lower_ == "of" and _bearing(head.head):
            return head.head  # "an ambush 30 km northeast of Karbala": a landmark (see reference_point)
        if node.dep_ == "pobj" and head.lower_ in ("of", "to") and (head.head.pos_ in ("NOUN", "PROPN")
                                                                     or _lemma(head.head) in PART_NOUNS):
            node = head.head  # "the Red Sea resort of Hurghada", "the town of Kafranbel", "the entrance to X"
            continue
        if node.dep_ == "npadvmod" and head.pos_ == "VERB" and place.feature != "country":
            return head  # "was captured off Mogadishu"
        if node.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and not modifier \
                and _lemma(head) in verbs and (node.i == root.i or site or _lemma(node) in SITE_NOUNS | PART_NOUNS) \
                and (place.feature != "country" or node.i != root.i or _territorial(_lemma(head), verbs)):
            # a country as the object is a participant ("help Iran"), a town a place ("retake Kafranbel"),
            # and so is a country an army goes into ("invaded Iraq", "bombed Syria")
            return head  # "retake the town of Kafranbel", "Ramadi was retaken"
        if (node.dep_ in ("compound", "nmod", "poss", "appos", "conj") or (node.dep_ == "amod" and node.i == root.i)) \
                and head.i != node.i:
            if node.dep_ in ("compound", "nmod", "poss", "amod"):
                if _lemma(head) not in SITE_NOUNS:
                    modifier = True  # "a U.S. request", but "the Baghdad headquarters" is a place
                else:
                    site = True  # "the owner of a Sofia restaurant was shot"
            node = head
            continue
        break
    return None


def _bearing(word) -> bool:
    """"northeast" of "30 km northeast of Karbala", "east" of "a road east of Caracas": a direction
    from a landmark (not "the north of Kandahar", a part of it, nor a noun "the West")."""
    return _lemma(word) in DIRECTION_WORDS and word.pos_ not in ("NOUN", "PROPN") \
        and not any(c.dep_ == "det" for c in word.children)


def in_speech_setting(prep, speech_cues: set[int], own: set[int] = frozenset()) -> bool:
    """A place that is only where something was said: "told journalists close to the front line", "said
    at a news conference in Kabul", "according to a statement from the ministry in Abu Dhabi",
    "speaking in Nairobi, the minister said". Not when saying is the event itself (``own``: its
    words): "In Beijing, the ministry accused Washington ... and lodged a protest"."""
    def cue(token) -> bool:
        return token.i not in own and (token.i in speech_cues or _lemma(token) in SPEECH_VERBS)

    node = prep.head
    for _ in range(6):
        if node.i not in own and (node.i in speech_cues or node.lower_ == "according" or _lemma(node) in SPEECH_NOUNS):
            return True
        if node.pos_ in ("VERB", "AUX"):
            if cue(node):
                return True
            # a participle on the speech verb: "speaking in Nairobi, he said", "..., reached by phone in X"
            return node.dep_ in ("advcl", "acl") and node.tag_ in ("VBG", "VBN") and cue(node.head)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def reference_point(doc, place: Place) -> bool:
    """"some 60 km south of Kirkuk", "an ambush north of Karbala": the place is a landmark the event
    is placed from, a coarse stand-in when the sentence names no other ("in the north of Kandahar",
    with its article, is a part of Kandahar)."""
    root = _place_root(doc, place)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    word = root.head.head
    return _lemma(word) in DIRECTION_WORDS and not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)


def _inside_actor(doc, place: Place, actor_spans: list[Span]) -> bool:
    """A place inside an actor's phrase ("Damascus forces") is no location; but the place is the
    actor itself in "the Taiwan", and the phrase a site in "the committee's Baghdad headquarters"."""
    for s in actor_spans:
        if s.start <= place.span.start and place.span.end <= s.end and s != place.span:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is not None and (all(place.span.start <= t.idx < place.span.end for t in span if t.dep_ != "det")
                                     or _lemma(span.root) in SITE_NOUNS):
                continue
            return True
    return False


def _origin(prep) -> bool:
    """"militants from Croatia", "a bomber from a village near Jenin", "a request from Mozambique",
    "they were from Hasakah province", "who hail from Kano", "flown in from the capital":
    where someone or something comes from, not where the event happened ("fired rockets from Gaza",
    "the withdrawal from Syria" keep their place)."""
    return prep.lower_ == "from" and (prep.head.pos_ in ("NOUN", "PROPN", "PRON")
                                      or _lemma(prep.head) in ORIGIN_VERBS | SENDING_VERBS) \
        and _lemma(prep.head) not in DEPARTURE_NOUNS


def _clause_path(start, top_tokens: set[int]):
    """The tokens from ``start`` up to the first of ``top_tokens`` (excluded), and whether it got there."""
    path, node = [], start
    for _ in range(40):
        if node.i in top_tokens:
            return path, True
        path.append(node)
        if node.head.i == node.i:
            return path, False
        node = node.head
    return path, False


def _foreign_clause(path, stop_tokens: set[int], event_tokens: set[int]) -> bool:
    """A place reached through a clause that is not the event's own circumstance: a relative clause
    on the one who acts ("soldiers who are stationed in Qatar"), a clause of another time or a
    condition ("since bombers hit Istanbul", "even if he is not in Switzerland"), another act of the
    same subject that is no event ("was arrested and later testified before a court in Lisbon"; but
    "shot dead a guard and wounded three in X", "were ambushed and their trucks burned
    in X" are one scene)."""
    for node in path:
        if node.i in stop_tokens:
            continue
        head = node.head
        if node.dep_ == "relcl" and head.i not in event_tokens and _lemma(head) not in SITE_NOUNS \
                and (head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.lower_ == "by")):
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_CLAUSE_MARKS for c in node.children):
            return True
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and head.pos_ in ("VERB", "AUX") \
                and node.i not in event_tokens and _lemma(node) not in load_triggers().outcome_verbs \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
    return False


def _tier(doc, prep, frame: Frame, holder: Frame | None, frames: list[Frame], scopes) -> int | None:
    """How closely a place or date attached at ``prep`` belongs to the event: 0 in its own clause, 1 through a
    clause that tells its circumstances (or another event of the same happening), 2 a place of the
    sentence that no event holds; None when it belongs to another event."""
    events = {i for f in frames for i in f.tokens}
    if holder is frame:
        path, reached = _clause_path(prep, frame.tokens)
        if _foreign_clause(path, frame.tokens, events):
            return None
        return 0 if reached and not any(n.pos_ in ("VERB", "AUX") for n in path) else 1
    if holder is None:
        path, _ = _clause_path(prep, events)
        return None if _foreign_clause(path, events, events) else 2
    inner = holder.trigger
    if circumstance_of(inner, frame):
        return 1  # "supporting militias in an offensive on X"
    if frame.trigger.i in scopes[id(holder)]:
        # the enclosing event's place ("stormed the town, killing nine"), not through a relative
        # clause on one of its participants ("Iraq, whose targets were bombed, backed Belgrade")
        path, _ = _clause_path(frame.trigger, holder.tokens)
        if any(n.dep_ == "relcl" and n.head.i not in holder.tokens for n in path):
            return None
        return 1
    if any(c.i == frame.trigger.i for c in inner.conjuncts):
        return 1  # "shot and killed a man outside his school"
    path, reached = _clause_path(inner, frame.tokens)
    if reached and _circumstance_clause(path):
        return 1  # "were killed when the fighters attacked a centre in X", "killed while fighting in X"
    return None


def _circumstance_clause(path) -> bool:
    # "killed fighting in Qusayr" (a participle), "killed when rebels attacked X"
    """``path`` (from an event word up to another's) runs through an adverbial clause that tells when
    or how the other happened ("killed when rebels attacked X", "shot while filming a clash"), not
    through a purpose ("demonstrated to protest a law"), another time or a participant."""
    if not any(n.dep_ in ("advcl", "xcomp") for n in path):
        return False
    for k, node in enumerate(path):
        if k and node.pos_ not in ("VERB", "AUX", "ADP", "SCONJ"):
            return False  # through a participant: "strike called by groups to protest ..."
        if node.dep_ in ("advcl", "xcomp") and any((c.dep_ == "mark" and c.lower_ in OTHER_CLAUSE_MARKS)
                                                   or (c.dep_ == "aux" and c.lower_ == "to") for c in node.children):
            return False
    return True


def event_scope(doc, frame: Frame) -> set[int]:
    scope = set()
    for i in frame.tokens | {frame.trigger.i}:
        scope.update(t.i for t in doc[i].subtree)
    return scope


def owner(doc, attach, frames: list[Frame], scopes: dict[int, set[int]]) -> Frame | None:
    """Which event of the sentence a place or date attached at ``attach`` belongs to.

    The parser often hangs a trailing "in 2019 in Hurghada" on an earlier verb; like a reader, give it
    to the nearest event word before it when that word hangs on the same head, else to the
    innermost event whose phrase contains it. A place that is an event word's own object ("hit
    Istanbul") is that event's."""
    for f in frames:
        if attach.i in f.tokens:
            return f
    before = [(max(t for t in f.tokens if t < attach.i), f) for f in frames if any(t < attach.i for t in f.tokens)]
    if before:
        _, nearest = max(before, key=lambda p: p[0])
        near_tok = doc[max(t for t in nearest.tokens if t < attach.i)]
        if attach.i in scopes[id(nearest)] or attach.head.i in (near_tok.i, near_tok.head.i) \
                or attach.i == near_tok.head.i:
            return nearest
    containing = [f for f in frames if attach.i in scopes[id(f)]]
    return min(containing, key=lambda f: len(scopes[id(f)])) if containing else None


def circumstance_of(inner, frame: Frame) -> bool:
    """A nested event that is a circumstance of this one: "supporting militias in an offensive on X"."""
    prep = inner.head
    own = frame.tokens | {c.i for c in frame.trigger.conjuncts}  # "were captured and 16 killed in the battle"
    return inner.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in own


def _own_words(frame: Frame) -> set[int]:
    """The event's words, the light verb of a noun event ("lodged a protest") and the verbs joined to
    them ("accused ... and lodged a protest"): a speech cue among them is the event, not its setting."""
    words = set(frame.tokens)
    trig = frame.trigger
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj":
        words.add(trig.head.i)
    for i in list(words):
        words.update(c.i for c in trig.doc[i].conjuncts)
    return words


def pick_location(doc, frame: Frame, sent, places: list[Place], speech_cues: set[int],
                  actor_spans: list[Span], frames: list[Frame], scopes, verbs=None) -> Place | None:
    """The place attached to the event: in its own clause first, then in a clause that tells its
    circumstances or in another event of the same happening, then a place of the sentence that no
    other event holds. Among equals, one not describing a participant
    ("the operative in Iraq was captured by forces in Iraq"), then one that is not a landmark ("in
    Diyala province, north of Baghdad"), then the finest place, then the first."""
    own_tokens = {i for f in frames for i in f.tokens}
    verbs = verbs if verbs is not None else load_triggers().verbs
    spoken = _own_words(frame)
    best = None
    for place in places:
        if not (sent.start_char <= place.span.start < sent.end_char):
            continue
        prep = locative(doc, place, verbs)
        if prep is None or in_speech_setting(prep, speech_cues, spoken) or _origin(prep):
            continue
        if _inside_actor(doc, place, actor_spans):
            continue
        if prep.pos_ == "VERB" and frame.code[:2] in ADDRESSED_ROOTS and any(s == place.span for s in actor_spans):
            continue  # "Kyiv accused Moscow of war crimes": the government accused, not where it happened
        root = _place_root(doc, place)
        if root is not None and root.dep_ in ("compound", "poss", "nmod", "amod") \
                and _lemma(root.head) not in SITE_NOUNS \
                and any(a.span.overlaps(place.span) for a in frame.sources if a is not None):
            continue  # the event's agent, not its place: "killed in a U.S. airstrike" (but a site:
            # "killed by a rocket in the Shuhada district", the parser's agent or not)
        holder = owner(doc, prep, frames, scopes)
        tier = _tier(doc, prep, frame, holder, frames, scopes)
        if tier is None:
            continue
        path, _ = _clause_path(prep, own_tokens)
        describes = any(n.dep_ in ("nsubj", "nsubjpass") for n in path)
        key = (tier, describes, reference_point(doc, place), FEATURE_RANK.get(place.feature or "", 3),
               place.span.start)
        if best is None or key < best[0]:
            best = (key, place)
    if best is None and frame.code.startswith("14"):
        return _protesters_place(doc, frame, sent, places)
    return best[1] if best else None


def _protesters_place(doc, frame: Frame, sent, places: list[Place]) -> Place | None:
    """Where the protesters are from, for a protest the sentence places nowhere else: people rally
    where they live ("Hong Kong residents demonstrated on Sunday"). Not for other acts: militants
    from a town attack elsewhere."""
    subjects = {c.i for c in frame.trigger.children if c.dep_ in ("nsubj", "nsubjpass")}
    for place in places:
        if not (sent.start_char <= place.span.start < sent.end_char):
            continue
        node = _place_root(doc, place)
        for _ in range(4):
            if node is None or node.i in subjects:
                break
            if node.dep_ in ("compound", "poss", "nmod"):
                node = node.head
            elif node.dep_ == "pobj" and node.head.lower_ in ("from", "in", "of"):
                node = node.head.head
            else:
                node = None
        if node is not None and node.i in subjects:
            return place
    return None


def focus_location(frame: Frame, focus: Place | None) -> Place | None:
    """The article's focus region, for an event of its country with no place of its own."""
    if focus is not None and focus.country in {a.country for a in (*frame.sources, *frame.targets) if a is not None}:
        frame.how["location"] = "article-focus"
        return focus
    return None

DEADLINE_PREPS = {"by", "until", "before", "after", "since", "till"}


def pick_date(doc, frame: Frame, sent, dates: list[DateRef], frames: list[Frame], scopes,
              speech_cues: set[int] = frozenset()) -> DateRef | None:
    """The date governed by the event's words, else one of a clause that tells its circumstances or of
    another event of the same happening ("shot and killed ... on Monday", "the fighting broke out on
    Saturday when guards opened fire"), else a date of the sentence that no other event holds; else
    none. A deadline ("by Saturday") or a bound ("since 2011") is not when the event happened, nor is
    when it was said ("..., the group said on Thursday")."""
    spoken = _own_words(frame)
    best = None
    for d in dates:
        if not (sent.start_char <= d.span.start < sent.end_char and d.value):
            continue
        span = doc.char_span(d.span.start, d.span.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in DEADLINE_PREPS:
            continue
        attach = root.head if root.dep_ == "pobj" else root
        said = attach.head if attach.head.i in speech_cues else root.head if attach is root else None
        if said is not None and said.i in speech_cues and said.i not in spoken:
            continue  # when it was said, not when it happened
        holder = owner(doc, attach, frames, scopes)
        tier = _tier(doc, attach, frame, holder, frames, scopes)
        if tier is None and _in_clause_of(frame, attach.head):
            tier = 1
        if tier is not None and (best is None or (tier, d.span.start) < best[0]):
            best = ((tier, d.span.start), d)
    return best[1] if best else None


def _in_clause_of(frame: Frame, verb) -> bool:
    """The event is told in a "when", "as" or "while" clause (or a participle) of ``verb``: "the
    fighting broke out on Saturday when guards opened fire" happened then too."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    path, reached = _clause_path(frame.trigger, {verb.i})
    return reached and _circumstance_clause(path)


def pick_counts(doc, frame: Frame, counts: list[Count], governors: dict[int, int | None],
                other_triggers: set[int], actor_of_span) -> tuple[Count, ...]:
    scope = set()
    for i in frame.tokens | {frame.trigger.i}:
        scope.update(t.i for t in doc[i].subtree if t.i not in other_triggers or t.i in frame.tokens)
    ancestors = {a.i for a in frame.trigger.ancestors}
    out = []
    for k, count in enumerate(counts):
        gov = governors.get(k)
        if gov is not None and gov in other_triggers and gov not in frame.tokens:
            continue
        span = doc.char_span(count.span.start, count.span.end, alignment_mode="expand")
        root_i = span.root.i if span is not None else None
        if (gov is not None and (gov in frame.tokens or gov in ancestors)) or (root_i is not None and root_i in scope):
            if root_i is not None and root_i in scope and any(p in other_triggers and p not in frame.tokens
                                                              for p in _path_to(doc[root_i], frame.trigger)):
                continue
            side = actor_of_span(count.span)
            out.append(Count(count.span, count.kind, count.n, count.n_max, count.what, count.category,
                             side or count.side))
    return tuple(out)


def _path_to(token, top):
    node, path = token, []
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        path.append(node.i)
    return path[:-1] if path and path[-1] == top.i else path
