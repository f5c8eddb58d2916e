namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// The PostgreSQL schema as numbered migrations, as released (1 to 7 were applied by CaseFlow before the stores shared one runner, with
/// the same numbers, so a database at any of them is recognised and carried on). Instants are text: event times as round-trip ("O")
/// text that keeps every tick and the offset, as the hash chain saw them; times compared in queries as fixed-width UTC text in the
/// "C" collation, so text order is time order (timestamptz keeps microseconds only, and would change what a timer or an event's hash compares).
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>Each migration once, in order; a released migration never changes (a change is a new one).</summary>
    public static readonly Migration[] All =
    [
        new(1, "cases, events, inbox, timers, outbox and definition versions", """
            CREATE TABLE definitions (
                version integer PRIMARY KEY,
                content_hash text NOT NULL UNIQUE,
                content text NOT NULL,
                set_id text NOT NULL DEFAULT '',
                published_at text,
                source text NOT NULL DEFAULT '',
                published_by text NOT NULL DEFAULT '');
            CREATE TABLE definition_publications (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                version integer NOT NULL REFERENCES definitions (version),
                published_at text NOT NULL,
                source text NOT NULL,
                actor text NOT NULL);
            CREATE TABLE cases (
                case_id uuid PRIMARY KEY,
                client_key text NOT NULL UNIQUE,
                version bigint NOT NULL,
                workflow text NOT NULL,
                state text NOT NULL,
                updated_at text COLLATE "C" NOT NULL,
                snapshot json NOT NULL);
            CREATE INDEX cases_by_update ON cases (updated_at);
            CREATE TABLE events (
                case_id uuid NOT NULL,
                sequence bigint NOT NULL,
                trigger text NOT NULL,
                from_position text NOT NULL,
                reached text NOT NULL,
                to_position text NOT NULL,
                supervision text,
                actor text NOT NULL,
                actor_kind text NOT NULL,
                at text NOT NULL,
                definition_version integer NOT NULL,
                payload json NOT NULL,
                effects json NOT NULL,
                previous_hash text NOT NULL,
                hash text NOT NULL,
                PRIMARY KEY (case_id, sequence));
            CREATE TABLE inbox (
                message_id uuid PRIMARY KEY,
                case_id uuid NOT NULL);
            CREATE TABLE timers (
                case_id uuid NOT NULL,
                kind text COLLATE "C" NOT NULL,
                due_at text COLLATE "C" NOT NULL,
                set_at_version bigint NOT NULL,
                claimed_by text,
                claimed_until text COLLATE "C",
                PRIMARY KEY (case_id, kind));
            CREATE INDEX timers_by_due ON timers (due_at);
            CREATE TABLE outbox (
                position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                message_id uuid NOT NULL UNIQUE,
                case_id uuid NOT NULL,
                message_type text NOT NULL,
                body text NOT NULL,
                available_at text COLLATE "C" NOT NULL,
                claimed_by text,
                attempts integer NOT NULL DEFAULT 0,
                sent_at text COLLATE "C");
            CREATE INDEX outbox_unsent ON outbox (position) WHERE sent_at IS NULL;
            """),
        new(2, "the authenticated identity behind each event", """
            ALTER TABLE events ADD COLUMN identity text NOT NULL DEFAULT '';
            """),
        new(3, "local accounts, and the disclosures of personal data to auditors", """
            CREATE TABLE accounts (
                user_name text PRIMARY KEY,
                password_hash text NOT NULL,
                positions json NOT NULL,
                roles json NOT NULL,
                disabled boolean NOT NULL DEFAULT false,
                created_at text NOT NULL,
                changed_at text NOT NULL);
            CREATE TABLE disclosures (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at text COLLATE "C" NOT NULL,
                auditor text NOT NULL,
                what text NOT NULL,
                case_id uuid,
                period_from text,
                period_to text,
                reason text NOT NULL);
            CREATE INDEX disclosures_by_time ON disclosures (at);
            """),
        new(4, "the time each inbox entry was recorded (entries already there dated at the migration), and indexes for pruning and paging", """
            ALTER TABLE inbox ADD COLUMN processed_at text COLLATE "C" NOT NULL
                DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"0Z"');
            CREATE INDEX inbox_by_time ON inbox (processed_at);
            CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
            CREATE INDEX cases_by_update_and_id ON cases (updated_at, case_id);
            """),
        new(5, "cases' wrapped data keys for their personal data, and erasures", """
            CREATE TABLE case_keys (
                case_id uuid PRIMARY KEY,
                master_key_id text NOT NULL,
                wrapped_key bytea,
                created_at text COLLATE "C" NOT NULL,
                erased_at text COLLATE "C",
                erased_by text,
                erasure_reason text);
            CREATE INDEX case_keys_by_erasure ON case_keys (erased_at) WHERE erased_at IS NOT NULL;
            """),
        new(6, "when each case was submitted and from when it is overdue, beside its snapshot, for filtered lists", $"""
            ALTER TABLE cases ADD COLUMN submitted_at text COLLATE "C", ADD COLUMN overdue_from text COLLATE "C";
            UPDATE cases SET
                submitted_at = {UtcText("snapshot->>'submittedAt'")},
                overdue_from = CASE WHEN (snapshot->>'isFinal')::boolean THEN NULL ELSE LEAST(
                    {UtcText("snapshot->>'signForDeadline'")},
                    CASE WHEN snapshot->>'supervision' IS NOT NULL THEN {UtcText("snapshot->>'handlingDeadline'")} END) END;
            ALTER TABLE cases ALTER COLUMN submitted_at SET NOT NULL;
            CREATE INDEX cases_by_submission ON cases (submitted_at);
            CREATE INDEX cases_by_overdue ON cases (overdue_from) WHERE overdue_from IS NOT NULL;
            """),
        new(7, "working-calendar versions, published apart from the definitions", """
            CREATE TABLE calendars (
                version integer PRIMARY KEY,
                content_hash text NOT NULL,
                content text NOT NULL,
                published_at text NOT NULL,
                source text NOT NULL,
                published_by text NOT NULL);
            """),
        new(8, "the assessment's projection: what each case's history folds to for the indicators and briefs (filled from the histories at start-up)", """
            CREATE TABLE case_assessment (
                case_id uuid PRIMARY KEY,
                version bigint NOT NULL,
                derivation integer NOT NULL,
                facts text NOT NULL);
            """),
        new(9, "attachments: uploads staged for their uploader, and the files recorded on cases, each sealed", """
            CREATE TABLE attachment_uploads (
                id uuid PRIMARY KEY,
                identity text NOT NULL,
                name text NOT NULL,
                content_type text NOT NULL,
                size bigint NOT NULL,
                sha256 text NOT NULL,
                expires_at text COLLATE "C" NOT NULL,
                master_key_id text NOT NULL,
                wrapped_key bytea NOT NULL,
                sealed bytea NOT NULL);
            CREATE INDEX attachment_uploads_by_expiry ON attachment_uploads (expires_at);
            CREATE TABLE attachments (
                case_id uuid NOT NULL,
                id uuid NOT NULL,
                sealed bytea NOT NULL,
                PRIMARY KEY (case_id, id));
            """),
        new(10, "case numbers: each township code's counter per day, and the cases found by their number", """
            CREATE TABLE case_numbers (
                code text NOT NULL,
                day text NOT NULL,
                last bigint NOT NULL,
                PRIMARY KEY (code, day));
            CREATE INDEX cases_by_number ON cases ((snapshot->>'number'));
            """),
    ];

    /// <summary>
    /// SQL reading an instant of the snapshot (ISO 8601 with an offset, as System.Text.Json writes it; null when absent) as the case
    /// row's fixed-width UTC text, to the tick: the offset is applied to the whole seconds and the fraction carried over as written
    /// (a timestamptz would round it to microseconds). Migration 6 fills the rows with it as <see cref="CaseFilter.OverdueFrom"/> says.
    /// </summary>
    private static string UtcText(string json) =>
        $"""(to_char(regexp_replace({json}, '\.\d+', '')::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '.' || rpad(COALESCE(substring({json} from '\.(\d+)'), ''), 7, '0') || 'Z' COLLATE "C")""";
}
