"""Wire-story CAMEO classes (session 29, h7): each rule found on the wire-story probe set
(tests/data/cameo_stories_study.tsv), tested on sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2015, 6, 10)


def _keys(coder, text, day=DAY, modality="asserted"):
    """(source country, target country, CAMEO root) of each event with ``modality``."""
    return {
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, day)
        if e.modality == modality
    }


def test_a_list_of_nationalities_before_a_noun_is_no_doer_of_its_own(coder):
    # "US" is hung on the noun with its "and": the phrase names both forces, not the US
    keys = _keys(coder, "US and British warships fired missiles at Libyan air defence sites.")
    assert ("USA", "LBY", "19") in keys and ("GBR", "LBY", "19") in keys
    events = coder.code_text(
        "US and British warships fired missiles at Libyan air defence sites.", DAY
    )
    assert all(e.source_sector == "MIL" for e in events if e.cameo_root == "19")
    # a name as head keeps the first member apart
    keys = _keys(coder, "Putin and U.S. President-elect Trump spoke by phone on Monday.")
    assert ("RUS", "USA", "04") in keys


def test_a_divided_pair_named_as_the_target_is_each_state(coder):
    keys = _keys(coder, "China called on both Koreas to exercise restraint.")
    assert ("CHN", "KOR", "02") in keys and ("CHN", "PRK", "02") in keys
    keys = _keys(coder, "Moscow urged the two Sudans to resume talks on oil.")
    assert ("RUS", "SDN", "02") in keys and ("RUS", "SSD", "02") in keys


def test_an_offer_of_bases_is_an_intent_to_cooperate_militarily(coder):
    keys = _keys(coder, "Spain offered its air bases to the American air force.")
    assert ("ESP", "USA", "03") in keys


def test_where_a_blow_is_launched_from_is_not_its_target(coder):
    keys = _keys(coder, "Hezbollah fighters fired rockets from Lebanese territory on Sunday.")
    assert not any(k[1] == "LBN" for k in keys)
    # whom ground is taken from is
    keys = _keys(coder, "Iraqi troops recaptured the town from Islamic State fighters.")
    assert any(k[0] == "IRQ" and k[2] == "19" and k[1] for k in keys)


def test_the_last_noun_of_an_object_list_is_no_verb(coder):
    # "asset freezes" read as "asset" + a verb "freezes" lost the whole act
    text = "Canada imposed export bans and asset freezes on Iranian firms on Friday."
    assert any(k[:2] == ("CAN", "IRN") and k[2] in ("16", "17") for k in _keys(coder, text))
    text = "Australia imposed travel bans and asset freezes on Russian officials."
    assert ("AUS", "RUS", "16") in _keys(coder, text)


def test_only_a_state_arrests(coder):
    text = "Taliban fighters captured two Afghan police officers near Kunduz."
    assert ("AFG", "AFG", "18") in _keys(coder, text)
    # a state's police or army detain
    text = "Turkish police detained two Syrian smugglers near the border."
    assert ("TUR", "SYR", "17") in _keys(coder, text)


def _bench():
    """benchmarks/cameo_stories.py, which reads and scores the story files."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "cameo_stories.py"
    spec = importlib.util.spec_from_file_location("cameo_stories_bench", path)
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # (its dataclasses look their module up there)
    spec.loader.exec_module(bench)
    return bench


