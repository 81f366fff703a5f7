-- One PostgreSQL instance holds every database of the stack; created on the first start only.
CREATE DATABASE auth;
CREATE DATABASE gateway;
CREATE DATABASE chat;
CREATE DATABASE presi;
CREATE DATABASE contacts;
CREATE DATABASE calendar;
CREATE DATABASE clock;
CREATE DATABASE todo;
CREATE DATABASE storage;
CREATE DATABASE nutriphi;
CREATE DATABASE skilltree;
CREATE DATABASE synapse ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE project_docs;
CREATE DATABASE umami;
CREATE DATABASE n8n;
\c project_docs
CREATE EXTENSION IF NOT EXISTS vector;
