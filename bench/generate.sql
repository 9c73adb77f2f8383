-- The scale data set of issue 7, loaded with set-based SQL into a schema Flyway made (bench/generate.sh): the stores
-- exist; this adds their staff, 100,000 customers with a phone, 150,000 vehicles, 5,000 parts with stock and its
-- ledger in every store, and :wo work orders over 3 years with lines, history, work log, payments, follow-ups,
-- complaints and the spend behind membership tiers. Rows follow the domain's rules: history positions and states
-- as the aggregate writes them, amounts from the lines, stock equal to its ledger, one follow-up per delivery.
-- IDs are UUID v7 made from each row's time, as the application makes them, so indexes fill in order.
-- Variables: :org (organisation), :hash (password hash for the staff), :wo (number of work orders), :per (work orders
-- a day), :maxd (the last day's index: it is today), :stores (20).
\set ON_ERROR_STOP on
set temp_buffers = '512MB';
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;

create function pg_temp.v7(at timestamptz, seed text) returns uuid language sql immutable as $$
  select (lpad(to_hex((extract(epoch from at) * 1000)::bigint), 12, '0') || '7' || substr(md5(seed), 1, 3)
          || '8' || substr(md5(seed), 4, 15))::uuid $$;

create temporary table st as
  select id, code, (row_number() over (order by code) - 1)::int as s from store where organization_id = :'org';

\echo `date +%T` Staff per store
-- Staff per store: a manager, 2 advisors, 4 technicians, a follow-up agent, a parts clerk.
create temporary table staff as
  select pg_temp.v7(now(), 'u' || st.s || r.role || k) as id, st.s, st.id as store_id, r.role, k,
         lower(st.code) || '-' || r.short || k as username, r.title || st.s || '-' || k as name
  from st cross join (values ('STORE_MANAGER', 'mgr', '店长', 1), ('SERVICE_ADVISOR', 'sa', '顾问', 2),
                             ('TECHNICIAN', 'tech', '技师', 4), ('FOLLOW_UP_AGENT', 'fu', '回访专员', 1),
                             ('PARTS_CLERK', 'parts', '配件员', 1)) r(role, short, title, n)
  cross join lateral generate_series(1, r.n) k;
insert into app_user (id, organization_id, username, password_hash, display_name, active, platform_admin, created_at, version)
  select id, :'org', username, :'hash', name, true, false, now(), 0 from staff;
insert into app_user_role (user_id, role) select id, role from staff;
insert into app_user_store (user_id, store_id) select id, store_id from staff;
create temporary table adv as select s, array_agg(id order by k) ids, array_agg(name order by k) names from staff where role = 'SERVICE_ADVISOR' group by s;
create temporary table tec as select s, array_agg(id order by k) ids from staff where role = 'TECHNICIAN' group by s;
create temporary table fua as select s, id, name from staff where role = 'FOLLOW_UP_AGENT';
create temporary table mgr as select s, id from staff where role = 'STORE_MANAGER';

\echo `date +%T` Customers (one in ten a company) with a mobile phone each
-- Customers (one in ten a company) with a mobile phone each.
create temporary table cust as
  select i, pg_temp.v7(now() - interval '4 years' + i * interval '20 minutes', 'c' || i) as id,
         case when i % 10 = 0 then (array['上海','苏州','杭州','南京','宁波'])[1 + i % 5] || (array['顺达','远航','安捷','恒通','联运'])[1 + i / 10 % 5]
                                   || (array['物流','租车','客运','建设','快递'])[1 + i / 50 % 5] || '有限公司'
              else (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + i % 20]
                   || (array['伟','芳','娜','秀英','敏','静','丽','强','磊','军','洋','勇','艳','杰','涛','明','超','霞','平','刚','建华','志强','海燕','晓东','子涵'])[1 + i / 20 % 25]
         end as name,
         '+861' || (array['38','39','58','86','35'])[1 + i % 5] || lpad(((i::bigint * 7919 + 13) % 100000000)::text, 8, '0') as phone,
         now() - interval '4 years' + i * interval '20 minutes' as created_at
  from generate_series(1, 100000) i;
insert into customer (id, organization_id, type, name, name_lower, source, tier, created_at, version)
  select id, :'org', case when i % 10 = 0 then 'COMPANY' else 'PERSON' end, name, lower(name), '到店', 'STANDARD', created_at, 0
  from cust order by id;
insert into customer_phone (customer_id, position, number, last4) select id, 0, phone, right(phone, 4) from cust order by id;

\echo `date +%T` Vehicles
-- Vehicles: the first 50,000 customers have two.
create temporary table veh as
  select j, c.id as customer_id, c.name as customer_name,
         pg_temp.v7(c.created_at + interval '1 hour' * (j / 100000), 'a' || j) as id,
         'LSV' || (array['AU','BC','DE','FG','HJ'])[1 + j % 5] || (j % 10)::text || lpad(upper(to_hex(j * 2654435761 % 4294967296)), 8, '0')
           || lpad((j % 1000)::text, 3, '0') as vin,
         (array['沪','苏','浙','皖'])[1 + j % 4] || substr('ABCDEFGHJKLMN', 1 + j % 13, 1)
           || lpad(upper(to_hex((j::bigint * 40503) % 1048576)), 5, '0') as plate,
         (array['大众','丰田','本田','别克','比亚迪'])[1 + j % 5] as brand,
         (array['帕萨特','凯美瑞','雅阁','君越','汉'])[1 + j % 5] as model,
         2016 + j % 10 as model_year, (current_date - (j % 3000)) as purchased,
         5000 + (j::bigint * 37) % 150000 as mileage, c.created_at
  from generate_series(1, 150000) j join cust c on c.i = 1 + (j - 1) % 100000;
insert into asset (id, organization_id, customer_id, kind, vin, vin_last6, plate, brand, model, model_year, energy_type,
                   purchase_date, warranty_start, warranty_end, warranty_mileage, mileage, created_at, version)
  select id, :'org', customer_id, 'VEHICLE', vin, right(vin, 6), plate, brand, model, model_year,
         case when brand = '比亚迪' then '纯电' else '汽油' end, purchased, purchased, purchased + interval '3 years', 100000,
         mileage, created_at, 0
  from veh order by id;

\echo `date +%T` Parts
-- Parts, with stock in every store and the receipt that brought it in the ledger.
create temporary table parts as
  select k, pg_temp.v7(now() - interval '4 years', 'p' || k) as id,
         (array['06K','5Q0','8W0','3G0','1K0'])[1 + k % 5] || lpad(k::text, 6, '0') || substr('ABCDEFGH', 1 + k % 8, 1) as number,
         (array['机油滤清器','空气滤清器','空调滤芯','刹车片','刹车盘','火花塞','张紧器','水泵','雨刮片','蓄电池','正时皮带','减震器','节温器','氧传感器','点火线圈'])[1 + k % 15]
           || '-' || k as name,
         round((20 + (k * 97) % 980)::numeric, 2) as cost
  from generate_series(1, 5000) k;
insert into part (id, organization_id, number, name, name_lower, brand, genuine, unit, cost, list_price, created_at, version)
  select id, :'org', number, name, lower(name), (array['大众','丰田','本田','别克','比亚迪'])[1 + k % 5], true, '个', cost,
         round(cost * 1.45, 2), now() - interval '4 years', 0 from parts order by id;
insert into stock (organization_id, store_id, part_id, on_hand, reserved, average_cost, bin, reorder_point, reorder_quantity, version)
  select :'org', st.id, p.id, 20 + (p.k + st.s) % 80, 0, p.cost, 'A-' || (p.k % 40), 5, 20, 0 from st cross join parts p;
insert into stock_movement (id, organization_id, store_id, part_id, type, on_hand_change, reserved_change, unit_cost, reason, occurred_at)
  select pg_temp.v7(now() - interval '4 years', 'm' || st.s || '-' || p.k), :'org', st.id, p.id, 'RECEIPT',
         20 + (p.k + st.s) % 80, 0, p.cost, '期初入库', now() - interval '4 years'
  from st cross join parts p;

\echo `date +%T` Work orders
-- Work orders: :wo over about 3 years, :per each day (the last today), spread over the stores; the day's sequence per store
-- gives the number. Older than two days: delivered (2 % cancelled); the last two days: every state, for the board.
create temporary table wo as
with g as (
  select i, i / :per as d, i % :per as r from generate_series(0, :wo - 1) i
), t as (
  select g.*, r % :stores as s, r / :stores + 1 as seq,
         ((current_date - (:maxd - d)::int)::timestamp at time zone 'Asia/Shanghai') + interval '8 hours' + r * (interval '10 hours' / :per) as at,
         1 + (i::bigint * 7919) % 150000 as j, 1 + (i * 31) % 5000 as k
  from g
)
select t.*, current_date - (:maxd - d)::int as day,
       (array['MAINTENANCE','MAINTENANCE','REPAIR','MAINTENANCE','REPAIR','WARRANTY','MAINTENANCE','REPAIR','INSPECTION','REPAIR'])[1 + i % 10] as type,
       case when d < :maxd - 1 then case when i % 50 = 7 then 'CANCELLED' else 'DELIVERED' end
            else (array['RECEIVED','ESTIMATED','APPROVED','DISPATCHED','IN_PROGRESS','ON_HOLD','QUALITY_CHECK','COMPLETED','SETTLED','DELIVERED'])[1 + i % 10]
       end as status,
       pg_temp.v7(at, 'w' || i) as id
from t;
alter table wo add column stage int;
update wo set stage = case status when 'RECEIVED' then 0 when 'ESTIMATED' then 1 when 'CANCELLED' then 1 when 'APPROVED' then 2
  when 'DISPATCHED' then 3 when 'IN_PROGRESS' then 4 when 'ON_HOLD' then 4 when 'QUALITY_CHECK' then 6 when 'COMPLETED' then 7
  when 'SETTLED' then 8 else 9 end;
analyze wo;

\echo `date +%T` Lines
-- Lines: labour and the part it fits, plus a recommended job the customer declined on every fifth order.
create temporary table line as
  select wo.id as work_order_id, wo.i, l.position, l.kind, wo.type, wo.stage, wo.status, wo.at,
         pg_temp.v7(wo.at + interval '10 minutes', 'l' || wo.i || '-' || l.position) as id,
         case l.kind when 'PART' then p.name else (array['更换机油机滤','检查制动系统','更换刹车片','四轮定位','更换张紧器','空调系统检修'])[1 + (wo.i + l.position) % 6] end as description,
         case l.kind when 'PART' then 1 + wo.i % 4 else 0.5 + (wo.i % 6) * 0.5 end as quantity,
         case l.kind when 'PART' then round(p.cost * 1.45, 2) else 300 end as unit_price,
         case when wo.type = 'WARRANTY' then 'WARRANTY' else 'CUSTOMER' end as pay_type,
         case l.kind when 'PART' then p.id end as part_id, case l.kind when 'PART' then p.number end as part_number,
         case when l.position = 2 and wo.stage >= 2 then 'DECLINED' when wo.stage >= 2 then 'APPROVED' else 'PROPOSED' end as decision
  from wo join parts p on p.k = wo.k
  cross join (values (0, 'LABOR'), (1, 'PART'), (2, 'LABOR')) l(position, kind)
  where l.position < 2 or wo.i % 5 = 0;
create temporary table due as
  select work_order_id, round(sum(quantity * unit_price) filter (where pay_type = 'CUSTOMER' and decision <> 'DECLINED') * 1.13, 2) as amount
  from line group by work_order_id;

insert into work_order (id, organization_id, store_id, number, customer_id, customer_name, asset_id, asset_label, service_type,
    status, held_from, hold_reason, complaint, mileage, fuel_level, promised_at, warranty_covered, warranty_reason, advisor_id,
    lead_technician_id, bay, main_problem, tax_rate, approved_by, approval_channel, approved_at, qc_passed_by, final_test,
    completed_at, amount_due, amount_owed, settled_at, signed_by, delivered_at, cancel_reason, created_at, updated_at, version)
select wo.id, :'org', st.id, st.code || '-' || to_char(wo.day, 'YYYYMMDD') || '-' || lpad(wo.seq::text, 4, '0'),
       v.customer_id, v.customer_name, v.id, v.plate, wo.type, wo.status,
       case when wo.status = 'ON_HOLD' then 'IN_PROGRESS' end, case when wo.status = 'ON_HOLD' then '等待配件到货' end,
       (array['定期保养','刹车有异响','空调不凉','发动机故障灯亮','方向盘抖动','冷车启动异响'])[1 + wo.i % 6],
       v.mileage, 50, wo.at + interval '6 hours', wo.type = 'WARRANTY', case when wo.type = 'WARRANTY' then 'COVERED' else 'EXPIRED' end,
       adv.ids[1 + wo.i % 2],
       case when wo.stage >= 3 then tec.ids[1 + wo.i % 4] end, case when wo.stage >= 3 then '工位' || (1 + wo.i % 6) end,
       case when wo.stage >= 1 then '按检查结果处理' end, 0.13,
       case when wo.stage >= 2 then v.customer_name end, case when wo.stage >= 2 then 'DESK' end,
       case when wo.stage >= 2 then wo.at + interval '40 minutes' end,
       case when wo.stage >= 6 then tec.ids[1 + (wo.i + 1) % 4] end, case when wo.stage >= 7 then '路试正常' end,
       case when wo.stage >= 7 then wo.at + interval '4 hours' end, coalesce(due.amount, 0), 0,
       case when wo.stage >= 8 then wo.at + interval '5 hours' end, case when wo.stage >= 9 then v.customer_name end,
       case when wo.stage >= 9 then wo.at + interval '5 hours 10 minutes' end,
       case when wo.status = 'CANCELLED' then '客户改期' end,
       wo.at, wo.at + interval '5 hours 10 minutes', wo.stage + 1
from wo join st on st.s = wo.s join veh v on v.j = wo.j join adv on adv.s = wo.s join tec on tec.s = wo.s
     left join due on due.work_order_id = wo.id
order by wo.id;

insert into work_order_line (id, work_order_id, position, kind, description, quantity, unit_price, pay_type, part_id,
                             part_number, genuine, decision, decided_at, root_cause, created_at)
  select id, work_order_id, position, kind, description, quantity, unit_price, pay_type, part_id, part_number,
         case when kind = 'PART' then true end, decision, case when stage >= 2 then at + interval '40 minutes' end,
         case when kind = 'LABOR' and decision = 'APPROVED' and stage >= 5 and type in ('REPAIR','WARRANTY')
              then (array['轴承磨损','密封件老化','线束接触不良','传感器失效'])[1 + i % 4] end,
         at + interval '10 minutes'
  from line order by id;
\echo `date +%T` History
-- History: the steps the aggregate writes, in order, up to each order's state.
create temporary table step (position int, action text, from_status text, to_status text, after interval);
insert into step values (0, 'RECEIVE', null, 'RECEIVED', '0'), (1, 'ESTIMATE', 'RECEIVED', 'ESTIMATED', '30 minutes'),
  (2, 'APPROVE', 'ESTIMATED', 'APPROVED', '40 minutes'), (3, 'DISPATCH', 'APPROVED', 'DISPATCHED', '45 minutes'),
  (4, 'START', 'DISPATCHED', 'IN_PROGRESS', '1 hour'), (5, 'SUBMIT_FOR_QC', 'IN_PROGRESS', 'QUALITY_CHECK', '3 hours'),
  (6, 'PASS_QC', 'QUALITY_CHECK', 'QUALITY_CHECK', '3 hours 30 minutes'), (7, 'COMPLETE', 'QUALITY_CHECK', 'COMPLETED', '4 hours'),
  (8, 'SETTLE', 'COMPLETED', 'SETTLED', '5 hours'), (9, 'DELIVER', 'SETTLED', 'DELIVERED', '5 hours 10 minutes');
insert into work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name)
  select wo.id, step.position, step.action, step.from_status, step.to_status, wo.at + step.after,
         case when step.position between 3 and 6 then tec.ids[1 + wo.i % 4] else adv.ids[1 + wo.i % 2] end,
         case when step.position between 3 and 6 then '技师' else adv.names[1 + wo.i % 2] end
  from wo join step on step.position <= wo.stage join adv on adv.s = wo.s join tec on tec.s = wo.s
  order by wo.id, step.position;
