"""A service's ways in: the slot kinds the finder's "access" filter finds it by."""

from services.access import AccessMode, SlotKind


def test_a_service_reached_both_ways_is_found_by_either_kind_of_slot():
    assert AccessMode.ways_in(AccessMode.BOTH) == [SlotKind.WALK_IN, SlotKind.APPOINTMENT]
    assert AccessMode.ways_in(AccessMode.WALK_IN) == [SlotKind.WALK_IN]
    assert AccessMode.ways_in(AccessMode.APPOINTMENT) == [SlotKind.APPOINTMENT]


def test_each_answer_is_a_new_list():
    AccessMode.ways_in(AccessMode.BOTH).append("anything")
    assert AccessMode.ways_in(AccessMode.BOTH) == ["walk_in", "appointment"]
