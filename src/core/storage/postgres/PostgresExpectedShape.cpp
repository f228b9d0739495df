#include "storage/postgres/PostgresVerifier.h"

// What PostgresSchema::create makes, as PostgresVerifier::shapeOf reads it
// from the catalog of a new database on PostgreSQL 15 (the hidden test
// "postgres check: print the shape of a new database" prints this table; the
// test of a sound database fails when PostgresSchema and this differ).
const stored_checks::SchemaShape& PostgresVerifier::expectedShape()
{
    static const stored_checks::SchemaShape shape = {
        {QStringLiteral("constraint audit_log.audit_log_pkey"), QStringLiteral("PRIMARY KEY (id)")},
        {QStringLiteral("constraint claims.claims_pkey"),
         QStringLiteral("PRIMARY KEY (intake_id, holder)")},
        {QStringLiteral("constraint client_words.client_words_client_id_fkey"),
         QStringLiteral("FOREIGN KEY (client_id) REFERENCES clients(id)")},
        {QStringLiteral("constraint client_words.client_words_pkey"),
         QStringLiteral("PRIMARY KEY (word, client_id) INCLUDE (words)")},
        {QStringLiteral("constraint clients.clients_pkey"), QStringLiteral("PRIMARY KEY (id)")},
        {QStringLiteral("constraint intake_versions.intake_versions_intake_id_fkey"),
         QStringLiteral("FOREIGN KEY (intake_id) REFERENCES intakes(id)")},
        {QStringLiteral("constraint intake_versions.intake_versions_intake_id_version_key"),
         QStringLiteral("UNIQUE (intake_id, version)")},
        {QStringLiteral("constraint intake_versions.intake_versions_pkey"),
         QStringLiteral("PRIMARY KEY (id)")},
        {QStringLiteral("constraint intakes.intakes_check"),
         QStringLiteral(
             "CHECK (((approach IS NOT NULL) OR ((urgency IS NULL) AND (refer_out = 0))))")},
        {QStringLiteral("constraint intakes.intakes_client_id_fkey"),
         QStringLiteral("FOREIGN KEY (client_id) REFERENCES clients(id)")},
        {QStringLiteral("constraint intakes.intakes_pkey"), QStringLiteral("PRIMARY KEY (id)")},
        {QStringLiteral("constraint intakes.intakes_refer_out_check"),
         QStringLiteral("CHECK ((refer_out = ANY (ARRAY[0, 1])))")},
        {QStringLiteral("constraint intakes.intakes_status_check"),
         QStringLiteral("CHECK ((status = ANY (ARRAY['pending'::text, 'reviewed'::text])))")},
        {QStringLiteral("constraint reviews.reviews_check"),
         QStringLiteral("CHECK (((decision = 'accepted'::text) OR (length(TRIM(BOTH FROM "
                        "COALESCE(reason, ''::text))) > 0)))")},
        {QStringLiteral("constraint reviews.reviews_decision_check"),
         QStringLiteral("CHECK ((decision = ANY (ARRAY['accepted'::text, 'overridden'::text])))")},
        {QStringLiteral("constraint reviews.reviews_intake_id_fkey"),
         QStringLiteral("FOREIGN KEY (intake_id) REFERENCES intakes(id)")},
        {QStringLiteral("constraint reviews.reviews_intake_version_id_fkey"),
         QStringLiteral("FOREIGN KEY (intake_version_id) REFERENCES intake_versions(id)")},
        {QStringLiteral("constraint reviews.reviews_pkey"), QStringLiteral("PRIMARY KEY (id)")},
        {QStringLiteral("constraint schema_version.schema_version_only_row_check"),
         QStringLiteral("CHECK (only_row)")},
        {QStringLiteral("constraint schema_version.schema_version_pkey"),
         QStringLiteral("PRIMARY KEY (only_row)")},
        {QStringLiteral("constraint schema_version.schema_version_version_check"),
         QStringLiteral("CHECK ((version > 0))")},
        {QStringLiteral("constraint suggestions.suggestions_check"),
         QStringLiteral(
             "CHECK (((approach IS NOT NULL) OR ((urgency IS NULL) AND (pressure IS NULL))))")},
        {QStringLiteral("constraint suggestions.suggestions_intake_version_id_fkey"),
         QStringLiteral("FOREIGN KEY (intake_version_id) REFERENCES intake_versions(id)")},
        {QStringLiteral("constraint suggestions.suggestions_intake_version_id_key"),
         QStringLiteral("UNIQUE (intake_version_id)")},
        {QStringLiteral("constraint suggestions.suggestions_pkey"),
         QStringLiteral("PRIMARY KEY (id)")},
        {QStringLiteral("constraint users.users_enabled_check"),
         QStringLiteral("CHECK ((enabled = ANY (ARRAY[0, 1])))")},
        {QStringLiteral("constraint users.users_pkey"), QStringLiteral("PRIMARY KEY (id)")},
        {QStringLiteral("constraint users.users_role_check"),
         QStringLiteral("CHECK ((role = ANY (ARRAY['front_desk'::text, 'therapist'::text, "
                        "'manager'::text])))")},
        {QStringLiteral("function clinic_refuse_change()"),
         QStringLiteral("plpgsql b2e1aed825fe7b921b5393f32543f75a")},
        {QStringLiteral("index audit_by_time"),
         QStringLiteral("CREATE INDEX audit_by_time ON public.audit_log USING btree (at)")},
        {QStringLiteral("index audit_log_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX audit_log_pkey ON public.audit_log USING btree (id)")},
        {QStringLiteral("index claims_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX claims_pkey ON public.claims USING btree (intake_id, "
                        "holder)")},
        {QStringLiteral("index client_words_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX client_words_pkey ON public.client_words USING btree "
                        "(word, client_id) INCLUDE (words)")},
        {QStringLiteral("index clients_by_key"),
         QStringLiteral("CREATE INDEX clients_by_key ON public.clients USING btree (name_key, "
                        "date_of_birth)")},
        {QStringLiteral("index clients_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX clients_pkey ON public.clients USING btree (id)")},
        {QStringLiteral("index intake_versions_by_save_id"),
         QStringLiteral("CREATE UNIQUE INDEX intake_versions_by_save_id ON public.intake_versions "
                        "USING btree (save_id)")},
        {QStringLiteral("index intake_versions_intake_id_version_key"),
         QStringLiteral("CREATE UNIQUE INDEX intake_versions_intake_id_version_key ON "
                        "public.intake_versions USING btree (intake_id, version)")},
        {QStringLiteral("index intake_versions_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX intake_versions_pkey ON public.intake_versions USING "
                        "btree (id)")},
        {QStringLiteral("index intakes_by_approach"),
         QStringLiteral("CREATE INDEX intakes_by_approach ON public.intakes USING btree (approach "
                        "NULLS FIRST, visit_date, id)")},
        {QStringLiteral("index intakes_by_client"),
         QStringLiteral(
             "CREATE INDEX intakes_by_client ON public.intakes USING btree (client_id)")},
        {QStringLiteral("index intakes_by_status"),
         QStringLiteral("CREATE INDEX intakes_by_status ON public.intakes USING btree (status, "
                        "visit_date, id)")},
        {QStringLiteral("index intakes_by_visit"),
         QStringLiteral("CREATE INDEX intakes_by_visit ON public.intakes USING btree (visit_date, "
                        "id) INCLUDE (client_id)")},
        {QStringLiteral("index intakes_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX intakes_pkey ON public.intakes USING btree (id)")},
        {QStringLiteral("index reviews_by_intake"),
         QStringLiteral(
             "CREATE INDEX reviews_by_intake ON public.reviews USING btree (intake_id)")},
        {QStringLiteral("index reviews_by_save_id"),
         QStringLiteral(
             "CREATE UNIQUE INDEX reviews_by_save_id ON public.reviews USING btree (save_id)")},
        {QStringLiteral("index reviews_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX reviews_pkey ON public.reviews USING btree (id)")},
        {QStringLiteral("index schema_version_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX schema_version_pkey ON public.schema_version USING "
                        "btree (only_row)")},
        {QStringLiteral("index suggestions_intake_version_id_key"),
         QStringLiteral("CREATE UNIQUE INDEX suggestions_intake_version_id_key ON "
                        "public.suggestions USING btree (intake_version_id)")},
        {QStringLiteral("index suggestions_pkey"),
         QStringLiteral(
             "CREATE UNIQUE INDEX suggestions_pkey ON public.suggestions USING btree (id)")},
        {QStringLiteral("index users_by_name"),
         QStringLiteral(
             "CREATE UNIQUE INDEX users_by_name ON public.users USING btree (lower(name))")},
        {QStringLiteral("index users_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id)")},
        {QStringLiteral("sequence clients_id_seq"), QStringLiteral("")},
        {QStringLiteral("sequence intake_versions_id_seq"), QStringLiteral("")},
        {QStringLiteral("sequence intakes_id_seq"), QStringLiteral("")},
        {QStringLiteral("sequence reviews_id_seq"), QStringLiteral("")},
        {QStringLiteral("sequence suggestions_id_seq"), QStringLiteral("")},
        {QStringLiteral("sequence users_id_seq"), QStringLiteral("")},
        {QStringLiteral("table audit_log"),
         QStringLiteral("id bigint not null, at text not null, actor text not null, action text "
                        "not null, records text not null, details text, hash text not null default "
                        "''::text, covers text, rows_hash text")},
        {QStringLiteral("table claims"),
         QStringLiteral("intake_id bigint not null, holder text not null, user_name text not "
                        "null, since text not null, expires_at text, connection integer")},
        {QStringLiteral("table client_words"),
         QStringLiteral("word text not null collate C, client_id bigint not null, words text not "
                        "null collate C")},
        {QStringLiteral("table clients"),
         QStringLiteral("id bigint not null identity, name text not null collate C, date_of_birth "
                        "text not null collate C, phone text, email text, created_at text not "
                        "null, name_key text not null collate C default ''::text")},
        {QStringLiteral("table intake_versions"),
         QStringLiteral(
             "id bigint not null identity, intake_id bigint not null, version integer not null, "
             "record_json text not null, created_at text not null, created_by text not null, "
             "save_id text")},
        {QStringLiteral("table intakes"),
         QStringLiteral("id bigint not null identity, client_id bigint not null, created_at text "
                        "not null, created_by text not null, current_version integer not null, "
                        "visit_date text not null collate C, status text not null collate C, "
                        "approach text collate C, urgency text, refer_out integer not null")},
        {QStringLiteral("table reviews"),
         QStringLiteral(
             "id bigint not null identity, intake_id bigint not null, intake_version_id bigint not "
             "null, reviewer text not null, reviewed_at text not null, decision text not null, "
             "final_approach text not null, final_pressure text, reason text, session_note text, "
             "save_id text")},
        {QStringLiteral("table schema_version"),
         QStringLiteral("only_row boolean not null default true, version integer not null")},
        {QStringLiteral("table suggestions"),
         QStringLiteral(
             "id bigint not null identity, intake_version_id bigint not null, approach text, "
             "urgency text, pressure text, result_json text not null, rules_version text not null, "
             "rules_sha256 text not null, created_at text not null")},
        {QStringLiteral("table users"),
         QStringLiteral("id bigint not null identity, name text not null, role text not null, "
                        "password_hash text not null, enabled integer not null default 1, "
                        "created_at text not null, created_by text not null, failed_attempts "
                        "integer not null default 0, locked_until text")},
        {QStringLiteral("trigger audit_log_no_delete"),
         QStringLiteral(
             "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON public.audit_log FOR EACH ROW "
             "EXECUTE FUNCTION clinic_refuse_change('audit_log is append-only')")},
        {QStringLiteral("trigger audit_log_no_truncate"),
         QStringLiteral(
             "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log FOR EACH "
             "STATEMENT EXECUTE FUNCTION clinic_refuse_change('audit_log is append-only')")},
        {QStringLiteral("trigger audit_log_no_update"),
         QStringLiteral(
             "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON public.audit_log FOR EACH ROW "
             "EXECUTE FUNCTION clinic_refuse_change('audit_log is append-only')")},
        {QStringLiteral("trigger intake_versions_no_delete"),
         QStringLiteral(
             "CREATE TRIGGER intake_versions_no_delete BEFORE DELETE ON public.intake_versions FOR "
             "EACH ROW EXECUTE FUNCTION clinic_refuse_change('intake_versions is append-only')")},
        {QStringLiteral("trigger intake_versions_no_truncate"),
         QStringLiteral("CREATE TRIGGER intake_versions_no_truncate BEFORE TRUNCATE ON "
                        "public.intake_versions FOR EACH STATEMENT EXECUTE FUNCTION "
                        "clinic_refuse_change('intake_versions is append-only')")},
        {QStringLiteral("trigger intake_versions_no_update"),
         QStringLiteral(
             "CREATE TRIGGER intake_versions_no_update BEFORE UPDATE ON public.intake_versions FOR "
             "EACH ROW EXECUTE FUNCTION clinic_refuse_change('intake_versions is append-only')")},
        {QStringLiteral("trigger reviews_no_delete"),
         QStringLiteral("CREATE TRIGGER reviews_no_delete BEFORE DELETE ON public.reviews FOR EACH "
                        "ROW EXECUTE FUNCTION clinic_refuse_change('reviews is append-only')")},
        {QStringLiteral("trigger reviews_no_truncate"),
         QStringLiteral(
             "CREATE TRIGGER reviews_no_truncate BEFORE TRUNCATE ON public.reviews FOR EACH "
             "STATEMENT EXECUTE FUNCTION clinic_refuse_change('reviews is append-only')")},
        {QStringLiteral("trigger reviews_no_update"),
         QStringLiteral("CREATE TRIGGER reviews_no_update BEFORE UPDATE ON public.reviews FOR EACH "
                        "ROW EXECUTE FUNCTION clinic_refuse_change('reviews is append-only')")},
        {QStringLiteral("trigger suggestions_no_delete"),
         QStringLiteral(
             "CREATE TRIGGER suggestions_no_delete BEFORE DELETE ON public.suggestions FOR EACH "
             "ROW EXECUTE FUNCTION clinic_refuse_change('suggestions is append-only')")},
        {QStringLiteral("trigger suggestions_no_truncate"),
         QStringLiteral(
             "CREATE TRIGGER suggestions_no_truncate BEFORE TRUNCATE ON public.suggestions FOR "
             "EACH STATEMENT EXECUTE FUNCTION clinic_refuse_change('suggestions is append-only')")},
        {QStringLiteral("trigger suggestions_no_update"),
         QStringLiteral(
             "CREATE TRIGGER suggestions_no_update BEFORE UPDATE ON public.suggestions FOR EACH "
             "ROW EXECUTE FUNCTION clinic_refuse_change('suggestions is append-only')")},
        {QStringLiteral("trigger users_no_delete"),
         QStringLiteral(
             "CREATE TRIGGER users_no_delete BEFORE DELETE ON public.users FOR EACH ROW EXECUTE "
             "FUNCTION clinic_refuse_change('users are disabled, never deleted')")},
        {QStringLiteral("trigger users_no_truncate"),
         QStringLiteral(
             "CREATE TRIGGER users_no_truncate BEFORE TRUNCATE ON public.users FOR EACH STATEMENT "
             "EXECUTE FUNCTION clinic_refuse_change('users are disabled, never deleted')")},
    };
    return shape;
}
