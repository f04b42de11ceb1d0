-- Failed sign-ins are throttled per account and client address, no longer per account alone: a run of
-- failures from one address blocks that address for that user name for a while (doubling), and a run
-- across user names blocks the address (account_key '*'), while the owner signs in from elsewhere
-- (issue 19). The rows are in the database so that every node sees them and they outlive a restart.
-- account_key is the user name as typed, trimmed and lower-cased, whether or not an account has it, so
-- that the answers do not tell which names exist.
create table sign_in_throttle (
    account_key varchar(100) not null,
    address varchar(100) not null,
    failures int not null,
    last_failure_at timestamp with time zone not null,
    blocked_until timestamp with time zone,
    constraint sign_in_throttle_pk primary key (account_key, address)
);
create index sign_in_throttle_by_last_failure on sign_in_throttle (last_failure_at);

alter table account drop column failed_attempts;
alter table account drop column locked_until;

-- Personal access tokens get a scope (READ: only GET, HEAD and OPTIONS; WRITE: everything the account may do)
-- and an expiry date, after which they are refused (issue 19). Tokens made before keep what they could do
-- (WRITE) and expire 90 days after this migration.
alter table api_token add column scope varchar(10) default 'WRITE' not null;
alter table api_token add constraint api_token_scope_known check (scope in ('READ', 'WRITE'));
alter table api_token add column expires_on date;
update api_token set expires_on = cast(current_date + interval '90' day as date);
alter table api_token alter column expires_on set not null;
