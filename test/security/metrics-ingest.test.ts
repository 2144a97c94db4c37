import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../core/clock.ts";
import { type CallOutcome, invokeTool } from "../../tools/define.ts";
import { findTool } from "../../tools/index.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../helpers/workspace.ts";

/**
 * Issue 23's probes against ingest_metrics, replayed: ~60k distinct ad ids answered 500 (one unbounded
 * `platform_ad_id IN (?,…)`), 200k overflowed the stack, and `{file: ".env"}` quoted the bot token back.
 */
describe("ingest_metrics under hostile and huge files", () => {
  let ws: TestWorkspace;
  const call = (args: Record<string, unknown>): Promise<CallOutcome> =>
    invokeTool(findTool("ingest_metrics")!, args, toolContext(ws.services));

  beforeAll(async () => {
    ws = await createTestWorkspace({}, { clock: fixedClock("2026-12-10T12:00:00Z") });
  });
  afterAll(async () => {
    await ws.cleanup();
  });

  /** A Meta export naming `ads` distinct ad ids, one day each. */
  function distinctAds(name: string, ads: number, offset: number) {
    const lines = ["Ad name,Ad ID,Day,Impressions,Link clicks,Amount spent (USD)"];
    for (let i = 0; i < ads; i++)
      lines.push(`Ad ${i},${9_000_000_000 + offset + i},2026-12-01,${100 + (i % 50)},${i % 7},1.25`);
    writeFileSync(join(ws.dir, name), `${lines.join("\n")}\n`);
  }

  for (const ads of [60_000, 200_000]) {
    it(`ingests ${ads.toLocaleString("en-US")} distinct ad ids without a statement that grows with the file`, async () => {
      distinctAds(`ads-${ads}.csv`, ads, ads);
      const out = await call({ file: `ads-${ads}.csv` });
      expect(out.isError, out.text).toBe(false);
      expect(out.structured).toMatchObject({ rowsRead: ads, rowsUpserted: ads, unknownAds: ads, rowsRejected: 0 });
      expect((out.structured as { unknownAdIds: unknown[] }).unknownAdIds).toHaveLength(200);
      const stored = await ws.services.database.client.execute({
        sql: "SELECT count(*) AS n, sum(impressions) AS i FROM metrics WHERE platform = 'meta' AND CAST(platform_ad_id AS INTEGER) BETWEEN ? AND ?",
        args: [9_000_000_000 + ads, 9_000_000_000 + 2 * ads - 1],
      });
      expect(Number(stored.rows[0]!.n)).toBe(ads);
      let impressions = 0;
      for (let i = 0; i < ads; i++) impressions += 100 + (i % 50);
      expect(Number(stored.rows[0]!.i)).toBe(impressions);
    }, 180_000);
  }

  it("refuses .env by name and never quotes a secret from a file that is not an export", async () => {
    const secret = "xoxb-1111-2222-abcdefSECRET";
    writeFileSync(
      join(ws.dir, ".env"),
      `SLACK_BOT_TOKEN=${secret}\nDATABASE_URL=libsql://db.example?authToken=tok_SECRET\n`,
    );
    for (const file of [".env", "./.env", "sub/../.env"]) {
      const out = await call({ file });
      expect(out.isError).toBe(true);
      expect(out.text).toMatch(/hidden files/);
      expect(out.text).not.toMatch(/SECRET|xoxb|SLACK_BOT_TOKEN/);
    }
    writeFileSync(join(ws.dir, "settings.csv"), `SLACK_BOT_TOKEN=${secret}\nOPENAI_API_KEY=sk-SECRET\n`);
    const renamed = await call({ file: "settings.csv" });
    expect(renamed.isError).toBe(true);
    expect(renamed.text).toMatch(/could not tell which export this is \(no ad-report column recognised/);
    expect(renamed.text).not.toMatch(/SECRET|xoxb|SLACK_BOT_TOKEN|OPENAI/);
    // Pasted, with a recognised header but secrets in its cells: the rows are refused without echoing a cell.
    const pasted = await call({
      csv: `Ad ID,Day,Impressions,Amount spent (USD)\n1,sk-SECRET,tok_SECRET,${secret}\n2,2026-12-01,${secret},1\n`,
    });
    expect(pasted.isError).toBe(true);
    expect(pasted.text).toMatch(/Day must be a date such as 2026-12-01 \(got text that is not a number\)/);
    expect(pasted.text).not.toMatch(/SECRET|xoxb/);
  });

  it("answers a FIFO under the import root at once instead of hanging", async () => {
    execFileSync("mkfifo", [join(ws.dir, "pipe.csv")]);
    const t0 = Date.now();
    const out = await call({ file: "pipe.csv" });
    expect(out.text).toMatch(/file: pipe\.csv is not a regular file/);
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});
