import type { Browser } from 'playwright-core';
import type { RunningApp } from '../../src/app';
import { expectFullProfile } from '../helpers/expect-profile';
import { seedProfile } from '../helpers/seed-profile';
import { example, seededMemoryStore, startTestServer } from '../helpers/server';
import { launchBrowser, runQueryInPlayground, watchPage } from './browser';

/** The playground works offline (#2): a real browser runs the full-profile query through the page. */
describe('GraphQL playground in headless Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestServer(await seededMemoryStore());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs the full-profile example from the page and shows every seed fact, loading nothing from outside', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    const shown = await runQueryInPlayground(page, app.url, example('full-profile'), 30000);
    const answer = JSON.parse(shown);
    expect(answer.errors).toBeUndefined();
    expectFullProfile(answer.data.occupation, seedProfile());
    expect(log.externalRequests).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(await page.title()).toMatch(/careergraph|GraphiQL/i);
  }, 60000);
});
