"""Who else has the database open, and the warning for a database on a network share."""

from __future__ import annotations

import datetime as dt

import pytest

from hepmeta_desktop.services.sessions import (
    SessionRegistry,
    is_network_path,
    network_share_warning,
)

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//nas/chirurgie /mnt/registre cifs rw,vers=3.0 0 0
nas:/export/data /srv/data nfs4 rw,relatime 0 0
/dev/sdb1 /srv/data/local ext4 rw 0 0
/dev/sdc1 /media/usb\\040key vfat rw 0 0
"""


def test_other_copies_are_listed_until_stale(db) -> None:  # type: ignore[no-untyped-def]
    clock = [dt.datetime(2026, 11, 26, 9, 0)]
    mine = SessionRegistry(db, now=lambda: clock[0])
    theirs = SessionRegistry(db, now=lambda: clock[0])
    mine.register("sec", host="PC-SECRETARIAT", pid=100)
    theirs.register("dr.benali", host="PC-BLOC", pid=200)
    [other] = mine.list_others()
    assert (other.host, other.user_name, other.pid) == ("PC-BLOC", "dr.benali", 200)
    assert other.describe().fr == "Aussi ouverte sur le poste PC-BLOC par dr.benali."
    assert other.describe().en == "Also open on PC PC-BLOC by dr.benali."
    # Their copy stops beating (power cut): ignored after 2 minutes; ours keeps beating.
    clock[0] += dt.timedelta(seconds=110)
    mine.heartbeat()
    assert len(mine.list_others()) == 1 and len(theirs.list_others()) == 1
    clock[0] += dt.timedelta(seconds=20)
    assert mine.list_others() == []
    assert [s.user_name for s in theirs.list_others()] == ["sec"]
    theirs.heartbeat()
    assert len(mine.list_others()) == 1
    theirs.unregister()
    assert mine.list_others() == []
    mine.unregister()
    assert SessionRegistry(db, now=lambda: clock[0]).list_others() == []


def test_network_shares_on_linux_from_the_mounts_table() -> None:
    def remote(path: str) -> bool:
        return is_network_path(path, platform="linux", mounts=MOUNTS)

    assert remote("/mnt/registre/hepmeta.db")
    assert remote("/srv/data/hepmeta.db")
    assert not remote("/srv/data/local/hepmeta.db")  # a local disk mounted inside the share
    assert not remote("/home/sec/hepmeta.db")
    assert not remote("/media/usb key/hepmeta.db")
    assert not remote("/mnt/registre-local/hepmeta.db")  # a prefix is not a mount point
    warning = network_share_warning("/mnt/registre/hepmeta.db", platform="linux", mounts=MOUNTS)
    assert warning is not None
    assert "partage réseau" in warning.fr and "PostgreSQL" in warning.fr
    assert "network share" in warning.en and "PostgreSQL" in warning.en
    assert network_share_warning("/home/sec/h.db", platform="linux", mounts=MOUNTS) is None
    assert network_share_warning(None) is None


def test_network_shares_on_windows() -> None:
    drives = {"C:\\": 3, "Z:\\": 4, "E:\\": 2}  # fixed, remote, removable

    def remote(path: str) -> bool:
        return is_network_path(path, platform="win32", drive_type=drives.__getitem__)

    assert remote("\\\\serveur\\chirurgie\\hepmeta.db")
    assert remote("Z:\\registre\\hepmeta.db")
    assert not remote("C:\\Users\\sec\\hepmeta.db")
    assert not remote("E:\\hepmeta.db")


def test_this_machine_temp_folder_is_local(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert network_share_warning(tmp_path / "x.db") is None


def test_safety_settings_are_the_administrators(db, accounts) -> None:  # type: ignore[no-untyped-def]

    from hepmeta_desktop.errors import PermissionDeniedError, ValidationError
    from hepmeta_desktop.services.backup import BackupScheduler
    from hepmeta_desktop.services.permissions import ADMIN, SURGEON
    from hepmeta_desktop.services.safety_settings import (
        backup_interval_minutes,
        lock_minutes,
        set_backup_interval_minutes,
        set_lock_minutes,
    )

    assert (lock_minutes(db), backup_interval_minutes(db)) == (10, 30)
    with pytest.raises(PermissionDeniedError):
        set_lock_minutes(db, 5, accounts[SURGEON])
    with pytest.raises(ValidationError):
        set_lock_minutes(db, 0, accounts[ADMIN])
    set_lock_minutes(db, 5, accounts[ADMIN])
    set_backup_interval_minutes(db, 60, accounts[ADMIN])
    assert (lock_minutes(db), backup_interval_minutes(db)) == (5, 60)
    assert BackupScheduler(db).interval == 3600