# Floors only go up. Session 29, the files written before any rule: study F1 0.547 -> 0.614
# (story mode 0.686 -> 0.771), held-out 0.649 -> 0.649 (story mode 0.655 -> 0.673).
# Session 30, the second pair written before any rule: study 0.581 -> 0.711 (story mode
# 0.602 -> 0.717), held-out 0.719 -> 0.730 (story mode 0.737 -> 0.748); the first held-out
# file 0.649 -> 0.667 (story mode 0.673 -> 0.690) with the fights in their own lands, 0.6897
# in story mode once the session's other rules were merged (one event more found, two extra).
STORY_FLOORS = {
    "cameo_stories_study.tsv": (0.61, 0.77),
    "cameo_stories_heldout.tsv": (0.66, 0.685),
    "cameo_stories2_study.tsv": (0.71, 0.71),
    "cameo_stories2_heldout.tsv": (0.73, 0.74),
    # Session 31, the third pair written before any rule: study 0.618 -> 0.671 (story mode
    # 0.635 -> 0.671), held-out 0.497 -> 0.497 (story mode 0.497 -> 0.497; scored only).
    "cameo_stories3_study.tsv": (0.67, 0.67),
    "cameo_stories3_heldout.tsv": (0.49, 0.49),
    # Session 32, the fourth pair written before any rule: study 0.679 -> 0.737 (story mode
    # 0.704 -> 0.761), held-out 0.695 -> 0.714 (story mode 0.690 -> 0.709; scored only).
    # Later in session 32 the gold lists visits from both sides by rule (the held-out file
    # gained two guests' visits of talks hosted by Moscow, which the coder does not find):
    # held-out 0.714 -> 0.706 with the coder unchanged there.
    "cameo_stories4_study.tsv": (0.73, 0.76),
    "cameo_stories4_heldout.tsv": (0.70, 0.70),
    # Session 33, the fifth pair written before any rule: study 0.670 -> 0.756 (story mode
    # 0.667 -> 0.750), held-out 0.736 -> 0.736 (story mode 0.711 -> 0.711; scored only).
    "cameo_stories5_study.tsv": (0.75, 0.75),
    "cameo_stories5_heldout.tsv": (0.73, 0.71),
    # Session 36, the sixth pair written before any rule (1990-2010, Latin America, the Caucasus
    # and Central Asia, West Africa, the Koreas, Indonesia and the Philippines): study 0.682
    # (story mode 0.696) once two plain mistakes of its gold were mended (a state withdrawing its
    # own peacekeepers is 166; a background shooting by a US serviceman), held-out 0.584 (story
    # mode 0.557). At the session's end, after eight rules found on the study half: study
    # 0.682 -> 0.766 (story mode 0.696 -> 0.755), held-out 0.584 -> 0.584 (story mode 0.557;
    # scored only).
    "cameo_stories6_study.tsv": (0.76, 0.75),
    "cameo_stories6_heldout.tsv": (0.58, 0.55),
    # Session 37, the seventh pair written before any rule (1990-2010: the Balkans of the
    # 1990s, the Eritrea-Ethiopia war, the Great Lakes, the Iraq inspections, Israel with
    # Lebanon and Syria, the Taiwan Strait, India and Pakistan, the Libya, Sudan and Taliban
    # sanctions, East Timor): study 0.667 (story mode 0.659), 0.693 (0.669) once four plain
    # mistakes of its gold were mended against its own header; held-out 0.646 (story mode
    # 0.661). After the session's nine rules found on the study half: study 0.693 -> 0.756
    # (story mode 0.669 -> 0.733), held-out 0.646 -> 0.653 (story mode 0.661 -> 0.673; scored
    # only; with Vajpayee known, "a summit … ended without agreement … after the two sides
    # failed to agree" codes its refusal twice each way).
    "cameo_stories7_study.tsv": (0.75, 0.73),
    "cameo_stories7_heldout.tsv": (0.65, 0.67),
    # Session 38, the eighth pair written before any rule (2003-2009: Colombia, Ecuador and
    # Venezuela in 2008, the Russia-Ukraine gas cut-offs, Russia and Georgia's spy row, the Iran
    # nuclear file, the six-party talks, Ethiopia in Somalia, Sudan, Chad and the ICC, Zimbabwe
    # and SADC, Preah Vihear, Lebanon and Syria after Hariri): start figure study 0.657 (story
    # mode 0.670), 0.663 (0.676) once a plain mistake of its gold was mended, held-out 0.630
    # (story mode 0.633). After the session's six rules found on the study half: study
    # 0.663 -> 0.702 (story mode 0.676 -> 0.716), held-out 0.630 -> 0.630 (story mode 0.633;
    # scored only).
    "cameo_stories8_study.tsv": (0.70, 0.71),
    "cameo_stories8_heldout.tsv": (0.62, 0.63),
    # Session 39, the ninth pair written before any rule (1995-2003: the Aegean, Ocalan,
    # Pinochet, Meshaal, Camp David, Wye and Sharm el-Sheikh, Taiwan's two-states row, Sierra
    # Leone, the Atlantique and Kargil, Saro-Wiwa, Lesotho, Hanish, Perejil, Kandahar,
    # Rambouillet, Kisangani and Pretoria, Addis Ababa 1995, 1441, Drozdy, Libya, Fujimori, the
    # Saudi-Yemeni treaty): start figure study 0.684 (story mode 0.649), held-out 0.679 (story
    # mode 0.640). After the session's nine rules found on the study half: study 0.684 -> 0.750
    # (story mode 0.649 -> 0.705), held-out 0.679 -> 0.679 (story mode 0.640; scored only).
    # (story mode 0.705 → 0.697 in session 43: the story's pair aims "did not change the
    # island's policy" at Beijing and a landing order at Pakistan, which the gold leaves out)
    "cameo_stories9_study.tsv": (0.75, 0.69),
    "cameo_stories9_heldout.tsv": (0.67, 0.64),
    # Session 40, the tenth pair written before any rule (1996-2003: Korea from the Gangneung
    # submarine to Albright in Pyongyang, the Belgrade embassy strike, Helms-Burton, Sri Lanka's
    # truce, Aceh, the Caguan and Plan Colombia, the no-fly zones, Liberia, Zaire and Angola,
    # Indonesia and Australia, Georgia in 2002, Gore in Kuala Lumpur, India after the parliament
    # attack): start figure study 0.621 (story mode 0.613), 0.649 (0.614) once seven rows of its
    # gold that named no target, against its own header, were dropped; held-out 0.512 (story
    # mode 0.551). After the session's eight rules found on the study half: study 0.649 ->
    # 0.741 (story mode 0.614 -> 0.688), held-out 0.512 -> 0.512 (story mode 0.551; scored
    # only).
    "cameo_stories10_study.tsv": (0.73, 0.68),
    "cameo_stories10_heldout.tsv": (0.51, 0.55),
    # Session 41, the eleventh pair written before any rule (1995-2004: Brasilia, Iran and the
    # Taliban, Ohrid, Venezuela 2002, Sandline, Marcoussis, the 1998 embassy bombings,
    # Krasnoyarsk, Hawar, Guinea-Bissau, the Dniester memorandum, Oviedo, Cambodia and ASEAN;
    # held out: Haiti 2004, Fiji, the Solomons, Anjouan, the EP-3 crew, Koizumi in Pyongyang,
    # India and Bangladesh, China and Vietnam, Batken, Sipadan, Guyana and Suriname,
    # Gabcikovo, Brazzaville, the Benghazi nurses): start figure study 0.562 (story mode
    # 0.562), held-out 0.460 (story mode 0.478). After the session's seven rules found on the
    # study half: study 0.562 -> 0.629 (story mode 0.562 -> 0.649), held-out 0.460 -> 0.460
    # (story mode 0.478 -> 0.478; scored only).
    "cameo_stories11_study.tsv": (0.62, 0.64),
    "cameo_stories11_heldout.tsv": (0.45, 0.47),
    # Session 42, the twelfth pair written before any rule (2005-2012: the cartoon riots, the
    # British sailors held by Iran, Salala and the supply routes, Litvinenko, Hannibal Gaddafi
    # in Geneva, the Zurich protocols, Turkey in northern Iraq, India and Pakistan after
    # Mumbai, Thaksin in Phnom Penh, the envoys expelled by Bolivia and Venezuela, Garamba;
    # held out: the British embassy in Tehran, Liu Xiaobo's prize, Kenya in Somalia, Mali
    # 2012, Madagascar 2009, Assange, New START, Nkunda, Estonia's memorial, the raid on Syria
    # in 2007, the Arab League and Syria, the Turkish jet, Scarborough Shoal): start figure
    # study 0.693 (story mode 0.714), held-out 0.752 (story mode 0.709). After the session's
    # rules found on the study half: study 0.693 -> 0.815 (story mode 0.714 -> 0.815),
    # held-out 0.752 -> 0.752 (story mode 0.709 -> 0.709; scored only).
    "cameo_stories12_study.tsv": (0.81, 0.81),
    "cameo_stories12_heldout.tsv": (0.75, 0.70),
    # Session 43, the thirteenth pair written before any rule (2015-2022: the Salisbury
    # expulsions, the Kerch Strait, the Russian bomber downed by Turkey, the Ryanair jet forced
    # down in Minsk, Doklam, the Kaesong liaison office, Turkey's troops for Libya, Japan and
    # South Korea in 2019, Saudi Arabia's break with Iran, Mali and France, Algeria and Morocco;
    # held out: Saudi Arabia and Canada, the airliner shot down near Tehran, the Solomons pact,
    # China's barley tariffs, the Poland-Belarus border, Kazakhstan 2022, the invasion of
    # Ukraine, Singapore 2018, Gambia v Myanmar, Myanmar's coup and ASEAN, Turkey's veto on the
    # Nordic states, Cuba and the US, Turkey in Syria in 2019, Karlov's killing): start figure
    # study 0.672 (story mode 0.715), held-out 0.720 (story mode 0.741). After the session's
    # rules found on the study half: study 0.672 -> 0.779 (story mode 0.715 -> 0.800),
    # held-out 0.720 -> 0.720 (story mode 0.741 -> 0.741; scored only).
    # (story mode 0.800 on its branch, 0.789 merged: the story's pair aims the FSB's charge
    # that the ships entered Russian waters illegally and "its border troops would go on
    # patrolling the area" at Ukraine and India, which the gold lists as 11 and nothing)
    "cameo_stories13_study.tsv": (0.77, 0.78),
    "cameo_stories13_heldout.tsv": (0.71, 0.74),
    # Session 44, the fourteenth pair written before any rule (1990-1994: Kuwait and the Gulf
    # war, Vilnius, the Yugoslav army in Slovenia, Germany's recognitions, the embargo on
    # Belgrade, Kelbajar, the Dniester ceasefire, Sukhumi; held out: the NPT crisis and Carter
    # in Pyongyang, Oslo and Arava, Rwanda, Somalia, Haiti, the August coup, Peru, Chechnya,
    # South Africa): start figure study 0.650 as written (story mode 0.672), 0.672 after two
    # rows were mended to the house convention (a journey's purpose listed); held-out 0.742
    # (story mode 0.667). After the session's rules found on the study half: study 0.672 ->
    # 0.764 (story mode 0.769), held-out 0.742 -> 0.780 (story mode 0.667 -> 0.709; scored
    # only).
    "cameo_stories14_study.tsv": (0.76, 0.76),
    "cameo_stories14_heldout.tsv": (0.77, 0.70),  # 0.780 sums to 0.7799…
}


