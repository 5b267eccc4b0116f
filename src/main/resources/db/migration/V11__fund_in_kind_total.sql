-- Goods are not cash. A fund's running totals split what was given: "raised" is money (cash
-- and bank transfer) and "in_kind" the estimated value of goods, labour days and land. The
-- balance is money raised less money spent, so goods never reach it. Both totals are
-- recomputed here from the entries: a contribution or pledge payment counts while it is
-- not reversed (a reversal carries its original's amount, so leaving out the reversed
-- entries is subtracting their reversals).
alter table funds
	add column in_kind numeric(15, 0) not null default 0;

update funds f set
	raised = coalesce(t.money, 0),
	in_kind = coalesce(t.goods, 0)
from (
	select f2.id,
	       sum(e.amount) filter (where e.method in ('CASH', 'BANK_TRANSFER')) as money,
	       sum(e.amount) filter (where e.method in ('IN_KIND', 'LABOUR', 'LAND')) as goods
	from funds f2
	  left join ledger_entries e on e.fund_id = f2.id and e.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT')
	    and not exists (select 1 from ledger_entries r where r.reverses_id = e.id)
	group by f2.id
) t
where t.id = f.id;

alter table funds
	add constraint ck_funds_in_kind check (in_kind >= 0);
