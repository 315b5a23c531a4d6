"""The league file's schema as numbered migrations, applied in order on open.

``PRAGMA user_version`` holds the number of migrations applied, so a file written by a newer
LeagueDesk (a higher number than this build knows) is recognised and refused before any write.
Add a migration at the end; never edit one that has shipped.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

# "LDSK": marks a SQLite file as a league file (PRAGMA application_id).
APPLICATION_ID = 0x4C44534B

migrations = Migrations("leaguedesk")


@migrations(name="0001_organisation_and_members")
def _initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE branches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            full_name TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '',
            founded_on TEXT,
            approving_body TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            archived_at TEXT
        );
        CREATE UNIQUE INDEX branches_name ON branches(name);
        CREATE TABLE league_groups (
            id INTEGER PRIMARY KEY,
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            name TEXT NOT NULL,
            UNIQUE (branch_id, name)
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            name TEXT NOT NULL,
            name_pinyin TEXT NOT NULL DEFAULT '',
            name_initials TEXT NOT NULL DEFAULT '',
            id_type TEXT NOT NULL DEFAULT '居民身份证',
            id_number TEXT,
            sex TEXT NOT NULL DEFAULT '',
            ethnicity TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            political_status TEXT NOT NULL DEFAULT '共青团员',
            joined_on TEXT,
            development_no TEXT,
            card_no TEXT NOT NULL DEFAULT '',
            fulltime_education TEXT NOT NULL DEFAULT '',
            highest_education TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT '',
            workplace TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            household_registration TEXT NOT NULL DEFAULT '',
            group_id INTEGER REFERENCES league_groups(id),
            league_post TEXT NOT NULL DEFAULT '',
            post_since TEXT,
            is_cadre INTEGER NOT NULL DEFAULT 0,
            party_joined_on TEXT,
            volunteer_registered_on TEXT,
            income_band TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '正常',
            status_since TEXT,
            warnings TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE UNIQUE INDEX members_id_number ON members(id_number)
            WHERE id_number IS NOT NULL AND id_number != '';
        CREATE UNIQUE INDEX members_development_no ON members(development_no)
            WHERE development_no IS NOT NULL AND development_no != '';
        CREATE INDEX members_branch_status ON members(branch_id, status);
        CREATE INDEX members_pinyin ON members(name_pinyin);
        CREATE TABLE member_history (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX member_history_member ON member_history(member_id, id);
        CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            effective_on TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            destination TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX status_changes_member ON status_changes(member_id);
        CREATE TABLE discipline (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            level TEXT NOT NULL,
            decided_on TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            lifted_on TEXT,
            recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX discipline_member ON discipline(member_id);
        """
    )



@migrations(name="0002_roster_search")
def _roster_search(db: Database) -> None:
    """A narrow covering index for the roster: listing, filtering, pinyin sort and search read
    it instead of the wide members rows. ``name_pinyin_compact`` ("zhangsan" for 张三) lets a
    search for pinyin typed without spaces match; triggers keep it right whoever writes
    ``name_pinyin``, so no writer needs to know it exists."""
    db.execute("ALTER TABLE members ADD COLUMN name_pinyin_compact TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE members SET name_pinyin_compact = replace(name_pinyin, ' ', '')")
    for event in ("INSERT", "UPDATE OF name_pinyin"):
        suffix = event.split()[0].lower()
        db.execute(
            f"CREATE TRIGGER members_pinyin_compact_{suffix} AFTER {event} ON members BEGIN "
            "UPDATE members SET name_pinyin_compact = replace(NEW.name_pinyin, ' ', '') "
            "WHERE id = NEW.id; END"
        )
    db.execute(
        "CREATE INDEX members_roster ON members(status, name_pinyin, name, id, branch_id, "
        "name_initials, name_pinyin_compact, id_number, phone, birth_date, joined_on, "
        "political_status, is_cadre, group_id)"
    )


@migrations(name="0003_meetings")
def _meetings(db: Database) -> None:
    """Organisational life: meetings, who attended (and why not), 列席 guests, resolutions with
    their votes, and attachments kept inside the file as BLOBs so they travel with it.

    Chair and recorder keep the name as written (``*_name``) and, when they are members, the
    member (``*_member_id``): the minutes still read right after a member leaves."""
    db.executescript(
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT NOT NULL DEFAULT '',
            end_time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            topics TEXT NOT NULL DEFAULT '',
            chair_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            chair_name TEXT NOT NULL DEFAULT '',
            recorder_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            recorder_name TEXT NOT NULL DEFAULT '',
            group_id INTEGER REFERENCES league_groups(id) ON DELETE SET NULL,
            evaluation INTEGER NOT NULL DEFAULT 0,
            agenda TEXT NOT NULL DEFAULT '',
            minutes TEXT NOT NULL DEFAULT '',
            lecture_hours REAL NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX meetings_branch_date ON meetings(branch_id, date);
        CREATE TABLE meeting_attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            expected INTEGER NOT NULL DEFAULT 1,
            status TEXT CHECK (status IS NULL OR status IN
                ('出席', '事假', '病假', '公假', '无故缺席', '迟到')),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (meeting_id, member_id)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id);
        CREATE TABLE meeting_guests (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meeting_guests_meeting ON meeting_guests(meeting_id, position);
        CREATE TABLE resolutions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '一般决议',
            yes INTEGER NOT NULL DEFAULT 0,
            no INTEGER NOT NULL DEFAULT 0,
            abstain INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX resolutions_meeting ON resolutions(meeting_id, position);
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            added_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX attachments_meeting ON attachments(meeting_id);
        """
    )


def known_version() -> int:
    """The format version this build writes: the number of migrations it knows."""
    return len(migrations._migrations)


def apply(db: Database) -> None:
    """Apply pending migrations, each in its own transaction, and record the version."""
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {known_version()}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def pending_count(db: Database) -> int:
    return len(migrations.pending(db))
