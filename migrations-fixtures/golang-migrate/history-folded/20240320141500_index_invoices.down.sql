DROP INDEX orders_placed_at_idx;
DROP INDEX invoices_order_idx;
