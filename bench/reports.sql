-- The reporting projection of the scale data set, written with set-based SQL the way the projection's own code writes
-- it from the events (reporting.domain.ReportFacts): a row per work order with the store-local days, and for the
-- delivered ones the lead technician, the net amounts per pay type and per kind of line (goodwill apart) and the
-- hours; comebacks mark their original; the after-service follow-ups and the complaints about a job. bench/reports.sh
-- then checks the figures against the work-order tables themselves. The daily sums (report_day) are left to the
-- application, which makes them at start-up for rows that came before them.
truncate report_work_order, report_follow_up, report_complaint, report_day, report_store_day, report_day_lock,
  report_part_use;

insert into report_work_order (work_order_id, organization_id, store_id, number, service_type, advisor_id,
    lead_technician_id, comeback_of, received_at, received_on, delivered_at, delivered_on, customer_pay, warranty_pay,
    internal_pay, goodwill, labour, parts, genuine_parts, other, sold_hours, clocked_hours)
with amounts as (
  select l.work_order_id, l.kind, l.pay_type, coalesce(l.genuine, false) as genuine, l.quantity,
         round(l.quantity * l.unit_price * (100 - l.discount_percent) / 100, 2) as amount
  from work_order_line l where l.decision is distinct from 'DECLINED'),
figures as (
  select work_order_id,
         sum(amount) filter (where pay_type = 'CUSTOMER') as customer_pay,
         sum(amount) filter (where pay_type = 'WARRANTY') as warranty_pay,
         sum(amount) filter (where pay_type = 'INTERNAL') as internal_pay,
         sum(amount) filter (where pay_type = 'GOODWILL') as goodwill,
         sum(amount) filter (where pay_type <> 'GOODWILL' and kind = 'LABOR') as labour,
         sum(amount) filter (where pay_type <> 'GOODWILL' and kind = 'PART') as parts,
         sum(amount) filter (where pay_type <> 'GOODWILL' and kind = 'PART' and genuine) as genuine_parts,
         sum(amount) filter (where pay_type <> 'GOODWILL' and kind in ('SUBLET', 'FEE')) as other,
         sum(quantity) filter (where kind = 'LABOR') as sold_hours
  from amounts group by work_order_id),
clocked as (
  select work_order_id, round(sum(extract(epoch from (ended_at - started_at))) / 3600, 2) as hours
  from work_order_time where ended_at is not null group by work_order_id)
select w.id, w.organization_id, w.store_id, w.number, w.service_type, w.advisor_id,
       case when w.delivered_at is not null then w.lead_technician_id end, w.comeback_of, w.created_at,
       (w.created_at at time zone 'Asia/Shanghai')::date, w.delivered_at,
       (w.delivered_at at time zone 'Asia/Shanghai')::date,
       coalesce(case when d then f.customer_pay end, 0), coalesce(case when d then f.warranty_pay end, 0),
       coalesce(case when d then f.internal_pay end, 0), coalesce(case when d then f.goodwill end, 0),
       coalesce(case when d then f.labour end, 0), coalesce(case when d then f.parts end, 0),
       coalesce(case when d then f.genuine_parts end, 0), coalesce(case when d then f.other end, 0),
       coalesce(case when d then f.sold_hours end, 0), coalesce(case when d then c.hours end, 0)
from work_order w
cross join lateral (select w.delivered_at is not null as d) delivered
left join figures f on f.work_order_id = w.id
left join clocked c on c.work_order_id = w.id;

update report_work_order r set came_back = true
where exists (select 1 from report_work_order c where c.comeback_of = r.work_order_id);

insert into report_follow_up (work_order_id, organization_id, reached, score, nps)
select work_order_id, organization_id, status = 'DONE', score, nps
from follow_up where kind = 'AFTER_SERVICE' and work_order_id is not null and status in ('DONE', 'UNREACHABLE');

insert into report_complaint (complaint_id, organization_id, work_order_id)
select id, organization_id, work_order_id from complaint where work_order_id is not null;

analyze report_work_order, report_follow_up, report_complaint;

-- The parts each delivered job used (the lines not declined with a catalogue part), by the store's month.
insert into report_part_use (work_order_id, part_id, organization_id, store_id, month_start, part_number, part_name,
    quantity)
select w.id, l.part_id, w.organization_id, w.store_id,
       date_trunc('month', w.delivered_at at time zone 'Asia/Shanghai')::date,
       coalesce(min(l.part_number), ''), min(l.description), sum(l.quantity)
from work_order w join work_order_line l on l.work_order_id = w.id
where w.delivered_at is not null and l.kind = 'PART' and l.part_id is not null
  and l.decision is distinct from 'DECLINED'
group by w.id, l.part_id, w.organization_id, w.store_id, w.delivered_at;

-- Written in bulk, so the visibility map is not set yet: without this the index-only scans of the first runs fetch
-- every row from the heap (an application writes rows one by one and autovacuum keeps up).
vacuum analyze report_work_order;
vacuum analyze report_follow_up;
vacuum analyze report_complaint;
vacuum analyze report_part_use;
