--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    user_name text NOT NULL,
    password_hash text NOT NULL,
    positions json NOT NULL,
    roles json NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    created_at text NOT NULL,
    changed_at text NOT NULL
);


--
-- Name: calendars; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendars (
    version integer NOT NULL,
    content_hash text NOT NULL,
    content text NOT NULL,
    published_at text NOT NULL,
    source text NOT NULL,
    published_by text NOT NULL
);


--
-- Name: case_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_keys (
    case_id uuid NOT NULL,
    master_key_id text NOT NULL,
    wrapped_key bytea,
    created_at text NOT NULL COLLATE pg_catalog."C",
    erased_at text COLLATE pg_catalog."C",
    erased_by text,
    erasure_reason text
);


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    case_id uuid NOT NULL,
    client_key text NOT NULL,
    version bigint NOT NULL,
    workflow text NOT NULL,
    state text NOT NULL,
    updated_at text NOT NULL COLLATE pg_catalog."C",
    snapshot json NOT NULL,
    submitted_at text NOT NULL COLLATE pg_catalog."C",
    overdue_from text COLLATE pg_catalog."C"
);


--
-- Name: definition_publications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.definition_publications (
    seq bigint NOT NULL,
    version integer NOT NULL,
    published_at text NOT NULL,
    source text NOT NULL,
    actor text NOT NULL
);


--
-- Name: definition_publications_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.definition_publications ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.definition_publications_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: definitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.definitions (
    version integer NOT NULL,
    content_hash text NOT NULL,
    content text NOT NULL,
    set_id text DEFAULT ''::text NOT NULL,
    published_at text,
    source text DEFAULT ''::text NOT NULL,
    published_by text DEFAULT ''::text NOT NULL
);


--
-- Name: disclosures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.disclosures (
    seq bigint NOT NULL,
    at text NOT NULL COLLATE pg_catalog."C",
    auditor text NOT NULL,
    what text NOT NULL,
    case_id uuid,
    period_from text,
    period_to text,
    reason text NOT NULL
);


--
-- Name: disclosures_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.disclosures ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.disclosures_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
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
    identity text DEFAULT ''::text NOT NULL
);


--
-- Name: inbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inbox (
    message_id uuid NOT NULL,
    case_id uuid NOT NULL,
    processed_at text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.US"0Z"'::text) NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    "position" bigint NOT NULL,
    message_id uuid NOT NULL,
    case_id uuid NOT NULL,
    message_type text NOT NULL,
    body text NOT NULL,
    available_at text NOT NULL COLLATE pg_catalog."C",
    claimed_by text,
    attempts integer DEFAULT 0 NOT NULL,
    sent_at text COLLATE pg_catalog."C"
);


--
-- Name: outbox_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.outbox ALTER COLUMN "position" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.outbox_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    description text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: timers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timers (
    case_id uuid NOT NULL,
    kind text NOT NULL COLLATE pg_catalog."C",
    due_at text NOT NULL COLLATE pg_catalog."C",
    set_at_version bigint NOT NULL,
    claimed_by text,
    claimed_until text COLLATE pg_catalog."C"
);


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendars; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: case_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 'fixture-township-loop', 17, 'assess', 'Closed', '2025-03-04T02:01:00.0000000Z', '{"id":"01955985-40e0-7a6c-8151-896afdfa1688","clientKey":"fixture-township-loop","definitionVersion":1,"version":17,"lastHash":"20abfaed97f10acbc2bc7e1a82d6e93281ece7b35c706c681847295a5ad700c5","workflow":"assess","state":"Closed","isFinal":true,"category":"neighbour-dispute","title":"fixture: fixture-township-loop","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:hVmVAeBAbHqBUYlq_foWiLjTp-mREkHSIbCjnJN0uwrFsI9xieqXNr3oBqanZeTb7Z0Wxk0","phone":"pd:v1:reporter.phone:hVmVAeBAbHqBUYlq_foWiGaAg4FQ8-S5jFcwgATz5GLn7UwdSNZJKjbDHKX16euc0a645zUk9w"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"governance","leadOffice":"mediation-committee","coHandlers":[],"result":"\u5DF2\u529E\u7ED3","feedback":"confirmed","rating":"satisfied","returns":2,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T09:01:00+08:00","updatedAt":"2025-03-04T10:01:00+08:00","signedForAt":"2025-03-03T09:11:00+08:00","routedAt":"2025-03-03T09:10:00+08:00","handlingDeadline":"2025-03-17T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"closedAt":"2025-03-03T09:16:00+08:00","callbacks":1,"calledBackAt":"2025-03-04T10:00:00+08:00","calledBackBy":"command-room","callbackRating":"satisfied","callbackOverdue":false,"pendingCoHandlers":0,"position":"assess.Closed"}', '2025-03-03T01:01:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 'fixture-returned-then-sent-back', 12, 'dispatch', 'AssignedToPlatform', '2025-03-17T02:00:00.0000000Z', '{"id":"01955993-e6e0-71be-b9e4-90fd0d562d2e","clientKey":"fixture-returned-then-sent-back","definitionVersion":2,"version":12,"lastHash":"8e52ac4b16fbc88e3d73c0be4967d03308351534908990d8bff6421d9bdf59c5","workflow":"dispatch","state":"AssignedToPlatform","isFinal":false,"category":"fire-hazard","title":"fixture: fixture-returned-then-sent-back","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:k1mVAeDmvnG55JD9DVYtLnIPoP4Ij1HYDVgZIy4E5KboZJfNebMuovJUwgxnh0sGk9SkZUY","phone":"pd:v1:reporter.phone:k1mVAeDmvnG55JD9DVYtLtZtNhVAIeZy0VmZhx0uOlKJa1I7d8nYo0KmKVeHATraAJScZTUNMg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"governance","coHandlers":[],"returns":2,"reopens":0,"extensions":0,"escalatedToCounty":true,"countyStatus":"sentBack","countyCaseNumber":"YH12345-20250303-0101","countyDeadline":"2025-03-14T17:30:00+08:00","submittedAt":"2025-03-03T09:17:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","routedAt":"2025-03-03T09:27:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"dispatch.AssignedToPlatform"}', '2025-03-03T01:17:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 'fixture-extension-granted', 12, 'feedback', 'ResultReported', '2025-03-17T02:00:00.0000000Z', '{"id":"0195599d-f900-77b3-a2e3-c697f61df7f5","clientKey":"fixture-extension-granted","definitionVersion":2,"version":12,"lastHash":"310e8423b71632ffc77a6e8060db55b465106eaf86ff1af66fb9e6b4d6e45e1d","workflow":"feedback","state":"ResultReported","isFinal":false,"category":"sanitation","title":"fixture: fixture-extension-granted","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:nVmVAQD5s3ei48aX9h339cfjan6eE1F8SKBmgKWMeJqBCdNkBKqs6Tgy69OqLGapm_rumQ0","phone":"pd:v1:reporter.phone:nVmVAQD5s3ei48aX9h339Re-aM3NJ838lFTSKattrAanPp2-kHwZ23MZdGWYEsGTE9C2UdVy-A"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"enforcement","leadOffice":"sanitation-office","coHandlers":[],"result":"\u5783\u573E\u5DF2\u5168\u90E8\u6E05\u8FD0","returns":0,"reopens":0,"extensions":1,"escalatedToCounty":false,"submittedAt":"2025-03-03T09:28:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","signedForAt":"2025-03-03T09:33:00+08:00","routedAt":"2025-03-03T09:32:00+08:00","handlingDeadline":"2025-03-11T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":3,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"feedback.ResultReported"}', '2025-03-03T01:28:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 'fixture-extension-refused', 12, 'feedback', 'FedBack', '2025-03-17T02:00:00.0000000Z', '{"id":"019559a6-3660-72cf-8a34-a7f46a85c9f8","clientKey":"fixture-extension-refused","definitionVersion":2,"version":12,"lastHash":"bf8d0c684b98468d50b62aa947c0b310070b5bfc578f77893bbc7321d8babddc","workflow":"feedback","state":"FedBack","isFinal":false,"category":"sanitation","title":"fixture: fixture-extension-refused","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:plmVAWA2z3KKNKf0aoXJ-JcJiag0bCL_ln6_u1C-RP6mTGWXcsfEnW4mkXO1H8TeZFqTJh0","phone":"pd:v1:reporter.phone:plmVAWA2z3KKNKf0aoXJ-BawJsDHPspkOOABfkb4CFxlsgyTvBSHckSpYal7xpCqJn25Ghp2Mw"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"enforcement","leadOffice":"sanitation-office","coHandlers":[],"result":"\u5783\u573E\u5DF2\u6E05\u8FD0","returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T09:37:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","signedForAt":"2025-03-03T09:42:00+08:00","routedAt":"2025-03-03T09:41:00+08:00","handlingDeadline":"2025-03-06T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"feedback.FedBack"}', '2025-03-03T01:37:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559b0-4880-7354-b264-21d50575afa0', 'fixture-joint-handling', 10, 'feedback', 'ResultReported', '2025-03-17T02:00:00.0000000Z', '{"id":"019559b0-4880-7354-b264-21d50575afa0","clientKey":"fixture-joint-handling","definitionVersion":2,"version":10,"lastHash":"0233bd21ccc4257a6042e84245a6434dbe17b627cad1848f83d350af12e0f3df","workflow":"feedback","state":"ResultReported","isFinal":false,"category":"water-pollution","title":"fixture: fixture-joint-handling","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:sFmVAYBIVHOyZCHVBXWvoLGjTJBpnCvkbg8JuEUP6xdYfnjie6gH3PhyG14uSU7u2RjKorA","phone":"pd:v1:reporter.phone:sFmVAYBIVHOyZCHVBXWvoDIzgk28y1LmlKLRZTd-GenT_nd3nRpbIJebT9namsHApl8NQKgGgg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"enforcement","leadOffice":"five-waters-office","coHandlers":[{"office":"environment-station","reported":true},{"office":"sanitation-office","reported":true}],"result":"\u6392\u6C61\u53E3\u5DF2\u5C01\u5835","returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T09:48:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","signedForAt":"2025-03-03T15:01:00+08:00","routedAt":"2025-03-03T09:52:00+08:00","handlingDeadline":"2025-03-10T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"feedback.ResultReported"}', '2025-03-03T01:48:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 'fixture-ladder', 14, 'handle', 'Accepted', '2025-03-17T02:00:00.0000000Z', '{"id":"019559b4-dc60-7876-a9bd-a1403aeee426","clientKey":"fixture-ladder","definitionVersion":2,"version":14,"lastHash":"c5681721924081dff3e1ceab9e534eba3de1548f3299c730b45717201bb6e167","workflow":"handle","state":"Accepted","supervision":"EscalatedToMainLeader","isFinal":false,"category":"work-safety-hazard","title":"fixture: fixture-ladder","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:tFmVAWDcdnipvaFAOu7kJpK_pO74H7xMjK0xjkjWRhXbzOikzqXmrdJGyEwA5sqHwpXMqqg","phone":"pd:v1:reporter.phone:tFmVAWDcdnipvaFAOu7kJp6S6PTWFtwMX5cw8JoOJlCVcwppDKPEHfRiqmxeRZkcp3_CEyt6lA"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"enforcement","leadOffice":"work-safety-office","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T09:53:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","signedForAt":"2025-03-03T09:58:00+08:00","routedAt":"2025-03-03T09:57:00+08:00","handlingDeadline":"2025-03-06T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"lastUrgedAt":"2025-03-07T18:00:00+08:00","escalations":3,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"handle.Accepted"}', '2025-03-03T01:53:00.0000000Z', '2025-03-06T09:30:00.0000000Z');
INSERT INTO public.cases VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 'fixture-never-signed-for', 10, 'dispatch', 'AssignedToOffice', '2025-03-17T02:00:00.0000000Z', '{"id":"019559bb-4500-710e-ae64-d57456bd89eb","clientKey":"fixture-never-signed-for","definitionVersion":2,"version":10,"lastHash":"908b92e67248fdfd6b389fae8d2fcfd176007e7953419567245b886f8d183539","workflow":"dispatch","state":"AssignedToOffice","isFinal":false,"category":"roadside-clutter","title":"fixture: fixture-never-signed-for","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"urgent","reporter":{"name":"pd:v1:reporter.name:u1mVAQBFDnGuZNV0Vr2J6zx-d3Jd9mw8SaoSj-Mhhe-H8d1r7YyiovAZyNhiDzk7sKqUWTU","phone":"pd:v1:reporter.phone:u1mVAQBFDnGuZNV0Vr2J66zxiI5sn3bv7dqNH2SwCMRfQorcfsgPbKUIn4zd1ln1YL2E01Oq4w"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"enforcement","leadOffice":"six-sides-office","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T10:00:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","routedAt":"2025-03-03T10:04:00+08:00","signForDeadline":"2025-03-03T11:04:00+08:00","undeclaredYears":[],"isProvisional":false,"lastUrgedAt":"2025-03-17T09:00:00+08:00","escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"dispatch.AssignedToOffice"}', '2025-03-03T02:00:00.0000000Z', '2025-03-03T03:04:00.0000000Z');
INSERT INTO public.cases VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 'fixture-county-resolved', 13, 'assess', 'Closed', '2025-03-17T01:00:00.0000000Z', '{"id":"019559bf-d8e0-7fbe-82ad-8f2f9973f20e","clientKey":"fixture-county-resolved","definitionVersion":1,"version":13,"lastHash":"5848898691ff18bdeeec4702fe46b367c3843995a25c8842db0cff9872ebe81f","workflow":"assess","state":"Closed","isFinal":true,"category":"medical-insurance","title":"fixture: fixture-county-resolved","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:v1mVAeDYvn-CrY8vmXPyDl2D0x6DHiWYHFL61ZBuSrEgt53JK9hatbLYbCoe6ldvBNIQIj8","phone":"pd:v1:reporter.phone:v1mVAeDYvn-CrY8vmXPyDjYpzKnXJAGvWCtAwpUBZvZkVvQCBzmUcj0B6TKlj2XhyMSQ8nxlbg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"county","coHandlers":[],"result":"\u62A5\u9500\u6B3E\u5DF2\u5230\u8D26","feedback":"confirmed","rating":"satisfied","returns":0,"reopens":0,"extensions":0,"escalatedToCounty":true,"countyStatus":"resolved","countyCaseNumber":"YH12345-20250303-0007","countyDepartment":"\u53BF\u533B\u7597\u4FDD\u969C\u5C40","countyDeadline":"2025-03-07T17:30:00+08:00","submittedAt":"2025-03-03T10:05:00+08:00","updatedAt":"2025-03-17T09:00:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":1,"closedAt":"2025-03-10T09:04:00+08:00","callbacks":0,"callbackOverdue":true,"pendingCoHandlers":0,"position":"assess.Closed"}', '2025-03-03T02:05:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 'fixture-county-silent', 8, 'dispatch', 'CountyAccepted', '2025-03-17T02:00:00.0000000Z', '{"id":"019559c6-4180-7654-a11d-f0cebf71b591","clientKey":"fixture-county-silent","definitionVersion":2,"version":8,"lastHash":"17d64ff1283cfd08a77bef2daa72c942507db2bba00a47af662589f922901764","workflow":"dispatch","state":"CountyAccepted","isFinal":false,"category":"school-enrolment","title":"fixture: fixture-county-silent","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:xlmVAYBBVHahHfDOv3G1kVeRzqUnAn3Mu4yqn51z59RXzqQ8wCjLBjTOROrkcsvgMgZsP_8","phone":"pd:v1:reporter.phone:xlmVAYBBVHahHfDOv3G1kaYWRS9N7Y6XINlEHiFT8kcZFNdKuzHKyo6QtMjeUHcA_LO6hbe3Yg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"county","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":true,"countyStatus":"accepted","countyCaseNumber":"YH12345-20250303-0008","countyDeadline":"2025-03-07T17:30:00+08:00","submittedAt":"2025-03-03T10:12:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":3,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"dispatch.CountyAccepted"}', '2025-03-03T02:12:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559c9-eb00-73e3-9b06-8b537fa4bfda', 'fixture-county-sent-back', 5, 'dispatch', 'AwaitingDispatch', '2025-03-17T02:00:00.0000000Z', '{"id":"019559c9-eb00-73e3-9b06-8b537fa4bfda","clientKey":"fixture-county-sent-back","definitionVersion":2,"version":5,"lastHash":"6b49f8709822ac8297406471391965207a72908e489a4c9803c3dd9d5a9e2641","workflow":"dispatch","state":"AwaitingDispatch","isFinal":false,"category":"power-supply","title":"fixture: fixture-county-sent-back","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:yVmVAQDr43ObBotTf6S_2u0IGByvt7OJ-w2QIozsNdupLRvjctEP8uwApBhdzYjzj0x0ZOk","phone":"pd:v1:reporter.phone:yVmVAQDr43ObBotTf6S_2k8ic3Zw0WAnyV3SGeGLV3ade6Dht3gRPgrEsVmwzriIedBoghhBDg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","coHandlers":[],"returns":1,"reopens":0,"extensions":0,"escalatedToCounty":true,"countyStatus":"sentBack","submittedAt":"2025-03-03T10:16:00+08:00","updatedAt":"2025-03-17T10:00:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"dispatch.AwaitingDispatch"}', '2025-03-03T02:16:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559cd-9480-72ef-85cd-41508ca2934c', 'fixture-invalid-submitted', 2, 'receive', 'Invalid', '2025-03-03T02:21:00.0000000Z', '{"id":"019559cd-9480-72ef-85cd-41508ca2934c","clientKey":"fixture-invalid-submitted","definitionVersion":1,"version":2,"lastHash":"e84f4c7ac46ca1b369fb0f4c35e79c5c710a84a2a31c54f972075075c182f3d4","workflow":"receive","state":"Invalid","isFinal":true,"category":"neighbour-dispute","title":"fixture: fixture-invalid-submitted","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:zVmVAYCU73KFzUFQjKKTTHLwc_g1Fqk0BlofGZt_F1qEG0NOHnwqgRj4ZmX4QFyCgb25tOw","phone":"pd:v1:reporter.phone:zVmVAYCU73KFzUFQjKKTTG8vkzTG9a5hN-U7k22xGb38NflSzu7VmkqVKL3iemxvjhIDIfQOdA"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T10:20:00+08:00","updatedAt":"2025-03-03T10:21:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"receive.Invalid"}', '2025-03-03T02:20:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559cf-6940-7838-89dd-d8d98aa82645', 'fixture-invalid-registered', 3, 'receive', 'Invalid', '2025-03-03T02:24:00.0000000Z', '{"id":"019559cf-6940-7838-89dd-d8d98aa82645","clientKey":"fixture-invalid-registered","definitionVersion":1,"version":3,"lastHash":"a9b36edc2f8f043b71d3790af78a0288c5285a332b378fb23e4d7d2c13b5a3cd","workflow":"receive","state":"Invalid","isFinal":true,"category":"petition","title":"fixture: fixture-invalid-registered","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:z1mVAUBpOHiJ3djZiqgmRbk-XOhAfjtlsSbjtuFoaCMwwUoyePhbf4P9jHpTW5nb5S6Cj38","phone":"pd:v1:reporter.phone:z1mVAUBpOHiJ3djZiqgmRX6MNiPm9DxsrNMqN8wHIRPg5GuETspgAdyRlC_sQt1NzttmsSEp_Q"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T10:22:00+08:00","updatedAt":"2025-03-03T10:24:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"receive.Invalid"}', '2025-03-03T02:22:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559d2-2860-7743-93d8-f926d29b56f3', 'fixture-duplicate', 3, 'receive', 'Duplicate', '2025-03-03T02:27:00.0000000Z', '{"id":"019559d2-2860-7743-93d8-f926d29b56f3","clientKey":"fixture-duplicate","definitionVersion":1,"version":3,"lastHash":"877cf8de2178c0b3bd3c020add70a2ab364e0ea0ac983be74712f4e2d7d6f534","workflow":"receive","state":"Duplicate","isFinal":true,"category":"neighbour-dispute","title":"fixture: fixture-duplicate","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:0lmVAWAoQ3eT2Pkm0ptW842LHfT8iqD6Ff99Zmnv03hj7Va34Y6Vejxc1jtUSEWeFwQjqaU","phone":"pd:v1:reporter.phone:0lmVAWAoQ3eT2Pkm0ptW8z4oCrT3Vm1mPpkpYbNgo0aEzbEsXUFZYFmBtIxBVt2Cnax6Vw1XlA"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T10:25:00+08:00","updatedAt":"2025-03-03T10:27:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"receive.Duplicate"}', '2025-03-03T02:25:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 'fixture-disputed-then-closed', 17, 'assess', 'Closed', '2025-03-07T10:00:00.0000000Z', '{"id":"019559d4-e780-7f43-bf24-b9f13226469b","clientKey":"fixture-disputed-then-closed","definitionVersion":1,"version":17,"lastHash":"6a152e59f3defc2fbb3e918ec0ee407d06c2faa945ef0ffa64122d25ced0e5f1","workflow":"assess","state":"Closed","isFinal":true,"category":"certificate-request","title":"fixture: fixture-disputed-then-closed","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:1FmVAYDnQ3-_JLnxMiZGm2piC1EZ_POK2vZiB5WvTzY3hO7VyJv2SowbsK2jpDSpqebsVgo","phone":"pd:v1:reporter.phone:1FmVAYDnQ3-_JLnxMiZGm9Ni7308I4m4drtvjGXhxgKztaHa_FrDZqogWBXQyPqOviXOe5fwHQ"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"services","leadOffice":"approval-office","coHandlers":[],"result":"\u5DF2\u529E\u7ED3","feedback":"confirmed","rating":"basicallySatisfied","returns":0,"reopens":1,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T10:28:00+08:00","updatedAt":"2025-03-07T18:00:00+08:00","signedForAt":"2025-03-03T10:39:00+08:00","routedAt":"2025-03-03T10:38:00+08:00","handlingDeadline":"2025-03-06T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"closedAt":"2025-03-03T10:43:00+08:00","callbacks":0,"callbackOverdue":true,"pendingCoHandlers":0,"position":"assess.Closed"}', '2025-03-03T02:28:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('019559e3-8d80-7700-90d5-259768733a60', 'fixture-migrated', 11, 'feedback', 'ResultReported', '2025-03-17T02:01:00.0000000Z', '{"id":"019559e3-8d80-7700-90d5-259768733a60","clientKey":"fixture-migrated","definitionVersion":2,"version":11,"lastHash":"6f882f5bbd569569688d93733b46cd01e34fb2b131c53fa3fe8a76f28b3c54bf","workflow":"feedback","state":"ResultReported","isFinal":false,"category":"neighbour-dispute","title":"fixture: fixture-migrated","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:41mVAYCNAHeQ1SWXaHM6YCJ2ea5Efl6Tle-z2OjUxytR6HbDgXz8dJEZfkm1hJL_nUJobTk","phone":"pd:v1:reporter.phone:41mVAYCNAHeQ1SWXaHM6YFoWO4dp7OfTi6-tsRR38A6Fp7eZZkagvV7FVH-Czj_rGcat4bqDUQ"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"governance","leadOffice":"mediation-committee","coHandlers":[],"result":"\u53CC\u65B9\u8FBE\u6210\u8C03\u89E3\u534F\u8BAE","returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-03T10:44:00+08:00","updatedAt":"2025-03-17T10:01:00+08:00","signedForAt":"2025-03-03T10:49:00+08:00","routedAt":"2025-03-03T10:48:00+08:00","handlingDeadline":"2025-03-17T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"lastUrgedAt":"2025-03-17T09:00:00+08:00","escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"feedback.ResultReported"}', '2025-03-03T02:44:00.0000000Z', NULL);
INSERT INTO public.cases VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 'fixture-signed-for-on-v2', 6, 'handle', 'Accepted', '2025-03-17T02:07:00.0000000Z', '{"id":"0195a1d6-21c0-7233-b89b-485a1f77dd56","clientKey":"fixture-signed-for-on-v2","definitionVersion":2,"version":6,"lastHash":"9ee1569e5b9349e9f497240ff1986fec7d9d64094c5aa7a3bf9deab9f72b1876","workflow":"handle","state":"Accepted","supervision":"OnTrack","isFinal":false,"category":"illegal-construction","title":"fixture: fixture-signed-for-on-v2","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:1qGVAcAhM3K4m0haH3fdVj4JtDvR-6BEOhsIEPcRX0hDK9oLKCEyS4nNVBBlGjFPcBLD16M","phone":"pd:v1:reporter.phone:1qGVAcAhM3K4m0haH3fdVp4fjyYIWUr7zAhE-PXu3BQsvvtT2XHa6K5bpHsS0jf2cSbSG-0qaw"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"enforcement","leadOffice":"demolition-office","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-17T10:02:00+08:00","updatedAt":"2025-03-17T10:07:00+08:00","signedForAt":"2025-03-17T10:07:00+08:00","routedAt":"2025-03-17T10:06:00+08:00","handlingDeadline":"2025-03-31T17:30:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"handle.Accepted"}', '2025-03-17T02:02:00.0000000Z', '2025-03-31T09:30:00.0000000Z');
INSERT INTO public.cases VALUES ('0195a1db-a000-7047-a9d4-06ed89745d2a', 'fixture-assigned-on-v2', 5, 'dispatch', 'AssignedToOffice', '2025-03-17T02:12:00.0000000Z', '{"id":"0195a1db-a000-7047-a9d4-06ed89745d2a","clientKey":"fixture-assigned-on-v2","definitionVersion":2,"version":5,"lastHash":"ecd9667d5b8300c1df70cbace7c5b061767a542bbcb3038c917772e07507c4b7","workflow":"dispatch","state":"AssignedToOffice","isFinal":false,"category":"food-safety","title":"fixture: fixture-assigned-on-v2","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"urgent","reporter":{"name":"pd:v1:reporter.name:26GVAQCgR3Cp1AbtiXRdKu1Pv1gveDXgQYbrdc9W1_my8MkyAHCDwino_Anfi6QzV6iSmvw","phone":"pd:v1:reporter.phone:26GVAQCgR3Cp1AbtiXRdKp02OJDoa6mc3ypEusUnmLfRCmweQpmOgDOp_4J9SY8d7eYAdXCCFg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township","platform":"market","leadOffice":"food-safety-office","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":false,"submittedAt":"2025-03-17T10:08:00+08:00","updatedAt":"2025-03-17T10:12:00+08:00","routedAt":"2025-03-17T10:12:00+08:00","signForDeadline":"2025-03-17T11:12:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"dispatch.AssignedToOffice"}', '2025-03-17T02:08:00.0000000Z', '2025-03-17T03:12:00.0000000Z');
INSERT INTO public.cases VALUES ('0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', 'fixture-county-accepted-on-v2', 4, 'dispatch', 'CountyAccepted', '2025-03-17T02:16:00.0000000Z', '{"id":"0195a1e0-33e0-7d53-bbeb-f1a50d0a7773","clientKey":"fixture-county-accepted-on-v2","definitionVersion":2,"version":4,"lastHash":"cef6d46c48152c6ebe8f307947f264d3df0784a902f216f2e2991f3a293989d7","workflow":"dispatch","state":"CountyAccepted","isFinal":false,"category":"county-road-maintenance","title":"fixture: fixture-county-accepted-on-v2","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:4KGVAeAzU3276_GlDQp3cxsltix7WVFSB56Ae4VYhgE2I3T19ediwtF6V_K-zhSuKzsZZVo","phone":"pd:v1:reporter.phone:4KGVAeAzU3276_GlDQp3c5qQGqvwjJn_h5qJWqyc5bq8pLSKky7VwZOms26pyrdNfOK0JTmpPg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"county","coHandlers":[],"returns":0,"reopens":0,"extensions":0,"escalatedToCounty":true,"countyStatus":"accepted","countyCaseNumber":"YH12345-20250317-0042","countyDeadline":"2025-03-28T17:30:00+08:00","submittedAt":"2025-03-17T10:13:00+08:00","updatedAt":"2025-03-17T10:16:00+08:00","undeclaredYears":[],"isProvisional":false,"escalations":0,"extensionDays":0,"countyUrges":0,"callbacks":0,"callbackOverdue":false,"pendingCoHandlers":0,"position":"dispatch.CountyAccepted"}', '2025-03-17T02:13:00.0000000Z', NULL);


