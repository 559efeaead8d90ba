import { test } from '../fixtures.ts';
import { serveSiteFromSeeds, type ServedSite } from './hostile-site.ts';

/**
 * Builds and serves a site from `files` once for the spec file that calls this, lets its pages
 * request only from that site, and closes it after; returns the site (once it is up).
 */
export function useSiteFromSeeds(
  files: Readonly<Record<string, string | Buffer>>,
): () => ServedSite {
  let site: ServedSite | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    site = await serveSiteFromSeeds(files);
  });
  test.afterAll(async () => {
    await site?.close();
  });
  test.beforeEach(({ ownOrigins }) => {
    ownOrigins.clear();
    ownOrigins.add(served().server.origin);
  });
  const served = () => {
    if (!site) throw new Error('the site is not served yet (use it inside a test)');
    return site;
  };
  return served;
}
