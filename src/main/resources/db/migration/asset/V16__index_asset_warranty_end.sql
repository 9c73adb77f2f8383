-- Reminders look up the assets whose warranty ends soon every day.
CREATE INDEX asset_warranty_end_idx ON asset (warranty_end);
