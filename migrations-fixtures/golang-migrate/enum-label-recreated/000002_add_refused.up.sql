-- without IF NOT EXISTS: running it again after the down fails, as the value is still there
ALTER TYPE refund_state ADD VALUE 'refused';
