"""The coder on whole articles written for detente, against a careful human coder.

``tests/data/articles/expected.tsv`` holds the events an analyst would code (``event`` rows)
and the rumours, forecasts and conclusions that must not become asserted facts (``not``
rows). The floors are what the coder achieves today (see ``benchmarks/articles.py`` for the
row-by-row table): a ratchet, they only go up.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from article_bed import (
    ARTICLES,
    article_files,
    code_articles,
    load_expected,
    outcome,
    outcomes,
    score,
)

ROWS = load_expected()
FILES = article_files()

# file: (recall of event rows, date accuracy of matched rows, modality accuracy of matched rows)
# (session 43: the story's pair, events/dyad.py, found rows in seven files whose date or
# modality is off — athens-moscow-expulsions, berehove-consuls, brunson,
# tiergarten-expulsions, bozovic-persona, tehran-embassy, vistalegre-envoy; no row was lost
# and no earlier row's date or modality changed, so their shares fell and those floors with
# them)
FLOORS = {
    # a Bangkok daily's analysis machine-translated from the Thai (Thailand and Cambodia at the
    # Phra Viharn temple: the arrests of December 2010, the shelling of 4-7 February 2011, the
    # Security Council on 14 February and the Indonesian observers agreed in Jakarta on 22
    # February), written in session 44 (h2) before any rule for it (start: 12 of 26, dates 11
    # of 12, modality 12 of 12, no not-row violated; false facts: "the Cambodian side said
    # that it was the Thai troops who invaded" read as Thailand charging its own army, Hun
    # Sen's letter asking "the council" to meet aimed at Thailand, Cambodia "had placed
    # soldiers and heavy weapons inside the temple", told in Thailand's letter, coded as
    # done against the Thai army, a trip "to New York" as a visit to the United States); its
    # rules (a side named by its country speaks for it and is what a later "it" takes up, a
    # letter's "in which it said" is its sender's, a singular "it" takes up no plural doer, a
    # part of the day before the subject with no comma, an attacker's own place beside a
    # foreign target, an appeal to a council is not aimed at the other side, "the council"
    # named again, no "8)" emoticon in "(8)", Sansern Kaewkamnerd, Sisaket): 18 of 26, dates
    # 16 of 18, modality 18 of 18, no not-row violated; false facts left: the trip "to New
    # York" (the UN) as a visit to the United States, the writer's gloss "the council handed
    # the matter back to Jakarta" as a return, Abhisit's "the two countries must solve" as a
    # demand on Cambodia (misses: "agreed to stop firing" read as an intent, not a truce)
    "2011-02-23-phra-viharn-observers.txt": (0.69, 0.88, 1.00),
    # a Jakarta daily's analysis machine-translated from the Indonesian (the Australian
    # tapping of the president's telephone, Indonesia's recall of its ambassador and freeze
    # of cooperation, Abbott's letter, 30 September-26 November 2013), written in session 44
    # (h4) before any rule for it (start: 8 of 20, dates 8 of 8, modality 8 of 8, no not-row
    # violated; false facts: Abbott's "Australia should not be expected to apologise" read
    # as his demand on Australia, "the statement … which belittled the problem of the
    # tapping of Indonesia" as Australia accusing Indonesia, "the policy of Abbott to turn
    # back the boats" as a rejection of Indonesia done, "assigned Marty Natalegawa or a
    # special envoy to discuss it with Canberra" as Australia meeting Australia, the
    # proposed road map read as an appeal where the row has an intent); its rules (a
    # passive expectation, making light of a matter, a policy's infinitive, a bare "The
    # President", a pledge to harm no one and "this commitment", a task given to a list of
    # people): 14 of 20, dates 10 of 14, modality 12 of 14, no not-row violated, the four
    # false facts gone (the road map still read as an appeal: a type disagreement)
    "2013-11-27-canberra-tapping.txt": (0.70, 0.71, 0.85),
    # a Helsinki daily's analysis machine-translated from the Finnish (Finland closes its
    # eastern crossings with Russia, 16-28 November 2023, Moscow's protest note and the
    # Kremlin's reply, Frontex's reinforcement, the two crossings reopened and shut again in
    # December), written in session 44 (h3) before any rule for it (start: 7 of 19, dates 0
    # of 7 — "On Tuesday (14.11.)" was read by no one —, modality 7 of 7, one not-row
    # violated; false facts: the writer's "The Kremlin is punishing Finland …" after "The
    # conclusion of this writer is clear." as a sanction, and Finland's closing of "four
    # crossing points of South-East Finland" coded as Russia's against Finland); its rules (a
    # weekday with its dotted day, a measure's "from Friday" no day of the deciding, "the
    # government" after one only spoken of, crossings closed in a two-state story shut to
    # the other side, the sentence after an announced conclusion, border guards sent as
    # aid): 9 of 19, dates 8 of 9, modality 9 of 9, no not-row violated, both false facts
    # gone ("Helsinki did not yield" left as a refusal, which it is)
    "2023-12-16-eastern-border.txt": (0.47, 0.88, 1.00),
    # a Budapest weekly's analysis machine-translated from the Hungarian (Hungary hands the
    # Azerbaijani officer Ramil Safarov to Baku, Aliyev pardons him and Armenia suspends its
    # ties with Hungary, 31 August - 3 September 2012), written in session 44 (h1) before any
    # rule for it (start: 4 of 19, dates 4 of 4, modality 4 of 4, no not-row violated; false
    # facts: Aliyev's pardon read three times as a release to Hungary (the jailer of the last
    # sentence told), "suspends the relations and all official contacts with Hungary" as
    # talks with it, Baku made the doer of the State Department's criticism, commentators
    # who "speak about it that …" as talks; the Azerbaijani assurance dated by the 2006
    # verdict); its rules (a side pardoning its own people the other jailed frees no one of
    # the jailer, a noun joined to what is suspended is not held, commentators speaking with
    # no one beside them hold no talks, a person handed over by name is a captive given up,
    # the doer after "Saturday (1)" is the subject, Zsolt Nemeth): 7 of 19, dates 6 of 7,
    # modality 7 of 7, no not-row violated, the false facts gone but the assurance's 2006
    # date (the misses are calqued verb-last clauses behind a title aside or an adverb:
    # "from Baku an explanation sought", "his respect toward Armenia … expressed")
    "2012-09-04-safarov-transfer.txt": (0.36, 0.85, 1.00),
    # an Athens Sunday paper's analysis machine-translated from the Greek (Greece expels two
    # Russian diplomats and bars two more over the Prespes deal, July 2018, and Moscow's
    # protests and mirror expulsion in August), written in session 43 before any rule for it
    # (start: 6 of 24, dates 4 of 6, modality 6 of 6, no not-row violated; false facts:
    # "Athens lifts in exchange its objection to the entry of … into NATO" read as Skopje
    # accusing NATO and the EU, analysts' "do not exclude that Moscow will expel more
    # Greek diplomats" read as Moscow's threat, "called lies the information of Athens" as
    # a call for information); its rules (a verb read as a plural noun keeps the object set
    # after a phrase, analysts leaving an act open, an act called unfounded, a judging
    # adjective after the object, disrespect and vengeance condemn, "Friday (13/7)", the
    # envoy named again by surname after "in Moscow", a judgement set before the thing
    # called, Nikola Dimitrov): 10 of 24, dates 9 of 10, modality 10 of 10, no not-row
    # violated, the three false facts gone ("the Greek people must not suffer" left as a
    # demand on Greek civilians)
    "2018-08-12-athens-moscow-expulsions.txt": (0.41, 0.81, 1.00),
    # a Belgrade daily's analysis machine-translated from the Serbian (Montenegro and Serbia
    # expel each other's ambassadors and Serbia withdraws, 28-30 November 2020), written in
    # session 43 (h4) before any rule for it (start: 1 of 18, dates 0 of 1, modality 1 of 1,
    # no not-row violated; false facts: "accused the ambassador of interference in the
    # internal affairs of Montenegro" read as Montenegro accusing itself, the Montenegrin
    # ministry "of the minister Darmanovic" read as Serbia's in three acts on Serbia, "the
    # same statement" read as the EU commissioner's, the author's "Belgrade with the
    # withdrawal won the sympathies of Brussels" as a retreat from Brussels); its rules (a
    # holder's name after the title's place, a name before "persona non grata", an envoy
    # named again by surname after "the ambassador of X", a charge naming a country deep
    # inside, a subject before an "-ing" aside, a stale namesake against the title's "of",
    # "the same statement", "announced to the journalists that", Montenegro's ministers,
    # Varhelyi): 10 of 18, dates 9 of 10, modality 10 of 10, no not-row violated, all false
    # facts gone but the conclusion's retreat
    "2020-12-01-bozovic-persona.txt": (0.55, 0.81, 1.00),
    # a Delhi Hindi daily's analysis machine-translated (India and Nepal over the Lipulekh
    # road and Nepal's new map, November 2019 to June 2020), written in session 43 (h3)
    # before any rule for it (start: 3 of 20, dates 2 of 3, modality 3 of 3, no not-row
    # violated; false facts: Nepal's cabinet approving "a new map of the country" read as
    # praise of Delhi named before, India's "external affairs ministry" unknown so that "the
    # ministry urged Nepal" was China's and its rejection of the map Zhao Lijian's); its rules
    # (India's external affairs ministry, a lone "against" phrase before a final verb, a thing
    # named again is its maker's, for a state's protest too, "the country" of a charter thing
    # is the issuer's own, a day opening a later conjunct, a side's claim of an attack charges
    # the doer): 8 of 20, dates 7 of 8, modality 8 of 8, no not-row violated, no false fact
    # left (the misses are calqued order the parse loses: "he blamed" after its object, "no
    # power of the world it can break", a subjectless "was called")
    "2020-06-20-lipulekh-map.txt": (0.40, 0.87, 1.00),
    # a Milan daily's analysis machine-translated from the Italian (Italy and India over the
    # two marò, February 2012 to March 2013), written in session 42 before any rule for it
    # (start: 1 of 21, dates 0 of 1, modality 1 of 1, no not-row violated; false facts: an
    # Indian court's order read as Rome's act on India ("it" after a colon given the last
    # name), the Indian opposition asking "the government" read as a demand on Italy's, an EU
    # concern for the Italian envoy aimed at Italy); its rules (a country's legislature,
    # opposition or courts ask their own government, a "central government" is the asker's,
    # "the ambassador <surname>" keeps the country of his full mention, "it" after a colon is
    # the clause before it, a court named again bare is the one named with its "of" owner,
    # Indian states, "defined X unacceptable", a subjectless "said" in a list of three acts,
    # India's foreign secretary): 5 of 21, dates 5 of 5, modality 5 of 5, no not-row
    # violated, the first two false facts gone (the EU concern left)
    "2013-03-27-maro-delhi.txt": (0.23, 1.00, 1.00),
    # a Moscow weekly's review machine-translated from the Russian (the arrest of four Russian
    # officers in Georgia and Moscow's blockade, September-October 2006), written in session
    # 42 before any rule for it (start: 3 of 18, dates 3 of 3, modality 3 of 3, no not-row
    # violated; seven false facts: Tbilisi arrested as the city the officers were held in,
    # Tbilisi deporting Russia, a recall's act given to Tbilisi, the officers' release given
    # to Belgium, Tbilisi visiting Moscow with them, Tbilisi ignoring its own release, the
    # headline's "blockade" coded as a military one); its rules (an object after two places
    # joined by "and", people with a bare participle after a destination, "they with him
    # flew", a participle aside after its subject, two clauses spliced by a comma, "the four
    # officers" named again, "they" after people handed over, a role of "the countries of
    # the alliance", transport and post stopped, Onishchenko): 14 of 18, dates 12 of 14,
    # modality 14 of 14, no not-row violated; false facts left: "the consular section of the
    # embassy" given to Tbilisi, the ignored release, the headline's military "blockade"
    "2006-10-09-tbilisi-officers.txt": (0.77, 0.85, 1.00),
    # a Seoul daily's analysis machine-translated from the Korean (the mine crisis in the DMZ
    # and the talks at Panmunjom, August 2015), written in session 42 before any rule for it
    # (start: 1 of 25, dates 0 of 1, modality 1 of 1, one not-row violated: analysts' word
    # that Beijing pressed Pyongyang read as a fact; false facts: the Workers' Party's
    # military commission given to China, so President Park "visited" and "met" it and "the
    # two sides" agreed as Park and China; the UN command warning the North and agreeing
    # with it in 2004); its rules (our = the paper's home, the North-and-South story's two
    # sides, analysts' hearsay, a meeting with its own partners, a unit's command, a notice
    # of action on a condition, an apology said to be needed, a loose doer after ", and"):
    # 8 of 25, dates 8 of 8, modality 8 of 8, no not-row violated, no false fact between two
    # countries left (the misses are mostly calqued order the parse loses: "the North side
    # toward a unit … fired", "the loudspeakers at eleven places turned off")
    "2015-08-26-panmunjom-43-hours.txt": (0.32, 1.00, 1.00),
    # a Frankfurt daily's analysis machine-translated from the German, written in session 41
    # before any rule for it (the Khangoshvili killing and the expulsions of December 2019;
    # start: 7 of 24, dates 6 of 7, modality 7 of 7, no not-row violated; false facts: the
    # survivor of an attack read as its doer, a rumour of the FSB asking for an extradition
    # read as a German demand, the Elysee palace waging the war in Ukraine, "the Foreign
    # Office" given to Britain after a summit "near London"); its rules (the Foreign Office
    # keeps the owner its story gave it, a body answering words it names the speaker of, an
    # attack told as survived, a setting opening a clause with no comma, a verb of talking
    # second after a setting, a war a meeting is dedicated to): 10 of 24, dates 9 of 10,
    # modality 10 of 10, no not-row violated, three of the four false facts gone
    "2019-12-14-tiergarten-expulsions.txt": (0.41, 0.81, 1.00),
    # a São Paulo daily's analysis machine-translated from the Portuguese (Brazil and France
    # over the Amazon fires and the G7 of Biarritz, August 2019), written in session 41 before
    # any rule for it (start: 5 of 23, dates 4 of 5, modality 5 of 5, no not-row violated;
    # false facts: "it is improbable that the two presidents will meet" read as an asserted
    # intent to meet, "needed already the approval of each European parliament" as an
    # approval given, "called the members of the G7 to discuss" as a phone call); end of
    # session 41: 11 of 23, dates 10 of 11, modality 10 of 11, the first two false facts gone;
    # session 42: 12 of 23 (the G7 appeal found, dated by the summit it names: still wrong),
    # dates 10 of 12, modality 11 of 12
    "2019-08-29-biarritz-fires.txt": (0.52, 0.83, 0.91),
    # an Istanbul daily's analysis machine-translated from the Turkish (Syria shoots down the
    # RF-4E off Latakia, June 2012), written in session 42 (h2) before any rule for it
    # (start: 9 of 22, dates 9 of 9, modality 9 of 9, no not-row violated; false facts: the
    # EU's and NATO's condemnations of "the downing of the Turkish plane" aimed at Turkey, the
    # Syrian diplomats expelled "in Ankara, giving them 72 hours" read as Turkey expelling
    # Turkey, "the anger of Turkey is as strong as its friendship is valuable" as support for
    # Syria, a state's own embassy stopped coded as an organisation banned); its rules (a
    # condemned downing "of" a craft aimed at who shot it, a clause cut off by its own
    # semicolon, a state's own embassy stopped, the expelled given time in a participle, a
    # side's own anger, "its list of sanctions", "the Union" told again, military convoys,
    # "the allies" after an alliance): 14 of 22, dates and modality all right, no not-row
    # violated, no false fact left (13 in some runs until the lead's merge review made
    # resolve._inside break a tie by position: the floor kept from that lower figure)
    "2012-06-29-phantom-latakia.txt": (0.59, 1.00, 1.00),
    # a Warsaw daily's analysis machine-translated from the Polish, written in session 40
    # before any rule for it (start: 5 of 23, dates 4 of 5, modality 5 of 5, no not-row
    # violated; two false facts: "Netanyahu this statement as outrageous described" aimed at
    # the State Department told a sentence before, commentators' forecast read as a demand);
    # end of session 40: 10 of 23, dates 9 of 10, modality 10 of 10, no false fact
    "2019-02-20-warsaw-jerusalem.txt": (0.43, 0.90, 1.00),
    # a translated analysis written by the lead in session 25 before any rule for it (7 of
    # 20, no false fact but three extra ones: a route "on the way to Manila" taken as a side,
    # "after Hanoi" read as a subject, "dined" lemmatized "din", words refuted, "the minister
    # of foreign affairs of the DPRK" given the last government named; session 27: Sergei
    # Ryabkov listed, 12 of 20 found, and the new row takes its paragraph's "on Friday" as
    # the other rows there do, so dates stay 7 while the share falls from 7/11 to 7/12;
    # session 40: "On 1 March he was received in the presidential palace by …" found, 13
    # of 20, dates 8 of 13)
    "2019-03-04-hanoi-walkout.txt": (0.65, 0.61, 1.00),
    # a translated analysis written in session 24 before any rule for it (4 of 9: a count
    # after a leading date read as part of the date, "called both sides to restraint" read
    # as a phone call, an event noun given the last army named instead of its verb's subject)
    "2016-10-04-uri.txt": (0.75, 1.00, 1.00),
    # a wire analysis written in session 24 before any rule for it (7 of 15: "the junta"
    # named only by the country it rules, "a move Paris called unjustified" aimed at a
    # thing, a member leaving a force, an announced withdrawal read as aid)
    "2022-05-20-bamako-paris.txt": (0.70, 1.00, 1.00),
    # a translated analysis written last in session 24, after all its other rules and merges,
    # before any rule for it (5 of 11: an unknown acronym read as an auxiliary, Somaliland
    # and IGAD outside the tables, a view "Mogadishu considers that …" coded as a fact)
    # (session 31: "IGAD called both sides" now finds Somalia too, on the date the story
    # already gave its Kenya half: recall up, dates 5/7)
    "2020-12-20-mogadishu-nairobi.txt": (0.63, 0.71, 1.00),
    # three translated analyses written in session 23 (h6) before any rule for them: a review
    # of a short war (4 of 14: a ceasefire and a withdrawal with no foe named, a plan signed
    # by each side, a relative clause on the broker), a note on a diplomatic thaw (3 of 15:
    # trips told "X … Havana visited", envoys outside the tables) and a commentary on an
    # arbitral award (5 of 14: a trip told "Duterte then Beijing visited", dated by the last
    # day of "from 18 to 21 October")
    "2008-09-02-five-day-war.txt": (0.50, 1.00, 1.00),
    "2015-08-16-havana-thaw.txt": (0.53, 1.00, 1.00),
    "2016-10-24-hague-ruling.txt": (0.57, 1.00, 1.00),
    # a translated commentary written last in session 21, before any rule for it (4 of 11,
    # two wrong facts: the protesters' attack reversed, a criticism aimed at the visitor)
    "2012-09-20-islands.txt": (0.72, 1.00, 1.00),
    "2014-03-19-crimea.txt": (0.66, 1.00, 1.00),
    # a translated review written after the Kerch one (6 of 12 before its fixes)
    # three written in session 22 (h7) before any rule for them: a translated analysis of a
    # border crisis (7 of 13: clauses joined by a bare "and"), a translated review of a
    # peace deal (3 of 13, 1 of 3 dates: a visit told "the Abiy to Asmara flew") and a wire
    # story of a border clash (10 of 13: a nationality after a leading date)
    "2015-09-22-tachira-quito.txt": (0.76, 1.00, 1.00),
    "2016-01-15-riyadh-tehran.txt": (0.75, 1.00, 1.00),
    # a translated review written in session 21 before any rule for it (9 of 16, no false
    # fact, 8 of 9 dates)
    "2016-08-12-ankara-moscow.txt": (0.75, 1.00, 1.00),
    "2017-02-16-honeymoon-over.txt": (0.94, 1.00, 1.00),
    # three translated analyses written in session 28 (h2) before any rule for them. Start
    # (tariffs recoded COERCE as cameo.tsv has it): Il-20 10 of 24, dates 3 of 10 (a "Recall
    # that on 17 September …" frame left the story undated); THAAD 3 of 15 (a proposal
    # spelled out after a colon coded as three acts done); Buenos Aires 10 of 22 (a bare "the
    # parties", "held a working dinner"). Session 28: 11/24 (dates 7), 3/15, 12/22
    # (session 29: 11 of 11 dates once a chronicle's bare weekdays count from its day)
    "2018-09-26-il20-latakia.txt": (0.45, 1.00, 1.00),
    # two translated analyses written in session 29 (h2) before any rule for them: the Su-24
    # downing (8 of 19, 7 of 8 dates: an offer "proposed to meet" read as a demand, the venue
    # of that meeting taken for one of "the two countries", an author's "in our opinion, the
    # partnership … is over" coded as cooperation) and the Istanbul consulate case (9 of 29,
    # 5 of 9 dates: "On Thursday" after "Monday, 8 October" counted back from publication,
    # "King Salman" unknown and "the king" given the last government named). Two rows were
    # put in the bed's terms before any rule: a decree of economic measures COERCE as the
    # bed's sanctions are (9 of 19 with it), "agreed that the case must be clarified" root
    # 01 (019, accord)
    # (after the session's rules: 11 of 19, 10 of 11 dates; 15 of 29, 15 of 15 dates)
    # session 30: translated analyses written before any coder run, of the MH17 finding on
    # the Kursk brigade (start 7 of 12: "the governments of X and Y declared that they hold
    # Russia responsible" gave "they" the last country only; a Malaysian Boeing "flying to
    # Kuala Lumpur" coded as a visit) and of the Navalny poisoning and the EU sanctions
    # (start 11 of 25: "Moscow will respond with mirror measures" not coded and aimed at no
    # one; "4 September" read as a NATO official whose code was cut to "NAT"); together
    # 18 of 37 = 0.49, dates 18 of 18, no not-row violated (after the session's rules: 9 of
    # 12 and 15 of 25, 24 of 37 = 0.65, dates 24 of 24)
    # Session 30b's fresh pair, written and committed before the coder ran on them: the
    # Georgia flight ban after the Gavrilov night (start 2 of 13: a travel ban coded 163 while
    # the row said SANCTION, "the Kremlin called the episode unacceptable" judged no act, the
    # Georgian leaders' condemnation of a TV host aimed at the Kremlin) and the Montenegro
    # coup-plot verdict (start 4 of 10: "Moscow reserves the right to take retaliatory
    # measures" not coded); together 6 of 23 = 0.26, dates 6 of 6, no not-row violated (the
    # two flight bans relabelled COERCE, the folder's convention, after: 7 of 23; after the
    # session's rules 5 of 13 and 5 of 10, 10 of 23 = 0.43, dates 10 of 10)
    "2019-07-10-gavrilov-flights.txt": (0.38, 1.00, 1.00),
    # Session 31's fresh pair, written and committed before the coder ran on them: the murder
    # of ambassador Karlov in Ankara (start 13 of 22, dates 13 of 13, no not-row violated;
    # extra facts: Kerry's condemnation of the murder aimed at Russia, the victim; an
    # "unknown man" given Turkey; missions "in Turkey" suspending their own work coded as
    # coercion of Turkey) and the closure of the San Francisco consulate (start 8 of 22, 11
    # with the sanctions rows relabelled COERCE, the folder's convention; "called the actions
    # of the United States boorish" a phone call, "later in September" dated 2018, the
    # headline "what remains of the Russian-American dialogue" a meeting; its future meeting
    # row dated by the folder's month convention after); after the session's rules 14 of 22
    # and 12 of 22, 26 of 44 = 0.59, dates 26 of 26
    "2016-12-22-karlov-ankara.txt": (0.63, 1.00, 0.85),
    # (session 31: "the embassy of the United States announced that from 23 August it
    # suspends the issuance of visas" gives "it" the embassy's country, found but dated by
    # the day the suspension starts, not the announcement's: 13 of 22, dates 12 of 13)
    "2017-09-06-consulate-closure.txt": (0.59, 0.92, 1.00),
    "2019-05-10-podgorica-verdict.txt": (0.50, 1.00, 1.00),
    "2018-05-28-mh17-brigade.txt": (0.75, 1.00, 1.00),
    "2020-10-16-navalny-sanctions.txt": (0.60, 1.00, 0.86),
    "2015-11-30-su24-ankara.txt": (0.57, 0.90, 1.00),
    "2018-10-22-khashoggi-consulate.txt": (0.51, 1.00, 1.00),
    "2017-03-10-thaad-seongju.txt": (0.20, 1.00, 0.33),
    "2018-12-07-buenos-aires-truce.txt": (0.54, 0.83, 0.75),
    # a translated analysis written in session 23 after the tanker story, before any rule
    # for it (2 of 10: a leading "Three days later," before a verb-final clause, "59 cruise
    # missiles" as a count, a rumour's date not moving the story's clock)
    "2017-04-14-shayrat.txt": (0.55, 1.00, 1.00),
    # a translated analysis written in session 23 after the Salisbury one, before any rule for
    # it (3 of 13: a list of four countries as the subject of a verb-final clause, "They" and
    # "the four countries" for it)
    "2017-07-10-qatar.txt": (0.80, 1.00, 1.00),
    # a translated analysis written in session 21 after the Peace Spring one, before any rule
    # for it (5 of 12, 3 dates wrong, 6 apologies among the three European leaders)
    "2018-05-20-nuclear-deal.txt": (0.75, 1.00, 1.00),
    "2018-07-12-asmara-addis.txt": (0.61, 1.00, 1.00),
    # a translated commentary written last in session 22, before any rule for it (6 of 16,
    # 4 of 6 dates)
    "2018-06-20-singapore.txt": (0.75, 1.00, 1.00),
    # a translated analysis written in session 23 before any rule for it (6 of 13, 4 of 6
    # dates: a deadline "until the end of the next day" moved the story's clock)
    "2018-04-02-salisbury.txt": (0.75, 1.00, 1.00),
    "2018-07-17-helsinki.txt": (0.75, 1.00, 1.00),
    # a translated commentary written after the Japan-Korea one (5 of 10 before its fixes)
    "2018-12-03-kerch-strait.txt": (0.70, 1.00, 1.00),
    # a translated review written after session 19, before any rule for it
    "2019-12-26-japan-korea.txt": (0.63, 1.00, 1.00),
    # a wire story written in session 23 after the Qatar one, before any rule for it (4 of 10
    # once three row labels were put in the bed's terms: RETREAT for releases, ASSAULT for a
    # ship seized, GIB for Gibraltar; a named ship told again bare, a stand beside an act)
    "2019-09-28-tankers.txt": (0.55, 0.45, 1.00),
    # three written in session 22 before any rule for them: a translated review (7 of 13), a
    # translated analysis (10 of 18, 3 of 10 dates, an author's forecast as a refusal) and a
    # wire story (8 of 14, the host's own title as the hosted)
    "2019-01-25-caracas.txt": (0.65, 1.00, 1.00),
    "2019-03-02-pulwama-balakot.txt": (0.80, 1.00, 1.00),
    "2020-09-05-belgrade-pristina.txt": (0.90, 1.00, 1.00),
    # two written after those three, before any rule for them: a translated analysis (9 of
    # 15) and a wire story (6 of 7 once two of its rows were corrected)
    "2020-08-28-east-med.txt": (0.65, 1.00, 1.00),
    "2020-11-28-wine-tariffs.txt": (0.85, 1.00, 1.00),
    # a wire wrap-up written in session 21 after the Galwan one, before any rule for it (6 of
    # 16)
    "2019-10-24-peace-spring.txt": (0.75, 1.00, 1.00),
    "2020-01-11-iran-strike.txt": (0.85, 0.94, 1.00),
    # a translated analysis of the Russian press written by helper h9 in session 31 before any
    # rule for it (start 17 of 21, 16 of 17 dates, no not-row violated; false facts: "began
    # with the stop of the oil supplies to the Belarusian refineries" read as a stopover,
    # "In Moscow the visit was followed closely" taken as a visit to Moscow)
    "2020-02-03-druzhba-refineries.txt": (0.80, 0.94, 1.00),
    # a translated commentary written in session 21 after the Ankara one, before any rule for
    # it (9 of 19, 7 of 9 dates)
    "2020-07-10-galwan.txt": (0.78, 1.00, 1.00),
    # three written in session 23 (h7) before any rule for them: a translated analysis of a
    # normalisation (3 of 16, 3 of 3 dates: agreements told verb-final, a charge d'affaires),
    # a wire story of a border standoff (6 of 11, 3 of 6 dates: "since the 2020 election",
    # "re-election last year") and a wire story of an envoy expelled (8 of 11, 6 of 8 dates:
    # "ambassador Vincent Karega", "The decision was taken on Saturday")
    "2020-09-16-abu-dhabi-tel-aviv.txt": (0.43, 1.00, 1.00),
    "2021-11-16-kuznica.txt": (0.63, 0.85, 1.00),
    "2022-10-31-goma.txt": (0.81, 0.88, 1.00),
    # a translated review written last, after every rule of this session (5 of 14 before
    # its fixes)
    "2020-11-20-karabakh.txt": (0.78, 1.00, 1.00),
    # a wire story written in session 21 after the nuclear-deal one, before any rule for it
    # (3 of 8)
    "2021-05-01-batken-border.txt": (0.92, 0.76, 0.76),
    "2022-07-25-grain-deal.txt": (0.62, 0.40, 1.00),
    # a wire story written after the Singapore one, before any rule for it (6 of 14: the
    # broker of the deal taken for the counterpart)
    # (8 of 10 dates since session 26: what "The joint statement said" the two would do is
    # dated with the deal on Friday, the story's day, where the rows have publication)
    "2023-03-11-riyadh-tehran-deal.txt": (0.70, 0.80, 1.00),
    # four native-English wire stories written in session 27 (h7; the shoal one by the lead)
    # before any rule for them: the Second Thomas Shoal boarding (5 of 9: the main act in an
    # "after they boarded ..., seized ... and injured" clause missed, "He demanded" with an
    # uncoded person for "He"), Iran's drone attack on Israel (8 of 11, 6 of 8 dates: a
    # second verb of a dated clause and a pronoun's next sentence given the publication day),
    # the Karabakh offensive (8 of 10, 5 of 8 dates) and the Nijjar row (7 of 11, 3 of 7
    # dates: an undated past verb given the last day named in an earlier paragraph; raised
    # after the session's rules: a past perfect no longer moves the story's clock, "Saturday
    # night" is a date, "…, saying it was retaliating" is Iran's)
    "2024-06-19-shoal.txt": (0.55, 1.00, 1.00),
    "2024-04-14-iran-drones.txt": (0.81, 0.88, 0.66),
    "2023-09-20-karabakh-offensive.txt": (0.80, 1.00, 1.00),
    "2023-09-19-nijjar-row.txt": (0.63, 0.42, 1.00),
    # written in session 29 (h1) in the shape of the real wire stories read that session,
    # before any rule was run on it: Niger's junta and France (5 of 12, 4 of 5 dates, the
    # same before and after the session's rules: the announced troop pull-out, the end of
    # military cooperation, the junta's welcome told "in a statement", France's rejection of
    # "the demand", the rally at the French base, ECOWAS's threat "to use force" and the
    # airspace closed "according to a notice" are missed; the pull-out is dated with the
    # dateline, not "on Sunday")
    "2023-09-25-niamey-envoy.txt": (0.41, 0.80, 1.00),
    # four written in session 23 (h4) before any rule for them: three translated analyses, of
    # the Nile dam talks (2 of 12, 0 of 2 dates: "The day after", a July in a future clause),
    # of the Algiers-Rabat rupture (3 of 12: clauses after a bare "and" with no subject) and
    # of Lima's quarrel with Mexico and Bolivia (3 of 12), and a wire story of the IAEA
    # cameras (4 of 8)
    # (the rejection "on the last day" of the talks still takes the story's last date, the
    # exercise of 31 March told after them)
    "2021-04-08-nile-dam-talks.txt": (0.75, 0.77, 1.00),
    "2021-08-28-algiers-rabat.txt": (0.66, 1.00, 1.00),
    "2022-06-09-iaea-cameras.txt": (0.50, 1.00, 1.00),
    "2023-01-12-lima-mexico.txt": (0.66, 1.00, 1.00),
    # three written in session 24 (h1) before any rule for them, two translated analyses and
    # a translated commentary: the submarine row of 2021 (12 of 25, 10 of 12 dates), the
    # Vrbetice expulsions (3 of 17, 1 of 3 dates: "Saturday, 17 April" read as the Saturday
    # before publication) and the Rotterdam rallies (3 of 20, 3 of 3 dates); no not-row coded
    # as a fact. Eight rows were then put in the bed's terms (cancelled meetings, trips and
    # contracts REJECT, an airspace closed and a firm shut out of a tender COERCE, envoys
    # returned SUPPORT): 14 of 25 and 3 of 17 before
    "2021-10-08-submarine-row.txt": (0.68, 0.88, 0.94),
    # (session 27: Jakub Kulhanek listed, his ultimatum and Moscow's ignoring it found, 9 of
    # 17; both take the story's date where the rows want the day he took office and the
    # deadline, so dates stay 6 while the share falls from 6/7 to 6/9)
    "2021-05-17-vrbetice.txt": (0.52, 0.77, 1.00),
    "2017-03-15-rotterdam-rallies.txt": (0.30, 1.00, 0.83),
    # three translated analyses written in session 24 (h2) before any rule for them: of the
    # US-Turkey quarrel over pastor Brunson (6 of 19, 4 of 6 dates: a passive told "by the
    # Turkish forces detained", "three days later, on 4 August" counted from 4 August, a day
    # opening a clause the parser read as a phrase), of China and Canada after Meng's arrest
    # (10 of 25, 9 of 10 dates: a summons read as the content of a warning after a semicolon,
    # an "according to press reports" of a later clause, an author's "in our opinion … will
    # not release" coded as a refusal) and of Madrid and Rabat after Ghali's stay in Spain (6
    # of 18, all 6 dates); no false fact in the not-rows
    "2018-10-15-brunson.txt": (0.57, 0.90, 0.91),
    # (0.68 on its own branch: merged with h3's word-order rules two of its rows are lost)
    "2019-03-08-meng-canola.txt": (0.60, 1.00, 1.00),
    "2022-03-24-ceuta-rabat.txt": (0.55, 0.90, 1.00),
    # three translated analyses written in session 24 (h3) before any rule for them: the
    # Snowden affair (3 of 16, 2 of 3 dates: "Presidents Obama and Putin by telephone spoke",
    # "the sides agreed" after a meeting, "Moscow by this decision disappointed is", a leaker
    # no one knew), the Kaesong office blown up (3 of 12, 2 of 3 dates: "the North side",
    # channels cut, plans of military action suspended, "if the North side … worsens") and
    # the forced landing in Minsk (10 of 23, 10 of 10 dates: "this step as a provocation
    # qualified and …", an embassy's staff ordered out, "where Putin him received"); none
    # coded a rumour or forecast as a fact
    # (9 of 16 since session 25: the "two plus two" meeting's second direction had been
    # found only through a misread subject, "the ministers … of Russia" resolved by looking
    # back to "American"; the subject is now Russia's, and "X with Y met" gives one direction)
    "2013-08-12-snowden-summit.txt": (0.56, 1.00, 1.00),
    "2020-06-25-kaesong-office.txt": (0.50, 1.00, 1.00),
    "2021-06-30-minsk-landing.txt": (0.60, 1.00, 1.00),
    # three translated analyses written in session 25 (h5) before any rule for them: the
    # Doklam stand-off, from the Chinese (5 of 17, 3 of 5 dates: a sentence cut after "the
    # spokesman … Wu Qian" before its verb-final clause, "in answer" and "with the Indian
    # side" before an object, "and to the disengagement … agreed"), the Riyadh-Ottawa row,
    # from the Arabic (2 of 16: "the Kingdom" as Saudi Arabia, "statements of solidarity
    # with Riyadh", "the freezing of … trade", "a person not desired", a wrong Badawi) and
    # the Geneva summit, from the Russian (9 of 23, 5 of 9 dates: a meeting "on 16 June"
    # announced on 25 May dated a year on, "ten Russian diplomats … expelled" after a bare
    # "and" read as the expellers, "Biden in a telephone conversation with Putin"); no
    # rumour or forecast coded as a fact
    "2017-08-30-doklam.txt": (0.58, 1.00, 1.00),
    "2018-08-10-riyadh-ottawa.txt": (0.62, 1.00, 1.00),
    # (Geneva, dates 11 of 15: the Kremlin's and the White House's announcement of 25 May,
    # now found, shares its dyad and code with Biden's proposal of 13 April in one sentence,
    # and one event per dyad and code is kept: the April row matches the May event)
    "2021-06-25-geneva-summit.txt": (0.60, 0.73, 0.92),
    # three translated analyses written in session 26 (h1) before any rule for them: the
    # S-400 delivery to Turkey (3 of 12, 1 of 3 dates: "Turkey from the programme F-35 is
    # excluded", a decision "called a unilateral step" read as praise), Abe's visit to
    # Beijing (12 of 24, 8 of 12 dates: "Abe invited Xi to visit Japan" aimed at Japan) and
    # Vilnius against Beijing over the Taiwanese office (7 of 16, 5 of 7 dates: "the
    # ambassador Diana Mickeviciene … from Beijing recalled" aimed at the last person
    # named, "the conflict between Lithuania and the PRC" read as fighting); no rumour or
    # forecast coded as a fact. After the session's rules 5 of 12 (5 of 5 dates), 13 of 24
    # (10 of 13) and 10 of 16 (9 of 10)
    "2019-07-19-s400-delivery.txt": (0.41, 1.00, 0.80),
    "2018-10-29-abe-beijing.txt": (0.54, 0.76, 1.00),
    "2021-11-23-vilnius-office.txt": (0.62, 0.90, 1.00),
    # three translated analyses written in session 27 (h1) before any rule for them: the
    # Madrid memorandum on Sweden and Finland joining NATO, from the Turkish (4 of 43: visits
    # and calls told verb-final with two guests, "the two Nordic countries", the Secretary
    # General for NATO; "undertook not to support the YPG" coded as a promise of support),
    # the Kuril talks of January 2019, from the Russian (13 of 20, 9 of 13 dates: an envoy
    # "to the ministry summoned", a meeting "in February" announced on Tuesday dated by the
    # month) and the airship incident of February 2023, from the Chinese (2 of 18: acts on
    # "the airship" or "it" whose owner is named only in an earlier sentence, "The Ministry
    # of Foreign Affairs" after "Beijing reacted sharply.", a visit "postponed" verb-final
    # coded as a visit); no rumour or forecast coded as a fact
    # After the session's rules 9 of 43 (9 of 9 dates: calls "with X and with Y", guests
    # named after "in the White House", "On Wednesday, 18 May," and "the Friday prayer"
    # dated right, "from Sweden and Finland" before the object), 13 of 20 (13 of 13 dates:
    # "What was then on Tuesday agreed?" moves the story; two rows dated to the meeting's
    # February as the bed dates announced meetings) and 2 of 18; false facts removed: the
    # pledge "not to support the YPG", "the deputy foreign minister Igor Morgulov" taken
    # for Abe and Xie Feng for Biden, a Kyodo report as Japan's intent
    "2022-07-01-madrid-memorandum.txt": (0.20, 1.00, 0.88),
    "2019-01-24-kurils-talks.txt": (0.65, 1.00, 1.00),
    "2023-02-14-airship-crisis.txt": (0.11, 1.00, 1.00),
    # three translated agency REPORTS (news, not analysis) written in session 27 (h6) before
    # any rule for them: Azerbaijan's embassy in Tehran attacked (6 of 16, 6 of 6 dates: a
    # suspension told in the passive, "was summoned … and the Iranian authorities were urged",
    # "in a telephone conversation with his counterpart" one way only), Egypt and Turkey
    # exchanging ambassadors (9 of 23, 4 of 9 dates: "the raising of the level of the
    # relations", "it was agreed on", "a telephone call which X made to Y", "the 5th and 6th
    # of May 2021" read as May 1st, "the two presidents" given Morsi) and the Argyle meeting
    # on the Essequibo (6 of 22, 2 of 6 dates: "Saturday the 9th" read as September, "Friday
    # the 1st" as January, "Thursday the 7th" as the last Thursday; "talks facilitated by",
    # "joint flight operations with"); no rumour or forecast coded as a fact. After the
    # session's rules (ordinal days, "made a telephone call to", "the raising of the
    # relations", "of X and of Y", "bears the responsibility"): 7 of 16, 13 of 23 (10 of 13
    # dates) and 7 of 22 (7 of 7), four false facts gone. (A partner met "with" is not coded
    # back: CAMEO codes "X held talks with Y" one way, as our every-event sets do; these rows
    # list both directions.)
    # (session 28, h7: 0.85 dates since a new paragraph with no date of its own returns to the
    # story's latest day, as wire stories go back to the news after a background paragraph;
    # here Ankara's condemnation after four paragraphs on Friday's attack falls on Sunday's
    # news day, while ten rows in seven other articles gain their day)
    "2023-01-30-tehran-embassy.txt": (0.43, 0.80, 1.00),
    "2023-07-05-cairo-ankara-envoys.txt": (0.56, 0.76, 0.92),
    # (session 31: "the unwavering support of Washington for the sovereignty of Guyana" now
    # found, 8 of 22, but dated on the day of the sentence's main verb, not "one day after";
    # session 32: 10 of 22 with the call told by what was said in it, which takes the same
    # wrong day as its 051, so dates 7 of 8 -> 8 of 10)
    "2023-12-15-argyle-essequibo.txt": (0.45, 0.80, 1.00),
    # four native-English wire stories written in session 28 (h7) before any rule for them
    # (start: 39 of 66 rows, dates 32 of 39, modality 36 of 39, no not-row coded as fact):
    # a rescue raid on Boko Haram (7 of 13: "rescued 20 women held by Boko Haram militants in
    # a raid on Tuesday" dated at publication and coded as aid to Boko Haram), the INF exit
    # (8 of 17: "the Kremlin had warned on Friday", a January back-reference dating the next
    # paragraphs), the Torkham clash (6 of 13: dates of background paragraphs carried on,
    # "Afghan forces opened fire …, Pakistan's military said, and Pakistani troops returned
    # fire") and the Ethiopia-Eritrea border reopening (18 of 23). After the session's rules
    # 45 of 66, dates 42 of 45: the rescue is dated Tuesday and no longer aid to Boko Haram
    # (the women, with no nationality named, match no row: 6 of 13), deeds after the lead
    # are of the raid's day, fire returned is aimed at the shooter, a suspended treaty at its
    # partner, "the peace process" welcomed is the two sides', a charge the parser joined to
    # what was said is the speaker's, and a paragraph after a background one is of the news
    # day again
    "2019-07-10-borno-rescue.txt": (0.46, 1.00, 0.66),
    "2019-02-02-inf-exit.txt": (0.64, 1.00, 1.00),
    "2016-06-15-torkham-clash.txt": (0.61, 0.75, 1.00),
    "2018-09-11-zalambessa-reopening.txt": (0.86, 0.95, 1.00),
    # two machine-translated analyses written in session 30 (h2) before any rule for them: a
    # Turkish-press piece on the Incirlik visit ban (7 of 14, dates 5 of 7: "on 25 May Erdogan
    # and Merkel met" read as one date phrase, "Last June" no date, a refusal told as "later
    # did not allow" dated at publication, "described the refusal as unfortunate" a comment)
    # and a Chinese-press piece on the barley duties (5 of 15, dates 5 of 5: "the barley
    # decision" given the last act told, the European Union's, a warning to Chinese students
    # and consumers coded as China threatening its own people); no false fact. After the
    # session's rules 10 of 14 (dates 10 of 10) and 7 of 15 (dates 7 of 7)
    "2017-06-10-incirlik-exit.txt": (0.71, 1.00, 1.00),
    "2020-06-12-barley-tariffs.txt": (0.46, 1.00, 1.00),
    # two more written in session 30 (h9) before any rule for them: a Persian-press piece on
    # the Mina stampede (2 of 9, dates 2 of 2: a capitalised "Ministry of Foreign Affairs" named
    # without its country given no source, a health minister named without his country, targets left
    # implicit) and an Arabic-press piece on the Halaib row (7 of 10, dates 4 of 7: objects
    # set after "on Thursday, 4 January," left loose, "on the same day" at publication); no
    # false fact. After the session's rules 4 of 9 and 9 of 10 (dates 7 of 9)
    "2015-10-02-mina-tragedy.txt": (0.44, 1.00, 1.00),
    "2018-01-14-halaib-envoy.txt": (0.90, 0.77, 0.88),
    # two machine-translated analyses written in session 31 (h2) before any rule for them: a
    # Korean-press piece on the Kim Jong-nam expulsions (9 of 18, dates 5 of 9: "the
    # Malaysian police arrested on 15 February a Vietnamese woman" target lost, "on the same
    # day" and "the day before" taken from the wrong day, "the ambassador" given Malaysia,
    # the attack at "the Kuala Lumpur International Airport" given the place as attacker) and
    # an Arabic-press piece on Hariri's resignation and the Yemen ports (7 of 18, dates 5 of
    # 7: the Saudi-led coalition named only as "the Arab coalition", "similar calls" read as
    # phone calls between Kuwait and the UAE, ", and he accused" given the man named in what
    # was said, "described them as false" aimed at Tehran); no not-row violated. After the
    # session's rules 9 of 18 (dates 7 of 9: "At a press conference held on 20 February"
    # dates what follows "on the same day") and 9 of 18 (dates 7 of 9: "the support of
    # Washington for the stability of Lebanon" is Washington's, for Lebanon)
    "2017-03-08-kuala-lumpur-hostages.txt": (0.50, 0.77, 0.88),
    # (session 41: 10 of 18, dates 7 of 10: "The Saudi side, for its part, categorically
    # denied" is found since an aside after the subject is read as opening the sentence, but
    # dated by the story's last day, 12 November, not the 16th of its own report)
    "2017-11-17-hariri-riyadh.txt": (0.55, 0.70, 1.00),
    # a Persian-press analysis of the Iran-Azerbaijan border drills row written in session 31
    # (h10) after every other rule of the session, before any rule for it: 12 of 22, dates
    # 10 of 12, and two false facts ("the Azerbaijani police began to tax the Iranian trucks
    # which carry goods to Armenia, and … it detained two Iranian drivers" had Armenia detain
    # them, and Iran demand their release of Armenia); drills "near the border with
    # Azerbaijan, with the participation of armoured units" read as a joint exercise with
    # the units (and, said shorter, with Azerbaijan). After its rules 16 of 22 (dates 14 of
    # 16: "in recent days" no longer takes the story's last day), no false fact
    "2021-10-15-aras-drills.txt": (0.72, 0.87, 1.00),
    # a Russian-press analysis of the Russia-Ukraine gas transit deal of December 2019 written
    # in session 32 (h2) after every earlier rule, before any rule for it: start 11 of 27,
    # dates 8 of 11 ("For most of this year …" left the undated offers in February 2018), no
    # not-row violated; extra facts: "which agreed on almost nothing" coded an agreement, the
    # mediator of "with the mediation of the European Commission" met as a counterpart,
    # "after five days of talks the delegations … signed" left without its signers. After
    # its rules 16 of 27, dates 16 of 16 (the mediator mediates, "such sanctions" refer back)
    "2019-12-31-gas-transit.txt": (0.59, 1.00, 1.00),
    # a Turkish-press commentary on the Turkey-Israel return of ambassadors (August 2022)
    # written in session 32 (h2) after the gas-transit rules, before any rule for it: start
    # 17 of 37, dates 14 of 17, no not-row violated; false facts: "the two countries decided
    # to restore full diplomatic relations" given Iran and Israel (the last two named),
    # "asked the Israeli ambassador to leave the country" a request, "the consul general" a
    # general deported, "agreed … to convene the commission in September" dated last
    # September. After its rules 19 of 37, dates 18 of 19
    "2022-08-19-ankara-tel-aviv-envoys.txt": (0.78, 1.00, 1.00),
    # a Persian-press analysis of the al-Ula declaration ending the Qatar blockade, written in
    # session 32 (h3) before any rule for it: 19 of 29, dates 17 of 19, modality 13 of 19
    # ("It should be recalled that on 5 June 2017 …" read as a modal), no not-row violated,
    # one false fact ("a list of thirteen conditions, among them the closure of the Al
    # Jazeera network" coded as Riyadh closing it) and a wrong year ("On 22 June of the same
    # year" after 2017 dated 2020). After its rules 21 of 29, dates 19 of 21, modality 20 of
    # 21, no false fact (a guest "received" also visiting the host, 22 of 29, was dropped:
    # event_pairs lists only the host's side)
    "2021-01-21-ula-declaration.txt": (0.72, 0.90, 0.95),
    # a Korean-press analysis of Iran's seizure of the tanker Hankuk Chemi, written in
    # session 32 (h3) after the al-Ula rules, before any rule for it: 4 of 19, dates 2 of 4,
    # no not-row violated, five false facts ("Our Ministry of Foreign Affairs" and an
    # official who "arrived in Tehran" given Iran, the government named last; "the sailors"
    # the British marines named three paragraphs before). Its two seizure rows were aligned
    # with the bed's convention (a tanker seized is ASSAULT 18, as in the tankers article)
    # after the first run; that changed no figure. After its rules 7 of 19, dates 4 of 7
    # (bare "Korean" in a text naming only South Korea; "the 4th of last month"), one false
    # fact left (the sailors)
    "2021-02-04-hankuk-chemi.txt": (0.36, 0.57, 0.85),
    # a Chinese-press commentary on the China-Solomon Islands security pact (April 2022),
    # written in session 32 (h12) after every earlier rule, before any rule for it: start 7
    # of 25, dates 7 of 7, modality 7 of 7, no not-row violated; false facts: "the officials
    # of the two sides initialled" given China's spokesman and New Zealand's prime minister
    # (the last two people named), "In the view of the author, it is Washington and
    # Canberra, which sent envoys … to pressure Honiara, …" coded as asserted visits and
    # threats. After its rules 14 of 25, dates 11 of 14 (the month of "At the end of March,
    # a draft … circulated", parsed as a noun phrase, is not carried to the next sentence),
    # no false fact
    "2022-04-25-honiara-pact.txt": (0.56, 0.78, 1.00),
    # an Arabic-press analysis of the Morocco-Israel normalisation and the US recognition of
    # Moroccan sovereignty over the Western Sahara (December 2020), written in session 33
    # (h3) after every earlier rule, before any rule for it: start 13 of 30, dates 13 of 13,
    # modality 13 of 13, no not-row violated; false facts: "the king in a second telephone
    # call with Abbas" taken for Trump (the last person named; four events), Morocco
    # recognising Washington (ties made by others in the sentence), Hamas's "the step"
    # taken for Sisi's welcome of it. After its rules 19 of 30, dates 18 of 19, modality 19
    # of 19 (the call "with" someone a thing was said in had by both; "the Zionist entity"; a
    # surname after a title written with capitals), no false fact of those; left: Sisi's
    # welcome given the Palestinians, a road "towards Mauritania" taken for Mauritania, a
    # threat given the United Nations of its condition. ("Netanyahu spoke by telephone with
    # the King" stays Israel's call alone, as event_pairs lists a verb of calling)
    "2020-12-27-rabat-tel-aviv.txt": (0.63, 0.94, 1.00),
    # a German-press commentary on the US waiver of sanctions on Nord Stream 2 AG (May 2021),
    # written in session 33 (h3) after the Rabat rules, before any rule for it: start 4 of
    # 14 as written, 6 of 14 once its sanction rows took the bed's convention (COERCE 16,
    # waived RETREAT 08), dates 2 of 6 (a weekday counted from the background paragraph's
    # January; "in the past days" given the clause's April), no not-row violated; one false
    # fact: the report "to the Congress" read as sanctions on Congress (the verb-final
    # perfect "has on Wednesday, 19 May, … new sanctions … imposed" is parsed with "has" as
    # the main verb). After its rules 6 of 14, dates 3 of 6 ("in the past days" is of the
    # writing; the weekday counted from January left), no false fact (no state sanctions
    # its own organs)
    "2021-05-27-pipeline-waiver.txt": (0.42, 0.50, 1.00),
    # a translated analysis from the French press written in session 33 before any rule for
    # it (3 of 13, dates 1 of 3, no not row violated, one false fact: "questioned by France
    # Inter" read as France investigating the president, gone once a news outlet's questions
    # are an interview; misses: a visa cut announced by a spokesman, a minister "judged the
    # measure unjustified" (no country for "the measure"), "The Ministry of Foreign Affairs
    # summoned" with the ministry's country only in the sentence before,
    # a recall as a noun, "conditioned to", "sought to calm the game", "recognised ...
    # inexcusable"; dates: "The same evening" after "Everything has changed on Saturday 2
    # October" and "in an interview given on Sunday 10 October", both right once a perfect set
    # on a day is a translated past and an interview "given" dates what is said in it: 3 of 3;
    # 4 of 13 once "the recall for consultations of its ambassador" is the envoy's recall, the
    # French army's "confirmed that Algeria had closed its airspace" no longer a charge and,
    # as an act the other side confirms, asserted, not its report: modality 4 of 4)
    "2021-10-18-paris-algiers-visas.txt": (0.30, 1.00, 1.00),
    # a Spanish-language analysis of Colombia and Venezuela restoring relations (August 2022),
    # written in session 33 (h4) after every earlier rule, before any rule for it: start 15
    # of 23, dates 8 of 15, modality 15 of 15, no not-row violated; false facts: "Maduro
    # broke then the relations with Bogota, gave … and accused Duque" read with Bogota as
    # the one who gave and accused (an adverb between verb and object), and every act of
    # the 2019 paragraph dated January 2022 ("One month before, on 23 January" read in the
    # year of publication). After its rules 18 of 23, dates 13 of 18
    "2022-08-31-caracas-bogota-envoys.txt": (0.78, 0.72, 1.00),
    # an Indian (Hindi) analysis of the India-Maldives rift (Nov 2023 - Jan 2024), written in
    # session 33 (h4) after the Colombia-Venezuela rules, before any rule for it: start 5 of
    # 21, dates 5 of 5, modality 5 of 5, no not-row violated; false facts: "the two sides
    # twenty agreements signed" after Muizzu's talks with Xi given India and the Maldives
    # (the last pair that acted both ways), "in Fujian Muizzu China had requested" read as
    # China asking (the person and the country parsed as one name). After its rules 10 of
    # 21, dates 10 of 10. Session 36 (h3): Rijiju's "to Male came" is his visit (a person's
    # plain "came to"), 13 of 21, dates 11 of 13: the two rows of the next day's meeting, in
    # the same sentence and still uncoded, match the visit of the 17th
    "2024-01-16-male-delhi-troops.txt": (0.61, 0.84, 1.00),
    # a Turkish-press analysis of the Pazarkule/Evros migration crisis between Turkey, Greece
    # and the EU (Feb-Mar 2020), written in session 34 (h1) before the coder saw it: start 7
    # of 24, dates 7 of 7, modality 7 of 7; one not row violated ("a meeting of Erdoğan and
    # Mitsotakis in the near future does not seem possible" coded as a meeting held). After
    # its rules 13 of 24, dates 13 of 13, no false fact left of those found at the start
    "2020-03-13-pazarkule-gates.txt": (0.58, 1.00, 1.00),
    # a Russian-press analysis of the Moldova-Russia row of summer 2017 (expulsions of 29 and
    # 31 May, the parliament's declaration on Russian troops, Rogozin's plane and his
    # persona non grata), written in session 34 (h2) before any rule for it: start 2 of 22,
    # dates 2 of 2, modality 2 of 2, no not-row violated; false facts: Dodon's "called it a
    # disgusting gesture" given Russia, "those forces in Moldova which for the normalisation
    # of the relations with Russia stand" read as Moldova's support of Russia. Karasin,
    # Rogozin and Moldova's premiers and foreign ministers listed; "the 25th anniversary" no
    # day; "a declaration, in which it demanded from Russia": 4 of 22; a note "by which"
    # diplomats were declared persona non grata its hander's act, "in the statement of the
    # Russian MFA" its author, "the ambassador of Moldova Andrei Neguta" Moldova's, "On 29
    # May" no modal, "called the expulsion a provocation" aimed at the expeller, "promised
    # to Bucharest an answer" a threat to Romania, "reptiles" an insult, "On the same day to
    # the Moldovan MFA the Russian ambassador was summoned" Moldova's summons, Dodon's "called
    # it" the decision (no false fact of Russia left): 11 of 22, dates 10 of 11 (Karasin's
    # reaction, in a paragraph of its own after the flashback, is given the news day: a rule
    # keeping a reaction that "followed immediately" in the time told last cost the Druzhba
    # article a date and was dropped)
    "2017-08-04-rogozin-chisinau.txt": (0.50, 0.90, 1.00),
    # a Chinese-press commentary on the China-Vietnam row over the "981" rig (May-June
    # 2014), written in session 34 (h5) before the coder saw it: start 12 of 24, dates 12 of
    # 12, modality 11 of 12 (Psaki's "provocative and unhelpful" negated), no not-row
    # violated; false facts: "the Chinese side expressed strong dissatisfaction with the
    # remarks" (Psaki's) given Vietnam, "requested him" (Ban Ki-moon) given Psaki and dated
    # by the story ("On Monday last week" unread), the author's "the Chinese side will not
    # make any concession" an asserted refusal. "May" read as a negation no longer, "The
    # next day" answering the act told last, a second "to" phrase on the subject its
    # recipient, the writer's view running on through its paragraph: 14 of 24, dates 14 of
    # 14, modality 14 of 14, those three false facts gone
    "2014-06-20-rig-981.txt": (0.58, 1.00, 1.00),
    # a Vietnamese daily's analysis machine-translated from the Vietnamese (the Haiyang
    # Dizhi 8 survey ship at Vanguard Bank, July to October 2019: Hanoi's protests and
    # demands, Geng Shuang's answers, the State Department's two statements, Minh and Wang
    # Yi in Bangkok), written in session 43 (h2) before any rule for it: start 11 of 21,
    # dates 3 of 11 (days written "(19/7)", "on 13/8" unread), modality 10 of 11, no not-row
    # violated; false facts: Hang's words on the Chinese ships given China, the naming in
    # "the area which Beijing calls Wan'an Bank" read as a call to Rosneft, "There are also
    # opinions that Washington will send warships" an asserted promise, Ortagus (the last
    # spokesperson named) accusing China in Minh's sentence, Phuc's "will never make
    # concessions" a refusal to China. Its rules (a day with its month after a slash,
    # Vietnam's foreign-ministry spokespeople, a name after "calls" in a relative clause, views
    # told only as existing, a claim rejected is the last claimant's, a ship group named
    # again by its ship's name): 14 of 21, dates 13 of 14, modality 14 of 14, no not-row
    # violated; left: Hang's "all the activities in the waters of Vietnam … are violations"
    # aimed at Vietnam, Phuc's refusal, Minh's denunciation still given the last spokesperson
    # named (Hang now, so Vietnam's only by chance), Wang Yi's side of his meeting with Minh
    # (coding "X met with Y" both ways found 18 more rows in other articles but lowered the
    # date share of two and broke a test that reads such a meeting one way: dropped)
    "2019-10-28-vanguard-bank.txt": (0.66, 0.92, 1.00),
    # a machine-translated Persian-press analysis of the Iran-US crisis of June 2019 (the
    # tankers, the Global Hawk, the sanctions on the Leader), written in session 35 (h2)
    # before the coder saw it: start 7 of 25, dates 7 of 7, modality 7 of 7, no not-row
    # violated; false facts: "the secretary of the Security Council of Russia Nikolai
    # Patrushev" read as the UN's, "The Foreign Ministry … the ambassador of Switzerland, who
    # the interests of America in Tehran represents, summoned" given Hunt's Britain, "the
    # drone the airspace of Iran had violated" an asserted Iranian rejection, "the permanent
    # representative of our country at the United Nations" the UN itself. A Security
    # Council of a country its own, the host summoning an envoy, a thing of a named owner
    # no subject, a weapon named again keeping its side, "introduced … as responsible", an
    # army's blow judged bare, a letter's addressee no target of an act that names its own,
    # the Leader of the Islamic Revolution, a rule of answer a threat: 11 of 25, dates 11 of
    # 11, modality 11 of 11, those false facts gone but Takht-Ravanchi's letter (aimed at
    # Guterres: the long translated title before his name is still misread)
    "2019-06-26-global-hawk.txt": (0.44, 1.00, 1.00),
    # a machine-translated Egyptian-daily analysis of the Gulf crisis three weeks after the
    # boycott of Qatar (June 2017), written in session 35 (h1) before the coder saw it:
    # start 12 of 25, dates 12 of 12, modality 12 of 12, no not-row violated; false facts:
    # "and they accused it of supporting the terrorist groups" given Qatar as accuser,
    # "expressed its deep regret for the decision" an apology to the four, "called on the
    # same day Saudi Arabia, … to ease the blockade" an easing done by Tillerson and his
    # "warning from its humanitarian consequences" a threat to Qatar. "They" after "and"
    # the list before, regret for another's decision no apology, the appeal with its "on"
    # dropped, no threat in foretold suffering, a charge of funding terror, "the four
    # countries" across the story, a demand told by its topic, food in airplanes and a date
    # after "sent on": 18 of 25, dates 17 of 18 ("Ankara was quick to reject …, and Isik
    # said on Friday" dated by the story), modality 18 of 18, those false facts gone
    "2017-06-28-quartet-demands.txt": (0.72, 0.94, 1.00),
    # a machine-translated analysis from a Latin American daily on the February 2019
    # Venezuela-Colombia border crisis (the aid in Cucuta, the blocked convoy, the rupture,
    # Pence and the Lima Group in Bogota), written in session 35 (h3) before the coder saw
    # it: start 13 of 25, dates 10 of 13, modality 13 of 13, no not-row violated; asserted
    # facts no row accounts for: "Maduro ordered the closing of the border with Brazil" a
    # demand to Brazil, "the Security Council … discussed the crisis at the request of
    # Washington" a meeting with Washington, the rupture's 24-hour notice to "the diplomatic
    # and consular personnel" an expulsion (174) by the vice-president named before, the
    # Venezuelan government's "assured that the trucks had been burned by the own
    # opposition" a statement to Duque; "the 23 of January" and "the 7 of February" unread.
    # Its rules ("the D of Month" dates, the weekday of last week, "Yesterday, Tuesday", an
    # opening "when" clause's day, envoys given time in a "to" phrase and staff told as
    # diplomatic or consular, "the president" no vice-president, a meeting at someone's
    # request, "assured that" a claim, "the closing of" a closure, a state's closed bridge
    # barring passage, an object after a span of time, the Bolivarian National Guard): 15
    # of 25, dates 14 of 15, modality 15 of 15, those four false facts gone (one left: "the
    # three bridges of Tachira with Colombia" closed on Venezuela). Colombia's closed
    # "border crossings" are coded as headlines_lower has them (160), not as its row (191)
    "2019-02-27-cucuta-bridges.txt": (0.60, 0.93, 1.00),
    # a translated analysis from a Moscow daily on Russia and Belarus after the August 2020
    # election, written in session 36 (h1) before the coder saw it: 15 of 25, dates 13 of
    # 15, modality 15 of 15, no not-row violated, two false facts ("detained near Minsk 33
    # Russian citizens" done to Minsk, "any outside interference in the internal affairs of
    # Belarus is unacceptable" a charge against Belarus); after the session's rules (an
    # object after a place phrase, meddling in a state's affairs judged, a week that moves
    # the story on, a pronoun object before its verb, "before" an audience): 20 of 25, dates
    # 20 of 20, modality 19 of 20 (Putin's promise told by Lukashenko read as asserted),
    # those false facts gone
    "2020-09-16-sochi-loan.txt": (0.80, 1.00, 0.95),
    # a machine-translated Beijing-daily commentary on the China-Czech row over the Czech
    # Senate President Vystrcil's visit to Taiwan (30 August - 4 September 2020), written in
    # session 36 (h2) before the coder saw it: start 11 of 23, dates 10 of 11, modality 10 of
    # 11, no not-row violated; false facts: Zeman "distanced himself from the trip" a cut of
    # ties with China, "called the visit a boyish provocation" a charge against Wang Yi (whose
    # visit to Berlin was told last), "the Czech enterprises which do business in China" an
    # asserted cooperation, Pompeo's warning "against the threat of the Chinese Communist
    # Party" a threat to the Czechs. Its rules (a verb with its own "will" not denied by the
    # one before, making a side pay told ahead a threat made, the Czech Senate presidents, a
    # third side's menace warned against, a class picked out by what it does, distancing from
    # a thing, "it" taking up an ill, the charge after a bare body accused, a speech judged,
    # a span across two months dated by its first day, a line crossed in words): 17 of 23,
    # dates 17 of 17, modality 17 of 17, those false facts gone but the charge against Wang
    # Yi (a rule reading "the visit" as the compatriot's told last cost four rows elsewhere)
    "2020-09-05-vystrcil-taipei.txt": (0.73, 1.00, 1.00),
    # a machine-translated Ankara daily's analysis of the Turkish-Saudi thaw of spring 2022
    # (Erdogan in Jeddah, the Khashoggi trial sent to Riyadh, the Saudi boycott, the UAE
    # opening), written in session 36 (h3) before the coder saw it: start 12 of 22, dates 10
    # of 12, modality 12 of 12, no not-row violated; asserted facts no row accounts for: the
    # G20 made a party of a phone call told "on the eve of the summit of the G20", "the
    # Washington Post" read as Washington. Its rules (subjects after an opening phrase, a
    # paper named after a place, a person's plain "went to" / "came to" a named place, the
    # journey in the subject's relative clause dating his acts, "reviewed with X", the ways
    # of growing a tie a goal, "the order to kill came from Y", the day a writing was made):
    # 15 of 22, dates 15 of 15, modality 15 of 15, no not-row violated; the G20 and
    # Washington false facts gone
    "2022-05-01-jeddah-visit.txt": (0.68, 1.00, 1.00),
    # a machine-translated Tokyo daily's analysis of the Japan-China row over the release of
    # the Fukushima treated water (24 August 2023), written in session 37 (h2) before the
    # coder saw it: start 6 of 22, dates 4 of 6, modality 6 of 6, no not-row violated; false
    # facts: Okano's summons of the Chinese ambassador (and his demand) given to Fiji's
    # Rabuka, the US ambassador's trip to Soma a visit to Japan (and Japan hosting it). Its
    # rules (an envoy "of China to Japan" summoned by his host, a participle on a verb-last
    # clause's object, the day a relative clause says a thing began, an envoy at his own
    # post pays no visit, "the release into the sea of" the water, water let out frees no
    # one, "the ban" an embargo told before, a present perfect set against a dated clause by
    # "while"): 11 of 22, dates 11 of 11, modality 11 of 11, those false facts gone
    "2023-09-01-treated-water.txt": (0.50, 1.00, 1.00),
    # a machine-translated Algerian daily's analysis of the Algeria-Spain crisis of spring
    # 2022 (Sanchez's letter on the autonomy plan, the ambassador recalled, Sanchez in Rabat,
    # the gas warnings, the treaty of 2002 suspended, the banks' trade freeze, the
    # Commission's statement), written in session 37 (h1) before the coder saw it: start 8
    # of 25, dates 4 of 8, modality 8 of 8, no not-row violated; false facts: the astonishment
    # at "the former administering power of Western Sahara" aimed at Western Sahara, "the
    # Minister of Energy and Mines Mohamed Arkab informed his Spanish counterpart" Sanchez's
    # act. Its rules (the crisis's office holders, the same day named in the sentence and a
    # weekday of the opening named again, a power holding a land, a treaty suspended as a
    # noun, the recalled envoy's own state, a clause opened by its verb, a name after a
    # title's "of" phrase, considering a thing something, a hyphened title split in three):
    # 10 of 25, dates 10 of 10, modality 10 of 10, those false facts gone
    "2022-06-12-algiers-madrid-treaty.txt": (0.40, 1.00, 1.00),
    # a machine-translated Mexico City daily's analysis of the Mexico-Ecuador rupture of April
    # 2024 (Serur declared persona non grata, asylum for Glas, the raid on the embassy in
    # Quito, Nicaragua's rupture, the OAS resolution, Mexico's case at the ICJ), written in
    # session 37 (h3) before the coder saw it: start 7 of 22, dates 2 of 7, modality 7 of 7,
    # no not-row violated; asserted facts no row accounts for: Mexico's diplomatic personnel
    # withdrawn from Quito a retreat (0874), "presented … a demand against Ecuador" a demand
    # (100) for the suit it is. Its rules (diplomats withdrawn from a capital, a demand laid
    # against a side a suit, "Thursday 4 of April" a weekday with its date, Jorge Glas, "the
    # vice-president X" cut at its hyphen, premises got into by force raided, "the raid" or
    # "the incursion" a raid on premises, the day of the paper's edition no story day, a
    # past verb no conjunct of "can be considered"): 16 of 22, dates 15 of 16 ("since
    # December" dates the request for a safe conduct), modality 16 of 16, no not-row
    # violated, those two false facts gone
    "2024-04-13-quito-embassy.txt": (0.72, 0.93, 1.00),
    # a machine-translated Moscow daily's analysis of Armenia and Russia in the winter of
    # 2023-24 (the CSTO participation frozen, the Rome Statute ratified, the peacekeepers in
    # Karabakh, the Minsk summit skipped), written in session 37 (h7) before the coder saw
    # it: start 9 of 25, dates 8 of 9, modality 9 of 9, no not-row violated; false facts:
    # "the Rome Statute" read as Italy (Armenia conceding to Rome, Rome coercing Putin), a
    # promise "to punish the guilty" a threat to Putin, apologised to. Its rules (a treaty
    # named after its city no side, a statute ratified an agreement signed, doers right
    # after "On 7 December" or "in Munich" the subject, "the guilty" people, a year in the
    # reason for an act no date of it): 16 of 25, dates 15 of 16, modality 16 of 16, no
    # not-row violated, those false facts gone
    "2024-02-26-frozen-alliance.txt": (0.64, 0.93, 1.00),
    # a machine-translated Berlin analysis (Scholz in Beijing, the COSCO stake in the
    # Tollerort terminal) written in session 37 (h8) before the coder saw it: start 3 of 14,
    # dates 1 of 3, modality 2 of 3, no not-row violated; asserted facts no row accounts
    # for: Xi's warning "against the confrontation of blocs" a threat to Germany (130), and
    # "the chancellor" given to Baerbock, the last person named. Its rules (a warning against
    # an ill of the world order, the writer weighing a told act in the present, a place set
    # first without a comma before the doer's name, "according to the state television"
    # hearsay): 4 of 14, dates 4 of 4, modality 4 of 4, no not-row violated, the threat
    # gone; "Xi and Scholz agreed that …" is coded 019 (an accord of views), the rows want 03
    "2022-11-06-tollerort-beijing.txt": (0.28, 1.00, 1.00),
    # a machine-translated Ankara daily's analysis of Turkey and Sweden in January 2023 (the
    # effigy and the Quran burned in Stockholm, the ambassador summoned three times, Jonson's
    # visit cancelled, Erdogan's "no support for their NATO membership", the trilateral
    # meeting postponed) written in session 38 (h2) before the coder saw it: start 4 of 24,
    # dates 4 of 4, modality 4 of 4, no not-row violated; wrong sides: the Turkish Ministry
    # of Foreign Affairs read as Sweden's (the last government seen acting), the summons of
    # 20 January Sweden's to itself (SWE->SWE 110). Its rules (a month counted over no day,
    # a capitalised body not the side its sentence acts on, a protest permitted not the
    # permitter's, a fronted clause ended at its verb's comma, hyphened words one phrase,
    # doers listed after a set-off place the subject, an "according to" lead skipped): 14
    # of 24, dates 14 of 14, modality 14 of 14, no not-row violated, the SWE->SWE summons
    # gone; "the Ministry … condemned" of 21 January is still read as Sweden's (no target)
    "2023-01-26-stockholm-quran.txt": (0.58, 1.00, 1.00),
    # a machine-translated São Paulo analysis of Brazil and Israel after Lula's Holocaust
    # comparison in Addis Ababa (Lula persona non grata, Meyer at Yad Vashem and recalled,
    # Zonshine summoned in Rio), written in session 38 (h1) before the coder saw it: start
    # 7 of 22, dates 6 of 7, modality 7 of 7, one not-row violated (Brazil breaking ties,
    # ", a hypothesis that the Itamaraty does not consider"); false facts: the UN cutting
    # UNRWA's funds, Brazil and Egypt declaring a ceasefire they "defended", Katz's attacks
    # on X a blow, Vieira criticising the Brazilian ambassador. Its rules ("defend" as
    # advocacy, a clause summed up as a hypothesis, "classify as", an "as" adjective hung on
    # the object, attacks in an outlet of words, a singular apposition on the name before
    # its comma, "disagree with", "is to be received by", a titled guest): 13 of 22, dates
    # 12 of 13, modality 13 of 13, no not-row violated, those false facts gone
    "2024-02-21-addis-yad-vashem.txt": (0.59, 0.92, 1.00),
    # a machine-translated Rome daily's analysis (Italy and France, February 2019: Di Maio
    # and the gilets jaunes, the French ambassador recalled and back) written in session 38
    # (h7) before the coder saw it: start 10 of 25, dates 8 of 10, modality 10 of 10, no
    # not-row violated; asserted facts no row accounts for: the recall "since 1940" aimed at
    # the European Union (the framing clause's "it"), Macron asking Paris for the terrorists
    # ("he" given the last man named, Salvini unknown). Its rules (the ministers and envoys of
    # 2018-19, a framing "it" names no one, a past verb joined to "there is", "the day after"
    # standing alone, an act framed as a first is of the story's day): 16 of 25, dates 15 of
    # 16, modality 16 of 16, no not-row violated, both false facts gone
    "2019-02-17-ambassador-farnese.txt": (0.64, 0.93, 1.00),
    # a machine-translated Lahore analysis, from the Urdu (Pakistan and Iran in January
    # 2024: the strikes in Panjgur and Saravan, the envoys recalled and sent back) written
    # in session 38 (h3) before the coder saw it: start 10 of 24, dates 10 of 10, modality
    # 10 of 10, no not-row violated; asserted facts no row accounts for: "the Foreign
    # Office" read as Britain's (a condemnation, a threat and a summons aimed at Pakistan),
    # and the caretaker prime minister attacking the Iranian minister he met "before the
    # attack". Its rules (a seat name states share given to the one the story names, a
    # violation of a state's airspace aimed at who struck it, where and with what told
    # between a doer and its last verb, a doer right after "before the attack", whom a
    # meeting on the sidelines is held with, an envoy called back, an object before a
    # decision's infinitive, relatives and phrases of place set off by commas, lists of
    # translated clauses): 17 of 24, dates 15 of 17, modality 17 of 17, no not-row
    # violated, those false facts gone
    "2024-01-23-panjgur-saravan.txt": (0.70, 0.88, 1.00),
    # a machine-translated Beirut analysis, from the Arabic (Saudi Arabia and Lebanon in
    # October 2021: Kordahi's aired words on Yemen, the envoys summoned, recalled and sent
    # home, the import ban, Hezbollah's and Mikati's answers) written in session 39 (h3)
    # before the coder saw it: start 13 of 25, dates 11 of 13, modality 13 of 13, no
    # not-row violated; asserted facts no row accounts for: "it accused the Lebanese
    # authorities" given Hezbollah (the last name in the clause before) against Lebanon, and
    # Kuwait's 48 hours to the charge d'affaires "to depart" read as a threat. Its rules (a
    # writing's "it" after "and", time to depart, objects after a time phrase with no comma,
    # a decided act's past, "It is known that", keenness stressed, "the Kingdom" in a list):
    # 18 of 25, dates 18 of 18, modality 18 of 18, no not-row violated, both false facts
    # gone. Left: Kordahi, named only as entering Mikati's government, is no coded side (four
    # rows); Faisal bin Farhan's two judgements; the Emir's side of the meeting
    "2021-11-02-kordahi-remarks.txt": (0.72, 1.00, 1.00),
    # a machine-translated Berlin daily's analysis (Germany and Turkey, February-March 2017:
    # Deniz Yücel jailed, the rallies of Turkish ministers cancelled, the Nazi comparison,
    # Gabriel meeting Çavuşoğlu) written in session 39 (h7) before the coder saw it: start
    # 9 of 23, dates 9 of 9, modality 9 of 9, no not-row violated, no asserted fact no row
    # accounts for (but a town cancelling a Turkish minister's rally read as its own
    # climb-down, 082, with no country on the town). Its rules (a rally of another side
    # called off is a restriction on it, a verb second after a leading time with the pair
    # that meets after it, an "as" phrase or a judging adjective set after a phrase of place
    # or time, the German and Turkish office holders of 2017 and Cologne, a threat of what
    # the speaker will do aimed at the side it names): 13 of 23, dates 13 of 13, modality 13
    # of 13, no not-row violated; the one asserted fact no row accounts for is Bozdağ
    # cancelling his meeting with Maas, coded 125 as the pattern files code cancelling
    # one's own meeting, where the row (written first) says SANCTION
    "2017-03-09-yucel-gaggenau.txt": (0.56, 1.00, 1.00),
    # a machine-translated Madrid daily's analysis, from the Spanish (Spain and Argentina in
    # May 2024: Milei's words at Vistalegre, the apology demanded, the ambassador withdrawn)
    # written in session 39 (h1) before the coder saw it: start 7 of 15, dates 6 of 7,
    # modality 7 of 7, no not-row violated; asserted facts no row accounts for: Spain and
    # Argentina nationalising YPF (the ties that "survived" it taken for its doers), besides
    # a withdrawal of the ambassador read as a pledge to pull back aimed at Spain and the
    # spokesman of Milei given to Sanchez. Its rules (an envoy's withdrawal as a noun and his
    # own "of" phrase, the possessive opening a main subject, "referred to X as Y", "the next
    # day" of a past lead-in, acts a subject came through): 10 of 15, dates 10 of 10,
    # modality 10 of 10, no not-row violated, those false facts gone
    "2024-05-23-vistalegre-envoy.txt": (0.66, 0.90, 1.00),
    # a machine-translated Tokyo daily's commentary (Japan and South Korea, December 2018 to
    # January 2019: the destroyer's fire-control radar at the P-1, the two videos, the
    # forced-labour rulings behind) written in session 39 (h2) before the coder saw it:
    # start 1 of 23, dates 1 of 1, modality 1 of 1, no not-row violated; asserted facts no
    # row accounts for: the summons of "Lee Su-hoon" aimed at Britain (Geoff Hoon), the
    # court's order to Nippon Steel read as a purchase of steel. Its rules (a hyphened
    # syllable of a given name, an object told to act is no goods, a fire-control radar
    # aimed, a "that" clause ending in its verb at a comma, a verb after its subject's
    # setting, a past joined to a present demanded, "the ministry" and "the destroyer X"
    # named again, "the irradiation", the day of the occasion, a video conference, the
    # firms of the rulings, a thing demanded after an act at a side): 11 of 23, dates 11 of
    # 11, modality 11 of 11, no not-row violated, both false facts gone
    "2019-01-07-p1-radar.txt": (0.47, 1.00, 1.00),
    # a Paris daily's analysis machine-translated from the French (France and Turkey in
    # October 2020: Erdogan's "mental checks", Hervé Magro recalled, the boycott call, the
    # support of Berlin, Rome, Brussels and Athens, the Qatari and Kuwaiti boycotts,
    # Pakistan's resolution and summons, the Courbet incident) written in session 40 (h1)
    # before the coder saw it: start 9 of 25, dates 9 of 9, modality 9 of 9, no not-row
    # violated; false facts of the start: "asked what problem this person has" a request,
    # "invited Turkey to stop" an invitation, "his compatriots" aimed at the EU. Its rules
    # ("Elysée", a given name with or without accents, invited to desist, assured of
    # support, a question word inside the first phrase, a leader said to need mental
    # checks, a person's own people, an envoy recalled with no agent): 16 of 25, dates 16
    # of 16, modality 16 of 16, no not-row violated, those three false facts gone
    "2020-10-28-mental-checks.txt": (0.64, 1.00, 1.00),
    # A machine-translated Chinese-press commentary on China and Mongolia after the Dalai
    # Lama's visit to Ulaanbaatar (November-December 2016: China's warnings and protests,
    # the talks postponed, the fees at Erenhot, Munkh-Orgil's word that the Dalai Lama will
    # not be invited again) written in session 40 (h2) before the coder saw it: start 8 of
    # 19, dates 7 of 8, modality 8 of 8, no not-row violated; asserted facts no row accounts
    # for: "he" (the Dalai Lama) read as the Mongolian minister wishing to meet Trump, "let
    # the Dalai Lama visit" read as a Mongolian visit hosted by China, the writer's "If
    # Ulaanbaatar again plays the Tibet card, Beijing will take stronger countermeasures"
    # read as a Chinese threat. Its rules (the writer's question about what comes next, a
    # religious title "he" takes up, "let" with a bare clause, a phrase of defiance, "the
    # fact that", fees imposed, the first days of a month, relations raised, the subject
    # after an opening attribution, "it" after importance attached): 14 of 19, dates 14 of
    # 14, modality 14 of 14, no not-row violated, the false facts gone
    "2016-12-23-ulaanbaatar-lesson.txt": (0.73, 1.00, 1.00),
    # a translated analysis of a Milan daily (Italy and France, January to February 2019:
    # Di Maio and Chalençon at Montargis, the French ambassador recalled, the January rows,
    # the Bardonecchia, Aquarius and Claviere rows of 2018, the Mattarella-Macron call and
    # Masset's return) written in session 40 (h3) before the coder saw it: start 8 of 25,
    # dates 5 of 8, modality 8 of 8, no not-row violated; asserted facts no row accounts
    # for: Macron's words on the Italian government read as talks with it (040). Its rules
    # (a fault spoken of, "convoked" envoys, "he" received by a host, the day a writer goes
    # back to, a perfect after a dated perfect): 13 of 25, dates 12 of 13, modality 13 of
    # 13, no not-row violated, the false consultation gone
    "2019-02-17-colle-truce.txt": (0.52, 0.92, 1.00),
    # a Mexico City daily's analysis machine-translated from the Spanish (Bolivia, Mexico
    # and Spain, November to December 2019: asylum for Morales, the officials sheltering in
    # the Mexican residence in La Paz, Mexico's harassment complaint and the Hague
    # announcement, the Spanish diplomats' visit of 27 December, the expulsions of 30
    # December) written in session 41 (h7) before the coder saw it: start 7 of 24, dates 5
    # of 7, modality 7 of 7, no not-row violated; asserted facts no row accounts for: the
    # refusal of the safe-conducts aimed at La Paz (Bolivia's act on itself). Its rules (a
    # weekday with a bare day number, "the past" before a weekday and date, a surname of a
    # title set before the full name, Mexico's Secretariat of Exterior Relations, an object
    # pronoun not the state its subject governs): 11 of 24, dates 11 of 11, modality 11 of
    # 11, no not-row violated, the self-aimed refusal now aimed at Mexico
    "2020-01-02-la-paz-residence.txt": (0.45, 1.00, 1.00),
    # a Kyiv weekly's analysis machine-translated from the Ukrainian (Ukraine and Hungary
    # from the education law of September 2017 to the consuls expelled on 4 October 2018)
    # written in session 41 (h3) before the coder saw it: start 7 of 18, dates 6 of 7,
    # modality 7 of 7, no not-row violated; asserted facts no row accounts for: the Venice
    # Commission read as Italy, Klimkin's "the issuing of passports on the territory of
    # Ukraine is unacceptable" aimed at Ukraine, a commission's meeting blocked read as a
    # rally banned (1721). Its rules (the Venice Commission, one's own ground, a meeting of
    # states blocked, an obstruction told ahead, the speaker after a closing quote, a
    # paragraph with no year of its own): 11 of 18, dates 10 of 11, modality 11 of 11, no
    # not-row violated, the false facts gone
    "2018-10-08-berehove-consuls.txt": (0.61, 0.90, 0.92),
}
# ``not`` rows the coder still codes as asserted facts (file, fragment).
KNOWN_VIOLATIONS: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def coded(coder):
    return code_articles(coder, FILES)


def test_the_bed_codes_an_article_the_time_budget_would_skip(coder):
    # a budget no document can meet: the bed still codes the article, and leaves the
    # coder's own budget as it was
    own = coder.config
    coder.config = replace(own, doc_timeout=1e-9)
    try:
        got = code_articles(coder, FILES[:1])
        assert set(got) == {FILES[0].name}
        assert coder.config.doc_timeout == 1e-9
    finally:
        coder.config = own


def test_every_article_has_rows_and_a_floor():
    names = {path.name for path in FILES}
    assert names == set(FLOORS)
    assert {row.file for row in ROWS} == names


def test_fragments_lie_inside_one_sentence(coder):
    """A row can only match if the coder's sentence splitter keeps its fragment whole."""
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        parsed = coder.nlp(coder.tagger.prepare(text))
        sentences = [" ".join(text[s.start_char : s.end_char].split()) for s in parsed.sents]
        for row in (r for r in ROWS if r.file == path.name):
            hits = [s for s in sentences if row.fragment in s]
            assert len(hits) == 1, (path.name, row.fragment, len(hits))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_article_floors(coded, name):
    recall, date, modality = FLOORS[name]
    got = score(outcomes([r for r in ROWS if r.file == name], coded))
    assert got.recall >= recall, f"{name}: recall {got.found}/{got.rows}"
    assert got.date_accuracy >= date, f"{name}: dates {got.date_ok}/{got.found}"
    assert got.modality_accuracy >= modality, f"{name}: modality {got.modality_ok}/{got.found}"


def _not_rows() -> list:
    params = []
    for row in (r for r in ROWS if r.kind == "not"):
        marks = ()
        if (row.file, row.fragment) in KNOWN_VIOLATIONS:
            marks = pytest.mark.xfail(strict=True, reason="coded as an asserted fact")
        params.append(pytest.param(row, marks=marks, id=f"{row.file[:10]}:{row.fragment[:30]}"))
    return params


@pytest.mark.parametrize("row", _not_rows())
def test_rumour_forecast_or_conclusion_is_not_a_fact(coded, row):
    result = outcome(row, coded[row.file])
    assert result.event is None, f"{row.label} coded as fact: {result.event}"


def test_articles_folder_holds_only_dated_articles():
    for path in ARTICLES.iterdir():
        assert path.name == "expected.tsv" or path in FILES, path.name