--
-- Data for Name: definition_publications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.definition_publications OVERRIDING SYSTEM VALUE VALUES (1, 1, '2025-03-03T09:00:00.0000000+08:00', '/work/wt-dsl/workflows.json', 'caseflow');
INSERT INTO public.definition_publications OVERRIDING SYSTEM VALUE VALUES (2, 2, '2025-03-17T10:00:00.0000000+08:00', 'admin-api', 'admin-wang');


--
-- Data for Name: definitions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.definitions VALUES (1, 'dcdf67da57de34cfaedf5cf4238816408e7ba6cf7f9ded18818096b27c6bcaa3', '{
  "$schema": "./workflows.schema.json",
  "id": "wuxi-township",
  "name": "云和县雾溪畲族乡“四个平台”（示例数据：村、网格和网格员为样例）",
  "entryWorkflow": "receive",
  "submittedBy": [
    "commandRoom",
    "gridMember",
    "intakeSystem",
    "county"
  ],
  "personalData": [
    "reporter.name",
    "reporter.phone",
    "reporter.idNumber"
  ],
  "organisation": {
    "commandRoom": {
      "id": "command-room",
      "name": "四个平台综合指挥室",
      "hostOffice": "party-government-office"
    },
    "leaders": [
      {
        "id": "party-secretary",
        "title": "乡党委书记",
        "role": "mainLeader"
      },
      {
        "id": "deputy-secretary",
        "title": "乡党委副书记",
        "role": "deputySecretary"
      },
      {
        "id": "armed-forces-head",
        "title": "乡人武部长",
        "role": "coordinator"
      },
      {
        "id": "deputy-head-economy",
        "title": "分管经济副乡长",
        "role": "coordinator"
      },
      {
        "id": "deputy-head-services",
        "title": "分管社会事务副乡长",
        "role": "coordinator"
      }
    ],
    "platforms": [
      {
        "id": "governance",
        "name": "综治工作平台",
        "leadOffice": "comprehensive-governance-office",
        "coordinator": "deputy-secretary",
        "managementOffice": "governance-centre",
        "forces": [
          "police-station",
          "armed-forces-department",
          "justice-office",
          "petition-office",
          "anti-cult-office",
          "migrant-service-station",
          "drug-control-office",
          "mediation-committee",
          "public-legal-service-station",
          "legal-guidance-station",
          "emergency-command-centre",
          "fire-command"
        ]
      },
      {
        "id": "enforcement",
        "name": "综合执法平台",
        "leadOffice": "construction-centre",
        "coordinator": "armed-forces-head",
        "managementOffice": "construction-centre",
        "forces": [
          "enforcement-squad",
          "demolition-office",
          "five-waters-office",
          "six-sides-office",
          "work-safety-office",
          "environment-station",
          "health-inspection",
          "land-resources-station",
          "village-appearance-office",
          "sanitation-office"
        ]
      },
      {
        "id": "market",
        "name": "市场监管平台",
        "leadOffice": "economy-centre",
        "coordinator": "deputy-head-economy",
        "managementOffice": "economy-centre",
        "forces": [
          "food-safety-office",
          "market-supervision-station",
          "agricultural-enforcement",
          "agri-product-quality-station",
          "agri-forestry-water-station",
          "tourism-office",
          "transport-office",
          "enterprise-service-office",
          "work-safety-office"
        ]
      },
      {
        "id": "services",
        "name": "便民服务平台",
        "leadOffice": "social-affairs-centre",
        "coordinator": "deputy-head-services",
        "managementOffice": "governance-centre",
        "forces": [
          "service-centre",
          "approval-office",
          "employment-security-office",
          "civil-affairs-office",
          "health-family-office",
          "education-culture-office",
          "disaster-relief-office",
          "elderly-care-office",
          "public-legal-service-station",
          "justice-office"
        ]
      }
    ],
    "offices": [
      {
        "id": "party-government-office",
        "name": "党政综合办公室",
        "kind": "centre",
        "platforms": []
      },
      {
        "id": "governance-centre",
        "name": "社会治安综合治理工作中心",
        "kind": "centre",
        "platforms": [
          "governance",
          "services"
        ]
      },
      {
        "id": "construction-centre",
        "name": "城乡建设管理中心",
        "kind": "centre",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "economy-centre",
        "name": "经济商务工作中心",
        "kind": "centre",
        "platforms": [
          "market",
          "enforcement"
        ]
      },
      {
        "id": "social-affairs-centre",
        "name": "社会事务服务中心",
        "kind": "centre",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "comprehensive-governance-office",
        "name": "综治办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "police-station",
        "name": "派出所",
        "kind": "dispatchedAgency",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "armed-forces-department",
        "name": "人武部",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "justice-office",
        "name": "司法所",
        "kind": "dispatchedAgency",
        "platforms": [
          "governance",
          "services"
        ]
      },
      {
        "id": "petition-office",
        "name": "信访办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "anti-cult-office",
        "name": "反邪教办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "migrant-service-station",
        "name": "流动人口服务站",
        "kind": "station",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "drug-control-office",
        "name": "禁毒办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "mediation-committee",
        "name": "调委会",
        "kind": "force",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "public-legal-service-station",
        "name": "公共法律服务站",
        "kind": "station",
        "platforms": [
          "governance",
          "services"
        ]
      },
      {
        "id": "legal-guidance-station",
        "name": "法制辅导站",
        "kind": "station",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "emergency-command-centre",
        "name": "应急处置指挥中心",
        "kind": "centre",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "fire-command",
        "name": "消防指挥部",
        "kind": "force",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "enforcement-squad",
        "name": "综合执法中队",
        "kind": "dispatchedAgency",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "demolition-office",
        "name": "“三改一拆”办",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "five-waters-office",
        "name": "“五水共治”办",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "six-sides-office",
        "name": "“六边三化三美”办",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "work-safety-office",
        "name": "安全生产监管",
        "kind": "office",
        "platforms": [
          "enforcement",
          "market"
        ]
      },
      {
        "id": "environment-station",
        "name": "环保",
        "kind": "station",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "health-inspection",
        "name": "卫生监督",
        "kind": "station",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "land-resources-station",
        "name": "国土资源管理所",
        "kind": "dispatchedAgency",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "village-appearance-office",
        "name": "村容村貌",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "sanitation-office",
        "name": "环境卫生管理",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "food-safety-office",
        "name": "食安办",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "market-supervision-station",
        "name": "市场监管所",
        "kind": "dispatchedAgency",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "agricultural-enforcement",
        "name": "农业执法",
        "kind": "force",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "agri-product-quality-station",
        "name": "农产品质量监管站",
        "kind": "station",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "agri-forestry-water-station",
        "name": "农林水技术服务站",
        "kind": "station",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "tourism-office",
        "name": "旅游",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "transport-office",
        "name": "交通运输管理",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "enterprise-service-office",
        "name": "企业服务",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "service-centre",
        "name": "便民服务中心",
        "kind": "centre",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "approval-office",
        "name": "行政审批",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "employment-security-office",
        "name": "劳动就业和社会保障",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "civil-affairs-office",
        "name": "民政",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "health-family-office",
        "name": "卫计",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "education-culture-office",
        "name": "文教卫体",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "disaster-relief-office",
        "name": "救灾救助",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "elderly-care-office",
        "name": "养老服务",
        "kind": "office",
        "platforms": [
          "services"
        ]
      }
    ],
    "villages": [
      {
        "id": "village-1",
        "name": "雾溪村",
        "sample": true
      },
      {
        "id": "village-2",
        "name": "坪垟岗村",
        "sample": true
      },
      {
        "id": "village-3",
        "name": "上武村",
        "sample": true
      },
      {
        "id": "village-4",
        "name": "桑岭村",
        "sample": true
      },
      {
        "id": "village-5",
        "name": "梅竹村",
        "sample": true
      },
      {
        "id": "village-6",
        "name": "双港村",
        "sample": true
      }
    ],
    "grids": [
      {
        "id": "grid-1",
        "name": "雾溪一网格",
        "village": "village-1",
        "member": {
          "id": "grid-member-1",
          "name": "蓝志强"
        },
        "sample": true
      },
      {
        "id": "grid-2",
        "name": "雾溪二网格",
        "village": "village-1",
        "member": {
          "id": "grid-member-2",
          "name": "雷小芳"
        },
        "sample": true
      },
      {
        "id": "grid-3",
        "name": "坪垟岗网格",
        "village": "village-2",
        "member": {
          "id": "grid-member-3",
          "name": "钟建国"
        },
        "sample": true
      },
      {
        "id": "grid-4",
        "name": "上武一网格",
        "village": "village-3",
        "member": {
          "id": "grid-member-4",
          "name": "蓝美华"
        },
        "sample": true
      },
      {
        "id": "grid-5",
        "name": "上武二网格",
        "village": "village-3",
        "member": {
          "id": "grid-member-5",
          "name": "雷国平"
        },
        "sample": true
      },
      {
        "id": "grid-6",
        "name": "桑岭网格",
        "village": "village-4",
        "member": {
          "id": "grid-member-6",
          "name": "钟丽萍"
        },
        "sample": true
      },
      {
        "id": "grid-7",
        "name": "梅竹网格",
        "village": "village-5",
        "member": {
          "id": "grid-member-7",
          "name": "蓝海军"
        },
        "sample": true
      },
      {
        "id": "grid-8",
        "name": "双港一网格",
        "village": "village-6",
        "member": {
          "id": "grid-member-8",
          "name": "雷春燕"
        },
        "sample": true
      },
      {
        "id": "grid-9",
        "name": "双港二网格",
        "village": "village-6",
        "member": {
          "id": "grid-member-9",
          "name": "钟晓东"
        },
        "sample": true
      }
    ],
    "escalationLadder": [
      {
        "id": "office",
        "name": "承办科室"
      },
      {
        "id": "platformCoordinator",
        "name": "平台协调领导"
      },
      {
        "id": "deputySecretary",
        "name": "乡党委副书记"
      },
      {
        "id": "mainLeader",
        "name": "乡主要领导"
      }
    ],
    "systems": [
      {
        "id": "county-12345",
        "name": "云和12345政务投诉举报平台",
        "role": "county"
      },
      {
        "id": "ping-an-tong",
        "name": "平安通（浙江省平安建设信息系统网格终端）",
        "role": "intake"
      },
      {
        "id": "shi-an-tong",
        "name": "食安通（市食品安全监管平台）",
        "role": "intake"
      },
      {
        "id": "service-hotline",
        "name": "乡便民服务热线",
        "role": "intake"
      }
    ]
  },
  "categories": [
    {
      "id": "neighbour-dispute",
      "name": "邻里纠纷调解",
      "platform": "governance",
      "leadOffice": "mediation-committee",
      "jurisdiction": "township",
      "campaign": "矛盾纠纷调处",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "petition",
      "name": "群众信访事项",
      "platform": "governance",
      "leadOffice": "petition-office",
      "jurisdiction": "township",
      "campaign": "信访维稳",
      "deadline": {
        "workingDays": 15
      },
      "urgentDeadline": {
        "workingHours": 16
      }
    },
    {
      "id": "public-security-hazard",
      "name": "治安隐患",
      "platform": "governance",
      "leadOffice": "police-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "fire-hazard",
      "name": "消防安全隐患",
      "platform": "governance",
      "leadOffice": "fire-command",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 2
      },
      "urgentDeadline": {
        "workingHours": 2
      }
    },
    {
      "id": "drug-clue",
      "name": "涉毒线索",
      "platform": "governance",
      "leadOffice": "drug-control-office",
      "jurisdiction": "township",
      "campaign": "禁毒帮教",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "migrant-registration",
      "name": "流动人口登记管理",
      "platform": "governance",
      "leadOffice": "migrant-service-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "legal-aid",
      "name": "法律援助申请",
      "platform": "governance",
      "leadOffice": "public-legal-service-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "sudden-incident",
      "name": "突发事件",
      "platform": "governance",
      "leadOffice": "emergency-command-centre",
      "jurisdiction": "township",
      "campaign": "突发事件应急处置",
      "deadline": {
        "workingHours": 4
      },
      "urgentDeadline": {
        "workingHours": 2
      }
    },
    {
      "id": "illegal-construction",
      "name": "违法建筑",
      "platform": "enforcement",
      "leadOffice": "demolition-office",
      "jurisdiction": "township",
      "campaign": "三改一拆",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "water-pollution",
      "name": "河道污染与排污",
      "platform": "enforcement",
      "leadOffice": "five-waters-office",
      "jurisdiction": "township",
      "campaign": "五水共治",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "roadside-clutter",
      "name": "沿路沿河乱堆乱放",
      "platform": "enforcement",
      "leadOffice": "six-sides-office",
      "jurisdiction": "township",
      "campaign": "六边三化三美",
      "deadline": {
        "workingDays": 7
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "work-safety-hazard",
      "name": "安全生产隐患",
      "platform": "enforcement",
      "leadOffice": "work-safety-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "environmental-pollution",
      "name": "环境污染",
      "platform": "enforcement",
      "leadOffice": "environment-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "sanitation",
      "name": "环境卫生",
      "platform": "enforcement",
      "leadOffice": "sanitation-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "illegal-land-use",
      "name": "违法用地",
      "platform": "enforcement",
      "leadOffice": "land-resources-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "patrol-violation",
      "name": "网格巡查发现的违法行为",
      "platform": "enforcement",
      "leadOffice": "enforcement-squad",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "food-safety",
      "name": "食品安全",
      "platform": "market",
      "leadOffice": "food-safety-office",
      "jurisdiction": "township",
      "campaign": "食品安全",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "unlicensed-business",
      "name": "无证经营",
      "platform": "market",
      "leadOffice": "market-supervision-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "agri-product-quality",
      "name": "农产品质量安全",
      "platform": "market",
      "leadOffice": "agri-product-quality-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "tourism-complaint",
      "name": "旅游投诉",
      "platform": "market",
      "leadOffice": "tourism-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "enterprise-appeal",
      "name": "企业诉求",
      "platform": "market",
      "leadOffice": "enterprise-service-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 16
      }
    },
    {
      "id": "social-security",
      "name": "社会保障",
      "platform": "services",
      "leadOffice": "employment-security-office",
      "jurisdiction": "township",
      "campaign": "社会保障",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "employment-service",
      "name": "劳动就业服务",
      "platform": "services",
      "leadOffice": "employment-security-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "civil-affairs-relief",
      "name": "民政救助",
      "platform": "services",
      "leadOffice": "civil-affairs-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "elderly-care",
      "name": "养老服务",
      "platform": "services",
      "leadOffice": "elderly-care-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 7
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "certificate-request",
      "name": "证照证明办理",
      "platform": "services",
      "leadOffice": "approval-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "county-road-maintenance",
      "name": "县道公路养护",
      "platform": "market",
      "leadOffice": "transport-office",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "power-supply",
      "name": "供电故障与电力设施",
      "platform": "market",
      "leadOffice": "economy-centre",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "medical-insurance",
      "name": "医保政策与报销",
      "platform": "services",
      "leadOffice": "employment-security-office",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "school-enrolment",
      "name": "学校招生入学",
      "platform": "services",
      "leadOffice": "education-culture-office",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    }
  ],
  "calendar": {
    "timeZone": "Asia/Shanghai",
    "workingWeek": [
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday"
    ],
    "workingHours": [
      {
        "from": "08:30",
        "to": "12:00"
      },
      {
        "from": "14:00",
        "to": "17:30"
      }
    ],
    "years": [
      {
        "year": 2025,
        "source": "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日，新华社受权发布全文）。每个放假日和调休上班日已于2026-11-27与通知全文逐条核对。 State Council General Office notice on the 2025 holiday arrangements (Guobanfamingdian [2024] No. 12, 12 Nov 2024, full text released by Xinhua); every holiday and make-up workday checked against the full text on 2026-11-27.",
        "holidays": [
          {
            "name": "元旦",
            "from": "2025-01-01",
            "to": "2025-01-01"
          },
          {
            "name": "春节",
            "from": "2025-01-28",
            "to": "2025-02-04"
          },
          {
            "name": "清明节",
            "from": "2025-04-04",
            "to": "2025-04-06"
          },
          {
            "name": "劳动节",
            "from": "2025-05-01",
            "to": "2025-05-05"
          },
          {
            "name": "端午节",
            "from": "2025-05-31",
            "to": "2025-06-02"
          },
          {
            "name": "国庆节、中秋节",
            "from": "2025-10-01",
            "to": "2025-10-08"
          }
        ],
        "makeUpWorkdays": [
          {
            "date": "2025-01-26",
            "for": "春节"
          },
          {
            "date": "2025-02-08",
            "for": "春节"
          },
          {
            "date": "2025-04-27",
            "for": "劳动节"
          },
          {
            "date": "2025-09-28",
            "for": "国庆节、中秋节"
          },
          {
            "date": "2025-10-11",
            "for": "国庆节、中秋节"
          }
        ]
      },
      {
        "year": 2026,
        "source": "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社北京11月4日电受权发布全文）。每个放假日和调休上班日已于2026-11-27与通知全文逐条核对。 State Council General Office notice on the 2026 holiday arrangements (4 Nov 2025, full text released by Xinhua); every holiday and make-up workday checked against the full text on 2026-11-27.",
        "holidays": [
          {
            "name": "元旦",
            "from": "2026-01-01",
            "to": "2026-01-03"
          },
          {
            "name": "春节",
            "from": "2026-02-15",
            "to": "2026-02-23"
          },
          {
            "name": "清明节",
            "from": "2026-04-04",
            "to": "2026-04-06"
          },
          {
            "name": "劳动节",
            "from": "2026-05-01",
            "to": "2026-05-05"
          },
          {
            "name": "端午节",
            "from": "2026-06-19",
            "to": "2026-06-21"
          },
          {
            "name": "中秋节",
            "from": "2026-09-25",
            "to": "2026-09-27"
          },
          {
            "name": "国庆节",
            "from": "2026-10-01",
            "to": "2026-10-07"
          }
        ],
        "makeUpWorkdays": [
          {
            "date": "2026-01-04",
            "for": "元旦"
          },
          {
            "date": "2026-02-14",
            "for": "春节"
          },
          {
            "date": "2026-02-28",
            "for": "春节"
          },
          {
            "date": "2026-05-09",
            "for": "劳动节"
          },
          {
            "date": "2026-09-20",
            "for": "国庆节"
          },
          {
            "date": "2026-10-10",
            "for": "国庆节"
          }
        ]
      }
    ]
  },
  "supervision": {
    "warnAt": 0.8,
    "urgeEvery": {
      "workingHours": 4
    },
    "signForWithin": {
      "normal": {
        "workingHours": 4
      },
      "urgent": {
        "workingHours": 1
      }
    },
    "escalation": [
      {
        "rung": "platformCoordinator",
        "after": {
          "workingDays": 1
        }
      },
      {
        "rung": "deputySecretary",
        "after": {
          "workingDays": 2
        }
      },
      {
        "rung": "mainLeader",
        "after": {
          "workingDays": 3
        }
      }
    ],
    "extensions": {
      "maxCount": 1,
      "maxWorkingDays": 10
    },
    "returns": {
      "maxCount": 2,
      "within": {
        "workingHours": 4
      }
    },
    "countySilence": {
      "urgeEvery": {
        "workingDays": 2
      },
      "maxUrges": 3
    }
  },
  "assessment": {
    "callbackWithin": {
      "workingDays": 3
    },
    "territorialWeights": [
      {
        "indicator": "responseRate",
        "weight": 15
      },
      {
        "indicator": "onTimeRate",
        "weight": 30
      },
      {
        "indicator": "resolutionRate",
        "weight": 25
      },
      {
        "indicator": "satisfactionRate",
        "weight": 20
      },
      {
        "indicator": "callbackRate",
        "weight": 10
      }
    ]
  },
  "workflows": [
    {
      "id": "receive",
      "name": "受理",
      "initial": "Submitted",
      "states": [
        {
          "id": "Submitted",
          "name": "已提交"
        },
        {
          "id": "Registered",
          "name": "已登记"
        },
        {
          "id": "InScope",
          "name": "乡域管辖",
          "continuesIn": {
            "workflow": "dispatch"
          }
        },
        {
          "id": "OutOfScope",
          "name": "非乡域管辖，上报县12345",
          "continuesIn": {
            "workflow": "dispatch",
            "state": "EscalatedToCounty"
          }
        },
        {
          "id": "Invalid",
          "name": "无效件",
          "final": true
        },
        {
          "id": "Duplicate",
          "name": "重复件",
          "final": true
        }
      ],
      "triggers": [
        "Register",
        "Triage",
        "MarkInvalid",
        "MarkDuplicate"
      ],
      "transitions": [
        {
          "from": "Submitted",
          "trigger": "Register",
          "to": "Registered",
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "Triage",
          "to": "InScope",
          "guard": {
            "field": "jurisdiction",
            "op": "eq",
            "value": "township"
          },
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "Triage",
          "to": "OutOfScope",
          "guard": {
            "field": "jurisdiction",
            "op": "eq",
            "value": "county"
          },
          "effects": [
            "county.escalate"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Submitted",
          "trigger": "MarkInvalid",
          "to": "Invalid",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "MarkInvalid",
          "to": "Invalid",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "MarkDuplicate",
          "to": "Duplicate",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        }
      ]
    },
    {
      "id": "dispatch",
      "name": "分流交办",
      "initial": "AwaitingDispatch",
      "states": [
        {
          "id": "AwaitingDispatch",
          "name": "待分流"
        },
        {
          "id": "AssignedToPlatform",
          "name": "已交办平台"
        },
        {
          "id": "AssignedToOffice",
          "name": "已交办科室"
        },
        {
          "id": "JointHandling",
          "name": "联合处置（主办+协办）"
        },
        {
          "id": "Returned",
          "name": "已退单，待重新分流"
        },
        {
          "id": "SignedFor",
          "name": "已签收",
          "continuesIn": {
            "workflow": "handle"
          }
        },
        {
          "id": "EscalatedToCounty",
          "name": "已上报县12345"
        },
        {
          "id": "CountyAccepted",
          "name": "县12345已受理"
        },
        {
          "id": "CountyAssigned",
          "name": "县12345已交办部门"
        },
        {
          "id": "CountyResolved",
          "name": "县12345已办结",
          "continuesIn": {
            "workflow": "feedback"
          }
        }
      ],
      "triggers": [
        "Dispatch",
        "Assign",
        "Return",
        "SignFor",
        "EscalateToCounty",
        "CountyAccept",
        "CountyAssign",
        "CountyProgress",
        "CountyUrge",
        "CountyResolve",
        "CountySendBack",
        "UrgeSignFor",
        "UrgeCounty"
      ],
      "transitions": [
        {
          "from": "AwaitingDispatch",
          "trigger": "Dispatch",
          "to": "AssignedToPlatform",
          "effects": [
            "notify.platform"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Returned",
          "trigger": "Dispatch",
          "to": "AssignedToPlatform",
          "effects": [
            "notify.platform"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "AwaitingDispatch",
          "trigger": "EscalateToCounty",
          "to": "EscalatedToCounty",
          "effects": [
            "county.escalate"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Returned",
          "trigger": "EscalateToCounty",
          "to": "EscalatedToCounty",
          "effects": [
            "county.escalate"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "AssignedToPlatform",
          "trigger": "Assign",
          "to": "AssignedToOffice",
          "guard": {
            "field": "coHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.office"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "AssignedToPlatform",
          "trigger": "Assign",
          "to": "JointHandling",
          "guard": {
            "field": "coHandlers",
            "op": "gt",
            "value": 0
          },
          "effects": [
            "notify.office",
            "joint.start"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "AssignedToPlatform",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "AssignedToOffice",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "JointHandling",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "AssignedToOffice",
          "trigger": "SignFor",
          "to": "SignedFor",
          "effects": [
            "clock.start"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "JointHandling",
          "trigger": "SignFor",
          "to": "SignedFor",
          "effects": [
            "clock.start"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "EscalatedToCounty",
          "trigger": "CountyAccept",
          "to": "CountyAccepted",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyAssign",
          "to": "CountyAssigned",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyAssign",
          "to": "CountyAssigned",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyProgress",
          "to": "CountyAccepted",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyProgress",
          "to": "CountyAssigned",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyUrge",
          "to": "CountyAccepted",
          "effects": [
            "county.urged"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyUrge",
          "to": "CountyAssigned",
          "effects": [
            "county.urged"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyResolve",
          "to": "CountyResolved",
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyResolve",
          "to": "CountyResolved",
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "EscalatedToCounty",
          "trigger": "CountySendBack",
          "to": "AwaitingDispatch",
          "effects": [
            "case.returned"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountySendBack",
          "to": "AwaitingDispatch",
          "effects": [
            "case.returned"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountySendBack",
          "to": "AwaitingDispatch",
          "effects": [
            "case.returned"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "AssignedToOffice",
          "trigger": "UrgeSignFor",
          "to": "AssignedToOffice",
          "effects": [
            "supervision.signForOverdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "JointHandling",
          "trigger": "UrgeSignFor",
          "to": "JointHandling",
          "effects": [
            "supervision.signForOverdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "UrgeCounty",
          "to": "CountyAccepted",
          "effects": [
            "county.urge",
            "supervision.countySilence"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "UrgeCounty",
          "to": "CountyAssigned",
          "effects": [
            "county.urge",
            "supervision.countySilence"
          ],
          "by": [
            "system"
          ]
        }
      ]
    },
    {
      "id": "handle",
      "name": "执行处置",
      "initial": "Accepted",
      "states": [
        {
          "id": "Accepted",
          "name": "已签收，处置计时"
        },
        {
          "id": "InProgress",
          "name": "处置中"
        },
        {
          "id": "ExtensionRequested",
          "name": "延期申请中"
        },
        {
          "id": "Extended",
          "name": "已延期"
        },
        {
          "id": "Completed",
          "name": "已办结",
          "continuesIn": {
            "workflow": "feedback"
          }
        },
        {
          "id": "Returned",
          "name": "退回指挥室",
          "continuesIn": {
            "workflow": "dispatch",
            "state": "Returned"
          }
        }
      ],
      "triggers": [
        "ReportProgress",
        "ReportCoHandling",
        "Complete",
        "Return",
        "RequestExtension",
        "DecideExtension"
      ],
      "transitions": [
        {
          "from": "Accepted",
          "trigger": "ReportProgress",
          "to": "InProgress",
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "InProgress",
          "trigger": "ReportProgress",
          "to": "InProgress",
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Extended",
          "trigger": "ReportProgress",
          "to": "InProgress",
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Accepted",
          "trigger": "ReportCoHandling",
          "to": "Accepted",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "gt",
            "value": 0
          },
          "by": [
            "coHandler"
          ]
        },
        {
          "from": "InProgress",
          "trigger": "ReportCoHandling",
          "to": "InProgress",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "gt",
            "value": 0
          },
          "by": [
            "coHandler"
          ]
        },
        {
          "from": "Extended",
          "trigger": "ReportCoHandling",
          "to": "Extended",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "gt",
            "value": 0
          },
          "by": [
            "coHandler"
          ]
        },
        {
          "from": "Accepted",
          "trigger": "Complete",
          "to": "Completed",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "InProgress",
          "trigger": "Complete",
          "to": "Completed",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Extended",
          "trigger": "Complete",
          "to": "Completed",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Accepted",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "InProgress",
          "trigger": "RequestExtension",
          "to": "ExtensionRequested",
          "effects": [
            "extension.requested"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "ExtensionRequested",
          "trigger": "DecideExtension",
          "to": "Extended",
          "guard": {
            "field": "extensionApproved",
            "op": "eq",
            "value": true
          },
          "effects": [
            "extension.decided"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "ExtensionRequested",
          "trigger": "DecideExtension",
          "to": "InProgress",
          "guard": {
            "field": "extensionApproved",
            "op": "eq",
            "value": false
          },
          "effects": [
            "extension.decided"
          ],
          "by": [
            "platformCoordinator"
          ]
        }
      ]
    },
    {
      "id": "supervise",
      "name": "日常督办",
      "initial": "OnTrack",
      "runsBeside": "handle",
      "states": [
        {
          "id": "OnTrack",
          "name": "正常"
        },
        {
          "id": "Warned",
          "name": "临期预警"
        },
        {
          "id": "Overdue",
          "name": "已超期"
        },
        {
          "id": "EscalatedToCoordinator",
          "name": "已报平台协调领导"
        },
        {
          "id": "EscalatedToDeputySecretary",
          "name": "已报副书记"
        },
        {
          "id": "EscalatedToMainLeader",
          "name": "已报主要领导",
          "final": true
        }
      ],
      "triggers": [
        "Warn",
        "Urge",
        "MarkOverdue",
        "Escalate"
      ],
      "transitions": [
        {
          "from": "OnTrack",
          "trigger": "Warn",
          "to": "Warned",
          "effects": [
            "supervision.warn"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "OnTrack",
          "trigger": "Urge",
          "to": "OnTrack",
          "effects": [
            "supervision.urge"
          ],
          "by": [
            "commandRoom",
            "platformCoordinator",
            "system"
          ]
        },
        {
          "from": "Warned",
          "trigger": "Urge",
          "to": "Warned",
          "effects": [
            "supervision.urge"
          ],
          "by": [
            "commandRoom",
            "platformCoordinator",
            "system"
          ]
        },
        {
          "from": "Overdue",
          "trigger": "Urge",
          "to": "Overdue",
          "effects": [
            "supervision.urge"
          ],
          "by": [
            "commandRoom",
            "platformCoordinator",
            "system"
          ]
        },
        {
          "from": "OnTrack",
          "trigger": "MarkOverdue",
          "to": "Overdue",
          "effects": [
            "supervision.overdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "Warned",
          "trigger": "MarkOverdue",
          "to": "Overdue",
          "effects": [
            "supervision.overdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "Overdue",
          "trigger": "Escalate",
          "to": "EscalatedToCoordinator",
          "effects": [
            "supervision.escalate"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "EscalatedToCoordinator",
          "trigger": "Escalate",
          "to": "EscalatedToDeputySecretary",
          "effects": [
            "supervision.escalate"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "EscalatedToDeputySecretary",
          "trigger": "Escalate",
          "to": "EscalatedToMainLeader",
          "effects": [
            "supervision.escalate"
          ],
          "by": [
            "system"
          ]
        }
      ]
    },
    {
      "id": "feedback",
      "name": "信息反馈",
      "initial": "ResultReported",
      "states": [
        {
          "id": "ResultReported",
          "name": "结果已报指挥室"
        },
        {
          "id": "FedBack",
          "name": "已反馈报告人"
        },
        {
          "id": "Confirmed",
          "name": "报告人已确认",
          "continuesIn": {
            "workflow": "assess"
          }
        },
        {
          "id": "Disputed",
          "name": "报告人有异议，重新分流",
          "continuesIn": {
            "workflow": "dispatch"
          }
        }
      ],
      "triggers": [
        "FeedBack",
        "RecordFeedback"
      ],
      "transitions": [
        {
          "from": "ResultReported",
          "trigger": "FeedBack",
          "to": "FedBack",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "FedBack",
          "trigger": "RecordFeedback",
          "to": "Confirmed",
          "guard": {
            "field": "feedback",
            "op": "eq",
            "value": "confirmed"
          },
          "by": [
            "commandRoom",
            "reporter"
          ]
        },
        {
          "from": "FedBack",
          "trigger": "RecordFeedback",
          "to": "Disputed",
          "guard": {
            "field": "feedback",
            "op": "eq",
            "value": "disputed"
          },
          "effects": [
            "case.reopened"
          ],
          "by": [
            "commandRoom",
            "reporter"
          ]
        }
      ]
    },
    {
      "id": "assess",
      "name": "督查考核",
      "initial": "AwaitingRating",
      "states": [
        {
          "id": "AwaitingRating",
          "name": "待评价"
        },
        {
          "id": "Closed",
          "name": "已办结归档",
          "final": true
        }
      ],
      "triggers": [
        "Rate",
        "RecordCallback",
        "FlagCallbackOverdue"
      ],
      "transitions": [
        {
          "from": "AwaitingRating",
          "trigger": "Rate",
          "to": "Closed",
          "effects": [
            "case.closed"
          ],
          "by": [
            "commandRoom",
            "reporter"
          ]
        },
        {
          "from": "Closed",
          "trigger": "RecordCallback",
          "to": "Closed",
          "effects": [
            "callback.recorded"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Closed",
          "trigger": "FlagCallbackOverdue",
          "to": "Closed",
          "guard": {
            "all": [
              {
                "field": "calledBack",
                "op": "eq",
                "value": false
              },
              {
                "field": "callbackOverdue",
                "op": "eq",
                "value": false
              }
            ]
          },
          "effects": [
            "callback.overdue"
          ],
          "by": [
            "system"
          ]
        }
      ]
    }
  ]
}
', 'wuxi-township', '2025-03-03T09:00:00.0000000+08:00', '/work/wt-dsl/workflows.json', 'caseflow');
INSERT INTO public.definitions VALUES (2, 'c994f9832b426b0e937fd2b91efec7c4af245939dc68ed4db87ef3aedb70f421', '{
  "$schema": "./workflows.schema.json",
  "id": "wuxi-township",
  "name": "云和县雾溪畲族乡“四个平台”（示例数据：村、网格和网格员为样例）",
  "entryWorkflow": "receive",
  "submittedBy": [
    "commandRoom",
    "gridMember",
    "intakeSystem",
    "county"
  ],
  "personalData": [
    "reporter.name",
    "reporter.phone",
    "reporter.idNumber"
  ],
  "organisation": {
    "commandRoom": {
      "id": "command-room",
      "name": "四个平台综合指挥室",
      "hostOffice": "party-government-office"
    },
    "leaders": [
      {
        "id": "party-secretary",
        "title": "乡党委书记",
        "role": "mainLeader"
      },
      {
        "id": "deputy-secretary",
        "title": "乡党委副书记",
        "role": "deputySecretary"
      },
      {
        "id": "armed-forces-head",
        "title": "乡人武部长",
        "role": "coordinator"
      },
      {
        "id": "deputy-head-economy",
        "title": "分管经济副乡长",
        "role": "coordinator"
      },
      {
        "id": "deputy-head-services",
        "title": "分管社会事务副乡长",
        "role": "coordinator"
      }
    ],
    "platforms": [
      {
        "id": "governance",
        "name": "综治工作平台",
        "leadOffice": "comprehensive-governance-office",
        "coordinator": "deputy-secretary",
        "managementOffice": "governance-centre",
        "forces": [
          "police-station",
          "armed-forces-department",
          "justice-office",
          "petition-office",
          "anti-cult-office",
          "migrant-service-station",
          "drug-control-office",
          "mediation-committee",
          "public-legal-service-station",
          "legal-guidance-station",
          "emergency-command-centre",
          "fire-command"
        ]
      },
      {
        "id": "enforcement",
        "name": "综合执法平台",
        "leadOffice": "construction-centre",
        "coordinator": "armed-forces-head",
        "managementOffice": "construction-centre",
        "forces": [
          "enforcement-squad",
          "demolition-office",
          "five-waters-office",
          "six-sides-office",
          "work-safety-office",
          "environment-station",
          "health-inspection",
          "land-resources-station",
          "village-appearance-office",
          "sanitation-office"
        ]
      },
      {
        "id": "market",
        "name": "市场监管平台",
        "leadOffice": "economy-centre",
        "coordinator": "deputy-head-economy",
        "managementOffice": "economy-centre",
        "forces": [
          "food-safety-office",
          "market-supervision-station",
          "agricultural-enforcement",
          "agri-product-quality-station",
          "agri-forestry-water-station",
          "tourism-office",
          "transport-office",
          "enterprise-service-office",
          "work-safety-office"
        ]
      },
      {
        "id": "services",
        "name": "便民服务平台",
        "leadOffice": "social-affairs-centre",
        "coordinator": "deputy-head-services",
        "managementOffice": "governance-centre",
        "forces": [
          "service-centre",
          "approval-office",
          "employment-security-office",
          "civil-affairs-office",
          "health-family-office",
          "education-culture-office",
          "disaster-relief-office",
          "elderly-care-office",
          "public-legal-service-station",
          "justice-office"
        ]
      }
    ],
    "offices": [
      {
        "id": "party-government-office",
        "name": "党政综合办公室",
        "kind": "centre",
        "platforms": []
      },
      {
        "id": "governance-centre",
        "name": "社会治安综合治理工作中心",
        "kind": "centre",
        "platforms": [
          "governance",
          "services"
        ]
      },
      {
        "id": "construction-centre",
        "name": "城乡建设管理中心",
        "kind": "centre",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "economy-centre",
        "name": "经济商务工作中心",
        "kind": "centre",
        "platforms": [
          "market",
          "enforcement"
        ]
      },
      {
        "id": "social-affairs-centre",
        "name": "社会事务服务中心",
        "kind": "centre",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "comprehensive-governance-office",
        "name": "综治办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "police-station",
        "name": "派出所",
        "kind": "dispatchedAgency",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "armed-forces-department",
        "name": "人武部",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "justice-office",
        "name": "司法所",
        "kind": "dispatchedAgency",
        "platforms": [
          "governance",
          "services"
        ]
      },
      {
        "id": "petition-office",
        "name": "信访办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "anti-cult-office",
        "name": "反邪教办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "migrant-service-station",
        "name": "流动人口服务站",
        "kind": "station",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "drug-control-office",
        "name": "禁毒办",
        "kind": "office",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "mediation-committee",
        "name": "调委会",
        "kind": "force",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "public-legal-service-station",
        "name": "公共法律服务站",
        "kind": "station",
        "platforms": [
          "governance",
          "services"
        ]
      },
      {
        "id": "legal-guidance-station",
        "name": "法制辅导站",
        "kind": "station",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "emergency-command-centre",
        "name": "应急处置指挥中心",
        "kind": "centre",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "fire-command",
        "name": "消防指挥部",
        "kind": "force",
        "platforms": [
          "governance"
        ]
      },
      {
        "id": "enforcement-squad",
        "name": "综合执法中队",
        "kind": "dispatchedAgency",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "demolition-office",
        "name": "“三改一拆”办",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "five-waters-office",
        "name": "“五水共治”办",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "six-sides-office",
        "name": "“六边三化三美”办",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "work-safety-office",
        "name": "安全生产监管",
        "kind": "office",
        "platforms": [
          "enforcement",
          "market"
        ]
      },
      {
        "id": "environment-station",
        "name": "环保",
        "kind": "station",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "health-inspection",
        "name": "卫生监督",
        "kind": "station",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "land-resources-station",
        "name": "国土资源管理所",
        "kind": "dispatchedAgency",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "village-appearance-office",
        "name": "村容村貌",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "sanitation-office",
        "name": "环境卫生管理",
        "kind": "office",
        "platforms": [
          "enforcement"
        ]
      },
      {
        "id": "food-safety-office",
        "name": "食安办",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "market-supervision-station",
        "name": "市场监管所",
        "kind": "dispatchedAgency",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "agricultural-enforcement",
        "name": "农业执法",
        "kind": "force",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "agri-product-quality-station",
        "name": "农产品质量监管站",
        "kind": "station",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "agri-forestry-water-station",
        "name": "农林水技术服务站",
        "kind": "station",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "tourism-office",
        "name": "旅游",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "transport-office",
        "name": "交通运输管理",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "enterprise-service-office",
        "name": "企业服务",
        "kind": "office",
        "platforms": [
          "market"
        ]
      },
      {
        "id": "service-centre",
        "name": "便民服务中心",
        "kind": "centre",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "approval-office",
        "name": "行政审批",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "employment-security-office",
        "name": "劳动就业和社会保障",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "civil-affairs-office",
        "name": "民政",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "health-family-office",
        "name": "卫计",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "education-culture-office",
        "name": "文教卫体",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "disaster-relief-office",
        "name": "救灾救助",
        "kind": "office",
        "platforms": [
          "services"
        ]
      },
      {
        "id": "elderly-care-office",
        "name": "养老服务",
        "kind": "office",
        "platforms": [
          "services"
        ]
      }
    ],
    "villages": [
      {
        "id": "village-1",
        "name": "雾溪村",
        "sample": true
      },
      {
        "id": "village-2",
        "name": "坪垟岗村",
        "sample": true
      },
      {
        "id": "village-3",
        "name": "上武村",
        "sample": true
      },
      {
        "id": "village-4",
        "name": "桑岭村",
        "sample": true
      },
      {
        "id": "village-5",
        "name": "梅竹村",
        "sample": true
      },
      {
        "id": "village-6",
        "name": "双港村",
        "sample": true
      }
    ],
    "grids": [
      {
        "id": "grid-1",
        "name": "雾溪一网格",
        "village": "village-1",
        "member": {
          "id": "grid-member-1",
          "name": "蓝志强"
        },
        "sample": true
      },
      {
        "id": "grid-2",
        "name": "雾溪二网格",
        "village": "village-1",
        "member": {
          "id": "grid-member-2",
          "name": "雷小芳"
        },
        "sample": true
      },
      {
        "id": "grid-3",
        "name": "坪垟岗网格",
        "village": "village-2",
        "member": {
          "id": "grid-member-3",
          "name": "钟建国"
        },
        "sample": true
      },
      {
        "id": "grid-4",
        "name": "上武一网格",
        "village": "village-3",
        "member": {
          "id": "grid-member-4",
          "name": "蓝美华"
        },
        "sample": true
      },
      {
        "id": "grid-5",
        "name": "上武二网格",
        "village": "village-3",
        "member": {
          "id": "grid-member-5",
          "name": "雷国平"
        },
        "sample": true
      },
      {
        "id": "grid-6",
        "name": "桑岭网格",
        "village": "village-4",
        "member": {
          "id": "grid-member-6",
          "name": "钟丽萍"
        },
        "sample": true
      },
      {
        "id": "grid-7",
        "name": "梅竹网格",
        "village": "village-5",
        "member": {
          "id": "grid-member-7",
          "name": "蓝海军"
        },
        "sample": true
      },
      {
        "id": "grid-8",
        "name": "双港一网格",
        "village": "village-6",
        "member": {
          "id": "grid-member-8",
          "name": "雷春燕"
        },
        "sample": true
      },
      {
        "id": "grid-9",
        "name": "双港二网格",
        "village": "village-6",
        "member": {
          "id": "grid-member-9",
          "name": "钟晓东"
        },
        "sample": true
      }
    ],
    "escalationLadder": [
      {
        "id": "office",
        "name": "承办科室"
      },
      {
        "id": "platformCoordinator",
        "name": "平台协调领导"
      },
      {
        "id": "deputySecretary",
        "name": "乡党委副书记"
      },
      {
        "id": "mainLeader",
        "name": "乡主要领导"
      }
    ],
    "systems": [
      {
        "id": "county-12345",
        "name": "云和12345政务投诉举报平台",
        "role": "county"
      },
      {
        "id": "ping-an-tong",
        "name": "平安通（浙江省平安建设信息系统网格终端）",
        "role": "intake"
      },
      {
        "id": "shi-an-tong",
        "name": "食安通（市食品安全监管平台）",
        "role": "intake"
      },
      {
        "id": "service-hotline",
        "name": "乡便民服务热线",
        "role": "intake"
      }
    ]
  },
  "categories": [
    {
      "id": "neighbour-dispute",
      "name": "邻里纠纷调解",
      "platform": "governance",
      "leadOffice": "mediation-committee",
      "jurisdiction": "township",
      "campaign": "矛盾纠纷调处",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "petition",
      "name": "群众信访事项",
      "platform": "governance",
      "leadOffice": "petition-office",
      "jurisdiction": "township",
      "campaign": "信访维稳",
      "deadline": {
        "workingDays": 15
      },
      "urgentDeadline": {
        "workingHours": 16
      }
    },
    {
      "id": "public-security-hazard",
      "name": "治安隐患",
      "platform": "governance",
      "leadOffice": "police-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "fire-hazard",
      "name": "消防安全隐患",
      "platform": "governance",
      "leadOffice": "fire-command",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 2
      },
      "urgentDeadline": {
        "workingHours": 2
      }
    },
    {
      "id": "drug-clue",
      "name": "涉毒线索",
      "platform": "governance",
      "leadOffice": "drug-control-office",
      "jurisdiction": "township",
      "campaign": "禁毒帮教",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "migrant-registration",
      "name": "流动人口登记管理",
      "platform": "governance",
      "leadOffice": "migrant-service-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "legal-aid",
      "name": "法律援助申请",
      "platform": "governance",
      "leadOffice": "public-legal-service-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "sudden-incident",
      "name": "突发事件",
      "platform": "governance",
      "leadOffice": "emergency-command-centre",
      "jurisdiction": "township",
      "campaign": "突发事件应急处置",
      "deadline": {
        "workingHours": 4
      },
      "urgentDeadline": {
        "workingHours": 2
      }
    },
    {
      "id": "illegal-construction",
      "name": "违法建筑",
      "platform": "enforcement",
      "leadOffice": "demolition-office",
      "jurisdiction": "township",
      "campaign": "三改一拆",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "water-pollution",
      "name": "河道污染与排污",
      "platform": "enforcement",
      "leadOffice": "five-waters-office",
      "jurisdiction": "township",
      "campaign": "五水共治",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "roadside-clutter",
      "name": "沿路沿河乱堆乱放",
      "platform": "enforcement",
      "leadOffice": "six-sides-office",
      "jurisdiction": "township",
      "campaign": "六边三化三美",
      "deadline": {
        "workingDays": 7
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "work-safety-hazard",
      "name": "安全生产隐患",
      "platform": "enforcement",
      "leadOffice": "work-safety-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "environmental-pollution",
      "name": "环境污染",
      "platform": "enforcement",
      "leadOffice": "environment-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "sanitation",
      "name": "环境卫生",
      "platform": "enforcement",
      "leadOffice": "sanitation-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "illegal-land-use",
      "name": "违法用地",
      "platform": "enforcement",
      "leadOffice": "land-resources-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "patrol-violation",
      "name": "网格巡查发现的违法行为",
      "platform": "enforcement",
      "leadOffice": "enforcement-squad",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "food-safety",
      "name": "食品安全",
      "platform": "market",
      "leadOffice": "food-safety-office",
      "jurisdiction": "township",
      "campaign": "食品安全",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "unlicensed-business",
      "name": "无证经营",
      "platform": "market",
      "leadOffice": "market-supervision-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "agri-product-quality",
      "name": "农产品质量安全",
      "platform": "market",
      "leadOffice": "agri-product-quality-station",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "tourism-complaint",
      "name": "旅游投诉",
      "platform": "market",
      "leadOffice": "tourism-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "enterprise-appeal",
      "name": "企业诉求",
      "platform": "market",
      "leadOffice": "enterprise-service-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 16
      }
    },
    {
      "id": "social-security",
      "name": "社会保障",
      "platform": "services",
      "leadOffice": "employment-security-office",
      "jurisdiction": "township",
      "campaign": "社会保障",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "employment-service",
      "name": "劳动就业服务",
      "platform": "services",
      "leadOffice": "employment-security-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "civil-affairs-relief",
      "name": "民政救助",
      "platform": "services",
      "leadOffice": "civil-affairs-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "elderly-care",
      "name": "养老服务",
      "platform": "services",
      "leadOffice": "elderly-care-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 7
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "certificate-request",
      "name": "证照证明办理",
      "platform": "services",
      "leadOffice": "approval-office",
      "jurisdiction": "township",
      "deadline": {
        "workingDays": 3
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "county-road-maintenance",
      "name": "县道公路养护",
      "platform": "market",
      "leadOffice": "transport-office",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "power-supply",
      "name": "供电故障与电力设施",
      "platform": "market",
      "leadOffice": "economy-centre",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 5
      },
      "urgentDeadline": {
        "workingHours": 4
      }
    },
    {
      "id": "medical-insurance",
      "name": "医保政策与报销",
      "platform": "services",
      "leadOffice": "employment-security-office",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    },
    {
      "id": "school-enrolment",
      "name": "学校招生入学",
      "platform": "services",
      "leadOffice": "education-culture-office",
      "jurisdiction": "county",
      "deadline": {
        "workingDays": 10
      },
      "urgentDeadline": {
        "workingHours": 8
      }
    }
  ],
  "calendar": {
    "timeZone": "Asia/Shanghai",
    "workingWeek": [
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday"
    ],
    "workingHours": [
      {
        "from": "08:30",
        "to": "12:00"
      },
      {
        "from": "14:00",
        "to": "17:30"
      }
    ],
    "years": [
      {
        "year": 2025,
        "source": "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日，新华社受权发布全文）。每个放假日和调休上班日已于2026-11-27与通知全文逐条核对。 State Council General Office notice on the 2025 holiday arrangements (Guobanfamingdian [2024] No. 12, 12 Nov 2024, full text released by Xinhua); every holiday and make-up workday checked against the full text on 2026-11-27.",
        "holidays": [
          {
            "name": "元旦",
            "from": "2025-01-01",
            "to": "2025-01-01"
          },
          {
            "name": "春节",
            "from": "2025-01-28",
            "to": "2025-02-04"
          },
          {
            "name": "清明节",
            "from": "2025-04-04",
            "to": "2025-04-06"
          },
          {
            "name": "劳动节",
            "from": "2025-05-01",
            "to": "2025-05-05"
          },
          {
            "name": "端午节",
            "from": "2025-05-31",
            "to": "2025-06-02"
          },
          {
            "name": "国庆节、中秋节",
            "from": "2025-10-01",
            "to": "2025-10-08"
          }
        ],
        "makeUpWorkdays": [
          {
            "date": "2025-01-26",
            "for": "春节"
          },
          {
            "date": "2025-02-08",
            "for": "春节"
          },
          {
            "date": "2025-04-27",
            "for": "劳动节"
          },
          {
            "date": "2025-09-28",
            "for": "国庆节、中秋节"
          },
          {
            "date": "2025-10-11",
            "for": "国庆节、中秋节"
          }
        ]
      },
      {
        "year": 2026,
        "source": "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社北京11月4日电受权发布全文）。每个放假日和调休上班日已于2026-11-27与通知全文逐条核对。 State Council General Office notice on the 2026 holiday arrangements (4 Nov 2025, full text released by Xinhua); every holiday and make-up workday checked against the full text on 2026-11-27.",
        "holidays": [
          {
            "name": "元旦",
            "from": "2026-01-01",
            "to": "2026-01-03"
          },
          {
            "name": "春节",
            "from": "2026-02-15",
            "to": "2026-02-23"
          },
          {
            "name": "清明节",
            "from": "2026-04-04",
            "to": "2026-04-06"
          },
          {
            "name": "劳动节",
            "from": "2026-05-01",
            "to": "2026-05-05"
          },
          {
            "name": "端午节",
            "from": "2026-06-19",
            "to": "2026-06-21"
          },
          {
            "name": "中秋节",
            "from": "2026-09-25",
            "to": "2026-09-27"
          },
          {
            "name": "国庆节",
            "from": "2026-10-01",
            "to": "2026-10-07"
          }
        ],
        "makeUpWorkdays": [
          {
            "date": "2026-01-04",
            "for": "元旦"
          },
          {
            "date": "2026-02-14",
            "for": "春节"
          },
          {
            "date": "2026-02-28",
            "for": "春节"
          },
          {
            "date": "2026-05-09",
            "for": "劳动节"
          },
          {
            "date": "2026-09-20",
            "for": "国庆节"
          },
          {
            "date": "2026-10-10",
            "for": "国庆节"
          }
        ]
      }
    ]
  },
  "supervision": {
    "warnAt": 0.8,
    "urgeEvery": {
      "workingHours": 4
    },
    "signForWithin": {
      "normal": {
        "workingHours": 4
      },
      "urgent": {
        "workingHours": 1
      }
    },
    "escalation": [
      {
        "rung": "platformCoordinator",
        "after": {
          "workingDays": 1
        }
      },
      {
        "rung": "deputySecretary",
        "after": {
          "workingDays": 2
        }
      },
      {
        "rung": "mainLeader",
        "after": {
          "workingDays": 3
        }
      }
    ],
    "extensions": {
      "maxCount": 1,
      "maxWorkingDays": 10
    },
    "returns": {
      "maxCount": 2,
      "within": {
        "workingHours": 4
      }
    },
    "countySilence": {
      "urgeEvery": {
        "workingDays": 2
      },
      "maxUrges": 3
    }
  },
  "assessment": {
    "callbackWithin": {
      "workingDays": 3
    },
    "territorialWeights": [
      {
        "indicator": "responseRate",
        "weight": 15
      },
      {
        "indicator": "onTimeRate",
        "weight": 30
      },
      {
        "indicator": "resolutionRate",
        "weight": 25
      },
      {
        "indicator": "satisfactionRate",
        "weight": 20
      },
      {
        "indicator": "callbackRate",
        "weight": 10
      }
    ]
  },
  "workflows": [
    {
      "id": "receive",
      "name": "受理",
      "initial": "Submitted",
      "states": [
        {
          "id": "Submitted",
          "name": "已提交"
        },
        {
          "id": "Registered",
          "name": "已登记"
        },
        {
          "id": "InScope",
          "name": "乡域管辖",
          "continuesIn": {
            "workflow": "dispatch"
          }
        },
        {
          "id": "OutOfScope",
          "name": "非乡域管辖，上报县12345",
          "continuesIn": {
            "workflow": "dispatch",
            "state": "EscalatedToCounty"
          }
        },
        {
          "id": "Invalid",
          "name": "无效件",
          "final": true
        },
        {
          "id": "Duplicate",
          "name": "重复件",
          "final": true
        }
      ],
      "triggers": [
        "Register",
        "Triage",
        "MarkInvalid",
        "MarkDuplicate"
      ],
      "transitions": [
        {
          "from": "Submitted",
          "trigger": "Register",
          "to": "Registered",
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "Triage",
          "to": "InScope",
          "guard": {
            "field": "jurisdiction",
            "op": "eq",
            "value": "township"
          },
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "Triage",
          "to": "OutOfScope",
          "guard": {
            "field": "jurisdiction",
            "op": "eq",
            "value": "county"
          },
          "effects": [
            "county.escalate"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Submitted",
          "trigger": "MarkInvalid",
          "to": "Invalid",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "MarkInvalid",
          "to": "Invalid",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Registered",
          "trigger": "MarkDuplicate",
          "to": "Duplicate",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        }
      ]
    },
    {
      "id": "dispatch",
      "name": "分流交办",
      "initial": "AwaitingDispatch",
      "states": [
        {
          "id": "AwaitingDispatch",
          "name": "待分流"
        },
        {
          "id": "AssignedToPlatform",
          "name": "已交办平台"
        },
        {
          "id": "AssignedToOffice",
          "name": "已交办科室"
        },
        {
          "id": "JointHandling",
          "name": "联合处置（主办+协办）"
        },
        {
          "id": "Returned",
          "name": "已退单，待重新分流"
        },
        {
          "id": "SignedFor",
          "name": "已签收",
          "continuesIn": {
            "workflow": "handle"
          }
        },
        {
          "id": "EscalatedToCounty",
          "name": "已上报县12345"
        },
        {
          "id": "CountyAccepted",
          "name": "县12345已受理"
        },
        {
          "id": "CountyAssigned",
          "name": "县12345已交办部门"
        },
        {
          "id": "CountyResolved",
          "name": "县12345已办结",
          "continuesIn": {
            "workflow": "feedback"
          }
        }
      ],
      "triggers": [
        "Dispatch",
        "Assign",
        "Return",
        "SignFor",
        "EscalateToCounty",
        "CountyAccept",
        "CountyAssign",
        "CountyProgress",
        "CountyUrge",
        "CountyResolve",
        "CountySendBack",
        "UrgeSignFor",
        "UrgeCounty"
      ],
      "transitions": [
        {
          "from": "AwaitingDispatch",
          "trigger": "Dispatch",
          "to": "AssignedToPlatform",
          "effects": [
            "notify.platform"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Returned",
          "trigger": "Dispatch",
          "to": "AssignedToPlatform",
          "effects": [
            "notify.platform"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "AwaitingDispatch",
          "trigger": "EscalateToCounty",
          "to": "EscalatedToCounty",
          "effects": [
            "county.escalate"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Returned",
          "trigger": "EscalateToCounty",
          "to": "EscalatedToCounty",
          "effects": [
            "county.escalate"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "AssignedToPlatform",
          "trigger": "Assign",
          "to": "AssignedToOffice",
          "guard": {
            "field": "coHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.office"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "AssignedToPlatform",
          "trigger": "Assign",
          "to": "JointHandling",
          "guard": {
            "field": "coHandlers",
            "op": "gt",
            "value": 0
          },
          "effects": [
            "notify.office",
            "joint.start"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "AssignedToPlatform",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "AssignedToOffice",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "JointHandling",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "AssignedToOffice",
          "trigger": "SignFor",
          "to": "SignedFor",
          "effects": [
            "clock.start"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "JointHandling",
          "trigger": "SignFor",
          "to": "SignedFor",
          "effects": [
            "clock.start"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "EscalatedToCounty",
          "trigger": "CountyAccept",
          "to": "CountyAccepted",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyAssign",
          "to": "CountyAssigned",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyAssign",
          "to": "CountyAssigned",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyProgress",
          "to": "CountyAccepted",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyProgress",
          "to": "CountyAssigned",
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyUrge",
          "to": "CountyAccepted",
          "effects": [
            "county.urged"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyUrge",
          "to": "CountyAssigned",
          "effects": [
            "county.urged"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountyResolve",
          "to": "CountyResolved",
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountyResolve",
          "to": "CountyResolved",
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "EscalatedToCounty",
          "trigger": "CountySendBack",
          "to": "AwaitingDispatch",
          "effects": [
            "case.returned"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "CountySendBack",
          "to": "AwaitingDispatch",
          "effects": [
            "case.returned"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "CountySendBack",
          "to": "AwaitingDispatch",
          "effects": [
            "case.returned"
          ],
          "by": [
            "county"
          ]
        },
        {
          "from": "AssignedToOffice",
          "trigger": "UrgeSignFor",
          "to": "AssignedToOffice",
          "effects": [
            "supervision.signForOverdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "JointHandling",
          "trigger": "UrgeSignFor",
          "to": "JointHandling",
          "effects": [
            "supervision.signForOverdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "CountyAccepted",
          "trigger": "UrgeCounty",
          "to": "CountyAccepted",
          "effects": [
            "county.urge",
            "supervision.countySilence"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "CountyAssigned",
          "trigger": "UrgeCounty",
          "to": "CountyAssigned",
          "effects": [
            "county.urge",
            "supervision.countySilence"
          ],
          "by": [
            "system"
          ]
        }
      ]
    },
    {
      "id": "handle",
      "name": "执行处置",
      "initial": "Accepted",
      "states": [
        {
          "id": "Accepted",
          "name": "已签收，处置计时"
        },
        {
          "id": "Working",
          "name": "处置中"
        },
        {
          "id": "ExtensionRequested",
          "name": "延期申请中"
        },
        {
          "id": "Extended",
          "name": "已延期"
        },
        {
          "id": "Completed",
          "name": "已办结",
          "continuesIn": {
            "workflow": "feedback"
          }
        },
        {
          "id": "Returned",
          "name": "退回指挥室",
          "continuesIn": {
            "workflow": "dispatch",
            "state": "Returned"
          }
        }
      ],
      "triggers": [
        "ReportProgress",
        "ReportCoHandling",
        "Complete",
        "Return",
        "RequestExtension",
        "DecideExtension"
      ],
      "transitions": [
        {
          "from": "Accepted",
          "trigger": "ReportProgress",
          "to": "Working",
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Working",
          "trigger": "ReportProgress",
          "to": "Working",
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Extended",
          "trigger": "ReportProgress",
          "to": "Working",
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Accepted",
          "trigger": "ReportCoHandling",
          "to": "Accepted",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "gt",
            "value": 0
          },
          "by": [
            "coHandler"
          ]
        },
        {
          "from": "Working",
          "trigger": "ReportCoHandling",
          "to": "Working",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "gt",
            "value": 0
          },
          "by": [
            "coHandler"
          ]
        },
        {
          "from": "Extended",
          "trigger": "ReportCoHandling",
          "to": "Extended",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "gt",
            "value": 0
          },
          "by": [
            "coHandler"
          ]
        },
        {
          "from": "Accepted",
          "trigger": "Complete",
          "to": "Completed",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Working",
          "trigger": "Complete",
          "to": "Completed",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Extended",
          "trigger": "Complete",
          "to": "Completed",
          "guard": {
            "field": "pendingCoHandlers",
            "op": "eq",
            "value": 0
          },
          "effects": [
            "notify.commandRoom"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Accepted",
          "trigger": "Return",
          "to": "Returned",
          "effects": [
            "case.returned"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "Working",
          "trigger": "RequestExtension",
          "to": "ExtensionRequested",
          "effects": [
            "extension.requested"
          ],
          "by": [
            "leadOffice"
          ]
        },
        {
          "from": "ExtensionRequested",
          "trigger": "DecideExtension",
          "to": "Extended",
          "guard": {
            "field": "extensionApproved",
            "op": "eq",
            "value": true
          },
          "effects": [
            "extension.decided"
          ],
          "by": [
            "platformCoordinator"
          ]
        },
        {
          "from": "ExtensionRequested",
          "trigger": "DecideExtension",
          "to": "Working",
          "guard": {
            "field": "extensionApproved",
            "op": "eq",
            "value": false
          },
          "effects": [
            "extension.decided"
          ],
          "by": [
            "platformCoordinator"
          ]
        }
      ]
    },
    {
      "id": "supervise",
      "name": "日常督办",
      "initial": "OnTrack",
      "runsBeside": "handle",
      "states": [
        {
          "id": "OnTrack",
          "name": "正常"
        },
        {
          "id": "Warned",
          "name": "临期预警"
        },
        {
          "id": "Overdue",
          "name": "已超期"
        },
        {
          "id": "EscalatedToCoordinator",
          "name": "已报平台协调领导"
        },
        {
          "id": "EscalatedToDeputySecretary",
          "name": "已报副书记"
        },
        {
          "id": "EscalatedToMainLeader",
          "name": "已报主要领导",
          "final": true
        }
      ],
      "triggers": [
        "Warn",
        "Urge",
        "MarkOverdue",
        "Escalate"
      ],
      "transitions": [
        {
          "from": "OnTrack",
          "trigger": "Warn",
          "to": "Warned",
          "effects": [
            "supervision.warn"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "OnTrack",
          "trigger": "Urge",
          "to": "OnTrack",
          "effects": [
            "supervision.urge"
          ],
          "by": [
            "commandRoom",
            "platformCoordinator",
            "system"
          ]
        },
        {
          "from": "Warned",
          "trigger": "Urge",
          "to": "Warned",
          "effects": [
            "supervision.urge"
          ],
          "by": [
            "commandRoom",
            "platformCoordinator",
            "system"
          ]
        },
        {
          "from": "Overdue",
          "trigger": "Urge",
          "to": "Overdue",
          "effects": [
            "supervision.urge"
          ],
          "by": [
            "commandRoom",
            "platformCoordinator",
            "system"
          ]
        },
        {
          "from": "OnTrack",
          "trigger": "MarkOverdue",
          "to": "Overdue",
          "effects": [
            "supervision.overdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "Warned",
          "trigger": "MarkOverdue",
          "to": "Overdue",
          "effects": [
            "supervision.overdue"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "Overdue",
          "trigger": "Escalate",
          "to": "EscalatedToCoordinator",
          "effects": [
            "supervision.escalate"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "EscalatedToCoordinator",
          "trigger": "Escalate",
          "to": "EscalatedToDeputySecretary",
          "effects": [
            "supervision.escalate"
          ],
          "by": [
            "system"
          ]
        },
        {
          "from": "EscalatedToDeputySecretary",
          "trigger": "Escalate",
          "to": "EscalatedToMainLeader",
          "effects": [
            "supervision.escalate"
          ],
          "by": [
            "system"
          ]
        }
      ]
    },
    {
      "id": "feedback",
      "name": "信息反馈",
      "initial": "ResultReported",
      "states": [
        {
          "id": "ResultReported",
          "name": "结果已报指挥室"
        },
        {
          "id": "FedBack",
          "name": "已反馈报告人"
        },
        {
          "id": "Confirmed",
          "name": "报告人已确认",
          "continuesIn": {
            "workflow": "assess"
          }
        },
        {
          "id": "Disputed",
          "name": "报告人有异议，重新分流",
          "continuesIn": {
            "workflow": "dispatch"
          }
        }
      ],
      "triggers": [
        "FeedBack",
        "RecordFeedback"
      ],
      "transitions": [
        {
          "from": "ResultReported",
          "trigger": "FeedBack",
          "to": "FedBack",
          "effects": [
            "notify.reporter"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "FedBack",
          "trigger": "RecordFeedback",
          "to": "Confirmed",
          "guard": {
            "field": "feedback",
            "op": "eq",
            "value": "confirmed"
          },
          "by": [
            "commandRoom",
            "reporter"
          ]
        },
        {
          "from": "FedBack",
          "trigger": "RecordFeedback",
          "to": "Disputed",
          "guard": {
            "field": "feedback",
            "op": "eq",
            "value": "disputed"
          },
          "effects": [
            "case.reopened"
          ],
          "by": [
            "commandRoom",
            "reporter"
          ]
        }
      ]
    },
    {
      "id": "assess",
      "name": "督查考核",
      "initial": "AwaitingRating",
      "states": [
        {
          "id": "AwaitingRating",
          "name": "待评价"
        },
        {
          "id": "Closed",
          "name": "已办结归档",
          "final": true
        }
      ],
      "triggers": [
        "Rate",
        "RecordCallback",
        "FlagCallbackOverdue"
      ],
      "transitions": [
        {
          "from": "AwaitingRating",
          "trigger": "Rate",
          "to": "Closed",
          "effects": [
            "case.closed"
          ],
          "by": [
            "commandRoom",
            "reporter"
          ]
        },
        {
          "from": "Closed",
          "trigger": "RecordCallback",
          "to": "Closed",
          "effects": [
            "callback.recorded"
          ],
          "by": [
            "commandRoom"
          ]
        },
        {
          "from": "Closed",
          "trigger": "FlagCallbackOverdue",
          "to": "Closed",
          "guard": {
            "all": [
              {
                "field": "calledBack",
                "op": "eq",
                "value": false
              },
              {
                "field": "callbackOverdue",
                "op": "eq",
                "value": false
              }
            ]
          },
          "effects": [
            "callback.overdue"
          ],
          "by": [
            "system"
          ]
        }
      ]
    }
  ]
}', 'wuxi-township', '2025-03-17T10:00:00.0000000+08:00', 'admin-api', 'admin-wang');


--
-- Data for Name: disclosures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T09:01:00.0000000+08:00', 1, '{"clientKey":"fixture-township-loop","category":"neighbour-dispute","title":"fixture: fixture-township-loop","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:hVmVAeBAbHqBUYlq_foWiLjTp-mREkHSIbCjnJN0uwrFsI9xieqXNr3oBqanZeTb7Z0Wxk0","phone":"pd:v1:reporter.phone:hVmVAeBAbHqBUYlq_foWiGaAg4FQ8-S5jFcwgATz5GLn7UwdSNZJKjbDHKX16euc0a645zUk9w"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '4109eab6b18ba039a60b6180236fd7ded4b6c271cb689f95367a4acf3fdafd97', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T09:02:00.0000000+08:00', 1, '{}', '[]', '4109eab6b18ba039a60b6180236fd7ded4b6c271cb689f95367a4acf3fdafd97', '72edb86aab5016f25deee6ae6f776f4cc8d164c2645f3609665b82e81130db2b', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T09:03:00.0000000+08:00', 1, '{}', '[]', '72edb86aab5016f25deee6ae6f776f4cc8d164c2645f3609665b82e81130db2b', '83ac0372036572279e9b54ddfe88fb50d4c4730072210e9a2a09fffb938b884d', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:04:00.0000000+08:00', 1, '{"platform":"governance"}', '["notify.platform"]', '83ac0372036572279e9b54ddfe88fb50d4c4730072210e9a2a09fffb938b884d', '1f12d1ccddff5f5290a9b9cf10047d1df47b383f579145bacde28e8db746402b', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 5, 'Return', 'dispatch.AssignedToPlatform', 'dispatch.Returned', 'dispatch.Returned', NULL, 'deputy-secretary', 'leader', '2025-03-03T09:05:00.0000000+08:00', 1, '{"reason":"\u4E0D\u5C5E\u672C\u5E73\u53F0\u804C\u8D23\uFF0C\u8BF7\u91CD\u65B0\u5206\u6D41"}', '["case.returned"]', '1f12d1ccddff5f5290a9b9cf10047d1df47b383f579145bacde28e8db746402b', '4e19739c55ab174ec1dcb05a71e7f6a7f1fcd353323d9f8e0154dd206f236287', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 6, 'Dispatch', 'dispatch.Returned', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:06:00.0000000+08:00', 1, '{"platform":"governance"}', '["notify.platform"]', '4e19739c55ab174ec1dcb05a71e7f6a7f1fcd353323d9f8e0154dd206f236287', '1fc0c15b8872fc0fec2a6430a49c45e07a2a09c8fea2eabcce51e9a30c065c9d', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 7, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'deputy-secretary', 'leader', '2025-03-03T09:07:00.0000000+08:00', 1, '{"leadOffice":"mediation-committee","coHandlers":[],"deadline":"2025-03-03T15:07:00+08:00"}', '["notify.office"]', '1fc0c15b8872fc0fec2a6430a49c45e07a2a09c8fea2eabcce51e9a30c065c9d', 'a95d34556e386f0f1a38d9d4748ee96c90d78c6ce17924a33e9592dcb840d4ce', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 8, 'Return', 'dispatch.AssignedToOffice', 'dispatch.Returned', 'dispatch.Returned', NULL, 'mediation-committee', 'office', '2025-03-03T09:08:00.0000000+08:00', 1, '{"reason":"\u9700\u516C\u5B89\u5148\u884C\u5904\u7F6E"}', '["case.returned"]', 'a95d34556e386f0f1a38d9d4748ee96c90d78c6ce17924a33e9592dcb840d4ce', '9cd65ee07e75abb4504d50bb89562af99f79ac5ff3b81489281e3caa57c9dd7b', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 9, 'Dispatch', 'dispatch.Returned', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:09:00.0000000+08:00', 1, '{"platform":"governance"}', '["notify.platform"]', '9cd65ee07e75abb4504d50bb89562af99f79ac5ff3b81489281e3caa57c9dd7b', '9f9ba8370374f29cdc66e428f7f0c36e72b7f2e9d1f576c3fc5f18c06e549ffc', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 10, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'deputy-secretary', 'leader', '2025-03-03T09:10:00.0000000+08:00', 1, '{"leadOffice":"mediation-committee","coHandlers":[],"deadline":"2025-03-03T15:10:00+08:00"}', '["notify.office"]', '9f9ba8370374f29cdc66e428f7f0c36e72b7f2e9d1f576c3fc5f18c06e549ffc', '10685cc0e3f9a588aa583cfc520e36f1e55707fe35933cdcb19bd6fe8d9bfc6d', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 11, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'mediation-committee', 'office', '2025-03-03T09:11:00.0000000+08:00', 1, '{"deadline":"2025-03-17T17:30:00+08:00"}', '["clock.start"]', '10685cc0e3f9a588aa583cfc520e36f1e55707fe35933cdcb19bd6fe8d9bfc6d', '7f85993d3492994e67092cceaf448cf644864c85eeca8ce3ca8ee3e5b0e5ad85', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 12, 'ReportProgress', 'handle.Accepted', 'handle.InProgress', 'handle.InProgress', 'OnTrack', 'mediation-committee', 'office', '2025-03-03T09:12:00.0000000+08:00', 1, '{"note":"\u5DF2\u7EA6\u53CC\u65B9\u8C03\u89E3"}', '[]', '7f85993d3492994e67092cceaf448cf644864c85eeca8ce3ca8ee3e5b0e5ad85', 'a2619389c0ea57f6479774e3b4308ccdf755a35d11786e0f3885478733f86d61', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 13, 'Complete', 'handle.InProgress', 'handle.Completed', 'feedback.ResultReported', NULL, 'mediation-committee', 'office', '2025-03-03T09:13:00.0000000+08:00', 1, '{"result":"\u5DF2\u529E\u7ED3"}', '["notify.commandRoom"]', 'a2619389c0ea57f6479774e3b4308ccdf755a35d11786e0f3885478733f86d61', '3293b2f20948fbb40eff516c6b4eb0fb61b32662d5491e623952751e59132502', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 14, 'FeedBack', 'feedback.ResultReported', 'feedback.FedBack', 'feedback.FedBack', NULL, 'command-room', 'commandRoom', '2025-03-03T09:14:00.0000000+08:00', 1, '{"note":"\u5DF2\u529E\u7ED3\uFF0C\u8BF7\u786E\u8BA4"}', '["notify.reporter"]', '3293b2f20948fbb40eff516c6b4eb0fb61b32662d5491e623952751e59132502', 'ba6dbca515bea807b92d71d80273f2ac45b6fe9797afaecff0ea88adb3f2be53', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 15, 'RecordFeedback', 'feedback.FedBack', 'feedback.Confirmed', 'assess.AwaitingRating', NULL, 'reporter', 'reporter', '2025-03-03T09:15:00.0000000+08:00', 1, '{"feedback":"confirmed"}', '[]', 'ba6dbca515bea807b92d71d80273f2ac45b6fe9797afaecff0ea88adb3f2be53', '0a074bae570c5bc68ab9241c25412ab6ab53a743fa5cb3ab7b84d1108f81a466', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 16, 'Rate', 'assess.AwaitingRating', 'assess.Closed', 'assess.Closed', NULL, 'reporter', 'reporter', '2025-03-03T09:16:00.0000000+08:00', 1, '{"rating":"satisfied"}', '["case.closed"]', '0a074bae570c5bc68ab9241c25412ab6ab53a743fa5cb3ab7b84d1108f81a466', '674110e2c8a6ca49378ca335d786ad85127ef6f54384b28743bdfae4c40a6865', '');
INSERT INTO public.events VALUES ('01955985-40e0-7a6c-8151-896afdfa1688', 17, 'RecordCallback', 'assess.Closed', 'assess.Closed', 'assess.Closed', NULL, 'command-room', 'commandRoom', '2025-03-04T10:01:00.0000000+08:00', 1, '{"rating":"satisfied","calledAt":"2025-03-04T10:00:00+08:00","reached":true}', '["callback.recorded"]', '674110e2c8a6ca49378ca335d786ad85127ef6f54384b28743bdfae4c40a6865', '20abfaed97f10acbc2bc7e1a82d6e93281ece7b35c706c681847295a5ad700c5', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T09:17:00.0000000+08:00', 1, '{"clientKey":"fixture-returned-then-sent-back","category":"fire-hazard","title":"fixture: fixture-returned-then-sent-back","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:k1mVAeDmvnG55JD9DVYtLnIPoP4Ij1HYDVgZIy4E5KboZJfNebMuovJUwgxnh0sGk9SkZUY","phone":"pd:v1:reporter.phone:k1mVAeDmvnG55JD9DVYtLtZtNhVAIeZy0VmZhx0uOlKJa1I7d8nYo0KmKVeHATraAJScZTUNMg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', 'ffa10779024c0ba2e7dba1cc89f9ab2cb27e5373f41924d0a343b394941c6a78', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T09:18:00.0000000+08:00', 1, '{}', '[]', 'ffa10779024c0ba2e7dba1cc89f9ab2cb27e5373f41924d0a343b394941c6a78', '57b032014959dd27e35e76297249a1fb29bfbd43924f383d27d5d17fbe252166', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T09:19:00.0000000+08:00', 1, '{}', '[]', '57b032014959dd27e35e76297249a1fb29bfbd43924f383d27d5d17fbe252166', '307ce463a334e9bacf7e11af28e16dd80dbed07b871b076d0b4d1535bc62c907', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:20:00.0000000+08:00', 1, '{"platform":"governance"}', '["notify.platform"]', '307ce463a334e9bacf7e11af28e16dd80dbed07b871b076d0b4d1535bc62c907', '0001b21ae4b32ecc20c76abb451cbad4b44252c063a8896f2d28ab65f1f66db5', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'deputy-secretary', 'leader', '2025-03-03T09:21:00.0000000+08:00', 1, '{"leadOffice":"fire-command","coHandlers":[],"deadline":"2025-03-03T15:21:00+08:00"}', '["notify.office"]', '0001b21ae4b32ecc20c76abb451cbad4b44252c063a8896f2d28ab65f1f66db5', '8866dd0bac7730fdc6d01915abb8964356ad496e7ada5308065e18ec00c544ea', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 6, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'fire-command', 'office', '2025-03-03T09:22:00.0000000+08:00', 1, '{"deadline":"2025-03-05T17:30:00+08:00"}', '["clock.start"]', '8866dd0bac7730fdc6d01915abb8964356ad496e7ada5308065e18ec00c544ea', '6ffce2af9d9a8440892752db73f73930a9a7d70b7b912a990b06e4bb11c328a8', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 7, 'Return', 'handle.Accepted', 'handle.Returned', 'dispatch.Returned', NULL, 'fire-command', 'office', '2025-03-03T09:23:00.0000000+08:00', 1, '{"reason":"\u5C5E\u53BF\u7EA7\u6D88\u9632\u804C\u8D23"}', '["case.returned"]', '6ffce2af9d9a8440892752db73f73930a9a7d70b7b912a990b06e4bb11c328a8', 'a3824c43946757588c0ca4a4a92a4baaa4a18304e2c808ee74aa98a6eec1dfed', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 8, 'EscalateToCounty', 'dispatch.Returned', 'dispatch.EscalatedToCounty', 'dispatch.EscalatedToCounty', NULL, 'command-room', 'commandRoom', '2025-03-03T09:24:00.0000000+08:00', 1, '{"reason":"\u53BF\u6D88\u9632\u6551\u63F4\u5927\u961F\u7BA1\u8F96"}', '["county.escalate"]', 'a3824c43946757588c0ca4a4a92a4baaa4a18304e2c808ee74aa98a6eec1dfed', '2f288a2fe0b649b0c668c60d8f1126b7ebf4d8a7b194fbfe17dd5c7588cb9367', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 9, 'CountyAccept', 'dispatch.EscalatedToCounty', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'county-12345', 'county', '2025-03-03T09:25:00.0000000+08:00', 1, '{"countyCaseNumber":"YH12345-20250303-0101","deadline":"2025-03-14T17:30:00+08:00"}', '[]', '2f288a2fe0b649b0c668c60d8f1126b7ebf4d8a7b194fbfe17dd5c7588cb9367', 'b08ca61be4d14fbbe055c99515fa090a0f7ac8174bcee45fd9e9d69790e8cc34', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 10, 'CountySendBack', 'dispatch.CountyAccepted', 'dispatch.AwaitingDispatch', 'dispatch.AwaitingDispatch', NULL, 'county-12345', 'county', '2025-03-03T09:26:00.0000000+08:00', 1, '{"reason":"\u5C5E\u4E61\u9547\u5C5E\u5730\u7BA1\u7406\u4E8B\u9879"}', '["case.returned"]', 'b08ca61be4d14fbbe055c99515fa090a0f7ac8174bcee45fd9e9d69790e8cc34', 'b7d29d976dba69861d2248f2d47b160538e84e3750455310ff16e933c7a9976c', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 11, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:27:00.0000000+08:00', 1, '{"platform":"governance"}', '["notify.platform"]', 'b7d29d976dba69861d2248f2d47b160538e84e3750455310ff16e933c7a9976c', '4d84309f1e681792d277455a136e408f6c9407ea2843d4adf4b5ffa16c5a3df9', '');
INSERT INTO public.events VALUES ('01955993-e6e0-71be-b9e4-90fd0d562d2e', 12, 'Migrate', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"dispatch.AssignedToPlatform":"dispatch.AssignedToPlatform"}}', '[]', '4d84309f1e681792d277455a136e408f6c9407ea2843d4adf4b5ffa16c5a3df9', '8e52ac4b16fbc88e3d73c0be4967d03308351534908990d8bff6421d9bdf59c5', 'admin-wang');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T09:28:00.0000000+08:00', 1, '{"clientKey":"fixture-extension-granted","category":"sanitation","title":"fixture: fixture-extension-granted","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:nVmVAQD5s3ei48aX9h339cfjan6eE1F8SKBmgKWMeJqBCdNkBKqs6Tgy69OqLGapm_rumQ0","phone":"pd:v1:reporter.phone:nVmVAQD5s3ei48aX9h339Re-aM3NJ838lFTSKattrAanPp2-kHwZ23MZdGWYEsGTE9C2UdVy-A"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', 'c2ce558b2c992cc5b8785bb3c59c1bb03a06d758f6b8fe203166042c22088eab', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T09:29:00.0000000+08:00', 1, '{}', '[]', 'c2ce558b2c992cc5b8785bb3c59c1bb03a06d758f6b8fe203166042c22088eab', '6f655171f8e7ef30e3c3628c2d35a79b712e4b0e0ad747b9880d1021fe5942ff', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T09:30:00.0000000+08:00', 1, '{}', '[]', '6f655171f8e7ef30e3c3628c2d35a79b712e4b0e0ad747b9880d1021fe5942ff', 'b8615dd2ed157fa6445e6ec04bdcd7fd5e23a4e84982abad890a9f6c476594c6', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:31:00.0000000+08:00', 1, '{"platform":"enforcement"}', '["notify.platform"]', 'b8615dd2ed157fa6445e6ec04bdcd7fd5e23a4e84982abad890a9f6c476594c6', 'd48834e7b0f11bec29e23b013ebc0ea86f61af3fad580c16d03b1802a94cbc72', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'armed-forces-head', 'leader', '2025-03-03T09:32:00.0000000+08:00', 1, '{"leadOffice":"sanitation-office","coHandlers":[],"deadline":"2025-03-03T15:32:00+08:00"}', '["notify.office"]', 'd48834e7b0f11bec29e23b013ebc0ea86f61af3fad580c16d03b1802a94cbc72', 'b1ccf7bf4b71eccf718a1e3f862f5b86411a35bae0934f8cf038f43a43507720', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 6, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'sanitation-office', 'office', '2025-03-03T09:33:00.0000000+08:00', 1, '{"deadline":"2025-03-06T17:30:00+08:00"}', '["clock.start"]', 'b1ccf7bf4b71eccf718a1e3f862f5b86411a35bae0934f8cf038f43a43507720', '6e358a286ecc285f37003f3ce4797babf03adf96cca32faf03de3a73b1fbb763', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 7, 'ReportProgress', 'handle.Accepted', 'handle.InProgress', 'handle.InProgress', 'OnTrack', 'sanitation-office', 'office', '2025-03-03T09:34:00.0000000+08:00', 1, '{"note":"\u5DF2\u6E05\u7406\u4E00\u534A"}', '[]', '6e358a286ecc285f37003f3ce4797babf03adf96cca32faf03de3a73b1fbb763', '2cd28e893b80f44f03d4dc870d2cf828122ba582b76c72af6f9e421340e22bc5', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 8, 'RequestExtension', 'handle.InProgress', 'handle.ExtensionRequested', 'handle.ExtensionRequested', 'OnTrack', 'sanitation-office', 'office', '2025-03-03T09:35:00.0000000+08:00', 1, '{"reason":"\u9700\u534F\u8C03\u6E05\u8FD0\u8F66\u8F86","workingDays":3}', '["extension.requested"]', '2cd28e893b80f44f03d4dc870d2cf828122ba582b76c72af6f9e421340e22bc5', 'e91d63dbd9e9fcb358d20d8afe39cf27de2cde31b05e4b5c302ffa2efea2f4e5', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 9, 'DecideExtension', 'handle.ExtensionRequested', 'handle.Extended', 'handle.Extended', 'OnTrack', 'armed-forces-head', 'leader', '2025-03-03T09:36:00.0000000+08:00', 1, '{"approved":true,"workingDays":3,"deadline":"2025-03-11T17:30:00+08:00"}', '["extension.decided"]', 'e91d63dbd9e9fcb358d20d8afe39cf27de2cde31b05e4b5c302ffa2efea2f4e5', '5d0dac71bd7483268b6b6ff85e4c43603341472546fb883bbede9522ccb21975', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 10, 'ReportProgress', 'handle.Extended', 'handle.InProgress', 'handle.InProgress', 'OnTrack', 'sanitation-office', 'office', '2025-03-06T11:01:00.0000000+08:00', 1, '{"note":"\u8F66\u8F86\u5DF2\u5230\u4F4D"}', '[]', '5d0dac71bd7483268b6b6ff85e4c43603341472546fb883bbede9522ccb21975', '0b9231249adf41a08d6ed83e9fee377aa21f0d0d367bac89982dc71a3db7ba45', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 11, 'Complete', 'handle.InProgress', 'handle.Completed', 'feedback.ResultReported', NULL, 'sanitation-office', 'office', '2025-03-10T09:05:00.0000000+08:00', 1, '{"result":"\u5783\u573E\u5DF2\u5168\u90E8\u6E05\u8FD0"}', '["notify.commandRoom"]', '0b9231249adf41a08d6ed83e9fee377aa21f0d0d367bac89982dc71a3db7ba45', '9e6409d889f3bcd1a4bde10d05bc0943acfd4125557799ecffb93131e886ed27', '');
INSERT INTO public.events VALUES ('0195599d-f900-77b3-a2e3-c697f61df7f5', 12, 'Migrate', 'feedback.ResultReported', 'feedback.ResultReported', 'feedback.ResultReported', NULL, 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"feedback.ResultReported":"feedback.ResultReported"}}', '[]', '9e6409d889f3bcd1a4bde10d05bc0943acfd4125557799ecffb93131e886ed27', '310e8423b71632ffc77a6e8060db55b465106eaf86ff1af66fb9e6b4d6e45e1d', 'admin-wang');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T09:37:00.0000000+08:00', 1, '{"clientKey":"fixture-extension-refused","category":"sanitation","title":"fixture: fixture-extension-refused","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:plmVAWA2z3KKNKf0aoXJ-JcJiag0bCL_ln6_u1C-RP6mTGWXcsfEnW4mkXO1H8TeZFqTJh0","phone":"pd:v1:reporter.phone:plmVAWA2z3KKNKf0aoXJ-BawJsDHPspkOOABfkb4CFxlsgyTvBSHckSpYal7xpCqJn25Ghp2Mw"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '44e9eed79419881862d90b668719133b9fae3b8828fcf8e840f2234ce505b4fc', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T09:38:00.0000000+08:00', 1, '{}', '[]', '44e9eed79419881862d90b668719133b9fae3b8828fcf8e840f2234ce505b4fc', 'e017192e9b19b5122aedd6141b62b0fbd9c7e8a318ac19ddfca60ba0c09473c2', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T09:39:00.0000000+08:00', 1, '{}', '[]', 'e017192e9b19b5122aedd6141b62b0fbd9c7e8a318ac19ddfca60ba0c09473c2', '80eea01593a28e45886108f2eec26f7f0a0c177014c6f6f2c6531cb9be83f072', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:40:00.0000000+08:00', 1, '{"platform":"enforcement"}', '["notify.platform"]', '80eea01593a28e45886108f2eec26f7f0a0c177014c6f6f2c6531cb9be83f072', '511d398268a51f1e47701e0b2622183feb49127e16788bf1d6116d589998fd9e', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'armed-forces-head', 'leader', '2025-03-03T09:41:00.0000000+08:00', 1, '{"leadOffice":"sanitation-office","coHandlers":[],"deadline":"2025-03-03T15:41:00+08:00"}', '["notify.office"]', '511d398268a51f1e47701e0b2622183feb49127e16788bf1d6116d589998fd9e', 'fdda135e4fcf1f160505ac9e113a3160fd8b72912478b4ece7d9d80143741e07', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 6, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'sanitation-office', 'office', '2025-03-03T09:42:00.0000000+08:00', 1, '{"deadline":"2025-03-06T17:30:00+08:00"}', '["clock.start"]', 'fdda135e4fcf1f160505ac9e113a3160fd8b72912478b4ece7d9d80143741e07', '30590bd6428c4fb6789a395aa27bd335005d9756f07c84648d9b2d98c24f7b03', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 7, 'ReportProgress', 'handle.Accepted', 'handle.InProgress', 'handle.InProgress', 'OnTrack', 'sanitation-office', 'office', '2025-03-03T09:43:00.0000000+08:00', 1, '{"note":"\u4EBA\u624B\u4E0D\u8DB3"}', '[]', '30590bd6428c4fb6789a395aa27bd335005d9756f07c84648d9b2d98c24f7b03', '849ed62bf7f0bc7370d776f50e01182f123ce0a364dfe3743cb69fdfad877cb5', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 8, 'RequestExtension', 'handle.InProgress', 'handle.ExtensionRequested', 'handle.ExtensionRequested', 'OnTrack', 'sanitation-office', 'office', '2025-03-03T09:44:00.0000000+08:00', 1, '{"reason":"\u4EBA\u624B\u4E0D\u8DB3","workingDays":2}', '["extension.requested"]', '849ed62bf7f0bc7370d776f50e01182f123ce0a364dfe3743cb69fdfad877cb5', 'ed3c9274f191a8ea4c8f30cea26605fcda6f2c25c0e9fb028dbac5c8bd0eac65', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 9, 'DecideExtension', 'handle.ExtensionRequested', 'handle.InProgress', 'handle.InProgress', 'OnTrack', 'armed-forces-head', 'leader', '2025-03-03T09:45:00.0000000+08:00', 1, '{"reason":"\u672C\u5468\u5185\u52A1\u5FC5\u5B8C\u6210","approved":false,"workingDays":2}', '["extension.decided"]', 'ed3c9274f191a8ea4c8f30cea26605fcda6f2c25c0e9fb028dbac5c8bd0eac65', 'dbc56f942809b7b2a4ec42e9b398ee46a9339070130e3d33b0590c19174445b6', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 10, 'Complete', 'handle.InProgress', 'handle.Completed', 'feedback.ResultReported', NULL, 'sanitation-office', 'office', '2025-03-03T09:46:00.0000000+08:00', 1, '{"result":"\u5783\u573E\u5DF2\u6E05\u8FD0"}', '["notify.commandRoom"]', 'dbc56f942809b7b2a4ec42e9b398ee46a9339070130e3d33b0590c19174445b6', '22c9c3952dd138904d71cfe0c02b31934c6603a36824e01f7857c0de68c5f9b0', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 11, 'FeedBack', 'feedback.ResultReported', 'feedback.FedBack', 'feedback.FedBack', NULL, 'command-room', 'commandRoom', '2025-03-03T09:47:00.0000000+08:00', 1, '{"note":"\u5783\u573E\u5DF2\u6E05\u8FD0\uFF0C\u8BF7\u786E\u8BA4"}', '["notify.reporter"]', '22c9c3952dd138904d71cfe0c02b31934c6603a36824e01f7857c0de68c5f9b0', 'd3382376aa86c357a17b58ed6faf86a527ec15b5b40c69fe370bbec88877838d', '');
INSERT INTO public.events VALUES ('019559a6-3660-72cf-8a34-a7f46a85c9f8', 12, 'Migrate', 'feedback.FedBack', 'feedback.FedBack', 'feedback.FedBack', NULL, 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"feedback.FedBack":"feedback.FedBack"}}', '[]', 'd3382376aa86c357a17b58ed6faf86a527ec15b5b40c69fe370bbec88877838d', 'bf8d0c684b98468d50b62aa947c0b310070b5bfc578f77893bbc7321d8babddc', 'admin-wang');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T09:48:00.0000000+08:00', 1, '{"clientKey":"fixture-joint-handling","category":"water-pollution","title":"fixture: fixture-joint-handling","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:sFmVAYBIVHOyZCHVBXWvoLGjTJBpnCvkbg8JuEUP6xdYfnjie6gH3PhyG14uSU7u2RjKorA","phone":"pd:v1:reporter.phone:sFmVAYBIVHOyZCHVBXWvoDIzgk28y1LmlKLRZTd-GenT_nd3nRpbIJebT9namsHApl8NQKgGgg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', 'bbfb52bfd7d86bd74f3252edbc653427bab42dcec23707b4d7963d6b9aff1fe5', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T09:49:00.0000000+08:00', 1, '{}', '[]', 'bbfb52bfd7d86bd74f3252edbc653427bab42dcec23707b4d7963d6b9aff1fe5', '7df1cc34087d6b8a4df09edbff58f8f3fc3cd5b1f374dc8083948a003964fd1e', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T09:50:00.0000000+08:00', 1, '{}', '[]', '7df1cc34087d6b8a4df09edbff58f8f3fc3cd5b1f374dc8083948a003964fd1e', '153d333ad6b784a4148af5df6dd0f5d4c20ad52943711e5f054755f3511f8ec7', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:51:00.0000000+08:00', 1, '{"platform":"enforcement"}', '["notify.platform"]', '153d333ad6b784a4148af5df6dd0f5d4c20ad52943711e5f054755f3511f8ec7', '942bf0517883e3a592fa45a7478653fdacf8aeb0e6a8d5c4f21959fa8acf871e', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.JointHandling', 'dispatch.JointHandling', NULL, 'armed-forces-head', 'leader', '2025-03-03T09:52:00.0000000+08:00', 1, '{"leadOffice":"five-waters-office","coHandlers":["environment-station","sanitation-office"],"deadline":"2025-03-03T15:52:00+08:00"}', '["notify.office","joint.start"]', '942bf0517883e3a592fa45a7478653fdacf8aeb0e6a8d5c4f21959fa8acf871e', 'bbf083e8b72811894964ac1dd51753bd254fd2efcc2411031a498a6fef9f9fbf', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 6, 'SignFor', 'dispatch.JointHandling', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'five-waters-office', 'office', '2025-03-03T15:01:00.0000000+08:00', 1, '{"deadline":"2025-03-10T17:30:00+08:00"}', '["clock.start"]', 'bbf083e8b72811894964ac1dd51753bd254fd2efcc2411031a498a6fef9f9fbf', 'ac740fbd7349c3cf21fe6d97e5a77fd9b5482abb8c6b0a87b84880f12e7c790a', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 7, 'ReportCoHandling', 'handle.Accepted', 'handle.Accepted', 'handle.Accepted', 'OnTrack', 'environment-station', 'office', '2025-03-03T15:02:00.0000000+08:00', 1, '{"office":"environment-station","note":"\u6C34\u8D28\u5DF2\u91C7\u6837"}', '[]', 'ac740fbd7349c3cf21fe6d97e5a77fd9b5482abb8c6b0a87b84880f12e7c790a', '66d5183fe9342d946b02bbc2e3e34fb4a426753bf7ec8905fabee11e9bf0a853', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 8, 'ReportCoHandling', 'handle.Accepted', 'handle.Accepted', 'handle.Accepted', 'OnTrack', 'sanitation-office', 'office', '2025-03-03T15:03:00.0000000+08:00', 1, '{"office":"sanitation-office","note":"\u6CB3\u9053\u5783\u573E\u5DF2\u6E05"}', '[]', '66d5183fe9342d946b02bbc2e3e34fb4a426753bf7ec8905fabee11e9bf0a853', 'd545e14f2f0441bc6c2a459f97145f1721c4d95d60a901a552820b8dc60ff22f', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 9, 'Complete', 'handle.Accepted', 'handle.Completed', 'feedback.ResultReported', NULL, 'five-waters-office', 'office', '2025-03-04T10:02:00.0000000+08:00', 1, '{"result":"\u6392\u6C61\u53E3\u5DF2\u5C01\u5835"}', '["notify.commandRoom"]', 'd545e14f2f0441bc6c2a459f97145f1721c4d95d60a901a552820b8dc60ff22f', '4535cbec068184b0150cb2d87a6d3cd4545361913974181a4b9b4ceb2ca980ca', '');
INSERT INTO public.events VALUES ('019559b0-4880-7354-b264-21d50575afa0', 10, 'Migrate', 'feedback.ResultReported', 'feedback.ResultReported', 'feedback.ResultReported', NULL, 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"feedback.ResultReported":"feedback.ResultReported"}}', '[]', '4535cbec068184b0150cb2d87a6d3cd4545361913974181a4b9b4ceb2ca980ca', '0233bd21ccc4257a6042e84245a6434dbe17b627cad1848f83d350af12e0f3df', 'admin-wang');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T09:53:00.0000000+08:00', 1, '{"clientKey":"fixture-ladder","category":"work-safety-hazard","title":"fixture: fixture-ladder","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:tFmVAWDcdnipvaFAOu7kJpK_pO74H7xMjK0xjkjWRhXbzOikzqXmrdJGyEwA5sqHwpXMqqg","phone":"pd:v1:reporter.phone:tFmVAWDcdnipvaFAOu7kJp6S6PTWFtwMX5cw8JoOJlCVcwppDKPEHfRiqmxeRZkcp3_CEyt6lA"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '6eeeb44e5e83affc7595be7ec90bc164e25688c42c31459ca7389e6e7077912d', '');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T09:54:00.0000000+08:00', 1, '{}', '[]', '6eeeb44e5e83affc7595be7ec90bc164e25688c42c31459ca7389e6e7077912d', 'a4fd214778c6eca352e04b67c8debab01f9d2e8fa6a279661438b37caf91ec4a', '');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T09:55:00.0000000+08:00', 1, '{}', '[]', 'a4fd214778c6eca352e04b67c8debab01f9d2e8fa6a279661438b37caf91ec4a', 'f6588378aa499963f4e7b2206d63aedcc2bff7513ec79713f18e2da167466281', '');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T09:56:00.0000000+08:00', 1, '{"platform":"enforcement"}', '["notify.platform"]', 'f6588378aa499963f4e7b2206d63aedcc2bff7513ec79713f18e2da167466281', '5d52bc4562c40c5fdfb1966174341d7fbf1e3f9c3a5150ca42ded37a4b7001ce', '');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'armed-forces-head', 'leader', '2025-03-03T09:57:00.0000000+08:00', 1, '{"leadOffice":"work-safety-office","coHandlers":[],"deadline":"2025-03-03T15:57:00+08:00"}', '["notify.office"]', '5d52bc4562c40c5fdfb1966174341d7fbf1e3f9c3a5150ca42ded37a4b7001ce', 'fd22df126c847d99aaf66a546e30e21b7b5d102583c3fc98198b7f5684da50f1', '');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 6, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'work-safety-office', 'office', '2025-03-03T09:58:00.0000000+08:00', 1, '{"deadline":"2025-03-06T17:30:00+08:00"}', '["clock.start"]', 'fd22df126c847d99aaf66a546e30e21b7b5d102583c3fc98198b7f5684da50f1', '04aa32d654730fbb2a0dbae216cf5dbfb49d89389611296f8d4c3094151fa80e', '');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 7, 'Urge', 'handle.Accepted', 'supervise.OnTrack', 'handle.Accepted', 'OnTrack', 'command-room', 'commandRoom', '2025-03-03T09:59:00.0000000+08:00', 1, '{"note":"\u8BF7\u5C3D\u5FEB\u6392\u67E5\u9690\u60A3"}', '["supervision.urge"]', '04aa32d654730fbb2a0dbae216cf5dbfb49d89389611296f8d4c3094151fa80e', '3e695d863715ea105d7d178b22a1cf0b9d33c8ed6fa41674a4b452096bb8988a', '');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 8, 'Warn', 'handle.Accepted', 'supervise.Warned', 'handle.Accepted', 'Warned', 'system', 'system', '2025-03-06T11:00:00.0000000+08:00', 1, '{"timer":"warn","dueAt":"2025-03-06T02:11:36+00:00"}', '["supervision.warn"]', '3e695d863715ea105d7d178b22a1cf0b9d33c8ed6fa41674a4b452096bb8988a', '8a55ab1910d4fea109e3ea329f1289ba14ff03ba936a7a57b8a88ca5fbb0b03b', 'system');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 9, 'Urge', 'handle.Accepted', 'supervise.Warned', 'handle.Accepted', 'Warned', 'system', 'system', '2025-03-07T18:00:00.0000000+08:00', 1, '{"timer":"urge","dueAt":"2025-03-06T08:11:36+00:00"}', '["supervision.urge"]', '8a55ab1910d4fea109e3ea329f1289ba14ff03ba936a7a57b8a88ca5fbb0b03b', '3b3ae2b9680c7e02a852921ebe0902962ef5c31b25ef6d32c5dc9e52c58f5c05', 'system');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 10, 'MarkOverdue', 'handle.Accepted', 'supervise.Overdue', 'handle.Accepted', 'Overdue', 'system', 'system', '2025-03-07T18:00:00.0000000+08:00', 1, '{"timer":"overdue","dueAt":"2025-03-06T09:30:00+00:00"}', '["supervision.overdue"]', '3b3ae2b9680c7e02a852921ebe0902962ef5c31b25ef6d32c5dc9e52c58f5c05', '0ad602aa6d5d30f43c772dd71704d36246f472179ddf455700df7dd88126ca38', 'system');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 11, 'Escalate', 'handle.Accepted', 'supervise.EscalatedToCoordinator', 'handle.Accepted', 'EscalatedToCoordinator', 'system', 'system', '2025-03-07T18:00:00.0000000+08:00', 1, '{"timer":"escalate","dueAt":"2025-03-07T09:30:00+00:00"}', '["supervision.escalate"]', '0ad602aa6d5d30f43c772dd71704d36246f472179ddf455700df7dd88126ca38', '212e24cf8c546a934b03b316e3b77ee0bb87a7e4acec56fa7ac640dd3578cf61', 'system');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 12, 'Escalate', 'handle.Accepted', 'supervise.EscalatedToDeputySecretary', 'handle.Accepted', 'EscalatedToDeputySecretary', 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"escalate","dueAt":"2025-03-11T09:30:00+00:00"}', '["supervision.escalate"]', '212e24cf8c546a934b03b316e3b77ee0bb87a7e4acec56fa7ac640dd3578cf61', 'f2710710cd9aa82b98650ba17e66478b047817283c441a8dbd7ab9ad3e1fc48f', 'system');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 13, 'Escalate', 'handle.Accepted', 'supervise.EscalatedToMainLeader', 'handle.Accepted', 'EscalatedToMainLeader', 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"escalate","dueAt":"2025-03-14T09:30:00+00:00"}', '["supervision.escalate"]', 'f2710710cd9aa82b98650ba17e66478b047817283c441a8dbd7ab9ad3e1fc48f', '85baac870a61f124722f3aec326175b2ddf0fd16fb5860cd128e1820d36d13d8', 'system');
INSERT INTO public.events VALUES ('019559b4-dc60-7876-a9bd-a1403aeee426', 14, 'Migrate', 'handle.Accepted', 'handle.Accepted', 'handle.Accepted', 'EscalatedToMainLeader', 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"handle.Accepted":"handle.Accepted","supervise.EscalatedToMainLeader":"supervise.EscalatedToMainLeader"}}', '[]', '85baac870a61f124722f3aec326175b2ddf0fd16fb5860cd128e1820d36d13d8', 'c5681721924081dff3e1ceab9e534eba3de1548f3299c730b45717201bb6e167', 'admin-wang');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:00:00.0000000+08:00', 1, '{"clientKey":"fixture-never-signed-for","category":"roadside-clutter","title":"fixture: fixture-never-signed-for","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"urgent","reporter":{"name":"pd:v1:reporter.name:u1mVAQBFDnGuZNV0Vr2J6zx-d3Jd9mw8SaoSj-Mhhe-H8d1r7YyiovAZyNhiDzk7sKqUWTU","phone":"pd:v1:reporter.phone:u1mVAQBFDnGuZNV0Vr2J66zxiI5sn3bv7dqNH2SwCMRfQorcfsgPbKUIn4zd1ln1YL2E01Oq4w"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', 'a51d4caccc4a323498dee2e64e96cff1f11e759d33110e4bd4b493ddf4ce5934', '');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:01:00.0000000+08:00', 1, '{}', '[]', 'a51d4caccc4a323498dee2e64e96cff1f11e759d33110e4bd4b493ddf4ce5934', 'b9abbd262790ed3718bbe0b3c18054b97fbc119c7af9d674ca2de3daca51d917', '');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T10:02:00.0000000+08:00', 1, '{}', '[]', 'b9abbd262790ed3718bbe0b3c18054b97fbc119c7af9d674ca2de3daca51d917', 'f85a59c281d95578349d63e72154202fc167868e9aa34ff565a51cdd0eb541b3', '');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T10:03:00.0000000+08:00', 1, '{"platform":"enforcement"}', '["notify.platform"]', 'f85a59c281d95578349d63e72154202fc167868e9aa34ff565a51cdd0eb541b3', '083e4d6ac3bdd6c2d387ded0ecc1bd35718a2158bd15395292013023461014b1', '');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'armed-forces-head', 'leader', '2025-03-03T10:04:00.0000000+08:00', 1, '{"leadOffice":"six-sides-office","coHandlers":[],"deadline":"2025-03-03T11:04:00+08:00"}', '["notify.office"]', '083e4d6ac3bdd6c2d387ded0ecc1bd35718a2158bd15395292013023461014b1', '1b5923f26e41e11de1303d21babe5728509bf4137efffede8d88bc96b779709a', '');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 6, 'UrgeSignFor', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'system', 'system', '2025-03-03T15:00:00.0000000+08:00', 1, '{"timer":"signForOverdue","dueAt":"2025-03-03T03:04:00+00:00"}', '["supervision.signForOverdue"]', '1b5923f26e41e11de1303d21babe5728509bf4137efffede8d88bc96b779709a', 'd60fd453e09b2dafdc65a6b9e1c56f6f1b4eee65d52b45a4ae3e293c384133c9', 'system');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 7, 'UrgeSignFor', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'system', 'system', '2025-03-06T11:00:00.0000000+08:00', 1, '{"timer":"signForOverdue","dueAt":"2025-03-04T02:00:00+00:00"}', '["supervision.signForOverdue"]', 'd60fd453e09b2dafdc65a6b9e1c56f6f1b4eee65d52b45a4ae3e293c384133c9', '44117c895d20d0f0c0120987fe18483be5463120cd4e29d8de62c9229dac1da7', 'system');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 8, 'UrgeSignFor', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'system', 'system', '2025-03-07T18:00:00.0000000+08:00', 1, '{"timer":"signForOverdue","dueAt":"2025-03-06T09:00:00+00:00"}', '["supervision.signForOverdue"]', '44117c895d20d0f0c0120987fe18483be5463120cd4e29d8de62c9229dac1da7', '01e04a41ce6491197af07fb853c78a3a28ee258e504a0c8c52640724fdc14656', 'system');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 9, 'UrgeSignFor', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"signForOverdue","dueAt":"2025-03-10T06:30:00+00:00"}', '["supervision.signForOverdue"]', '01e04a41ce6491197af07fb853c78a3a28ee258e504a0c8c52640724fdc14656', 'f7a03cecb9582e62faa5a84df99375429dd137b367f513fa6f5f241fb2b179d6', 'system');
INSERT INTO public.events VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 10, 'Migrate', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"dispatch.AssignedToOffice":"dispatch.AssignedToOffice"}}', '[]', 'f7a03cecb9582e62faa5a84df99375429dd137b367f513fa6f5f241fb2b179d6', '908b92e67248fdfd6b389fae8d2fcfd176007e7953419567245b886f8d183539', 'admin-wang');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:05:00.0000000+08:00', 1, '{"clientKey":"fixture-county-resolved","category":"medical-insurance","title":"fixture: fixture-county-resolved","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:v1mVAeDYvn-CrY8vmXPyDl2D0x6DHiWYHFL61ZBuSrEgt53JK9hatbLYbCoe6ldvBNIQIj8","phone":"pd:v1:reporter.phone:v1mVAeDYvn-CrY8vmXPyDjYpzKnXJAGvWCtAwpUBZvZkVvQCBzmUcj0B6TKlj2XhyMSQ8nxlbg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"county"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '2afbd25f5c1fd90f6176a51e27cf856c7ef8290f853be61b9de8f489568f5247', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:06:00.0000000+08:00', 1, '{}', '[]', '2afbd25f5c1fd90f6176a51e27cf856c7ef8290f853be61b9de8f489568f5247', '3f5590a519c83310f348a7841517cd41d44be4932892397df4349bf5fdafa201', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 3, 'Triage', 'receive.Registered', 'receive.OutOfScope', 'dispatch.EscalatedToCounty', NULL, 'command-room', 'commandRoom', '2025-03-03T10:07:00.0000000+08:00', 1, '{}', '["county.escalate"]', '3f5590a519c83310f348a7841517cd41d44be4932892397df4349bf5fdafa201', '92b521a42723618292db067c254609d50039a9cba29330979971b03e8e7340dd', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 4, 'CountyAccept', 'dispatch.EscalatedToCounty', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'county-12345', 'county', '2025-03-03T10:08:00.0000000+08:00', 1, '{"countyCaseNumber":"YH12345-20250303-0007","deadline":"2025-03-07T17:30:00+08:00"}', '[]', '92b521a42723618292db067c254609d50039a9cba29330979971b03e8e7340dd', '42803c2fc5a7ed9a14b19c3da0beddc12cd3dff9fcb027c56c9f60a3598f02d0', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 5, 'CountyAssign', 'dispatch.CountyAccepted', 'dispatch.CountyAssigned', 'dispatch.CountyAssigned', NULL, 'county-12345', 'county', '2025-03-03T10:09:00.0000000+08:00', 1, '{"department":"\u53BF\u533B\u7597\u4FDD\u969C\u5C40"}', '[]', '42803c2fc5a7ed9a14b19c3da0beddc12cd3dff9fcb027c56c9f60a3598f02d0', '1ac9a54c360a5f9e4f618cb7eb26b1257b2b3d8412386ab67d9e669d7c397701', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 6, 'CountyProgress', 'dispatch.CountyAssigned', 'dispatch.CountyAssigned', 'dispatch.CountyAssigned', NULL, 'county-12345', 'county', '2025-03-03T10:10:00.0000000+08:00', 1, '{"note":"\u5DF2\u8054\u7CFB\u533B\u9662\u6838\u5B9E\u62A5\u9500\u6750\u6599"}', '[]', '1ac9a54c360a5f9e4f618cb7eb26b1257b2b3d8412386ab67d9e669d7c397701', 'fc2db111f93bd5e05350e9c7ed51ea1444e162e73ef17085a5c53c2c8013b41a', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 7, 'CountyUrge', 'dispatch.CountyAssigned', 'dispatch.CountyAssigned', 'dispatch.CountyAssigned', NULL, 'county-12345', 'county', '2025-03-03T10:11:00.0000000+08:00', 1, '{"note":"\u53BF12345\u5DF2\u7763\u4FC3\u627F\u529E\u90E8\u95E8"}', '["county.urged"]', 'fc2db111f93bd5e05350e9c7ed51ea1444e162e73ef17085a5c53c2c8013b41a', '88a2180ca405c33bbd148f2c21e1aa3a1bd7ec44c948c353940cc63cf45cb2ee', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 8, 'UrgeCounty', 'dispatch.CountyAssigned', 'dispatch.CountyAssigned', 'dispatch.CountyAssigned', NULL, 'system', 'system', '2025-03-07T18:00:00.0000000+08:00', 1, '{"timer":"countySilence","dueAt":"2025-03-07T09:30:00+00:00"}', '["county.urge","supervision.countySilence"]', '88a2180ca405c33bbd148f2c21e1aa3a1bd7ec44c948c353940cc63cf45cb2ee', '19d4261b7313d379c35d284e106520654aaceff21d04c14a0ce1daf816191bcf', 'system');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 9, 'CountyResolve', 'dispatch.CountyAssigned', 'dispatch.CountyResolved', 'feedback.ResultReported', NULL, 'county-12345', 'county', '2025-03-10T09:01:00.0000000+08:00', 1, '{"result":"\u62A5\u9500\u6B3E\u5DF2\u5230\u8D26"}', '["notify.commandRoom"]', '19d4261b7313d379c35d284e106520654aaceff21d04c14a0ce1daf816191bcf', '65965486dc553de3d622e4fe27e77863b7ab2f3bfad41a86d034e8fe0c53d0ad', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 10, 'FeedBack', 'feedback.ResultReported', 'feedback.FedBack', 'feedback.FedBack', NULL, 'command-room', 'commandRoom', '2025-03-10T09:02:00.0000000+08:00', 1, '{"note":"\u62A5\u9500\u6B3E\u5DF2\u5230\u8D26\uFF0C\u8BF7\u67E5\u6536"}', '["notify.reporter"]', '65965486dc553de3d622e4fe27e77863b7ab2f3bfad41a86d034e8fe0c53d0ad', '0ee30b589364de260daae41b5a9b1124020ef0cc0cf905445823c0373c68288a', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 11, 'RecordFeedback', 'feedback.FedBack', 'feedback.Confirmed', 'assess.AwaitingRating', NULL, 'reporter', 'reporter', '2025-03-10T09:03:00.0000000+08:00', 1, '{"feedback":"confirmed"}', '[]', '0ee30b589364de260daae41b5a9b1124020ef0cc0cf905445823c0373c68288a', '93d1ac783f09c73d5e5738d87bc2dbd34ed4af78681d9e458f391e5321cd5752', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 12, 'Rate', 'assess.AwaitingRating', 'assess.Closed', 'assess.Closed', NULL, 'reporter', 'reporter', '2025-03-10T09:04:00.0000000+08:00', 1, '{"rating":"satisfied"}', '["case.closed"]', '93d1ac783f09c73d5e5738d87bc2dbd34ed4af78681d9e458f391e5321cd5752', '77687494d5e339f37d7b10cbf9c6b4bf0e59efad859186770808cc88b74fd640', '');
INSERT INTO public.events VALUES ('019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 13, 'FlagCallbackOverdue', 'assess.Closed', 'assess.Closed', 'assess.Closed', NULL, 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"callbackOverdue","dueAt":"2025-03-13T09:30:00+00:00"}', '["callback.overdue"]', '77687494d5e339f37d7b10cbf9c6b4bf0e59efad859186770808cc88b74fd640', '5848898691ff18bdeeec4702fe46b367c3843995a25c8842db0cff9872ebe81f', 'system');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:12:00.0000000+08:00', 1, '{"clientKey":"fixture-county-silent","category":"school-enrolment","title":"fixture: fixture-county-silent","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:xlmVAYBBVHahHfDOv3G1kVeRzqUnAn3Mu4yqn51z59RXzqQ8wCjLBjTOROrkcsvgMgZsP_8","phone":"pd:v1:reporter.phone:xlmVAYBBVHahHfDOv3G1kaYWRS9N7Y6XINlEHiFT8kcZFNdKuzHKyo6QtMjeUHcA_LO6hbe3Yg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"county"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '68f87e510cb3b47f26c5a39a7bc211fded4eff72042fea71b547087fe6822afe', '');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:13:00.0000000+08:00', 1, '{}', '[]', '68f87e510cb3b47f26c5a39a7bc211fded4eff72042fea71b547087fe6822afe', 'e805f3048d0e00a2ee7e9ea9d5ea0bc78f780f17fc2d529cd15341999f6462e1', '');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 3, 'Triage', 'receive.Registered', 'receive.OutOfScope', 'dispatch.EscalatedToCounty', NULL, 'command-room', 'commandRoom', '2025-03-03T10:14:00.0000000+08:00', 1, '{}', '["county.escalate"]', 'e805f3048d0e00a2ee7e9ea9d5ea0bc78f780f17fc2d529cd15341999f6462e1', 'd66527b74ab0c58aee82e863c26b2a0477098a35e0ce7e272fbda47f7c4dd698', '');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 4, 'CountyAccept', 'dispatch.EscalatedToCounty', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'county-12345', 'county', '2025-03-03T10:15:00.0000000+08:00', 1, '{"countyCaseNumber":"YH12345-20250303-0008","deadline":"2025-03-07T17:30:00+08:00"}', '[]', 'd66527b74ab0c58aee82e863c26b2a0477098a35e0ce7e272fbda47f7c4dd698', '538df0eddb9ec8b3240a6bb6808271a256374ddcbf8a35315ad66450a20ebe53', '');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 5, 'UrgeCounty', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'system', 'system', '2025-03-07T18:00:00.0000000+08:00', 1, '{"timer":"countySilence","dueAt":"2025-03-07T09:30:00+00:00"}', '["county.urge","supervision.countySilence"]', '538df0eddb9ec8b3240a6bb6808271a256374ddcbf8a35315ad66450a20ebe53', 'bbd9abacb5e91f794c01c92adbab895475a578d9040aee08e540fd1ed0c2c856', 'system');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 6, 'UrgeCounty', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"countySilence","dueAt":"2025-03-11T09:30:00+00:00"}', '["county.urge","supervision.countySilence"]', 'bbd9abacb5e91f794c01c92adbab895475a578d9040aee08e540fd1ed0c2c856', '2b2f3a6c1f0a058850c9847b847e966193b268eb6d904924e2ee43e5bd87c8a4', 'system');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 7, 'UrgeCounty', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"countySilence","dueAt":"2025-03-13T09:30:00+00:00"}', '["county.urge","supervision.countySilence"]', '2b2f3a6c1f0a058850c9847b847e966193b268eb6d904924e2ee43e5bd87c8a4', 'f8de208d748481f0838d53e8ed1a82c85f48bde407b50bf1a4160a3b9d5bd72d', 'system');
INSERT INTO public.events VALUES ('019559c6-4180-7654-a11d-f0cebf71b591', 8, 'Migrate', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"dispatch.CountyAccepted":"dispatch.CountyAccepted"}}', '[]', 'f8de208d748481f0838d53e8ed1a82c85f48bde407b50bf1a4160a3b9d5bd72d', '17d64ff1283cfd08a77bef2daa72c942507db2bba00a47af662589f922901764', 'admin-wang');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T10:30:00.0000000+08:00', 1, '{}', '[]', 'cd1d7d04ac53e16bd5b53d1bcefd44aed354ef5f7ed3173c4872407c9dd9146e', '7c739956a14ccacf4b5b90916f91f2c44ee0aeb55c288b0cded163885b0adc1e', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T10:31:00.0000000+08:00', 1, '{"platform":"services"}', '["notify.platform"]', '7c739956a14ccacf4b5b90916f91f2c44ee0aeb55c288b0cded163885b0adc1e', '2356d441690f1caaaf1545566dd83a936237f9d7872035299ed44f550e6d9d26', '');
INSERT INTO public.events VALUES ('019559c9-eb00-73e3-9b06-8b537fa4bfda', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:16:00.0000000+08:00', 1, '{"clientKey":"fixture-county-sent-back","category":"power-supply","title":"fixture: fixture-county-sent-back","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:yVmVAQDr43ObBotTf6S_2u0IGByvt7OJ-w2QIozsNdupLRvjctEP8uwApBhdzYjzj0x0ZOk","phone":"pd:v1:reporter.phone:yVmVAQDr43ObBotTf6S_2k8ic3Zw0WAnyV3SGeGLV3ade6Dht3gRPgrEsVmwzriIedBoghhBDg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"county"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', 'd10e7f08142575fb8a4c224ecfe7cccfbdb675e3c383f7ab5299f9a42afcc62d', '');
INSERT INTO public.events VALUES ('019559c9-eb00-73e3-9b06-8b537fa4bfda', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:17:00.0000000+08:00', 1, '{}', '[]', 'd10e7f08142575fb8a4c224ecfe7cccfbdb675e3c383f7ab5299f9a42afcc62d', '709c8dea193098569beb8de972ceeb608f5c1428ca46612c9b43f93f0524c6c6', '');
INSERT INTO public.events VALUES ('019559c9-eb00-73e3-9b06-8b537fa4bfda', 3, 'Triage', 'receive.Registered', 'receive.OutOfScope', 'dispatch.EscalatedToCounty', NULL, 'command-room', 'commandRoom', '2025-03-03T10:18:00.0000000+08:00', 1, '{}', '["county.escalate"]', '709c8dea193098569beb8de972ceeb608f5c1428ca46612c9b43f93f0524c6c6', '68ae9c776b301a3fa188ec2f9d3a90d36ea4fd8b178142ca847a355c24453ce5', '');
INSERT INTO public.events VALUES ('019559c9-eb00-73e3-9b06-8b537fa4bfda', 4, 'CountySendBack', 'dispatch.EscalatedToCounty', 'dispatch.AwaitingDispatch', 'dispatch.AwaitingDispatch', NULL, 'county-12345', 'county', '2025-03-03T10:19:00.0000000+08:00', 1, '{"reason":"\u5C5E\u4F9B\u7535\u4F01\u4E1A\u81EA\u884C\u5904\u7406\u4E8B\u9879"}', '["case.returned"]', '68ae9c776b301a3fa188ec2f9d3a90d36ea4fd8b178142ca847a355c24453ce5', 'e395a674e59c80905f1d9c86d1fbb3150ce4064f93c70615b07045e9b6a8258b', '');
INSERT INTO public.events VALUES ('019559c9-eb00-73e3-9b06-8b537fa4bfda', 5, 'Migrate', 'dispatch.AwaitingDispatch', 'dispatch.AwaitingDispatch', 'dispatch.AwaitingDispatch', NULL, 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"dispatch.AwaitingDispatch":"dispatch.AwaitingDispatch"}}', '[]', 'e395a674e59c80905f1d9c86d1fbb3150ce4064f93c70615b07045e9b6a8258b', '6b49f8709822ac8297406471391965207a72908e489a4c9803c3dd9d5a9e2641', 'admin-wang');
INSERT INTO public.events VALUES ('019559cd-9480-72ef-85cd-41508ca2934c', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:20:00.0000000+08:00', 1, '{"clientKey":"fixture-invalid-submitted","category":"neighbour-dispute","title":"fixture: fixture-invalid-submitted","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:zVmVAYCU73KFzUFQjKKTTHLwc_g1Fqk0BlofGZt_F1qEG0NOHnwqgRj4ZmX4QFyCgb25tOw","phone":"pd:v1:reporter.phone:zVmVAYCU73KFzUFQjKKTTG8vkzTG9a5hN-U7k22xGb38NflSzu7VmkqVKL3iemxvjhIDIfQOdA"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '36595d28cdfa98e8e02edcd5f490aafd6b57745d65ad2840e9c00f0723b2a65c', '');
INSERT INTO public.events VALUES ('019559cd-9480-72ef-85cd-41508ca2934c', 2, 'MarkInvalid', 'receive.Submitted', 'receive.Invalid', 'receive.Invalid', NULL, 'command-room', 'commandRoom', '2025-03-03T10:21:00.0000000+08:00', 1, '{"reason":"\u975E\u653F\u52A1\u4E8B\u9879"}', '["notify.reporter"]', '36595d28cdfa98e8e02edcd5f490aafd6b57745d65ad2840e9c00f0723b2a65c', 'e84f4c7ac46ca1b369fb0f4c35e79c5c710a84a2a31c54f972075075c182f3d4', '');
INSERT INTO public.events VALUES ('019559cf-6940-7838-89dd-d8d98aa82645', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:22:00.0000000+08:00', 1, '{"clientKey":"fixture-invalid-registered","category":"petition","title":"fixture: fixture-invalid-registered","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:z1mVAUBpOHiJ3djZiqgmRbk-XOhAfjtlsSbjtuFoaCMwwUoyePhbf4P9jHpTW5nb5S6Cj38","phone":"pd:v1:reporter.phone:z1mVAUBpOHiJ3djZiqgmRX6MNiPm9DxsrNMqN8wHIRPg5GuETspgAdyRlC_sQt1NzttmsSEp_Q"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', 'fabdf9bdc2901ac45772b1bad2c51d894b794c401728f83dd38ee5d7b8795239', '');
INSERT INTO public.events VALUES ('019559cf-6940-7838-89dd-d8d98aa82645', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:23:00.0000000+08:00', 1, '{}', '[]', 'fabdf9bdc2901ac45772b1bad2c51d894b794c401728f83dd38ee5d7b8795239', '7ed83212e9b0eccf4e79d5318a091dd76ca9466722317eef2d72e083f24e8585', '');
INSERT INTO public.events VALUES ('019559cf-6940-7838-89dd-d8d98aa82645', 3, 'MarkInvalid', 'receive.Registered', 'receive.Invalid', 'receive.Invalid', NULL, 'command-room', 'commandRoom', '2025-03-03T10:24:00.0000000+08:00', 1, '{"reason":"\u4FE1\u606F\u4E0D\u5168\u65E0\u6CD5\u6838\u5B9E"}', '["notify.reporter"]', '7ed83212e9b0eccf4e79d5318a091dd76ca9466722317eef2d72e083f24e8585', 'a9b36edc2f8f043b71d3790af78a0288c5285a332b378fb23e4d7d2c13b5a3cd', '');
INSERT INTO public.events VALUES ('019559d2-2860-7743-93d8-f926d29b56f3', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:25:00.0000000+08:00', 1, '{"clientKey":"fixture-duplicate","category":"neighbour-dispute","title":"fixture: fixture-duplicate","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:0lmVAWAoQ3eT2Pkm0ptW842LHfT8iqD6Ff99Zmnv03hj7Va34Y6Vejxc1jtUSEWeFwQjqaU","phone":"pd:v1:reporter.phone:0lmVAWAoQ3eT2Pkm0ptW8z4oCrT3Vm1mPpkpYbNgo0aEzbEsXUFZYFmBtIxBVt2Cnax6Vw1XlA"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '3374c9a852a3ecfc15da2e338efb28bfcd409e31ff9702b6ee250ec3c6c8c929', '');
INSERT INTO public.events VALUES ('019559d2-2860-7743-93d8-f926d29b56f3', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:26:00.0000000+08:00', 1, '{}', '[]', '3374c9a852a3ecfc15da2e338efb28bfcd409e31ff9702b6ee250ec3c6c8c929', 'bc92343fe2bb1f8bd36991df8b40ae9e4bd4c813bcea970c07be1b5ca3b60bcb', '');
INSERT INTO public.events VALUES ('019559d2-2860-7743-93d8-f926d29b56f3', 3, 'MarkDuplicate', 'receive.Registered', 'receive.Duplicate', 'receive.Duplicate', NULL, 'command-room', 'commandRoom', '2025-03-03T10:27:00.0000000+08:00', 1, '{"duplicateOf":"01955985-40e0-7a6c-8151-896afdfa1688"}', '["notify.reporter"]', 'bc92343fe2bb1f8bd36991df8b40ae9e4bd4c813bcea970c07be1b5ca3b60bcb', '877cf8de2178c0b3bd3c020add70a2ab364e0ea0ac983be74712f4e2d7d6f534', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:28:00.0000000+08:00', 1, '{"clientKey":"fixture-disputed-then-closed","category":"certificate-request","title":"fixture: fixture-disputed-then-closed","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:1FmVAYDnQ3-_JLnxMiZGm2piC1EZ_POK2vZiB5WvTzY3hO7VyJv2SowbsK2jpDSpqebsVgo","phone":"pd:v1:reporter.phone:1FmVAYDnQ3-_JLnxMiZGm9Ni7308I4m4drtvjGXhxgKztaHa_FrDZqogWBXQyPqOviXOe5fwHQ"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '0fd6f7d04038ad729ca0dbc15fca8ea0c70a793af85c99ea1bafc3554da7ef3f', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:29:00.0000000+08:00', 1, '{}', '[]', '0fd6f7d04038ad729ca0dbc15fca8ea0c70a793af85c99ea1bafc3554da7ef3f', 'cd1d7d04ac53e16bd5b53d1bcefd44aed354ef5f7ed3173c4872407c9dd9146e', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'deputy-head-services', 'leader', '2025-03-03T10:32:00.0000000+08:00', 1, '{"leadOffice":"approval-office","coHandlers":[],"deadline":"2025-03-03T16:32:00+08:00"}', '["notify.office"]', '2356d441690f1caaaf1545566dd83a936237f9d7872035299ed44f550e6d9d26', 'a33f9d2626ebfdf5f41317919fd01483146342f80c5f226d6ee3952c75d7391a', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 6, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'approval-office', 'office', '2025-03-03T10:33:00.0000000+08:00', 1, '{"deadline":"2025-03-06T17:30:00+08:00"}', '["clock.start"]', 'a33f9d2626ebfdf5f41317919fd01483146342f80c5f226d6ee3952c75d7391a', 'cc7c05dbb9dd9ef63e59e3a43aeb3a89c0ce2ee96d0ccc6682f82fb62a1f9372', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 7, 'Complete', 'handle.Accepted', 'handle.Completed', 'feedback.ResultReported', NULL, 'approval-office', 'office', '2025-03-03T10:34:00.0000000+08:00', 1, '{"result":"\u8BC1\u660E\u5DF2\u5F00\u5177"}', '["notify.commandRoom"]', 'cc7c05dbb9dd9ef63e59e3a43aeb3a89c0ce2ee96d0ccc6682f82fb62a1f9372', '3b6da89f8e7cb78c087e2c0fb78cef1a3a12761ac92b07ba0ceef66f12e89c67', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 8, 'FeedBack', 'feedback.ResultReported', 'feedback.FedBack', 'feedback.FedBack', NULL, 'command-room', 'commandRoom', '2025-03-03T10:35:00.0000000+08:00', 1, '{"note":"\u8BC1\u660E\u5DF2\u5F00\u5177\uFF0C\u8BF7\u9886\u53D6"}', '["notify.reporter"]', '3b6da89f8e7cb78c087e2c0fb78cef1a3a12761ac92b07ba0ceef66f12e89c67', 'c904d1f51771bf9e18604e9b1d67b5e1fa2ae99641bbe0b304b9ef28475d9ffd', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 9, 'RecordFeedback', 'feedback.FedBack', 'feedback.Disputed', 'dispatch.AwaitingDispatch', NULL, 'reporter', 'reporter', '2025-03-03T10:36:00.0000000+08:00', 1, '{"note":"\u8BC1\u660E\u4FE1\u606F\u6709\u8BEF","feedback":"disputed"}', '["case.reopened"]', 'c904d1f51771bf9e18604e9b1d67b5e1fa2ae99641bbe0b304b9ef28475d9ffd', '91bf77778b0922f2de2154f152e690b84a74d534eac4b9caccd7a531e1791444', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 10, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T10:37:00.0000000+08:00', 1, '{"platform":"services"}', '["notify.platform"]', '91bf77778b0922f2de2154f152e690b84a74d534eac4b9caccd7a531e1791444', 'bb8051cfc68eb4cb863708fced2e3ccfc6a169777cb3efd3a09e00425fb2a991', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 11, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'deputy-head-services', 'leader', '2025-03-03T10:38:00.0000000+08:00', 1, '{"leadOffice":"approval-office","coHandlers":[],"deadline":"2025-03-03T16:38:00+08:00"}', '["notify.office"]', 'bb8051cfc68eb4cb863708fced2e3ccfc6a169777cb3efd3a09e00425fb2a991', '1fe81293b5975bd6459e2e6e3e3d5e38015714d1ce509b5c205a7269e2059e1f', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 12, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'approval-office', 'office', '2025-03-03T10:39:00.0000000+08:00', 1, '{"deadline":"2025-03-06T17:30:00+08:00"}', '["clock.start"]', '1fe81293b5975bd6459e2e6e3e3d5e38015714d1ce509b5c205a7269e2059e1f', '838f77d369cb560fc4862b801ea050f443f0b1ab617b0e4360c64f3df5835681', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 13, 'Complete', 'handle.Accepted', 'handle.Completed', 'feedback.ResultReported', NULL, 'approval-office', 'office', '2025-03-03T10:40:00.0000000+08:00', 1, '{"result":"\u5DF2\u529E\u7ED3"}', '["notify.commandRoom"]', '838f77d369cb560fc4862b801ea050f443f0b1ab617b0e4360c64f3df5835681', 'd192cda0ab8edb56e61a122ddace54b70d7006cf74dacf1c18cf876495cf682e', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 14, 'FeedBack', 'feedback.ResultReported', 'feedback.FedBack', 'feedback.FedBack', NULL, 'command-room', 'commandRoom', '2025-03-03T10:41:00.0000000+08:00', 1, '{"note":"\u5DF2\u529E\u7ED3\uFF0C\u8BF7\u786E\u8BA4"}', '["notify.reporter"]', 'd192cda0ab8edb56e61a122ddace54b70d7006cf74dacf1c18cf876495cf682e', '16bb2f5ce32dda4d9249141a9cc21dcd097719f0dcc0e852cdc5c343ee74e7c0', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 15, 'RecordFeedback', 'feedback.FedBack', 'feedback.Confirmed', 'assess.AwaitingRating', NULL, 'reporter', 'reporter', '2025-03-03T10:42:00.0000000+08:00', 1, '{"feedback":"confirmed"}', '[]', '16bb2f5ce32dda4d9249141a9cc21dcd097719f0dcc0e852cdc5c343ee74e7c0', '6450a3e518c1775028c6a1b5c2694884f0c4a9eabb0ba3b29a0870e5c2441032', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 16, 'Rate', 'assess.AwaitingRating', 'assess.Closed', 'assess.Closed', NULL, 'reporter', 'reporter', '2025-03-03T10:43:00.0000000+08:00', 1, '{"rating":"basicallySatisfied"}', '["case.closed"]', '6450a3e518c1775028c6a1b5c2694884f0c4a9eabb0ba3b29a0870e5c2441032', '1fcd3fc19d50f6677f619b593eada63faca905230b64cd58b2ebc8c785c383c0', '');
INSERT INTO public.events VALUES ('019559d4-e780-7f43-bf24-b9f13226469b', 17, 'FlagCallbackOverdue', 'assess.Closed', 'assess.Closed', 'assess.Closed', NULL, 'system', 'system', '2025-03-07T18:00:00.0000000+08:00', 1, '{"timer":"callbackOverdue","dueAt":"2025-03-06T09:30:00+00:00"}', '["callback.overdue"]', '1fcd3fc19d50f6677f619b593eada63faca905230b64cd58b2ebc8c785c383c0', '6a152e59f3defc2fbb3e918ec0ee407d06c2faa945ef0ffa64122d25ced0e5f1', 'system');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-03T10:44:00.0000000+08:00', 1, '{"clientKey":"fixture-migrated","category":"neighbour-dispute","title":"fixture: fixture-migrated","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:41mVAYCNAHeQ1SWXaHM6YCJ2ea5Efl6Tle-z2OjUxytR6HbDgXz8dJEZfkm1hJL_nUJobTk","phone":"pd:v1:reporter.phone:41mVAYCNAHeQ1SWXaHM6YFoWO4dp7OfTi6-tsRR38A6Fp7eZZkagvV7FVH-Czj_rGcat4bqDUQ"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '25401e205e4e1571e9c8aef8c0b6eadb8fada501414a60c9fb11d61b23b23c50', '');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-03T10:45:00.0000000+08:00', 1, '{}', '[]', '25401e205e4e1571e9c8aef8c0b6eadb8fada501414a60c9fb11d61b23b23c50', '0842bf465fed28735f449414ac5580a06caa3f764c34dff249018285e262b7a9', '');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-03T10:46:00.0000000+08:00', 1, '{}', '[]', '0842bf465fed28735f449414ac5580a06caa3f764c34dff249018285e262b7a9', 'c227a4130556b79ea9c0b7d7ed9366dde5e98debd0865fef0122cc2dc950e4a4', '');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-03T10:47:00.0000000+08:00', 1, '{"platform":"governance"}', '["notify.platform"]', 'c227a4130556b79ea9c0b7d7ed9366dde5e98debd0865fef0122cc2dc950e4a4', 'edd113184942c05e834804b3789556a7f8b50c247952948591499dbc785773b7', '');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'deputy-secretary', 'leader', '2025-03-03T10:48:00.0000000+08:00', 1, '{"leadOffice":"mediation-committee","coHandlers":[],"deadline":"2025-03-03T16:48:00+08:00"}', '["notify.office"]', 'edd113184942c05e834804b3789556a7f8b50c247952948591499dbc785773b7', 'b071982fbc138e2f97229f24ab4cd5311e5ccf422732c08787b7ec08175889d8', '');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 6, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'mediation-committee', 'office', '2025-03-03T10:49:00.0000000+08:00', 1, '{"deadline":"2025-03-17T17:30:00+08:00"}', '["clock.start"]', 'b071982fbc138e2f97229f24ab4cd5311e5ccf422732c08787b7ec08175889d8', 'ae1261e815c4e46bad8a66e1b19c386190ebc2ead26d772867b2eb87cf98ef51', '');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 7, 'ReportProgress', 'handle.Accepted', 'handle.InProgress', 'handle.InProgress', 'OnTrack', 'mediation-committee', 'office', '2025-03-03T10:50:00.0000000+08:00', 1, '{"note":"\u5DF2\u8D70\u8BBF"}', '[]', 'ae1261e815c4e46bad8a66e1b19c386190ebc2ead26d772867b2eb87cf98ef51', 'c0631962b8808a88f31ce9875c473aa3e285831db7db3ef92bda3b6123822327', '');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 8, 'Warn', 'handle.InProgress', 'supervise.Warned', 'handle.InProgress', 'Warned', 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"warn","dueAt":"2025-03-13T08:33:48+00:00"}', '["supervision.warn"]', 'c0631962b8808a88f31ce9875c473aa3e285831db7db3ef92bda3b6123822327', 'b3f5e52a60a7cdde73b531eb950dfe1e309bbb002035d57857217e679a8b4125', 'system');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 9, 'Urge', 'handle.InProgress', 'supervise.Warned', 'handle.InProgress', 'Warned', 'system', 'system', '2025-03-17T09:00:00.0000000+08:00', 1, '{"timer":"urge","dueAt":"2025-03-14T03:33:48+00:00"}', '["supervision.urge"]', 'b3f5e52a60a7cdde73b531eb950dfe1e309bbb002035d57857217e679a8b4125', '1645dbfa8b913287c09468364bf2abdc8e8531be93820bb1abe44c6df0c4e6f3', 'system');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 10, 'Migrate', 'handle.InProgress', 'handle.Working', 'handle.Working', 'Warned', 'admin-wang', 'administrator', '2025-03-17T10:00:00.0000000+08:00', 2, '{"reason":"handle.InProgress is now handle.Working","fromVersion":1,"toVersion":2,"stateMapping":{"handle.InProgress":"handle.Working","supervise.Warned":"supervise.Warned"}}', '[]', '1645dbfa8b913287c09468364bf2abdc8e8531be93820bb1abe44c6df0c4e6f3', '1fb9be682f7c37c16b98b557a3ce586ffdec7e0f5f35940eb67cf100faeffe15', 'admin-wang');
INSERT INTO public.events VALUES ('019559e3-8d80-7700-90d5-259768733a60', 11, 'Complete', 'handle.Working', 'handle.Completed', 'feedback.ResultReported', NULL, 'mediation-committee', 'office', '2025-03-17T10:01:00.0000000+08:00', 2, '{"result":"\u53CC\u65B9\u8FBE\u6210\u8C03\u89E3\u534F\u8BAE"}', '["notify.commandRoom"]', '1fb9be682f7c37c16b98b557a3ce586ffdec7e0f5f35940eb67cf100faeffe15', '6f882f5bbd569569688d93733b46cd01e34fb2b131c53fa3fe8a76f28b3c54bf', '');
INSERT INTO public.events VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-17T10:02:00.0000000+08:00', 2, '{"clientKey":"fixture-signed-for-on-v2","category":"illegal-construction","title":"fixture: fixture-signed-for-on-v2","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:1qGVAcAhM3K4m0haH3fdVj4JtDvR-6BEOhsIEPcRX0hDK9oLKCEyS4nNVBBlGjFPcBLD16M","phone":"pd:v1:reporter.phone:1qGVAcAhM3K4m0haH3fdVp4fjyYIWUr7zAhE-PXu3BQsvvtT2XHa6K5bpHsS0jf2cSbSG-0qaw"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', 'e62a92ba1fd8c128589d4f0a8199fc2ef045824dd96baf77733177f1c0bb2f06', '');
INSERT INTO public.events VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-17T10:03:00.0000000+08:00', 2, '{}', '[]', 'e62a92ba1fd8c128589d4f0a8199fc2ef045824dd96baf77733177f1c0bb2f06', '16308498dffd5145eed2b64b4a8f56d18fc2d76f736ca8c680989a0886e2bcca', '');
INSERT INTO public.events VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-17T10:04:00.0000000+08:00', 2, '{}', '[]', '16308498dffd5145eed2b64b4a8f56d18fc2d76f736ca8c680989a0886e2bcca', 'a66bf1d2d783ce307bed9212d1ee135c0e46346865318f314f0948edf2a29524', '');
INSERT INTO public.events VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-17T10:05:00.0000000+08:00', 2, '{"platform":"enforcement"}', '["notify.platform"]', 'a66bf1d2d783ce307bed9212d1ee135c0e46346865318f314f0948edf2a29524', '2ecdee5a130db1929c6068a5f7ef82bd5a7bb3abb16a6a76dac451d811993daa', '');
INSERT INTO public.events VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'armed-forces-head', 'leader', '2025-03-17T10:06:00.0000000+08:00', 2, '{"leadOffice":"demolition-office","coHandlers":[],"deadline":"2025-03-17T16:06:00+08:00"}', '["notify.office"]', '2ecdee5a130db1929c6068a5f7ef82bd5a7bb3abb16a6a76dac451d811993daa', '301c8f592bb4bec636aef79d492e1a9be0b466452b94adbebc73d189b637a77d', '');
INSERT INTO public.events VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 6, 'SignFor', 'dispatch.AssignedToOffice', 'dispatch.SignedFor', 'handle.Accepted', 'OnTrack', 'demolition-office', 'office', '2025-03-17T10:07:00.0000000+08:00', 2, '{"deadline":"2025-03-31T17:30:00+08:00"}', '["clock.start"]', '301c8f592bb4bec636aef79d492e1a9be0b466452b94adbebc73d189b637a77d', '9ee1569e5b9349e9f497240ff1986fec7d9d64094c5aa7a3bf9deab9f72b1876', '');
INSERT INTO public.events VALUES ('0195a1db-a000-7047-a9d4-06ed89745d2a', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-17T10:08:00.0000000+08:00', 2, '{"clientKey":"fixture-assigned-on-v2","category":"food-safety","title":"fixture: fixture-assigned-on-v2","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"urgent","reporter":{"name":"pd:v1:reporter.name:26GVAQCgR3Cp1AbtiXRdKu1Pv1gveDXgQYbrdc9W1_my8MkyAHCDwino_Anfi6QzV6iSmvw","phone":"pd:v1:reporter.phone:26GVAQCgR3Cp1AbtiXRdKp02OJDoa6mc3ypEusUnmLfRCmweQpmOgDOp_4J9SY8d7eYAdXCCFg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"township"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '9eeeaf178a098dec35ad9f5f6547506eb3201b484e70fd7b35074e51836e0d36', '');
INSERT INTO public.events VALUES ('0195a1db-a000-7047-a9d4-06ed89745d2a', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-17T10:09:00.0000000+08:00', 2, '{}', '[]', '9eeeaf178a098dec35ad9f5f6547506eb3201b484e70fd7b35074e51836e0d36', '3ce366d15d6d4d1c7b6ef1284e9ba190aed98ab7a2f5ee45897793e210df15f6', '');
INSERT INTO public.events VALUES ('0195a1db-a000-7047-a9d4-06ed89745d2a', 3, 'Triage', 'receive.Registered', 'receive.InScope', 'dispatch.AwaitingDispatch', NULL, 'command-room', 'commandRoom', '2025-03-17T10:10:00.0000000+08:00', 2, '{}', '[]', '3ce366d15d6d4d1c7b6ef1284e9ba190aed98ab7a2f5ee45897793e210df15f6', '7c3ba4322bd565353e85c95e399a9250e7fa73df32c807fc13356c0a6a7b2ac7', '');
INSERT INTO public.events VALUES ('0195a1db-a000-7047-a9d4-06ed89745d2a', 4, 'Dispatch', 'dispatch.AwaitingDispatch', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToPlatform', NULL, 'command-room', 'commandRoom', '2025-03-17T10:11:00.0000000+08:00', 2, '{"platform":"market"}', '["notify.platform"]', '7c3ba4322bd565353e85c95e399a9250e7fa73df32c807fc13356c0a6a7b2ac7', '64628721ef9cfadec13882da19cf8b106d5098527a445955282870beafeb8132', '');
INSERT INTO public.events VALUES ('0195a1db-a000-7047-a9d4-06ed89745d2a', 5, 'Assign', 'dispatch.AssignedToPlatform', 'dispatch.AssignedToOffice', 'dispatch.AssignedToOffice', NULL, 'deputy-head-economy', 'leader', '2025-03-17T10:12:00.0000000+08:00', 2, '{"leadOffice":"food-safety-office","coHandlers":[],"deadline":"2025-03-17T11:12:00+08:00"}', '["notify.office"]', '64628721ef9cfadec13882da19cf8b106d5098527a445955282870beafeb8132', 'ecd9667d5b8300c1df70cbace7c5b061767a542bbcb3038c917772e07507c4b7', '');
INSERT INTO public.events VALUES ('0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', 1, 'Submit', '', 'receive.Submitted', 'receive.Submitted', NULL, 'service-hotline', 'intakeSystem', '2025-03-17T10:13:00.0000000+08:00', 2, '{"clientKey":"fixture-county-accepted-on-v2","category":"county-road-maintenance","title":"fixture: fixture-county-accepted-on-v2","description":"A resident describes the problem and where it is.","channel":"hotline","priority":"normal","reporter":{"name":"pd:v1:reporter.name:4KGVAeAzU3276_GlDQp3cxsltix7WVFSB56Ae4VYhgE2I3T19ediwtF6V_K-zhSuKzsZZVo","phone":"pd:v1:reporter.phone:4KGVAeAzU3276_GlDQp3c5qQGqvwjJn_h5qJWqyc5bq8pLSKky7VwZOms26pyrdNfOK0JTmpPg"},"location":"\u96FE\u6EAA\u6751\u53E3","village":"village-1","grid":"grid-1","jurisdiction":"county"}', '[]', '0000000000000000000000000000000000000000000000000000000000000000', '6e15628e2e22c8bbfeadf07116b5e108ee75373d6c16c3c2b7f00488f7a41332', '');
INSERT INTO public.events VALUES ('0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', 2, 'Register', 'receive.Submitted', 'receive.Registered', 'receive.Registered', NULL, 'command-room', 'commandRoom', '2025-03-17T10:14:00.0000000+08:00', 2, '{}', '[]', '6e15628e2e22c8bbfeadf07116b5e108ee75373d6c16c3c2b7f00488f7a41332', 'b1d1838184d606eacf82dbec190ad45df610eabd8c4330d34c88800f9938f18e', '');
INSERT INTO public.events VALUES ('0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', 3, 'Triage', 'receive.Registered', 'receive.OutOfScope', 'dispatch.EscalatedToCounty', NULL, 'command-room', 'commandRoom', '2025-03-17T10:15:00.0000000+08:00', 2, '{}', '["county.escalate"]', 'b1d1838184d606eacf82dbec190ad45df610eabd8c4330d34c88800f9938f18e', 'c46232a911ec9c53665ff0cdc53762a7b8565c0604ee502eee5bb957f8dfce8c', '');
INSERT INTO public.events VALUES ('0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', 4, 'CountyAccept', 'dispatch.EscalatedToCounty', 'dispatch.CountyAccepted', 'dispatch.CountyAccepted', NULL, 'county-12345', 'county', '2025-03-17T10:16:00.0000000+08:00', 2, '{"countyCaseNumber":"YH12345-20250317-0042","deadline":"2025-03-28T17:30:00+08:00"}', '[]', 'c46232a911ec9c53665ff0cdc53762a7b8565c0604ee502eee5bb957f8dfce8c', 'cef6d46c48152c6ebe8f307947f264d3df0784a902f216f2e2991f3a293989d7', '');


--
-- Data for Name: inbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000000', '01955985-40e0-7a6c-8151-896afdfa1688', '2025-03-04T02:01:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000001', '01955993-e6e0-71be-b9e4-90fd0d562d2e', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000002', '0195599d-f900-77b3-a2e3-c697f61df7f5', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000003', '019559a6-3660-72cf-8a34-a7f46a85c9f8', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000004', '019559b0-4880-7354-b264-21d50575afa0', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000005', '019559b4-dc60-7876-a9bd-a1403aeee426', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000006', '019559bb-4500-710e-ae64-d57456bd89eb', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000007', '019559bf-d8e0-7fbe-82ad-8f2f9973f20e', '2025-03-17T01:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000008', '019559c6-4180-7654-a11d-f0cebf71b591', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000009', '019559c9-eb00-73e3-9b06-8b537fa4bfda', '2025-03-17T02:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000010', '019559cd-9480-72ef-85cd-41508ca2934c', '2025-03-03T02:21:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000011', '019559cf-6940-7838-89dd-d8d98aa82645', '2025-03-03T02:24:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000012', '019559d2-2860-7743-93d8-f926d29b56f3', '2025-03-03T02:27:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000013', '019559d4-e780-7f43-bf24-b9f13226469b', '2025-03-07T10:00:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000014', '019559e3-8d80-7700-90d5-259768733a60', '2025-03-17T02:01:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000015', '0195a1d6-21c0-7233-b89b-485a1f77dd56', '2025-03-17T02:07:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000016', '0195a1db-a000-7047-a9d4-06ed89745d2a', '2025-03-17T02:12:00.0000000Z');
INSERT INTO public.inbox VALUES ('00000000-0000-4000-8000-000000000017', '0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', '2025-03-17T02:16:00.0000000Z');


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (1, '00000000-0000-4000-8000-000000000000', '01955985-40e0-7a6c-8151-896afdfa1688', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":1}', '2025-03-04T02:01:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (2, '00000000-0000-4000-8000-000000000001', '01955993-e6e0-71be-b9e4-90fd0d562d2e', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":2}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (3, '00000000-0000-4000-8000-000000000002', '0195599d-f900-77b3-a2e3-c697f61df7f5', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":3}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (4, '00000000-0000-4000-8000-000000000003', '019559a6-3660-72cf-8a34-a7f46a85c9f8', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":4}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (5, '00000000-0000-4000-8000-000000000004', '019559b0-4880-7354-b264-21d50575afa0', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":5}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (6, '00000000-0000-4000-8000-000000000005', '019559b4-dc60-7876-a9bd-a1403aeee426', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":6}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (7, '00000000-0000-4000-8000-000000000006', '019559bb-4500-710e-ae64-d57456bd89eb', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":7}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (8, '00000000-0000-4000-8000-000000000007', '019559bf-d8e0-7fbe-82ad-8f2f9973f20e', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":8}', '2025-03-17T01:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (9, '00000000-0000-4000-8000-000000000008', '019559c6-4180-7654-a11d-f0cebf71b591', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":9}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (10, '00000000-0000-4000-8000-000000000009', '019559c9-eb00-73e3-9b06-8b537fa4bfda', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":10}', '2025-03-17T02:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (11, '00000000-0000-4000-8000-000000000010', '019559cd-9480-72ef-85cd-41508ca2934c', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":11}', '2025-03-03T02:21:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (12, '00000000-0000-4000-8000-000000000011', '019559cf-6940-7838-89dd-d8d98aa82645', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":12}', '2025-03-03T02:24:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (13, '00000000-0000-4000-8000-000000000012', '019559d2-2860-7743-93d8-f926d29b56f3', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":13}', '2025-03-03T02:27:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (14, '00000000-0000-4000-8000-000000000013', '019559d4-e780-7f43-bf24-b9f13226469b', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":14}', '2025-03-07T10:00:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (15, '00000000-0000-4000-8000-000000000014', '019559e3-8d80-7700-90d5-259768733a60', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":15}', '2025-03-17T02:01:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (16, '00000000-0000-4000-8000-000000000015', '0195a1d6-21c0-7233-b89b-485a1f77dd56', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":16}', '2025-03-17T02:07:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (17, '00000000-0000-4000-8000-000000000016', '0195a1db-a000-7047-a9d4-06ed89745d2a', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":17}', '2025-03-17T02:12:00.0000000Z', NULL, 0, NULL);
INSERT INTO public.outbox OVERRIDING SYSTEM VALUE VALUES (18, '00000000-0000-4000-8000-000000000017', '0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', 'CaseFlow.Contracts.Events:CaseAdvanced', '{"n":18}', '2025-03-17T02:16:00.0000000Z', NULL, 0, NULL);


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_version VALUES (1, 'cases, events, inbox, timers, outbox and definition versions', '2026-11-30 21:12:15.393583+00');
INSERT INTO public.schema_version VALUES (2, 'the authenticated identity behind each event', '2026-11-30 21:12:15.393583+00');
INSERT INTO public.schema_version VALUES (3, 'local accounts, and the disclosures of personal data to auditors', '2026-11-30 21:12:15.393583+00');
INSERT INTO public.schema_version VALUES (4, 'the time each inbox entry was recorded (entries already there dated at the migration), and indexes for pruning and paging', '2026-11-30 21:12:15.393583+00');
INSERT INTO public.schema_version VALUES (5, 'cases'' wrapped data keys for their personal data, and erasures', '2026-11-30 21:12:15.393583+00');
INSERT INTO public.schema_version VALUES (6, 'when each case was submitted and from when it is overdue, beside its snapshot, for filtered lists', '2026-11-30 21:12:15.393583+00');
INSERT INTO public.schema_version VALUES (7, 'working-calendar versions, published apart from the definitions', '2026-11-30 21:12:15.393583+00');


--
-- Data for Name: timers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.timers VALUES ('019559bb-4500-710e-ae64-d57456bd89eb', 'signForOverdue', '2025-03-17T07:00:00.0000000Z', 10, NULL, NULL);
INSERT INTO public.timers VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 'warn', '2025-03-27T08:25:24.0000000Z', 6, NULL, NULL);
INSERT INTO public.timers VALUES ('0195a1d6-21c0-7233-b89b-485a1f77dd56', 'overdue', '2025-03-31T09:30:00.0000000Z', 6, NULL, NULL);
INSERT INTO public.timers VALUES ('0195a1db-a000-7047-a9d4-06ed89745d2a', 'signForOverdue', '2025-03-17T03:12:00.0000000Z', 5, NULL, NULL);
INSERT INTO public.timers VALUES ('0195a1e0-33e0-7d53-bbeb-f1a50d0a7773', 'countySilence', '2025-03-28T09:30:00.0000000Z', 4, NULL, NULL);


--
-- Name: definition_publications_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.definition_publications_seq_seq', 2, true);


--
-- Name: disclosures_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.disclosures_seq_seq', 1, false);


--
-- Name: outbox_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_position_seq', 18, true);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (user_name);


--
-- Name: calendars calendars_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendars
    ADD CONSTRAINT calendars_pkey PRIMARY KEY (version);


--
-- Name: case_keys case_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_keys
    ADD CONSTRAINT case_keys_pkey PRIMARY KEY (case_id);


--
-- Name: cases cases_client_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_client_key_key UNIQUE (client_key);


--
-- Name: cases cases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_pkey PRIMARY KEY (case_id);


--
-- Name: definition_publications definition_publications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.definition_publications
    ADD CONSTRAINT definition_publications_pkey PRIMARY KEY (seq);


--
-- Name: definitions definitions_content_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.definitions
    ADD CONSTRAINT definitions_content_hash_key UNIQUE (content_hash);


--
-- Name: definitions definitions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.definitions
    ADD CONSTRAINT definitions_pkey PRIMARY KEY (version);


--
-- Name: disclosures disclosures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disclosures
    ADD CONSTRAINT disclosures_pkey PRIMARY KEY (seq);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (case_id, sequence);


--
-- Name: inbox inbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (message_id);


--
-- Name: outbox outbox_message_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_message_id_key UNIQUE (message_id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: timers timers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timers
    ADD CONSTRAINT timers_pkey PRIMARY KEY (case_id, kind);


--
-- Name: case_keys_by_erasure; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_keys_by_erasure ON public.case_keys USING btree (erased_at) WHERE (erased_at IS NOT NULL);


--
-- Name: cases_by_overdue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_by_overdue ON public.cases USING btree (overdue_from) WHERE (overdue_from IS NOT NULL);


--
-- Name: cases_by_submission; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_by_submission ON public.cases USING btree (submitted_at);


--
-- Name: cases_by_update; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_by_update ON public.cases USING btree (updated_at);


--
-- Name: cases_by_update_and_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_by_update_and_id ON public.cases USING btree (updated_at, case_id);


--
-- Name: disclosures_by_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX disclosures_by_time ON public.disclosures USING btree (at);


--
-- Name: inbox_by_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX inbox_by_time ON public.inbox USING btree (processed_at);


--
-- Name: outbox_sent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_sent ON public.outbox USING btree (sent_at) WHERE (sent_at IS NOT NULL);


--
-- Name: outbox_unsent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_unsent ON public.outbox USING btree ("position") WHERE (sent_at IS NULL);


--
-- Name: timers_by_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX timers_by_due ON public.timers USING btree (due_at);


--
-- Name: definition_publications definition_publications_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.definition_publications
    ADD CONSTRAINT definition_publications_version_fkey FOREIGN KEY (version) REFERENCES public.definitions(version);


--
-- PostgreSQL database dump complete
--


