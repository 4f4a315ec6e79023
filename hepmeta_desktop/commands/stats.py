"""``hepmeta stats``: the statistics of a selected cohort, as text or as JSON."""

from __future__ import annotations

import argparse
import datetime as dt

from hepmeta_desktop.analysis.cohort import CRITERIA
from hepmeta_desktop.analysis.km import CI_METHODS, LOG_LOG
from hepmeta_desktop.commands import open_for, say
from hepmeta_desktop.errors import Message, ValidationError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text}") from None


def _criteria(text: str) -> tuple[str, ...]:
    items = tuple(c.strip() for c in text.split(",") if c.strip())
    unknown = [c for c in items if c not in CRITERIA]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown criteria: {', '.join(unknown)} (known: {', '.join(CRITERIA)})"
        )
    return items


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The cohort options shared by ``stats`` and ``report`` (read back by options_from)."""
    parser.add_argument("--surgeon", help="only this surgeon's patients")
    parser.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="YYYY-MM-DD",
        help="liver surgery on or after",
    )
    parser.add_argument(
        "--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="liver surgery on or before"
    )
    parser.add_argument("--procedure", help="only this procedure (code, e.g. METASTASECTOMY)")
    parser.add_argument("--criteria", type=_criteria, default=(), metavar="A,B,…",
                        help=f"inclusion criteria to apply: {', '.join(CRITERIA)}")  # fmt: skip
    parser.add_argument("--claim-only", action="store_true",
                        help="do not exclude patients failing the criteria: list them as inconsistencies")  # fmt: skip
    parser.add_argument("--group-by", metavar="VARIABLE", help="compare groups of this variable")
    parser.add_argument(
        "--ci",
        choices=CI_METHODS,
        default=LOG_LOG,
        help="CI of the survival curves (default log-log)",
    )


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "stats", help="statistics of a selected cohort (Table 1, survival, paragraph)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print every figure as JSON (docs/stats_json.md)"
    )
    add_filter_arguments(parser)
    parser.set_defaults(func=run)


def options_from(args: argparse.Namespace):
    from hepmeta_desktop.analysis.cohort import CohortFilter
    from hepmeta_desktop.analysis.run import AnalysisOptions

    try:
        return AnalysisOptions(
            CohortFilter(
                args.surgeon,
                args.date_from,
                args.date_to,
                args.procedure,
                tuple(args.criteria),
                not args.claim_only,
            ),  # fmt: skip
            group_by=args.group_by,
            ci_method=args.ci,
        )
    except KeyError:
        raise ValidationError(
            {
                "group_by": Message(
                    f"Variable inconnue : {args.group_by}", f"Unknown variable: {args.group_by}"
                )
            }
        ) from None


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.analysis.json_output import dumps, result_to_dict
    from hepmeta_desktop.services.analysis_service import AnalysisService

    options = options_from(args)
    db = open_for(args, create=False)
    try:
        result = AnalysisService(db).analyse(options)
    finally:
        db.dispose()
    if args.json:
        print(dumps(result_to_dict(result, args.lang)))
        return 0
    say(args, f"{result.cohort.n} patient(e)s sélectionné(e)s sur {result.cohort.n_total}.",
        f"{result.cohort.n} of {result.cohort.n_total} patients selected.")  # fmt: skip
    for e in result.cohort.excluded:
        say(
            args,
            f"  exclu(e) {e.record_number} : {e.reason}",
            f"  left out {e.record_number}: {e.reason}",
        )
    print()
    print(result.paragraph.text(args.lang))
    if result.inconsistencies:
        print()
        say(args, "Incohérences :", "Inconsistencies:")
        for i in result.inconsistencies:
            print(f"  - {i.message(args.lang)}")
    return 0