def test_wire_story_floors(coder):
    bench = _bench()
    for path in bench.FILES:
        stories = bench.read_stories(path)
        alone, story = STORY_FLOORS[path.name]
        assert bench.score_sentences(coder, stories)[0].f1 >= alone, path.name
        assert bench.score_stories(coder, stories)[0].f1 >= story, path.name


# Session 30 (h7): rules found on the second wire-sentence study set
# (tests/data/cameo_stories2_study.tsv), tested on sentences written for detente.


def test_two_sides_fighting_battles_in_their_own_land_fight_each_other(coder):
    text = "Israeli soldiers and Palestinian militants fought gun battles in Nablus on Friday."
    keys = _keys(coder, text)
    assert ("ISR", "PSE", "19") in keys and ("PSE", "ISR", "19") in keys
    text = "Israeli soldiers and Palestinian militants fought gun battles in Nablus and Jenin."
    keys = _keys(coder, text)
    assert ("ISR", "PSE", "19") in keys and ("PSE", "ISR", "19") in keys
    # a single side fighting in another's land still fights there
    assert ("ISR", "LBN", "19") in _keys(coder, "Israel fought a bitter war in Lebanon.")


def test_what_a_state_calls_home_with_its_is_its_own(coder):
    text = "Moscow recalled its chief military representative from NATO in protest."
    keys = _keys(coder, text)
    assert any(k[:2] == ("RUS", "NATO") or k[:2] == ("RUS", "IGO") for k in keys), keys
    assert not any(k[1] == "RUS" for k in keys)


