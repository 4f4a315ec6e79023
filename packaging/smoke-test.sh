#!/usr/bin/env bash
# Smoke test of the built one-folder bundle, started as a user would on a machine without
# Python: the command line (version, demo, check), an old schema upgraded by the bundled
# Alembic migrations, the first-start dialog, and the window (offscreen), each ending alone.
# Usage: packaging/smoke-test.sh [dist/HepMeta]   (HEPMETA_DEV_PYTHON=python: also the upgrade)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$(cd "${1:-$ROOT/dist/HepMeta}" && pwd)"
GUI="$DIST/HepMeta"
CLI="$DIST/hepmeta"
[ -x "$CLI" ] || CLI="$DIST/hepmeta-cli"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# A user with nothing yet: empty home, data and settings folders; nothing from a venv.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
export HEPMETA_STATE_DIR="$WORK/state" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
unset PYTHONPATH PYTHONHOME HEPMETA_DB VIRTUAL_ENV || true
mkdir -p "$HOME"
cd "$WORK"

fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
step() { echo "-- $*"; }

step "version"
expected="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/hepmeta_desktop/__init__.py")"
got="$("$CLI" --version)"
[ "$got" = "hepmeta $expected" ] || fail "version: '$got', expected 'hepmeta $expected'"

step "demo --no-gui"
out="$("$CLI" --lang en --db "$WORK/demo.db" demo --no-gui)"
echo "$out"
grep -q "40 fictional patients created" <<<"$out" || fail "demo"

step "check"
"$CLI" --lang en --db "$WORK/demo.db" check | tail -1 | grep -q "Database sound" || fail "check"

step "migrations shipped as files (Alembic loads them by path)"
src=$(cd "$ROOT/hepmeta_desktop/migrations/versions" && ls -1 [0-9]*.py | sort)
bundled=$(cd "$DIST/_internal/hepmeta_desktop/migrations/versions" && ls -1 [0-9]*.py | sort)
[ "$src" = "$bundled" ] || fail "bundled migrations differ from the source: $bundled"
[ -f "$DIST/_internal/hepmeta_desktop/migrations/env.py" ] || fail "env.py not in the bundle"

if [ -n "${HEPMETA_DEV_PYTHON:-}" ]; then
  step "an old schema (0001) upgraded by the bundle"
  PYTHONPATH="$ROOT" "$HEPMETA_DEV_PYTHON" -c '
import sys
from hepmeta_desktop import migrations
from hepmeta_desktop.db import open_database
db = open_database(sys.argv[1], migrate=False)
migrations.upgrade(db, "0001")
db.dispose()' "$WORK/old.db"
  "$CLI" --lang en --db "$WORK/old.db" check | tail -1 | grep -q "Database sound" \
    || fail "check of the upgraded registry"
  ls "$WORK"/old.before-*.db >/dev/null 2>&1 || fail "no backup copy before the upgrade"
fi

step "the administrator, made with the command line"
HEPMETA_NEW_PASSWORD=smoke-test-pass "$CLI" --lang en --db "$WORK/demo.db" user add smoke --role admin \
  || fail "user add"

step "the window, offscreen, signed in from the environment, closes itself"
out="$(HEPMETA_USER=smoke HEPMETA_PASSWORD=smoke-test-pass HEPMETA_SMOKE_EXIT_MS=2500 \
  timeout 120 "$GUI" --lang en --db "$WORK/demo.db" 2>&1)" \
  || fail "window: exit status $? ($out)"
echo "$out" | grep "smoke:"
grep -q "smoke: window shown: .*demo.db" <<<"$out" || fail "window not shown: $out"

step "first start: the dialog asks which registry"
set +e
out="$(HEPMETA_SMOKE_EXIT_MS=1500 timeout 120 "$GUI" --lang en 2>&1)"
status=$?
set -e
echo "$out" | grep "smoke:" || true
[ "$status" = 3 ] && grep -q "dialog open: HepMeta Desktop" <<<"$out" \
  || fail "first start: status $status, $out"

step "user guides and their images"
for guide in "$DIST"/_internal/docs/guide_fr.md "$DIST"/_internal/docs/guide_en.md; do
  [ -f "$guide" ] || fail "missing $guide"
  for img in $(grep -o 'img/[A-Za-z0-9_.-]*\.png' "$guide" | sort -u); do
    [ -f "$DIST/_internal/docs/$img" ] || fail "$guide: missing $img"
  done
done

echo "bundle OK: $(du -sh "$DIST" | cut -f1) in $DIST"
