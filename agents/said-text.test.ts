import { describe, expect, it } from "vitest";
import { EMPTY_VOCABULARY } from "../core/intents/vocabulary.ts";
import { pastedCopy } from "./intent-slots.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { reviewReasons } from "./router-review.ts";
import { dictated, meantSpan, quotedQuery, reasonFieldPatch } from "./said-text.ts";
import { contrastQuery } from "./search-words.ts";

/** Issue 25, free text as people give it: dictated punctuation, the one quote meant among several, a quoted query. */
describe("free text as said", () => {
  it("writes out punctuation said in words, not a mark that is only named", () => {
    expect(dictated("check if the copy is on brand quote crush your next PR end quote")).toBe(
      'check if the copy is on brand "crush your next PR"',
    );
    expect(dictated("check the copy run your own race comma no excuses")).toBe(
      "check the copy run your own race, no excuses",
    );
    expect(dictated("get a quote for the shoot")).toBe("get a quote for the shoot");
    // A format said by voice is its ratio; "one by one" of doing things in turn stays.
    expect(dictated("send this to the approvers it's the new calm one the four by five")).toBe(
      "send this to the approvers it's the new calm one the 4:5",
    );
    expect(dictated("make six for gen z nine by sixteen")).toBe("make six for gen z 9:16");
    expect(dictated("go through them one by one")).toBe("go through them one by one");
    expect(dictated("meta export, decimals with a comma")).toBe("meta export, decimals with a comma");
    expect(dictated("it's the csv, comma decimals")).toBe("it's the csv, comma decimals");
  });
  it("takes the quoted line given as the new wording, not the one taken out or compared with", () => {
    const meant = (t: string) => meantSpan(t)?.text;
    expect(meant("is 'Crush your PR' still flagged if I write it as 'Cru$h your PR'?")).toBe("Cru$h your PR");
    expect(meant('without "Limited time" then: "New colourway. Shop the drop."')).toBe("New colourway. Shop the drop.");
    expect(meant('Remove the reference to "guaranteed" and check again: "20% off everything."')).toBe(
      "20% off everything.",
    );
    expect(meant("check 'Run lighter' and 'Feel the spring'")).toBe("Run lighter");
  });
  it("reads copy named by its noun and said without a colon, up to the next ask", () => {
    expect(pastedCopy("check the copy run your own race, no excuses and then send it to dev")?.copy).toBe(
      "run your own race, no excuses",
    );
    expect(pastedCopy("check the copy on the calm ad")).toBeUndefined();
    expect(pastedCopy("is 'Crush your PR' still flagged if I write it as 'Cru$h your PR'?")?.copy).toBe(
      "Cru$h your PR",
    );
  });
  it("takes the quoted words after a search ask as the query, for any tool with a free-text query", () => {
    const search = {
      name: "search_assets",
      inputSchema: { type: "object", properties: { query: { type: "string" } } },
    } as unknown as McpToolInfo;
    const q = (text: string, query = "x") => quotedQuery(search, { query }, text).query;
    expect(q("search 'shoe close-up on wet asphalt' includeAll | tag_assets on the top 3")).toBe(
      "shoe close-up on wet asphalt",
    );
    expect(q("Search for assets semantically close to 'recovery day, stretching, soft light', scenes only")).toBe(
      "recovery day, stretching, soft light",
    );
    expect(q("find me shots that feel like 'quiet confidence' — moody, early light")).toBe("x");
  });
  it("fills a tool's free-text reason or comment from the sentence beside the ask", () => {
    const tool = (properties: Record<string, unknown>) =>
      ({ name: "t", inputSchema: { type: "object", properties } }) as unknown as McpToolInfo;
    const feedback = tool({ label: { type: "string", enum: ["off_brand"] }, comment: { type: "string" } });
    const stop = tool({ experimentId: { type: "string" }, reason: { type: "string" } });
    const fill = (t: McpToolInfo, text: string) => reasonFieldPatch(t, {}, text, [], reviewReasons);
    expect(fill(feedback, "Can you log that the energetic square is off-brand? Too shouty for our territory.")).toEqual(
      {
        comment: "Too shouty for our territory",
      },
    );
    expect(fill(stop, "End the Spring Sprint hook test now, the offer changed so the data's stale")).toEqual({
      reason: "offer changed",
    });
    expect(fill(stop, "stop the hook test")).toEqual({});
    expect(fill(tool({ comment: { type: "string" } }), "x")).toEqual({});
  });
});

describe("what a search by example should change", () => {
  it("keeps what differs as the query, without what it is not", () => {
    const search = {
      name: "search_assets",
      inputSchema: { type: "object", properties: { query: { type: "string" }, exampleAssetIds: { type: "array" } } },
    } as unknown as McpToolInfo;
    const q = (text: string) => contrastQuery(search, { exampleAssetIds: ["ast_x"] }, text, EMPTY_VOCABULARY).query;
    expect(q("like the City CTA winner but with a trail behind the runner instead of the street")).toBe(
      "a trail behind the runner",
    );
    expect(q("like the city bridge one but in daylight not at night")).toBe("daylight");
    expect(q("more like the city bridge one")).toBeUndefined();
  });
});
