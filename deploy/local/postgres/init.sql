-- Local databases for ./platform (run by psql as a superuser; safe to run any number of times).
--
-- LOCAL DEVELOPMENT DEFAULTS: every role's password equals its name. They exist only on a
-- developer's or CI's own PostgreSQL bound to 127.0.0.1; never reuse them anywhere else.
--
-- Per bounded context <ctx>: role <ctx> owns <ctx>_db (the running service) and <ctx>_it
-- (that service's integration tests). Role defaults_it owns defaults_it (shared library ITs).
\set ON_ERROR_STOP on

DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['product', 'inventory', 'cart', 'order', 'payment', 'user', 'defaults_it']
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', role_name, role_name);
        ELSE
            -- Converge a role someone altered by hand back to the documented local default.
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role_name, role_name);
        END IF;
    END LOOP;
END
$$;

-- CREATE DATABASE cannot run inside a DO block (no transaction allowed), hence \gexec.
SELECT format('CREATE DATABASE %I OWNER %I', wanted.db, wanted.owner)
FROM (VALUES
        ('product_db', 'product'),     ('product_it', 'product'),
        ('inventory_db', 'inventory'), ('inventory_it', 'inventory'),
        ('cart_db', 'cart'),           ('cart_it', 'cart'),
        ('order_db', 'order'),         ('order_it', 'order'),
        ('payment_db', 'payment'),     ('payment_it', 'payment'),
        ('user_db', 'user'),           ('user_it', 'user'),
        ('defaults_it', 'defaults_it')
     ) AS wanted(db, owner)
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = wanted.db)
\gexec

-- A database created earlier under another owner is handed to the documented one.
SELECT format('ALTER DATABASE %I OWNER TO %I', wanted.db, wanted.owner)
FROM (VALUES
        ('product_db', 'product'),     ('product_it', 'product'),
        ('inventory_db', 'inventory'), ('inventory_it', 'inventory'),
        ('cart_db', 'cart'),           ('cart_it', 'cart'),
        ('order_db', 'order'),         ('order_it', 'order'),
        ('payment_db', 'payment'),     ('payment_it', 'payment'),
        ('user_db', 'user'),           ('user_it', 'user'),
        ('defaults_it', 'defaults_it')
     ) AS wanted(db, owner)
JOIN pg_database d ON d.datname = wanted.db
WHERE pg_get_userbyid(d.datdba) <> wanted.owner
\gexec
