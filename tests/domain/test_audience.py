"""Which networks a round is put to: all active ones, a filter, or an explicit list."""

from __future__ import annotations

import pytest

from consult.domain.audience import networks_in
from consult.domain.errors import Invalid
from consult.domain.networks import archive_network
from tests.factories import make_network


@pytest.fixture
def directory(session):
    """Four networks of different kinds, provinces, sectors and MoU, one of them archived."""
    made = {
        "umbrella": make_network(
            session, name="Alpha Umbrella", kind="umbrella", province="Phnom Penh", mou=True
        ),
        "kampot": make_network(session, name="Bravo Kampot", sectors=["health"]),
        "takeo": make_network(session, name="Charlie Takeo", province="Takeo", mou=True),
        "archived": make_network(session, name="Delta Archived"),
    }
    archive_network(session, made["archived"].id)
    return made


def names(networks):
    return [network.name for network in networks]


def test_no_filter_means_every_active_network_in_name_order(session, directory):
    assert names(networks_in(session, {})) == ["Alpha Umbrella", "Bravo Kampot", "Charlie Takeo"]


def test_filters_combine_with_and_and_values_with_or(session, directory):
    assert names(networks_in(session, {"kinds": ["provincial"], "mou": True})) == ["Charlie Takeo"]
    assert names(networks_in(session, {"kinds": ["provincial", "umbrella"], "mou": False})) == [
        "Bravo Kampot"
    ]


def test_provinces_and_sectors_match_whatever_their_case(session, directory):
    assert names(networks_in(session, {"provinces": [" TAKEO "]})) == ["Charlie Takeo"]
    assert names(networks_in(session, {"sectors": ["Health"]})) == ["Bravo Kampot"]


def test_an_explicit_list_names_the_networks_it_holds(session, directory):
    wanted = [directory["takeo"].id, directory["umbrella"].id]
    assert names(networks_in(session, {"network_ids": wanted})) == [
        "Alpha Umbrella",
        "Charlie Takeo",
    ]


def test_an_explicit_list_with_an_archived_or_unknown_network_is_refused(session, directory):
    with pytest.raises(Invalid) as refused:
        networks_in(session, {"network_ids": [directory["archived"].id, 987654]})
    assert "audience.network_ids" in refused.value.errors
    assert "987654" in refused.value.errors["audience.network_ids"][0]
