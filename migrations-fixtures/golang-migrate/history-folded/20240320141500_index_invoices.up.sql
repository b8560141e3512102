-- Same change, minutes after the table was created: invoices is new, nothing to lock.
CREATE INDEX invoices_order_idx ON invoices (order_id);

-- orders existed before the change: this index blocks its writes.
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