insert into work_order_history (work_order_id, position, action, from_status, to_status, occurred_at, by_user, by_name, note)
  select wo.id, wo.stage + 1, case wo.status when 'ON_HOLD' then 'HOLD' else 'CANCEL' end,
         case wo.status when 'ON_HOLD' then 'IN_PROGRESS' else 'ESTIMATED' end, wo.status, wo.at + interval '2 hours',
         adv.ids[1 + wo.i % 2], adv.names[1 + wo.i % 2], case wo.status when 'ON_HOLD' then '等待配件到货' else '客户改期' end
  from wo join adv on adv.s = wo.s where wo.status in ('ON_HOLD', 'CANCELLED');
insert into work_order_log (work_order_id, position, occurred_at, by_user, by_name, line_id, text, root_cause)
  select l.work_order_id, 0, l.at + interval '2 hours', tec.ids[1 + wo.i % 4], '技师', l.id, '已' || l.description,
         (array['轴承磨损','密封件老化','线束接触不良','传感器失效'])[1 + wo.i % 4]
  from line l join wo on wo.id = l.work_order_id join tec on tec.s = wo.s
  where l.position = 0 and l.decision = 'APPROVED' and wo.stage >= 5 and wo.type in ('REPAIR','WARRANTY');
insert into work_order_payment (work_order_id, position, method, amount, received_at, received_by)
  select wo.id, 0, (array['CASH','CARD','TRANSFER','WECHAT_PAY','ALIPAY'])[1 + wo.i % 5], due.amount, wo.at + interval '5 hours',
         adv.ids[1 + wo.i % 2]
  from wo join due on due.work_order_id = wo.id join adv on adv.s = wo.s where wo.stage >= 8 and due.amount > 0;
