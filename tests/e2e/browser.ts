import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Browser helpers for e2e tests. playwright-core ships no browser, so we drive the distro's
 * chromium (scripts/install-test-deps.sh); the flags keep it from phoning home, so any
 * non-local request we see came from the page under test.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageLog {
  /** Requests that errored at the network level or got an HTTP status >= 400. */
  failedRequests: string[];
  /** Requests to any host other than localhost / 127.0.0.1 / ::1 (data: and blob: are local). */
  externalRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const logs = new WeakMap<Page, PageLog>();

/** Starts recording on `page` (idempotent); call before navigating to see every request. */
export function watchPage(page: Page): PageLog {
  const existing = logs.get(page);
  if (existing) return existing;
  const log: PageLog = { failedRequests: [], externalRequests: [], consoleErrors: [], pageErrors: [] };
  logs.set(page, log);
  page.on('request', (req) => {
    const url = new URL(req.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
    if (!local) log.externalRequests.push(req.url());
  });
  page.on('websocket', (ws) => {
    if (!LOCAL_HOSTS.has(new URL(ws.url()).hostname)) log.externalRequests.push(ws.url());
  });
  page.on('requestfailed', (req) => log.failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`));
  page.on('response', (res) => {
    if (res.status() >= 400) log.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(err.message));
  return log;
}

// GraphiQL 3 edits through CodeMirror 5, which hangs its editor instance on the wrapper
// element; setValue fires the same change event typing would, so GraphiQL's state follows.
type CodeMirrorHost = Element & { CodeMirror: { setValue(v: string): void; getValue(): string } };
const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const RESPONSE_EDITOR = '.graphiql-response .CodeMirror';
const EXECUTE_BUTTON = 'button.graphiql-execute-button';

/** Opens the playground at `url`, runs `query` and returns the response pane's text (JSON). */
export async function runQueryInPlayground(page: Page, url: string, query: string, timeoutMs = 15000): Promise<string> {
  watchPage(page);
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForSelector(QUERY_EDITOR, { timeout: timeoutMs });
  await page.waitForSelector(RESPONSE_EDITOR, { timeout: timeoutMs });

  await page.evaluate(
    ([q, queryEditor, responseEditor]) => {
      (document.querySelector(queryEditor) as CodeMirrorHost).CodeMirror.setValue(q);
      // Blank the pane so a stale result from an earlier run cannot satisfy the wait below.
      (document.querySelector(responseEditor) as CodeMirrorHost).CodeMirror.setValue('');
    },
    [query, QUERY_EDITOR, RESPONSE_EDITOR] as const,
  );
  await page.click(EXECUTE_BUTTON, { timeout: timeoutMs });

  const handle = await page.waitForFunction(
    (sel) => {
      const text = (document.querySelector(sel) as CodeMirrorHost | null)?.CodeMirror.getValue() ?? '';
      if (!text.trim()) return null;
      try {
        JSON.parse(text);
        return text;
      } catch {
        return null; // still streaming or not JSON yet
      }
    },
    RESPONSE_EDITOR,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as string;
}
