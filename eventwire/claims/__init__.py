"""Claims stage: who the text attributes each report to."""
from eventwire.claims.attribution import Claim, actors_in, claim_for, find_claims

__all__ = ["Claim", "find_claims", "claim_for", "actors_in"]
