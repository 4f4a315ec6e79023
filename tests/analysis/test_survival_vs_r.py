"""Kaplan-Meier, log-rank and Cox estimates checked against R's survival package (3.5)."""

# Reference values were produced with R 4 / survival 3.5 by:
#
#     library(survival); options(digits = 15)
#     paste(aml$time, collapse = ","); paste(aml$status, collapse = ","); aml$x
#     paste(ovarian$futime, collapse = ","); paste(ovarian$fustat, collapse = ","); ovarian$rx
#     for (ct in c("log-log", "log")) {
#       f <- survfit(Surv(time, status) ~ 1, data = aml, conf.type = ct); quantile(f, 0.5)
#       summary(f, times = c(0, 5, 12, 30, 36, 48, 161, 200), extend = FALSE)
#       fg <- survfit(Surv(time, status) ~ x, data = aml, conf.type = ct); quantile(fg, 0.5)
#       summary(fg, times = c(12, 36), extend = FALSE)
#       fo <- survfit(Surv(futime, fustat) ~ 1, data = ovarian, conf.type = ct); quantile(fo, 0.5)
#       summary(fo, times = c(365, 730, 1095), extend = FALSE)
#       fog <- survfit(Surv(futime, fustat) ~ rx, data = ovarian, conf.type = ct); quantile(fog, 0.5)
#       summary(fog, times = c(365, 730), extend = FALSE)
#     }
#     survdiff(Surv(time, status) ~ x, data = aml)$chisq
#     survdiff(Surv(futime, fustat) ~ rx, data = ovarian)$chisq
#     summary(coxph(Surv(time, status) ~ x, data = aml))
#     summary(coxph(Surv(futime, fustat) ~ factor(rx), data = ovarian))
#     quantile(survfit(Surv(time, 1 - status) ~ 1, data = aml), 0.5)        # reverse KM
#     quantile(survfit(Surv(futime, 1 - fustat) ~ 1, data = ovarian), 0.5)

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from hepmeta_desktop.analysis.km import LOG, LOG_LOG, kaplan_meier, reverse_km_median
from hepmeta_desktop.analysis.survival import hazard_ratios, logrank, survival_analysis

AML_TIME = [9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161, 5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45]
AML_STATUS = [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1]
AML_X = ["Maintained"] * 11 + ["Nonmaintained"] * 12
OV_TIME = [59, 115, 156, 421, 431, 448, 464, 475, 477, 563, 638, 744, 769, 770, 803, 855, 1040,
           1106, 1129, 1206, 1227, 268, 329, 353, 365, 377]  # fmt: skip
OV_STATUS = [1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0]
OV_RX = [1, 1, 1, 2, 1, 1, 2, 2, 1, 2, 1, 2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 1, 1, 2, 2, 2]