insert into work_order_counter (store_id, on_day, last_value)
  select st.id, wo.day, max(wo.seq) from wo join st on st.s = wo.s group by st.id, wo.day;
insert into work_order_month (organization_id, store_id, month_start, received, delivered, cancelled, output_value)
  select :'org', st.id, date_trunc('month', x.day)::date, sum(x.received), sum(x.delivered), sum(x.cancelled), sum(x.output_value)
  from (select s, day, 1 as received, 0 as delivered, 0 as cancelled, 0 as output_value from wo
        union all
        select wo.s, ((wo.at + interval '5 hours 10 minutes') at time zone 'Asia/Shanghai')::date, 0, 1, 0, coalesce(due.amount, 0)
        from wo left join due on due.work_order_id = wo.id where wo.stage = 9
        union all
        select s, ((at + interval '2 hours') at time zone 'Asia/Shanghai')::date, 0, 0, 1, 0 from wo where status = 'CANCELLED') x
  join st on st.s = x.s group by st.id, date_trunc('month', x.day);
insert into customer_spend (work_order_id, organization_id, customer_id, amount, delivered_at)
  select wo.id, :'org', v.customer_id, due.amount, wo.at + interval '5 hours 10 minutes'
  from wo join veh v on v.j = wo.j join due on due.work_order_id = wo.id where wo.stage = 9 and due.amount > 0;

