-- Passkeys (WebAuthn) as a second factor (issue 19), in the tables that Spring Security's
-- JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository read and write, under the names
-- and columns they expect (Spring Security's user-entities-schema.sql and user-credentials-schema-postgres.sql).
-- Adapted: bytea for the keys (H2 reads it as a binary string), timestamps with time zone as everywhere else,
-- one WebAuthn user entity per account (the entity's name is the account's user name), and a user's
-- credentials found by their user entity and removed with it.
create table user_entities (
    id varchar(1000) not null,
    name varchar(100) not null,
    display_name varchar(200),
    constraint user_entities_pk primary key (id),
    constraint user_entities_name_unique unique (name)
);

create table user_credentials (
    credential_id varchar(1000) not null,
    user_entity_user_id varchar(1000) not null,
    public_key bytea not null,
    signature_count bigint,
    uv_initialized boolean,
    backup_eligible boolean not null,
    authenticator_transports varchar(1000),
    public_key_credential_type varchar(100),
    backup_state boolean not null,
    attestation_object bytea,
    attestation_client_data_json bytea,
    created timestamp with time zone,
    last_used timestamp with time zone,
    label varchar(1000) not null,
    constraint user_credentials_pk primary key (credential_id),
    constraint user_credentials_user_entity_fk foreign key (user_entity_user_id)
        references user_entities (id) on delete cascade
);
create index user_credentials_by_user_entity on user_credentials (user_entity_user_id);
