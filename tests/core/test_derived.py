"""The derived values, as the brief defines them, at their boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from hepmeta_desktop import derived
from hepmeta_desktop.derived import METACHRONOUS, NO_NEWS, NO_SURGERY_DATE, SYNCHRONOUS

D = dt.date
SURGERY = D(2016, 2, 3)


def test_age_counts_the_birthday_itself() -> None:
    born = D(1964, 5, 17)
    assert derived.age_at(born, D(2016, 5, 16)) == 51
    assert derived.age_at(born, D(2016, 5, 17)) == 52
    assert derived.age_at(None, SURGERY) is None and derived.age_at(born, None) is None


def test_age_of_someone_born_on_29_february() -> None:
    born = D(1960, 2, 29)
    assert derived.age_at(born, D(2015, 2, 28)) == 54  # no 29 Feb in 2015: birthday not yet
    assert derived.age_at(born, D(2015, 3, 1)) == 55
    assert derived.age_at(born, D(2016, 2, 28)) == 55
    assert derived.age_at(born, D(2016, 2, 29)) == 56


def test_delay_in_months_of_30_4375_days() -> None:
    assert derived.delay_to_metastases_months(D(2008, 3, 12), D(2008, 3, 12)) == 0
    # 4 years = 1461 days = exactly 48 mean months
    assert derived.delay_to_metastases_months(D(2008, 1, 1), D(2012, 1, 1)) == pytest.approx(48)
    assert derived.delay_to_metastases_months(D(2008, 1, 1), D(2008, 1, 31)) == pytest.approx(
        30 / 30.4375
    )
    assert derived.delay_to_metastases_months(None, D(2008, 1, 1)) is None


def test_synchronous_up_to_six_calendar_months_exactly() -> None:
    diagnosis = D(2010, 3, 15)
    assert derived.timing(diagnosis, None, D(2010, 9, 15)) == SYNCHRONOUS
    assert derived.timing(diagnosis, None, D(2010, 9, 16)) == METACHRONOUS
    assert derived.timing(diagnosis, None, diagnosis) == SYNCHRONOUS


def test_six_months_from_the_end_of_a_month() -> None:
    # 31 August + 6 months is the last day of February.
    assert derived.add_months(D(2009, 8, 31), 6) == D(2010, 2, 28)
    assert derived.add_months(D(2011, 8, 31), 6) == D(2012, 2, 29)
    assert derived.timing(D(2011, 8, 31), None, D(2012, 2, 29)) == SYNCHRONOUS
    assert derived.timing(D(2011, 8, 31), None, D(2012, 3, 1)) == METACHRONOUS


def test_breast_surgery_date_stands_in_for_a_missing_diagnosis() -> None:
    surgery = D(2010, 4, 1)
    assert derived.timing(None, surgery, D(2010, 10, 1)) == SYNCHRONOUS
    assert derived.timing(None, surgery, D(2010, 10, 2)) == METACHRONOUS
    # The diagnosis wins when both are known.
    assert derived.timing(D(2010, 1, 1), surgery, D(2010, 7, 2)) == METACHRONOUS
    assert derived.timing(None, None, D(2010, 10, 2)) is None
    assert derived.timing(D(2010, 1, 1), None, None) is None


def news(day: dt.date, status: str = "ALIVE_NED", **extra: object) -> dict[str, object]:
    return {"visit_date": day, "vital_status": status, **extra}


def test_alive_without_recurrence_is_censored_at_the_latest_news() -> None:
    o = derived.outcome(SURGERY, [news(D(2017, 2, 3)), news(D(2019, 2, 3)), news(D(2018, 1, 1))])
    assert o.last_news_date == D(2019, 2, 3)
    assert (o.os_days, o.os_event) == ((D(2019, 2, 3) - SURGERY).days, False)
    assert (o.rfs_days, o.rfs_event) == (o.os_days, False)
    assert o.excluded_reason == ""


def test_death_is_the_os_event_and_the_rfs_event_without_recurrence() -> None:
    death = D(2018, 2, 3)
    o = derived.outcome(
        SURGERY, [news(D(2017, 1, 1)), news(D(2018, 3, 1), "DEAD", death_date=death)]
    )
    assert (o.os_days, o.os_event) == ((death - SURGERY).days, True)
    assert (o.rfs_days, o.rfs_event) == ((death - SURGERY).days, True)
    assert o.death_date == death and o.last_news_date == D(2018, 3, 1)
    assert o.os_months == pytest.approx((death - SURGERY).days / 30.4375)


def test_recurrence_before_death_ends_rfs_at_the_recurrence() -> None:
    recurrence, death = D(2017, 5, 1), D(2018, 2, 3)
    items = [
        news(D(2017, 6, 1), "ALIVE_DISEASE", recurrence="yes", recurrence_date=recurrence),
        news(D(2017, 9, 1), "ALIVE_DISEASE", recurrence="yes", recurrence_date=D(2017, 8, 1)),
        news(death, "DEAD", death_date=death),
    ]
    o = derived.outcome(SURGERY, items)
    assert o.first_recurrence_date == recurrence
    assert (o.rfs_days, o.rfs_event) == ((recurrence - SURGERY).days, True)
    assert (o.os_days, o.os_event) == ((death - SURGERY).days, True)


def test_recurrence_alive_is_an_rfs_event_only() -> None:
    o = derived.outcome(
        SURGERY,
        [news(D(2018, 1, 1), "ALIVE_DISEASE", recurrence="yes", recurrence_date=D(2017, 12, 1))],
    )
    assert (o.rfs_days, o.rfs_event) == ((D(2017, 12, 1) - SURGERY).days, True)
    assert (o.os_days, o.os_event) == ((D(2018, 1, 1) - SURGERY).days, False)


def test_unknown_recurrence_is_not_a_recurrence() -> None:
    o = derived.outcome(SURGERY, [news(D(2018, 1, 1), recurrence="UNK")])
    assert o.first_recurrence_date is None and o.rfs_event is False


def test_no_news_after_surgery_leaves_the_patient_out() -> None:
    assert derived.outcome(SURGERY, []).excluded_reason == NO_NEWS
    same_day = derived.outcome(SURGERY, [news(SURGERY)])
    assert same_day.excluded_reason == NO_NEWS and same_day.os_days is None
    next_day = derived.outcome(SURGERY, [news(SURGERY + dt.timedelta(days=1))])
    assert next_day.excluded_reason == "" and next_day.os_days == 1
    # Death on the day of surgery is an event at day 0, not a missing follow-up.
    died = derived.outcome(SURGERY, [news(SURGERY, "DEAD", death_date=SURGERY)])
    assert (died.os_days, died.os_event, died.excluded_reason) == (0, True, "")
    assert derived.outcome(None, [news(SURGERY)]).excluded_reason == NO_SURGERY_DATE


def test_latest_news_date_includes_a_death_date() -> None:
    assert derived.latest_news_date([]) is None
    assert derived.latest_news_date([news(D(2018, 1, 1)), news(D(2017, 1, 1))]) == D(2018, 1, 1)
    assert derived.latest_news_date([{"visit_date": None, "death_date": D(2019, 1, 1)}]) == D(
        2019, 1, 1
    )