\echo `date +%T` Follow-ups after every delivery
-- Follow-ups after every delivery, answered three days later (one in twenty not reached); the last week still open.
create temporary table fu as
  select wo.*, pg_temp.v7(wo.at + interval '3 days 5 hours', 'f' || wo.i) as fid, v.customer_id, v.customer_name, v.plate,
         case when wo.i % 97 = 0 then 2 when wo.i % 7 = 0 then 4 when wo.i % 31 = 0 then 3 else 5 end as score,
         wo.day < current_date - 7 as answered
  from wo join veh v on v.j = wo.j where wo.stage = 9;
insert into follow_up (id, organization_id, store_id, kind, dedup_key, work_order_id, work_order_number, customer_id,
    customer_name, asset_id, asset_label, service_type, advisor_id, technician_id, agent_id, due_at, status, attempts,
    reached, score, nps, satisfied, comment, answered_via, completed_by, completed_by_name, completed_at, created_at, version)
select fu.fid, :'org', st.id, 'AFTER_SERVICE', 'AFTER_SERVICE:' || fu.id, fu.id, w.number, fu.customer_id, fu.customer_name,
       w.asset_id, fu.plate, fu.type, w.advisor_id, w.lead_technician_id, fua.id, fu.at + interval '3 days 5 hours',
       case when not fu.answered then 'OPEN' when fu.i % 20 = 3 then 'UNREACHABLE' else 'DONE' end,
       case when not fu.answered then 0 when fu.i % 20 = 3 then 3 else 1 end,
       case when not fu.answered then null else fu.i % 20 <> 3 end,
       case when fu.answered and fu.i % 20 <> 3 then fu.score end,
       case when fu.answered and fu.i % 20 <> 3 then fu.score * 2 end,
       case when fu.answered and fu.i % 20 <> 3 then fu.score >= 4 end,
       case when fu.answered and fu.score <= 2 and fu.i % 20 <> 3 then '等候时间太长，问题没有解决' end,
       case when fu.answered and fu.i % 20 <> 3 then 'PHONE' end,
       case when fu.answered then fua.id end, case when fu.answered then fua.name end,
       case when fu.answered then fu.at + interval '3 days 6 hours' end, fu.at + interval '5 hours 10 minutes', 0
