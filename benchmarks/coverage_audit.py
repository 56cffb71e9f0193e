"""Coverage audit: does the coder know the words wire copy uses for each of the 15 roots?

Usage: python benchmarks/coverage_audit.py [--write] [--misses] [--heldout-misses]

The material is a list of verbs, light-verb phrases, event nouns and idioms per PLOVER root,
brainstormed from news English and the CAMEO/PLOVER code descriptions (no sentence from any
gold set), each put in a short invented frame sentence between two country actors. ``--write``
turns the list into the probe family ``tests/data/coverage_study.tsv`` /
``coverage_heldout.tsv`` (the marked PLV layout); the split is fixed by position (within a
root, even entries study, odd entries held-out), made before any result was seen, so the
held-out half measures whether a rule written against the study half generalises. A second
round (``PHRASES_STUDY2``, words) and a third (``PHRASES_STUDY3``, constructions) join the
study half only. A fourth round (``PHRASES4``, how wire copy hides an event: nominal events,
events in "after"/"amid" clauses, headlines, datelines, "said" chains, phrasal verbs, idioms)
is split like the first, into files of its own (``coverage4_study.tsv`` /
``coverage4_heldout.tsv``). A fifth round (``PHRASES5``, session 30: events stated as a state,
adjectives and nouns of stance, acts done at another side's invitation or request, laws and
decrees, effects and agentless passives, denials that tell an act, rarer verbs) is split the
same way (``coverage5_study.tsv`` / ``coverage5_heldout.tsv``), with controls (``CONTROLS5``:
denials and questions that tell no act) in ``coverage5c_study.tsv`` / ``coverage5c_heldout.tsv``.
A sixth round (``PHRASES6``, session 31: readiness and willingness, multiword verbs and
idioms in new constructions, events in noun phrases after "amid"/"after"/"following", events
told as results, the register of state wire services) and its controls (``CONTROLS6``) are
split the same way into ``coverage6_*`` and ``coverage6c_*``.

Scoring reads the two files and prints, per root and in all, the share of marked pairs coded
with the gold root, and splits the misses into three classes: no event at all in the sentence,
events but none covering the marked pair, and the pair covered with a wrong root. A control
file's root is the one its pair must NOT get: a control fails when an asserted event of that
root covers the pair ("false event").
``--misses`` lists the study halves' misses; the held-out half is scored only, unless
``--heldout-misses`` is given (for the report after the rules).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FILES = {
    "study": DATA / "coverage_study.tsv",
    "heldout": DATA / "coverage_heldout.tsv",
    "study4": DATA / "coverage4_study.tsv",
    "heldout4": DATA / "coverage4_heldout.tsv",
    "study5": DATA / "coverage5_study.tsv",
    "heldout5": DATA / "coverage5_heldout.tsv",
    "study5c": DATA / "coverage5c_study.tsv",
    "heldout5c": DATA / "coverage5c_heldout.tsv",
    "study6": DATA / "coverage6_study.tsv",
    "heldout6": DATA / "coverage6_heldout.tsv",
    "study6c": DATA / "coverage6c_study.tsv",
    "heldout6c": DATA / "coverage6c_heldout.tsv",
}
# The halves whose lines are controls (the marked pair must not get the line's root).
CONTROL_HALVES = frozenset({"study5c", "heldout5c", "study6c", "heldout6c"})

# (name, adjective) of the states that fill the frames; the pair of an entry is fixed by its
# position, so the files are reproducible.
COUNTRIES = (
    ("France", "French"), ("Russia", "Russian"), ("China", "Chinese"), ("Kenya", "Kenyan"),
    ("Germany", "German"), ("Iran", "Iranian"), ("Brazil", "Brazilian"),
    ("Ukraine", "Ukrainian"), ("Japan", "Japanese"), ("Egypt", "Egyptian"),
    ("India", "Indian"), ("Poland", "Polish"), ("Ethiopia", "Ethiopian"),
    ("Pakistan", "Pakistani"), ("Italy", "Italian"), ("Israel", "Israeli"),
    ("Vietnam", "Vietnamese"), ("Nigeria", "Nigerian"), ("Canada", "Canadian"),
    ("Serbia", "Serbian"), ("Indonesia", "Indonesian"), ("Sudan", "Sudanese"),
    ("Mexico", "Mexican"), ("Armenia", "Armenian"), ("Spain", "Spanish"),
    ("Algeria", "Algerian"), ("Greece", "Greek"), ("Belarus", "Belarusian"),
    ("Australia", "Australian"), ("Uganda", "Ugandan"),
)  # fmt: skip

# ROOT | frame. {S} / {T}: the marked source / target state; {sa} / {ta}: their adjectives
# and {sn} / {tn} their names, for frames that mark a larger phrase themselves.
PHRASES = """
AGREE|{S} pledged $50 million in reconstruction aid to {T} on Monday.
AGREE|{S} agreed to resume peace talks with {T}.
AGREE|{S} promised {T} it would ease visa rules for students.
AGREE|{S} offered {T} a $2 billion loan to shore up its currency.
AGREE|{S} vowed to stand by {T} in its dispute over the dam.
AGREE|{S} committed to supplying gas to {T} through the winter.
AGREE|{S} signalled its readiness to negotiate with {T} on the border.
AGREE|{S} expressed willingness to hold talks with {T} without preconditions.
AGREE|{S} accepted an invitation from {T} to attend next month's summit.
AGREE|{S} said it was ready to work with {T} on border security.
AGREE|{S} consented to a prisoner exchange with {T}.
AGREE|{S} undertook to repay its debts to {T} within five years.
AGREE|{S} gave assurances to {T} that it would not station missiles on the island.
AGREE|{S} agreed in principle to a ceasefire with {T}.
AGREE|{S} opened the door to talks with {T} on Tuesday.
AGREE|{S} promised to back {T}'s bid for a seat on the Security Council.
AGREE|{S} vowed to help {T} rebuild after the earthquake.
AGREE|{S} agreed to extradite the suspect to {T}.
AGREE|{S} said it would allow inspectors from {T} to visit the plant.
AGREE|{S} offered to broker a truce between {T} and the rebels.
AGREE|{S} volunteered to take in refugees from {T}.
AGREE|{S} promised to lift sanctions on {T} if the vote is fair.
AGREE|{S} pledged support for {T}'s economic reforms.
AGREE|{S} agreed to cooperate with {T} on counter-terrorism.
AGREE|{S} vowed to free the detained sailors of {T}.
AGREE|{S} said it was prepared to pull its troops out of {T}.
AGREE|{S} announced plans to open an embassy in {T}.
AGREE|{S} offered guarantees to {T} on the safety of its citizens.
AGREE|{S} made a commitment to {T} to cut tariffs on farm goods.
AGREE|{S} gave its word to {T} that the pipeline would be finished on time.
AGREE|{S} signed up to a proposal by {T} for a regional trade zone.
AGREE|{S} agreed to let {T} use its ports for grain exports.
AGREE|{S} promised weapons to {T} for its counteroffensive.
AGREE|{S} pledged to deepen military ties with {T}.
AGREE|{S} offered to mediate between {T} and its neighbour.
AGREE|{S} said it would send a team of engineers to {T} next year.
CONSULT|{S} held talks with {T} on Monday.
CONSULT|The foreign minister of {S} met his counterpart from {T} in Geneva.
CONSULT|{S} hosted a delegation from {T} for trade talks.
CONSULT|{S} phoned {T} to discuss the crisis.
CONSULT|The president of {S} spoke by telephone with the leader of {T}.
CONSULT|{S} conferred with {T} on the refugee question.
CONSULT|{S} consulted {T} before the vote.
CONSULT|{S} negotiated with {T} over fishing rights.
CONSULT|{S} sat down with {T} for a second round of negotiations.
CONSULT|{S} welcomed a trade mission from {T} on Wednesday.
CONSULT|The prime minister of {S} paid a visit to {T}.
CONSULT|The prime minister of {S} travelled to {T} for a two-day visit.
CONSULT|The president of {S} arrived in {T} on a state visit.
CONSULT|The foreign minister of {S} held a video call with his counterpart in {T}.
CONSULT|{S} exchanged views with {T} on regional security.
CONSULT|{S} held consultations with {T} on the nuclear file.
CONSULT|{S} met {T} on the sidelines of the G20 summit.
CONSULT|{S} mediated between {T} and the rebels.
CONSULT|{S} received the foreign minister of {T}.
CONSULT|{S} had a meeting with {T} about the drought.
CONSULT|{S} engaged in dialogue with {T} on human rights.
CONSULT|{S} discussed energy supplies with {T}.
CONSULT|{S} sent an envoy to {T} for talks on the hostages.
CONSULT|{S} hosted the president of {T} at a dinner in the capital.
CONSULT|The defence minister of {S} toured {T} this week.
CONSULT|{S} and {T} held a strategic dialogue in Tokyo.
CONSULT|{S} opened negotiations with {T} on a new gas contract.
CONSULT|{S} flew to {T} for crisis talks.
CONSULT|{S} convened a meeting with {T} on the water dispute.
CONSULT|{S} held a summit with {T} in the capital.
CONSULT|{S} called the leader of {T} after the election.
CONSULT|{S} briefed {T} on the outcome of the talks.
CONSULT|{S} entered into talks with {T} on debt relief.
CONSULT|{S} wrapped up a visit to {T} on Friday.
CONSULT|{S} hosted peace talks between {T} and the rebels.
CONSULT|An envoy from {S} shuttled to {T} for talks on the ceasefire.
SUPPORT|{S} praised {T} for its handling of the crisis.
SUPPORT|{S} lauded {T}'s efforts to curb smuggling.
SUPPORT|{S} hailed the reforms adopted by {T}.
SUPPORT|{S} commended {T} for holding peaceful elections.
SUPPORT|{S} endorsed {T}'s candidate for the top job.
SUPPORT|{S} backed {T} in its border dispute.
SUPPORT|{S} defended {T} against the accusations.
SUPPORT|{S} congratulated {T} on its national day.
SUPPORT|{S} thanked {T} for its help with the evacuation.
SUPPORT|{S} formally recognised {T} as an independent state.
SUPPORT|{S} apologised to {T} for the killing of its fishermen.
SUPPORT|{S} signed a treaty of friendship with {T}.
SUPPORT|{S} expressed solidarity with {T} after the floods.
SUPPORT|{S} threw its weight behind {T}'s peace plan.
SUPPORT|{S} voiced support for {T}'s bid to join the bloc.
SUPPORT|{S} applauded {T}'s decision to free the activists.
SUPPORT|{S} paid tribute to {T} for hosting refugees.
SUPPORT|{S} rallied behind {T} at the United Nations.
SUPPORT|{S} sided with {T} in the row over the islands.
SUPPORT|{S} championed {T}'s membership of the alliance.
SUPPORT|{S} spoke up for {T} at the summit.
SUPPORT|{S} established diplomatic relations with {T}.
SUPPORT|{S} normalised ties with {T} on Thursday.
SUPPORT|{S} restored relations with {T} after a decade-long rift.
SUPPORT|{S} signed a memorandum of understanding with {T} on energy.
SUPPORT|{S} inked a free trade deal with {T}.
SUPPORT|{S} forgave {T} for the border incident.
SUPPORT|{S} stood up for {T} in the debate over the resolution.
SUPPORT|{S} welcomed the release of prisoners by {T}.
SUPPORT|{S} vouched for {T} before the lenders.
SUPPORT|{S} cheered {T}'s return to the talks.
SUPPORT|{S} lent its backing to {T}'s ceasefire proposal.
SUPPORT|{S} embraced {T}'s plan for a regional summit.
SUPPORT|{S} extended recognition to the new government of {T}.
SUPPORT|{S} saluted {T} for its restraint.
SUPPORT|{S} came out in support of {T} in the trade row.
COOPERATE|{S} held joint military exercises with {T}.
COOPERATE|{S} conducted joint naval drills with {T} in the Black Sea.
COOPERATE|{S} partnered with {T} to build a nuclear power plant.
COOPERATE|{S} teamed up with {T} to fight piracy.
COOPERATE|{S} joined forces with {T} against the militants.
COOPERATE|{S} shared intelligence with {T} on the bombing suspects.
COOPERATE|{S} extradited a fugitive banker to {T}.
COOPERATE|{S} handed over a wanted militant to {T}.
COOPERATE|{S} launched a joint venture with {T} to mine lithium.
COOPERATE|{S} carried out joint patrols with {T} along the border.
COOPERATE|{S} fought alongside {T} against the insurgents.
COOPERATE|{S} coordinated air strikes with {T}.
COOPERATE|{S} set up a joint commission with {T} to manage the river.
COOPERATE|{S} launched a joint investigation with {T} into the crash.
COOPERATE|{S} collaborated with {T} on a vaccine.
COOPERATE|{S} worked together with {T} to dismantle a smuggling ring.
COOPERATE|{S} sold fighter jets to {T}.
COOPERATE|{S} exported wheat to {T}.
COOPERATE|{S} bought oil from {T}.
COOPERATE|{S} invested $3 billion in {T}'s ports.
COOPERATE|{S} traded intelligence with {T} on the smugglers.
COOPERATE|{S} linked its power grid with {T}.
COOPERATE|{S} pooled resources with {T} to build a satellite.
COOPERATE|{S} arrested two suspects at the request of {T}.
COOPERATE|{S} carried out a joint operation with {T} against drug cartels.
COOPERATE|{S} co-developed a missile system with {T}.
COOPERATE|{S} jointly patrolled the strait with {T}.
COOPERATE|{S} opened its air bases to {T} for the operation.
COOPERATE|{S} allowed {T} to use its airspace for the rescue flights.
COOPERATE|{S} and {T} staged war games near the border.
COOPERATE|{S} exchanged data with {T} on the outbreak.
COOPERATE|{S} signed on to {T}'s naval coalition and sent a frigate.
COOPERATE|{S} built a railway in {T}.
COOPERATE|{S} supplied {T} with liquefied natural gas under a new contract.
COOPERATE|{S} trained alongside {T} in mountain warfare.
COOPERATE|{S} tipped off {T} about a planned attack.
AID|{S} sent humanitarian aid to {T} on Monday.
AID|{S} airlifted medical supplies to {T}.
AID|{S} donated 2 million vaccine doses to {T}.
AID|{S} extended a $500 million credit line to {T}.
AID|{S} granted asylum to a dissident from {T}.
AID|{S} airdropped food to {T}.
AID|{S} shipped emergency food aid to {T}.
AID|{S} provided a loan of $1 billion to {T}.
AID|{S} deployed peacekeepers to {T}.
AID|{S} dispatched a rescue team to {T} after the earthquake.
AID|{S} wrote off {T}'s debt.
AID|{S} bailed out {T} with a $10 billion package.
AID|{S} disbursed $200 million to {T}.
AID|{S} funded a new hospital in {T}.
AID|{S} armed {T} with anti-tank missiles.
AID|{S} supplied weapons to {T}.
AID|{S} delivered tents and blankets to {T}.
AID|{S} trucked food into {T}.
AID|{S} sent medical teams to {T}.
AID|{S} gave {T} $30 million in relief.
AID|{S} came to the aid of {T} after the floods.
AID|{S} threw a financial lifeline to {T}.
AID|{S} rushed aid to {T} after the cyclone.
AID|{S} provided budget support to {T}.
AID|{S} gave refuge to thousands of refugees from {T}.
AID|{S} offered shelter to people fleeing {T}.
AID|{S} evacuated wounded civilians from {T} for treatment.
AID|{S} handed {T} a grant of $40 million.
AID|{S} channelled funds to {T} through the World Bank.
AID|{S} financed the reconstruction of schools in {T}.
AID|{S} equipped the army of {T} with armoured vehicles.
AID|{S} provided air cover for {T}'s troops.
AID|{S} sent firefighting planes to {T}.
AID|{S} contributed troops to the peacekeeping mission in {T}.
AID|{S} forgave $1 billion of debt owed by {T}.
AID|{S} gifted two patrol boats to {T}.
YIELD|{S} released ten fishermen from {T}.
YIELD|{S} freed a detained journalist from {T}.
YIELD|{S} pardoned two nationals of {T}.
YIELD|{S} handed back the seized tanker to {T}.
YIELD|{S} returned the looted artefacts to {T}.
YIELD|{S} withdrew its troops from {T}.
YIELD|{S} pulled out of {T} after a decade.
YIELD|{S} ceded the disputed islands to {T}.
YIELD|{S} relinquished control of the port to {T}.
YIELD|{S} lifted its siege of a town held by {T}.
YIELD|{S} lifted sanctions on {T}.
YIELD|{S} eased trade restrictions on {T}.
YIELD|{S} reopened its border with {T}.
YIELD|{S} allowed aid convoys into {T}.
YIELD|{S} surrendered to {T}.
YIELD|{S} backed down in its standoff with {T}.
YIELD|{S} caved in to demands from {T}.
YIELD|{S} gave in to pressure from {T}.
YIELD|{S} bowed to pressure from {T} and dropped the tariffs.
YIELD|{S} unfroze the assets of {T}.
YIELD|{S} lifted its ban on imports from {T}.
YIELD|{S} repatriated prisoners of war to {T}.
YIELD|{S} scrapped the tariffs it had imposed on {T}.
YIELD|{S} dropped its objection to {T}'s membership.
YIELD|{S} acceded to {T}'s demand for a new vote.
YIELD|{S} declared a ceasefire with {T}.
YIELD|{S} stood down its forces on the border with {T}.
YIELD|{S} evacuated its forces from {T}.
YIELD|{S} let inspectors from {T} into the site.
YIELD|{S} de-escalated its dispute with {T}.
YIELD|{S} removed {T} from its sanctions list.
YIELD|{S} dismantled its checkpoints on the border with {T}.
YIELD|{S} vacated the outposts it held in {T}.
YIELD|{S} conceded the disputed region to {T}.
YIELD|{S} halted its offensive against {T}.
YIELD|{S} waived the fines it had imposed on {T}.
REQUEST|{S} asked {T} for help in fighting the fires.
REQUEST|{S} urged {T} to release the activists.
REQUEST|{S} called on {T} to withdraw its troops.
REQUEST|{S} appealed to {T} for emergency aid.
REQUEST|{S} demanded that {T} pay compensation.
REQUEST|{S} pressed {T} to open its markets.
REQUEST|{S} requested the extradition of the suspect from {T}.
REQUEST|{S} implored {T} to spare the hostages.
REQUEST|{S} pleaded with {T} to reopen the crossing.
REQUEST|{S} sought help from {T} to find the missing sailors.
REQUEST|{S} lobbied {T} to drop the tariffs.
REQUEST|{S} invited {T} to join the talks.
REQUEST|{S} pushed {T} to hold early elections.
REQUEST|{S} made a plea to {T} for calm.
REQUEST|{S} submitted a formal request to {T} for weapons.
REQUEST|{S} turned to {T} for financial help.
REQUEST|{S} renewed its call on {T} to free the journalists.
REQUEST|{S} insisted that {T} hand over the suspects.
REQUEST|{S} exhorted {T} to show restraint.
REQUEST|{S} pressured {T} to expel the militants.
REQUEST|{S} leaned on {T} to accept the deal.
REQUEST|{S} sought {T}'s support for the resolution.
REQUEST|{S} begged {T} to send more air defences.
REQUEST|{S} petitioned {T} to lift the embargo.
REQUEST|{S} wants {T} to return the seized ship.
REQUEST|{S} told {T} to stop the shelling.
REQUEST|{S} asked {T} to extradite the former minister.
REQUEST|{S} encouraged {T} to join the peace process.
REQUEST|{S} appealed for calm in {T}.
REQUEST|{S} called for talks with {T}.
REQUEST|{S} demanded an apology from {T}.
REQUEST|{S} requested a meeting with {T}.
REQUEST|{S} pushed for sanctions relief from {T}.
REQUEST|{S} made an appeal to {T} to protect civilians.
REQUEST|{S} prodded {T} to speed up the reforms.
REQUEST|{S} issued a plea to {T} for more vaccines.
ACCUSE|{S} accused {T} of meddling in its elections.
ACCUSE|{S} blamed {T} for the explosion.
ACCUSE|{S} condemned {T} over the killings.
ACCUSE|{S} criticised {T} for its handling of the protests.
ACCUSE|{S} denounced {T}'s nuclear test.
ACCUSE|{S} slammed {T} over the arrests.
ACCUSE|{S} lashed out at {T} on Tuesday.
ACCUSE|{S} rebuked {T} for violating the truce.
ACCUSE|{S} censured {T} at the rights council.
ACCUSE|{S} chided {T} over its human rights record.
ACCUSE|{S} castigated {T} for backing the rebels.
ACCUSE|{S} sued {T} at the International Court of Justice.
ACCUSE|{S} filed a complaint against {T} at the WTO.
ACCUSE|{S} lodged a protest with {T} over the incursion.
ACCUSE|{S} summoned the ambassador of {T} over the spying row.
ACCUSE|{S} launched an investigation into {T}'s steel subsidies.
ACCUSE|{S} pointed the finger at {T} for the cyberattack.
ACCUSE|{S} held {T} responsible for the deaths.
ACCUSE|{S} took {T} to court over the gas contract.
ACCUSE|{S} decried {T}'s treatment of its minorities.
ACCUSE|{S} deplored {T}'s missile launch.
ACCUSE|{S} berated {T} for breaking its promises.
ACCUSE|{S} hit out at {T} over the border closure.
ACCUSE|{S} took aim at {T} over its currency policy.
ACCUSE|{S} railed against {T}'s trade practices.
ACCUSE|{S} reproached {T} for its silence on the massacre.
ACCUSE|{S} charged {T} with violating the ceasefire.
ACCUSE|{S} alleged that {T} had funded the militants.
ACCUSE|{S} faulted {T} for the collapse of the talks.
ACCUSE|{S} assailed {T} over the detention of its nationals.
ACCUSE|{S} complained to {T} about the treatment of its fishermen.
ACCUSE|{S} probed {T}'s role in the coup.
ACCUSE|{S} excoriated {T} for the blockade.
ACCUSE|{S} called out {T} for human rights abuses.
ACCUSE|{S} scolded {T} for its failure to pay its dues.
ACCUSE|{S} voiced outrage at {T} over the attack.
REJECT|{S} rejected {T}'s peace proposal.
REJECT|{S} turned down a request from {T} for weapons.
REJECT|{S} rebuffed {T}'s offer of talks.
REJECT|{S} spurned an overture from {T}.
REJECT|{S} dismissed {T}'s demands as absurd.
REJECT|{S} vetoed a resolution drafted by {T}.
REJECT|{S} snubbed {T} by skipping the summit.
REJECT|{S} declined an invitation from {T}.
REJECT|{S} shrugged off warnings from {T}.
REJECT|{S} balked at {T}'s demand for reparations.
REJECT|{S} brushed aside criticism from {T}.
REJECT|{S} ignored {T}'s call for a ceasefire.
REJECT|{S} defied {T} and went ahead with the launch.
REJECT|{S} repudiated the treaty with {T}.
REJECT|{S} said no to {T}'s request for a loan.
REJECT|{S} resisted pressure from {T} to expel the diplomats.
REJECT|{S} refused to recognise {T}'s claim to the islands.
REJECT|{S} refused {T}'s request for an extradition.
REJECT|{S} ruled out talks with {T}.
REJECT|{S} scoffed at {T}'s threats.
REJECT|{S} poured cold water on {T}'s plan for a buffer zone.
REJECT|{S} stonewalled {T} on the investigation.
REJECT|{S} refused entry to a delegation from {T}.
REJECT|{S} disregarded {T}'s warnings.
REJECT|{S} denied {T}'s request for overflight rights.
REJECT|{S} blocked {T}'s bid to join the bloc.
REJECT|{S} refused to hand over the suspects to {T}.
REJECT|{S} rebuffed calls from {T} to free the journalist.
REJECT|{S} turned a deaf ear to {T}'s appeals.
REJECT|{S} refused to pay the debt it owed {T}.
REJECT|{S} would not bow to pressure from {T}.
REJECT|{S} threw out {T}'s claim for compensation.
REJECT|{S} declined to extradite the suspect to {T}.
REJECT|{S} refused to accept the ruling in favour of {T}.
REJECT|{S} said it would not negotiate with {T}.
REJECT|{S} brushed off {T}'s call for an inquiry.
THREATEN|{S} threatened {T} with sanctions.
THREATEN|{S} warned {T} of serious consequences.
THREATEN|{S} issued an ultimatum to {T}.
THREATEN|{S} gave {T} 48 hours to withdraw its troops.
THREATEN|{S} vowed revenge against {T}.
THREATEN|{S} vowed to retaliate against {T}.
THREATEN|{S} threatened to cut off gas supplies to {T}.
THREATEN|{S} threatened to expel diplomats from {T}.
THREATEN|{S} warned {T} against crossing the line.
THREATEN|{S} vowed to crush any attack by {T}.
THREATEN|{S} put {T} on notice.
THREATEN|{S} said it would strike {T} if provoked.
THREATEN|{S} threatened military action against {T}.
THREATEN|{S} warned that it could invade {T}.
THREATEN|{S} threatened to sever ties with {T}.
THREATEN|{S} threatened to impose tariffs on {T}.
THREATEN|{S} rattled its sabre at {T}.
THREATEN|{S} warned {T} it would pay a heavy price.
THREATEN|{S} threatened to pull out of the treaty with {T}.
THREATEN|{S} said it would not hesitate to use force against {T}.
THREATEN|{S} menaced {T} with nuclear weapons.
THREATEN|{S} threatened to halt aid to {T}.
THREATEN|{S} set a deadline for {T} to free the hostages.
THREATEN|{S} warned {T} to stay out of the conflict.
THREATEN|{S} threatened to shoot down any plane from {T} that crossed the border.
THREATEN|{S} cautioned {T} against any provocation.
THREATEN|{S} threatened to blockade {T}'s ports.
THREATEN|{S} raised the prospect of war with {T}.
THREATEN|{S} vowed to make {T} pay for the attack.
THREATEN|{S} threatened to close its border with {T}.
THREATEN|{S} threatened to sue {T}.
THREATEN|{S} issued a stern warning to {T}.
THREATEN|{S} threatened {T} with retaliation.
THREATEN|{S} warned of a forceful response to {T}.
THREATEN|{S} threatened to boycott the summit in {T}.
THREATEN|{S} dared {T} to attack.
PROTEST|<s>Thousands of {sa} students</s> protested outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} activists</s> demonstrated against <t>{tn}</t> in the capital.
PROTEST|<s>{sa} farmers</s> rallied against <t>{tn}</t>'s trade deal.
PROTEST|<s>Hundreds of {sa} workers</s> marched on <t>the {ta} consulate</t>.
PROTEST|<s>{sa} unions</s> picketed <t>the {ta} embassy</t>.
PROTEST|<s>{sa} students</s> staged a sit-in outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} truckers</s> went on strike against <t>the {ta} government</t>.
PROTEST|{S} boycotted the summit hosted by {T}.
PROTEST|<s>The {sa} delegation</s> walked out of a speech by <t>the {ta} president</t>.
PROTEST|<s>{sa} lawmakers</s> staged a walkout during an address by <t>the {ta} president</t>.
PROTEST|<s>{sa} protesters</s> blocked roads leading to <t>the {ta} embassy</t>.
PROTEST|<s>{sa} protesters</s> rioted outside <t>the {ta} consulate</t>.
PROTEST|<s>{sa} demonstrators</s> burned flags of <t>{tn}</t> in the capital.
PROTEST|<s>{sa} prisoners</s> went on hunger strike against <t>{tn}</t>.
PROTEST|<s>{sa} fishermen</s> took to the streets against <t>{tn}</t>.
PROTEST|<s>{sa} protesters</s> chanted slogans against <t>{tn}</t>.
PROTEST|<s>{sa} demonstrators</s> pelted <t>the {ta} embassy</t> with eggs.
PROTEST|<s>{sa} activists</s> occupied the offices of <t>a {ta} company</t>.
PROTEST|<s>{sa} crowds</s> poured into the streets to protest against <t>{tn}</t>.
PROTEST|<s>{sa} activists</s> held a protest outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} protesters</s> waved placards denouncing <t>{tn}</t>.
PROTEST|<s>{sa} students</s> rallied outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} shoppers</s> boycotted goods from <t>{tn}</t>.
PROTEST|<s>{sa} dockworkers</s> refused to unload ships from <t>{tn}</t> in protest.
PROTEST|<s>{sa} opposition supporters</s> marched against <t>the {ta} government</t>.
PROTEST|<s>{sa} nationalists</s> gathered outside <t>the {ta} embassy</t> to protest.
PROTEST|<s>{sa} workers</s> held a strike against <t>a {ta} mining firm</t>.
PROTEST|<s>{sa} activists</s> staged a protest against <t>{tn}</t>'s dam project.
PROTEST|<s>{sa} protesters</s> besieged <t>the {ta} embassy</t>.
PROTEST|<s>{sa} protesters</s> clashed with police outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} pilgrims</s> held a vigil outside <t>the {ta} embassy</t> in protest.
PROTEST|<s>{sa} miners</s> downed tools against <t>a {ta} company</t>.
PROTEST|<s>{sa} students</s> held a demonstration against <t>{tn}</t>.
PROTEST|<s>{sa} activists</s> mounted a blockade of <t>the {ta} embassy</t>.
PROTEST|<s>{sa} protesters</s> rioted over <t>{tn}</t>'s border closure.
PROTEST|<s>{sa} farmers</s> blockaded the border crossing with <t>{tn}</t> in protest.
SANCTION|{S} expelled five diplomats from {T}.
SANCTION|{S} recalled its ambassador from {T}.
SANCTION|{S} severed diplomatic ties with {T}.
SANCTION|{S} cut ties with {T}.
SANCTION|{S} downgraded its relations with {T}.
SANCTION|{S} suspended aid to {T}.
SANCTION|{S} cut off military aid to {T}.
SANCTION|{S} closed its embassy in {T}.
SANCTION|{S} suspended talks with {T}.
SANCTION|{S} pulled out of negotiations with {T}.
SANCTION|{S} walked out of talks with {T}.
SANCTION|{S} withdrew from a treaty with {T}.
SANCTION|{S} ordered monitors from {T} to leave.
SANCTION|{S} declared a diplomat from {T} persona non grata.
SANCTION|{S} cancelled a planned visit to {T}.
SANCTION|{S} shut its consulate in {T}.
SANCTION|{S} ended military cooperation with {T}.
SANCTION|{S} halted arms deliveries to {T}.
SANCTION|{S} withdrew its peacekeepers from {T}.
SANCTION|{S} called off a summit with {T}.
SANCTION|{S} terminated its defence pact with {T}.
SANCTION|{S} froze development aid to {T}.
SANCTION|{S} broke off relations with {T}.
SANCTION|{S} kicked out the ambassador of {T}.
SANCTION|<s>The African Union</s> suspended <t>{tn}</t> from the bloc.
SANCTION|{S} stopped funding projects in {T}.
SANCTION|{S} pulled its diplomats out of {T}.
SANCTION|{S} scaled back its diplomatic presence in {T}.
SANCTION|{S} cut its aid budget for {T} by half.
SANCTION|{S} ordered aid workers from {T} to leave the country.
SANCTION|{S} abandoned negotiations with {T}.
SANCTION|{S} postponed indefinitely its talks with {T}.
SANCTION|{S} suspended its participation in talks with {T}.
SANCTION|{S} withdrew its ambassador to {T}.
SANCTION|{S} halted loans to {T}.
SANCTION|{S} cancelled its aid programme in {T}.
MOBILIZE|{S} deployed troops to its border with {T}.
MOBILIZE|{S} massed troops near {T}.
MOBILIZE|{S} put its forces on high alert along the border with {T}.
MOBILIZE|{S} mobilised reservists amid tensions with {T}.
MOBILIZE|{S} moved tanks to the frontier with {T}.
MOBILIZE|{S} sent warships to waters off {T}.
MOBILIZE|{S} held military drills near its border with {T}.
MOBILIZE|{S} stationed missiles near {T}.
MOBILIZE|{S} reinforced its border with {T}.
MOBILIZE|{S} beefed up its military presence near {T}.
MOBILIZE|{S} scrambled fighter jets toward {T}.
MOBILIZE|{S} built up forces along its frontier with {T}.
MOBILIZE|{S} called up 300,000 reservists for war with {T}.
MOBILIZE|{S} raised the alert level of its army over {T}.
MOBILIZE|{S} dispatched an aircraft carrier toward {T}.
MOBILIZE|{S} flexed its military muscle in a show of force aimed at {T}.
MOBILIZE|{S} sent reinforcements to the frontier with {T}.
MOBILIZE|{S} positioned artillery along its border with {T}.
MOBILIZE|{S} rushed troops to the frontier with {T}.
MOBILIZE|{S} put its nuclear forces on alert over {T}.
MOBILIZE|{S} concentrated troops on the border with {T}.
MOBILIZE|{S} staged war games near {T}.
MOBILIZE|{S} bolstered its naval presence near {T}.
MOBILIZE|{S} moved missile launchers closer to {T}.
MOBILIZE|{S} readied its army for a possible war with {T}.
MOBILIZE|{S} amassed armour on the border with {T}.
MOBILIZE|{S} placed its troops on combat readiness against {T}.
MOBILIZE|{S} increased troop numbers near {T}.
MOBILIZE|{S} sent bombers to patrol near {T}.
MOBILIZE|{S} deployed air defences facing {T}.
MOBILIZE|{S} stepped up military patrols near {T}.
MOBILIZE|{S} held a show of force near {T}.
MOBILIZE|{S} ordered a general mobilisation against {T}.
MOBILIZE|{S} test-fired missiles in a warning to {T}.
MOBILIZE|{S} dispatched troops to the disputed border with {T}.
MOBILIZE|{S} brought in extra troops to the frontier with {T}.
COERCE|{S} imposed sanctions on {T}.
COERCE|{S} slapped tariffs on goods from {T}.
COERCE|{S} blacklisted three companies from {T}.
COERCE|{S} banned imports from {T}.
COERCE|{S} detained two nationals of {T}.
COERCE|{S} arrested a diplomat from {T}.
COERCE|{S} seized a tanker from {T}.
COERCE|{S} impounded a cargo ship from {T}.
COERCE|{S} confiscated assets belonging to {T}.
COERCE|{S} deported hundreds of migrants to {T}.
COERCE|{S} imposed a naval blockade on {T}.
COERCE|{S} closed its airspace to planes from {T}.
COERCE|{S} froze the assets of {T}'s central bank.
COERCE|{S} placed a citizen of {T} under house arrest.
COERCE|{S} imposed an embargo on {T}.
COERCE|{S} occupied a strip of land in {T}.
COERCE|{S} annexed a region of {T}.
COERCE|{S} cracked down on traders from {T}.
COERCE|{S} imposed a travel ban on officials from {T}.
COERCE|{S} restricted exports of chips to {T}.
COERCE|{S} intercepted a ship from {T}.
COERCE|{S} boarded a vessel from {T}.
COERCE|{S} held a crew from {T} captive.
COERCE|{S} barred airlines from {T} from its airports.
COERCE|{S} jailed a journalist from {T}.
COERCE|{S} took into custody three sailors from {T}.
COERCE|{S} rounded up migrants from {T}.
COERCE|{S} hit {T} with fresh sanctions.
COERCE|{S} put export controls on {T}.
COERCE|{S} imposed a curfew on migrants from {T}.
COERCE|{S} expelled hundreds of nationals of {T}.
COERCE|{S} besieged a town held by {T}.
COERCE|{S} sealed off its border with {T}.
COERCE|{S} raised tariffs on cars from {T}.
COERCE|{S} nationalised a mine owned by {T}.
COERCE|{S} locked up two activists from {T}.
ASSAULT|{S} attacked {T} on Monday.
ASSAULT|{S} shelled towns in {T}.
ASSAULT|{S} bombed targets in {T}.
ASSAULT|{S} launched air strikes on {T}.
ASSAULT|{S} stormed a base held by {T}.
ASSAULT|{S} raided an outpost of {T}.
ASSAULT|{S} ambushed a patrol from {T}.
ASSAULT|{S} abducted two soldiers from {T}.
ASSAULT|{S} kidnapped aid workers from {T}.
ASSAULT|{S} killed three soldiers from {T}.
ASSAULT|{S} shot down a drone from {T}.
ASSAULT|{S} fired rockets at {T}.
ASSAULT|{S} launched an offensive against {T}.
ASSAULT|{S} invaded {T}.
ASSAULT|{S} opened fire on troops from {T}.
ASSAULT|{S} pounded positions held by {T}.
ASSAULT|{S} bombarded {T}'s capital.
ASSAULT|{S} sank a warship from {T}.
ASSAULT|{S} hit {T} with a wave of drones.
ASSAULT|{S} assassinated a general from {T}.
ASSAULT|{S} massacred villagers in {T}.
ASSAULT|{S} tortured prisoners from {T}.
ASSAULT|{S} clashed with {T} on the border.
ASSAULT|{S} hijacked a plane from {T}.
ASSAULT|{S} fired missiles at {T}.
ASSAULT|{S} launched a cyberattack on {T}.
ASSAULT|{S} targeted {T}'s power grid with missiles.
ASSAULT|{S} rained shells on {T}.
ASSAULT|{S} struck {T}'s oil refineries.
ASSAULT|{S} gunned down three fishermen from {T}.
ASSAULT|{S} beat up a diplomat from {T}.
ASSAULT|{S} torpedoed a submarine from {T}.
ASSAULT|{S} mounted a raid on {T}.
ASSAULT|{S} carried out a drone strike on {T}.
ASSAULT|{S} overran a garrison held by {T}.
ASSAULT|{S} blew up a bridge in {T}.
"""

# A second round, for the roots weakest on real news (AID, PROTEST, COOPERATE, YIELD, AGREE,
# REQUEST), in more constructions (receivers as subjects, possessives, nouns): added to the
# study half only, after the first round was scored, so the held-out half stays as it was.
PHRASES_STUDY2 = """
AID|{T} received $300 million in aid from {S}.
AID|{S} rushed field hospitals to {T}.
AID|{S} set up a field hospital in {T}.
AID|{S} shipped generators to {T} after strikes on its power plants.
AID|{S} is footing the bill for {T}'s new water plant.
AID|{S} stepped in with emergency funding for {T}.
AID|{S} topped up its aid to {T}.
AID|{S} sent a hospital ship to {T}.
AID|{S} provided {T} with night-vision goggles.
AID|{S} took in 2,000 refugees from {T}.
AID|{S} resettled hundreds of refugees from {T}.
AID|{S} rescheduled {T}'s debt.
AID|{S} sent search-and-rescue teams to {T}.
AID|Aid from {S} reached {T} on Tuesday.
AID|{S} flew in medical supplies to {T}.
AID|{S} handed over ambulances to {T}.
AID|{S} delivered a second batch of vaccines to {T}.
PROTEST|<s>{sa} opposition supporters</s> marched through the capital against <t>{tn}</t>'s plans.
PROTEST|<s>{sa} students</s> occupied <t>the {ta} cultural centre</t>.
PROTEST|<s>{sa} activists</s> chained themselves to the gates of <t>the {ta} embassy</t>.
PROTEST|<s>{sa} veterans</s> staged a march on <t>the {ta} embassy</t>.
PROTEST|<s>{sa} demonstrators</s> gathered in front of <t>the {ta} embassy</t>.
PROTEST|<s>{sa} truckers</s> blocked a crossing in protest against <t>{tn}</t>'s new tolls.
PROTEST|<s>{sa} dissidents</s> launched a hunger strike outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} farmers</s> dumped manure outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} students</s> held a candlelight protest outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} workers</s> downed tools at <t>a {ta} car plant</t>.
PROTEST|<s>{sa} activists</s> picketed outside <t>the {ta} consulate</t>.
PROTEST|<s>{sa} villagers</s> took to the streets to protest <t>{tn}</t>'s dam.
PROTEST|<s>A {sa} union</s> called a strike against <t>a {ta} shipping firm</t>.
PROTEST|<s>{sa} workers</s> walked off the job at <t>a {ta} mine</t>.
COOPERATE|{S} granted {T} access to its naval base.
COOPERATE|{S} leased a port to {T}.
COOPERATE|{S} bought 50 tanks from {T}.
COOPERATE|{S} imported gas from {T}.
COOPERATE|{S} resumed trade with {T}.
COOPERATE|{S} allowed warships from {T} to dock at its ports.
COOPERATE|{S} granted {T} overflight rights.
COOPERATE|{S} passed on intelligence to {T} about the plot.
COOPERATE|{S} handed {T} a list of suspects.
COOPERATE|{S} held a joint counter-terror drill with {T}.
COOPERATE|{S} deepened energy trade with {T}.
COOPERATE|{S} sold gas to {T} at a discount.
COOPERATE|{S} hosted troops from {T} at its air base.
COOPERATE|{S} and {T} launched a joint naval patrol.
YIELD|{S} freed {T}'s ambassador after a week in custody.
YIELD|{S} handed over the bodies of two soldiers to {T}.
YIELD|{S} returned the remains of fallen soldiers to {T}.
YIELD|{S} pulled back its troops from the border with {T}.
YIELD|{S} lifted its travel ban on citizens of {T}.
YIELD|{S} reversed its decision to expel diplomats from {T}.
YIELD|{S} backed away from its threat to cut gas to {T}.
YIELD|{S} handed the disputed village back to {T}.
YIELD|{S} gave up its claim to the islands held by {T}.
YIELD|{S} relented and let ships from {T} through the strait.
YIELD|{S} called off its offensive against {T}.
YIELD|{S} ended its blockade of {T}.
YIELD|{S} reopened its airspace to flights from {T}.
YIELD|{S} dropped charges against two nationals of {T}.
AGREE|{S} is ready to supply {T} with grain.
AGREE|{S} pledged to buy more gas from {T}.
AGREE|{S} expressed readiness to mediate between {T} and the rebels.
AGREE|{S} signalled it would accept {T}'s offer.
AGREE|{S} promised {T} more air defence systems.
AGREE|{S} committed $100 million to {T}'s reconstruction.
AGREE|{S} agreed to a swap of prisoners with {T}.
AGREE|{S} agreed to {T}'s request for a ceasefire.
AGREE|{S} accepted {T}'s offer of talks.
AGREE|{S} said it was open to talks with {T}.
AGREE|{S} expressed interest in buying gas from {T}.
AGREE|{S} voiced readiness to restore ties with {T}.
AGREE|{S} vowed to defend {T} against any attack.
REQUEST|{S} sought an explanation from {T} over the incident.
REQUEST|{S} requested {T}'s assistance in the search.
REQUEST|{S} pressed {T} for answers over the crash.
REQUEST|{S} made a request to {T} for the return of the artefacts.
REQUEST|{S} applied to {T} for a loan.
REQUEST|{S} urged restraint on {T}.
REQUEST|{S} demanded the return of its seized ship from {T}.
REQUEST|{S} sought clarification from {T} on the new rules.
REQUEST|{S} asked {T} for an extension of the deadline.
REQUEST|{S} is seeking a loan from {T}.
REQUEST|{S} issued a call to {T} to resume talks.
REQUEST|{S} put in a request to {T} for more troops.
REQUEST|{S} appealed to {T} to show mercy to the prisoners.
"""

# A third round, of constructions rather than words (passives with "by", possessives and
# nouns, headlines in the present tense, symmetric subjects), added to the study half only.
PHRASES_STUDY3 = """
AID|Medical supplies were airlifted to {T} by {S}.
AID|{T} was sent $40 million in emergency aid by {S}.
AID|A convoy of aid trucks sent by {S} crossed into {T}.
AID|{S}'s donation of 500 tonnes of rice to {T} arrived on Monday.
AID|{T} will get a $1 billion loan from {S}.
AID|Refugees from {T} were given shelter by {S}.
PROTEST|<t>The {ta} embassy</t> was picketed by <s>{sa} activists</s> on Monday.
PROTEST|<s>{sa} protesters</s> rally against <t>{tn}</t> in the capital
PROTEST|A march by <s>{sa} students</s> against <t>{tn}</t> drew thousands.
PROTEST|<s>{sa} workers</s> have been on strike for a week against <t>a {ta} firm</t>.
COOPERATE|{S} and {T} will hold joint drills next month.
COOPERATE|Joint exercises between {S} and {T} began on Monday.
COOPERATE|A suspect was extradited to {T} by {S}.
COOPERATE|Intelligence shared by {S} helped {T} foil the plot.
YIELD|<t>Ten {ta} fishermen</t> were released by {S}.
YIELD|Sanctions on {T} were lifted by {S}.
YIELD|{S}'s withdrawal of troops from {T} was completed on Friday.
YIELD|The seized tanker was returned to {T} by {S}.
AGREE|{S} says it will help {T} rebuild its army.
AGREE|{S}'s offer to mediate between {T} and the rebels was welcomed.
AGREE|{S} pledges aid to {T}
AGREE|{S} agrees to free <t>{ta} prisoners</t>
REQUEST|{T} was asked by {S} to hand over the suspects.
REQUEST|{S}'s call for {T} to withdraw its troops went unheeded.
REQUEST|{S} urges {T} to show restraint
REQUEST|A request by {S} for {T} to extradite the banker was turned down.
MOBILIZE|Troops from {S} massed on the border with {T}.
MOBILIZE|{S} is moving troops toward {T}, officials said.
COERCE|<t>Two {ta} journalists</t> were detained by {S}.
COERCE|Fresh sanctions were imposed on {T} by {S}.
ASSAULT|<t>Three {ta} soldiers</t> were killed by <s>{sa} forces</s>.
ASSAULT|{T} came under attack from {S} overnight.
SANCTION|{T}'s ambassador was expelled by {S}.
SANCTION|Aid to {T} was suspended by {S}.
THREATEN|{S} threatens {T} with tariffs
ACCUSE|{T} was accused by {S} of hiding weapons.
REJECT|{T}'s proposal was rejected by {S}.
SUPPORT|{T} was praised by {S} for its reforms.
CONSULT|The leaders of {S} and {T} met in Geneva.
"""

# A fourth round, of the ways wire copy hides an event (session 29): nominal events as subject
# or object ("X's expulsion of Y's diplomats drew..."), events in prepositional and participle
# clauses ("after talks with Y", "following X's strike on Y", "amid Y's protests"), headlines
# and datelines, events inside "said" chains, rarer verbs and phrasal verbs, and idioms. Like
# the first round, it is split by position within a root (even entries study, odd held-out)
# before any run, into files of its own (coverage4_study.tsv / coverage4_heldout.tsv), so the
# first two files keep their figures. Neighbouring entries are of one construction, so both
# halves get each kind.
PHRASES4 = """
AGREE|{S} said it had agreed with {T} to reopen the border crossing.
AGREE|{S} said on Monday that it had reached an understanding with {T} on fishing quotas.
AGREE|{S}'s pledge of $200 million to {T} was announced at the donors' conference.
AGREE|{S}'s promise to {T} of more gas next winter eased fears of shortages.
AGREE|{S} signed off on a plan by {T} to share the river's water.
AGREE|{S} gave the green light to {T}'s request to open a consulate.
AGREE|{S} struck a deal with {T} to end the row over the dam.
AGREE|{S} came to terms with {T} on the price of gas.
AGREE|{S} vows to stand with {T}
AGREE|{S} agrees to talks with {T}
AGREE|GENEVA, March 4 (Reuters) - {S} agreed on Tuesday to resume grain shipments to {T}.
AGREE|VIENNA (AP) — {S} has promised {T} it will allow nuclear inspectors back in.
AGREE|{S} held out the prospect of a trade deal to {T}.
AGREE|{S} is willing to hand over the suspects to {T}, its foreign minister said.
CONSULT|The visit by the president of {S} to {T} was the first in a decade.
CONSULT|A phone call between the leaders of {S} and {T} lasted an hour.
CONSULT|After talks with {T} on Monday, {S} said the two sides were close to a deal.
CONSULT|Following a meeting with {T} in Brussels, {S} announced new steps on migration.
CONSULT|{S}'s talks with {T} ended without agreement.
CONSULT|{S}'s meeting with {T} was cut short by the storm.
CONSULT|{S} reached out to {T} to discuss the crisis.
CONSULT|{S} sounded out {T} about a possible summit.
CONSULT|The foreign minister of {S} is due in {T} on Thursday for talks.
CONSULT|The president of {S} touched down in {T} for a state visit.
CONSULT|{S} to host {T} for talks on trade
CONSULT|{S} holds talks with {T} on gas
CONSULT|{S} said it had held talks with {T} on the hostages.
CONSULT|{S} said its envoy had met officials of {T} in Doha.
CONSULT|{S} huddled with {T} on the margins of the summit.
CONSULT|{S} kicked off talks with {T} on a trade pact.
SUPPORT|{S} threw its support behind {T}'s bid to host the games.
SUPPORT|{S} stood up for {T} at the United Nations.
SUPPORT|{S}'s praise for {T}'s reforms surprised observers.
SUPPORT|{S}'s recognition of {T} angered its neighbours.
SUPPORT|{S} said it stood with {T} after the attack.
SUPPORT|{S} said it fully backed {T} in the dispute.
SUPPORT|{S} patched up relations with {T}.
SUPPORT|{S} mended fences with {T} after years of hostility.
SUPPORT|{S} backs {T} in gas row
SUPPORT|{S} hails {T}'s election
SUPPORT|{T} won praise from {S} for its reforms.
SUPPORT|{T} won the backing of {S} for its bid to join the bloc.
SUPPORT|{S} sent a message of condolence to {T} after the earthquake.
SUPPORT|{S} extended its congratulations to {T} on the vote.
COOPERATE|{S} teamed up with {T} to fight piracy.
COOPERATE|{S} joined forces with {T} against the smugglers.
COOPERATE|{S}'s handover of a fugitive to {T} came after months of talks.
COOPERATE|The extradition of a banker by {S} to {T} was completed on Friday.
COOPERATE|{S} said it had shared intelligence with {T} about the bombing.
COOPERATE|{S} said it would sell wheat to {T} under a new contract.
COOPERATE|{S} and {T} stepped up security cooperation.
COOPERATE|{S} ramped up gas exports to {T}.
COOPERATE|{S} partnered with {T} to build a railway.
COOPERATE|{S} linked up with {T} on a joint space mission.
COOPERATE|{S} and {T} to hold joint naval drills
COOPERATE|{S} and {T} boost trade ties
COOPERATE|{S} worked hand in hand with {T} to track the fugitives.
COOPERATE|{S} signed on to a joint patrol with {T}.
AID|{S} poured millions into rebuilding {T}'s schools.
AID|{S} chipped in $20 million for {T}'s flood victims.
AID|{S}'s aid to {T} rose by a third last year.
AID|A shipment of vaccines from {S} landed in {T} on Monday.
AID|{S} bailed out {T} with a $5 billion loan.
AID|{S} came to the aid of {T} after the cyclone.
AID|{S} threw {T} a financial lifeline.
AID|{S} lent a helping hand to {T} after the floods.
AID|{S} said it had sent tents and blankets to {T}.
AID|{S} said it would supply {T} with more artillery shells.
AID|{S} sends fighter jets to {T}
AID|{S} gives {T} $1 billion for wheat
AID|{S} wrote off {T}'s debt.
AID|{S} extended a credit line to {T}.
YIELD|{S} rolled back tariffs on goods from {T}.
YIELD|{S} eased restrictions on imports from {T}.
YIELD|{S} pulled out of {T} after a decade of occupation.
YIELD|{S} pulled its last troops out of {T} on Sunday.
YIELD|{S} backed down in its dispute with {T}.
YIELD|{S} climbed down over its demands on {T}.
YIELD|{S}'s release of {T}'s sailors eased tensions.
YIELD|{S}'s decision to lift the ban on {T}'s beef was welcomed by farmers.
YIELD|{S} caved in to pressure from {T}.
YIELD|{S} bowed to demands from {T} and freed the journalists.
YIELD|{S} frees <t>{ta} sailors</t>
YIELD|{S} lifts ban on {T} flights
YIELD|{S} said it had withdrawn its troops from {T}.
YIELD|{S} said it would hand back the seized tanker to {T}.
REQUEST|{S} called on {T} to step up its efforts against smuggling.
REQUEST|{S} pressed {T} to crack down on the smugglers.
REQUEST|{S}'s appeal to {T} for calm went unanswered.
REQUEST|{S}'s demand that {T} pull back its troops was repeated on Monday.
REQUEST|{S} leaned on {T} to release the activists.
REQUEST|{S} is pushing {T} to open its markets.
REQUEST|{S} said it had asked {T} to extradite the suspect.
REQUEST|{S} said it wanted {T} to explain the incident.
REQUEST|{S} pleaded with {T} to spare the prisoners.
REQUEST|{S} implored {T} to return to the table.
REQUEST|{S} asks {T} for help
REQUEST|{S} urges {T} to free hostages
REQUEST|{S} lobbied {T} to drop the tariffs.
REQUEST|{S} reached out to {T} for help with the evacuation.
ACCUSE|{S} tore into {T} over the rigged vote.
ACCUSE|{S} took a swipe at {T} over its trade policies.
ACCUSE|{S} laid the blame on {T} for the blackout.
ACCUSE|{S} pinned the blame for the bombing on {T}.
ACCUSE|{S}'s criticism of {T} grew sharper on Monday.
ACCUSE|{S}'s accusations against {T} were dismissed as baseless.
ACCUSE|{S} said {T} was to blame for the attack.
ACCUSE|{S} said it held {T} responsible for the crash.
ACCUSE|{S} slams {T} over arrests
ACCUSE|{S} blames {T} for blast
ACCUSE|{S} cried foul over {T}'s tariffs.
ACCUSE|{S} spoke out against {T}'s treatment of journalists.
ACCUSE|Amid criticism from {S}, {T} defended its new law.
ACCUSE|Following complaints by {S}, {T} said it would review the rules.
REJECT|{S} walked away from talks with {T}.
REJECT|{S} turned its back on {T}'s offer of help.
REJECT|{S} brushed off {T}'s demands for compensation.
REJECT|{S} shrugged off {T}'s warnings.
REJECT|{S}'s rejection of {T}'s peace plan surprised diplomats.
REJECT|{S}'s refusal to extradite the suspects to {T} angered its leaders.
REJECT|{S} said it would not bow to pressure from {T}.
REJECT|{S} said no to {T}'s request for a loan.
REJECT|{S} rebuffs {T} on talks
REJECT|{S} rejects {T} peace plan
REJECT|{S} poured cold water on {T}'s proposal.
REJECT|{S} stonewalled {T} on the investigation.
REJECT|{S} balked at {T}'s demands.
REJECT|{S} dug in its heels against {T}'s proposal.
THREATEN|{S}'s threat to cut off gas to {T} rattled markets.
THREATEN|{S}'s warning to {T} came as talks stalled.
THREATEN|{S} said it would hit back at {T} if attacked.
THREATEN|{S} said {T} would pay dearly for the attack.
THREATEN|{S} threatened to walk away from its deal with {T}.
THREATEN|{S} warned {T} not to meddle in its affairs.
THREATEN|{S} vowed to make {T} pay for the killings.
THREATEN|{S} drew a red line for {T} over the islands.
THREATEN|{S} threatens to slap tariffs on {T}
THREATEN|{S} warns {T} over drills
THREATEN|{S} brandished the threat of sanctions against {T}.
THREATEN|{S} raised the spectre of war with {T}.
PROTEST|Amid protests by <s>{sa} students</s> against <t>{tn}</t>, the talks were postponed.
PROTEST|A rally by <s>{sa} farmers</s> outside <t>the {ta} embassy</t> turned violent.
PROTEST|<s>{sa} workers</s> walked out of <t>a {ta} car plant</t> over pay.
PROTEST|Thousands of <s>{sa} workers</s> went on strike at <t>a {ta} steel plant</t>.
PROTEST|<s>{sa} activists</s> staged a sit-in at <t>the {ta} consulate</t>.
PROTEST|<s>{sa} nurses</s> held a vigil outside <t>the {ta} embassy</t>.
PROTEST|<s>{sa} protesters</s> besieged <t>the {ta} embassy</t>.
PROTEST|<s>{sa} fishermen</s> blockaded <t>a {ta} port</t>.
PROTEST|<s>{sa} protesters</s> storm <t>{ta} embassy</t>
PROTEST|<s>{sa} students</s> rally against <t>{tn}</t>
PROTEST|<s>{sa} students</s> took to the streets against <t>{tn}</t>'s new law.
PROTEST|<s>{sa} demonstrators</s> burned flags of <t>{tn}</t> outside its embassy.
SANCTION|{S}'s expulsion of {T}'s diplomats drew a swift response.
SANCTION|{S}'s decision to recall its ambassador from {T} was criticised at home.
SANCTION|{S} slapped sanctions on {T} over the missile test.
SANCTION|{S} pulled the plug on its gas deal with {T}.
SANCTION|{S} cut ties with {T} over the killing.
SANCTION|{S} pulled its ambassador out of {T}.
SANCTION|{S} froze the assets of {T}'s central bank.
SANCTION|{S} halted arms sales to {T}.
SANCTION|{S} expels {T}'s envoy
SANCTION|{S} imposes sanctions on {T}
SANCTION|{S} said it had suspended flights to {T}.
SANCTION|{S} put a freeze on aid to {T}.
SANCTION|{S} blacklisted {T}'s state oil firm.
SANCTION|{S} shut its embassy in {T}.
MOBILIZE|{S}'s build-up of troops on the border with {T} alarmed the alliance.
MOBILIZE|Amid a military build-up by {S} near {T}, talks stalled.
MOBILIZE|{S} beefed up its forces along the border with {T}.
MOBILIZE|{S} stepped up military patrols near {T}.
MOBILIZE|{S} put its troops on high alert over {T}.
MOBILIZE|{S} deployed warships off the coast of {T}.
MOBILIZE|{S} said it had moved tanks to the border with {T}.
MOBILIZE|{S} called up reservists amid tensions with {T}.
MOBILIZE|{S} sends troops to {T} border
MOBILIZE|{S} masses tanks near {T}
MOBILIZE|{S} massed armour near the frontier with {T}.
MOBILIZE|{S} bolstered its naval presence near {T}.
COERCE|{S}'s arrest of two nationals of {T} sparked a row.
COERCE|{S}'s seizure of <t>a {ta} tanker</t> drew protests.
COERCE|{S} rounded up <t>{ta} migrants</t> in the capital.
COERCE|{S} locked up <t>two {ta} journalists</t>.
COERCE|{S} said it had detained <t>a {ta} spy</t>.
COERCE|{S} said it had seized <t>a {ta} fishing boat</t> in disputed waters.
COERCE|{S} arrests <t>{ta} diplomat</t>
COERCE|{S} seizes <t>{ta} tanker</t>
COERCE|{S} jammed {T}'s satellite signals.
COERCE|{S} impounded <t>a {ta} cargo ship</t>.
COERCE|{S} kicked out <t>{ta} aid workers</t>.
COERCE|{S} cracked down on <t>{ta} traders</t> in the border towns.
ASSAULT|Following {S}'s strike on {T}, oil prices jumped.
ASSAULT|After {S}'s missile attack on {T}, markets fell.
ASSAULT|{S}'s shelling of {T}'s border towns killed five people.
ASSAULT|The attack by {S} on {T}'s embassy killed two guards.
ASSAULT|{S} rained missiles on {T} overnight.
ASSAULT|{S} pounded {T}'s positions with artillery.
ASSAULT|{S} said it had shot down {T}'s drone.
ASSAULT|{S} said its jets had struck targets in {T}.
ASSAULT|{S} bombs {T} targets
ASSAULT|{S} strikes {T} oil depots
ASSAULT|{S} took out {T}'s radar sites.
ASSAULT|{S} struck back at {T} with missiles.
"""


# A fifth round (session 30), aimed at the forms rounds 1-4 left out and the PLV check half's
# second-largest miss class (no event at all in the sentence): events stated as a state
# ("relations ... have been frozen since", "is at odds with", "has been under Y's sanctions
# since"), events carried by adjectives and nouns of stance ("is critical of", "X's opposition
# to Y's plan", "X's support for Y"), acts done "following an invitation from", "at the request
# of" or "in response to" another side, laws and decrees aimed at another state, events told by
# their effect or by an agentless passive whose agent is a place ("diplomats were expelled from
# X"), denials that still tell an act ("X denied Y's minister entry") and rarer verbs of each
# root not in the earlier rounds (woo, placate, lambast, muzzle, evict, mothball, strafe ...).
# Split like the fourth round, by position within a root (even study, odd held-out), before
# any run, into coverage5_study.tsv / coverage5_heldout.tsv. ``CONTROLS5`` are sentences whose
# marked pair tells NO act of the given root (denials that it happened, questions, reports
# rejected as false); they are split the same way into coverage5c_study.tsv /
# coverage5c_heldout.tsv and a control is failed when an asserted event of that root covers
# its pair.
PHRASES5 = """
SANCTION|Relations between {S} and {T} have been frozen since the coup.
SANCTION|Diplomatic ties between {S} and {T} remain severed after last year's row.
SANCTION|{T} has been under sanctions from {S} since 2014.
SANCTION|{T} has been subject to an arms embargo by {S} for a decade.
SANCTION|{S} passed a law that bans imports from {T}.
SANCTION|{S} adopted a law barring {T}'s state firms from its telecoms market.
SANCTION|The president of {S} signed a decree suspending the trade treaty with {T}.
SANCTION|A decree issued by {S} halted all flights to {T}.
SANCTION|<t>{ta} diplomats</t> were expelled from <s>{sn}</s> on Monday.
SANCTION|The ambassador of {T} left {S} after being declared persona non grata.
SANCTION|{S} mothballed a joint gas project with {T}.
SANCTION|{S} shelved its free trade talks with {T}.
SANCTION|{S} revoked {T}'s trade privileges.
SANCTION|{S} scrapped visa-free travel for citizens of {T}.
ACCUSE|{S} has been at odds with {T} over the dam for years.
ACCUSE|{S} remains at loggerheads with {T} over the islands.
ACCUSE|{S} is locked in a bitter dispute with {T} over fishing rights.
ACCUSE|{S} is embroiled in a row with {T} over the pipeline.
ACCUSE|{S} is highly critical of {T}'s crackdown on protesters.
ACCUSE|{S} was sharply critical of {T}'s handling of the outbreak.
ACCUSE|{S} was furious with {T} over the leaked cables.
ACCUSE|{S} is angry at {T} over its new tariffs.
ACCUSE|{S}'s condemnation of {T}'s missile test was swift.
ACCUSE|{S}'s disapproval of {T}'s election was made plain on Monday.
ACCUSE|{S} lambasted {T} for its treatment of migrants.
ACCUSE|{S} upbraided {T} over the border incident.
ACCUSE|{S} chastised {T} for missing the deadline.
ACCUSE|{S} savaged {T}'s record on press freedom.
ACCUSE|{S} questioned {T}'s decision to close the border.
ACCUSE|{S} took issue with {T}'s account of the clash.
REJECT|{S} is opposed to {T}'s plan to build a dam on the river.
REJECT|{S} remains firmly opposed to {T}'s membership of the alliance.
REJECT|{S}'s opposition to {T}'s bid stalled the talks.
REJECT|{S}'s resistance to {T}'s proposal has hardened.
REJECT|{S} denied the foreign minister of {T} entry.
REJECT|{S} denied visas to {T}'s athletes.
REJECT|{S} refused {T}'s jets permission to land.
REJECT|{S} denied {T}'s warships access to its ports.
REJECT|{T}'s peace offer was spurned by {S}.
REJECT|{T} was snubbed by {S} at the summit.
REJECT|{S} nixed a deal with {T} on fishing quotas.
REJECT|{S} scuppered {T}'s plan for a regional bank.
REJECT|{S} disowned the accord that its envoy had signed with {T}.
REJECT|{S} thumbed its nose at {T}'s demands.
SUPPORT|{S}'s support for {T} has not wavered.
SUPPORT|{S}'s backing for {T}'s candidate secured the post.
SUPPORT|{S} is supportive of {T}'s peace efforts.
SUPPORT|{S} is sympathetic to {T}'s position on the dispute.
SUPPORT|{S} is grateful to {T} for its help with the rescue.
SUPPORT|{S} remains a staunch supporter of {T}.
SUPPORT|{S} extolled {T}'s handling of the crisis.
SUPPORT|{S} heaped praise on {T} for its reforms.
SUPPORT|{S} feted the leader of {T} at a state banquet.
SUPPORT|{S} embraced the new government of {T}.
CONSULT|Following an invitation from {T}, the president of {S} visited the capital.
CONSULT|At the invitation of {T}, the foreign minister of {S} travelled to its capital for talks.
CONSULT|The prime minister of {S} is in {T} at the invitation of its government.
CONSULT|{S} is in talks with {T} on a new trade pact.
CONSULT|{S} has been in close contact with {T} since the crisis began.
CONSULT|{S} remains in negotiations with {T} over the gas price.
CONSULT|{S}'s foreign minister is on a three-day visit to {T}.
CONSULT|The visiting president of {S} met officials of {T} on Monday.
AGREE|{S} wooed {T} with offers of cheap loans.
AGREE|{S} courted {T} with promises of investment.
AGREE|{S} initialled an accord with {T} on water sharing.
AGREE|{S} sealed a deal with {T} on arms sales.
AGREE|{S} is committed to helping {T} rebuild its ports.
AGREE|{S} remains ready to resume talks with {T}.
YIELD|{S} moved to placate {T} by easing visa rules.
YIELD|{S} sought to appease {T} with concessions on trade.
YIELD|{S} acquiesced to {T}'s demand for a new inquiry.
YIELD|{S} gave in to {T}'s demands over the border crossing.
YIELD|<t>Ten {ta} fishermen</t> returned home after being freed from a <s>{sa}</s> jail.
YIELD|{S}'s last soldiers left {T} on Friday, ending a decade-long mission.
YIELD|In response to {T}'s demands, {S} released the detained sailors.
YIELD|Under pressure from {T}, {S} reopened the border crossing.
AID|At the request of {T}, {S} sent firefighting planes.
AID|At {T}'s request, {S} sent 200 doctors to fight the outbreak.
AID|Responding to an appeal from {T}, {S} shipped 10,000 tonnes of wheat.
AID|In response to a request from {T}, {S} flew in tents and blankets.
AID|{S} bankrolled {T}'s new power plant.
AID|{S} underwrote {T}'s bond issue.
AID|{T} has relied on aid from {S} since the war.
AID|{T} has been a major recipient of military aid from {S}.
COOPERATE|At {T}'s request, {S} handed over the suspects.
COOPERATE|In response to {T}'s request, {S} extradited the banker.
COOPERATE|{S} cosponsored a resolution with {T} at the United Nations.
COOPERATE|{S} bartered oil for food with {T}.
COOPERATE|{S} has shared intelligence with {T} for years.
COOPERATE|{S} has been training {T}'s pilots since 2019.
REQUEST|{T} sent troops to the region at the request of {S}.
REQUEST|{T} froze the accounts of the former minister at the request of {S}.
REQUEST|{S} demanded to know why {T} had seized its tanker.
REQUEST|{S} wanted to know why {T} had expelled its envoy.
REQUEST|{S} beseeched {T} to spare the hostages.
REQUEST|{S} entreated {T} to reopen the border.
REQUEST|{S} prevailed upon {T} to free the journalists.
REQUEST|{S} is pressing {T} for the return of the stolen artefacts.
THREATEN|{S} rattled its sabre at {T} over the disputed islands.
THREATEN|{S}'s sabre-rattling toward {T} alarmed its neighbours.
THREATEN|{S} put {T} on notice that it would retaliate.
THREATEN|{S} gave {T} 48 hours to withdraw its ships.
THREATEN|{S} is threatening {T} with new tariffs.
THREATEN|{S} has warned {T} of consequences if it tests another missile.
COERCE|{S} muzzled {T}'s broadcasters in the capital.
COERCE|{S} censored reports by {T}'s news agency.
COERCE|{S} evicted <t>{ta} traders</t> from the market.
COERCE|{S} hauled in <t>a {ta} diplomat</t> for questioning.
COERCE|<t>{ta} aid workers</t> were deported from <s>{sn}</s>.
COERCE|<t>Two {ta} journalists</t> were detained in <s>{sn}</s> on spying charges.
COERCE|{S} passed a law that bans {T}'s state media.
COERCE|A decree signed by the president of {S} shut down {T}'s cultural centres.
MOBILIZE|{S} reinforced its garrison on the border with {T}.
MOBILIZE|{S} moved missile batteries within range of {T}.
MOBILIZE|{S} has kept 100,000 troops near the border with {T} since the spring.
MOBILIZE|{S}'s troops remain massed on the border with {T}.
ASSAULT|{S} strafed {T}'s positions along the river.
ASSAULT|{S} sank a {ta} patrol boat.
ASSAULT|{S} has been at war with {T} since 2022.
ASSAULT|{S} has occupied part of {T} since 2014.
ASSAULT|<t>Three {ta} soldiers</t> were killed in <s>{sa}</s> shelling.
ASSAULT|<t>A {ta} border post</t> came under <s>{sa}</s> rocket fire.
PROTEST|<s>{sa} activists</s> heckled <t>the {ta} ambassador</t> at a lecture.
PROTEST|<s>{sa} crowds</s> jeered <t>the {ta} president</t> during his visit.
PROTEST|<s>{sa} protesters</s> pelted <t>the {ta} embassy</t> with eggs.
PROTEST|<s>{sa} students</s> have been camped outside <t>the {ta} embassy</t> for a week.
"""

CONTROLS5 = """
MOBILIZE|{S} denied that it had sent troops to {T}.
AID|{S} denied sending weapons to {T}.
ASSAULT|{S} denied reports that it had attacked {T}.
ASSAULT|{S} rejected claims that its jets had bombed {T}.
AID|{S} dismissed reports that it had supplied drones to {T}.
CONSULT|{S} denied that its envoy had met officials of {T} in secret.
ASSAULT|Did {S} strike {T}'s depot? Officials would not say.
SANCTION|Will {S} expel {T}'s diplomats? The minister gave no answer.
COERCE|{S} denied detaining <t>{ta} sailors</t>.
COERCE|{S} said reports that it had seized <t>a {ta} tanker</t> were false.
"""


# A sixth round (session 31), aimed at forms still missing in real wire copy: readiness and
# willingness ("X is ready to help Y", "X stands ready to mediate between"), multiword verbs
# and idioms of each root in constructions the earlier rounds did not use (particles split
# from their verb, perfect and progressive tenses, nominalised forms), events told in noun
# phrases after "amid"/"after"/"following" that carry their own pair ("after Y's shelling of
# X"), events told as results ("Y's envoy was ordered out of X", "ties were restored between X
# and Y"), and the register of state wire services in English ("voiced firm support", "sent a
# congratulatory message", "held a phone conversation", "lodged solemn representations").
# Split like the fourth and fifth rounds, by position within a root (even study, odd
# held-out), before any run, into coverage6_study.tsv / coverage6_heldout.tsv; ``CONTROLS6``
# (sentences whose marked pair tells no act of the given root: refusals to act, acts called
# off, fears, plans denied) go to coverage6c_study.tsv / coverage6c_heldout.tsv.
PHRASES6 = """
AGREE|{S} is ready to help {T} rebuild its power grid.
AGREE|{S} is ready to contribute to {T}'s reconstruction.
AGREE|{S} stands ready to mediate between {T} and its neighbours.
AGREE|{S} stands ready to assist {T} in the investigation.
AGREE|{S} is willing to contribute troops to a peacekeeping force in {T}.
AGREE|{S} is prepared to extend its gas contract with {T}.
AGREE|{S} declared its readiness to sign a peace treaty with {T}.
AGREE|{S} expressed its willingness to host talks with {T}.
AGREE|{S} signed off on a grain deal with {T}.
AGREE|{S} gave the go-ahead for arms sales to {T}.
AGREE|{S} has agreed to hand the captured pilots over to {T}.
AGREE|{S} pledged to step up investment in {T}.
CONSULT|{S} held a phone conversation with {T} on Monday.
CONSULT|The leaders of <s>{sn}</s> and <t>{tn}</t> held a telephone conversation on Tuesday.
CONSULT|{S} exchanged views with {T} on regional security.
CONSULT|{S} had an in-depth exchange of views with {T} on the peninsula.
CONSULT|The president of {S} received the visiting foreign minister of {T}.
CONSULT|The premier of {S} received the new ambassador of {T} in the capital.
CONSULT|Talks were held between {S} and {T} in Doha on Sunday.
CONSULT|Consultations between {S} and {T} took place in Oslo last week.
CONSULT|After a phone call with {T}, {S} said the crisis could be solved.
CONSULT|Following a meeting with the leaders of {T}, the president of {S} flew home.
CONSULT|{S} has been holding talks with {T} on a new gas deal.
CONSULT|{S} will hold talks with {T} next week, the ministry said.
SUPPORT|{S} sent a congratulatory message to {T} on its independence day.
SUPPORT|{S} conveyed greetings to {T} on the new year.
SUPPORT|{S} spoke highly of {T}'s contribution to regional stability.
SUPPORT|{S} appreciated {T}'s role in the peace talks.
SUPPORT|{S} voiced firm support for {T} in safeguarding its sovereignty.
SUPPORT|{S} reaffirmed its support for {T}'s territorial integrity.
SUPPORT|Ties were restored between {S} and {T} in March.
SUPPORT|Diplomatic relations between {S} and {T} were restored after a decade.
SUPPORT|{S} hailed {T} as a reliable partner.
SUPPORT|{S} has hailed the outcome of {T}'s election.
SUPPORT|{S} weighed in on {T}'s side in the border dispute.
SUPPORT|{S} vouched for {T} at the meeting of the bloc.
COOPERATE|{S} joined hands with {T} to fight piracy.
COOPERATE|{S} teamed up with {T} to build a weather satellite.
COOPERATE|{S} stepped up security cooperation with {T}.
COOPERATE|{S} deepened cooperation with {T} on energy.
COOPERATE|{S} handed the captured smugglers over to {T}.
COOPERATE|{S} turned the fugitive over to {T}.
COOPERATE|{S} and {T} held joint naval drills in the gulf.
COOPERATE|{S} carried out joint patrols with {T} along the river.
AID|{S} chipped in $10 million for {T}'s flood relief.
AID|{S} stumped up funds for {T}'s refugee camps.
AID|A shipment of vaccines from {S} arrived in {T} on Monday.
AID|Relief supplies donated by {S} were delivered to {T}.
AID|{S} extended a credit line to {T}.
AID|{S} wrote off part of {T}'s debt.
AID|{S} footed the bill for {T}'s new children's hospital.
AID|{S} has stepped up aid to {T} since the floods.
YIELD|{S} backed down in its dispute with {T}.
YIELD|{S} backed down over its tariffs on {T}'s steel.
YIELD|{S} handed over control of the crossing to {T}.
YIELD|{S} handed the airport over to {T}.
YIELD|{S} relented and let {T}'s ships through the strait.
YIELD|{S} softened its stance toward {T}.
YIELD|<t>Two {ta} hostages</t> held in <s>{sn}</s> were released on Sunday.
YIELD|<t>The detained {ta} crew</t> were set free by <s>{sa}</s> authorities.
YIELD|{S} gave ground to {T} on fishing quotas.
YIELD|{S} climbed down in its row with {T}.
REQUEST|{S} put pressure on {T} to release the prisoners.
REQUEST|{S} piled pressure on {T} to hold elections.
REQUEST|{S} leaned on {T} to curb the militants.
REQUEST|{S} has been pressing {T} to reopen the port.
REQUEST|{S} sought {T}'s help in finding the missing plane.
REQUEST|{S} asked {T} for help in tracing the stolen funds.
REQUEST|{S} pushed {T} for a ceasefire.
REQUEST|{S} renewed its call on {T} to free the journalists.
ACCUSE|{S} hit out at {T} over the arrests of its citizens.
ACCUSE|{S} rounded on {T} over the leaked report.
ACCUSE|{S} took a swipe at {T} over its trade policy.
ACCUSE|{S} had harsh words for {T} on Monday.
ACCUSE|{S} voiced strong dissatisfaction with {T}'s remarks.
ACCUSE|{S} expressed strong indignation at {T}'s arms sales.
ACCUSE|{S} lodged solemn representations with {T} over the visit.
ACCUSE|{S} lodged a strong protest with {T} over the incursion.
ACCUSE|{S} has lashed out at {T} for hosting the dissidents.
ACCUSE|{S} slammed {T}'s decision to expel its reporters.
REJECT|{S} turned {T}'s request down.
REJECT|{S} rebuffed {T}'s overtures.
REJECT|{S} ruled out talks with {T}.
REJECT|{S} ruled out any compromise with {T} on the islands.
REJECT|{S} dug in its heels against {T}'s demands.
REJECT|{S} stood firm against pressure from {T}.
REJECT|{S} brushed aside {T}'s concerns.
REJECT|{S} brushed off {T}'s criticism.
REJECT|{S} said no to {T}'s request for arms.
REJECT|{S} voiced opposition to {T}'s plan for a new dam.
THREATEN|{S} vowed to retaliate against {T}.
THREATEN|{S} vowed revenge on {T}.
THREATEN|{S} said it would not rule out military action against {T}.
THREATEN|{S} kept the military option open against {T}.
THREATEN|{S} issued an ultimatum to {T}.
THREATEN|{S} warned of a resolute response to {T}'s provocations.
PROTEST|<s>Thousands of {sa} students</s> took to the streets against <t>{tn}</t>.
PROTEST|<s>{sa} workers</s> staged a sit-in outside <t>the {ta} consulate</t>.
PROTEST|<s>{sa} demonstrators</s> burned the flag of <t>{tn}</t>.
PROTEST|<s>{sa} veterans</s> marched on <t>the {ta} embassy</t>.
PROTEST|A protest against <t>{tn}</t> was held by <s>{sa} farmers</s> in the capital.
PROTEST|<s>{sa} fishermen</s> have been picketing <t>the {ta} consulate</t> since May.
SANCTION|The envoy of {T} was ordered out of {S}.
SANCTION|{T}'s ambassador was given 72 hours to leave {S}.
SANCTION|{S} downgraded ties with {T}.
SANCTION|{S} froze ties with {T} after the raid.
SANCTION|{S} cut off gas supplies to {T}.
SANCTION|{S} cut off aid to {T}.
SANCTION|{S} walked away from its nuclear deal with {T}.
SANCTION|{S} backed out of an arms deal with {T}.
SANCTION|{S} slapped tariffs on {T}'s cars.
SANCTION|{S} slapped an export ban on {T}.
SANCTION|{S} blacklisted {T}'s banks.
SANCTION|{S} called off its talks with {T}.
COERCE|{S} carried out a crackdown on <t>{ta} smugglers</t>.
COERCE|{S} launched a sweep against <t>{ta} workers</t> without permits.
COERCE|{S} impounded a <t>{ta} fishing boat</t>.
COERCE|{S} confiscated the assets of <t>{ta} firms</t>.
COERCE|<t>A {ta} cargo ship</t> was impounded at a <s>{sa}</s> port.
COERCE|<t>Dozens of {ta} nationals</t> were rounded up in <s>{sn}</s>.
COERCE|{S} has been cracking down on <t>{ta} migrants</t> since January.
COERCE|{S} rounded <t>hundreds of {ta} migrants</t> up in the port.
MOBILIZE|{S} beefed up its forces near {T}.
MOBILIZE|{S} stepped up patrols near the border with {T}.
MOBILIZE|{S} put its troops on high alert along the border with {T}.
MOBILIZE|{S} placed its navy on alert near {T}.
MOBILIZE|Amid {S}'s troop build-up near {T}, the talks were put off.
MOBILIZE|Following {S}'s deployment of warships near {T}, tensions rose.
ASSAULT|{S} stepped up attacks on {T}.
ASSAULT|{S} stepped up its shelling of {T}'s border towns.
ASSAULT|After {S}'s shelling of {T}'s border villages, thousands fled.
ASSAULT|After {S}'s bombardment of {T}'s ports, grain prices rose.
ASSAULT|Amid {S}'s incursion into {T}, the talks were suspended.
ASSAULT|Amid {S}'s air raids on {T}, aid agencies pulled out.
ASSAULT|Following {S}'s raid on {T}'s border post, the envoy was recalled.
ASSAULT|Following {S}'s drone attack on {T}'s airbase, flights were halted.
ASSAULT|{S} opened fire on {T}'s patrol boats.
ASSAULT|{S} launched an offensive against {T}.
ASSAULT|<t>A {ta} village</t> was razed in a <s>{sa}</s> raid.
ASSAULT|<t>Two {ta} warships</t> were sunk by <s>{sa}</s> missiles.
"""

CONTROLS6 = """
CONSULT|{S} has no plans to hold talks with {T}, its spokesman said.
ASSAULT|Fears of a strike by {S} on {T} sent oil prices higher.
SANCTION|{S} ruled out expelling {T}'s diplomats.
AID|{S} has not yet sent any aid to {T}.
CONSULT|Talks between {S} and {T} were called off.
YIELD|{S} refused to back down in its dispute with {T}.
AID|{S} stopped short of offering aid to {T}.
THREATEN|{S} stopped short of threatening {T} with sanctions.
COERCE|Reports that {S} had rounded up <t>{ta} workers</t> proved false.
ASSAULT|{S} said it had no intention of attacking {T}.
"""


def entries(text: str = PHRASES) -> list[tuple[str, str]]:
    """The (root, frame) entries of a list of the audit, in their written order."""
    out = []
    for line in text.strip().splitlines():
        root, frame = line.split("|", 1)
        out.append((root.strip(), frame.strip()))
    return out


def fill(frame: str, position: int) -> str:
    """The frame with the pair of states its position gives, marked."""
    (sn, sa) = COUNTRIES[position % len(COUNTRIES)]
    (tn, ta) = COUNTRIES[(position * 7 + 11) % len(COUNTRIES)]
    if tn == sn:
        (tn, ta) = COUNTRIES[(position * 7 + 12) % len(COUNTRIES)]
    return frame.format(S=f"<s>{sn}</s>", T=f"<t>{tn}</t>", sn=sn, sa=sa, tn=tn, ta=ta)


def family(root: str, frame: str) -> str:
    """A short name for the line: the root and the frame's first words after the source."""
    words = re.sub(r"<[^>]+>|\{[^}]+\}|[^A-Za-z' -]", " ", frame).lower().split()
    return "-".join([root.lower(), "cov", *words[:4]])