def test_military_craft_loaded_with_relief_bring_aid(coder):
    text = (
        "Pakistan sent air force planes loaded with rescue teams, tents and blankets "
        "to Afghanistan."
    )
    keys = _keys(coder, text)
    assert ("PAK", "AFG", "07") in keys and not any(k[2] == "15" for k in keys)


def test_a_crowd_that_rallies_to_demand_protests_once_at_whom_it_demands(coder):
    text = (
        "Thousands of Ukrainians rallied in central Kyiv to demand the resignation of "
        "President Viktor Yanukovych."
    )
    keys = _keys(coder, text)
    assert keys == {("UKR", "UKR", "14")}, keys
    text = (
        "Hundreds of Pakistanis marched to the American consulate in Lahore to protest "
        "against drone strikes."
    )
    keys = _keys(coder, text)
    assert keys == {("PAK", "USA", "14")}, keys


def test_a_group_named_in_the_plural_is_named_in_the_singular_before_a_noun(coder):
    keys = _keys(coder, "Sri Lankan jets bombed Tamil Tiger bases near Kilinochchi.")
    assert ("LKA", "LKA", "19") in keys
    from detente.actors.dictionary import member_form

    assert member_form("Tamil Tigers") == "Tamil Tiger"
    assert member_form("Hamas") is None and member_form("Unidos Podemos") is None


def test_targets_across_a_country_are_in_it(coder):
    keys = _keys(coder, "Russian warplanes struck military targets across Ukraine overnight.")
    assert ("RUS", "UKR", "19") in keys


