-- The idempotent repository of the channels (Camel's JdbcMessageIdRepository, io.tradehub.channel):
-- one row per file or mail a hub has taken, shared by all hubs on this database so several hubs
-- polling one SFTP directory, folder or mailbox take each file once. The primary key is what makes
-- two hubs racing for one file safe. Column names are Camel's; unquoted, so lower case on both
-- PostgreSQL and H2 (DATABASE_TO_LOWER).
CREATE TABLE camel_messageprocessed (
    processorname VARCHAR(255)  NOT NULL,
    messageid     VARCHAR(1000) NOT NULL,
    createdat     TIMESTAMP     NOT NULL,
    PRIMARY KEY (processorname, messageid)
);
