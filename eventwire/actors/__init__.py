"""Actors stage: who takes part (countries, forces, officials, groups, people), CAMEO-coded."""
from eventwire.actors.kb import KnowledgeBase, load_kb
from eventwire.actors.tagger import ActorTags, find_actors

__all__ = ["find_actors", "ActorTags", "load_kb", "KnowledgeBase"]
