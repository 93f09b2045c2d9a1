// Props the JSX types must refuse; each line below is a type error, and `tsc -p
// tsconfig.type-tests.json` fails if one of them is not (an unused @ts-expect-error is an error).
import type {} from '@praksis/widgets/react.js';
import { practice, referrals } from '../src/data.js';

export const wrong = (
  <>
    {/* @ts-expect-error the gauge's data is a capacity document, not referral flows */}
    <praksis-capacity-gauge data={referrals} />
    {/* @ts-expect-error theme is light or dark */}
    <praksis-capacity-gauge data={practice} theme="blue" />
    {/* @ts-expect-error headingLevel is a number */}
    <praksis-capacity-gauge headingLevel="two" />
    {/* @ts-expect-error the gauge has no such property */}
    <praksis-capacity-gauge sort="index" />
    {/* @ts-expect-error the badge's variant is compact or full */}
    <praksis-hours-badge variant="large" />
    {/* @ts-expect-error the matrix's view is viewMode: table or bars */}
    <praksis-delegation-matrix viewMode="pie" />
    {/* @ts-expect-error an error event's detail has errors, not a message */}
    <praksis-referral-sankey onpraksis-error={(_event: CustomEvent<{ message: string }>) => undefined} />
    {/* @ts-expect-error static is a boolean */}
    <praksis-capacity-gauge static="yes" />
    {/* @ts-expect-error a download event's detail has format, filename and blob */}
    <praksis-capacity-gauge onpraksis-download={(_event: CustomEvent<{ url: string }>) => undefined} />
    {/* @ts-expect-error language is read-only */}
    <praksis-capacity-gauge language="da" />
  </>
);

// And what they must accept.
export const right = (
  <>
    <praksis-capacity-gauge data={practice} src="/data.json" srcTimeout={5000} theme="dark" headingLevel={2} lang="en" className="wide" />
    <praksis-hours-badge variant="full" expanded at="2026-03-03T10:00:00+01:00" maxAgeMonths={6} />
    <praksis-delegation-matrix viewMode="bars" sort="index" />
    <praksis-referral-sankey data={referrals} groupBelow={0.05} suppressBelow={10} linkColor="source" chartHeight={400} />
    <praksis-referral-sankey onpraksis-error={(event) => event.detail.errors[0]?.path} onpraksis-render={() => undefined} />
    <praksis-capacity-gauge downloads="csv svg" credit="Avisen" static width={1200} height={630} onpraksis-download={(event) => event.detail.blob.size} />
  </>
);