TOL = 1e-6
# (median, lower, upper) from quantile(survfit(...), 0.5); None = NA.
MEDIANS = {
    ("aml", LOG_LOG): (27, 13, 34),
    ("aml", LOG): (27, 18, 48),
    ("aml:Maintained", LOG_LOG): (31, 13, None),
    ("aml:Nonmaintained", LOG_LOG): (23, 5, 33),
    ("aml:Maintained", LOG): (31, 18, None),
    ("aml:Nonmaintained", LOG): (23, 8, None),
    ("ovarian", LOG_LOG): (638, 431, None),
    ("ovarian", LOG): (638, 464, None),
    ("ovarian:1", LOG_LOG): (638, 156, None),
    ("ovarian:2", LOG_LOG): (None, 464, None),
    ("ovarian:1", LOG): (638, 268, None),
    ("ovarian:2", LOG): (None, 475, None),
}
# time: (surv, lower, upper, n.risk) from summary(survfit(...), times = ...).
AT_TIMES = {
    ("aml", LOG_LOG): {
        0: (1.0, 1.0, 1.0, 23),
        5: (0.913043478260870, 0.69494753753205873, 0.977515669900713, 23),
        12: (0.739130434782609, 0.50920943875421876, 0.873375781697676, 18),
        30: (0.441683919944790, 0.22738116846254250, 0.637092687459888, 9),
        36: (0.276052449965493, 0.10444134323359304, 0.480284660416562, 5),
        48: (0.082815734989648, 0.00695596679853646, 0.286760367980918, 2),
        161: (0.082815734989648, 0.00695596679853646, 0.286760367980918, 1),
    },
    ("aml", LOG): {
        0: (1.0, 1.0, 1.0, 23),
        5: (0.913043478260870, 0.8048547977829578, 1.0, 23),
        12: (0.739130434782609, 0.5797992179680311, 0.942246527231519, 18),
        30: (0.441683919944790, 0.2716759953922916, 0.718078477474975, 9),
        36: (0.276052449965493, 0.1338221956292728, 0.569449296311515, 5),
        48: (0.082815734989648, 0.0148346082548472, 0.462327406565294, 2),
        161: (0.082815734989648, 0.0148346082548472, 0.462327406565294, 1),
    },
    ("aml:Maintained", LOG_LOG): {
        12: (0.909090909090909, 0.5080802057699297, 0.986673822667823, 10),
        36: (0.368181818181818, 0.0928295749369852, 0.657040832398164, 3),
    },
    ("aml:Nonmaintained", LOG_LOG): {
        12: (0.583333333333333, 0.2701389240854973, 0.800940192333387, 8),
        36: (0.194444444444444, 0.0311986429312119, 0.461429476238114, 2),
    },
    ("aml:Maintained", LOG): {
        12: (0.909090909090909, 0.7541338450815255, 1.0, 10),
        36: (0.368181818181818, 0.1548771178971911, 0.875260678143908, 3),
    },
    ("aml:Nonmaintained", LOG): {
        12: (0.583333333333333, 0.3616137052103847, 0.940998012173809, 8),
        36: (0.194444444444444, 0.0569215525716042, 0.664223659882563, 2),
    },
    ("ovarian", LOG_LOG): {
        365: (0.730769230769231, 0.516885735287984, 0.861502559637418, 20),
        730: (0.496732026143791, 0.282054664292128, 0.679210083341876, 10),
        1095: (0.496732026143791, 0.282054664292128, 0.679210083341876, 4),
    },
    ("ovarian", LOG): {
        365: (0.730769230769231, 0.578701944188642, 0.922795705115128, 20),
        730: (0.496732026143791, 0.328108828053112, 0.752014833800737, 10),
        1095: (0.496732026143791, 0.328108828053112, 0.752014833800737, 4),
    },
    ("ovarian:1", LOG_LOG): {
        365: (0.615384615384615, 0.308336888199959, 0.818448711840862, 8),
        730: (0.430769230769231, 0.155652244486203, 0.682971547936587, 4),
    },
    ("ovarian:2", LOG_LOG): {
        365: (0.846153846153846, 0.512203590685393, 0.959145460528641, 12),
        730: (0.564102564102564, 0.243634696686057, 0.792848178467047, 6),
    },
    ("ovarian:1", LOG): {
        365: (0.615384615384615, 0.400413166654131, 0.945768661946081, 8),
        730: (0.430769230769231, 0.221013233744658, 0.839597371765981, 4),
    },
    ("ovarian:2", LOG): {
        365: (0.846153846153846, 0.671095193065249, 1.0, 12),
        730: (0.564102564102564, 0.336426320340750, 0.945858524103544, 6),
    },
}


def _data(name: str):
    base, _, level = name.partition(":")
    if base == "aml":
        t, e, g = np.array(AML_TIME, float), np.array(AML_STATUS, bool), np.array(AML_X)
    else:
        t, e, g = np.array(OV_TIME, float), np.array(OV_STATUS, bool), np.array(OV_RX).astype(str)
    if level:
        t, e = t[g == level], e[g == level]
    return t, e


@pytest.mark.parametrize("key", sorted(MEDIANS))
def test_median_and_its_ci_match_r(key):
    name, method = key
    curve = kaplan_meier(*_data(name), ci_method=method)
    assert (curve.median, curve.median_lower, curve.median_upper) == pytest.approx(
        MEDIANS[key], abs=TOL
    )


@pytest.mark.parametrize("key", sorted(AT_TIMES))
def test_survival_at_times_matches_r(key):
    name, method = key
    curve = kaplan_meier(*_data(name), ci_method=method)
    for time, (surv, lower, upper, at_risk) in AT_TIMES[key].items():
        got = curve.at(time)
        assert (got.survival, got.lower, got.upper) == pytest.approx((surv, lower, upper), abs=TOL)
        assert got.at_risk == at_risk


def test_beyond_last_follow_up_is_null():
    # summary(f, times = 200, extend = FALSE) returns no row: 161 is the last time of aml.
    curve = kaplan_meier(*_data("aml"))
    assert curve.at(161).survival is not None
    assert curve.at(200).survival is None
    # Cumulative events: sum(aml$status) = 18, all by time 48.
    assert curve.at(48).events == 18 == curve.events


def test_logrank_matches_survdiff():
    assert logrank(AML_TIME, AML_STATUS, AML_X).chi2 == pytest.approx(3.3963886989776, abs=TOL)
    assert logrank(OV_TIME, OV_STATUS, OV_RX).chi2 == pytest.approx(1.06273986129141, abs=TOL)


