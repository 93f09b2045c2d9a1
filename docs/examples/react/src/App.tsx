import { useRef, useState } from 'react';
import type { CapacityGauge } from '@praksis/capacity-gauge';
// JSX types for the tags: props typed as the elements declare them, `data` as each widget's document.
import type {} from '@praksis/capacity-gauge/react.js';
import type {} from '@praksis/referral-sankey/react.js';
import { practice, referrals } from './data.js';

export function App() {
  const [lang, setLang] = useState<'da' | 'en'>('da');
  const [status, setStatus] = useState('venter');
  const [problems, setProblems] = useState<string[]>([]);
  const gauge = useRef<CapacityGauge>(null);

  return (
    <main lang={lang}>
      <h1>Praksis Widgets i React</h1>
      <p>
        <button type="button" onClick={() => setLang(lang === 'da' ? 'en' : 'da')}>
          {lang === 'da' ? 'English' : 'Dansk'}
        </button>{' '}
        <output id="status">{status}</output>
      </p>
      <praksis-capacity-gauge
        ref={gauge}
        data={practice}
        headingLevel={2}
        theme="light"
        onpraksis-render={() => setStatus(`tegnet: ${gauge.current?.language ?? '?'}`)}
        onpraksis-error={(event) => setProblems(event.detail.errors.map((e) => `${e.path} ${e.message}`))}
      />
      {problems.length > 0 && (
        <ul id="problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <praksis-referral-sankey data={referrals} headingLevel={2} groupBelow={0.05} suppressBelow={10} />
    </main>
  );
}
