"""The align stage: the five relations between what the articles say, as findings."""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Settings
from ..records import Article, Finding
from ..resolve import Resolution
from .assertions import negation_drafts, outcome_drafts, same_denial_drafts, same_speaker_drafts
from .attribution import attribution_framing_drafts
from .backing import backing_dispute_drafts
from .candidates import Corpus
from .casualty_bounds import casualty_bound_drafts
from .composition import composition_drafts
from .control import control_agreement_drafts, repelled_agreement_drafts
from .hits import hit_drafts
from .holding import holding_drafts
from .disputes import dispute_drafts
from .distancing import distanced_word_drafts
from .figures import figure_drafts
from .fighters import fighters_toll_drafts
from .findings import finalize
from .euphemisms import euphemism_drafts
from .framing import (
    agency_drafts,
    attribution_drafts,
    entity_label_drafts,
    incident_naming_drafts,
    referent_label_drafts,
)
from .harm import no_harm_drafts
from .damage import damage_denial_drafts
from .duration import duration_agreements, duration_drafts
from .intent import intent_drafts
from .interception import interception_drafts
from .investigation import investigation_drafts
from .legality import legality_drafts
from .location import location_drafts
from .means import means_drafts, rival_means_drafts
from .mutual_blame import mutual_blame_drafts
from .named_victims import named_victim_drafts
from .occupancy import occupancy_drafts
from .omissions import omission_drafts
from .paraphrase import paraphrase_drafts
from .presence import absence_agreement_drafts, presence_drafts
from .perpetrators import perpetrator_drafts
from .provisional import provisional_drafts
from .reactions import reaction_drafts
from .saying import saying_drafts
from .secondary import secondary_blast_drafts
from .rebuttals import rebuttal_drafts
from .targets import target_agreement_drafts, target_drafts
from .toponyms import place_name_drafts
from .timing import clock_time_drafts, day_part_drafts, event_date_drafts, timing_drafts
from .tolls import toll_dispute_drafts
from .sparing import civilian_sparing_agreements
from .strike_dead import strike_dead_drafts
from .victims import civilian_denial_drafts, victim_status_drafts
from .warnings import warning_drafts
from .weapons import weapon_dispute_drafts, weapon_drafts
from .whose_dead import whose_dead_drafts
from .wording import quote_drafts, wording_drafts

__all__ = ["compare"]


def compare(articles: Sequence[Article], res: Resolution, settings: Settings) -> list[Finding]:
    cx = Corpus(articles, res)
    cx.tolerance = settings.approx_tolerance
    disputes = dispute_drafts(cx)
    drafts = [
        *figure_drafts(cx),
        *casualty_bound_drafts(cx),
        *outcome_drafts(cx),
        *holding_drafts(cx),
        *control_agreement_drafts(cx),
        *repelled_agreement_drafts(cx),
        *location_drafts(cx),
        *no_harm_drafts(cx),
        *damage_denial_drafts(cx),
        *victim_status_drafts(cx),
        *strike_dead_drafts(cx),
        *fighters_toll_drafts(cx),
        *civilian_denial_drafts(cx, disputes),
        *civilian_sparing_agreements(cx),
        *occupancy_drafts(cx),
        *secondary_blast_drafts(cx),
        *interception_drafts(cx),
        *hit_drafts(cx),
        *perpetrator_drafts(cx),
        *target_drafts(cx),
        *presence_drafts(cx),
        *absence_agreement_drafts(cx),
        *warning_drafts(cx),
        *target_agreement_drafts(cx),
        *disputes,
        *rebuttal_drafts(cx),
        *toll_dispute_drafts(cx),
        *backing_dispute_drafts(cx),
        *legality_drafts(cx),
        *intent_drafts(cx),
        *negation_drafts(cx),
        *same_speaker_drafts(cx),
        *same_denial_drafts(cx),
        *timing_drafts(cx),
        *event_date_drafts(cx),
        *duration_drafts(cx),
        *duration_agreements(cx),
        *clock_time_drafts(cx),
        *day_part_drafts(cx),
        *weapon_drafts(cx),
        *means_drafts(cx),
        *rival_means_drafts(cx),
        *weapon_dispute_drafts(cx, disputes),
        *wording_drafts(cx),
        *quote_drafts(cx),
        *paraphrase_drafts(cx),
        *named_victim_drafts(cx),
        *omission_drafts(cx, settings.max_omissions_per_article),
        *composition_drafts(cx),
        *provisional_drafts(cx),
        *investigation_drafts(cx),
        *mutual_blame_drafts(cx),
        *reaction_drafts(cx),
        *entity_label_drafts(cx),
        *referent_label_drafts(cx),
        *incident_naming_drafts(cx),
        *euphemism_drafts(cx),
        *place_name_drafts(cx),
        *distanced_word_drafts(cx),
        *attribution_drafts(cx),
        *attribution_framing_drafts(cx),
        *agency_drafts(cx),
        *whose_dead_drafts(cx),
        *saying_drafts(cx),
    ]
    return finalize(drafts, cx.order, settings.min_confidence)
