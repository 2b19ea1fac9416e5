-- Console sign-in sessions: the SHA-256 of the cookie's token (the token itself is never stored),
-- the API key signed in with, the CSRF token its forms carry, and when the session ends. In the
-- database, so any instance behind a load balancer knows every session, and revoking a key ends them.
create table console_session (
    token_hash  varchar(64) primary key,
    key_id      uuid        not null references api_key (id) on delete cascade,
    csrf_token  varchar(64) not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null
);
create index ix_console_session_expires on console_session (expires_at);
