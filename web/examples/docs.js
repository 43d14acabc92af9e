// The documentation page's own script: it sets an attribute, listens to the
// calculators' results, and lets the plain iframe follow its content's height.
import { followFrame } from '../embed.js';

// Attributes can be set from a script; they are read together.
const budget = document.getElementById('budget-calc');
budget.setAttribute('profile', 'flying-circus');
budget.setAttribute('tier', 'managed-4');

for (const [calc, out] of [['budget-calc', 'budget-last'], ['credit-calc', 'credit-last']]) {
  document.getElementById(calc).addEventListener('slacalc-result', (e) => {
    const { view, result } = e.detail;
    const month = view === 'budget' ? result?.month : null;
    const owed = view === 'credit' ? result?.credit : null;
    document.getElementById(out).textContent = !result ? 'The calculator shows a problem with the input.'
      : month ? `Last result: ${month.downtime.human} a month at ${month.availability.text} %.`
        : owed ? `Last result: ${owed.eligible ? `${owed.amount.text} owed` : 'no credit'} for ${owed.period.label}.`
          : `Last result: ${view}.`;
  });
}

followFrame(document.getElementById('term-frame'));
