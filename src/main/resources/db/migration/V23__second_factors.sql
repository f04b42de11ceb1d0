-- Second factors (issue 19). An authenticator app's TOTP secret, one per account, encrypted with AES-GCM under
-- iisg.security.mfa.encryption-key (the column holds the nonce and the ciphertext, base64); last_used_step is
-- the 30-second time step of the last code accepted, so that no code is accepted twice, on any node.
create table totp_factor (
    account_id bigint not null,
    encrypted_secret varchar(200) not null,
    last_used_step bigint not null,
    enrolled_at timestamp with time zone not null,
    constraint totp_factor_pk primary key (account_id),
    constraint totp_factor_account_fk foreign key (account_id) references account (id)
);

-- Ten recovery codes per account, made at enrolment and made anew on request (the old ones deleted); each is
-- kept as an HMAC-SHA-256 of the code (keyed from the encryption key), and used_at marks it spent.
create table recovery_code (
    account_id bigint not null,
    code_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    used_at timestamp with time zone,
    constraint recovery_code_pk primary key (account_id, code_hash),
    constraint recovery_code_account_fk foreign key (account_id) references account (id)
);
