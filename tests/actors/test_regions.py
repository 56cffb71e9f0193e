"""The region table (data/regions.tsv) and the descriptor words read against it."""

from __future__ import annotations

from importlib import resources

from detente.actors import regions


def _country_codes() -> set[str]:
    path = resources.files("detente") / "data" / "actors" / "countries.tsv"
    return {
        line.split("\t")[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def test_every_state_with_an_m49_region_is_in_the_table():
    # Antarctica is the one entry of countries.tsv that M49 gives no region
    missing = _country_codes() - set(regions.state_groups()) - {"ATA"}
    assert not missing, sorted(missing)


def test_the_table_holds_only_states_of_the_actor_table():
    assert set(regions.state_groups()) <= _country_codes()


def test_each_state_has_one_of_the_five_m49_regions():
    continents = {"africa", "americas", "asia", "europe", "oceania"}
    for code, groups in regions.state_groups().items():
        assert len(groups & continents) == 1, code


def test_every_descriptor_names_a_group_of_the_table():
    for words, group in regions._DESCRIPTORS.items():
        assert regions.members(group), (words, group)


def test_groups_hold_the_states_news_calls_so():
    assert regions.members("gulf") == {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}
    assert regions.members("baltic") == {"EST", "LVA", "LTU"}
    assert {"ECU", "ARG", "BRA"} <= regions.members("south america")
    assert "MEX" not in regions.members("south america")
    assert "RUS" not in regions.members("former soviet")
    assert "KAZ" in regions.members("central asia") & regions.members("landlocked")
