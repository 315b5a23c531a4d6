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
    ``name_pinyin`` (the insert trigger gave way to the writer in 0006)."""
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
        CREATE INDEX meetings_date ON meetings(date);
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


@migrations(name="0004_recruitment")
def _recruitment(db: Database) -> None:
    """Recruitment (发展团员): applicants with the roster's personal fields, the 15 steps each
    one went through, the people and documents of each step, 团课 hours, yearly quotas.

    ``meeting_id`` will point to a recorded 支委会/支部大会 (meetings table) and carries no
    constraint; until a step is linked, it keeps the deciding meeting's own facts (kind,
    应到/实到) and the ballot. Applicants are never deleted once admitted: the record stays
    as the member's 档案 (``member_id``).
    """
    db.executescript(
        """
        CREATE TABLE applicants (
            id INTEGER PRIMARY KEY,
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            name TEXT NOT NULL,
            name_pinyin TEXT NOT NULL DEFAULT '',
            id_type TEXT NOT NULL DEFAULT '居民身份证',
            id_number TEXT,
            sex TEXT NOT NULL DEFAULT '',
            ethnicity TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            fulltime_education TEXT NOT NULL DEFAULT '',
            highest_education TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT '',
            workplace TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            household_registration TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'admitted', 'rejected', 'withdrawn')),
            status_on TEXT,
            status_reason TEXT NOT NULL DEFAULT '',
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            development_no TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX applicants_branch_status ON applicants(branch_id, status, name_pinyin);
        CREATE UNIQUE INDEX applicants_open_id_number ON applicants(id_number)
            WHERE status = 'active' AND id_number IS NOT NULL AND id_number != '';
        CREATE TABLE applicant_steps (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            done_on TEXT,
            notice_start TEXT,
            opinion_date TEXT,
            meeting_id INTEGER,
            meeting_kind TEXT NOT NULL DEFAULT '',
            expected INTEGER,
            present INTEGER,
            yes INTEGER,
            no INTEGER,
            abstain INTEGER,
            separate_vote INTEGER NOT NULL DEFAULT 1,
            hours REAL NOT NULL DEFAULT 0,
            documents TEXT NOT NULL DEFAULT '[]',
            reason TEXT NOT NULL DEFAULT '',
            accepted_warnings TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            UNIQUE (applicant_id, step)
        );
        CREATE TABLE applicant_step_people (
            step_id INTEGER NOT NULL REFERENCES applicant_steps(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (step_id, position)
        );
        CREATE INDEX applicant_step_people_member ON applicant_step_people(member_id);
        CREATE TABLE applicant_documents (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            step TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            filename TEXT NOT NULL DEFAULT '',
            media_type TEXT NOT NULL DEFAULT '',
            content BLOB NOT NULL,
            added_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE INDEX applicant_documents_applicant ON applicant_documents(applicant_id, step);
        CREATE TABLE applicant_lessons (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            held_on TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            hours REAL NOT NULL,
            meeting_id INTEGER
        );
        CREATE INDEX applicant_lessons_applicant ON applicant_lessons(applicant_id, held_on);
        CREATE TABLE recruitment_quotas (
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            year INTEGER NOT NULL,
            quota INTEGER NOT NULL CHECK (quota >= 0),
            PRIMARY KEY (branch_id, year)
        );
        """
    )


@migrations(name="0005_evaluation")
def _evaluation(db: Database) -> None:
    """两制 and 推优: evaluation rounds with one entry per member evaluated, registration rounds
    with one entry per member, and recommendations to the Party. A round keeps the facts of
    the meeting it was held in (date, 应到, 实到, ballots); ``meeting_id`` may later point at a
    recorded meeting (no foreign key: meetings are kept by their own tables)."""
    db.executescript(
        """
        CREATE TABLE evaluation_rounds (
            id INTEGER PRIMARY KEY,
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            year INTEGER NOT NULL,
            meeting_kind TEXT NOT NULL DEFAULT '支部大会',
            meeting_date TEXT,
            meeting_id INTEGER,
            expected INTEGER NOT NULL DEFAULT 0,
            present INTEGER NOT NULL DEFAULT 0,
            ballots INTEGER NOT NULL DEFAULT 0,
            include_party_members INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            approved_on TEXT,
            approved_by TEXT NOT NULL DEFAULT '',
            closed_at TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            UNIQUE (branch_id, year)
        );
        CREATE TABLE evaluation_entries (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES evaluation_rounds(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            self_assessment TEXT NOT NULL DEFAULT '',
            votes_excellent INTEGER NOT NULL DEFAULT 0,
            votes_pass INTEGER NOT NULL DEFAULT 0,
            votes_basic INTEGER NOT NULL DEFAULT 0,
            votes_fail INTEGER NOT NULL DEFAULT 0,
            ballots INTEGER,
            committee_grade TEXT,
            final_grade TEXT,
            talk_on TEXT,
            talk_note TEXT NOT NULL DEFAULT '',
            reevaluate_by TEXT,
            reevaluated_on TEXT,
            reevaluation_grade TEXT,
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (round_id, member_id)
        );
        CREATE INDEX evaluation_entries_member ON evaluation_entries(member_id);
        CREATE TABLE registration_rounds (
            id INTEGER PRIMARY KEY,
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            year INTEGER NOT NULL,
            evaluation_round_id INTEGER REFERENCES evaluation_rounds(id),
            decided_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            closed_at TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            UNIQUE (branch_id, year)
        );
        CREATE TABLE registration_entries (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES registration_rounds(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            grade TEXT,
            derived_outcome TEXT NOT NULL,
            basis TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            deferred_until TEXT,
            resolved_on TEXT,
            resolved_outcome TEXT,
            UNIQUE (round_id, member_id)
        );
        CREATE INDEX registration_entries_member ON registration_entries(member_id);
        CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            branch_id INTEGER NOT NULL REFERENCES branches(id),
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            applied_on TEXT,
            meeting_date TEXT NOT NULL,
            meeting_id INTEGER,
            expected INTEGER NOT NULL DEFAULT 0,
            present INTEGER NOT NULL DEFAULT 0,
            votes_yes INTEGER NOT NULL DEFAULT 0,
            votes_no INTEGER NOT NULL DEFAULT 0,
            votes_abstain INTEGER NOT NULL DEFAULT 0,
            passed INTEGER NOT NULL DEFAULT 0,
            rank INTEGER,
            valid_until TEXT,
            findings TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
            UNIQUE (branch_id, meeting_date, member_id)
        );
        CREATE INDEX recommendations_member ON recommendations(member_id);
        """
    )


@migrations(name="0006_pinyin_compact_written")
def _pinyin_compact_written(db: Database) -> None:
    """New members are written with their ``name_pinyin_compact`` (storage.members does it);
    the insert trigger goes. Even doing nothing it made every inserted row run a trigger
    program: a third of the time of a 50,000-row import. Changes of ``name_pinyin`` keep
    their trigger."""
    db.execute("DROP TRIGGER members_pinyin_compact_insert")


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