def test_cox_matches_coxph():
    (hr,), _ = hazard_ratios(AML_TIME, AML_STATUS, AML_X, ["Maintained", "Nonmaintained"])
    assert (hr.hr, hr.lower, hr.upper, hr.p) == pytest.approx(
        (2.49810532617214, 0.915907257436408, 6.8134957660633, 0.0737148606390457), abs=1e-4
    )
    (hr,), _ = hazard_ratios(OV_TIME, OV_STATUS, np.array(OV_RX).astype(str), ["1", "2"])
    assert (hr.hr, hr.lower, hr.upper, hr.p) == pytest.approx(
        (0.550801907277935, 0.17432073353539, 1.74037095248581, 0.309630448806553), abs=1e-4
    )


def test_reverse_km_follow_up_matches_r():
    assert reverse_km_median(AML_TIME, AML_STATUS) == pytest.approx(161, abs=TOL)
    assert reverse_km_median(OV_TIME, OV_STATUS) == pytest.approx(803, abs=TOL)


def test_survival_analysis_by_group_on_a_dataset_frame():
    frame = pd.DataFrame(
        {
            "record_number": [f"P{i}" for i in range(len(AML_TIME) + 1)],
            "os_days": AML_TIME + [np.nan],
            "os_event": AML_STATUS + [np.nan],
            "excluded_reason": [""] * len(AML_TIME) + ["no_news_after_surgery"],
            "x": AML_X + ["Maintained"],
        }
    )
    res = survival_analysis(frame, "os", LOG, group_by="x")
    assert [c.label for c in res.groups] == ["Maintained", "Nonmaintained"]
    assert res.groups[1].median_lower == pytest.approx(8)
    assert res.logrank.chi2 == pytest.approx(3.3963886989776, abs=TOL)
    assert res.hazard_ratios[0].hr == pytest.approx(2.49810532617214, abs=1e-4)
    assert [(x.record_number, x.reason) for x in res.not_in_curve] == [
        ("P23", "no_news_after_surgery")
    ]
    assert res.overall.n == 23


# Four groups (rx × resid.ds) of ovarian:
#   ovarian$g <- factor(paste0(ovarian$rx, "_", ovarian$resid.ds))
#   survdiff(Surv(futime, fustat) ~ g, data = ovarian)$chisq          # 9.10510637335997
#   summary(coxph(Surv(futime, fustat) ~ g, data = ovarian))          # conf.int, Pr(>|z|)
OV_RESID = [2, 2, 2, 2, 2, 1, 2, 2, 2, 1, 1, 1, 2, 2, 1, 1, 2, 1, 1, 2, 1, 2, 2, 1, 2, 1]
OV_G4 = [f"{a}_{b}" for a, b in zip(OV_RX, OV_RESID, strict=True)]
COX_G4 = {
    "1_2": (9.41469472653555, 1.104156333212914, 80.2752962852088, 0.0403083704221365),
    "2_1": (1.96796736182831, 0.178073861784426, 21.7488153421974, 0.5807527607612435),
    "2_2": (2.66219809609739, 0.275362033013102, 25.7381114793242, 0.3976312813674677),
}


def test_four_groups_match_coxph_and_survdiff():
    levels = ["1_1", "1_2", "2_1", "2_2"]
    hrs, note = hazard_ratios(OV_TIME, OV_STATUS, OV_G4, levels)
    assert note == ""
    for hr in hrs:
        assert hr.reference == "1_1"
        assert (hr.hr, hr.lower, hr.upper, hr.p) == pytest.approx(COX_G4[hr.level], rel=1e-6)
    test = logrank(OV_TIME, OV_STATUS, OV_G4)
    assert (test.chi2, test.df) == (pytest.approx(9.10510637335997, abs=TOL), 3)


def test_risk_set_statistics_agree_with_lifelines_on_random_data():
    from lifelines import CoxPHFitter

    from hepmeta_desktop.analysis.cox import cox_categorical, logrank_chi2, risk_table

    rng = np.random.default_rng(3)
    t = rng.integers(1, 300, 400).astype(float)  # many ties
    e = rng.random(400) < 0.6
    g = rng.integers(0, 3, 400)
    table = risk_table(t, e, g, 3)
    fit = cox_categorical(table)
    frame = pd.DataFrame({"T": t, "E": e, "g1": (g == 1) * 1.0, "g2": (g == 2) * 1.0})
    ref = CoxPHFitter().fit(frame, "T", "E").summary
    assert fit.coef == pytest.approx(ref["coef"].to_numpy(), abs=1e-6)
    assert fit.se == pytest.approx(ref["se(coef)"].to_numpy(), abs=1e-6)
    assert logrank_chi2(table)[0] == pytest.approx(logrank(t, e, g).chi2, abs=1e-8)
