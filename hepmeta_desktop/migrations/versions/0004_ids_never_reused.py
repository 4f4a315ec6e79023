"""ids never reused

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

SQLite hands the highest id of a deleted row out again unless the table is declared
AUTOINCREMENT; the deleted record's audit trail would then read as the new record's
history. Patients and news become AUTOINCREMENT tables, their counters starting after
every id the audit trail has ever seen. (PostgreSQL sequences never go back: nothing to do.)
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = {"patient": "patient_id", "followup": "record_id"}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    for table, trail_column in TABLES.items():
        where = "" if table == "patient" else " WHERE table_name = 'followup'"
        highest = bind.exec_driver_sql(
            f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), "
            f"coalesce((SELECT max({trail_column}) FROM audit_log{where}), 0))"
        ).scalar()
        bind.exec_driver_sql(f"DELETE FROM sqlite_sequence WHERE name = '{table}'")
        bind.exec_driver_sql(
            f"INSERT INTO sqlite_sequence (name, seq) VALUES ('{table}', {int(highest or 0)})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
