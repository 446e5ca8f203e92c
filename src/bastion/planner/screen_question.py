"""Questions refused before planning: requests to change data, and requests for data the
catalog does not have (contact details, passwords, salaries, people's names).

They are recognised by phrases, not by parsing: a request to delete a customer must be
refused even when the rest of it would parse. Whose names are people's names is the
catalog's to say (``bastion.catalog.personal_names``): a customer's are, an actor's are
not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bastion.catalog import Catalog, KnownValues
from bastion.catalog.personal_names import asks_for_personal_names

_MODIFICATION = re.compile(
    r"\b(?:delete|deletes|deleting|insert|inserting|upsert|truncate|alter|erase|wipe|purge|"
    r"destroy|overwrite|grant|revoke|"
    r"update(?!\s+(?:on|about|for|of)\b)|updating|"
    r"drop\s+(?:the\s+|a\s+|all\s+)?(?:table|view|schema|database|column|index|row|rows|data)s?|"
    r"(?:remove|removing)\s+(?:the\s+|a\s+|an\s+|all\s+|this\s+)?(?:customer|film|movie|payment|"
    r"rental|record|row|user|actor|store|data|table|category|categor(?:y|ies))s?|"
    r"create\s+(?:a\s+|an\s+)?(?:new\s+)?(?:table|view|index|user|role|schema|customer|film|"
    r"record)|"
    r"add\s+(?:a\s+|an\s+)?(?:new\s+)?(?:customer|film|movie|store|payment|rental|actor|"
    r"category|row|record|column|user)|"
    r"set\s+(?:the\s+|a\s+|all\s+|its\s+|their\s+)?\w+(?:\s+\w+)?\s*(?:\s+to|=\s*['\"]?\w+)|"
    # ("% change rentals: last week vs the week of 4 July": a figure, not an edit)
    r"(?<!%)(?<!%\s)(?<!percent\s)(?<!percentage\s)(?<!pct\s)"
    r"(?:change|modify|edit|rename)\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:price|rate|name|"
    r"title|email|e-mail|address|rating|category|amount|status|password|store|data|record|"
    r"customer|film|payment|rental)s?|"
    r"cancel\s+(?:the\s+|a\s+)?(?:rental|payment)s?|refund)\b"
)

_UNKNOWN_DATA: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (r"\be-?mails?\b|\bemail addresses\b", "e-mail addresses"),
        (r"\b(?:tele)?phones?(?:\s+numbers?)?\b|\bmobile numbers?\b", "phone numbers"),
        (
            r"\b(?:street\s+)?address(?:es)?\b|\bstreets?\b|\bpostal codes?\b|\bzip(?:\s+codes?)?\b"
            r"|\bpost ?codes?\b",
            "addresses",
        ),
        (r"\bpasswords?\b|\bpass ?words?\b|\bcredentials?\b|\blogins?\b", "passwords"),
        (r"\busernames?\b|\buser names?\b", "user names"),
        (r"\bsalar(?:y|ies)\b|\bwages?\b|\bpayroll\b|\bpaychecks?\b|\bpay ?slips?\b", "salaries"),
        (r"\bcredit cards?\b|\bcard numbers?\b|\bbank accounts?\b|\biban\b", "card numbers"),
        (r"\bssns?\b|\bsocial security\b|\bpassports?\b", "identity numbers"),
        (
            r"\bbirth ?days?\b|\bdates? of birth\b|\bbirth ?dates?\b|\bdob\b|\bgender\b",
            "birth dates",
        ),
        (r"\bip addresses?\b|\bpictures? of (?:the\s+)?staff\b|\bphotos?\b", "personal records"),
        (  # "customers over 50", "renters under 18", "average age": no one's age is kept
            r"\bages?\b(?!\s+ago)(?![\s-]+(?:ratings?|classifications?|restrictions?))"
            r"|\baged\s+\d|\b\d+\s*(?:years?|yrs?)[\s-]+old\b"
            r"|\b(?:older|younger)\s+than\s+\d"
            r"|\b(?:customers?|custs?|people|renters?|members?|clients?|users?|folks|persons?)\s+"
            r"(?:who\s+are\s+|that\s+are\s+)?(?:over|under|above|below)\s+\d+\b(?!\s*(?:rentals?"
            r"|payments?|films?|movies?|titles?|dollars?|bucks|times|minutes?|mins?|days?|hours?"
            r"|copies|dvds?|%|percent|[.,]\d|in\b|worth|spent|total))",
            "ages",
        ),
        (
            r"\bstar ratings?\b|\bcustomer ratings?\b|\bscores?\b|\bstars? given\b"
            # reviews of the films, not a review the asker does ("the catalogue review")
            r"|\b(?:customer|film|movie|user|critic|online|viewer|audience)s?'?\s+reviews?\b"
            r"|\breviews?\s+(?:of|for|on)\s+(?:the\s+|our\s+|a\s+)?(?:films?|movies?|titles?|dvds?)\b"
            r"|\b(?:well|best|worst|highest|lowest|top|badly|poorly)[-\s]reviewed\b"
            r"|\b(?:best|worst|good|bad|top|highest|lowest|great|positive|negative|most)\s+reviews?\b"
            r"|\b(?:what|which|any)\s+(?:\w+\s+)?reviews\b|\breviews?\s+(?:say|said|does|do|did)\b",
            "customer reviews or star ratings",
        ),
        (
            r"\bbox office\b|\bbudgets?\b|\bdirected\b"
            # not a job ("as regional director")
            r"|(?<!regional )(?<!area )(?<!district )(?<!managing )(?<!finance )"
            r"(?<!marketing )(?<!sales )(?<!operations )(?<!store )\bdirectors?\b",
            "box office, directors or budgets",
        ),
    )
)


@dataclass(frozen=True)
class Screened:
    code: str
    reason: str


PERSONAL_NAMES = "people's names (customer names are masked)"
# refusals a word of a title or a name may trigger ("PAYCHECK WAIT", "ADAM GRANT")
_NAME_MAY_SAY = frozenset({"planner.unknown_data", "request.modification"})


def screen_question(
    text: str, catalog: Catalog, known: KnownValues | None = None
) -> Screened | None:
    """A refusal for ``text`` (lower-cased) when it must not be planned, else None. With
    the ``known`` values, words of film titles and actors' names ("PAYCHECK WAIT") are not
    requests for the data they name ("paycheck")."""
    screened = _screened(text, catalog)
    # ("what films is Adam Grant in": a name, not a grant of access)
    if screened is not None and known is not None and screened.code in _NAME_MAY_SAY:
        screened = _screened(_without_titles(text, known), catalog)
    return screened


def _without_titles(text: str, known: KnownValues) -> str:
    """``text`` without the film titles and actors' names it contains."""
    for name in (*known.films, *known.actors):
        lowered = name.lower()
        if lowered in text:
            text = re.sub(rf"\b{re.escape(lowered)}\b", " ", text)
    return text


def _screened(text: str, catalog: Catalog) -> Screened | None:
    if _MODIFICATION.search(text):
        return Screened(
            "request.modification",
            "I can only read data: I can't change, add or delete anything.",
        )
    for pattern, label in _UNKNOWN_DATA:
        if pattern.search(text):
            return Screened(
                "planner.unknown_data",
                f"The data you can query has no {label}, so I can't answer that.",
            )
    if asks_for_personal_names(text, catalog):
        return Screened(
            "planner.unknown_data",
            f"The data you can query has no {PERSONAL_NAMES}, so I can't answer that.",
        )
    return None
