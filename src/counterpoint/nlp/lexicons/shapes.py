"""The shapes of the lexicon files as frozen dataclasses (what each ``*.json`` holds once validated)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

FILES = ("actors.json", "organizations.json", "labels.json", "categories.json", "events.json", "cues.json",
         "weapons.json")
WEAPON_SLOTS = ("missile", "missile_class", "rocket_system", "chemical_agent", "drone", "aircraft", "bomb")
ROLES = ("state_forces", "non_state_armed")  # what an actor or a generic reference is, for linking
CONNOTATIONS = ("delegitimising", "legitimising", "neutral")
REFERENTS = ("non_state_armed", "state_forces", "government", "person", "territory", "event", "facility", "action")
# how a word names the incident itself; event and action labels carry one
FRAMES = ("atrocity", "blame", "attack", "agentless", "operation", "fabrication")
INCIDENT_REFERENTS = ("event", "action")
FAILURE_EFFECTS = ("failed", "failed_after", "attempt", "negated")
REVISION_KINDS = ("update", "provisional", "correction", "superseded")
TARGET_KINDS = ("civilian", "military")  # what a strike on a category of thing is said to hit


@dataclass(frozen=True, slots=True)
class Meta:
    file: str
    version: str
    description: str
    provenance: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Side:
    key: str  # conflict-scoped, "sy_gov"
    conflict: str
    name: str


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    side: str
    country: str | None  # ISO 3166-1 alpha-2
    role: str  # one of ROLES
    aliases: tuple[str, ...]  # case-insensitive surface forms (name included)
    cased: tuple[str, ...] = ()  # forms matched only with this capitalisation ("IS")
    opposes: tuple[str, ...] = ()  # side keys
    allies: tuple[str, ...] = ()  # side keys
    national: bool = False  # what "<demonym> army/forces" means for its country
    note: str | None = None
    leaders: tuple[str, ...] = ()  # names of its commander as reports use them before a force noun ("Burhan")


@dataclass(frozen=True, slots=True)
class AmbiguousAlias:
    alias: str
    actors: tuple[str, ...]  # actor ids
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GenericRef:
    role: str  # one of ROLES
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    meta: Meta
    sides: tuple[Side, ...]
    actors: tuple[ActorEntry, ...]
    generic: tuple[GenericRef, ...]
    ambiguous: tuple[AmbiguousAlias, ...]
    national_force_nouns: tuple[str, ...]  # "army", "troops": "<demonym> army" -> the national actor
    affiliation_nouns: tuple[str, ...]  # "militants": "HTS militants" -> HTS
    affiliation_links: tuple[str, ...]  # "of", "loyal to": "fighters loyal to X" -> X
    unit_nouns: tuple[str, ...] = ()  # "battalion", "regiment": "Azov battalion" = "Azov Regiment"
    anonymous_terms: tuple[str, ...] = ()  # "gunmen": the word for shooters no one has named
    body_nouns: tuple[str, ...] = ()  # "coalition": a word for one body of several forces ("Crusader coalition")
    stem_nouns: tuple[str, ...] = ()  # "forces", "militia": "Rapid Support Forces" and "Rapid Support militia"

    def actor(self, actor_id: str) -> ActorEntry:
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def side(self, key: str) -> Side:
        for s in self.sides:
            if s.key == key:
                return s
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class OrgEntry:
    id: str
    name: str
    kind: str  # intergovernmental | un_agency | un_mission | humanitarian | ngo | monitor | news_agency | ...
    acronyms: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()  # acronyms that are also words ("WHO", "AP")
    expansions: tuple[str, ...] = ()  # spelled-out acronym, all spellings
    aliases: tuple[str, ...] = ()
    country: str | None = None
    state_media: bool = False
    side: str | None = None  # an armed movement's outlet: the side its own voice speaks for (actors.json)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class MinistryKind:
    kind: str  # "defense", "foreign", "prosecutor", ...
    names: tuple[str, ...]  # "Ministry of Defence", "Defense Ministry", "MoD", ...


@dataclass(frozen=True, slots=True)
class InstitutionMetonym:
    name: str  # "Pentagon"
    country: str
    ministry: str  # a MinistryKind.kind


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...] = ()  # other names ("Russian Federation", "Gaza")
    demonyms: tuple[str, ...] = ()  # adjectives ("Azerbaijani", "Azeri")
    cased: tuple[str, ...] = ()  # names matched only with this capitalisation ("US")
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CapitalMetonym:
    name: str  # "Baku"
    country: str
    side: str | None = None  # when the city belongs to one camp of a civil war
    ambiguous_with: tuple[str, ...] = ()  # other countries with a city of that name
    note: str | None = None


@dataclass(frozen=True, slots=True)
class OrganizationLexicon:
    meta: Meta
    organizations: tuple[OrgEntry, ...]
    ministries: tuple[MinistryKind, ...]
    institution_metonyms: tuple[InstitutionMetonym, ...]
    countries: tuple[Country, ...]
    capital_metonyms: tuple[CapitalMetonym, ...]
    # "the aid group" -> the organisation kinds it may stand for in an article that names one
    descriptions: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class LabelEntry:
    term: str  # the label as reports cite it
    forms: tuple[str, ...]  # every surface form, term first
    connotation: str  # one of CONNOTATIONS
    referent: str  # one of REFERENTS
    strength: int  # 0 neutral, 1 mild, 2 strong
    modifier: bool = False  # an adjective/prefix loading the noun it modifies
    note: str | None = None
    frame: str | None = None  # one of FRAMES, for event and action labels
    auxiliary: bool = False  # fighters a state hires or arms ("mercenaries"): may name the state's ally
    foreign: bool = False  # forces of another country than the one they hold ("occupiers", "invaders")
    domestic: bool = False  # the forces of the country where the act happened ("the apostate militia")


@dataclass(frozen=True, slots=True)
class Euphemism:
    euphemism: str
    forms: tuple[str, ...]  # euphemism first
    plain: tuple[str, ...]  # what it stands for
    note: str | None = None
    compare: bool = False  # set against its plain words in other articles (align/euphemisms.py)


@dataclass(frozen=True, slots=True)
class ScareQuotePolicy:
    connotation: str
    strength: int
    equivalents: tuple[str, ...]  # "so-called", "self-styled": distancing without quotes
    note: str


@dataclass(frozen=True, slots=True)
class PlaceName:
    name: str  # the name as reports cite it
    forms: tuple[str, ...]  # every surface form, name first
    usage: str  # whose name it is ("the name its Armenian authorities use")
    marked: bool  # it marks that usage, where the others are in international use or plain descriptions


@dataclass(frozen=True, slots=True)
class Place:
    place: str
    names: tuple[PlaceName, ...]


@dataclass(frozen=True, slots=True)
class LabelLexicon:
    meta: Meta
    labels: tuple[LabelEntry, ...]
    euphemisms: tuple[Euphemism, ...]
    scare_quote_policy: ScareQuotePolicy
    defaults: Mapping[str, str]  # "official_name" -> connotation of an actor's own name
    incident_hedges: tuple[str, ...] = ()  # "alleged", "suspected": the incident's name unconfirmed
    not_incident_modifiers: tuple[str, ...] = ()  # "rescue operations": another activity, not the incident
    campaign_terms: tuple[str, ...] = ()  # "the Russian offensive": a campaign, not who struck this once
    place_names: tuple[Place, ...] = ()  # "Artsakh" / "Nagorno-Karabakh": one place, names by usage
    own_account_modifiers: tuple[str, ...] = ()  # "precision air strikes": the doer's own account of the act


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    parent: str | None
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Combination:
    category: str
    head: tuple[str, ...]  # one of these on the head word ...
    with_terms: tuple[str, ...]  # ... and one of these anywhere in the phrase


@dataclass(frozen=True, slots=True)
class CategoryLexicon:
    meta: Meta
    categories: tuple[Category, ...]
    spelling: Mapping[str, str]  # folded variant -> folded canonical
    combinations: tuple[Combination, ...]
    light_heads: frozenset[str]
    skip_words: frozenset[str]
    head_breaks: frozenset[str]
    generic_heads: frozenset[str] = frozenset()  # head words of a whole toll ("people", "victims")
    # category -> "civilian" | "military": what a strike on that thing is said to hit
    target_kinds: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    whole_heads: frozenset[str] = frozenset()  # head words of a toll of every person harmed ("people", "civilians")
    # "members of an armed group": a member word (head) before "of" and a group term (with_terms)
    memberships: tuple[Combination, ...] = ()
    # kind -> the categories said to be, or not be, at a site ("fighters": combatants; align/presence.py)
    presence_kinds: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # actor role -> the category of that actor's people ("seven VDP": a state's ally's fighters)
    actor_members: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class EventType:
    type: str
    polarity: int  # default Event.polarity: +1, 0, -1
    lemmas: tuple[str, ...]
    phrases: tuple[str, ...]
    object: str | None = None  # "place" | "person" when the object kind decides between types
    target_categories: tuple[str, ...] = ()  # categories.json keys that turn an attack into this type
    acled: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class FailureCue:
    cue: str
    words: tuple[str, ...]  # lowercase words; "#" = any number
    effect: str  # one of FAILURE_EFFECTS
    note: str | None = None


@dataclass(frozen=True, slots=True)
class QuantityRole:
    role: str  # Quantity.role
    lemmas: tuple[str, ...]
    phrases: tuple[str, ...]
    note: str | None = None
    event: str | None = None  # the event type a figure of this role tells of ("destroyed": destruction)
    within: str | None = None  # the role whose count holds this one ("killed": casualties)
    forms: tuple[str, ...] = ()  # words as written, read before any lemma ("loss", not "losses")


@dataclass(frozen=True, slots=True)
class RoleOverride:
    lemmas: tuple[str, ...]
    category: str  # applies when the counted thing rolls up to this category
    role: str


@dataclass(frozen=True, slots=True)
class DayPart:
    """Words for a part of the day and the hours it covers (``start`` > ``end`` runs past
    midnight); ``before_weekday``: only right before a weekday ("early Thursday")."""

    words: tuple[str, ...]
    start: int
    end: int
    before_weekday: bool = False


@dataclass(frozen=True, slots=True)
class EventLexicon:
    meta: Meta
    types: tuple[EventType, ...]  # priority order
    failure_cues: tuple[FailureCue, ...]
    roles: tuple[QuantityRole, ...]  # priority order
    role_overrides: tuple[RoleOverride, ...]
    category_roles: Mapping[str, str]  # category of an event-like counted thing -> role
    unharmed_lemmas: tuple[str, ...] = ()  # "no one was hurt": none killed or wounded
    reaction_lemmas: tuple[str, ...] = ()  # "the UN condemned the strike": the UN did not do it
    target_verbs: tuple[str, ...] = ()  # "hit": an attack only when it hits a place or a target
    prevention_lemmas: tuple[str, ...] = ()  # "talks never stopped the missiles": the missiles came
    normative_modals: tuple[str, ...] = ()  # "should have been reported, not an arbitrary attack": no denial
    day_parts: tuple[DayPart, ...] = ()  # "at dawn", "the Sunday morning strike": a window of hours
    undergoer_lemmas: tuple[str, ...] = ()  # "the fighters died": the subject is a victim, not a doer
    zero_harm_nouns: tuple[str, ...] = ()  # "caused no casualties": a count of none
    delivery_types: tuple[str, ...] = ()  # act types whose tolls are compared: air strike, shelling, suicide bomb
    self_delivered_types: tuple[str, ...] = ()  # of those, delivered in person: never an air strike
    exempt_zone_nouns: tuple[str, ...] = ()  # "the no-strike list": no act done or denied
    absence_words: tuple[str, ...] = ()  # "no civilians were present": none there to be harmed
    absence_sites: tuple[str, ...] = ()  # "no civilians were at the site": where none was
    loss_lemmas: tuple[str, ...] = ()  # "the army lost two soldiers": its own casualties
    group_nouns: tuple[str, ...] = ()  # "a convoy of 30 trucks": the count is the convoy's size
    instrument_lemmas: tuple[str, ...] = ()  # "used six drones to destroy two houses": what was fired
    taken_from_types: tuple[str, ...] = ()  # "seized the town from the army": "from" names the loser, not a doer

    def type(self, name: str) -> EventType:
        for t in self.types:
            if t.type == name:
                return t
        raise KeyError(name)


REACTION_KINDS = ("condemnation", "retaliation", "protest")  # what a party did about the incident
FATES = ("killed", "wounded")  # what befell a named person
SEVERITIES = ("grave", "light")  # how badly a counted group was hurt


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str
    words: tuple[str, ...]  # lowercase words of the cue; "#" = any number
    stance: str | None = None  # one of records.STANCES
    weight: float = 1.0  # how much the cue leaves the proposition standing
    kind: str | None = None  # confirmation, accusation, update, provisional, witness, ...
    source: str | None = None  # source phrases: "before" | "after"
    relay: bool = False  # source phrases naming an outlet that relays a speaker
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CueLexicon:
    meta: Meta
    reporting_verbs: tuple[Cue, ...]
    source_phrases: tuple[Cue, ...]
    speculation: tuple[Cue, ...]
    dispute_frames: tuple[Cue, ...]
    revision: tuple[Cue, ...]
    collective_sources: tuple[Cue, ...]
    claim_nouns: tuple[Cue, ...] = ()
    title_nouns: tuple[Cue, ...] = ()
    document_nouns: tuple[Cue, ...] = ()
    accusation_cues: tuple[Cue, ...] = ()
    revision_verbs: tuple[Cue, ...] = ()
    increment_words: tuple[Cue, ...] = ()
    background_phrases: tuple[Cue, ...] = ()
    perfect_tally_phrases: tuple[Cue, ...] = ()  # "this year": a tally's time only with a present perfect verb
    war_nouns: tuple[Cue, ...] = ()
    since_nouns: tuple[Cue, ...] = ()
    predicate_rejections: tuple[Cue, ...] = ()  # "provocation": "the reports were a provocation" rejects them
    body_nouns: tuple[Cue, ...] = ()  # "outlet": "its propaganda outlet" names a body, it rejects nothing
    polity_nouns: tuple[Cue, ...] = ()  # "republic": a name ending in one names a state, not a body
    subset_markers: tuple[Cue, ...] = ()
    intake_verbs: tuple[Cue, ...] = ()
    unasserted_lead_ins: tuple[Cue, ...] = ()  # "whether it was", "had this been": a name not asserted
    other_event_lead_ins: tuple[Cue, ...] = ()  # "a day after", "in retaliation for": another attack
    figure_nouns: tuple[Cue, ...] = ()  # "this figure", "the number of casualties": what a toll rejection names
    inflation_words: tuple[Cue, ...] = ()  # "inflated", "exaggerated": a charge against a toll beside a figure noun
    understatement_words: tuple[Cue, ...] = ()  # "higher than officially acknowledged": a toll charged as too low
    lawful_judgments: tuple[Cue, ...] = ()  # "a legitimate military operation": the strike called lawful
    unlawful_judgments: tuple[Cue, ...] = ()  # "lacked military justification", "a war crime"
    act_nouns: tuple[Cue, ...] = ()  # "terrorist acts": a label on an act, not a name for a group
    partial_count_nouns: tuple[Cue, ...] = ()  # "29 bodies": those found so far, a lower bound on a toll
    partial_scope_phrases: tuple[Cue, ...] = ()  # "died at the scene": a part of the dead, a lower bound on a toll
    claim_participles: tuple[Cue, ...] = ()  # ", claiming ...": what a statement's speaker claims
    deliberate_words: tuple[Cue, ...] = ()  # "deliberately attacking": the act said to be meant
    mistake_words: tuple[Cue, ...] = ()  # "mistakenly bombed", "an errant missile": the act said to be a mistake
    rising_toll_phrases: tuple[Cue, ...] = ()  # "the toll is expected to rise": a count so far
    allegation_nouns: tuple[Cue, ...] = ()  # "allegations of a massacre": a name reported as unproven
    voiced_nouns: tuple[Cue, ...] = ()  # "the army's claim", "the US comments": words owned by a voice
    refusal_objects: tuple[Cue, ...] = ()  # "denied aid groups access": a thing refused, no claim rejected
    investigation_calls: tuple[Cue, ...] = ()  # "called for an investigation": an inquiry asked for, not opened
    investigation_halts: tuple[Cue, ...] = ()  # "disbanded a mission investigating": an inquiry stopped or refused
    provisional_none_words: tuple[Cue, ...] = ()  # "no confirmed deaths": none so far, not none at all
    phase_limits: tuple[Cue, ...] = ()  # "no civilians were killed in the final stage": none in one phase
    other_event_openers: tuple[Cue, ...] = ()  # "Elsewhere, jets pounded Zabid": the sentence tells another act
    attacker_nouns: tuple[Cue, ...] = ()  # "killing all 33 attackers": the act's own attackers
    name_tail_breaks: tuple[Cue, ...] = ()  # "Soran Majid | Peshmerga Ministry": a word that ends a person's name
    civilian_status_words: tuple[Cue, ...] = ()  # "including civilians": the victims' status
    idle_site_words: tuple[Cue, ...] = ()  # "a non-functioning shopping centre": the site was not in use
    busy_site_words: tuple[Cue, ...] = ()  # "a busy shopping centre": people were there
    presence_words: tuple[Cue, ...] = ()  # "1,000 people were inside": people were there
    blast_nouns: tuple[Cue, ...] = ()  # "the detonation of stored ammunition": a blast of weapons stored there
    stock_nouns: tuple[Cue, ...] = ()  # "ammunition", "explosives": what such a blast is of
    blast_cause_words: tuple[Cue, ...] = ()  # "caused a fire in the mall": the blast told as the cause
    interception_words: tuple[Cue, ...] = ()  # "was shot down": a missile brought down by air defence
    air_defence_words: tuple[Cue, ...] = ()  # "by the Ukrainian air defense system": what shoots it down
    state_since_words: tuple[Cue, ...] = ()  # "not functioning now": a site's state after the strike
    storage_words: tuple[Cue, ...] = ()  # "the detonation of stored ammunition": weapons kept near the site
    warning_given_phrases: tuple[Cue, ...] = ()  # "advance warnings to the residents": a warning given
    warning_denied_phrases: tuple[Cue, ...] = ()  # "without any prior warning": none given
    plunder_words: tuple[Cue, ...] = ()  # "the health post was looted and burned": what an act struck
    clause_negations: tuple[Cue, ...] = ()  # "were not given advance warning": not so
    clause_hedges: tuple[Cue, ...] = ()  # "unclear whether an evacuation order was issued": left open
    holding_verbs: tuple[Cue, ...] = ()  # "the building contained no weapons": the place held none
    strike_account_words: tuple[Cue, ...] = ()  # "the shopping centre was hit": a strike on the site itself
    direct_hit_verbs: tuple[Cue, ...] = ()  # "hit", "struck": the claim tells the hit itself
    struck_site_words: tuple[Cue, ...] = ()  # "a busy shopping centre was hit": the sentence tells the strike
    harm_words: tuple[Cue, ...] = ()  # "among the dead", "the victims": a word of harm beside a group
    no_damage_phrases: tuple[Cue, ...] = ()  # "caused no damage": the strike said to have done no damage
    damage_words: tuple[Cue, ...] = ()  # "houses were destroyed": damage done
    habitual_words: tuple[Cue, ...] = ()  # "regularly bombard": a run of acts, not the incident
    plural_act_links: tuple[Cue, ...] = ()  # "bombardments against": a plural act name tied to what it hit
    earlier_time_tails: tuple[Cue, ...] = ()  # "the attacks ... days earlier": an earlier act
    reaction_phrases: tuple[Cue, ...] = ()  # "condemned", "vowed to retaliate", "protesters"; kind in REACTION_KINDS
    editor_note_openings: tuple[Cue, ...] = ()  # "This news release has been updated": a note on the article
    not_speech_objects: tuple[Cue, ...] = ()  # "claimed responsibility": no report of speech
    alias_markers: tuple[Cue, ...] = ()  # "Sher Khan alias Abu Bakr": two names of one person
    reaction_negations: tuple[Cue, ...] = ()  # "refused to condemn": no reaction
    experiencer_verbs: tuple[Cue, ...] = ()  # "Ukraine suffered its deadliest strike": who bore it, not who did it
    not_lasting_acts: tuple[Cue, ...] = ()  # "a three-day fire", "a general strike": no length of an attack
    civilian_sparing_phrases: tuple[Cue, ...] = ()  # "hits only military targets": civilians were spared
    mutual_blame_phrases: tuple[Cue, ...] = ()  # "accused each other": two sides blaming each other
    fate_words: tuple[Cue, ...] = ()  # "was killed", "in critical condition": a named person's fate; kind in FATES
    severity_words: tuple[Cue, ...] = ()  # "seriously injured", "in critical condition": kind in SEVERITIES
    state_organ_words: tuple[Cue, ...] = ()  # "Iran's foreign minister", "state media": a state speaking
    told_as_words: tuple[Cue, ...] = ()  # "in what Kyiv said was": verbs that set an account off as a voice's
    dead_words: tuple[Cue, ...] = ()  # "of the eleven dead", "among the deceased": the dead counted
    responsibility_words: tuple[Cue, ...] = ()  # "denied responsibility for the killings": who did it, not whether
    mistaken_identity_words: tuple[Cue, ...] = ()  # "mistaking it for a Hamas operation": no account of who did it
    backing_phrases: tuple[Cue, ...] = ()  # "backed by Rwandan troops": who is charged with backing the fighters
    involvement_words: tuple[Cue, ...] = ()  # "is not involved": after a negation, backing denied
    hit_claim_phrases: tuple[Cue, ...] = ()  # "achieving direct hits": the fire hit its target
    miss_phrases: tuple[Cue, ...] = ()  # "the remainder fell in open areas": the fire hit nothing
    incident_nouns: tuple[Cue, ...] = ()  # "the incident in X": before "in" and a place, where it happened
    official_body_words: tuple[Cue, ...] = ()  # "the General Staff said": a body of the forces speaking


@dataclass(frozen=True, slots=True)
class Weapon:
    name: str
    slot: str  # one of WEAPON_SLOTS: models in one slot are rival answers to "what was used"
    forms: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class WeaponSlot:
    key: str
    plural: str
    exclusive: bool  # rival models of this slot for one attack contradict each other
    mass: bool = False  # "chlorine", not "the chlorine"
    kind_words: bool = False  # its names are words for a kind of weapon too ("ballistic missile" is a missile)


@dataclass(frozen=True, slots=True)
class WeaponLexicon:
    meta: Meta
    weapons: tuple[Weapon, ...]
    slots: Mapping[str, WeaponSlot]
    use_verbs: tuple[str, ...] = ()  # "operate", "used": negated, a denial of use
    kinds: tuple[str, ...] = ()  # categories.json keys naming a kind of weapon ("helicopter", "missile")
    kind_not_after: tuple[str, ...] = ()  # words that make a kind's term name something else ("suicide bomber")
    kind_terms_excluded: tuple[str, ...] = ()  # category terms too often other things to name a kind ("bomber")
    # kind -> event types whose words already say it ("an air strike" is carried out by aircraft)
    kind_implied_by: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    rival_kinds: tuple[tuple[str, ...], ...] = ()  # kinds one strike is carried out by only one of
    kind_not_before: tuple[str, ...] = ()  # words after a kind's term that it qualifies ("drone footage")
