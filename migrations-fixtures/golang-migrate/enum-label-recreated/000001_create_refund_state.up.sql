CREATE TYPE refund_state AS ENUM ('requested', 'paid');