def write() -> None:
    """Write the study and held-out files (even positions within a root study, odd held-out)."""
    halves: dict[str, list[tuple[str, str, str]]] = {half: [] for half in FILES}
    seen: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for position, (root, frame) in enumerate(entries()):
        half = "study" if seen[root] % 2 == 0 else "heldout"
        seen[root] += 1
        name = family(root, frame)
        names[name] += 1
        name += f"-{names[name]}" if names[name] > 1 else ""
        halves[half].append((name, fill(frame, position), root))
    start = len(entries())
    later = entries(PHRASES_STUDY2) + entries(PHRASES_STUDY3)
    for position, (root, frame) in enumerate(later, start):
        name = family(root, frame)
        names[name] += 1
        name += f"-{names[name]}" if names[name] > 1 else ""
        halves["study"].append((name, fill(frame, position), root))
    first = start + len(later)
    rounds = (
        (PHRASES4, "4"), (PHRASES5, "5"), (CONTROLS5, "5c"), (PHRASES6, "6"), (CONTROLS6, "6c")
    )  # fmt: skip
    for text, suffix in rounds:
        seen.clear()
        for position, (root, frame) in enumerate(entries(text), first):
            # controls alternate by position alone: they are few and their roots uneven
            key = "" if suffix.endswith("c") else root
            half = ("study" if seen[key] % 2 == 0 else "heldout") + suffix
            seen[key] += 1
            name = family(root, frame)
            names[name] += 1
            name += f"-{names[name]}" if names[name] > 1 else ""
            halves[half].append((name, fill(frame, position), root))
        first += len(entries(text))
    for half, rows in halves.items():
        with FILES[half].open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, delimiter="\t", lineterminator="\n")
            out.writerow(("family", "marked_sentence", "gold_root"))
            out.writerows(rows)
        print(f"wrote {len(rows)} lines to {FILES[half]}")


