"""Table 1 statistics and tests checked against R on the ovarian dataset."""

#     library(survival); options(digits = 15)
#     g <- factor(paste0(ovarian$rx, "_", ovarian$resid.ds))
#     fisher.test(table(ovarian$resid.ds, ovarian$fustat))$p.value          # 0.130246331942388
#     chisq.test(table(g, ovarian$fustat), correct = FALSE)$p.value         # 0.213883553344435
#     chisq.test(table(g, ovarian$ecog.ps), correct = FALSE)$p.value        # 0.874822810716931
#     wilcox.test(age ~ rx, data = ovarian)$p.value                          # 0.724145530065573
#     kruskal.test(age ~ g, data = ovarian)$p.value                          # 0.190203206624876
#     wilcox.test(time ~ x, data = aml)$p.value    # ties: normal approx.    0.165596447449837
#     kruskal.test(time ~ interaction(x, status), data = aml)$p.value        # 0.444453431764364
#     paste(round(ovarian$age, 4), collapse = ",")
#     quantile(ovarian$age, c(.25, .5, .75)); sd(ovarian$age)
#
# The ovarian columns are carried by registry variables so that Table 1 reads them as it
# reads the registry: rx → margin_status (R0/R1), resid.ds → distribution, fustat →
# adjuvant_chemotherapy (yes = dead), ecog.ps → performance_status, rx × resid.ds →
# procedure (four levels).

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from hepmeta_desktop.analysis.table1 import CHI2, FISHER, KRUSKAL, MANN_WHITNEY, build_table1

from .test_survival_vs_r import AML_STATUS, AML_TIME, AML_X, OV_RESID, OV_RX, OV_STATUS

AGE = [72.3315, 74.4932, 66.4658, 53.3644, 50.3397, 56.4301, 56.937, 59.8548, 64.1753, 55.1781,
       56.7562, 50.1096, 59.6301, 57.0521, 39.2712, 43.1233, 38.8932, 44.6, 53.9068, 44.2055,
       59.589, 74.5041, 43.137, 63.2192, 64.4247, 58.3096]  # fmt: skip
ECOG = [1, 1, 2, 1, 1, 2, 2, 2, 1, 2, 2, 1, 2, 1, 1, 2, 2, 1, 1, 1, 2, 2, 1, 2, 1, 1]
FOUR = {"1_1": "METASTASECTOMY", "1_2": "SEGMENTECTOMY", "2_1": "BISEGMENTECTOMY",
        "2_2": "RIGHT_HEPATECTOMY"}  # fmt: skip


@pytest.fixture
def ovarian() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "age": AGE,
            "margin_status": ["R0" if r == 1 else "R1" for r in OV_RX],
            "distribution": ["UNILOBAR" if r == 1 else "BILOBAR" for r in OV_RESID],
            "adjuvant_chemotherapy": ["yes" if s else "no" for s in OV_STATUS],
            "performance_status": [str(e) for e in ECOG],
            "procedure": [FOUR[f"{a}_{b}"] for a, b in zip(OV_RX, OV_RESID, strict=True)],
        }
    )


def test_continuous_summary_matches_r(ovarian):
    # quantile(ovarian$age) → 50.1671, 56.84660, 62.37810 (type 7); sd = 10.1555 (n - 1)
    age = build_table1(ovarian).get("age").overall
    x = np.array(AGE)
    assert (age.n, age.missing) == (26, 0)
    assert age.mean == pytest.approx(x.mean())
    assert (age.q1, age.median, age.q3) == pytest.approx((50.1671, 56.8466, 62.3781), abs=1e-4)
    assert age.sd == pytest.approx(np.std(x, ddof=1))


def test_two_groups_tests_match_r(ovarian):
    t = build_table1(ovarian, group_by="distribution")
    chemo = t.get("adjuvant_chemotherapy")
    assert chemo.test == FISHER and chemo.p_value == pytest.approx(0.130246331942388, abs=1e-9)
    t = build_table1(ovarian, group_by="margin_status")
    age = t.get("age")
    assert age.test == MANN_WHITNEY and age.p_value == pytest.approx(0.724145530065573, abs=1e-9)
    assert t.group_levels == ("R0", "R1") and t.group_sizes == (13, 13)


def test_four_groups_tests_match_r(ovarian):
    t = build_table1(ovarian, group_by="procedure")
    assert t.get("adjuvant_chemotherapy").test == CHI2
    assert t.get("adjuvant_chemotherapy").p_value == pytest.approx(0.213883553344435, abs=1e-9)
    assert t.get("performance_status").p_value == pytest.approx(0.874822810716931, abs=1e-9)
    assert t.get("age").test == KRUSKAL
    assert t.get("age").p_value == pytest.approx(0.190203206624876, abs=1e-9)


def test_unknown_and_missing_are_counted_apart(ovarian):
    ovarian.loc[0, "performance_status"] = "UNK"
    ovarian.loc[1, "performance_status"] = None
    ps = build_table1(ovarian, group_by="margin_status").get("performance_status")
    assert ps.overall.missing == 1 and ps.overall.recorded == 25
    assert ps.overall.counts()["UNK"] == 1
    # 'unknown' is left out of the test: the same table as R's without rows 1 and 2.
    assert ps.test == FISHER


def test_rank_tests_with_ties_match_r() -> None:
    # aml's times have ties: R's wilcox.test leaves the exact test for the normal
    # approximation with continuity correction, and kruskal.test corrects for the ties.
    aml = pd.DataFrame(
        {
            "length_of_stay_days": AML_TIME,
            "margin_status": ["R0" if x == "Maintained" else "R1" for x in AML_X],
            "procedure": [
                FOUR[f"{1 if x == 'Maintained' else 2}_{s + 1}"]
                for x, s in zip(AML_X, AML_STATUS, strict=True)
            ],
        }
    )
    stay = build_table1(aml, group_by="margin_status").get("length_of_stay_days")
    assert stay.test == MANN_WHITNEY
    assert stay.p_value == pytest.approx(0.165596447449837, abs=1e-9)
    stay = build_table1(aml, group_by="procedure").get("length_of_stay_days")
    assert stay.test == KRUSKAL
    assert stay.p_value == pytest.approx(0.444453431764364, abs=1e-9)


@pytest.mark.parametrize("seed", range(20))
def test_rank_and_chi2_tests_agree_with_scipy(seed: int) -> None:
    """The formulas written out in table1 give scipy's p-values on random tied samples."""
    from scipy import stats

    from hepmeta_desktop.analysis.table1 import _test_categorical, _test_continuous

    rng = np.random.default_rng(seed)
    groups = [np.round(rng.normal(50, 10, rng.integers(30, 300)), 0) for _ in range(3)]
    p, test = _test_continuous(groups[:2])
    expected = stats.mannwhitneyu(*groups[:2], alternative="two-sided", method="asymptotic")
    assert test == MANN_WHITNEY and p == pytest.approx(expected.pvalue, rel=1e-9, abs=1e-15)
    p, test = _test_continuous(groups)
    assert test == KRUSKAL and p == pytest.approx(stats.kruskal(*groups).pvalue, rel=1e-9)
    table = rng.integers(0, 40, (3, 4))
    table[0, 0] += 1  # no empty row or column
    p, test = _test_categorical(table, ["A", "B", "C"])
    kept = table[:, table.sum(axis=0) > 0]
    expected = stats.chi2_contingency(kept, correction=False).pvalue
    assert test == CHI2 and p == pytest.approx(expected, rel=1e-9)
