DROP TYPE refund_state;