# Session 31 (h5): rules found on the third wire-sentence study set
# (tests/data/cameo_stories3_study.tsv), tested on sentences written for detente.


def test_a_counted_crowd_storming_a_mission_protests_violently(coder):
    # "thousands of ... protesters": the crowd the number counts is the doer
    text = "Thousands of Syrian protesters stormed the Danish embassy in Damascus on Saturday."
    keys = _keys(coder, text)
    assert ("SYR", "DNK", "14") in keys and not any(k[2] in ("18", "19") for k in keys), keys
    text = "Hundreds of Indonesian demonstrators set fire to the Australian consulate in Bali."
    assert ("IDN", "AUS", "14") in _keys(coder, text)
    # a force's storming stays force
    text = "Hundreds of Israeli commandos stormed the Lebanese village at dawn."
    assert not any(k[2] == "14" for k in _keys(coder, text))


def test_destroying_a_side_s_aircraft_or_air_force_is_fighting(coder):
    keys = _keys(coder, "Israeli jets destroyed three Syrian helicopters on the ground.")
    assert ("ISR", "SYR", "19") in keys
    keys = _keys(coder, "French troops destroyed the Ivorian air force at Yamoussoukro.")
    assert ("FRA", "CIV", "19") in keys
    # destroying one's own arms under a deal is no blow
    keys = _keys(coder, "Libya agreed to destroy its chemical weapons.")
    assert not any(k[2] == "19" for k in keys)


def test_whose_orders_an_act_is_done_on_is_not_its_target(coder):
    text = "The Jordanian army retaliated on the orders of King Abdullah."
    assert not any(k[1] == "JOR" for k in _keys(coder, text))
    text = (
        "France retaliated within hours by destroying the Ivorian air force, "
        "on the orders of President Jacques Chirac."
    )
    keys = _keys(coder, text)
    assert ("FRA", "CIV", "19") in keys and ("FRA", "FRA", "19") not in keys, keys
    # the authorities a call is made on are its target
    text = "The European Union called on the Venezuelan authorities to free the prisoners."
    assert any(k[1] == "VEN" for k in _keys(coder, text))


def test_an_envoy_arriving_on_a_mission_of_talk_visits(coder):
    text = "Nigerian President Olusegun Obasanjo arrived in Lome on a mediation mission."
    keys = _keys(coder, text)
    assert ("NGA", "TGO", "04") in keys and not any(k[2] == "07" for k in keys), keys
    text = "A Japanese envoy arrived in Rangoon on a fact-finding mission."
    assert ("JPN", "MMR", "04") in _keys(coder, text)
    # troops on a peacekeeping mission still keep the peace
    text = "Nigerian troops arrived in Monrovia on a peacekeeping mission."
    assert ("NGA", "LBR", "07") in _keys(coder, text)


def test_where_a_group_is_based_does_not_make_an_unknown_minister_its_own(coder):
    # the only country named is where the blamed groups sit: the minister is not theirs
    text = "Foreign Minister Ali Hassan condemned the London-based rights group."
    assert not any(k[0] == "GBR" for k in _keys(coder, text))
    text = (
        "Home Minister Shivraj Patil blamed two Pakistan-based militant groups, "
        "Lashkar-e-Taiba and Jaish-e-Mohammed, for the bombings."
    )
    assert not any(k[0] == "PAK" for k in _keys(coder, text))
    # a story about one country still lends it to an office holder we do not know
    text = "Interior Minister Ali Hassan accused Sudanese rebels of the attack."
    assert ("SDN", "SDN", "11") in _keys(coder, text)


def test_a_statement_that_carries_an_act_is_that_act(coder):
    text = "Egypt and Jordan issued a joint statement urging Israel to halt the raids."
    keys = _keys(coder, text)
    assert ("EGY", "ISR", "02") in keys and not any(k[2] == "01" for k in keys), keys
    text = "China issued a statement on Monday calling on Japan to stop provocations."
    assert _keys(coder, text) == {("CHN", "JPN", "02")}
    # a statement with no act in it is still a comment
    assert ("USA", "IRN", "01") in _keys(coder, "The White House issued a statement on Iran.")


def test_a_crowd_marching_through_a_city_is_of_its_country(coder):
    text = (
        "Tens of thousands of supporters of the defeated candidate marched through "
        "central Tehran on Monday against the government."
    )
    assert any(k[0] == "IRN" and k[2] == "14" for k in _keys(coder, text))
