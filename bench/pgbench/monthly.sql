-- Baseline of the dashboard counts (GET /api/v1/work-orders/monthly): 36 months of every store from the projection.
-- Variables: :org.
BEGIN;
SELECT store_id, month_start, received, delivered, cancelled, output_value FROM work_order_month
  WHERE organization_id = :org::uuid AND month_start >= date_trunc('month', current_date) - interval '35 months'
    AND month_start <= current_date ORDER BY month_start, store_id;
COMMIT;