def classify(coder, pair) -> str:
    """'ok', 'no event' (nothing coded in the sentence), 'no pair' (events, none covers the
    marked pair) or the wrong root found."""
    from detente.evaluate.plv import DEFAULT_DAY, answer, root_of

    events = coder.code_text(pair.text, DEFAULT_DAY)
    found = answer(pair, events)
    if found is None:
        return "no pair" if events else "no event"
    got = root_of(found)
    return "ok" if got == pair.root else got


def control(coder, pair) -> str:
    """'ok', or 'false event' when an asserted event of the line's root covers the pair (the
    sentence denies or questions the act, so no reader takes it as done)."""
    from detente.evaluate.plv import DEFAULT_DAY, _overlaps, root_of

    for event in coder.code_text(pair.text, DEFAULT_DAY):
        if (
            event.is_fact
            and root_of(event) == pair.root
            and _overlaps(pair.sources, event.source_start, event.source_end)
            and _overlaps(pair.targets, event.target_start, event.target_end)
        ):
            return "false event"
    return "ok"


def score(coder, half: str, show: bool) -> Counter[str]:
    from detente.evaluate.plv import read_marked

    pairs = read_marked(FILES[half])
    per_root: dict[str, Counter[str]] = defaultdict(Counter)
    classes: Counter[str] = Counter()
    judge = control if half in CONTROL_HALVES else classify
    for pair in pairs:
        got = judge(coder, pair)
        kind = got if got in ("ok", "no event", "no pair", "false event") else "wrong root"
        per_root[pair.root][kind] += 1
        classes[kind] += 1
        if show and got != "ok":
            print(f"  {pair.root:10} got {got:10} | {pair.text}")
    total = sum(classes.values())
    print(
        f"{half}: {classes['ok'] / total:.3f} of {total} "
        f"(no event {classes['no event']}, no pair {classes['no pair']}, "
        f"wrong root {classes['wrong root']}, false event {classes['false event']})"
    )
    for root in sorted(per_root):
        counts = per_root[root]
        n = sum(counts.values())
        print(f"    {root:10} {counts['ok']}/{n}", end="")
        rest = {k: v for k, v in counts.items() if k != "ok"}
        print("  " + ", ".join(f"{k} {v}" for k, v in sorted(rest.items())) if rest else "")
    return classes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the two TSV files")
    parser.add_argument("--misses", action="store_true", help="list the study half's misses")
    parser.add_argument("--heldout-misses", action="store_true", help="list held-out misses")
    args = parser.parse_args()
    if args.write:
        write()
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from detente.events import Coder

    coder = Coder()
    for half in FILES:
        score(coder, half, args.heldout_misses if "heldout" in half else args.misses)


if __name__ == "__main__":
    main()
