// Compiled by `tsc --noEmit -p tests/node` only: the hand-written .d.ts must
// accept correct use and reject wrong use (@ts-expect-error fails if it doesn't).
import { createSlaCalc, SlaError, type BudgetResult, type NinesResult } from 'slacalc';

async function main(): Promise<void> {
  const sla = await createSlaCalc();
  const week: BudgetResult = sla.budget({ target: '99.9', period: 'week' });
  const seconds: number = week.downtime.seconds;
  const human: string = week.downtime.human;
  const reverse = sla.budget({ downtime: '49m', period: 'month', month: '2012-02', rounding: 'exact' });
  const pct: number = reverse.availability.percent;
  const table: NinesResult = sla.nines({ monthBasis: '750h', periods: ['month'], targets: [99.6, '99,8'] });
  const cell: string = table.rows[0].downtime[0].exact;
  try {
    sla.budget({ target: 'abc', period: 'day' });
  } catch (e) {
    if (e instanceof SlaError) console.log(e.code, e.path, e.message);
  }
  // @ts-expect-error: target and downtime together are refused
  sla.budget({ target: '99', downtime: '1h', period: 'day' });
  // @ts-expect-error: unknown period kind
  sla.budget({ target: '99', period: 'fortnight' });
  // @ts-expect-error: unknown month basis
  sla.budget({ target: '99', period: 'month', monthBasis: 'lunar' });
  // @ts-expect-error: no such function
  sla.credit({});
  console.log(seconds, human, pct, cell);
}

void main();