from fu join st on st.s = fu.s join fua on fua.s = fu.s join work_order w on w.id = fu.id
order by fu.fid;

\echo `date +%T` A score of 2 opened a complaint; older ones went through the
-- A score of 2 opened a complaint; older ones went through the whole loop and are closed.
create temporary table cp as
  select fu.*, pg_temp.v7(fu.at + interval '3 days 6 hours', 'k' || fu.i) as cid, fu.day < current_date - 30 as closed
  from fu where fu.answered and fu.score <= 2 and fu.i % 20 <> 3;
insert into complaint (id, organization_id, store_id, number, source, severity, status, description, work_order_id,
    work_order_number, customer_id, customer_name, advisor_id, technician_id, follow_up_id, owner_id, acknowledge_due,
    resolve_due, acknowledged_at, resolved_at, verified_at, closed_at, root_cause, corrective_action, satisfied,
    escalation_level, opened_at, version)
select cp.cid, :'org', st.id, 'TS-' || upper(substr(cp.cid::text, 29)), 'FOLLOW_UP', 'MEDIUM',
       case when cp.closed then 'CLOSED' else 'OPEN' end, '回访评分 2：等候时间太长，问题没有解决', cp.id, w.number, cp.customer_id,
       cp.customer_name, w.advisor_id, w.lead_technician_id, cp.fid, mgr.id, cp.at + interval '4 days', cp.at + interval '8 days',
       case when cp.closed then cp.at + interval '3 days 8 hours' end, case when cp.closed then cp.at + interval '5 days' end,
       case when cp.closed then cp.at + interval '8 days' end, case when cp.closed then cp.at + interval '8 days' end,
       case when cp.closed then '交车前未复检' end, case when cp.closed then '增加交车前路试与复检' end,
       case when cp.closed then true end, 0, cp.at + interval '3 days 6 hours', case when cp.closed then 5 else 0 end
