"""Alembic environment: migrations run on the connection handed over by the application."""

from alembic import context

from hepmeta_desktop.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - used by `alembic revision --autogenerate`
    from hepmeta_desktop.db import create_db_engine

    engine = create_db_engine(config.get_main_option("sqlalchemy.url"))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
