import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium; CI installs it (.ci/run). Browser suites skip loudly without it. */
export const CHROMIUM = "/usr/bin/chromium";

/** True when Chromium is installed; otherwise prints a loud banner naming the suite that is skipped. */
export function chromiumOrWarn(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(
    `\n${"!".repeat(78)}\n!! ${suite} SKIPPED: ${CHROMIUM} is missing. Install it: apt-get install -y chromium\n${"!".repeat(78)}\n`,
  );
  return false;
}

/**
 * Headless Chromium in a fresh profile. Without the background-networking flags Chromium keeps dialling Google's
 * hosts, which this sandbox's closed network refuses.
 */
export async function launchChromium(
  profilePrefix: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<{ browser: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return { browser, profile };
}
