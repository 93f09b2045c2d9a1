import { expect } from '@open-wc/testing';
import { VERSION } from '@praksis/core';
import { visit } from './frame.js';
import type { VersionsReport } from './versions-page.js';

/** Embedders in the order they reach the page, each `<CDN file>[@<version>]` (no version: this one). */
const page = (...embedders: string[]) => visit<VersionsReport>(`/test/hostile/versions.html?embedders=${embedders.join(',')}`, 'hostile-versions');

const OTHER = '0.2.0-other';

function expectAllDrawn(report: VersionsReport, count: number): void {
  expect(report.errors).to.deep.equal([]);
  expect(report.widgets).to.have.length(count);
  for (const w of report.widgets) expect(w.state, `${w.tag} of ${w.embedder}`).to.equal('rendered');
}

describe('two versions of the library on one page, loaded by two embedders', function () {
  this.timeout(40_000);

  it('a second all-in-one file of another version: no exception, both embedders’ widgets draw, one warning naming both versions', async () => {
    const report = await page('praksis-widgets', `praksis-widgets@${OTHER}`);
    expectAllDrawn(report, 8);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.equal(
      `Praksis Widgets ${OTHER}: <praksis-capacity-gauge> is already defined by version ${VERSION}, which the page keeps using.`,
    );
    expect(Object.values(report.definedBy)).to.deep.equal(Array(4).fill(VERSION));
  });

  it('the other version first with one widget, then the all-in-one file: the first definition of each tag stays, one warning', async () => {
    const report = await page(`praksis-capacity-gauge@${OTHER}`, 'praksis-widgets');
    expectAllDrawn(report, 5);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain(`Praksis Widgets ${VERSION}: <praksis-capacity-gauge> is already defined by version ${OTHER}`);
    expect(report.definedBy).to.deep.equal({
      'praksis-capacity-gauge': OTHER,
      'praksis-delegation-matrix': VERSION,
      'praksis-referral-sankey': VERSION,
      'praksis-hours-badge': VERSION,
    });
  });

  it('three embedders, two versions, several tags: still one warning', async () => {
    const report = await page('praksis-widgets', `praksis-hours-badge@${OTHER}`, `praksis-referral-sankey@${OTHER}`);
    expectAllDrawn(report, 6);
    expect(report.warnings).to.have.length(1);
  });

  it('the same version twice (a widget file and the all-in-one file): silent', async () => {
    const report = await page('praksis-capacity-gauge', 'praksis-widgets');
    expectAllDrawn(report, 5);
    expect(report.warnings).to.deep.equal([]);
  });
});
