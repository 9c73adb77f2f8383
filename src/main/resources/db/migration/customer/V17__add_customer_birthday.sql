-- Birthdays, for greetings to customers who consented to them.
ALTER TABLE customer ADD COLUMN birthday DATE;
ALTER TABLE customer ADD COLUMN birthday_month_day INT;
CREATE INDEX customer_birthday_idx ON customer (birthday_month_day);
