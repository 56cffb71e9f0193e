"""CAMEO's convention for announced actions: a future action stated by or of an actor is an
asserted *statement of intent* (03x) or a *threat* (13x) today, and an announced refusal
("will not return", "would not meet") an asserted *rejection* (12x).

"Tillerson will visit Moscow next week" stays a ``future`` VISIT (not a fact), and also yields
an asserted 036 "express intent to meet" event on the publication date, as CAMEO coders do.
"""

from __future__ import annotations

# Most specific prefix first: CAMEO code prefix of the announced action → intent/threat code.
_INTENT = {
    "04": "036",
    "045": "039",
    "046": "036",
    "05": "032",
    "055": "032",
    "056": "037",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "14": "133",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "166": "136",
    "17": "137",
    "172": "132",
    "1724": "1324",
    "1723": "1323",
    "15": "138",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "1385",
}


# An announced refusal: "Russia will not return Crimea" is a REJECT (12x) made today.
_REFUSAL = {
    "019": "120",  # "failed to agree on the border": no agreement reached
    "03": "120",
    "05": "120",
    "04": "125",
    "046": "125",
    "045": "126",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "063": "1213",
    "07": "122",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "083": "123",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
}


def _by_prefix(table: dict[str, str], code: str) -> str | None:
    for length in (4, 3, 2):
        found = table.get(code[:length])
        if found is not None:
            return found
    return None


def refusal_code(code: str) -> str | None:
    """The 12x code for announcing that one will *not* do the cooperative action ``code``."""
    return _by_prefix(_REFUSAL, code)


def intent_code(code: str) -> str | None:
    """The 03x/13x code for announcing the action ``code``, or None (statements, demands…)."""
    return _by_prefix(_INTENT, code)