from cp join st on st.s = cp.s join mgr on mgr.s = cp.s join work_order w on w.id = cp.id
order by cp.cid;
insert into complaint_history (complaint_id, position, action, from_status, to_status, at, by_user, by_name)
  select cp.cid, h.position, h.action, h.from_status, h.to_status, cp.at + h.after, mgr.id, '店长'
  from cp join mgr on mgr.s = cp.s
  join (values (0, 'OPEN', null, 'OPEN', interval '3 days 6 hours'),
               (1, 'ACKNOWLEDGE', 'OPEN', 'ACKNOWLEDGED', interval '3 days 8 hours'),
               (2, 'ASSIGN', 'ACKNOWLEDGED', 'INVESTIGATING', interval '4 days'),
               (3, 'RESOLVE', 'INVESTIGATING', 'RESOLVED', interval '5 days'),
               (4, 'VERIFY', 'RESOLVED', 'VERIFIED', interval '8 days'),
               (5, 'CLOSE', 'VERIFIED', 'CLOSED', interval '8 days')) h(position, action, from_status, to_status, after)
    on h.position = 0 or cp.closed
  order by cp.cid, h.position;
\echo `date +%T` The verification call that let each closed complaint close
-- The verification call that let each closed complaint close.
insert into follow_up (id, organization_id, store_id, kind, dedup_key, work_order_id, work_order_number, customer_id,
    customer_name, asset_id, asset_label, service_type, advisor_id, technician_id, complaint_id, subject, agent_id, due_at,
    status, attempts, reached, satisfied, answered_via, completed_by, completed_by_name, completed_at, created_at, version)
select pg_temp.v7(cp.at + interval '5 days', 'v' || cp.i), :'org', st.id, 'VERIFICATION', 'VERIFICATION:' || cp.cid || ':4',
       cp.id, w.number, cp.customer_id, cp.customer_name, w.asset_id, cp.plate, cp.type, w.advisor_id, w.lead_technician_id,
       cp.cid, 'TS-' || upper(substr(cp.cid::text, 29)), fua.id, cp.at + interval '5 days', 'DONE', 1, true, true, 'PHONE',
       fua.id, fua.name, cp.at + interval '8 days', cp.at + interval '5 days', 0
from cp join st on st.s = cp.s join fua on fua.s = cp.s join work_order w on w.id = cp.id where cp.closed;
analyze;
